import {
  discoverFlakes,
  writeAtomic
} from "./chunk-WQQNAXZS.js";
import {
  realPath
} from "./chunk-MDGUUJEU.js";

// src/workspace/fs.ts
import { promises as fsp } from "node:fs";
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

export {
  nodeFs
};
