import {
  discoverFlakes
} from "./chunk-XUP5FTTX.js";

// src/workspace/fs.ts
import { promises as fsp } from "node:fs";

// src/workspace/atomic-write.ts
import { randomBytes } from "node:crypto";
import { chmod, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
async function writeAtomic(file, data) {
  const tmp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.flake-steward-${process.pid}-${randomBytes(4).toString("hex")}.tmp`
  );
  let mode;
  try {
    mode = (await stat(file)).mode & 4095;
  } catch {
    mode = void 0;
  }
  let created = false;
  try {
    const handle = await open(tmp, "wx", mode ?? 438);
    created = true;
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
    if (mode !== void 0) await chmod(tmp, mode);
    await rename(tmp, file);
  } catch (e) {
    if (created) await rm(tmp, { force: true });
    throw e;
  }
}

// src/workspace/fs.ts
async function realFile(file) {
  try {
    return await fsp.realpath(file);
  } catch {
    return file;
  }
}
var nodeFs = {
  async read(file) {
    try {
      return await fsp.readFile(file);
    } catch (e) {
      if (e.code === "ENOENT") return void 0;
      throw e;
    }
  },
  // Nix writes flake.lock through a link; a restore goes where Nix wrote, and the link stays a link.
  writeAtomic: async (file, bytes) => writeAtomic(await realFile(file), bytes),
  async exists(file) {
    try {
      await fsp.access(file);
      return true;
    } catch {
      return false;
    }
  },
  remove: (file) => fsp.rm(file, { force: true }),
  flakeDirs: (workspace, paths, options) => discoverFlakes(workspace, paths, options)
};

export {
  writeAtomic,
  nodeFs
};
