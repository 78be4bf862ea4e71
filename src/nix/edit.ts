/**
 * Minimal text edits to Nix source that keep the user's formatting: insert one binding on its own line with the
 * surrounding indentation, or remove one binding with its line. Edits are offset ranges over the original text;
 * `applyEdits` applies a set of them at once. Pure.
 */
import type { Loc, Span } from './location.js';
import { unescapeString } from './strings.js';

export interface OffsetEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** 0-based offsets of each line start. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line and column (UTF-16 units) of an offset. */
export function locAt(text: string, offset: number, starts: readonly number[] = lineStarts(text)): Loc {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { offset, line: lo + 1, column: offset - starts[lo]! + 1 };
}

export function spanAt(text: string, start: number, end: number): Span {
  const starts = lineStarts(text);
  return { start: locAt(text, start, starts), end: locAt(text, end, starts) };
}

/** Applies non-overlapping edits (insertions at the same offset keep their order). Throws on overlap. */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos || e.end < e.start || e.end > text.length) {
      throw new Error(`overlapping or out-of-range edit at offset ${e.start}`);
    }
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_'-]*$/;
const KEYWORDS = new Set(['if', 'then', 'else', 'assert', 'with', 'let', 'in', 'rec', 'inherit', 'or']);

/** An attribute name as Nix source: bare when it is an identifier, quoted otherwise. */
export function attrName(name: string): string {
  return IDENT.test(name) && !KEYWORDS.has(name) ? name : JSON.stringify(name).replace(/\$\{/g, '\\${');
}

/** `inputs.a.inputs.b` for a path relative to an attribute set of inputs. */
export function inputsAttrPath(path: readonly string[]): string {
  return path.map((p) => `inputs.${attrName(p)}`).join('.');
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEndOf(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl;
}

/** Leading whitespace of the line holding `offset`. */
export function indentAt(text: string, offset: number): string {
  const start = lineStartOf(text, offset);
  return /^[ \t]*/.exec(text.slice(start))![0];
}

/** The line ending the text uses (`\r\n` or `\n`). */
function eol(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Offset just past a binding: its span end, extended over a `;` that follows it (spaces allowed). */
export function bindingEnd(text: string, end: number): number {
  if (text[end - 1] === ';') return end;
  const m = /^[ \t]*;/.exec(text.slice(end));
  return m ? end + m[0].length : end;
}

export interface AttrPathRead {
  /** Segment names, unquoted. */
  readonly segments: string[];
  /** Offset just past each segment in the source. */
  readonly segmentEnds: number[];
  /** Offset of the `=` after the path, or -1 when the binding is not `path = value`. */
  readonly eq: number;
}

/** Reads `a.b."c-d" =` from `offset` (plain and quoted names, spaces and comments between). */
export function readAttrPath(text: string, offset: number): AttrPathRead {
  const segments: string[] = [];
  const segmentEnds: number[] = [];
  let i = offset;
  const skip = () => {
    for (;;) {
      const m = /^(?:\s+|#[^\n]*|\/\*[\s\S]*?\*\/)/.exec(text.slice(i, i + 4096));
      if (!m || m[0] === '') return;
      i += m[0].length;
    }
  };
  for (;;) {
    skip();
    const rest = text.slice(i, i + 1024);
    const id = /^[A-Za-z_][A-Za-z0-9_'-]*/.exec(rest);
    const str = /^"((?:[^"\\$]|\\[\s\S]|\$(?!\{))*)"/.exec(rest);
    if (id) {
      segments.push(id[0]);
      i += id[0].length;
    } else if (str) {
      // Nix's escapes, not JSON's: `\u0041` is `u0041`, and a raw control character is allowed.
      segments.push(unescapeString(str[1]!));
      i += str[0].length;
    } else {
      return { segments, segmentEnds, eq: -1 };
    }
    segmentEnds.push(i);
    skip();
    if (text[i] === '.') {
      i++;
      continue;
    }
    return { segments, segmentEnds, eq: text[i] === '=' && text[i + 1] !== '=' ? i : -1 };
  }
}

/**
 * An insertion of `line` (one binding, without indentation) as a new line after the binding that ends at `end`,
 * indented like the line holding `start`. When other code follows on that line, the binding is put after it on the
 * same line instead, so the insertion never leaves its attribute set.
 */
export function insertLineAfter(text: string, start: number, end: number, line: string): OffsetEdit {
  const after = bindingEnd(text, end);
  const lineEnd = lineEndOf(text, after);
  const rest = text.slice(after, lineEnd).replace(/\r$/, '');
  if (/^\s*(#.*)?$/.test(rest)) {
    const at = text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    return { start: at, end: at, newText: `${eol(text)}${indentAt(text, start)}${line}` };
  }
  return { start: after, end: after, newText: ` ${line}` };
}

/**
 * An insertion of `line` inside the attribute set `{ … }` that is the value of the binding `start..end` (the
 * binding's value must end with `}`): on its own line before the closing brace, indented like the set's other
 * bindings; on the same line for a one-line set. Undefined when the value is not an attribute set.
 */
export function insertIntoSet(text: string, start: number, end: number, line: string): OffsetEdit | undefined {
  let close = bindingEnd(text, end) - 1;
  while (close > start && /[\s;]/.test(text[close]!)) close--;
  if (text[close] !== '}') return undefined;
  const closeLineStart = lineStartOf(text, close);
  const beforeClose = text.slice(closeLineStart, close);
  if (/^[ \t]*$/.test(beforeClose)) {
    // `}` on its own line: indent like the last non-blank line inside the set, else one level deeper than `}`
    let inner: string | undefined;
    for (let p = closeLineStart - 1; p > start;) {
      const ls = lineStartOf(text, p);
      const content = text.slice(ls, p).replace(/\r$/, '');
      if (content.trim() !== '' && ls > lineStartOf(text, start)) {
        inner = /^[ \t]*/.exec(content)![0];
        break;
      }
      if (ls <= lineStartOf(text, start)) break;
      p = ls - 1;
    }
    const closeIndent = beforeClose;
    const indent = inner ?? closeIndent + (closeIndent.includes('\t') ? '\t' : '  ');
    return { start: closeLineStart, end: closeLineStart, newText: `${indent}${line}${eol(text)}` };
  }
  // one-line set `{ url = "…"; }`: before the brace, with a space
  const spaceBefore = text[close - 1] === ' ' ? '' : ' ';
  return { start: close, end: close, newText: `${spaceBefore}${line} ` };
}

/**
 * Removal of the binding `start..end` (with its `;`): the whole line(s) when nothing else is on them (a trailing
 * comment on the last line goes too), otherwise just the binding and the spaces after it.
 */
export function removeBinding(text: string, start: number, end: number): OffsetEdit {
  const stop = bindingEnd(text, end);
  const ls = lineStartOf(text, start);
  const le = lineEndOf(text, stop);
  const before = text.slice(ls, start);
  const after = text.slice(stop, le).replace(/\r$/, '');
  if (/^[ \t]*$/.test(before) && /^\s*(#.*)?$/.test(after)) {
    const next = le < text.length ? le + 1 : le;
    return { start: ls, end: next, newText: '' };
  }
  const spaces = /^[ \t]*/.exec(text.slice(stop))![0].length;
  return { start, end: stop + spaces, newText: '' };
}
