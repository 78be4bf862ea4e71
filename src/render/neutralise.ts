/**
 * The one neutraliser: every string that came from a user's file (input names, URLs, refs, follows paths, owner/repo,
 * file text quoted in errors, directory names) passes `neutralise` before it is printed anywhere, and every line a
 * logger writes passes `neutraliseLines` as a last guard. A fork's pull request controls every byte of `flake.nix`
 * and `flake.lock`, so such a string must not be able to:
 *
 *  - run a workflow command. The GitHub runner reads a step's output line by line (.NET `ReadLine`: a line ends at
 *    `\n`, `\r` or `\r\n`) and executes (actions/runner `ActionCommand.TryParseV2`) a line that starts, after
 *    `TrimStart()`, with `::name …::data`, and (`ActionCommand.TryParse`, the old form) a line that contains `##[name]`
 *    ANYWHERE. So line breaks are escaped, a `::` at the start (after white space) gets a zero-width space in front,
 *    and every `##[` becomes `#\u200b#[` (shown the same, parsed as nothing; the same trick as src/github/sanitize.ts);
 *  - drive a terminal or fool a reader: C0 controls (ESC sets the window title or clears the screen), DEL, C1
 *    controls (U+009B is an 8-bit CSI), U+2028/U+2029, bidirectional embeddings, overrides and isolates
 *    (U+202A-U+202E, U+2066-U+2069, "Trojan Source") and lone surrogates become visible escapes, written as in a
 *    JSON string: `\n`, `\r`, `\t`, `\u001b`, `\u0085`, `\u2028`, `\ud800`. (So the line guard, which does not know
 *    what it guards, keeps JSON output valid and its data the same: these can only occur inside JSON strings.)
 *  - flood a log: the result is at most `max` characters (code points) long, the ellipsis `…` included.
 *
 * The result is idempotent: `neutralise(neutralise(s)) === neutralise(s)`, and the same for `neutraliseLines`.
 * Strings pass several layers (a reporter, then the logger's guard), so a second pass must change nothing; that is
 * why a backslash is not escaped, and the mapping is therefore not injective (`a\nb` typed with a backslash and `a`,
 * newline, `b` look the same). Telling hostile names apart is not a goal; showing them harmlessly is.
 *
 * Pure: no effects, no imports.
 */

/** One input name, a title, a directory. */
export const NAME_MAX = 200;
/** A message, a path of several names, a fix line. */
export const TEXT_MAX = 2_000;
/** One line a logger writes. */
export const LINE_MAX = 10_000;

const ZWSP = '\u200b';
const ELLIPSIS = '…';

/** The characters escaped (with the `u` flag, `[\ud800-\udfff]` matches lone surrogates only). */
const ESCAPED_CLASS = '\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069\\ud800-\\udfff';
const ESCAPED = new RegExp(`[${ESCAPED_CLASS}]`, 'u');
const ESCAPED_NO_TAB = new RegExp(
  `[${ESCAPED_CLASS.replace('\\u0000-\\u001f', '\\u0000-\\u0008\\u000a-\\u001f')}]`,
  'u',
);
/**
 * White space that survives escaping (JavaScript's `\s` less what is escaped): the runner's `TrimStart()` skips it,
 * so `::` after it still starts a command.
 */
const SPACE = '[ \\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000\\ufeff]';
const LEADING_COMMAND = new RegExp(`^(${SPACE}*)::`, 'u');
const LEADING_COMMAND_TAB = new RegExp(`^((?:${SPACE}|\\t)*)::`, 'u');
const OLD_COMMAND = /##\[/g;
/** `ESC [ … m`: the colour codes our own text report writes on a terminal. */
const SGR = /\u001b\[[0-9;]*m/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.codePointAt(0)!;
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

export interface NeutraliseOptions {
  /** Longest result in characters (code points), the ellipsis included; `Infinity` for no cap. Default NAME_MAX. */
  readonly max?: number;
  /**
   * Where a long text is cut: at the `end` (names: the start identifies them) or in the `middle` (messages and lines:
   * the start says what, the end says what to do).
   */
  readonly cut?: 'end' | 'middle';
  /** Leave tabs as they are (the line guard: indentation in diffs and log tails; a tab harms neither). */
  readonly keepTabs?: boolean;
}

/** Code points rendered: each one itself, or its escape. */
function render(s: string, keepTabs: boolean): string[] {
  const out: string[] = [];
  const escaped = keepTabs ? ESCAPED_NO_TAB : ESCAPED;
  for (const ch of s) out.push(escaped.test(ch) ? escapeChar(ch) : ch);
  return out;
}

function inert(s: string, keepTabs: boolean): string {
  return s.replace(OLD_COMMAND, `#${ZWSP}#[`).replace(keepTabs ? LEADING_COMMAND_TAB : LEADING_COMMAND, `$1${ZWSP}::`);
}

/** Characters a piece shows: an escape is ASCII (`\u001b`: 6), anything else one code point. */
function pieceLength(p: string): number {
  return p.length > 1 && p.charCodeAt(0) === 0x5c ? p.length : 1;
}

function lengthOf(pieces: readonly string[]): number {
  let n = 0;
  for (const p of pieces) n += pieceLength(p);
  return n;
}

/** As many pieces from the start (or the end) as fit in `budget` characters. */
function take(pieces: readonly string[], budget: number, fromEnd: boolean): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[fromEnd ? pieces.length - 1 - i : i]!;
    const len = pieceLength(p);
    if (n + len > budget) break;
    out.push(p);
    n += len;
  }
  if (fromEnd) out.reverse();
  return out.join('');
}

/**
 * `s` made safe to print anywhere, on one line: control and bidi characters escaped, workflow-command prefixes
 * inert, at most `max` characters (see the module comment).
 */
export function neutralise(s: string, opts: NeutraliseOptions = {}): string {
  const max = Math.max(1, opts.max ?? NAME_MAX);
  const keepTabs = opts.keepTabs ?? false;
  // Each input code point renders as at least one character, so only the first and last `max` code points (at most
  // 2 * max UTF-16 units each) can be shown: a huge string costs no more than a short one.
  const room = 2 * max + 8;
  const huge = s.length > 2 * room;
  // The common case: nothing to escape, short enough (UTF-16 units bound the code points from above).
  if (!huge && !(keepTabs ? ESCAPED_NO_TAB : ESCAPED).test(s) && !s.includes('##[')) {
    const safe = inert(s, keepTabs);
    if (safe.length <= max) return safe;
  }
  const head = render(inert(huge ? s.slice(0, room) : s, keepTabs), keepTabs);
  if (!huge && lengthOf(head) <= max) return head.join('');
  if (opts.cut !== 'middle') return take(head, max - 1, false) + ELLIPSIS;
  const tail = huge ? render(s.slice(-room).replace(OLD_COMMAND, `#${ZWSP}#[`), keepTabs) : head;
  const budget = max - 1;
  const front = Math.ceil(budget / 2);
  return take(head, front, false) + ELLIPSIS + take(tail, budget - front, true);
}

/** `neutralise` for a message or a path: a longer cap, cut in the middle. */
export function neutraliseText(s: string, max = TEXT_MAX): string {
  return neutralise(s, { max, cut: 'middle' });
}

export interface LinesOptions {
  /** Longest line in characters; `Infinity` for no cap (stdout of a machine-readable format). Default LINE_MAX. */
  readonly max?: number;
  /** Keep `ESC [ … m` colour codes (our own, on a terminal); every other ESC is escaped. */
  readonly keepSgr?: boolean;
}

function guardLine(line: string, max: number, keepSgr: boolean): string {
  const opts: NeutraliseOptions = { max, cut: 'middle', keepTabs: true };
  if (!keepSgr || !line.includes('\u001b[')) return neutralise(line, opts);
  const parts = line.split(SGR);
  const codes = line.match(SGR) ?? [];
  let out = neutralise(parts[0]!, { ...opts, max: Infinity });
  for (let i = 1; i < parts.length; i++) out += codes[i - 1]! + neutralise(parts[i]!, { ...opts, max: Infinity });
  // Too long with the colours: the plain guard (colour codes escaped, the line cut).
  return [...out.replace(SGR, '')].length <= max ? out : neutralise(line, opts);
}

/**
 * The last guard of every logger: each line (the text's own `\n` line breaks are kept) made safe as by `neutralise`,
 * cut in the middle past `max`. Tabs are kept; a `\r` is escaped (the runner would start a new line there).
 */
export function neutraliseLines(text: string, opts: LinesOptions = {}): string {
  const max = opts.max ?? LINE_MAX;
  const keepSgr = opts.keepSgr ?? false;
  if (!text.includes('\n')) return guardLine(text, max, keepSgr);
  return text
    .split('\n')
    .map((l) => guardLine(l, max, keepSgr))
    .join('\n');
}

/** What `JSON.stringify` leaves raw inside strings: DEL, C1 controls, U+2028/U+2029, bidi controls. */
const JSON_RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text with nothing raw a terminal or the runner would act on, and the same data: `JSON.stringify` already
 * escapes C0 controls (ESC is `\u001b`) and lone surrogates; this also writes DEL, C1, U+2028/U+2029 and the bidi
 * controls as `\uXXXX`, and the `[` of `##[` as `\u005b` (they can only occur inside strings, where these escapes
 * decode to the same characters). For machine-readable output (SARIF, `--format json`): lossless, no cap.
 */
export function safeJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space)
    .replace(JSON_RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(OLD_COMMAND, '##\\u005b');
}
