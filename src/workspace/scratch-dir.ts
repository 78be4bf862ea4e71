/**
 * Scratch directories: a new empty directory under the runner's temp directory (RUNNER_TEMP, which GitHub empties
 * after every job) or else the system's, for what flake-steward makes and removes itself, such as the base commit's
 * work tree of a review. Never a path a user or a pull request names, and never inside the workspace (a flake search
 * of the workspace must not find the base's copy).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface ScratchDirs {
  /** A new empty directory. */
  make(): Promise<string>;
  /** Removes it and everything in it. */
  remove(dir: string): Promise<void>;
}

export const scratchDirs: ScratchDirs = {
  make: () => mkdtemp(path.join(process.env['RUNNER_TEMP'] || os.tmpdir(), 'flake-steward-')),
  remove: (dir) => rm(dir, { recursive: true, force: true }),
};
