/**
 * The JSON contract of `flake-steward lint --format json` (stable):
 * `{"findings": [{"rule", "severity", "message", "file", "line", "column", "endLine", "endColumn", "input", "fix"}]}`
 * with `input` the input path concerned (or null) and `fix` the replacement text (or null).
 */
import type { Finding } from '../types.js';

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

export function toJsonFinding(f: Finding): JsonFinding {
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
  return `${JSON.stringify({ findings: findings.map(toJsonFinding) }, null, 2)}\n`;
}
