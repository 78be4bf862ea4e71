/**
 * String values the way Nix computes them at parse time: escapes in `"…"` strings, the escapes of indented strings,
 * and the indentation stripping of `''…''` strings.
 */

/** Unescapes the raw text of a `"…"` piece: `\n` `\r` `\t`, `\x` → `x`; a raw CR or CR LF becomes LF. */
export function unescapeString(raw: string): string {
  if (raw.indexOf('\\') < 0 && raw.indexOf('\r') < 0) return raw;
  let out = '';
  const n = raw.length;
  for (let i = 0; i < n; i++) {
    const c = raw[i]!;
    if (c === '\\' && i + 1 < n) {
      const d = raw[++i]!;
      out += d === 'n' ? '\n' : d === 'r' ? '\r' : d === 't' ? '\t' : d;
    } else if (c === '\r') {
      out += '\n';
      if (raw[i + 1] === '\n') i++;
    } else out += c;
  }
  return out;
}

/** The value of an indented-string escape token: `''$` `'''` `''\x`, or a lone `$` or `'`. */
export function indentedEscapeValue(raw: string): string {
  if (raw === "''$") return '$';
  if (raw === "'''") return "''";
  if (raw.startsWith("''\\")) return unescapeString(raw.slice(2));
  return raw;
}

/** One piece of an indented string before stripping: literal text (`indented`), an escape, or an interpolation. */
export type IndentedPiece =
  { readonly kind: 'text'; readonly text: string; readonly indented: boolean } | { readonly kind: 'interpolation' };

/**
 * Nix's indentation stripping. Returns, for each piece, the stripped text (`undefined` for interpolations).
 * The minimum indentation is taken over lines that have non-space content (escapes and interpolations count as
 * content); spaces up to it are removed at the start of every line; a final line made only of spaces is dropped
 * when the string ends with literal text.
 */
export function stripIndentation(pieces: readonly IndentedPiece[]): (string | undefined)[] {
  let atStartOfLine = true;
  let minIndent = 1000000;
  let curIndent = 0;
  for (const p of pieces) {
    if (p.kind !== 'text' || !p.indented) {
      if (atStartOfLine) {
        atStartOfLine = false;
        if (curIndent < minIndent) minIndent = curIndent;
      }
      continue;
    }
    const t = p.text;
    for (let j = 0; j < t.length; j++) {
      const c = t[j];
      if (atStartOfLine) {
        if (c === ' ') curIndent++;
        else if (c === '\n') curIndent = 0;
        else {
          atStartOfLine = false;
          if (curIndent < minIndent) minIndent = curIndent;
        }
      } else if (c === '\n') {
        atStartOfLine = true;
        curIndent = 0;
      }
    }
  }

  const result: (string | undefined)[] = [];
  atStartOfLine = true;
  let curDropped = 0;
  for (let idx = 0; idx < pieces.length; idx++) {
    const p = pieces[idx]!;
    if (p.kind !== 'text') {
      atStartOfLine = false;
      curDropped = 0;
      result.push(undefined);
      continue;
    }
    const t = p.text;
    // Copy runs of kept characters with one slice each; only leading spaces of a line are dropped.
    let s = '';
    let keepFrom = 0;
    for (let j = 0; j < t.length; j++) {
      const c = t.charCodeAt(j);
      if (atStartOfLine) {
        if (c === 32) {
          if (curDropped++ < minIndent) {
            s += t.slice(keepFrom, j);
            keepFrom = j + 1;
          }
        } else if (c === 10) curDropped = 0;
        else {
          atStartOfLine = false;
          curDropped = 0;
        }
      } else if (c === 10) atStartOfLine = true;
    }
    s += t.slice(keepFrom);
    if (idx === pieces.length - 1) {
      const nl = s.lastIndexOf('\n');
      if (nl >= 0 && /^ *$/.test(s.slice(nl + 1))) s = s.slice(0, nl + 1);
    }
    result.push(s);
  }
  return result;
}
