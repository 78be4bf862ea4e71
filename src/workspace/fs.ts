/**
 * The Fs port: the disk as the use cases reach it. Read a file as bytes, write it back atomically (temp file +
 * rename, keeping the file mode), and select the flake directories of `paths` (./flake-dirs.ts, the one definition
 * lint uses too; never through a directory link). The action's port is confined to the workspace: a directory or
 * flake file that leads outside it is refused before it is read.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { writeAtomic } from './atomic-write.js';
import { confine, realPath, rootOf } from './confine.js';
import { discoverFlakes, type DiscoverOptions } from './flake-dirs.js';

export interface Fs {
  /** The file's bytes, or undefined when it does not exist. */
  read(file: string): Promise<Buffer | undefined>;
  /** Replaces the file with exactly these bytes: written next to it, then renamed over it (through a link). */
  writeAtomic(file: string, bytes: Buffer): Promise<void>;
  exists(file: string): Promise<boolean>;
  /** Removes the file; nothing when it does not exist. */
  remove(file: string): Promise<void>;
  /** The flake directories `paths` select under `workspace` (relative, `.` for it, sorted): `discoverFlakes`. */
  flakeDirs(workspace: string, paths: readonly string[], options?: DiscoverOptions): Promise<string[]>;
}

/** Where a link at `file` leads (the file itself when it is no link or does not exist yet). */
async function realFile(file: string): Promise<string> {
  return (await realPath(file)) ?? file;
}

export const nodeFs: Fs = {
  async read(file) {
    try {
      return await fsp.readFile(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
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
  flakeDirs: (workspace, paths, options) => discoverFlakes(workspace, paths, options),
};

/**
 * `base` with every file it reads or writes first checked to lead (links followed) inside `workspace`; Nix reads
 * and writes the same files, so nothing outside is touched. The file is then used where it really is.
 */
export function confinedFs(workspace: string, base: Fs = nodeFs): Fs {
  const root = rootOf(workspace);
  const inside = (file: string): string => {
    const shown = path.relative(root.given, path.resolve(root.given, file));
    return confine(root, file, {
      shown,
      area: 'the workspace',
      hint: 'flake-steward reads and writes nothing outside the workspace; commit the file itself rather than a link to it',
    });
  };
  return {
    read: async (file) => base.read(inside(file)),
    writeAtomic: async (file, bytes) => base.writeAtomic(inside(file), bytes),
    exists: async (file) => base.exists(inside(file)),
    remove: async (file) => base.remove(inside(file)),
    // the directories named and each flake's files are checked as the files above
    flakeDirs: async (dir, paths, options) => base.flakeDirs(dir, paths, { ...options, confine: true }),
  };
}
