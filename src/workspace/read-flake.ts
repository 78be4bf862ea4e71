/**
 * What lint reads in a flake directory, from the disk: flake.nix and flake.lock as texts, each bounded (a file
 * larger than the limit is refused from its size before a byte is read: a fork's pull request may commit a file of
 * any size), and `.flake-steward.json`. What the texts mean is src/lint/lint-context.ts's and
 * src/lint/settings-file.ts's.
 */
import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../core/errors.js';
import { LOCK_LIMITS } from '../flake/lock.js';
import type { FileText, FlakeTexts } from '../lint/lint-context.js';
import { parseSettingsFile, SETTINGS_FILE, type FileSettings } from '../lint/settings-file.js';

/**
 * The largest flake.nix lint reads: 4 MiB. A flake.nix is rarely over 100 KB (its data lives in the files it
 * imports); the parser is linear, so this bounds lint's time and memory on a fork's pull request (about 0.5 s).
 */
export const FLAKE_NIX_MAX_BYTES = 4 * 1024 * 1024;

interface SizeLimit {
  readonly bytes: number;
  readonly hint: string;
}

const NIX_LIMIT: SizeLimit = {
  bytes: FLAKE_NIX_MAX_BYTES,
  hint: 'keep flake.nix small: move large expressions or data into files it imports',
};
const LOCK_LIMIT: SizeLimit = {
  bytes: LOCK_LIMITS.bytes,
  hint: 'a lock Nix writes never comes near it; rewrite it with `nix flake lock --recreate-lock-file`',
};

/**
 * The text of a file, or undefined when there is none. Larger than the limit: a UserError naming the file, found
 * from its size before a byte is read.
 */
async function readOptional(file: string, shown: string, limit: SizeLimit): Promise<string | undefined> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  try {
    const { size } = await handle.stat();
    if (size > limit.bytes) {
      throw new UserError(
        `${path.basename(shown)} is ${size} bytes, larger than the ${limit.bytes / 1024 / 1024} MiB flake-steward reads`,
        shown,
        undefined,
        limit.hint,
      );
    }
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/** The file's text, or the UserError that refused it for its size; any other failure is thrown. */
async function readBounded(file: string, shown: string, limit: SizeLimit): Promise<FileText> {
  return readOptional(file, shown, limit).catch((e: unknown) => {
    if (e instanceof UserError) return e;
    throw e;
  });
}

/** flake.nix and flake.lock of the flake directory `dir` (workspace-relative), as lint reads them. */
export async function readFlakeTexts(workspace: string, dir: string): Promise<FlakeTexts> {
  const abs = path.join(workspace, dir);
  const nixPath = path.posix.join(dir, 'flake.nix');
  const lockPath = path.posix.join(dir, 'flake.lock');
  const [nix, lock] = await Promise.all([
    readBounded(path.join(abs, 'flake.nix'), nixPath, NIX_LIMIT),
    readBounded(path.join(abs, 'flake.lock'), lockPath, LOCK_LIMIT),
  ]);
  return { nixPath, lockPath, nix, lock };
}

/** Reads `.flake-steward.json` in a flake directory; undefined when there is none. */
export async function readSettingsFile(dir: string, shownDir: string): Promise<FileSettings | undefined> {
  let text: string;
  try {
    text = await readFile(path.join(dir, SETTINGS_FILE), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  return parseSettingsFile(text, path.posix.join(shownDir, SETTINGS_FILE));
}
