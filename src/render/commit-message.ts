/**
 * The commit message of a lock update: a subject naming the inputs (`flake.lock: update nixpkgs, home-manager`)
 * and the inputs table as plain text, aligned for `git log`, then the release tags moved in flake.nix
 * (`tool: v1.0.0 → v1.2.0 (release tag)`), which the same commit carries. Names, labels, refs and URLs from the lock pass the
 * one neutraliser (./neutralise.ts): `git log` prints the message raw to a terminal.
 */
import { neutralise, neutraliseText } from './neutralise.js';
import type { InputChange, LockedSource } from '../update/lock-diff.js';
import { shortRev } from '../forge/forge-links.js';
import type { FlakeReport, UpdateReport } from '../update/update-result.js';

/** Git's advice for a subject line. */
export const SUBJECT_WIDTH = 72;

/** `flake.lock: update nixpkgs, home-manager` (and `and N more` past the subject width). */
export function commitSubject(report: UpdateReport, prefix = 'flake.lock: update'): string {
  const names: string[] = [];
  for (const f of report.flakes) {
    for (const input of [...f.inputs.map((c) => c.name), ...(f.tagBumps ?? []).map((b) => b.input)]) {
      const name = neutralise(input);
      if (!names.includes(name)) names.push(name);
    }
  }
  if (names.length === 0) return prefix;
  for (let shown = names.length; shown >= 1; shown--) {
    const rest = names.length - shown;
    const subject = `${prefix} ${names.slice(0, shown).join(', ')}${rest > 0 ? ` and ${rest} more` : ''}`;
    if (subject.length <= SUBJECT_WIDTH || shown === 1) return subject;
  }
  return prefix;
}

function side(s: LockedSource | undefined, follows: readonly string[] | undefined): string {
  if (follows) return `follows ${follows.length === 0 ? '(this flake)' : neutraliseText(follows.join('/'))}`;
  if (!s) return '(none)';
  const id = neutraliseText(s.rev ? shortRev(s.rev) : (s.tag ?? s.url ?? s.type));
  return s.date ? `${id} (${s.date})` : id;
}

function span(c: InputChange): string {
  if (c.spanDays === undefined) return '';
  const n = Math.abs(c.spanDays);
  return `${c.spanDays < 0 ? '-' : '+'}${n} day${n === 1 ? '' : 's'}`;
}

/** The inputs table as text: one row per changed input, name and source aligned. */
export function inputsText(changes: readonly InputChange[]): string {
  const rows = changes.map((c) => {
    const s = c.after ?? c.before;
    const label = s && s.label !== s.url ? neutraliseText(s.label) : '';
    const note = c.kind === 'added' ? 'added' : c.kind === 'removed' ? 'removed' : span(c);
    const change = `${side(c.before, c.followsBefore)} -> ${side(c.after, c.followsAfter)}`;
    return [neutralise(c.name), label, note ? `${change}, ${note}` : change];
  });
  const widths = [0, 1].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map(([name, label, change]) => `  ${name!.padEnd(widths[0]!)}  ${label!.padEnd(widths[1]!)}  ${change}`.trimEnd())
    .join('\n');
}

/** One line per release tag moved in flake.nix: `  tool: v1.0.0 → v1.2.0 (release tag)`. */
export function tagBumpsText(flake: Pick<FlakeReport, 'tagBumps'>): string {
  return (flake.tagBumps ?? [])
    .map((b) => `  ${neutralise(b.input)}: ${neutraliseText(b.from)} → ${neutraliseText(b.to)} (release tag)`)
    .join('\n');
}

/**
 * Subject, blank line, then the inputs of each flake (by lock file when there are several), then the release tags
 * moved in each flake.nix.
 */
export function commitMessage(report: UpdateReport, prefix?: string): string {
  const parts = [commitSubject(report, prefix)];
  const several = report.flakes.length > 1;
  const changed = report.flakes.filter((f) => f.inputs.length > 0);
  if (changed.length > 0) {
    parts.push('Flake lock file updates:');
    for (const f of changed) {
      const table = inputsText(f.inputs);
      parts.push(several ? `${neutraliseText(f.lockFile)}:\n${table}` : table);
    }
  }
  const bumped = report.flakes.filter((f) => (f.tagBumps ?? []).length > 0);
  for (const f of bumped) {
    const file = f.dir === '.' ? 'flake.nix' : `${f.dir}/flake.nix`;
    parts.push(`Release tags moved in ${neutraliseText(file)}:\n${tagBumpsText(f)}`);
  }
  return `${parts.join('\n\n')}\n`;
}
