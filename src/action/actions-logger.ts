import * as core from '@actions/core';
import { stringifyError, UsageError, UserError } from '../core/errors.js';
import type { AnnotationProperties, Logger } from '../core/ports.js';
import { neutralise, neutraliseLines, neutraliseText } from '../render/neutralise.js';

/**
 * The last guard before the runner reads a line: whatever a caller passes (a finding, a Nix error quoting
 * flake.nix, an input name in the update log), every line goes out with its control characters escaped, no
 * workflow-command prefix and a bounded length (src/render/neutralise.ts). @actions/core escapes only `%`, CR and LF
 * of an annotation's text, and nothing of `core.info`.
 */
const guard = (message: string): string => neutraliseLines(message);

function guardProps(p: AnnotationProperties | undefined): AnnotationProperties {
  if (!p) return {};
  return {
    ...p,
    ...(p.title !== undefined ? { title: neutralise(p.title) } : {}),
    ...(p.file !== undefined ? { file: neutraliseText(p.file) } : {}),
  };
}

/** The Logger port on GitHub Actions: log groups, annotations, masking. */
export const actionsLogger: Logger = {
  debug: (m) => core.debug(guard(m)),
  info: (m) => core.info(guard(m)),
  warning: (m, p?: AnnotationProperties) => core.warning(guard(m), guardProps(p)),
  error: (m, p?: AnnotationProperties) => core.error(guard(m), guardProps(p)),
  notice: (m, p?: AnnotationProperties) => core.notice(guard(m), guardProps(p)),
  // `::group::NAME` is one line: a name with a line break would end it and start a command
  group: (name, fn) => core.group(neutraliseText(name), fn),
  setSecret: (s) => core.setSecret(s),
};

/** Fails the step with one message, guarded like every log line (`core.setFailed` prints `::error::`). */
export function failStep(message: string): void {
  core.setFailed(guard(message));
}

/**
 * The line that fails the step for a thrown value. The runner already shows `::error::` as an error, so a UserError
 * goes without the `error:` its terminal form carries (`::error::flake.nix:3:5: MESSAGE (hint)`, not
 * `::error::flake.nix:3:5: error: MESSAGE`).
 */
export function failureLine(e: unknown): string {
  if (e instanceof UserError && !(e instanceof UsageError)) {
    const at = e.file !== undefined ? `${e.file}${e.position ? `:${e.position.line}:${e.position.column}` : ''}: ` : '';
    return `${at}${e.message}${e.hint ? ` (${e.hint})` : ''}`;
  }
  return stringifyError(e).replace(/^error: /, '');
}

/** Appends Markdown to the job summary, each line guarded (no raw control character reaches the page). */
export async function writeSummary(markdown: string): Promise<void> {
  await core.summary.addRaw(guard(markdown)).write();
}
