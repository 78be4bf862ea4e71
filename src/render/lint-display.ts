/**
 * A finding as people read it: every field that came from the user's files (the message with the names it quotes,
 * the file path, the input path, the fix) passed through the one neutraliser (src/render/neutralise.ts), so the
 * reporters (text, annotations, summary, JSON, SARIF) print no raw control character and no workflow command, and
 * nothing longer than TEXT_MAX: a message quoting an 800 KB name keeps its start and its end. The edits of a fix
 * are left as they are: they are the exact text to write into flake.nix, not something to read.
 */
import { neutraliseText } from './neutralise.js';
import type { Finding } from '../lint/lint-types.js';

export function displayFinding(f: Finding): Finding {
  return {
    ...f,
    message: neutraliseText(f.message),
    file: neutraliseText(f.file),
    ...(f.input !== undefined ? { input: neutraliseText(f.input) } : {}),
    ...(f.fix
      ? { fix: { ...f.fix, description: neutraliseText(f.fix.description), text: neutraliseText(f.fix.text) } }
      : {}),
  };
}

/** A notice (it may quote a path or a setting from the user's files). */
export const displayNotice = (n: string): string => neutraliseText(n);
