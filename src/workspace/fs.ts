/**
 * The file-system port of the update engine: read a lock as bytes, write it back atomically (temp file + rename,
 * keeping the file mode), and find flakes under the workspace for `paths` globs (never through a directory link).
 * The action's port is confined to the workspace: a flake file that leads outside it is refused before it is read.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { writeAtomic } from './atomic-write.js';
import { confine, rootOf } from './confine.js';

export interface UpdateFs {
  /** The file's bytes, or undefined when it does not exist. */
  read(file: string): Promise<Buffer | undefined>;
  /** Replaces the file with exactly these bytes: written next to it, then renamed over it (through a link). */
  writeAtomic(file: string, bytes: Buffer): Promise<void>;
  exists(file: string): Promise<boolean>;
  /** Directories under `root` (relative, `.` for the root) holding a `flake.nix`; `.git`, `node_modules` skipped. */
  findFlakeDirs(root: string): Promise<string[]>;
}

/** Where a link at `file` leads (the file itself when it is no link or does not exist yet). */
async function realFile(file: string): Promise<string> {
  try {
    return await fsp.realpath(file);
  } catch {
    return file;
  }
}

const SKIP = new Set(['.git', 'node_modules', '.direnv', 'result']);

export const nodeFs: UpdateFs = {
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
  async findFlakeDirs(root) {
    const out: string[] = [];
    const walk = async (rel: string): Promise<void> => {
      const entries = await fsp.readdir(path.join(root, rel), { withFileTypes: true });
      if (entries.some((e) => e.isFile() && e.name === 'flake.nix')) out.push(rel === '' ? '.' : rel);
      for (const e of entries) {
        if (e.isDirectory() && !SKIP.has(e.name)) await walk(rel === '' ? e.name : `${rel}/${e.name}`);
      }
    };
    await walk('');
    return out.sort();
  },
};

/**
 * `base` with every file it reads or writes first checked to lead (links followed) inside `workspace`; Nix reads
 * and writes the same files, so nothing outside is touched. The file is then used where it really is.
 */
export function confinedFs(workspace: string, base: UpdateFs = nodeFs): UpdateFs {
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
    findFlakeDirs: (dir) => base.findFlakeDirs(dir),
  };
}

/** Does a relative directory match a `paths` glob (`*` within a segment, `**` across segments)? */
export function globMatch(pattern: string, dir: string): boolean {
  if (pattern === '**') return true;
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      // `**/` matches zero or more directories; a trailing `**` anything below.
      if (pattern[i + 2] === '/') {
        re += '(?:.*/)?';
        i += 2;
      } else {
        re += '.*';
        i += 1;
      }
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`).test(dir) || (pattern.startsWith('**') && dir === '.');
}

export function isGlob(p: string): boolean {
  return /[*?]/.test(p);
}
