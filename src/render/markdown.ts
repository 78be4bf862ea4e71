/**
 * Markdown building blocks for GitHub (PR bodies, job summaries): escaped table cells and inline code, fenced
 * blocks that cannot be closed by their content, collapsible `<details>`, tables. Every text goes through the one
 * neutraliser first (./neutralise.ts: no control character, no workflow command, inline texts at most TEXT_MAX
 * characters, log lines at most LINE_MAX), then gets the Markdown escaping of where it goes.
 */
import { LINE_MAX, neutraliseLines, neutraliseText } from './neutralise.js';

/** One line of text: line breaks read as spaces, the rest neutralised. */
const inline = (text: string): string => neutraliseText(text.replace(/\r?\n/g, ' '));

/** Text safe inside a table cell: pipes escaped, newlines flattened, HTML-ish brackets made inert. */
export function cell(text: string): string {
  return inline(text).replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Inline code that survives any backticks in `text` (GitHub: a longer backtick run, padded when needed). */
export function code(text: string): string {
  const flat = inline(text);
  const runs = flat.match(/`+/g) ?? [];
  const longest = runs.reduce((m, r) => Math.max(m, r.length), 0);
  const ticks = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}

/** Inline code for use inside a table cell: the pipes are escaped too (GitHub splits cells before code spans). */
export function cellCode(text: string): string {
  return code(text).replace(/\|/g, '\\|');
}

/** A fenced block whose fence is longer than any backtick run inside (a build log's lines, guarded one by one). */
export function fence(raw: string, info = 'text'): string {
  const text = neutraliseLines(raw, { max: LINE_MAX });
  const runs = text.match(/`{3,}/g) ?? [];
  const longest = runs.reduce((m, r) => Math.max(m, r.length), 2);
  const f = '`'.repeat(longest + 1);
  return `${f}${info}\n${text.replace(/\n+$/, '')}\n${f}`;
}

/**
 * A link, or the plain label when there is no URL. `label` is Markdown already; the URL (built from owner, repo and
 * revision of a lock) gets what would end the link or a table cell percent-encoded.
 */
export function link(label: string, url: string | undefined): string {
  return url ? `[${label}](${linkTarget(url)})` : label;
}

const URL_UNSAFE = /[\u0000-\u0020()<>|\\`"\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/gu;

function linkTarget(url: string): string {
  return url.replace(URL_UNSAFE, (c) =>
    [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

/** A collapsible section; `summary` is Markdown-free text (escaped as HTML). */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}>\n<summary>${html(summary)}</summary>\n\n${body.trim()}\n\n</details>`;
}

export function html(text: string): string {
  return inline(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A GitHub table; `align` per column (`l`, `r`, `c`). Cells must already be escaped. */
export function table(head: readonly string[], rows: readonly (readonly string[])[], align?: string): string {
  const sep = head.map((_, i) => {
    const a = align?.[i] ?? 'l';
    return a === 'r' ? '---:' : a === 'c' ? ':---:' : '---';
  });
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head), line(sep), ...rows.map(line)].join('\n');
}

/** `1 input`, `2 inputs`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The last `lines` lines of a text (empty lines at the end dropped). */
export function lastLines(text: string, lines: number): string {
  const all = text.trimEnd().split('\n');
  return all.slice(-lines).join('\n');
}
