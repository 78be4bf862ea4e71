/**
 * A review's lint result as a file (`lint.json`, beside the plan in a review's result directory): the head's
 * findings new in the pull request and those the base already had. Read back by `report` on a `workflow_run`, from
 * an artifact a pull request's job wrote: untrusted (size limit, schema naming the wrong field, the plan's id).
 */
import * as v from 'valibot';
import { UserError } from '../core/errors.js';
import type { Finding } from '../lint/lint-types.js';
import { firstIssue, parseJsonFile } from './plan-file.js';

export const LINT_FILE = 'lint.json';
export const LINT_FORMAT = 1;
export const LINT_MAX_BYTES = 16 * 1024 * 1024;

export interface LintFile {
  readonly format: typeof LINT_FORMAT;
  readonly planId: string;
  readonly introduced: readonly Finding[];
  readonly present: readonly Finding[];
}

/** A finding as the file keeps it: no fix (the comment shows none, and edits are no business of an artifact). */
function stored(f: Finding): Finding {
  const { fix: _fix, ...rest } = f;
  return rest;
}

export function serializeLint(planId: string, introduced: readonly Finding[], present: readonly Finding[]): string {
  const file: LintFile = { format: LINT_FORMAT, planId, introduced: introduced.map(stored), present: present.map(stored) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const text = (max = 4096) => v.pipe(v.string(), v.maxLength(max));
const position = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const FindingSchema = v.strictObject({
  rule: v.pipe(text(128), v.regex(/^[a-z]+\/[a-z0-9-]+$/, 'a rule id')),
  severity: v.picklist(['error', 'warning', 'notice']),
  message: text(64 * 1024),
  file: text(),
  input: v.optional(text()),
  line: position,
  column: position,
  endLine: position,
  endColumn: position,
});

const LintSchema = v.strictObject({
  format: v.literal(LINT_FORMAT),
  planId: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/, '16 hex digits')),
  introduced: v.pipe(v.array(FindingSchema), v.maxLength(100_000)),
  present: v.pipe(v.array(FindingSchema), v.maxLength(100_000)),
});

/** The lint file in `text` (from `file`), checked: format, shape, and that it belongs to the plan `planId`. */
export function parseLint(textIn: string, file: string, planId: string): LintFile {
  const hint = 'use the result directory the review step of the triggering run wrote, unchanged';
  const result = v.safeParse(LintSchema, parseJsonFile(textIn, file, 'the lint result', hint));
  if (!result.success) throw new UserError(`the lint result is malformed: ${firstIssue(result.issues)}`, file, undefined, hint);
  if (result.output.planId !== planId) {
    throw new UserError(
      `the lint result belongs to plan ${result.output.planId}, not to this plan ${planId}`,
      file,
      undefined,
      hint,
    );
  }
  return result.output as LintFile;
}
