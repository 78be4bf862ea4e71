/**
 * GitHub annotations through the Logger port: one per finding, on its file and region, titled with the rule id.
 * Columns are only given for one-line regions (GitHub ignores them across lines). The texts are neutralised
 * (./display.ts); @actions/core only escapes `%`, CR and LF.
 */
import type { AnnotationProperties, Logger } from '../core/ports.js';
import type { Finding } from '../lint/lint-types.js';
import { displayFinding } from './lint-display.js';

export function annotationOf(finding: Finding): { message: string; props: AnnotationProperties } {
  const f = displayFinding(finding);
  const props: AnnotationProperties = {
    title: f.rule,
    file: f.file,
    startLine: f.line,
    endLine: f.endLine,
    ...(f.line === f.endLine ? { startColumn: f.column, endColumn: f.endColumn } : {}),
  };
  const fix = f.fix ? (f.fix.text !== '' ? `\nFix: ${f.fix.text}` : `\nFix: ${f.fix.description}`) : '';
  return { message: `${f.message}${fix}`, props };
}

export function annotate(logger: Logger, findings: readonly Finding[]): void {
  for (const f of findings) {
    const { message, props } = annotationOf(f);
    logger[f.severity](message, props);
  }
}
