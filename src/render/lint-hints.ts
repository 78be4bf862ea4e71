/**
 * Advice said once under the findings instead of on every line: the commands that update stale inputs (the
 * `freshness/stale-input` findings are one short line each and name only the input).
 */
import type { Finding } from '../lint/lint-types.js';
import { UPDATE_COMMANDS } from '../lint/rules/freshness-stale-input.js';

/** The hints for a set of findings, as Markdown-ish text with `code` spans (plain enough for a terminal). */
export function lintHints(findings: readonly Finding[]): string[] {
  const stale = findings.filter((f) => f.rule === 'freshness/stale-input').length;
  if (stale === 0) return [];
  return [`To update ${stale === 1 ? 'the stale input' : `the ${stale} stale inputs`}: ${UPDATE_COMMANDS}.`];
}
