/**
 * The Nix lexer: the whole file into flat token arrays in one pass, with the same start conditions as Nix's flex
 * lexer (strings, indented strings, paths with interpolation, the `{`/`${`/`}` state stack) and its longest-match
 * rule between identifiers, URIs, paths, numbers and operators (so `x:x` is a URI and `a/b` is a path, as in Nix).
 *
 * Lexer errors (an integer out of range, a path with a trailing slash) become an ERROR token; the parser reports it
 * only if it reaches that token, which is when Nix's lexer would have raised it. Lexing stops there.
 */

// Token kinds. Names follow Nix's grammar so messages read like Nix's ("unexpected ID, expecting '.' or '='").
export const EOF = 0;
export const ID = 1;
export const INT = 2;
export const FLOAT = 3;
/** Literal text in a `"…"` string, or a piece of a path after its first one. */
export const STR = 4;
/** Literal text of an indented string (subject to indentation stripping). */
export const IND_STR_LIT = 5;
/** An escape or lone character in an indented string (`''$`, `'''`, `''\n`, `$`, `'`); Nix calls it IND_STR too. */
export const IND_STR_ESC = 6;
export const PATH = 7;
export const HPATH = 8;
export const SPATH = 9;
export const URI = 10;
export const PATH_END = 11;
export const IF = 12;
export const THEN = 13;
export const ELSE = 14;
export const ASSERT = 15;
export const WITH = 16;
export const LET = 17;
export const IN = 18;
export const REC = 19;
export const INHERIT = 20;
export const OR_KW = 21;
export const ELLIPSIS = 22;
export const EQ = 23;
export const NEQ = 24;
export const LEQ = 25;
export const GEQ = 26;
export const AND = 27;
export const OR = 28;
export const IMPL = 29;
export const UPDATE = 30;
export const CONCAT = 31;
export const PIPE_INTO = 32;
export const PIPE_FROM = 33;
export const DOLLAR_CURLY = 34;
export const IND_STRING_OPEN = 35;
export const IND_STRING_CLOSE = 36;
export const LBRACE = 37;
export const RBRACE = 38;
export const LPAREN = 39;
export const RPAREN = 40;
export const LBRACKET = 41;
export const RBRACKET = 42;
export const SEMI = 43;
export const COLON = 44;
export const COMMA = 45;
export const DOT = 46;
export const AT = 47;
export const QUESTION = 48;
export const ASSIGN = 49;
export const PLUS = 50;
export const MINUS = 51;
export const STAR = 52;
export const SLASH = 53;
export const LT = 54;
export const GT = 55;
export const NOT = 56;
export const QUOTE = 57;
/** A character Nix's grammar has no use for. */
export const INVALID = 58;
/** A lexer error; its message is in `Tokens.error`. */
export const ERROR = 59;

const NAMES: readonly string[] = [
  'end of file',
  'ID',
  'INT',
  'FLOAT',
  'STR',
  'IND_STR',
  'IND_STR',
  'PATH',
  'HPATH',
  'SPATH',
  'URI',
  'PATH_END',
  'IF',
  'THEN',
  'ELSE',
  'ASSERT',
  'WITH',
  'LET',
  'IN',
  'REC',
  'INHERIT',
  'OR_KW',
  'ELLIPSIS',
  'EQ',
  'NEQ',
  'LEQ',
  'GEQ',
  'AND',
  'OR',
  'IMPL',
  'UPDATE',
  'CONCAT',
  'PIPE_INTO',
  'PIPE_FROM',
  'DOLLAR_CURLY',
  'IND_STRING_OPEN',
  'IND_STRING_CLOSE',
  "'{'",
  "'}'",
  "'('",
  "')'",
  "'['",
  "']'",
  "';'",
  "':'",
  "','",
  "'.'",
  "'@'",
  "'?'",
  "'='",
  "'+'",
  "'-'",
  "'*'",
  "'/'",
  "'<'",
  "'>'",
  "'!'",
  `'"'`,
  'invalid token',
  'invalid token',
];

/** The name of a token kind as Nix's parser prints it. */
export function tokenName(kind: number): string {
  return NAMES[kind] ?? 'invalid token';
}

/** The keyword kind of the identifier at `i` (length `len`), or ID; compares in place, without slicing. */
function keyword(text: string, i: number, len: number): number {
  switch (text.charCodeAt(i)) {
    case 105 /* i */:
      if (len === 2) {
        const d = text.charCodeAt(i + 1);
        return d === 102 ? IF : d === 110 ? IN : ID;
      }
      return len === 7 && text.startsWith('inherit', i) ? INHERIT : ID;
    case 116 /* t */:
      return len === 4 && text.startsWith('then', i) ? THEN : ID;
    case 101 /* e */:
      return len === 4 && text.startsWith('else', i) ? ELSE : ID;
    case 97 /* a */:
      return len === 6 && text.startsWith('assert', i) ? ASSERT : ID;
    case 119 /* w */:
      return len === 4 && text.startsWith('with', i) ? WITH : ID;
    case 108 /* l */:
      return len === 3 && text.startsWith('let', i) ? LET : ID;
    case 114 /* r */:
      return len === 3 && text.startsWith('rec', i) ? REC : ID;
    case 111 /* o */:
      return len === 2 && text.charCodeAt(i + 1) === 114 ? OR_KW : ID;
    default:
      return ID;
  }
}

// Character classes (ASCII only; everything else is INVALID in Nix's default state).
const C_PATH = 1; // [a-zA-Z0-9._\-+]
const C_ID_START = 2; // [a-zA-Z_]
const C_ID = 4; // [a-zA-Z0-9_'\-]
const C_SCHEME = 8; // [a-zA-Z0-9+\-.]
const C_URI = 16; // [a-zA-Z0-9%/?:@&=+$,\-_.!~*']
const C_DIGIT = 32;
const C_ALPHA = 64;
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  let k = 0;
  const alpha = /[a-zA-Z]/.test(ch);
  const digit = /[0-9]/.test(ch);
  if (alpha || digit || '._-+'.includes(ch)) k |= C_PATH;
  if (alpha || ch === '_') k |= C_ID_START;
  if (alpha || digit || "_'-".includes(ch)) k |= C_ID;
  if (alpha || digit || '+-.'.includes(ch)) k |= C_SCHEME;
  if (alpha || digit || "%/?:@&=+$,-_.!~*'".includes(ch)) k |= C_URI;
  if (digit) k |= C_DIGIT;
  if (alpha) k |= C_ALPHA;
  CLASS[c] = k;
}

// Lexer start conditions.
const S_DEFAULT = 0;
const S_STRING = 1;
const S_IND_STRING = 2;
const S_INPATH = 3;
const S_INPATH_SLASH = 4;

const INT64_MAX = 9223372036854775807n;

/** The token arrays of one file. Token `i` spans `start[i]..end[i]`; Nix reports it at `report[i]`. */
export interface Tokens {
  readonly count: number;
  readonly kind: Uint8Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** The offset Nix's parser would name for an error at this token (differs from `start` at end of file). */
  readonly report: Int32Array;
  /** The message of the ERROR token, if lexing hit one (it is then the last token before EOF). */
  readonly error?: string;
  /** Comments as [start, end) offset pairs, in order; `commentKinds[i]` is 1 for block comments, 0 for `#` comments. */
  readonly comments: Int32Array;
  readonly commentKinds: Uint8Array;
  readonly commentCount: number;
}

export interface LexOptions {
  readonly pipeOperators?: boolean;
}

/**
 * The lexer's state as fields of one object (no closures over mutable locals: those live in a heap context that
 * every access goes through), with one small method per start condition so each compiles quickly on its own.
 */
class Lexer {
  private readonly n: number;
  private count = 0;
  private kind: Uint8Array;
  private start: Int32Array;
  private end: Int32Array;
  private report: Int32Array;
  private comments = new Int32Array(32);
  private commentKinds = new Uint8Array(16);
  private commentCount = 0;
  /** The state stack, as in Nix's lexer: INITIAL at the bottom is never popped (a stray `}` stays in it). */
  private stack = new Int32Array(64);
  private depth = 1;
  private state = S_DEFAULT;
  /** Start offsets of the last two lexemes (whitespace and comments included): where Nix reports end of file. */
  private lastLex = 0;
  private prevLex = 0;
  /** Set when a path ended at end of file: Nix then rewinds its location to the lexeme before the path's last piece. */
  private unstashedAtEof = false;
  private error: string | undefined = undefined;
  private i = 0;
  /** The last run measured by `pathCharRun` (`runFrom..runEnd`) and by `schemeRun`. */
  private runFrom = -1;
  private runEnd = -1;
  private schemeFrom = -1;
  private schemeEnd = -1;
  /** Set once a `/*` found no `*\/` after it: none follows any later `/*` either. */
  private noCommentEnd = false;

  constructor(
    private readonly text: string,
    private readonly pipes: boolean,
  ) {
    this.n = text.length;
    // Real Nix code has about one token per five characters; the arrays grow if not.
    const cap = Math.max(64, (text.length >>> 2) + 16);
    this.kind = new Uint8Array(cap);
    this.start = new Int32Array(cap);
    this.end = new Int32Array(cap);
    this.report = new Int32Array(cap);
  }

  run(): Tokens {
    const n = this.n;
    while (this.error === undefined) {
      if (this.i >= n) {
        if (this.atEnd()) continue;
        break;
      }
      const state = this.state;
      if (state === S_DEFAULT) this.lexDefault();
      else if (state === S_STRING) this.lexString();
      else if (state === S_IND_STRING) this.lexIndString();
      else this.lexPath();
    }
    this.push(EOF, n, n, this.unstashedAtEof ? this.prevLex : this.lastLex);
    return {
      count: this.count,
      kind: this.kind,
      start: this.start,
      end: this.end,
      report: this.report,
      error: this.error,
      comments: this.comments,
      commentKinds: this.commentKinds,
      commentCount: this.commentCount,
    };
  }

  /** At end of the text: true to go on (a path was closed), false to stop. */
  private atEnd(): boolean {
    const n = this.n;
    if (this.state === S_INPATH) {
      // A path at the very end of the file: PATH_END, with Nix's location rewound (see `unstashedAtEof`).
      this.push(PATH_END, n, n, this.prevLex);
      this.unstashedAtEof = true;
      this.popState();
      return true;
    }
    if (this.state === S_INPATH_SLASH) this.fail('path has a trailing slash', this.lastLex);
    return false;
  }

  // ---------------------------------------------------------------- output and state

  private push(kind: number, start: number, end: number, report: number): void {
    if (this.count === this.kind.length) this.grow();
    const i = this.count++;
    this.kind[i] = kind;
    this.start[i] = start;
    this.end[i] = end;
    this.report[i] = report;
  }

  private grow(): void {
    const cap = this.kind.length * 2;
    const k = new Uint8Array(cap);
    k.set(this.kind);
    this.kind = k;
    const s = new Int32Array(cap);
    s.set(this.start);
    this.start = s;
    const e = new Int32Array(cap);
    e.set(this.end);
    this.end = e;
    const r = new Int32Array(cap);
    r.set(this.report);
    this.report = r;
  }

  private comment(kind: number, start: number, end: number): void {
    if (this.commentCount === this.commentKinds.length) {
      const k = new Uint8Array(this.commentKinds.length * 2);
      k.set(this.commentKinds);
      this.commentKinds = k;
      const c = new Int32Array(this.comments.length * 2);
      c.set(this.comments);
      this.comments = c;
    }
    this.commentKinds[this.commentCount] = kind;
    this.comments[2 * this.commentCount] = start;
    this.comments[2 * this.commentCount + 1] = end;
    this.commentCount++;
  }

  private lexeme(start: number): void {
    this.prevLex = this.lastLex;
    this.lastLex = start;
  }

  private emit(kind: number, start: number, end: number): void {
    this.prevLex = this.lastLex;
    this.lastLex = start;
    this.push(kind, start, end, start);
  }

  private pushState(s: number): void {
    if (this.depth === this.stack.length) {
      const bigger = new Int32Array(this.stack.length * 2);
      bigger.set(this.stack);
      this.stack = bigger;
    }
    this.stack[this.depth++] = s;
    this.state = s;
  }

  private popState(): void {
    if (this.depth > 1) this.depth--;
    this.state = this.stack[this.depth - 1]!;
  }

  private fail(message: string, at: number): void {
    this.error = message;
    this.push(ERROR, at, at, at);
  }

  // ---------------------------------------------------------------- character helpers

  private cls(at: number): number {
    if (at >= this.n) return 0;
    const c = this.text.charCodeAt(at);
    return c < 128 ? CLASS[c]! : 0;
  }

  /**
   * End of the run of path characters from `from`. Every token inside one run asks for the same end (`a.b.c`,
   * `-1`, `x+y` look for a `/` after the run), so the last run is remembered: without it, a run of 100,000 `-`
   * costs 5·10⁹ steps (Nix's own lexer is quadratic there: 20 s for `'-' * 100000`).
   */
  private pathCharRun(from: number): number {
    if (from >= this.runFrom && from <= this.runEnd) return this.runEnd;
    let k = from;
    const text = this.text;
    const n = this.n;
    while (k < n) {
      const c = text.charCodeAt(k);
      if (c < 128 && CLASS[c]! & C_PATH) k++;
      else break;
    }
    this.runFrom = from;
    this.runEnd = k;
    return k;
  }

  /** End of the run of URI scheme characters from `from`, remembered as `pathCharRun` does. */
  private schemeRun(from: number): number {
    if (from >= this.schemeFrom && from <= this.schemeEnd) return this.schemeEnd;
    let k = from;
    while (this.cls(k) & C_SCHEME) k++;
    this.schemeFrom = from;
    this.schemeEnd = k;
    return k;
  }

  /** End of `{PATH_CHAR}*(\/{PATH_CHAR}+)+\/?` whose first PATH_CHAR run ends at `run`; -1 if none. */
  private pathEnd(run: number): number {
    const text = this.text;
    const n = this.n;
    let k = run;
    let segments = 0;
    while (k < n && text.charCodeAt(k) === 47 /* / */ && this.cls(k + 1) & C_PATH) {
      k = this.pathCharRun(k + 2);
      segments++;
    }
    if (segments === 0) return -1;
    if (k < n && text.charCodeAt(k) === 47) k++;
    return k;
  }

  private isDollarCurly(at: number): boolean {
    return at + 1 < this.n && this.text.charCodeAt(at) === 36 && this.text.charCodeAt(at + 1) === 123;
  }

  // ---------------------------------------------------------------- start conditions

  /** Inside `"…"`. */
  private lexString(): void {
    const text = this.text;
    const n = this.n;
    const i = this.i;
    const c = text.charCodeAt(i);
    if (c === 34) {
      this.emit(QUOTE, i, i + 1);
      this.i = i + 1;
      this.popState();
      return;
    }
    if (this.isDollarCurly(i)) {
      this.emit(DOLLAR_CURLY, i, i + 2);
      this.i = i + 2;
      this.pushState(S_DEFAULT);
      return;
    }
    let j = i;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === 34) break;
      if (d === 92 /* \ */) {
        if (j + 1 < n) {
          j += 2;
          continue;
        }
        break;
      }
      if (d === 36 /* $ */) {
        if (j + 1 >= n) break;
        const e = text.charCodeAt(j + 1);
        if (e === 123 || e === 34) break;
        if (e === 92) {
          if (j + 2 < n) {
            j += 3;
            continue;
          }
          break;
        }
        j += 2;
        continue;
      }
      j++;
    }
    // A `$` right before the closing quote belongs to the text.
    if (j + 1 < n && text.charCodeAt(j) === 36 && text.charCodeAt(j + 1) === 34) j++;
    if (j > i) {
      this.emit(STR, i, j);
      this.i = j;
      return;
    }
    // Only a lone `$`, `\` or `$\` at the end of the file gets here.
    const len = c === 36 && i + 1 < n && text.charCodeAt(i + 1) === 92 ? 2 : 1;
    this.emit(STR, i, i + len);
    this.i = i + len;
  }

  /** Inside `''…''`. */
  private lexIndString(): void {
    const text = this.text;
    const n = this.n;
    const i = this.i;
    const c = text.charCodeAt(i);
    if (c === 39 && i + 1 < n && text.charCodeAt(i + 1) === 39) {
      const d = i + 2 < n ? text.charCodeAt(i + 2) : -1;
      if (d === 39 || d === 36) {
        this.emit(IND_STR_ESC, i, i + 3);
        this.i = i + 3;
      } else if (d === 92 && i + 3 < n) {
        this.emit(IND_STR_ESC, i, i + 4);
        this.i = i + 4;
      } else {
        this.emit(IND_STRING_CLOSE, i, i + 2);
        this.i = i + 2;
        this.popState();
      }
      return;
    }
    if (this.isDollarCurly(i)) {
      this.emit(DOLLAR_CURLY, i, i + 2);
      this.i = i + 2;
      this.pushState(S_DEFAULT);
      return;
    }
    let j = i;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === 39) {
        if (j + 1 >= n) break;
        const e = text.charCodeAt(j + 1);
        if (e === 39 || e === 36) break;
        j += 2;
      } else if (d === 36) {
        if (j + 1 >= n) break;
        const e = text.charCodeAt(j + 1);
        if (e === 123 || e === 39) break;
        j += 2;
      } else j++;
    }
    if (j > i) {
      this.emit(IND_STR_LIT, i, j);
      this.i = j;
    } else {
      // A lone `$` (before `'` or at the end) or `'` (before `$` or at the end).
      this.emit(IND_STR_ESC, i, i + 1);
      this.i = i + 1;
    }
  }

  /** After a path's first piece: more pieces, interpolations, or the end of the path. */
  private lexPath(): void {
    const text = this.text;
    const n = this.n;
    const i = this.i;
    if (this.isDollarCurly(i)) {
      this.emit(DOLLAR_CURLY, i, i + 2);
      this.i = i + 2;
      this.popState();
      this.pushState(S_INPATH);
      this.pushState(S_DEFAULT);
      return;
    }
    // {PATH} | {PATH_SEG} | {PATH_CHAR}+, longest.
    const run = this.pathCharRun(i);
    let end = run;
    const p = this.pathEnd(run);
    if (p > end) end = p;
    if (run < n && text.charCodeAt(run) === 47 && run + 1 > end) end = run + 1;
    if (end > i) {
      this.emit(STR, i, end);
      this.popState();
      this.pushState(text.charCodeAt(end - 1) === 47 ? S_INPATH_SLASH : S_INPATH);
      this.i = end;
      return;
    }
    if (this.state === S_INPATH_SLASH) {
      this.fail('path has a trailing slash', i);
      return;
    }
    // Any other character ends the path; it is lexed again in the enclosing state.
    this.push(PATH_END, i, i, this.lastLex);
    this.popState();
  }

  /** The default start condition: one token, or a run of whitespace, or a comment. */
  private lexDefault(): void {
    const text = this.text;
    const n = this.n;
    let i = this.i;
    let c = text.charCodeAt(i);
    // Whitespace and comments first.
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      const s = i;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 32 || d === 9 || d === 10 || d === 13) i++;
        else break;
      }
      this.lexeme(s);
      this.i = i;
      if (i >= n) return;
      c = text.charCodeAt(i);
    }
    if (c === 35 /* # */) {
      const s = i;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 10 || d === 13) break;
        i++;
      }
      this.lexeme(s);
      this.comment(0, s, i);
      this.i = i;
      return;
    }
    if (c === 47 && i + 1 < n && text.charCodeAt(i + 1) === 42 && !this.noCommentEnd) {
      const close = text.indexOf('*/', i + 2);
      if (close >= 0) {
        this.lexeme(i);
        this.comment(1, i, close + 2);
        this.i = close + 2;
        return;
      }
      // An unclosed `/*` is lexed as `/` and `*`; searching again at every later `/*` would be quadratic.
      this.noCommentEnd = true;
    }
    const k = c < 128 ? CLASS[c]! : 0;
    if (k & C_ID_START) {
      // An identifier or keyword, unless something that could extend it into a path or URI follows.
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d < 128 && CLASS[d]! & C_ID) j++;
        else break;
      }
      const next = j < n ? text.charCodeAt(j) : 0;
      if ((next < 128 && CLASS[next]! & C_PATH) || next === 47 || next === 58) {
        // A path needs a `/` right after the run of path characters from here, and a URI a `:` (its scheme
        // characters are path characters); anything else after that run leaves the identifier the longest match
        // (`a.b`, `foo-bar`).
        const run = this.pathCharRun(i);
        const after = run < n ? text.charCodeAt(run) : 0;
        if (after === 47 || after === 58) {
          this.longest(c, k, j - i, ID);
          return;
        }
      }
      const len = j - i;
      this.emit(len >= 2 && len <= 7 ? keyword(text, i, len) : ID, i, j);
      this.i = j;
      return;
    }
    if (k & C_PATH || c === 47 /* / */) {
      this.longest(c, k, 0, INVALID);
      return;
    }
    this.other(c);
  }

  /**
   * Every candidate that can start at a path character (or `/`); the longest wins, earlier rules win ties
   * (keywords before ID). `best` and `bestKind` are an identifier already measured there, if any.
   */
  private longest(c: number, k: number, best: number, bestKind: number): void {
    const text = this.text;
    const n = this.n;
    const i = this.i;
    let j = i + 1;
    if (k & C_DIGIT) {
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d >= 48 && d <= 57) j++;
        else break;
      }
      best = j - i;
      bestKind = INT;
    } else if (best > 0) j = i + best;
    // The common case ends here: a number not followed by anything that could extend it into a float, a path or
    // a URI.
    const next = j < n ? text.charCodeAt(j) : 0;
    if (best === 0 || (next < 128 && CLASS[next]! & C_PATH) || next === 47 || next === 58) {
      if (k & C_DIGIT || c === 46) {
        const f = floatEnd(text, i, n);
        if (f - i > best) {
          best = f - i;
          bestKind = FLOAT;
        }
      }
      if (c === 46 && i + 2 < n && text.charCodeAt(i + 1) === 46 && text.charCodeAt(i + 2) === 46 && best < 3) {
        best = 3;
        bestKind = ELLIPSIS;
      }
      const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (best < 2) {
        if (c === 45 && d === 62) {
          best = 2;
          bestKind = IMPL;
        } else if (c === 43 && d === 43) {
          best = 2;
          bestKind = CONCAT;
        } else if (c === 47 && d === 47) {
          best = 2;
          bestKind = UPDATE;
        }
      }
      const run = this.pathCharRun(i);
      // {PATH_SEG}\$\{ : a path whose first interpolation follows its first slash.
      if (run < n && text.charCodeAt(run) === 47 && this.isDollarCurly(run + 1) && run + 3 - i > best) {
        this.emit(PATH, i, run + 1);
        this.i = run + 1;
        this.pushState(S_INPATH_SLASH);
        return;
      }
      const p = this.pathEnd(run);
      if (p - i > best) {
        best = p - i;
        bestKind = PATH;
      }
      if (k & C_ALPHA) {
        let u = this.schemeRun(i + 1);
        if (u < n && text.charCodeAt(u) === 58 /* : */ && this.cls(u + 1) & C_URI) {
          u += 2;
          while (this.cls(u) & C_URI) u++;
          if (u - i > best) {
            best = u - i;
            bestKind = URI;
          }
        }
      }
      if (best === 0) {
        best = 1;
        bestKind = singleChar(c);
      }
    }
    if (bestKind === ID && best >= 2 && best <= 7) bestKind = keyword(text, i, best);
    if (bestKind === INT && best >= 19 && intOutOfRange(text, i, i + best)) {
      this.lexeme(i);
      this.fail(`invalid integer '${text.slice(i, i + best)}'`, i);
      return;
    }
    if (bestKind === FLOAT && !floatInRange(text.slice(i, i + best))) {
      this.lexeme(i);
      this.fail(`invalid float '${text.slice(i, i + best)}'`, i);
      return;
    }
    this.emit(bestKind, i, i + best);
    this.i = i + best;
    if (bestKind === PATH) this.pushState(text.charCodeAt(i + best - 1) === 47 ? S_INPATH_SLASH : S_INPATH);
  }

  /** Tokens that start with a character that is not a path character. */
  private other(c: number): void {
    const text = this.text;
    const n = this.n;
    const i = this.i;
    switch (c) {
      case 126 /* ~ */: {
        if (i + 1 < n && text.charCodeAt(i + 1) === 47) {
          if (this.isDollarCurly(i + 2)) {
            this.emit(HPATH, i, i + 2);
            this.i = i + 2;
            this.pushState(S_INPATH_SLASH);
            return;
          }
          const p = this.pathEnd(i + 1);
          if (p > 0) {
            this.emit(HPATH, i, p);
            this.i = p;
            this.pushState(text.charCodeAt(p - 1) === 47 ? S_INPATH_SLASH : S_INPATH);
            return;
          }
        }
        this.emit(INVALID, i, i + 1);
        this.i = i + 1;
        return;
      }
      case 60 /* < */: {
        // SPATH: <{PATH_CHAR}+(\/{PATH_CHAR}+)*>
        let j = i + 1;
        if (this.cls(j) & C_PATH) {
          j = this.pathCharRun(j);
          while (j < n && text.charCodeAt(j) === 47 && this.cls(j + 1) & C_PATH) j = this.pathCharRun(j + 1);
          if (j < n && text.charCodeAt(j) === 62) {
            this.emit(SPATH, i, j + 1);
            this.i = j + 1;
            return;
          }
        }
        const d = i + 1 < n ? text.charCodeAt(i + 1) : -1;
        if (d === 61) {
          this.emit(LEQ, i, i + 2);
          this.i = i + 2;
        } else if (d === 124 && this.pipes) {
          this.emit(PIPE_FROM, i, i + 2);
          this.i = i + 2;
        } else {
          this.emit(LT, i, i + 1);
          this.i = i + 1;
        }
        return;
      }
      case 36 /* $ */:
        if (this.isDollarCurly(i)) {
          this.emit(DOLLAR_CURLY, i, i + 2);
          this.i = i + 2;
          this.pushState(S_DEFAULT);
        } else {
          this.emit(INVALID, i, i + 1);
          this.i = i + 1;
        }
        return;
      case 123 /* { */:
        this.emit(LBRACE, i, i + 1);
        this.i = i + 1;
        this.pushState(S_DEFAULT);
        return;
      case 125 /* } */:
        this.emit(RBRACE, i, i + 1);
        this.i = i + 1;
        this.popState();
        return;
      case 34 /* " */:
        this.emit(QUOTE, i, i + 1);
        this.i = i + 1;
        this.pushState(S_STRING);
        return;
      case 39 /* ' */:
        if (i + 1 < n && text.charCodeAt(i + 1) === 39) {
          // ''(\ *\n)? : spaces and one newline right after the opening quotes belong to the token.
          let j = i + 2;
          while (j < n && text.charCodeAt(j) === 32) j++;
          const end = j < n && text.charCodeAt(j) === 10 ? j + 1 : i + 2;
          this.emit(IND_STRING_OPEN, i, end);
          this.i = end;
          this.pushState(S_IND_STRING);
        } else {
          this.emit(INVALID, i, i + 1);
          this.i = i + 1;
        }
        return;
      default: {
        const d = i + 1 < n ? text.charCodeAt(i + 1) : -1;
        let kind = INVALID;
        let len = 1;
        if (d === 61 && (c === 61 || c === 33 || c === 62)) {
          kind = c === 61 ? EQ : c === 33 ? NEQ : GEQ;
          len = 2;
        } else if (c === 38 && d === 38) {
          kind = AND;
          len = 2;
        } else if (c === 124 && d === 124) {
          kind = OR;
          len = 2;
        } else if (c === 124 && d === 62 && this.pipes) {
          kind = PIPE_INTO;
          len = 2;
        } else kind = singleChar(c);
        this.emit(kind, i, i + len);
        this.i = i + len;
      }
    }
  }
}

/** Lexes a whole file. Never throws: errors become an ERROR token followed by EOF. */
export function lex(text: string, options: LexOptions = {}): Tokens {
  return new Lexer(text, options.pipeOperators === true).run();
}

function singleChar(c: number): number {
  switch (c) {
    case 40:
      return LPAREN;
    case 41:
      return RPAREN;
    case 91:
      return LBRACKET;
    case 93:
      return RBRACKET;
    case 59:
      return SEMI;
    case 58:
      return COLON;
    case 44:
      return COMMA;
    case 46:
      return DOT;
    case 64:
      return AT;
    case 63:
      return QUESTION;
    case 61:
      return ASSIGN;
    case 43:
      return PLUS;
    case 45:
      return MINUS;
    case 42:
      return STAR;
    case 47:
      return SLASH;
    case 60:
      return LT;
    case 62:
      return GT;
    case 33:
      return NOT;
    default:
      return INVALID;
  }
}

/** End of `(([1-9][0-9]*\.[0-9]*)|(0?\.[0-9]+))([Ee][+-]?[0-9]+)?` at `i`, or -1. */
function floatEnd(text: string, i: number, n: number): number {
  const digit = (at: number): boolean => {
    if (at >= n) return false;
    const c = text.charCodeAt(at);
    return c >= 48 && c <= 57;
  };
  let j = i;
  const c = text.charCodeAt(i);
  if (c >= 49 && c <= 57) {
    j++;
    while (digit(j)) j++;
    if (j >= n || text.charCodeAt(j) !== 46) return -1;
    j++;
    while (digit(j)) j++;
  } else {
    if (c === 48) j++;
    if (j >= n || text.charCodeAt(j) !== 46 || !digit(j + 1)) return -1;
    j += 2;
    while (digit(j)) j++;
  }
  if (j < n && (text.charCodeAt(j) === 69 || text.charCodeAt(j) === 101)) {
    let k = j + 1;
    if (k < n && (text.charCodeAt(k) === 43 || text.charCodeAt(k) === 45)) k++;
    if (digit(k)) {
      k++;
      while (digit(k)) k++;
      j = k;
    }
  }
  return j;
}

/**
 * Whether the digits `text[start..end)` are above Nix's largest integer: more than 19 significant digits always
 * are, fewer never; only 19 go through BigInt (converting a million digits to a BigInt takes most of a second).
 */
function intOutOfRange(text: string, start: number, end: number): boolean {
  let s = start;
  while (s < end && text.charCodeAt(s) === 48 /* 0 */) s++;
  if (end - s !== 19) return end - s > 19;
  return BigInt(text.slice(s, end)) > INT64_MAX;
}

/** Nix rejects a float whose conversion over- or underflows (strtod sets ERANGE). */
function floatInRange(raw: string): boolean {
  const v = Number(raw);
  if (!Number.isFinite(v)) return false;
  if (v === 0) return !/[1-9]/.test(raw.replace(/[eE].*$/, ''));
  return Math.abs(v) >= 2.2250738585072014e-308;
}
