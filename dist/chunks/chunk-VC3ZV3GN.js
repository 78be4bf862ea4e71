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

export {
  writeAtomic
};
