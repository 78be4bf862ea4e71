/**
 * Readable text for the terminal: `FILE:LINE:COL severity rule-id message`, the fix below it; colour on a TTY.
 * Every string from the user's files is neutralised (./display.ts) before the colour codes go around it.
 */
import type { Finding } from '../lint/lint-types.js';
import { countsLine, plural } from '../lint/lint-result.js';
import { displayFinding, displayNotice } from './lint-display.js';
import { lintHints } from './lint-hints.js';

const SGR = { red: '31', yellow: '33', blue: '34', dim: '2', bold: '1', green: '32' } as const;

export function formatText(
  findings: readonly Finding[],
  notices: readonly string[],
  opts: { color: boolean; flakes: number },
): string {
  const c = (code: keyof typeof SGR, s: string) => (opts.color ? `\u001b[${SGR[code]}m${s}\u001b[0m` : s);
  const sev = { error: c('red', 'error'), warning: c('yellow', 'warning'), notice: c('blue', 'notice') };
  const lines: string[] = [];
  for (const n of notices) lines.push(`${c('dim', 'note:')} ${displayNotice(n)}`);
  for (const f of findings.map(displayFinding)) {
    lines.push(`${c('bold', `${f.file}:${f.line}:${f.column}`)} ${sev[f.severity]} ${c('dim', f.rule)} ${f.message}`);
    if (f.fix) {
      const what = f.fix.text === '' ? f.fix.description : `${f.fix.text}`;
      const auto = f.fix.edits.length > 0 ? c('dim', ' (flake-steward fix applies it)') : '';
      lines.push(`  ${c('green', 'fix:')} ${what}${auto}`);
    }
  }
  const summary =
    findings.length === 0
      ? `${c('green', 'no findings')} in ${plural(opts.flakes, 'flake')}`
      : `${countsLine(findings)} in ${plural(opts.flakes, 'flake')}`;
  for (const hint of lintHints(findings)) lines.push(`${c('dim', 'hint:')} ${hint[0]!.toLowerCase()}${hint.slice(1)}`);
  lines.push(summary);
  return `${lines.join('\n')}\n`;
}
