/**
 * The JSON contract of `flake-steward lint --format json` (stable):
 * `{"findings": [{"rule", "severity", "message", "file", "line", "column", "endLine", "endColumn", "input", "fix"}]}`
 * with `input` the input path concerned (or null) and `fix` the replacement text (or null).
 * The texts are neutralised like every reporter's (./display.ts: control characters escaped, at most 2,000
 * characters); the JSON text itself has nothing raw in it (safeJson).
 */
import { safeJson } from './neutralise.js';
import type { Finding } from '../lint/lint-types.js';
import { displayFinding } from './lint-display.js';

export interface JsonFinding {
  readonly rule: string;
  readonly severity: string;
  readonly message: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly input: string | null;
  readonly fix: string | null;
}

export function toJsonFinding(finding: Finding): JsonFinding {
  const f = displayFinding(finding);
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    input: f.input ?? null,
    fix: f.fix ? f.fix.text : null,
  };
}

export function formatJson(findings: readonly Finding[]): string {
  return `${safeJson({ findings: findings.map(toJsonFinding) }, 2)}\n`;
}
