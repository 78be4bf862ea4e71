import "./chunk-YLVDSGH3.js";

// src/workspace/scratch-dir.ts
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
var scratchDirs = {
  make: () => mkdtemp(path.join(process.env["RUNNER_TEMP"] || os.tmpdir(), "flake-steward-")),
  remove: (dir) => rm(dir, { recursive: true, force: true })
};
export {
  scratchDirs
};
