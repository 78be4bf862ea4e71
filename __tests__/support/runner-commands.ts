/**
 * Which workflow commands the GitHub Actions runner would execute from a step's output, parsed the way the runner
 * parses them (actions/runner: `ProcessInvoker` reads lines with .NET `StreamReader.ReadLine`, which ends a line at
 * `\n`, `\r` or `\r\n`; `OutputManager.OnDataReceived` hands every line that contains `::` or `##[` to
 * `ActionCommandManager.TryProcessCommand`, which tries `ActionCommand.TryParseV2` then `ActionCommand.TryParse`):
 *   - v2: the line, after `TrimStart()` (.NET white space), starts with `::`, and a second `::` follows;
 *     the command is the text up to the first space;
 *   - v1: `##[` ANYWHERE in the line, then a `]`; the command is the text up to the first space.
 * The runner only acts on registered command names (case-insensitive); this parser reports every candidate, so a
 * test that finds none here is stricter than the runner.
 */

export interface RunnerCommand {
  readonly form: 'v2' | 'v1';
  /** Lower-cased, as the runner compares names. */
  readonly name: string;
  readonly properties: Readonly<Record<string, string>>;
  readonly data: string;
  readonly line: string;
}

/** .NET `char.IsWhiteSpace` (what `string.TrimStart()` removes). */
const DOTNET_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/;

/** Lines as .NET `StreamReader.ReadLine` returns them. */
export function runnerLines(output: string): string[] {
  const lines = output.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function unescapeProperty(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function parseV2(line: string): RunnerCommand | undefined {
  const message = line.replace(DOTNET_SPACE, '');
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
  if (name === '') return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(',')) {
      const eq = pair.indexOf('=');
      if (eq > 0 && eq < pair.length - 1) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
  }
  return { form: 'v2', name, properties, data: unescapeData(message.slice(end + 2)), line };
}

function parseV1(line: string): RunnerCommand | undefined {
  const prefix = line.indexOf('##[');
  if (prefix < 0) return undefined;
  const rb = line.indexOf(']', prefix);
  if (rb < 0) return undefined;
  const info = line.slice(prefix + 3, rb);
  const space = info.indexOf(' ');
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
  if (name === '') return undefined;
  return { form: 'v1', name, properties: {}, data: line.slice(rb + 1), line };
}

/** Every command candidate in a step's output, in order. */
export function runnerCommands(output: string): RunnerCommand[] {
  const out: RunnerCommand[] = [];
  for (const line of runnerLines(output)) {
    if (!line.includes('::') && !line.includes('##[')) continue;
    const c = parseV2(line) ?? parseV1(line);
    if (c) out.push(c);
  }
  return out;
}

/**
 * Characters that must never reach an output raw: C0 controls but the line feed, DEL, C1 controls, the Unicode
 * line and paragraph separators, and the bidirectional embeddings, overrides and isolates.
 */
export const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
