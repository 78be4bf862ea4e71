/**
 * What fuzzing asserts about an answer: only the project's typed errors escape, each naming its file and a position
 * inside the text, on one line; and no output carries a raw control character or a line a GitHub runner would
 * execute as a workflow command.
 */
import { UserError } from '../../src/core/errors.js';
import { NixSyntaxError } from '../../src/nix/index.js';

/** C0 (every one but the newline that separates lines), DEL and C1. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
/** The colours of the text report on a terminal (src/render/lint-text.ts), the only escapes it may print. */
const OWN_SGR = /\u001b\[(?:0|1|2|31|32|33|34|36)m/g;

/** A short, printable excerpt of `s` around `at` for failure messages. */
export function excerpt(s: string, at = 0): string {
  const from = Math.max(0, at - 40);
  return JSON.stringify(s.slice(from, from + 100));
}

/** Why `e` is not an acceptable way for the reader of `file` to refuse `text`, or an empty list. */
export function errorProblems(
  e: unknown,
  file: string,
  text: string,
  opts: { position: 'required' | 'optional' },
): string[] {
  if (!(e instanceof UserError)) {
    const err = e as Error;
    return [`uncaught ${err?.name ?? typeof e}: ${String(err?.message ?? e).slice(0, 200)}`];
  }
  const problems: string[] = [];
  if (e.file !== file) problems.push(`error names file ${JSON.stringify(e.file)}, not ${JSON.stringify(file)}`);
  if (e.position === undefined) {
    if (opts.position === 'required') problems.push(`error without a position: ${e.message.slice(0, 200)}`);
  } else {
    // Lines as Nix counts them (`\r\n`, `\r`, `\n`), or split at `\n` only (the JSON reader may count so).
    const { line, column } = e.position;
    const fits = (lines: string[]): boolean =>
      Number.isInteger(line) &&
      Number.isInteger(column) &&
      line >= 1 &&
      column >= 1 &&
      line <= lines.length &&
      column <= lines[line - 1]!.length + 1;
    if (!fits(text.split(/\r\n|\r|\n/)) && !fits(text.split('\n')))
      problems.push(`error position ${line}:${column} is not in the text`);
  }
  if (e.message === '') problems.push('error with an empty message');
  return problems;
}

/** Problems of a NixSyntaxError (or anything else thrown by the parser) beyond `errorProblems`: one line. */
export function parserErrorProblems(e: unknown, file: string, text: string): string[] {
  const problems = errorProblems(e, file, text, { position: 'required' });
  if (e instanceof UserError && !(e instanceof NixSyntaxError))
    problems.push(`parser threw ${e.name}, not NixSyntaxError`);
  if (e instanceof UserError && /[\r\n]/.test(e.format()))
    problems.push(`error on more than one line: ${excerpt(e.format())}`);
  return problems;
}

/**
 * Raw control characters in `output`, and lines a runner would take for a workflow command (`::` after any
 * leading whitespace, as the runner reads them). `sgr`: the output may hold the text report's own colours.
 */
export function outputProblems(name: string, output: string, opts: { sgr?: boolean } = {}): string[] {
  const problems: string[] = [];
  const text = opts.sgr ? output.replace(OWN_SGR, '') : output;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && problems.length < 3; i++) {
    const line = lines[i]!;
    const m = CONTROL.exec(line);
    if (m) {
      const code = m[0].charCodeAt(0).toString(16).padStart(4, '0');
      problems.push(`${name}: raw U+${code.toUpperCase()} on line ${i + 1}: ${excerpt(line, m.index)}`);
    }
    if (line.trimStart().startsWith('::')) problems.push(`${name}: line ${i + 1} starts with '::': ${excerpt(line)}`);
  }
  return problems;
}
