/**
 * The file-system port of the update engine: read a lock as bytes, write it back atomically (temp file + rename,
 * keeping the file mode), and find flakes under the workspace for `paths` globs.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';

export interface UpdateFs {
  /** The file's bytes, or undefined when it does not exist. */
  read(file: string): Promise<Buffer | undefined>;
  /** Replaces the file with exactly these bytes: written next to it, then renamed over it. */
  writeAtomic(file: string, bytes: Buffer): Promise<void>;
  exists(file: string): Promise<boolean>;
  /** Directories under `root` (relative, `.` for the root) holding a `flake.nix`; `.git`, `node_modules` skipped. */
  findFlakeDirs(root: string): Promise<string[]>;
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
  async writeAtomic(file, bytes) {
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}.flake-steward-${process.pid}.tmp`);
    let mode: number | undefined;
    try {
      mode = (await fsp.stat(file)).mode & 0o7777;
    } catch {
      mode = undefined;
    }
    try {
      await fsp.writeFile(tmp, bytes, mode !== undefined ? { mode } : {});
      if (mode !== undefined) await fsp.chmod(tmp, mode);
      await fsp.rename(tmp, file);
    } catch (e) {
      await fsp.rm(tmp, { force: true });
      throw e;
    }
  },
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
