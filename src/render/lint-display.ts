/**
 * A finding as people read it: every field that came from the user's files (the message with the names it quotes,
 * the file path, the input path, the fix) passed through the one neutraliser (src/render/neutralise.ts), so the
 * reporters (text, annotations, summary, JSON, SARIF) print no raw control character and no workflow command, and
 * nothing longer than TEXT_MAX: a message quoting an 800 KB name keeps its start and its end. The edits of a fix
 * are left as they are: they are the exact text to write into flake.nix, not something to read.
 */
import { neutraliseText } from './neutralise.js';
import type { Finding } from '../lint/lint-types.js';
import type { LintRun } from '../lint/lint-result.js';

/** The mark of each severity in Markdown tables (job summary, review comment). */
export const SEVERITY_ICON = { error: '🔴', warning: '🟡', notice: '🔵' } as const;

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

/** Whether `flake-steward fix` applies a finding's fix (it carries edits). */
export const fixable = (f: Pick<Finding, 'fix'>): boolean => f.fix !== undefined && f.fix.edits.length > 0;

/** `file` as seen from another directory: `prefix` (POSIX, relative or absolute, '' for none) before it. */
export function joinShown(prefix: string, file: string): string {
  if (prefix === '' || prefix === '.') return file;
  if (file === '.' || file === '') return prefix;
  return `${prefix.replace(/\/+$/, '')}/${file}`;
}

/**
 * A run with its paths (each finding's file, each flake's directory and file names) as seen from another directory,
 * for display: the CLI shows them from where it ran (`lint a-basic` prints `a-basic/flake.nix:7:3`), so a terminal
 * or editor opens them on a click. Fixes are planned on the run as linted, not on this one.
 */
export function relocateRun(run: LintRun, prefix: string): LintRun {
  if (prefix === '' || prefix === '.') return run;
  return {
    flakes: run.flakes.map((f) => ({
      ...f,
      dir: joinShown(prefix, f.dir),
      ctx: { ...f.ctx, nixPath: joinShown(prefix, f.ctx.nixPath), lockPath: joinShown(prefix, f.ctx.lockPath) },
      findings: f.findings.map((x) => ({ ...x, file: joinShown(prefix, x.file) })),
    })),
  };
}

/** The flake.nix texts of a run by their path (for code frames). */
export function nixSources(run: LintRun): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of run.flakes) {
    const text = f.ctx.nixText ?? f.ctx.flake?.text;
    if (text !== undefined) out.set(f.ctx.nixPath, text);
  }
  return out;
}
