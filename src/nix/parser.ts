/**
 * Recursive-descent parser for the whole Nix language (operators by precedence climbing), mirroring Nix's own
 * grammar so that it accepts exactly what Nix accepts and reports an error at the same token, with the same
 * "syntax error, unexpected X[, expecting Y]" wording. It also makes the checks Nix makes while parsing: duplicate
 * attributes (following Nix's merge rules for dotted paths and nested attribute sets), `inherit` conflicts,
 * dynamic attributes in `let` and `inherit`, duplicate formal arguments, and (see scope.ts) undefined variables.
 */
import type {
  AttrBinding,
  AttrName,
  AttrSet,
  Binding,
  BinaryOp,
  Comment,
  Expr,
  Formal,
  Formals,
  Ident,
  Inherit,
  Interpolation,
  Lambda,
  LegacyLet,
  ParsedFile,
  ParseOptions,
  Str,
  StrLiteral,
  StrPart,
} from './ast.js';
import { staticString, unparen } from './ast.js';
import { NixSyntaxError } from './errors.js';
import * as T from './lexer.js';
import { LineIndex } from './location.js';
import { checkScopes, type AttrsOwner, type NAttrs, type NDef } from './scope.js';
import { indentedEscapeValue, stripIndentation, unescapeString, type IndentedPiece } from './strings.js';
import type { Loc, Span } from '../flake/types.js';

/** Parses Nix text; throws NixSyntaxError where Nix would refuse it. */
export function parse(text: string, options: ParseOptions = {}): Expr {
  return new Parser(text, options).parseFile().expr;
}

/** Like `parse`, and also returns every comment. */
export function parseFile(text: string, options: ParseOptions = {}): ParsedFile {
  return new Parser(text, options).parseFile();
}

// Binary operator table: precedence (higher binds tighter) and associativity, as in Nix's grammar.
const P_PIPE = 1;
const P_IMPL = 2;
const P_OR = 3;
const P_AND = 4;
const P_EQ = 5;
const P_CMP = 6;
const P_UPDATE = 7;
const P_NOT = 8;
const P_ADD = 9;
const P_MUL = 10;
const P_CONCAT = 11;
const P_HAS = 12;
const P_NEGATE = 13;

const LEFT = 0;
const RIGHT = 1;
const NONASSOC = 2;

const BINOP_LIST: readonly (readonly [number, number, number, BinaryOp])[] = [
  [T.PIPE_INTO, P_PIPE, LEFT, '|>'],
  [T.PIPE_FROM, P_PIPE, RIGHT, '<|'],
  [T.IMPL, P_IMPL, RIGHT, '->'],
  [T.OR, P_OR, LEFT, '||'],
  [T.AND, P_AND, LEFT, '&&'],
  [T.EQ, P_EQ, NONASSOC, '=='],
  [T.NEQ, P_EQ, NONASSOC, '!='],
  [T.LT, P_CMP, NONASSOC, '<'],
  [T.GT, P_CMP, NONASSOC, '>'],
  [T.LEQ, P_CMP, NONASSOC, '<='],
  [T.GEQ, P_CMP, NONASSOC, '>='],
  [T.UPDATE, P_UPDATE, RIGHT, '//'],
  [T.PLUS, P_ADD, LEFT, '+'],
  [T.MINUS, P_ADD, LEFT, '-'],
  [T.STAR, P_MUL, LEFT, '*'],
  [T.SLASH, P_MUL, LEFT, '/'],
  [T.CONCAT, P_CONCAT, RIGHT, '++'],
];
/** Per token kind: precedence (0 when the token is no binary operator), associativity, operator. */
const BIN_PREC = new Uint8Array(64);
const BIN_ASSOC = new Uint8Array(64);
const BIN_OP: BinaryOp[] = [];
for (const [k, prec, assoc, op] of BINOP_LIST) {
  BIN_PREC[k] = prec;
  BIN_ASSOC[k] = assoc;
  BIN_OP[k] = op;
}

/** Tokens that can start an `expr_select` (an argument of a function application or a list element). */
const STARTS_SELECT = new Uint8Array(64);
for (const k of [
  T.ID,
  T.INT,
  T.FLOAT,
  T.QUOTE,
  T.IND_STRING_OPEN,
  T.PATH,
  T.HPATH,
  T.SPATH,
  T.URI,
  T.LPAREN,
  T.LBRACE,
  T.LBRACKET,
  T.LET,
  T.REC,
])
  STARTS_SELECT[k] = 1;

const ATTR_EXPECTING = `ID or OR_KW or DOLLAR_CURLY or '"'`;

class Parser {
  private readonly toks: T.Tokens;
  private readonly kinds: Uint8Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly lines: LineIndex;
  private readonly file: string;
  private pos = 0;
  /** Index of the token right after a `{ }` that began a function-or-set: Nix then expects ':' or '@' there. */
  private emptyBraceNext = -1;
  private readonly owners = new Map<AttrsOwner, NAttrs>();
  /**
   * Items of arrays being built (bindings, path elements, string parts, list elements…), as a stack shared by
   * nested constructs; each finished array is sliced out at its exact size (arrays grown by push keep a large
   * backing store, which would stay alive with the tree).
   */
  private readonly scratch: unknown[] = [];

  constructor(
    private readonly text: string,
    options: ParseOptions,
  ) {
    this.file = options.file ?? '(string)';
    this.toks = T.lex(text, { pipeOperators: options.pipeOperators === true });
    this.kinds = this.toks.kind;
    this.starts = this.toks.start;
    this.ends = this.toks.end;
    this.lines = new LineIndex(text);
  }

  parseFile(): ParsedFile {
    let expr: Expr;
    try {
      expr = this.parseFunction();
      if (this.peek() !== T.EOF) this.unexpected('end of file');
      checkScopes(expr, this.owners, (message, span) => this.fail(message, span.start.offset));
    } catch (e) {
      // Out of stack: Nix's own parser stops at 10000 levels ("memory exhausted"); we may stop earlier.
      if (e instanceof RangeError && /call stack/i.test(e.message))
        this.fail('expression nested too deeply to parse', this.starts[Math.min(this.pos, this.toks.count - 1)]!);
      throw e;
    }
    const comments: Comment[] = [];
    const c = this.toks;
    for (let i = 0; i < c.commentCount; i++) {
      const s = c.comments[2 * i]!;
      const e = c.comments[2 * i + 1]!;
      comments.push({
        kind: c.commentKinds[i] === 1 ? 'block' : 'line',
        text: this.text.slice(s, e),
        span: this.span(s, e),
      });
    }
    return { expr, comments };
  }

  // ------------------------------------------------------------------ tokens and errors

  /** Kind of the token `ahead` positions on; reaching a lexer error raises it (as Nix's lexer would). */
  private peek(ahead = 0): number {
    const i = this.pos + ahead;
    const k = this.kinds[i]!;
    if (k === T.ERROR) this.fail(this.toks.error ?? 'syntax error', this.toks.report[i]!);
    return k;
  }

  private tokenText(i = this.pos): string {
    return this.text.slice(this.starts[i]!, this.ends[i]!);
  }

  private span(start: number, end: number): Span {
    return this.lines.span(start, end);
  }

  /** Start location of token `i`. (Nodes starting at the same place share their first child's Loc instead.) */
  private S(i: number): Loc {
    return this.lines.loc(this.starts[i]!);
  }

  /** End location of token `i`. */
  private E(i: number): Loc {
    return this.lines.loc(this.ends[i]!);
  }

  /** The items pushed on `scratch` since `base`, as an exact-size array; pops them. */
  private take<T>(base: number): T[] {
    const out = this.scratch.slice(base) as T[];
    this.scratch.length = base;
    return out;
  }

  private tokSpan(i: number): Span {
    return { start: this.S(i), end: this.E(i) };
  }

  private fail(message: string, offset: number): never {
    throw new NixSyntaxError(message, this.file, this.lines.loc(offset));
  }

  /** "syntax error, unexpected X[, expecting Y]" at the current token. */
  private unexpected(expecting?: string): never {
    const i = this.pos;
    const k = this.peek();
    let msg = `syntax error, unexpected ${T.tokenName(k)}`;
    if (i === this.emptyBraceNext) msg += `, expecting ':' or '@'`;
    else if (expecting) msg += `, expecting ${expecting}`;
    this.fail(msg, this.toks.report[i]!);
  }

  private expect(kind: number, expecting?: string): number {
    if (this.peek() !== kind) this.unexpected(expecting);
    return this.pos++;
  }

  // ------------------------------------------------------------------ expressions

  /** expr_function: lambdas, `assert`, `with`, `let … in`, then `if` and operators. */
  private parseFunction(): Expr {
    const k = this.peek();
    const st = this.pos;
    switch (k) {
      case T.ID: {
        const k2 = this.peek(1);
        if (k2 === T.COLON) {
          const param = this.ident();
          this.pos++;
          const body = this.parseFunction();
          return this.lambda(st, param, undefined, undefined, body);
        }
        if (k2 === T.AT) {
          const param = this.ident();
          this.pos++;
          this.expect(T.LBRACE, "'{'");
          const formals = this.parseFormals(this.pos - 1);
          this.expect(T.COLON, "':'");
          const body = this.parseFunction();
          return this.lambda(st, param, formals, 'before', body);
        }
        break;
      }
      case T.LBRACE: {
        const k2 = this.peek(1);
        let formals = false;
        if (k2 === T.RBRACE) {
          const k3 = this.peek(2);
          if (k3 === T.COLON || k3 === T.AT) formals = true;
          else this.emptyBraceNext = this.pos + 2;
        } else if (k2 === T.ELLIPSIS) formals = true;
        else if (k2 === T.ID) {
          const k3 = this.peek(2);
          if (k3 === T.COMMA || k3 === T.QUESTION || k3 === T.RBRACE) formals = true;
          else if (k3 !== T.ASSIGN && k3 !== T.DOT) {
            this.pos += 2;
            this.unexpected("'.' or '='");
          }
        }
        if (formals) {
          this.pos++;
          const f = this.parseFormals(st);
          let param: Ident | undefined;
          if (this.peek() === T.AT) {
            this.pos++;
            if (this.peek() !== T.ID) this.unexpected('ID');
            param = this.ident();
            this.expect(T.COLON, "':'");
          } else this.expect(T.COLON, "':' or '@'");
          const body = this.parseFunction();
          return this.lambda(st, param, f, param ? 'after' : undefined, body);
        }
        break;
      }
      case T.ASSERT:
      case T.WITH: {
        this.pos++;
        const first = this.parseFunction();
        this.expect(T.SEMI, "';'");
        const body = this.parseFunction();
        const span = { start: this.S(st), end: body.span.end };
        return k === T.ASSERT ? { kind: 'Assert', cond: first, body, span } : { kind: 'With', env: first, body, span };
      }
      case T.LET: {
        if (this.peek(1) === T.LBRACE) break;
        this.pos++;
        const attrs = newAttrs(false);
        const bindings = this.parseBinds(T.IN, attrs);
        this.pos++; // IN
        const body = this.parseFunction();
        if (attrs.dynamics) this.fail('dynamic attributes not allowed in let', this.starts[st]!);
        const node: Expr = { kind: 'Let', bindings, body, span: { start: this.S(st), end: body.span.end } };
        this.owners.set(node, attrs);
        return node;
      }
      case T.IF: {
        this.pos++;
        const cond = this.parseFunction();
        this.expect(T.THEN, 'THEN');
        const then = this.parseFunction();
        this.expect(T.ELSE, 'ELSE');
        const els = this.parseFunction();
        return { kind: 'If', cond, then, else: els, span: { start: this.S(st), end: els.span.end } };
      }
    }
    return this.parseOp(0, 0);
  }

  private ident(): Ident {
    const i = this.pos++;
    return { name: this.tokenText(i), span: this.tokSpan(i) };
  }

  private lambda(
    st: number,
    param: Ident | undefined,
    formals: Formals | undefined,
    paramPosition: 'before' | 'after' | undefined,
    body: Expr,
  ): Lambda {
    if (formals) {
      const seen = new Set<string>();
      for (const f of formals.entries) {
        if (seen.has(f.name.name))
          this.fail(`duplicate formal function argument '${f.name.name}'`, f.name.span.start.offset);
        seen.add(f.name.name);
      }
      if (param && seen.has(param.name))
        this.fail(`duplicate formal function argument '${param.name}'`, param.span.start.offset);
    }
    const span = { start: this.S(st), end: body.span.end };
    if (!formals) return { kind: 'Lambda', param, body, span } as Lambda;
    if (!param) return { kind: 'Lambda', formals, body, span };
    return { kind: 'Lambda', param, formals, paramPosition, body, span } as Lambda;
  }

  /** After the opening `{` of formals (consumed); consumes the closing `}`. */
  private parseFormals(brace: number): Formals {
    const base = this.scratch.length;
    let ellipsis = false;
    while (true) {
      const k = this.peek();
      if (k === T.ID) {
        const name = this.ident();
        let def: Expr | undefined;
        if (this.peek() === T.QUESTION) {
          this.pos++;
          def = this.parseFunction();
        }
        this.scratch.push(
          def ? { name, default: def, span: { start: name.span.start, end: def.span.end } } : { name, span: name.span },
        );
        const n = this.peek();
        if (n === T.COMMA) {
          this.pos++;
          continue;
        }
        if (n === T.RBRACE) break;
        this.unexpected("'}'");
      }
      if (k === T.ELLIPSIS) {
        this.pos++;
        ellipsis = true;
        if (this.peek() !== T.RBRACE) this.unexpected("'}'");
        break;
      }
      if (k === T.RBRACE) break;
      this.unexpected("'}'");
    }
    const close = this.pos++;
    const entries = this.take<Formal>(base);
    return { entries, ellipsis, span: { start: this.S(brace), end: this.E(close) } };
  }

  /**
   * Binary and unary operators by precedence climbing. `pipe` is the pipe operator already used at this level:
   * `|>` and `<|` do not mix without parentheses.
   */
  private parseOp(minPrec: number, pipe: number): Expr {
    let left: Expr;
    const k = this.peek();
    const st = this.pos;
    if (k === T.NOT || k === T.MINUS) {
      this.pos++;
      const operand = this.parseOp(k === T.NOT ? P_NOT + 1 : P_NEGATE + 1, 0);
      left = {
        kind: 'Unary',
        op: k === T.NOT ? '!' : '-',
        expr: operand,
        span: { start: this.S(st), end: operand.span.end },
      };
    } else left = this.parseApp();

    let lastNonassoc = -1;
    while (true) {
      const op = this.peek();
      if (op === T.QUESTION) {
        if (P_HAS < minPrec) break;
        this.pos++;
        const path = this.parseAttrPath(ATTR_EXPECTING);
        left = {
          kind: 'HasAttr',
          expr: left,
          path,
          span: { start: left.span.start, end: path[path.length - 1]!.span.end },
        };
        continue;
      }
      const prec = BIN_PREC[op]!;
      if (prec === 0 || prec < minPrec) break;
      const assoc = BIN_ASSOC[op]!;
      const sym = BIN_OP[op]!;
      if (prec === lastNonassoc) this.unexpected();
      if (prec === P_PIPE) {
        if (pipe !== 0 && pipe !== op) this.unexpected();
        pipe = op;
      }
      if (assoc === RIGHT) {
        // `a ++ b ++ c …`: the operands of one right-associative chain in a loop, folded from the right (so a long
        // chain does not nest calls).
        const operands: Expr[] = [left];
        const ops: number[] = [];
        while (this.peek() === op) {
          ops.push(this.pos++);
          operands.push(this.parseOp(prec + 1, 0));
        }
        let right = operands[operands.length - 1]!;
        for (let k = ops.length - 1; k >= 0; k--) {
          const l = operands[k]!;
          right = {
            kind: 'Binary',
            op: sym,
            opSpan: this.tokSpan(ops[k]!),
            left: l,
            right,
            span: { start: l.span.start, end: right.span.end },
          };
        }
        left = right;
        lastNonassoc = -1;
        continue;
      }
      const opIndex = this.pos++;
      const right = this.parseOp(prec + 1, 0);
      left = {
        kind: 'Binary',
        op: sym,
        opSpan: this.tokSpan(opIndex),
        left,
        right,
        span: { start: left.span.start, end: right.span.end },
      };
      lastNonassoc = assoc === NONASSOC ? prec : -1;
    }
    return left;
  }

  /** expr_app: function application, left-associative. */
  private parseApp(): Expr {
    let fn = this.parseSelect();
    while (STARTS_SELECT[this.peek()] === 1) {
      const arg = this.parseSelect();
      fn = { kind: 'Apply', fn, arg, span: { start: fn.span.start, end: arg.span.end } };
    }
    return fn;
  }

  /** expr_select: `e.a.b`, `e.a.b or d`, and Nix's legacy `e or` (a call of `e` with the variable `or`). */
  private parseSelect(): Expr {
    const e = this.parseSimple();
    const k = this.peek();
    if (k === T.DOT) {
      this.pos++;
      const path = this.parseAttrPath(ATTR_EXPECTING);
      if (this.peek() === T.OR_KW) {
        this.pos++;
        const def = this.parseSelect();
        return { kind: 'Select', expr: e, path, default: def, span: { start: e.span.start, end: def.span.end } };
      }
      return { kind: 'Select', expr: e, path, span: { start: e.span.start, end: path[path.length - 1]!.span.end } };
    }
    if (k === T.OR_KW) {
      const i = this.pos++;
      const span = this.tokSpan(i);
      return {
        kind: 'Apply',
        fn: e,
        arg: { kind: 'Var', name: 'or', span },
        span: { start: e.span.start, end: span.end },
      };
    }
    return e;
  }

  /** expr_simple. */
  private parseSimple(): Expr {
    const i = this.pos;
    const k = this.peek();
    switch (k) {
      case T.ID: {
        this.pos++;
        const name = this.tokenText(i);
        const span = this.tokSpan(i);
        return name === '__curPos' ? { kind: 'CurPos', span } : { kind: 'Var', name, span };
      }
      case T.INT: {
        this.pos++;
        const raw = this.tokenText(i);
        return { kind: 'Int', value: BigInt(raw), raw, span: this.tokSpan(i) };
      }
      case T.FLOAT: {
        this.pos++;
        const raw = this.tokenText(i);
        return { kind: 'Float', value: Number(raw), raw, span: this.tokSpan(i) };
      }
      case T.QUOTE:
        return this.parseString();
      case T.IND_STRING_OPEN:
        return this.parseIndentedString();
      case T.PATH:
      case T.HPATH:
        return this.parsePath();
      case T.SPATH: {
        this.pos++;
        const raw = this.tokenText(i);
        return { kind: 'SearchPath', path: raw.slice(1, -1), span: this.tokSpan(i) };
      }
      case T.URI:
        this.pos++;
        return { kind: 'Uri', value: this.tokenText(i), span: this.tokSpan(i) };
      case T.LPAREN: {
        this.pos++;
        const expr = this.parseFunction();
        const close = this.expect(T.RPAREN, "')'");
        return { kind: 'Paren', expr, span: { start: this.S(i), end: this.E(close) } };
      }
      case T.LET: {
        this.pos++;
        this.expect(T.LBRACE, "'{'");
        const attrs = newAttrs(true);
        const bindings = this.parseBinds(T.RBRACE, attrs);
        const close = this.pos++;
        const node: LegacyLet = { kind: 'LegacyLet', bindings, span: { start: this.S(i), end: this.E(close) } };
        this.owners.set(node, attrs);
        return node;
      }
      case T.REC:
      case T.LBRACE: {
        this.pos++;
        if (k === T.REC) this.expect(T.LBRACE, "'{'");
        const attrs = newAttrs(k === T.REC);
        const bindings = this.parseBinds(T.RBRACE, attrs);
        const close = this.pos++;
        const node: AttrSet = {
          kind: 'AttrSet',
          recursive: k === T.REC,
          bindings,
          span: { start: this.S(i), end: this.E(close) },
        };
        this.owners.set(node, attrs);
        return node;
      }
      case T.LBRACKET: {
        this.pos++;
        const base = this.scratch.length;
        while (STARTS_SELECT[this.peek()] === 1) this.scratch.push(this.parseSelect());
        const close = this.expect(T.RBRACKET);
        const elements = this.take<Expr>(base);
        return { kind: 'List', elements, span: { start: this.S(i), end: this.E(close) } };
      }
      default:
        return this.unexpected();
    }
  }

  // ------------------------------------------------------------------ strings and paths

  /** `"…"` (at the opening quote). */
  private parseString(): Str {
    const st = this.pos++;
    // The common case, one piece of text: no scratch work.
    if (this.kinds[st + 1] === T.STR && this.kinds[st + 2] === T.QUOTE) {
      this.pos += 2;
      const parts: StrPart[] = [this.literal(unescapeString(this.tokenText(st + 1)), st + 1)];
      return { kind: 'String', indented: false, parts, span: { start: this.S(st), end: this.E(st + 2) } };
    }
    const base = this.scratch.length;
    let lastWasText = false;
    let interpolated = false;
    while (true) {
      const k = this.peek();
      if (k === T.STR) {
        if (lastWasText && !interpolated) this.unexpected(`'"'`);
        const i = this.pos++;
        this.scratch.push(this.literal(unescapeString(this.tokenText(i)), i));
        lastWasText = true;
      } else if (k === T.DOLLAR_CURLY) {
        this.scratch.push(this.interpolation());
        interpolated = true;
        lastWasText = false;
      } else if (k === T.QUOTE) {
        const close = this.pos++;
        const parts = this.take<StrPart>(base);
        return { kind: 'String', indented: false, parts, span: { start: this.S(st), end: this.E(close) } };
      } else this.unexpected(`'"'`);
    }
  }

  /** `''…''` (at the opening quotes). */
  private parseIndentedString(): Str {
    const st = this.pos++;
    const pieces: IndentedPiece[] = [];
    const raw: (number | Interpolation)[] = [];
    while (true) {
      const k = this.peek();
      if (k === T.IND_STR_LIT) {
        pieces.push({ kind: 'text', text: this.tokenText(), indented: true });
        raw.push(this.pos++);
      } else if (k === T.IND_STR_ESC) {
        pieces.push({ kind: 'text', text: indentedEscapeValue(this.tokenText()), indented: false });
        raw.push(this.pos++);
      } else if (k === T.DOLLAR_CURLY) {
        pieces.push({ kind: 'interpolation' });
        raw.push(this.interpolation());
      } else if (k === T.IND_STRING_CLOSE) {
        const close = this.pos++;
        const stripped = stripIndentation(pieces);
        const parts: StrPart[] = raw.map((r, idx) => (typeof r === 'number' ? this.literal(stripped[idx]!, r) : r));
        return { kind: 'String', indented: true, parts, span: { start: this.S(st), end: this.E(close) } };
      } else this.unexpected('IND_STR or DOLLAR_CURLY or IND_STRING_CLOSE');
    }
  }

  private literal(value: string, token: number): StrLiteral {
    return { kind: 'Literal', value, span: this.tokSpan(token) };
  }

  /** `${ expr }` (at `${`). */
  private interpolation(): Interpolation {
    const st = this.pos++;
    const expr = this.parseFunction();
    const close = this.expect(T.RBRACE, "'}'");
    return { kind: 'Interpolation', expr, span: { start: this.S(st), end: this.E(close) } };
  }

  /** A path literal, possibly interpolated (at PATH or HPATH). */
  private parsePath(): Expr {
    const first = this.pos++;
    const text = this.tokenText(first);
    const base = this.scratch.length;
    this.scratch.push(this.literal(text, first));
    if (this.peek() !== T.PATH_END) {
      if (this.peek() === T.STR) {
        const i = this.pos++;
        this.scratch.push(this.literal(this.tokenText(i), i));
        if (this.peek() !== T.DOLLAR_CURLY) this.unexpected('DOLLAR_CURLY');
      }
      while (this.peek() !== T.PATH_END) {
        const k = this.peek();
        if (k === T.DOLLAR_CURLY) this.scratch.push(this.interpolation());
        else if (k === T.STR) {
          const i = this.pos++;
          this.scratch.push(this.literal(this.tokenText(i), i));
        } else this.unexpected();
      }
    }
    this.pos++; // PATH_END
    const parts = this.take<StrPart>(base);
    const where = this.kinds[first] === T.HPATH ? 'home' : text.startsWith('/') ? 'absolute' : 'relative';
    return { kind: 'Path', base: where, parts, span: { start: this.S(first), end: parts[parts.length - 1]!.span.end } };
  }

  // ------------------------------------------------------------------ attributes

  /** attrpath: `a.b."c".${d}` (at its first element). */
  private parseAttrPath(firstExpecting?: string): AttrName[] {
    const first = this.parseAttrName(firstExpecting);
    if (this.peek() !== T.DOT) return [first];
    const base = this.scratch.length;
    this.scratch.push(first);
    while (this.peek() === T.DOT) {
      this.pos++;
      this.scratch.push(this.parseAttrName(ATTR_EXPECTING));
    }
    return this.take<AttrName>(base);
  }

  private parseAttrName(expecting?: string): AttrName {
    const i = this.pos;
    const k = this.peek();
    if (k === T.ID || k === T.OR_KW) {
      this.pos++;
      return { syntax: 'ident', name: this.tokenText(i), span: this.tokSpan(i) };
    }
    if (k === T.QUOTE) {
      const s = this.parseString();
      const name = staticString(s);
      return name === undefined
        ? { syntax: 'string', expr: s, span: s.span }
        : { syntax: 'string', name, expr: s, span: s.span };
    }
    if (k === T.DOLLAR_CURLY) {
      const interp = this.interpolation();
      const inner = unparen(interp.expr);
      const name = inner.kind === 'String' ? staticString(inner) : undefined;
      return name === undefined
        ? { syntax: 'interpolation', expr: interp.expr, span: interp.span }
        : { syntax: 'interpolation', name, expr: interp.expr, span: interp.span };
    }
    return this.unexpected(expecting);
  }

  /** Bindings up to (not including) `closer` (`}` or `in`), recorded into `attrs` with Nix's duplicate checks. */
  private parseBinds(closer: number, attrs: NAttrs): Binding[] {
    const base = this.scratch.length;
    while (true) {
      const k = this.peek();
      if (k === closer) return this.take<Binding>(base);
      if (k === T.INHERIT) {
        this.scratch.push(this.parseInherit(attrs));
        continue;
      }
      if (k !== T.ID && k !== T.OR_KW && k !== T.QUOTE && k !== T.DOLLAR_CURLY) this.unexpected();
      const path = this.parseAttrPath();
      this.expect(T.ASSIGN, "'.' or '='");
      const value = this.parseFunction();
      const semi = this.expect(T.SEMI, "';'");
      const b: AttrBinding = {
        kind: 'AttrBinding',
        path,
        value,
        span: { start: path[0]!.span.start, end: this.E(semi) },
      };
      this.addAttr(attrs, b);
      this.scratch.push(b);
    }
  }

  private parseInherit(attrs: NAttrs): Inherit {
    const st = this.pos++;
    let from: Expr | undefined;
    if (this.peek() === T.LPAREN) {
      this.pos++;
      from = this.parseFunction();
      this.expect(T.RPAREN, "')'");
    }
    const base = this.scratch.length;
    while (true) {
      const k = this.peek();
      if (k !== T.ID && k !== T.OR_KW && k !== T.QUOTE && k !== T.DOLLAR_CURLY) break;
      const name = this.parseAttrName();
      if (name.name === undefined) this.fail('dynamic attributes not allowed in inherit', name.span.start.offset);
      this.scratch.push(name);
    }
    const semi = this.expect(T.SEMI);
    const names = this.take<AttrName>(base);
    for (const n of names) {
      const key = n.name!;
      const existing = attrs.attrs.get(key);
      if (existing) this.dupAttr(key, n.span, existing.span);
      attrs.attrs.set(
        key,
        from ? { kind: 'inheritFrom', from, span: n.span } : { kind: 'inherit', name: key, span: n.span },
      );
    }
    const node: Inherit = { kind: 'Inherit', names, span: { start: this.S(st), end: this.E(semi) } };
    return from ? { ...node, from } : node;
  }

  /** Nix's addAttr: walk (or create) nested sets along the path, merge attribute-set literals, else a duplicate. */
  private addAttr(root: NAttrs, b: AttrBinding): void {
    const path = b.path;
    const pos = b.path[0]!.span;
    let attrs = root;
    for (let i = 0; i < path.length - 1; i++) {
      const name = path[i]!;
      if (name.name !== undefined) {
        const j = attrs.attrs.get(name.name);
        if (j) {
          if (j.kind !== 'attrs') this.dupAttr(this.showPath(path), pos, j.span);
          attrs = j.attrs;
        } else {
          const nested = newAttrs(false);
          attrs.attrs.set(name.name, { kind: 'attrs', attrs: nested, span: pos });
          attrs = nested;
        }
      } else {
        const nested = newAttrs(false);
        (attrs.dynamics ??= []).push({ name: name.expr!, def: { kind: 'attrs', attrs: nested, span: pos } });
        attrs = nested;
      }
    }
    const last = path[path.length - 1]!;
    const literal = unparen(b.value);
    const valueAttrs = literal.kind === 'AttrSet' ? this.owners.get(literal) : undefined;
    const def: NDef = valueAttrs
      ? { kind: 'attrs', attrs: valueAttrs, span: pos }
      : { kind: 'expr', expr: b.value, span: pos };
    if (last.name === undefined) {
      (attrs.dynamics ??= []).push({ name: last.expr!, def });
      return;
    }
    const j = attrs.attrs.get(last.name);
    if (!j) {
      attrs.attrs.set(last.name, def);
      return;
    }
    if (j.kind === 'attrs' && valueAttrs) {
      // Both are attribute sets: the new one's static attributes move into the existing one (its dynamic
      // attributes and `rec` are dropped, as Nix does).
      const target = j.attrs;
      for (const [k, def] of valueAttrs.attrs) {
        const prev = target.attrs.get(k);
        if (prev) this.dupAttr(k, def.span, prev.span);
        target.attrs.set(k, def);
      }
      return;
    }
    this.dupAttr(this.showPath(path), pos, j.span);
  }

  private showPath(path: readonly AttrName[]): string {
    return path.map((p) => p.name ?? this.text.slice(p.span.start.offset, p.span.end.offset)).join('.');
  }

  private dupAttr(path: string, at: Span, previous: Span): never {
    const prev = `${this.file}:${previous.start.line}:${previous.start.column}`;
    this.fail(`attribute '${path}' already defined at ${prev}`, at.start.offset);
  }
}

function newAttrs(recursive: boolean): NAttrs {
  return { recursive, attrs: new Map(), dynamics: undefined };
}
