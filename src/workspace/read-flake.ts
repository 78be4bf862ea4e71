/**
 * What lint reads in a flake directory, from the disk: flake.nix and flake.lock as texts, each bounded
 * (./bounded-read.ts: refused from its size or its kind before a byte is read, as every command refuses it), and
 * `.flake-steward.json`. What the texts mean is src/lint/lint-context.ts's and src/lint/settings-file.ts's.
 */
import path from 'node:path';
import { UserError } from '../core/errors.js';
import type { FileText, FlakeTexts } from '../lint/lint-context.js';
import { parseSettingsFile, SETTINGS_FILE, type FileSettings } from '../lint/settings-file.js';
import { LOCK_LIMIT, NIX_LIMIT, readBoundedText, SETTINGS_LIMIT, type SizeLimit } from './bounded-read.js';


/** The file's text, or the UserError that refused it; any other failure is thrown. */
async function readBounded(file: string, shown: string, limit: SizeLimit): Promise<FileText> {
  return readBoundedText(file, shown, limit).catch((e: unknown) => {
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
  const shown = path.posix.join(shownDir, SETTINGS_FILE);
  const text = await readBoundedText(path.join(dir, SETTINGS_FILE), shown, SETTINGS_LIMIT);
  return text === undefined ? undefined : parseSettingsFile(text, shown);
}
