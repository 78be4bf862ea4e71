import {
  writeAtomic
} from "./chunk-VC3ZV3GN.js";
import {
  discoverFlakes
} from "./chunk-IDKHNEBE.js";
import {
  confine,
  realPath,
  rootOf
} from "./chunk-MDGUUJEU.js";

// src/workspace/fs.ts
import { promises as fsp } from "node:fs";
import path from "node:path";
async function realFile(file) {
  return await realPath(file) ?? file;
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
function confinedFs(workspace, base = nodeFs) {
  const root = rootOf(workspace);
  const inside = (file) => {
    const shown = path.relative(root.given, path.resolve(root.given, file));
    return confine(root, file, {
      shown,
      area: "the workspace",
      hint: "flake-steward reads and writes nothing outside the workspace; commit the file itself rather than a link to it"
    });
  };
  return {
    read: async (file) => base.read(inside(file)),
    writeAtomic: async (file, bytes) => base.writeAtomic(inside(file), bytes),
    exists: async (file) => base.exists(inside(file)),
    remove: async (file) => base.remove(inside(file)),
    // the directories named and each flake's files are checked as the files above
    flakeDirs: async (dir, paths, options) => base.flakeDirs(dir, paths, { ...options, confine: true })
  };
}

export {
  nodeFs,
  confinedFs
};
