/**
 * Scratch directories: a new empty directory under the system's temp directory (RUNNER_TEMP's parent on GitHub's
 * runners is the same disk), for what flake-steward makes and removes itself, such as the base commit's work tree of
 * a review. Never a path a user or a pull request names.
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
  make: () => mkdtemp(path.join(os.tmpdir(), 'flake-steward-')),
  remove: (dir) => rm(dir, { recursive: true, force: true }),
};
