/**
 * Readable text for the terminal, grouped by file as the best linters print it:
 *
 *     a-basic/flake.nix
 *       a-basic/flake.nix:7:3 warning duplicates/duplicate-input input 'home-manager/nixpkgs' is a second copy …
 *          7 |   home-manager.url = "github:nix-community/home-manager";
 *            |   ^^^^^^^^^^^^
 *         fix: inputs.home-manager.inputs.nixpkgs.follows = "nixpkgs"; (flake-steward fix applies it)
 *
 *     0 errors, 1 warning, 0 notices in 1 flake; 1 can be fixed by `flake-steward fix`
 *
 * Each finding keeps its `FILE:LINE:COL` (terminals and editors open it on a click); the file's header says where a
 * group starts. Under a finding whose file's text is given (flake.nix), its code frame (./lint-code-frame.ts). Every
 * string from the user's files is neutralised (./lint-display.ts, the frame its own way) before the colour codes go
 * around it.
 */
import type { Finding } from '../lint/lint-types.js';
import { countsLine, plural } from '../lint/lint-result.js';
import { codeFrame, SourceLines } from './lint-code-frame.js';
import { displayFinding, displayNotice, fixable } from './lint-display.js';
import { lintHints } from './lint-hints.js';

const SGR = { red: '31', yellow: '33', blue: '34', dim: '2', bold: '1', green: '32', cyan: '36' } as const;

export interface TextOptions {
  readonly color: boolean;
  /** How many flakes were linted (for the totals line). */
  readonly flakes: number;
  /** File texts by the findings' `file`, for code frames (flake.nix; a file without text gets none). */
  readonly sources?: ReadonlyMap<string, string>;
}

export function formatText(findings: readonly Finding[], notices: readonly string[], opts: TextOptions): string {
  const c = (code: keyof typeof SGR, s: string) => (opts.color ? `\u001b[${SGR[code]}m${s}\u001b[0m` : s);
  const sev = { error: c('red', 'error'), warning: c('yellow', 'warning'), notice: c('blue', 'notice') };
  const lines: string[] = [];
  for (const n of notices) lines.push(`${c('dim', 'note:')} ${displayNotice(n)}`);
  // groups in the order their files first appear (the engine orders findings by file)
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const group = groups.get(f.file);
    if (group) group.push(f);
    else groups.set(f.file, [f]);
  }
  const parsed = new Map<string, SourceLines>();
  const sourceOf = (file: string): SourceLines | undefined => {
    const text = opts.sources?.get(file);
    if (text === undefined) return undefined;
    let s = parsed.get(file);
    if (!s) parsed.set(file, (s = new SourceLines(text)));
    return s;
  };
  for (const [file, group] of groups) {
    if (lines.length > 0) lines.push('');
    const source = sourceOf(file);
    lines.push(c('bold', displayFinding(group[0]!).file));
    for (const raw of group) {
      const f = displayFinding(raw);
      lines.push(
        `  ${c('bold', `${f.file}:${f.line}:${f.column}`)} ${sev[f.severity]} ${c('dim', f.rule)} ${f.message}`,
      );
      if (source) {
        const [text, carets] = codeFrame(source, f, '    ');
        if (text !== undefined && carets !== undefined)
          lines.push(text, c(f.severity === 'error' ? 'red' : 'cyan', carets));
      }
      if (f.fix) {
        const what = f.fix.text === '' ? f.fix.description : f.fix.text;
        const auto = fixable(f) ? c('dim', ' (flake-steward fix applies it)') : '';
        lines.push(`    ${c('green', 'fix:')} ${what}${auto}`);
      }
    }
  }
  if (lines.length > 0) lines.push('');
  for (const hint of lintHints(findings)) lines.push(`${c('dim', 'hint:')} ${hint[0]!.toLowerCase()}${hint.slice(1)}`);
  lines.push(totals(findings, opts.flakes, c));
  return `${lines.join('\n')}\n`;
}

/** `1 error, 2 warnings, 0 notices in 1 flake; 1 can be fixed by `flake-steward fix``. */
function totals(
  findings: readonly Finding[],
  flakes: number,
  c: (code: keyof typeof SGR, s: string) => string,
): string {
  const where = `in ${plural(flakes, 'flake')}`;
  if (findings.length === 0) return `${c('green', 'no findings')} ${where}`;
  const canFix = findings.filter(fixable).length;
  const fix = canFix > 0 ? `; ${canFix} can be fixed by \`flake-steward fix\`` : '';
  return `${countsLine(findings)} ${where}${fix}`;
}
