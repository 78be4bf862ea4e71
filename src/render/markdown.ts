/**
 * Markdown building blocks for GitHub (PR bodies, job summaries): escaped table cells and inline code, fenced
 * blocks that cannot be closed by their content, collapsible `<details>`, tables.
 */

/** Text safe inside a table cell: pipes escaped, newlines flattened, HTML-ish brackets made inert. */
export function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Inline code that survives any backticks in `text` (GitHub: a longer backtick run, padded when needed). */
export function code(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ');
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

/** A fenced block whose fence is longer than any backtick run inside. */
export function fence(text: string, info = 'text'): string {
  const runs = text.match(/`{3,}/g) ?? [];
  const longest = runs.reduce((m, r) => Math.max(m, r.length), 2);
  const f = '`'.repeat(longest + 1);
  return `${f}${info}\n${text.replace(/\n+$/, '')}\n${f}`;
}

/** A link, or the plain label when there is no URL. */
export function link(label: string, url: string | undefined): string {
  return url ? `[${label}](${url})` : label;
}

/** A collapsible section; `summary` is Markdown-free text (escaped as HTML). */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}>\n<summary>${html(summary)}</summary>\n\n${body.trim()}\n\n</details>`;
}

export function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
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
  const all = text.replace(/\s+$/, '').split('\n');
  return all.slice(-lines).join('\n');
}
