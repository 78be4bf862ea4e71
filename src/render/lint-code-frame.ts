/**
 * The code frame under a finding, as rustc and eslint print one: the source line with its number, and a caret run
 * under the finding's columns.
 *
 *      7 |   home-manager.url = "github:nix-community/home-manager/release-22.11";
 *        |   ^^^^^^^^^^^^^^^^
 *
 * A fork writes every byte of the line, so it is shown through the neutraliser's escapes (src/render/neutralise.ts:
 * control and bidi characters as `\u001b`, no `##[`), tabs as two spaces, and cut to a window of FRAME_WIDTH
 * characters around the caret (`…` where it is cut): a minified 4 MiB line costs what a short one does. The carets
 * are placed under the characters as shown, escapes included.
 *
 * Pure: no effects.
 */
import { neutralise } from './neutralise.js';

/** Characters of source shown at most on a frame line (the ellipses excluded). */
export const FRAME_WIDTH = 120;
/** How much of the line before the caret the window keeps when it must cut. */
const LEAD = 40;

/** Where each line of a text starts (0-based UTF-16 offsets); lines break at `\n`, `\r\n` and a lone `\r`, as Nix's. */
export class SourceLines {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /** Line `n` (1-based) without its line break, or undefined past the end. */
  line(n: number): string | undefined {
    if (!Number.isInteger(n) || n < 1 || n > this.starts.length) return undefined;
    const start = this.starts[n - 1]!;
    const next = n < this.starts.length ? this.starts[n]! : this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, '');
  }
}

/** How one code point of the source shows: itself, two spaces for a tab, or its escape. */
function shown(ch: string): string {
  if (ch === '\t') return '  ';
  return neutralise(ch, { max: 16 });
}

export interface FrameRegion {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/**
 * The two frame lines (source and carets) for a region of `source`, each starting with `indent`, or [] when the
 * region's line is not in the text.
 */
export function codeFrame(source: SourceLines, r: FrameRegion, indent = '  '): string[] {
  const text = source.line(r.line);
  if (text === undefined) return [];
  // columns are 1-based UTF-16 units (src/nix/location.ts); the caret run ends at the region's end on this line
  const from = Math.min(Math.max(0, r.column - 1), text.length);
  const to = Math.max(from + 1, r.endLine === r.line ? Math.min(r.endColumn - 1, text.length) : text.length);
  // the window of units shown: the whole line, or FRAME_WIDTH units from a little before the caret
  let start = 0;
  let end = text.length;
  if (text.length > FRAME_WIDTH) {
    start = Math.max(0, Math.min(from - LEAD, text.length - FRAME_WIDTH));
    end = start + FRAME_WIDTH;
  }
  // never split a surrogate pair at the window's edges
  if (start > 0 && /[\udc00-\udfff]/.test(text[start]!)) start++;
  if (end < text.length && /[\ud800-\udbff]/.test(text[end - 1]!)) end--;
  let line = start > 0 ? '…' : '';
  let caretStart = -1;
  let caretEnd = -1;
  let width = line.length;
  for (let i = start; i < end;) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (i >= from && caretStart < 0) caretStart = width;
    const piece = shown(ch);
    line += piece;
    width += [...piece].length;
    i += ch.length;
    if (i <= to) caretEnd = width;
  }
  if (end < text.length) line += '…';
  if (caretStart < 0) caretStart = width; // the region starts at the end of the line
  if (caretEnd <= caretStart) caretEnd = caretStart + 1;
  // `##[` anywhere is a workflow command to the runner; a zero-width space between the signs (no caret moves)
  line = line.replace(/##\[/g, '#\u200b#[');
  const number = String(r.line);
  const gutter = ' '.repeat(number.length);
  return [
    `${indent}${number} | ${line}`.trimEnd(),
    `${indent}${gutter} | ${' '.repeat(caretStart)}${'^'.repeat(caretEnd - caretStart)}`,
  ];
}
