/**
 * Places in a text file (`Loc`, `Span`: every AST node, declared input and finding carries one) and offsets to
 * line/column. Lines break at `\n`, `\r\n` and a lone `\r`, as Nix counts them; columns are 1-based
 * UTF-16 code units (Nix counts bytes, so the two differ only on lines with non-ASCII text before the position).
 */

/** A place in a text file. `line` and `column` are 1-based; `offset` is a 0-based UTF-16 index into the text. */
export interface Loc {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

/** A range in a text file: `start` inclusive, `end` exclusive. */
export interface Span {
  readonly start: Loc;
  readonly end: Loc;
}

export class LineIndex {
  /** Offset at which each line starts; `starts[0]` is 0. Made on first use: most parses never need a line. */
  private starts: Int32Array | undefined = undefined;
  private count = 0;
  private hint = 0;

  constructor(private readonly text: string) {}

  private build(): Int32Array {
    const text = this.text;
    let starts = new Int32Array(Math.max(16, (text.length >>> 5) + 1));
    let count = 1;
    const add = (at: number): void => {
      if (count === starts.length) {
        const bigger = new Int32Array(starts.length * 2);
        bigger.set(starts);
        starts = bigger;
      }
      starts[count++] = at;
    };
    const n = text.length;
    if (text.indexOf('\r') < 0) {
      // Only LF line breaks (the usual case): indexOf finds them much faster than a loop over characters.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) add(i + 1);
    } else {
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13) {
          if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
          add(i + 1);
        }
      }
    }
    this.starts = starts;
    this.count = count;
    return starts;
  }

  /** The 0-based line holding `offset` (a line break belongs to the line it ends). */
  lineOf(offset: number): number {
    const s = this.starts ?? this.build();
    let h = this.hint;
    if (s[h]! <= offset && (h + 1 >= this.count || s[h + 1]! > offset)) return h;
    if (h + 1 < this.count && s[h + 1]! <= offset && (h + 2 >= this.count || s[h + 2]! > offset)) {
      this.hint = h + 1;
      return h + 1;
    }
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    h = lo;
    this.hint = h;
    return h;
  }

  loc(offset: number): Loc {
    const line = this.lineOf(offset);
    return { offset, line: line + 1, column: offset - this.starts![line]! + 1 };
  }

  span(start: number, end: number): Span {
    return { start: this.loc(start), end: this.loc(end) };
  }
}
