import {
  indentedEscapeValue,
  stripIndentation,
  unescapeString
} from "./chunk-5GZB3ASF.js";
import {
  UserError
} from "./chunk-6FGB7YHV.js";

// src/nix/ast.ts
function staticString(s) {
  if (s.parts.length === 0) return "";
  if (s.parts.length === 1 && s.parts[0].kind === "Literal") return s.parts[0].value;
  return void 0;
}
function unparen(e) {
  let x = e;
  while (x.kind === "Paren") x = x.expr;
  return x;
}
function literalString(s) {
  let out = "";
  for (const p of s.parts) {
    if (p.kind !== "Literal") return void 0;
    out += p.value;
  }
  return out;
}

// src/nix/syntax-error.ts
var NixSyntaxError = class extends UserError {
  constructor(message, file, loc) {
    super(message, file, { line: loc.line, column: loc.column });
    this.loc = loc;
  }
  loc;
  name = "NixSyntaxError";
};

// src/nix/lexer.ts
var EOF = 0;
var ID = 1;
var INT = 2;
var FLOAT = 3;
var STR = 4;
var IND_STR_LIT = 5;
var IND_STR_ESC = 6;
var PATH = 7;
var HPATH = 8;
var SPATH = 9;
var URI = 10;
var PATH_END = 11;
var IF = 12;
var THEN = 13;
var ELSE = 14;
var ASSERT = 15;
var WITH = 16;
var LET = 17;
var IN = 18;
var REC = 19;
var INHERIT = 20;
var OR_KW = 21;
var ELLIPSIS = 22;
var EQ = 23;
var NEQ = 24;
var LEQ = 25;
var GEQ = 26;
var AND = 27;
var OR = 28;
var IMPL = 29;
var UPDATE = 30;
var CONCAT = 31;
var PIPE_INTO = 32;
var PIPE_FROM = 33;
var DOLLAR_CURLY = 34;
var IND_STRING_OPEN = 35;
var IND_STRING_CLOSE = 36;
var LBRACE = 37;
var RBRACE = 38;
var LPAREN = 39;
var RPAREN = 40;
var LBRACKET = 41;
var RBRACKET = 42;
var SEMI = 43;
var COLON = 44;
var COMMA = 45;
var DOT = 46;
var AT = 47;
var QUESTION = 48;
var ASSIGN = 49;
var PLUS = 50;
var MINUS = 51;
var STAR = 52;
var SLASH = 53;
var LT = 54;
var GT = 55;
var NOT = 56;
var QUOTE = 57;
var INVALID = 58;
var ERROR = 59;
var NAMES = [
  "end of file",
  "ID",
  "INT",
  "FLOAT",
  "STR",
  "IND_STR",
  "IND_STR",
  "PATH",
  "HPATH",
  "SPATH",
  "URI",
  "PATH_END",
  "IF",
  "THEN",
  "ELSE",
  "ASSERT",
  "WITH",
  "LET",
  "IN",
  "REC",
  "INHERIT",
  "OR_KW",
  "ELLIPSIS",
  "EQ",
  "NEQ",
  "LEQ",
  "GEQ",
  "AND",
  "OR",
  "IMPL",
  "UPDATE",
  "CONCAT",
  "PIPE_INTO",
  "PIPE_FROM",
  "DOLLAR_CURLY",
  "IND_STRING_OPEN",
  "IND_STRING_CLOSE",
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
  "invalid token",
  "invalid token"
];
function tokenName(kind) {
  return NAMES[kind] ?? "invalid token";
}
function keyword(text, i, len) {
  switch (text.charCodeAt(i)) {
    case 105:
      if (len === 2) {
        const d = text.charCodeAt(i + 1);
        return d === 102 ? IF : d === 110 ? IN : ID;
      }
      return len === 7 && text.startsWith("inherit", i) ? INHERIT : ID;
    case 116:
      return len === 4 && text.startsWith("then", i) ? THEN : ID;
    case 101:
      return len === 4 && text.startsWith("else", i) ? ELSE : ID;
    case 97:
      return len === 6 && text.startsWith("assert", i) ? ASSERT : ID;
    case 119:
      return len === 4 && text.startsWith("with", i) ? WITH : ID;
    case 108:
      return len === 3 && text.startsWith("let", i) ? LET : ID;
    case 114:
      return len === 3 && text.startsWith("rec", i) ? REC : ID;
    case 111:
      return len === 2 && text.charCodeAt(i + 1) === 114 ? OR_KW : ID;
    default:
      return ID;
  }
}
var C_PATH = 1;
var C_ID_START = 2;
var C_ID = 4;
var C_SCHEME = 8;
var C_URI = 16;
var C_DIGIT = 32;
var C_ALPHA = 64;
var CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  let k = 0;
  const alpha = /[a-zA-Z]/.test(ch);
  const digit = /[0-9]/.test(ch);
  if (alpha || digit || "._-+".includes(ch)) k |= C_PATH;
  if (alpha || ch === "_") k |= C_ID_START;
  if (alpha || digit || "_'-".includes(ch)) k |= C_ID;
  if (alpha || digit || "+-.".includes(ch)) k |= C_SCHEME;
  if (alpha || digit || "%/?:@&=+$,-_.!~*'".includes(ch)) k |= C_URI;
  if (digit) k |= C_DIGIT;
  if (alpha) k |= C_ALPHA;
  CLASS[c] = k;
}
var S_DEFAULT = 0;
var S_STRING = 1;
var S_IND_STRING = 2;
var S_INPATH = 3;
var S_INPATH_SLASH = 4;
var INT64_MAX = 9223372036854775807n;
var Lexer = class {
  constructor(text, pipes) {
    this.text = text;
    this.pipes = pipes;
    this.n = text.length;
    const cap = Math.max(64, (text.length >>> 2) + 16);
    this.kind = new Uint8Array(cap);
    this.start = new Int32Array(cap);
    this.end = new Int32Array(cap);
    this.report = new Int32Array(cap);
  }
  text;
  pipes;
  n;
  count = 0;
  kind;
  start;
  end;
  report;
  comments = new Int32Array(32);
  commentKinds = new Uint8Array(16);
  commentCount = 0;
  /** The state stack, as in Nix's lexer: INITIAL at the bottom is never popped (a stray `}` stays in it). */
  stack = new Int32Array(64);
  depth = 1;
  state = S_DEFAULT;
  /** Start offsets of the last two lexemes (whitespace and comments included): where Nix reports end of file. */
  lastLex = 0;
  prevLex = 0;
  /** Set when a path ended at end of file: Nix then rewinds its location to the lexeme before the path's last piece. */
  unstashedAtEof = false;
  error = void 0;
  i = 0;
  /** The last run measured by `pathCharRun` (`runFrom..runEnd`) and by `schemeRun`. */
  runFrom = -1;
  runEnd = -1;
  schemeFrom = -1;
  schemeEnd = -1;
  /** Set once a `/*` found no `*\/` after it: none follows any later `/*` either. */
  noCommentEnd = false;
  run() {
    const n = this.n;
    while (this.error === void 0) {
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
      commentCount: this.commentCount
    };
  }
  /** At end of the text: true to go on (a path was closed), false to stop. */
  atEnd() {
    const n = this.n;
    if (this.state === S_INPATH) {
      this.push(PATH_END, n, n, this.prevLex);
      this.unstashedAtEof = true;
      this.popState();
      return true;
    }
    if (this.state === S_INPATH_SLASH) this.fail("path has a trailing slash", this.lastLex);
    return false;
  }
  // ---------------------------------------------------------------- output and state
  push(kind, start, end, report) {
    if (this.count === this.kind.length) this.grow();
    const i = this.count++;
    this.kind[i] = kind;
    this.start[i] = start;
    this.end[i] = end;
    this.report[i] = report;
  }
  grow() {
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
  comment(kind, start, end) {
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
  lexeme(start) {
    this.prevLex = this.lastLex;
    this.lastLex = start;
  }
  emit(kind, start, end) {
    this.prevLex = this.lastLex;
    this.lastLex = start;
    this.push(kind, start, end, start);
  }
  pushState(s) {
    if (this.depth === this.stack.length) {
      const bigger = new Int32Array(this.stack.length * 2);
      bigger.set(this.stack);
      this.stack = bigger;
    }
    this.stack[this.depth++] = s;
    this.state = s;
  }
  popState() {
    if (this.depth > 1) this.depth--;
    this.state = this.stack[this.depth - 1];
  }
  fail(message, at) {
    this.error = message;
    this.push(ERROR, at, at, at);
  }
  // ---------------------------------------------------------------- character helpers
  cls(at) {
    if (at >= this.n) return 0;
    const c = this.text.charCodeAt(at);
    return c < 128 ? CLASS[c] : 0;
  }
  /**
   * End of the run of path characters from `from`. Every token inside one run asks for the same end (`a.b.c`,
   * `-1`, `x+y` look for a `/` after the run), so the last run is remembered: without it, a run of 100,000 `-`
   * costs 5·10⁹ steps (Nix's own lexer is quadratic there: 20 s for `'-' * 100000`).
   */
  pathCharRun(from) {
    if (from >= this.runFrom && from <= this.runEnd) return this.runEnd;
    let k = from;
    const text = this.text;
    const n = this.n;
    while (k < n) {
      const c = text.charCodeAt(k);
      if (c < 128 && CLASS[c] & C_PATH) k++;
      else break;
    }
    this.runFrom = from;
    this.runEnd = k;
    return k;
  }
  /** End of the run of URI scheme characters from `from`, remembered as `pathCharRun` does. */
  schemeRun(from) {
    if (from >= this.schemeFrom && from <= this.schemeEnd) return this.schemeEnd;
    let k = from;
    while (this.cls(k) & C_SCHEME) k++;
    this.schemeFrom = from;
    this.schemeEnd = k;
    return k;
  }
  /** End of `{PATH_CHAR}*(\/{PATH_CHAR}+)+\/?` whose first PATH_CHAR run ends at `run`; -1 if none. */
  pathEnd(run) {
    const text = this.text;
    const n = this.n;
    let k = run;
    let segments = 0;
    while (k < n && text.charCodeAt(k) === 47 && this.cls(k + 1) & C_PATH) {
      k = this.pathCharRun(k + 2);
      segments++;
    }
    if (segments === 0) return -1;
    if (k < n && text.charCodeAt(k) === 47) k++;
    return k;
  }
  isDollarCurly(at) {
    return at + 1 < this.n && this.text.charCodeAt(at) === 36 && this.text.charCodeAt(at + 1) === 123;
  }
  // ---------------------------------------------------------------- start conditions
  /** Inside `"…"`. */
  lexString() {
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
      if (d === 92) {
        if (j + 1 < n) {
          j += 2;
          continue;
        }
        break;
      }
      if (d === 36) {
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
    if (j + 1 < n && text.charCodeAt(j) === 36 && text.charCodeAt(j + 1) === 34) j++;
    if (j > i) {
      this.emit(STR, i, j);
      this.i = j;
      return;
    }
    const len = c === 36 && i + 1 < n && text.charCodeAt(i + 1) === 92 ? 2 : 1;
    this.emit(STR, i, i + len);
    this.i = i + len;
  }
  /** Inside `''…''`. */
  lexIndString() {
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
      this.emit(IND_STR_ESC, i, i + 1);
      this.i = i + 1;
    }
  }
  /** After a path's first piece: more pieces, interpolations, or the end of the path. */
  lexPath() {
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
      this.fail("path has a trailing slash", i);
      return;
    }
    this.push(PATH_END, i, i, this.lastLex);
    this.popState();
  }
  /** The default start condition: one token, or a run of whitespace, or a comment. */
  lexDefault() {
    const text = this.text;
    const n = this.n;
    let i = this.i;
    let c = text.charCodeAt(i);
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
    if (c === 35) {
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
      const close = text.indexOf("*/", i + 2);
      if (close >= 0) {
        this.lexeme(i);
        this.comment(1, i, close + 2);
        this.i = close + 2;
        return;
      }
      this.noCommentEnd = true;
    }
    const k = c < 128 ? CLASS[c] : 0;
    if (k & C_ID_START) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d < 128 && CLASS[d] & C_ID) j++;
        else break;
      }
      const next = j < n ? text.charCodeAt(j) : 0;
      if (next < 128 && CLASS[next] & C_PATH || next === 47 || next === 58) {
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
    if (k & C_PATH || c === 47) {
      this.longest(c, k, 0, INVALID);
      return;
    }
    this.other(c);
  }
  /**
   * Every candidate that can start at a path character (or `/`); the longest wins, earlier rules win ties
   * (keywords before ID). `best` and `bestKind` are an identifier already measured there, if any.
   */
  longest(c, k, best, bestKind) {
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
    const next = j < n ? text.charCodeAt(j) : 0;
    if (best === 0 || next < 128 && CLASS[next] & C_PATH || next === 47 || next === 58) {
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
        if (u < n && text.charCodeAt(u) === 58 && this.cls(u + 1) & C_URI) {
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
  other(c) {
    const text = this.text;
    const n = this.n;
    const i = this.i;
    switch (c) {
      case 126: {
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
      case 60: {
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
      case 36:
        if (this.isDollarCurly(i)) {
          this.emit(DOLLAR_CURLY, i, i + 2);
          this.i = i + 2;
          this.pushState(S_DEFAULT);
        } else {
          this.emit(INVALID, i, i + 1);
          this.i = i + 1;
        }
        return;
      case 123:
        this.emit(LBRACE, i, i + 1);
        this.i = i + 1;
        this.pushState(S_DEFAULT);
        return;
      case 125:
        this.emit(RBRACE, i, i + 1);
        this.i = i + 1;
        this.popState();
        return;
      case 34:
        this.emit(QUOTE, i, i + 1);
        this.i = i + 1;
        this.pushState(S_STRING);
        return;
      case 39:
        if (i + 1 < n && text.charCodeAt(i + 1) === 39) {
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
};
function lex(text, options = {}) {
  return new Lexer(text, options.pipeOperators === true).run();
}
function singleChar(c) {
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
function floatEnd(text, i, n) {
  const digit = (at) => {
    if (at >= n) return false;
    const c2 = text.charCodeAt(at);
    return c2 >= 48 && c2 <= 57;
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
function intOutOfRange(text, start, end) {
  let s = start;
  while (s < end && text.charCodeAt(s) === 48) s++;
  if (end - s !== 19) return end - s > 19;
  return BigInt(text.slice(s, end)) > INT64_MAX;
}
function floatInRange(raw) {
  const v = Number(raw);
  if (!Number.isFinite(v)) return false;
  if (v === 0) return !/[1-9]/.test(raw.replace(/[eE].*$/, ""));
  return Math.abs(v) >= 22250738585072014e-324;
}

// src/nix/location.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
  }
  text;
  /** Offset at which each line starts; `starts[0]` is 0. Made on first use: most parses never need a line. */
  starts = void 0;
  count = 0;
  hint = 0;
  build() {
    const text = this.text;
    let starts = new Int32Array(Math.max(16, (text.length >>> 5) + 1));
    let count = 1;
    const add = (at) => {
      if (count === starts.length) {
        const bigger = new Int32Array(starts.length * 2);
        bigger.set(starts);
        starts = bigger;
      }
      starts[count++] = at;
    };
    const n = text.length;
    if (text.indexOf("\r") < 0) {
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) add(i + 1);
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
  lineOf(offset) {
    const s = this.starts ?? this.build();
    let h = this.hint;
    if (s[h] <= offset && (h + 1 >= this.count || s[h + 1] > offset)) return h;
    if (h + 1 < this.count && s[h + 1] <= offset && (h + 2 >= this.count || s[h + 2] > offset)) {
      this.hint = h + 1;
      return h + 1;
    }
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >>> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    h = lo;
    this.hint = h;
    return h;
  }
  loc(offset) {
    const line = this.lineOf(offset);
    return { offset, line: line + 1, column: offset - this.starts[line] + 1 };
  }
  span(start, end) {
    return { start: this.loc(start), end: this.loc(end) };
  }
};

// src/nix/nodes.ts
var LINES = /* @__PURE__ */ Symbol("lines");
var START = /* @__PURE__ */ Symbol("start");
var END = /* @__PURE__ */ Symbol("end");
var OP_START = /* @__PURE__ */ Symbol("opStart");
var spans = /* @__PURE__ */ new WeakMap();
var opSpans = /* @__PURE__ */ new WeakMap();
var SourceNode = class {
  get span() {
    let span = spans.get(this);
    if (span === void 0) spans.set(this, span = this[LINES].span(this[START], this[END]));
    return span;
  }
};
var startOf = (n) => n[START];
var endOf = (n) => n[END];
var IntNode = class extends SourceNode {
  constructor(lines, start, end, value, raw) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = "Int";
    this.value = value;
    this.raw = raw;
  }
};
var FloatNode = class extends SourceNode {
  constructor(lines, start, end, value, raw) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = "Float";
    this.value = value;
    this.raw = raw;
  }
};
var LiteralNode = class extends SourceNode {
  constructor(lines, start, end, value) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = "Literal";
    this.value = value;
  }
};
var InterpolationNode = class extends SourceNode {
  constructor(lines, start, end, expr) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = "Interpolation";
    this.expr = expr;
  }
};
var StringNode = class extends SourceNode {
  constructor(lines, start, end, indented, parts) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = "String";
    this.indented = indented;
    this.parts = parts;
  }
};
var PathNode = class extends SourceNode {
  constructor(lines, start, end, base, parts) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = "Path";
    this.base = base;
    this.parts = parts;
  }
};
var SearchPathNode = class extends SourceNode {
  constructor(lines, start, end, path) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = "SearchPath";
    this.path = path;
  }
};
var UriNode = class extends SourceNode {
  constructor(lines, start, end, value) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = "Uri";
    this.value = value;
  }
};
var VarNode = class extends SourceNode {
  constructor(lines, start, end, name) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = "Var";
    this.name = name;
  }
};
var CurPosNode = class extends SourceNode {
  constructor(lines, start, end) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = "CurPos";
  }
};
var ParenNode = class extends SourceNode {
  constructor(lines, start, end, expr) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = "Paren";
    this.expr = expr;
  }
};
var IdentNode = class extends SourceNode {
  constructor(lines, start, end, name) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.name = name;
  }
};
var AttrNameNode = class extends SourceNode {
  constructor(lines, start, end, syntax, name, expr) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.syntax = syntax;
    if (name !== void 0) this.name = name;
    if (expr !== void 0) this.expr = expr;
  }
};
var AttrBindingNode = class extends SourceNode {
  constructor(lines, start, end, path, value) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = "AttrBinding";
    this.path = path;
    this.value = value;
  }
};
var InheritNode = class extends SourceNode {
  constructor(lines, start, end, names, from) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = "Inherit";
    this.names = names;
    if (from !== void 0) this.from = from;
  }
};
var AttrSetNode = class extends SourceNode {
  constructor(lines, start, end, recursive, bindings) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = "AttrSet";
    this.recursive = recursive;
    this.bindings = bindings;
  }
};
var LegacyLetNode = class extends SourceNode {
  constructor(lines, start, end, bindings) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = "LegacyLet";
    this.bindings = bindings;
  }
};
var LetNode = class extends SourceNode {
  constructor(lines, start, end, bindings, body) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = "Let";
    this.bindings = bindings;
    this.body = body;
  }
};
var ListNode = class extends SourceNode {
  constructor(lines, start, end, elements) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = "List";
    this.elements = elements;
  }
};
var FormalNode = class extends SourceNode {
  constructor(lines, start, end, name, def) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.name = name;
    if (def !== void 0) this.default = def;
  }
};
var FormalsNode = class extends SourceNode {
  constructor(lines, start, end, entries, ellipsis) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.entries = entries;
    this.ellipsis = ellipsis;
  }
};
var LambdaNode = class extends SourceNode {
  constructor(lines, start, end, param, formals, paramPosition, body) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = "Lambda";
    if (param !== void 0) this.param = param;
    if (formals !== void 0) this.formals = formals;
    if (paramPosition !== void 0) this.paramPosition = paramPosition;
    this.body = body;
  }
};
var ApplyNode = class extends SourceNode {
  constructor(lines, start, end, fn, arg) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = "Apply";
    this.fn = fn;
    this.arg = arg;
  }
};
var SelectNode = class extends SourceNode {
  constructor(lines, start, end, expr, path, def) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = "Select";
    this.expr = expr;
    this.path = path;
    if (def !== void 0) this.default = def;
  }
};
var HasAttrNode = class extends SourceNode {
  constructor(lines, start, end, expr, path) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = "HasAttr";
    this.expr = expr;
    this.path = path;
  }
};
var UnaryNode = class extends SourceNode {
  constructor(lines, start, end, op, expr) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = "Unary";
    this.op = op;
    this.expr = expr;
  }
};
var BinaryNode = class extends SourceNode {
  constructor(lines, start, end, op, opStart, left, right) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = "Binary";
    this.op = op;
    this.left = left;
    this.right = right;
    this[OP_START] = opStart;
  }
  /** The operator token (every binary operator is ASCII, so its length is its name's). */
  get opSpan() {
    let span = opSpans.get(this);
    if (span === void 0) {
      const at = this[OP_START];
      opSpans.set(this, span = this[LINES].span(at, at + this.op.length));
    }
    return span;
  }
};
var IfNode = class extends SourceNode {
  cond;
  then;
  else;
  constructor(lines, start, end, cond, then, els) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = "If";
    this.cond = cond;
    this.then = then;
    this.else = els;
  }
};
var AssertNode = class extends SourceNode {
  constructor(lines, start, end, cond, body) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = "Assert";
    this.cond = cond;
    this.body = body;
  }
};
var WithNode = class extends SourceNode {
  constructor(lines, start, end, env, body) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = "With";
    this.env = env;
    this.body = body;
  }
};
var CommentNode = class extends SourceNode {
  constructor(lines, start, end, kind, text) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = kind;
    this.text = text;
  }
};

// src/nix/scope.ts
var NIX_GLOBALS = new Set(
  "__add __addErrorContext __all __any __appendContext __attrNames __attrValues __bitAnd __bitOr __bitXor __catAttrs __ceil __compareVersions __concatLists __concatMap __concatStringsSep __currentSystem __currentTime __deepSeq __div __elem __elemAt __fetchurl __filter __filterSource __findFile __floor __foldl' __fromJSON __functionArgs __genList __genericClosure __getAttr __getContext __getEnv __getFlake __groupBy __hasAttr __hasContext __hashFile __hashString __head __intersectAttrs __isAttrs __isBool __isFloat __isFunction __isInt __isList __isPath __isString __langVersion __length __lessThan __listToAttrs __mapAttrs __match __mul __nixPath __nixVersion __parseDrvName __partition __path __pathExists __readDir __readFile __replaceStrings __seq __sort __split __splitVersion __storeDir __storePath __stringLength __sub __substring __tail __toFile __toJSON __toPath __toXML __trace __tryEval __typeOf __unsafeDiscardOutputDependency __unsafeDiscardStringContext __unsafeGetAttrPos __zipAttrsWith abort baseNameOf builtins derivation derivationStrict dirOf false fetchGit fetchMercurial fetchTarball fetchTree fromTOML import isNull map null placeholder removeAttrs scopedImport throw toString true".split(" ")
);
function checkScopes(root, owners, fail) {
  new ScopeChecker(owners, fail).check(root, void 0);
}
var MAX_DEPTH = 1e3;
var ScopeChecker = class {
  constructor(owners, fail) {
    this.owners = owners;
    this.fail = fail;
  }
  owners;
  fail;
  /** Children listed and not yet checked; `top` is the first free slot. */
  kids = [];
  kidScopes = [];
  top = 0;
  depth = 0;
  /** Set while children are only listed (inside an attribute set's own checks, and in `walk`). */
  listing = false;
  push(e, scope) {
    this.kids[this.top] = e;
    this.kidScopes[this.top] = scope;
    this.top++;
  }
  /** A child of the node being visited: checked now, or listed when listing. */
  child(e, scope) {
    if (this.listing) this.push(e, scope);
    else this.check(e, scope);
  }
  check(e, scope) {
    if (this.depth >= MAX_DEPTH) {
      this.walk(e, scope);
      return;
    }
    this.depth++;
    this.visit(e, scope);
    this.depth--;
  }
  /** The same order as `check`, with an explicit stack. */
  walk(root, rootScope) {
    const listing = this.listing;
    this.listing = true;
    const exprs = [root];
    const scopes = [rootScope];
    while (exprs.length > 0) {
      const e = exprs.pop();
      const scope = scopes.pop();
      const base = this.top;
      this.visit(e, scope);
      for (let i = this.top - 1; i >= base; i--) {
        exprs.push(this.kids[i]);
        scopes.push(this.kidScopes[i]);
      }
      this.top = base;
    }
    this.listing = listing;
  }
  /**
   * Fails unless a scope around (or the builtins) binds `name`. A name used again from the same scope is not looked
   * up again: scopes nest up to the parser's 512 levels, and walking them for each of 100,000 uses took seconds.
   */
  checkName(name, offset, scope) {
    if (scope?.known?.has(name)) return;
    let found = false;
    for (let s = scope; s; s = s.up)
      if (s.names.has(name)) {
        found = true;
        break;
      }
    if (!found && !NIX_GLOBALS.has(name)) this.fail(`undefined variable '${name}'`, offset);
    if (scope) (scope.known ??= /* @__PURE__ */ new Set()).add(name);
  }
  /**
   * An attribute set (`body` absent) or a `let` (`body` its body, checked in `own`): inherited names first, then
   * the values in order.
   */
  group(a, own, outer, body) {
    if (this.listing) {
      this.defs(a, own, outer);
      if (body) this.push(body, own);
      return;
    }
    const base = this.top;
    this.listing = true;
    this.defs(a, own, outer);
    if (body) this.push(body, own);
    this.listing = false;
    const end = this.top;
    for (let i = base; i < end; i++) this.check(this.kids[i], this.kidScopes[i]);
    this.top = base;
  }
  /**
   * Lists a set's definitions in order, a nested set's in place. A dotted path makes one nested set per name, so
   * nesting is as deep as a path is long (`a.a.a… = x;` 100,000 names long, which Nix parses): an explicit stack
   * of the sets being listed, not recursion.
   */
  defs(a, own, outer) {
    const stack = [];
    let f = { a, own, outer, values: a.attrs.values(), dynamic: -1 };
    while (true) {
      let d;
      if (f.dynamic < 0) {
        const next = f.values.next();
        if (next.done === true) f.dynamic = 0;
        else d = next.value;
      }
      if (d === void 0 && f.dynamic >= 0 && f.a.dynamics !== void 0 && f.dynamic < f.a.dynamics.length) {
        const dyn = f.a.dynamics[f.dynamic++];
        this.push(dyn.name, f.own);
        d = dyn.def;
      }
      if (d === void 0) {
        const up = stack.pop();
        if (up === void 0) return;
        f = up;
        continue;
      }
      switch (d.kind) {
        case "expr":
          this.push(d.expr, f.own);
          break;
        case "attrs": {
          const nested = d.attrs;
          stack.push(f);
          const own2 = nested.recursive ? { names: nested.attrs, up: f.own } : f.own;
          f = { a: nested, own: own2, outer: f.own, values: nested.attrs.values(), dynamic: -1 };
          break;
        }
        case "inherit":
          this.checkName(d.name, startOf(d.at), f.outer);
          break;
        case "inheritFrom":
          this.push(d.from, f.own);
          break;
      }
    }
  }
  parts(ps, scope) {
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i];
      if (p.kind === "Interpolation") this.child(p.expr, scope);
    }
  }
  names(path, scope) {
    for (let i = 0; i < path.length; i++) {
      const p = path[i];
      if (p.name === void 0 && p.expr) this.child(p.expr, scope);
    }
  }
  visit(e, scope) {
    switch (e.kind) {
      case "Var":
        this.checkName(e.name, startOf(e), scope);
        return;
      case "String":
      case "Path":
        this.parts(e.parts, scope);
        return;
      case "Apply":
        this.child(e.fn, scope);
        this.child(e.arg, scope);
        return;
      case "Binary":
        this.child(e.left, scope);
        this.child(e.right, scope);
        return;
      case "Select":
        this.child(e.expr, scope);
        this.names(e.path, scope);
        if (e.default) this.child(e.default, scope);
        return;
      case "Int":
      case "Float":
      case "SearchPath":
      case "Uri":
      case "CurPos":
        return;
      case "AttrSet":
      case "LegacyLet": {
        const a = this.owners.get(e);
        this.group(a, a.recursive ? { names: a.attrs, up: scope } : scope, scope, void 0);
        return;
      }
      case "Paren":
      case "Unary":
        this.child(e.expr, scope);
        return;
      case "List":
        for (let i = 0; i < e.elements.length; i++) this.child(e.elements[i], scope);
        return;
      case "Let": {
        const a = this.owners.get(e);
        this.group(a, { names: a.attrs, up: scope }, scope, e.body);
        return;
      }
      case "Lambda": {
        const names = /* @__PURE__ */ new Set();
        if (e.param) names.add(e.param.name);
        if (e.formals) for (const f of e.formals.entries) names.add(f.name.name);
        const own = { names, up: scope };
        if (e.formals) {
          for (const f of e.formals.entries) if (f.default) this.child(f.default, own);
        }
        this.child(e.body, own);
        return;
      }
      case "HasAttr":
        this.child(e.expr, scope);
        this.names(e.path, scope);
        return;
      case "If":
        this.child(e.cond, scope);
        this.child(e.then, scope);
        this.child(e.else, scope);
        return;
      case "Assert":
        this.child(e.cond, scope);
        this.child(e.body, scope);
        return;
      case "With":
        this.child(e.env, scope);
        return;
    }
  }
};

// src/nix/parser.ts
function parse(text, options = {}) {
  const parser = new Parser(text, options, TREE);
  const expr = parser.parseExpr();
  if (parser.scopesUnsure) new Parser(text, options, SCOPES).parseExpr();
  return expr;
}
function parseFile(text, options = {}) {
  const parser = new Parser(text, options, TREE);
  const file = parser.parseFile();
  if (parser.scopesUnsure) new Parser(text, options, SCOPES).parseExpr();
  return file;
}
function check(text, options = {}) {
  const parser = new Parser(text, options, CHECK);
  parser.parseExpr();
  if (parser.scopesUnsure) new Parser(text, options, SCOPES).parseExpr();
}
var TREE = 0;
var SCOPES = 1;
var CHECK = 2;
var HOLE = new VarNode(new LineIndex(""), 0, 0, "");
var MAX_DEPTH2 = 512;
var NO_ITEMS = [];
var P_PIPE = 1;
var P_IMPL = 2;
var P_OR = 3;
var P_AND = 4;
var P_EQ = 5;
var P_CMP = 6;
var P_UPDATE = 7;
var P_NOT = 8;
var P_ADD = 9;
var P_MUL = 10;
var P_CONCAT = 11;
var P_HAS = 12;
var P_NEGATE = 13;
var LEFT = 0;
var RIGHT = 1;
var NONASSOC = 2;
var BINOP_LIST = [
  [PIPE_INTO, P_PIPE, LEFT, "|>"],
  [PIPE_FROM, P_PIPE, RIGHT, "<|"],
  [IMPL, P_IMPL, RIGHT, "->"],
  [OR, P_OR, LEFT, "||"],
  [AND, P_AND, LEFT, "&&"],
  [EQ, P_EQ, NONASSOC, "=="],
  [NEQ, P_EQ, NONASSOC, "!="],
  [LT, P_CMP, NONASSOC, "<"],
  [GT, P_CMP, NONASSOC, ">"],
  [LEQ, P_CMP, NONASSOC, "<="],
  [GEQ, P_CMP, NONASSOC, ">="],
  [UPDATE, P_UPDATE, RIGHT, "//"],
  [PLUS, P_ADD, LEFT, "+"],
  [MINUS, P_ADD, LEFT, "-"],
  [STAR, P_MUL, LEFT, "*"],
  [SLASH, P_MUL, LEFT, "/"],
  [CONCAT, P_CONCAT, RIGHT, "++"]
];
var BIN_PREC = new Uint8Array(64);
var BIN_ASSOC = new Uint8Array(64);
var BIN_OP = [];
for (const [k, prec, assoc, op] of BINOP_LIST) {
  BIN_PREC[k] = prec;
  BIN_ASSOC[k] = assoc;
  BIN_OP[k] = op;
}
var STARTS_SELECT = new Uint8Array(64);
for (const k of [
  ID,
  INT,
  FLOAT,
  QUOTE,
  IND_STRING_OPEN,
  PATH,
  HPATH,
  SPATH,
  URI,
  LPAREN,
  LBRACE,
  LBRACKET,
  LET,
  REC
])
  STARTS_SELECT[k] = 1;
var ATTR_EXPECTING = `ID or OR_KW or DOLLAR_CURLY or '"'`;
var Parser = class {
  constructor(text, options, mode) {
    this.text = text;
    this.owners = mode === SCOPES ? /* @__PURE__ */ new Map() : void 0;
    this.light = mode === CHECK;
    this.file = options.file ?? "(string)";
    this.toks = lex(text, { pipeOperators: options.pipeOperators === true });
    this.kinds = this.toks.kind;
    this.starts = this.toks.start;
    this.ends = this.toks.end;
    this.lines = new LineIndex(text);
    const slots = Math.min(4096, Math.max(64, 1 << 32 - Math.clz32(text.length >>> 6)));
    this.names = new Array(slots).fill("");
    this.nameMask = slots - 1;
  }
  text;
  toks;
  kinds;
  starts;
  ends;
  lines;
  file;
  pos = 0;
  /** Index of the token right after a `{ }` that began a function-or-set: Nix then expects ':' or '@' there. */
  emptyBraceNext = -1;
  /**
   * Each attribute set's and `let`'s attributes as Nix merges them, for the tree walk of scope.ts; kept only by a
   * parser made for that walk (SCOPES): the usual parse lets them go as soon as each set is done.
   */
  owners;
  /** The attribute set literal parsed last and its attributes (what `addAttr` merges when it is a binding's value). */
  lastSet = void 0;
  lastSetAttrs = void 0;
  /** Set when the variables need the tree walk and this parser kept nothing for it: parse again with SCOPES. */
  scopesUnsure = false;
  /** Checking only (CHECK): expressions nobody reads are HOLE, except inside attribute names. */
  light;
  /**
   * Items of arrays being built (bindings, path elements, string parts, list elements…), as a stack shared by
   * nested constructs; each finished array is sliced out at its exact size (arrays grown by push keep a large
   * backing store, which would stay alive with the tree).
   */
  scratch = [];
  /** Items in use on `scratch` (entries above it are stale and overwritten as it grows again). */
  top = 0;
  /**
   * Identifiers met so far, by a hash of their text (one per slot, the last one wins): names repeat (`lib`,
   * `stdenv`, `pname`), and one string for all copies of a name saves an allocation per copy.
   */
  names;
  nameMask;
  /**
   * Variables seen and not yet bound by an enclosing scope, innermost last: each lambda, `let`, `rec` set and
   * `with` lists its own from `base` on and, as it ends, keeps only those it does not bind (a `with` binds all).
   * If none is left at the top that is not a builtin, no variable is undefined and the tree walk of scope.ts is
   * skipped; otherwise (or after an attribute merge, which changes scopes afterwards) that walk decides, and names
   * the variable Nix would. This check is never less strict than the walk: it looks at every variable the walk
   * does (and some it skips), each in the same scopes or fewer.
   */
  pending = [];
  /** Per pending name: how many more scopes it skips (an inherited name is looked up outside its own set or let). */
  pendingSkip = [];
  pendingTop = 0;
  /** Set when a literal attribute set was merged into another: its `rec` no longer counts. */
  scopesMerged = false;
  /** Constructs open around the current token (see MAX_DEPTH). */
  depth = 0;
  parseFile() {
    const expr = this.parseExpr();
    const comments = [];
    const c = this.toks;
    for (let i = 0; i < c.commentCount; i++) {
      const s = c.comments[2 * i];
      const e = c.comments[2 * i + 1];
      comments.push(
        new CommentNode(this.lines, s, e, c.commentKinds[i] === 1 ? "block" : "line", this.text.slice(s, e))
      );
    }
    return { expr, comments };
  }
  /** The whole file as one expression, with Nix's checks; comments are left aside. */
  parseExpr() {
    let expr;
    try {
      expr = this.parseFunction();
      if (this.peek() !== EOF) this.unexpected("end of file");
      if (this.scopesMerged || this.unbound()) {
        if (this.owners) checkScopes(expr, this.owners, (message, offset) => this.fail(message, offset));
        else this.scopesUnsure = true;
      }
    } catch (e) {
      if (e instanceof RangeError && /call stack/i.test(e.message))
        this.fail("expression nested too deeply to parse", this.starts[Math.min(this.pos, this.toks.count - 1)]);
      throw e;
    }
    return expr;
  }
  // ------------------------------------------------------------------ scopes
  use(name, skip) {
    this.pending[this.pendingTop] = name;
    this.pendingSkip[this.pendingTop] = skip;
    this.pendingTop++;
  }
  /**
   * Ends the scope whose variables were listed from `base`: keeps those it does not bind. `names` is what it
   * binds: one name (a lambda's parameter), a set or map of names, or `null` for a `with` (which binds any).
   */
  closeScope(base, names) {
    if (names === null) {
      this.pendingTop = base;
      return;
    }
    const pending = this.pending;
    const skips = this.pendingSkip;
    const top = this.pendingTop;
    const seen = top - base > 32 ? /* @__PURE__ */ new Set() : void 0;
    let k = base;
    for (let i = base; i < top; i++) {
      const name = pending[i];
      const skip = skips[i];
      if (skip > 0) {
        if (skip === 1 && seen !== void 0) {
          if (seen.has(name)) continue;
          seen.add(name);
        }
        pending[k] = name;
        skips[k++] = skip - 1;
      } else if (typeof names === "string" ? name !== names : !names.has(name)) {
        if (seen !== void 0) {
          if (seen.has(name)) continue;
          seen.add(name);
        }
        pending[k] = name;
        skips[k++] = 0;
      }
    }
    this.pendingTop = k;
  }
  /** Whether a variable is left that no scope binds and is no builtin. */
  unbound() {
    for (let i = 0; i < this.pendingTop; i++) if (!NIX_GLOBALS.has(this.pending[i])) return true;
    return false;
  }
  // ------------------------------------------------------------------ tokens and errors
  /** Kind of the token `ahead` positions on; reaching a lexer error raises it (as Nix's lexer would). */
  peek(ahead = 0) {
    const i = this.pos + ahead;
    const k = this.kinds[i];
    if (k === ERROR) this.fail(this.toks.error ?? "syntax error", this.toks.report[i]);
    return k;
  }
  tokenText(i = this.pos) {
    return this.text.slice(this.starts[i], this.ends[i]);
  }
  /** The text of identifier token `i` (an ID or `or`), the same string for every copy of a short name. */
  name(i) {
    const text = this.text;
    const s = this.starts[i];
    const e = this.ends[i];
    const len = e - s;
    if (len > 32) return text.slice(s, e);
    let h = len;
    for (let k = s; k < e; k++) h = Math.imul(h, 31) + text.charCodeAt(k) | 0;
    const slot = (h ^ h >>> 12) & this.nameMask;
    const seen = this.names[slot];
    if (seen.length === len && text.startsWith(seen, s)) return seen;
    const name = text.slice(s, e);
    this.names[slot] = name;
    return name;
  }
  keep(item) {
    this.scratch[this.top++] = item;
  }
  /** Pops the items pushed on `scratch` since `base`; as an array, unless checking only. */
  takeOrDrop(base) {
    if (!this.light) return this.take(base);
    this.top = base;
    return NO_ITEMS;
  }
  /** The items pushed on `scratch` since `base`, as an exact-size array; pops them. */
  take(base) {
    const out = this.scratch.slice(base, this.top);
    this.top = base;
    return out;
  }
  /** One more construct open around the current token; the caller closes it with `this.depth--`. */
  deeper() {
    if (++this.depth > MAX_DEPTH2) this.tooDeep();
  }
  /** Past MAX_DEPTH: at the start of the expression one level too deep. */
  tooDeep() {
    this.fail(`expression nested too deeply to parse (more than ${MAX_DEPTH2} levels)`, this.starts[this.pos]);
  }
  fail(message, offset) {
    throw new NixSyntaxError(message, this.file, this.lines.loc(offset));
  }
  /** "syntax error, unexpected X[, expecting Y]" at the current token. */
  unexpected(expecting) {
    const i = this.pos;
    const k = this.peek();
    let msg = `syntax error, unexpected ${tokenName(k)}`;
    if (i === this.emptyBraceNext) msg += `, expecting ':' or '@'`;
    else if (expecting) msg += `, expecting ${expecting}`;
    this.fail(msg, this.toks.report[i]);
  }
  expect(kind, expecting) {
    if (this.peek() !== kind) this.unexpected(expecting);
    return this.pos++;
  }
  // ------------------------------------------------------------------ expressions
  /** expr_function, one nesting level deeper (see MAX_DEPTH). */
  parseFunction() {
    this.deeper();
    const e = this.parseFunctionHere();
    this.depth--;
    return e;
  }
  /** expr_function: lambdas, `assert`, `with`, `let … in`, then `if` and operators. */
  parseFunctionHere() {
    const k = this.peek();
    const st = this.pos;
    switch (k) {
      case ID: {
        const k2 = this.peek(1);
        if (k2 === COLON) {
          const base = this.pendingTop;
          const param = this.ident();
          this.pos++;
          const body = this.parseFunction();
          return this.lambda(st, base, param, void 0, void 0, body);
        }
        if (k2 === AT) {
          const base = this.pendingTop;
          const param = this.ident();
          this.pos++;
          this.expect(LBRACE, "'{'");
          const formals = this.parseFormals(this.pos - 1);
          this.expect(COLON, "':'");
          const body = this.parseFunction();
          return this.lambda(st, base, param, formals, "before", body);
        }
        break;
      }
      case LBRACE: {
        const k2 = this.peek(1);
        let formals = false;
        if (k2 === RBRACE) {
          const k3 = this.peek(2);
          if (k3 === COLON || k3 === AT) formals = true;
          else this.emptyBraceNext = this.pos + 2;
        } else if (k2 === ELLIPSIS) formals = true;
        else if (k2 === ID) {
          const k3 = this.peek(2);
          if (k3 === COMMA || k3 === QUESTION || k3 === RBRACE) formals = true;
          else if (k3 !== ASSIGN && k3 !== DOT) {
            this.pos += 2;
            this.unexpected("'.' or '='");
          }
        }
        if (formals) {
          const base = this.pendingTop;
          this.pos++;
          const f = this.parseFormals(st);
          let param;
          if (this.peek() === AT) {
            this.pos++;
            if (this.peek() !== ID) this.unexpected("ID");
            param = this.ident();
            this.expect(COLON, "':'");
          } else this.expect(COLON, "':' or '@'");
          const body = this.parseFunction();
          return this.lambda(st, base, param, f, param ? "after" : void 0, body);
        }
        break;
      }
      case ASSERT:
      case WITH: {
        this.pos++;
        const first = this.parseFunction();
        this.expect(SEMI, "';'");
        const base = this.pendingTop;
        const body = this.parseFunction();
        if (k === WITH) this.closeScope(base, null);
        if (this.light) return HOLE;
        const s = this.starts[st];
        return k === ASSERT ? new AssertNode(this.lines, s, endOf(body), first, body) : new WithNode(this.lines, s, endOf(body), first, body);
      }
      case LET: {
        if (this.peek(1) === LBRACE) break;
        this.pos++;
        const base = this.pendingTop;
        const attrs = newAttrs(false);
        const bindings = this.parseBinds(IN, attrs);
        this.pos++;
        const body = this.parseFunction();
        this.closeScope(base, attrs.attrs);
        if (attrs.dynamics) this.fail("dynamic attributes not allowed in let", this.starts[st]);
        if (this.light) return HOLE;
        const node = new LetNode(this.lines, this.starts[st], endOf(body), bindings, body);
        this.owners?.set(node, attrs);
        return node;
      }
      case IF: {
        this.pos++;
        const cond = this.parseFunction();
        this.expect(THEN, "THEN");
        const then = this.parseFunction();
        this.expect(ELSE, "ELSE");
        const els = this.parseFunction();
        if (this.light) return HOLE;
        return new IfNode(this.lines, this.starts[st], endOf(els), cond, then, els);
      }
    }
    return this.parseOp(0, 0);
  }
  ident() {
    const i = this.pos++;
    return new IdentNode(this.lines, this.starts[i], this.ends[i], this.name(i));
  }
  lambda(st, base, param, formals, paramPosition, body) {
    if (formals) {
      const seen = /* @__PURE__ */ new Set();
      for (const f of formals.entries) {
        if (seen.has(f.name.name)) this.fail(`duplicate formal function argument '${f.name.name}'`, startOf(f.name));
        seen.add(f.name.name);
      }
      if (param && seen.has(param.name))
        this.fail(`duplicate formal function argument '${param.name}'`, startOf(param));
      if (param) seen.add(param.name);
      this.closeScope(base, seen);
    } else this.closeScope(base, param.name);
    if (this.light) return HOLE;
    return new LambdaNode(this.lines, this.starts[st], endOf(body), param, formals, paramPosition, body);
  }
  /** After the opening `{` of formals (consumed); consumes the closing `}`. */
  parseFormals(brace) {
    const base = this.top;
    let ellipsis = false;
    while (true) {
      const k = this.peek();
      if (k === ID) {
        const name = this.ident();
        let def;
        if (this.peek() === QUESTION) {
          this.pos++;
          def = this.parseFunction();
        }
        this.keep(new FormalNode(this.lines, startOf(name), endOf(def ?? name), name, def));
        const n = this.peek();
        if (n === COMMA) {
          this.pos++;
          continue;
        }
        if (n === RBRACE) break;
        this.unexpected("'}'");
      }
      if (k === ELLIPSIS) {
        this.pos++;
        ellipsis = true;
        if (this.peek() !== RBRACE) this.unexpected("'}'");
        break;
      }
      if (k === RBRACE) break;
      this.unexpected("'}'");
    }
    const close = this.pos++;
    const entries = this.take(base);
    return new FormalsNode(this.lines, this.starts[brace], this.ends[close], entries, ellipsis);
  }
  /**
   * Binary and unary operators by precedence climbing. `pipe` is the pipe operator already used at this level:
   * `|>` and `<|` do not mix without parentheses.
   */
  parseOp(minPrec, pipe) {
    let left;
    const k = this.peek();
    const st = this.pos;
    if (k === NOT || k === MINUS) {
      this.pos++;
      this.deeper();
      const operand = this.parseOp(k === NOT ? P_NOT + 1 : P_NEGATE + 1, 0);
      this.depth--;
      left = this.light ? HOLE : new UnaryNode(this.lines, this.starts[st], endOf(operand), k === NOT ? "!" : "-", operand);
    } else left = this.parseApp();
    let lastNonassoc = -1;
    while (true) {
      const op = this.peek();
      if (op === QUESTION) {
        if (P_HAS < minPrec) break;
        this.pos++;
        const path = this.parseAttrPath(ATTR_EXPECTING);
        left = this.light ? HOLE : new HasAttrNode(this.lines, startOf(left), endOf(path[path.length - 1]), left, path);
        continue;
      }
      const prec = BIN_PREC[op];
      if (prec === 0 || prec < minPrec) break;
      const assoc = BIN_ASSOC[op];
      const sym = BIN_OP[op];
      if (prec === lastNonassoc) this.unexpected();
      if (prec === P_PIPE) {
        if (pipe !== 0 && pipe !== op) this.unexpected();
        pipe = op;
      }
      if (assoc === RIGHT && this.light) {
        while (this.peek() === op) {
          this.pos++;
          this.parseOp(prec + 1, 0);
        }
        left = HOLE;
        lastNonassoc = -1;
        continue;
      }
      if (assoc === RIGHT) {
        const operands = [left];
        const ops = [];
        while (this.peek() === op) {
          ops.push(this.pos++);
          operands.push(this.parseOp(prec + 1, 0));
        }
        let right2 = operands[operands.length - 1];
        for (let k2 = ops.length - 1; k2 >= 0; k2--) {
          const l = operands[k2];
          right2 = new BinaryNode(this.lines, startOf(l), endOf(right2), sym, this.starts[ops[k2]], l, right2);
        }
        left = right2;
        lastNonassoc = -1;
        continue;
      }
      const opIndex = this.pos++;
      const right = this.parseOp(prec + 1, 0);
      left = this.light ? HOLE : new BinaryNode(this.lines, startOf(left), endOf(right), sym, this.starts[opIndex], left, right);
      lastNonassoc = assoc === NONASSOC ? prec : -1;
    }
    return left;
  }
  /** expr_app: function application, left-associative. */
  parseApp() {
    let fn = this.parseSelect();
    while (STARTS_SELECT[this.peek()] === 1) {
      const arg = this.parseSelect();
      fn = this.light ? HOLE : new ApplyNode(this.lines, startOf(fn), endOf(arg), fn, arg);
    }
    return fn;
  }
  /** expr_select: `e.a.b`, `e.a.b or d`, and Nix's legacy `e or` (a call of `e` with the variable `or`). */
  parseSelect() {
    const e = this.parseSimple();
    const k = this.peek();
    if (k === DOT) {
      this.pos++;
      const path = this.parseAttrPath(ATTR_EXPECTING);
      if (this.peek() === OR_KW) {
        this.pos++;
        this.deeper();
        const def = this.parseSelect();
        this.depth--;
        return this.light ? HOLE : new SelectNode(this.lines, startOf(e), endOf(def), e, path, def);
      }
      if (this.light) return HOLE;
      return new SelectNode(this.lines, startOf(e), endOf(path[path.length - 1]), e, path, void 0);
    }
    if (k === OR_KW) {
      const i = this.pos++;
      this.use("or", 0);
      if (this.light) return HOLE;
      const arg = new VarNode(this.lines, this.starts[i], this.ends[i], "or");
      return new ApplyNode(this.lines, startOf(e), this.ends[i], e, arg);
    }
    return e;
  }
  /** expr_simple. */
  parseSimple() {
    const i = this.pos;
    const k = this.peek();
    switch (k) {
      case ID: {
        this.pos++;
        const name = this.name(i);
        if (name === "__curPos") return this.light ? HOLE : new CurPosNode(this.lines, this.starts[i], this.ends[i]);
        this.use(name, 0);
        return this.light ? HOLE : new VarNode(this.lines, this.starts[i], this.ends[i], name);
      }
      case INT: {
        this.pos++;
        if (this.light) return HOLE;
        const raw = this.tokenText(i);
        return new IntNode(this.lines, this.starts[i], this.ends[i], BigInt(raw), raw);
      }
      case FLOAT: {
        this.pos++;
        if (this.light) return HOLE;
        const raw = this.tokenText(i);
        return new FloatNode(this.lines, this.starts[i], this.ends[i], Number(raw), raw);
      }
      case QUOTE:
        return this.parseString();
      case IND_STRING_OPEN:
        return this.parseIndentedString();
      case PATH:
      case HPATH:
        return this.parsePath();
      case SPATH: {
        this.pos++;
        if (this.light) return HOLE;
        const raw = this.tokenText(i);
        return new SearchPathNode(this.lines, this.starts[i], this.ends[i], raw.slice(1, -1));
      }
      case URI:
        this.pos++;
        if (this.light) return HOLE;
        return new UriNode(this.lines, this.starts[i], this.ends[i], this.tokenText(i));
      case LPAREN: {
        this.pos++;
        const expr = this.parseFunction();
        const close = this.expect(RPAREN, "')'");
        if (this.light) return expr;
        return new ParenNode(this.lines, this.starts[i], this.ends[close], expr);
      }
      case LET: {
        this.pos++;
        this.expect(LBRACE, "'{'");
        const base = this.pendingTop;
        const attrs = newAttrs(true);
        const bindings = this.parseBinds(RBRACE, attrs);
        this.closeScope(base, attrs.attrs);
        const close = this.pos++;
        if (this.light) return HOLE;
        const node = new LegacyLetNode(this.lines, this.starts[i], this.ends[close], bindings);
        this.owners?.set(node, attrs);
        return node;
      }
      case REC:
      case LBRACE: {
        this.pos++;
        if (k === REC) this.expect(LBRACE, "'{'");
        const base = this.pendingTop;
        const attrs = newAttrs(k === REC);
        const bindings = this.parseBinds(RBRACE, attrs);
        if (k === REC) this.closeScope(base, attrs.attrs);
        const close = this.pos++;
        const node = new AttrSetNode(this.lines, this.starts[i], this.ends[close], k === REC, bindings);
        this.owners?.set(node, attrs);
        this.lastSet = node;
        this.lastSetAttrs = attrs;
        return node;
      }
      case LBRACKET: {
        this.pos++;
        this.deeper();
        const base = this.top;
        while (STARTS_SELECT[this.peek()] === 1) this.keep(this.parseSelect());
        const close = this.expect(RBRACKET);
        this.depth--;
        const elements = this.takeOrDrop(base);
        if (this.light) return HOLE;
        return new ListNode(this.lines, this.starts[i], this.ends[close], elements);
      }
      default:
        return this.unexpected();
    }
  }
  // ------------------------------------------------------------------ strings and paths
  /** `"…"` (at the opening quote). */
  parseString() {
    const st = this.pos++;
    if (this.kinds[st + 1] === STR && this.kinds[st + 2] === QUOTE) {
      this.pos += 2;
      if (this.light) return HOLE;
      const parts = [this.literal(unescapeString(this.tokenText(st + 1)), st + 1)];
      return new StringNode(this.lines, this.starts[st], this.ends[st + 2], false, parts);
    }
    const base = this.top;
    let lastWasText = false;
    let interpolated = false;
    while (true) {
      const k = this.peek();
      if (k === STR) {
        if (lastWasText && !interpolated) this.unexpected(`'"'`);
        const i = this.pos++;
        if (!this.light) this.keep(this.literal(unescapeString(this.tokenText(i)), i));
        lastWasText = true;
      } else if (k === DOLLAR_CURLY) {
        const part = this.interpolation();
        if (!this.light) this.keep(part);
        interpolated = true;
        lastWasText = false;
      } else if (k === QUOTE) {
        const close = this.pos++;
        if (this.light) return HOLE;
        const parts = this.take(base);
        return new StringNode(this.lines, this.starts[st], this.ends[close], false, parts);
      } else this.unexpected(`'"'`);
    }
  }
  /** `''…''` (at the opening quotes). */
  parseIndentedString() {
    const st = this.pos++;
    if (this.light) {
      while (true) {
        const k = this.peek();
        if (k === IND_STR_LIT || k === IND_STR_ESC) this.pos++;
        else if (k === DOLLAR_CURLY) this.interpolation();
        else if (k === IND_STRING_CLOSE) {
          this.pos++;
          return HOLE;
        } else this.unexpected("IND_STR or DOLLAR_CURLY or IND_STRING_CLOSE");
      }
    }
    const pieces = [];
    const raw = [];
    while (true) {
      const k = this.peek();
      if (k === IND_STR_LIT) {
        pieces.push({ kind: "text", text: this.tokenText(), indented: true });
        raw.push(this.pos++);
      } else if (k === IND_STR_ESC) {
        pieces.push({ kind: "text", text: indentedEscapeValue(this.tokenText()), indented: false });
        raw.push(this.pos++);
      } else if (k === DOLLAR_CURLY) {
        pieces.push({ kind: "interpolation" });
        raw.push(this.interpolation());
      } else if (k === IND_STRING_CLOSE) {
        const close = this.pos++;
        const stripped = stripIndentation(pieces);
        const parts = raw.map((r, idx) => typeof r === "number" ? this.literal(stripped[idx], r) : r);
        return new StringNode(this.lines, this.starts[st], this.ends[close], true, parts);
      } else this.unexpected("IND_STR or DOLLAR_CURLY or IND_STRING_CLOSE");
    }
  }
  literal(value, token) {
    return new LiteralNode(this.lines, this.starts[token], this.ends[token], value);
  }
  /** `${ expr }` (at `${`). */
  interpolation() {
    const st = this.pos++;
    this.deeper();
    const expr = this.parseFunction();
    this.depth--;
    const close = this.expect(RBRACE, "'}'");
    return new InterpolationNode(this.lines, this.starts[st], this.ends[close], expr);
  }
  /** A path literal, possibly interpolated (at PATH or HPATH). */
  parsePath() {
    const first = this.pos++;
    const light = this.light;
    const base = this.top;
    if (!light) this.keep(this.literal(this.tokenText(first), first));
    if (this.peek() !== PATH_END) {
      if (this.peek() === STR) {
        const i = this.pos++;
        if (!light) this.keep(this.literal(this.tokenText(i), i));
        if (this.peek() !== DOLLAR_CURLY) this.unexpected("DOLLAR_CURLY");
      }
      while (this.peek() !== PATH_END) {
        const k = this.peek();
        if (k === DOLLAR_CURLY) {
          const part = this.interpolation();
          if (!light) this.keep(part);
        } else if (k === STR) {
          const i = this.pos++;
          if (!light) this.keep(this.literal(this.tokenText(i), i));
        } else this.unexpected();
      }
    }
    this.pos++;
    if (light) return HOLE;
    const text = this.tokenText(first);
    const parts = this.take(base);
    const where = this.kinds[first] === HPATH ? "home" : text.startsWith("/") ? "absolute" : "relative";
    return new PathNode(this.lines, this.starts[first], endOf(parts[parts.length - 1]), where, parts);
  }
  // ------------------------------------------------------------------ attributes
  /** attrpath: `a.b."c".${d}` (at its first element). */
  parseAttrPath(firstExpecting) {
    const first = this.parseAttrName(firstExpecting);
    if (this.peek() !== DOT) return [first];
    const base = this.top;
    this.keep(first);
    while (this.peek() === DOT) {
      this.pos++;
      this.keep(this.parseAttrName(ATTR_EXPECTING));
    }
    return this.take(base);
  }
  parseAttrName(expecting) {
    const i = this.pos;
    const k = this.peek();
    if (k === ID || k === OR_KW) {
      this.pos++;
      return new AttrNameNode(this.lines, this.starts[i], this.ends[i], "ident", this.name(i), void 0);
    }
    const light = this.light;
    if (k === QUOTE) {
      this.light = false;
      const s = this.parseString();
      this.light = light;
      return new AttrNameNode(this.lines, startOf(s), endOf(s), "string", staticString(s), s);
    }
    if (k === DOLLAR_CURLY) {
      this.light = false;
      const interp = this.interpolation();
      this.light = light;
      const inner = unparen(interp.expr);
      const name = inner.kind === "String" ? staticString(inner) : void 0;
      return new AttrNameNode(this.lines, startOf(interp), endOf(interp), "interpolation", name, interp.expr);
    }
    return this.unexpected(expecting);
  }
  /** Bindings up to (not including) `closer` (`}` or `in`), recorded into `attrs` with Nix's duplicate checks. */
  parseBinds(closer, attrs) {
    const base = this.top;
    this.deeper();
    while (true) {
      const k = this.peek();
      if (k === closer) {
        this.depth--;
        return this.takeOrDrop(base);
      }
      if (k === INHERIT) {
        const inherit = this.parseInherit(attrs, closer === IN || attrs.recursive ? 1 : 0);
        if (!this.light) this.keep(inherit);
        continue;
      }
      if (k !== ID && k !== OR_KW && k !== QUOTE && k !== DOLLAR_CURLY) this.unexpected();
      const path = this.parseAttrPath();
      this.expect(ASSIGN, "'.' or '='");
      const value = this.parseFunction();
      const semi = this.expect(SEMI, "';'");
      this.addAttr(attrs, path, value);
      if (!this.light) this.keep(new AttrBindingNode(this.lines, startOf(path[0]), this.ends[semi], path, value));
    }
  }
  parseInherit(attrs, skip) {
    const st = this.pos++;
    let from;
    if (this.peek() === LPAREN) {
      this.pos++;
      from = this.parseFunction();
      this.expect(RPAREN, "')'");
    }
    const base = this.top;
    while (true) {
      const k = this.peek();
      if (k !== ID && k !== OR_KW && k !== QUOTE && k !== DOLLAR_CURLY) break;
      const name = this.parseAttrName();
      if (name.name === void 0) this.fail("dynamic attributes not allowed in inherit", startOf(name));
      this.keep(name);
    }
    const semi = this.expect(SEMI);
    const names = this.take(base);
    for (const n of names) {
      const key = n.name;
      const existing = attrs.attrs.get(key);
      if (existing) this.dupAttr(showName(key), n, existing.at);
      attrs.attrs.set(key, from ? { kind: "inheritFrom", from, at: n } : { kind: "inherit", name: key, at: n });
      if (!from) this.use(key, skip);
    }
    return new InheritNode(this.lines, this.starts[st], this.ends[semi], names, from);
  }
  /** Nix's addAttr: walk (or create) nested sets along the path, merge attribute-set literals, else a duplicate. */
  addAttr(root, path, value) {
    const pos = path[0];
    let attrs = root;
    for (let i = 0; i < path.length - 1; i++) {
      const name = path[i];
      if (name.name !== void 0) {
        const j2 = attrs.attrs.get(name.name);
        if (j2) {
          if (j2.kind !== "attrs") this.dupAttr(this.showPath(path), pos, j2.at);
          attrs = j2.attrs;
        } else {
          const nested = newAttrs(false);
          attrs.attrs.set(name.name, { kind: "attrs", attrs: nested, at: pos });
          attrs = nested;
        }
      } else {
        const nested = newAttrs(false);
        (attrs.dynamics ??= []).push({ name: name.expr, def: { kind: "attrs", attrs: nested, at: pos } });
        attrs = nested;
      }
    }
    const last = path[path.length - 1];
    const literal = unparen(value);
    const valueAttrs = literal === this.lastSet ? this.lastSetAttrs : void 0;
    const def = valueAttrs ? { kind: "attrs", attrs: valueAttrs, at: pos } : { kind: "expr", expr: value, at: pos };
    if (last.name === void 0) {
      (attrs.dynamics ??= []).push({ name: last.expr, def });
      return;
    }
    const j = attrs.attrs.get(last.name);
    if (!j) {
      attrs.attrs.set(last.name, def);
      return;
    }
    if (j.kind === "attrs" && valueAttrs) {
      this.scopesMerged = true;
      const target = j.attrs;
      for (const [k, def2] of valueAttrs.attrs) {
        const prev = target.attrs.get(k);
        if (prev) this.dupAttr(showName(k), def2.at, prev.at);
        target.attrs.set(k, def2);
      }
      return;
    }
    this.dupAttr(this.showPath(path), pos, j.at);
  }
  showPath(path) {
    return path.map((p) => p.name !== void 0 ? showName(p.name) : this.text.slice(startOf(p), endOf(p))).join(".");
  }
  dupAttr(path, at, previous) {
    const loc = this.lines.loc(startOf(previous));
    this.fail(`attribute '${path}' already defined at ${this.file}:${loc.line}:${loc.column}`, startOf(at));
  }
};
function showName(name) {
  if (/^[a-zA-Z_][a-zA-Z0-9_'-]*$/.test(name) && name !== "if") return name;
  return `"${name.replace(/["\\$\n\r\t]/g, (c) => c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "	" ? "\\t" : `\\${c}`)}"`;
}
function newAttrs(recursive) {
  return { recursive, attrs: /* @__PURE__ */ new Map(), dynamics: void 0 };
}

export {
  staticString,
  unparen,
  literalString,
  NixSyntaxError,
  parse,
  parseFile,
  check
};
