/**
 * The bounded reads of the texts flake-steward parses, one home for every command: flake.nix and flake.lock (lint
 * through ./read-flake.ts, and `graph`/`inputs` on the flake their user names), any .nix file (`parse`), and
 * `.flake-steward.json`.
 *
 * A text is read only from a regular file (a link to one is followed) no larger than its limit, both found from the
 * open file before a byte is read: a fork's pull request may commit a file of any size, or a directory in its place;
 * a named pipe would block the read forever and a device (a link to /dev/zero) would never end. The file is opened
 * without blocking, so a named pipe is refused like a directory. Every refusal is an UnreadableFile naming the file,
 * the same one line on every command; a file that is not there reads as undefined, and each command says what that
 * means to it (lint's lock-only mode, graph's `no flake.lock in DIR`). What the texts mean is src/flake/'s, src/nix/'s
 * and src/lint/'s.
 */
import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../core/errors.js';
import { LOCK_LIMITS } from '../flake/lock.js';

/**
 * The largest flake.nix flake-steward reads: 4 MiB. A flake.nix is rarely over 100 KB (its data lives in the files it
 * imports); the parser is linear, so this bounds lint's time and memory on a fork's pull request (about 0.5 s).
 */
export const FLAKE_NIX_MAX_BYTES = 4 * 1024 * 1024;

/**
 * The largest .nix file `parse` reads: 32 MiB. `parse` checks the files its user names, generated package sets
 * included (Nixpkgs' largest .nix file is well under this); 16 MiB parses in 1.3 s and 230 MB of memory, so the
 * limit bounds a run at a few seconds and half a gigabyte.
 */
export const NIX_FILE_MAX_BYTES = 32 * 1024 * 1024;

/** The largest `.flake-steward.json`: 1 MiB, for a file of a few settings. */
export const SETTINGS_FILE_MAX_BYTES = 1024 * 1024;

/** How large a file may be, and what to do when it is larger. */
export interface SizeLimit {
  readonly bytes: number;
  readonly hint: string;
}

export const NIX_LIMIT: SizeLimit = {
  bytes: FLAKE_NIX_MAX_BYTES,
  hint: 'keep flake.nix small: move large expressions or data into files it imports',
};
export const LOCK_LIMIT: SizeLimit = {
  bytes: LOCK_LIMITS.bytes,
  hint: 'a lock Nix writes never comes near it; rewrite it with `nix flake lock --recreate-lock-file`',
};
const NIX_FILE_LIMIT: SizeLimit = {
  bytes: NIX_FILE_MAX_BYTES,
  hint: 'split it into files that import each other',
};
export const SETTINGS_LIMIT: SizeLimit = {
  bytes: SETTINGS_FILE_MAX_BYTES,
  hint: 'it holds a few settings; keep only those',
};

/**
 * A file flake-steward will not read: too large, not a regular file, or refused by the system. `problem` is what is
 * wrong in a few words (`is a directory, not a file`, `permission denied`), for a face that words its own line.
 */
export class UnreadableFile extends UserError {
  override readonly name = 'UnreadableFile' as 'UserError';
  constructor(
    shown: string,
    readonly problem: string,
    hint?: string,
  ) {
    // `flake.lock is a directory, not a file`; `cannot read flake.lock: permission denied`
    const base = path.basename(shown) || shown;
    super(problem.startsWith('is ') ? `${base} ${problem}` : `cannot read ${base}: ${problem}`, shown, undefined, hint);
  }
}

const NOT_REGULAR_HINT = 'flake-steward reads only regular files, or links to them';

/** What a file that is not a regular one is, for messages; undefined for a regular file. */
function notRegular(s: Stats): string | undefined {
  if (s.isFile()) return undefined;
  if (s.isDirectory()) return 'a directory';
  if (s.isFIFO()) return 'a named pipe';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** Why the system refused a file, in a few words. */
function errnoProblem(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ELOOP':
      return 'too many symbolic links (a loop?)';
    default:
      // `EIO: i/o error`: the code and its meaning, without the call and path Node appends (`, open '/…'`)
      return e.message.replace(/, \w+ '.*'$/s, '').replace(/, \w+$/, '');
  }
}

/** Nothing there: the file, or a directory on its way. */
const isAbsent = (e: unknown): boolean => ['ENOENT', 'ENOTDIR'].includes((e as NodeJS.ErrnoException).code ?? '');

/** `open` without blocking on a named pipe (Windows has no O_NONBLOCK, and no named pipes in the file system). */
const READ_NONBLOCK = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The text of `file` (named `shown` in messages), or undefined when there is none. A file larger than `limit` or that
 * is not a regular file is refused before a byte is read; every refusal is an UnreadableFile.
 */
export async function readBoundedText(file: string, shown: string, limit: SizeLimit): Promise<string | undefined> {
  let handle;
  try {
    handle = await open(file, READ_NONBLOCK);
  } catch (e) {
    if (isAbsent(e)) return undefined;
    throw new UnreadableFile(shown, errnoProblem(e as NodeJS.ErrnoException));
  }
  try {
    const s = await handle.stat();
    const kind = notRegular(s);
    if (kind !== undefined) throw new UnreadableFile(shown, `is ${kind}, not a file`, NOT_REGULAR_HINT);
    if (s.size > limit.bytes) {
      throw new UnreadableFile(
        shown,
        `is ${s.size} bytes, larger than the ${limit.bytes / 1024 / 1024} MiB flake-steward reads`,
        limit.hint,
      );
    }
    return await handle.readFile('utf8');
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UnreadableFile(shown, errnoProblem(e as NodeJS.ErrnoException));
  } finally {
    await handle.close();
  }
}

/** A flake.nix (4 MiB at most), as lint, `inputs` and the other commands read it. */
export const readFlakeNixText = (file: string, shown: string): Promise<string | undefined> =>
  readBoundedText(file, shown, NIX_LIMIT);

/** A flake.lock (8 MiB at most: LOCK_LIMITS), as lint, `graph` and the other commands read it. */
export const readLockText = (file: string, shown: string): Promise<string | undefined> =>
  readBoundedText(file, shown, LOCK_LIMIT);

/** Any .nix file (32 MiB at most), as `parse` reads it. */
export const readNixFileText = (file: string, shown: string): Promise<string | undefined> =>
  readBoundedText(file, shown, NIX_FILE_LIMIT);

/**
 * The flake file a command's argument names: `given/name` when `given` is a directory (links followed), else `given`
 * itself (the file named directly, whatever it is: the reader then says what is wrong with it); undefined when there
 * is nothing at `given`.
 */
export async function flakeFileAt(given: string, name: 'flake.nix' | 'flake.lock'): Promise<string | undefined> {
  let s: Stats;
  try {
    s = await stat(given);
  } catch {
    return undefined;
  }
  return s.isDirectory() ? path.join(given, name) : given;
}
