/** What one lint run produced: per flake, its context (for the input graph), findings and notices. */
import type { Severity } from '../core/ports.js';
import type { Finding, LintContext } from './lint-types.js';

export interface FlakeResult {
  /** Workspace-relative directory of the flake (`.` for the workspace itself). */
  readonly dir: string;
  readonly ctx: LintContext;
  readonly findings: readonly Finding[];
  readonly notices: readonly string[];
  /** The `fail-on` that applies to this flake (its `.flake-steward.json` may set one). */
  readonly failOn: string;
}

export interface LintRun {
  readonly flakes: readonly FlakeResult[];
}

export function allFindings(run: LintRun): Finding[] {
  return run.flakes.flatMap((f) => f.findings);
}

export function counts(findings: readonly Pick<Finding, 'severity'>[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function countsLine(findings: readonly Pick<Finding, 'severity'>[]): string {
  const c = counts(findings);
  return `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.notice, 'notice')}`;
}
