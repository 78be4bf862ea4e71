/**
 * Recursive-descent parser for the whole Nix language (operators by precedence climbing), mirroring Nix's own
 * grammar so that it accepts exactly what Nix accepts and reports an error at the same token, with the same
 * "syntax error, unexpected X[, expecting Y]" wording. It also makes the checks Nix makes while parsing: duplicate
 * attributes (following Nix's merge rules for dotted paths and nested attribute sets), `inherit` conflicts,
 * dynamic attributes in `let` and `inherit`, duplicate formal arguments, and (see scope.ts) undefined variables.
 */
import type {
  AttrName,
  Binding,
  BinaryOp,
  Comment,
  Expr,
  Formal,
  Formals,
  Ident,
  Interpolation,
  Lambda,
  ParsedFile,
  ParseOptions,
  Str,
  StrLiteral,
  StrPart,
} from './ast.js';
import { staticString, unparen } from './ast.js';
import { NixSyntaxError } from './syntax-error.js';
import * as T from './lexer.js';
import { LineIndex } from './location.js';
import { checkScopes, NIX_GLOBALS, type AttrsOwner, type NAttrs, type NDef } from './scope.js';
import { indentedEscapeValue, stripIndentation, unescapeString, type IndentedPiece } from './strings.js';
import {
  ApplyNode,
  AssertNode,
  AttrBindingNode,
  AttrNameNode,
  AttrSetNode,
  BinaryNode,
  CommentNode,
  CurPosNode,
  endOf,
  FloatNode,
  FormalNode,
  FormalsNode,
  HasAttrNode,
  IdentNode,
  IfNode,
  InheritNode,
  IntNode,
  InterpolationNode,
  LambdaNode,
  LegacyLetNode,
  LetNode,
  ListNode,
  LiteralNode,
  ParenNode,
  PathNode,
  SearchPathNode,
  SelectNode,
  startOf,
  StringNode,
  UnaryNode,
  UriNode,
  VarNode,
  WithNode,
} from './nodes.js';

/** Parses Nix text; throws NixSyntaxError where Nix would refuse it. */
export function parse(text: string, options: ParseOptions = {}): Expr {
  const parser = new Parser(text, options, TREE);
  const expr = parser.parseExpr();
  if (parser.scopesUnsure) new Parser(text, options, SCOPES).parseExpr();
  return expr;
}

/** Like `parse`, and also returns every comment. */
export function parseFile(text: string, options: ParseOptions = {}): ParsedFile {
  const parser = new Parser(text, options, TREE);
  const file = parser.parseFile();
  if (parser.scopesUnsure) new Parser(text, options, SCOPES).parseExpr();
  return file;
}

/**
 * Checks Nix text exactly as `parse` does (the same code: syntax, duplicate attributes and arguments, dynamic
 * attributes, undefined variables) and throws the same NixSyntaxError, without building the tree: for callers
 * that only need to know whether Nix would accept the file. Several times less memory than `parse`.
 */
export function check(text: string, options: ParseOptions = {}): void {
  const parser = new Parser(text, options, CHECK);
  parser.parseExpr();
  if (parser.scopesUnsure) new Parser(text, options, SCOPES).parseExpr();
}

/** Parser modes: the tree; the tree and what the scope walk needs; no tree (only the parse-time checks). */
const TREE = 0;
const SCOPES = 1;
const CHECK = 2;

/**
 * What a checking parser returns for expressions nobody reads: the checks look only at attribute names and paths,
 * formal arguments, attribute set literals (their identity) and, in attribute names, strings and parentheses,
 * which it builds as usual.
 */
const HOLE: Expr = new VarNode(new LineIndex(''), 0, 0, '');

/**
 * How many constructs may be open around a token: each parenthesis, list, attribute set or `let` bindings,
 * interpolation, unary operator, `or` default, and each expression a lambda, `let … in`, `if`, `with`, `assert`,
 * binding, formal default or interpolation holds (a long left- or right-associative operator chain, function
 * application or attribute path is no nesting here: they are parsed in loops). Nix's parser stops at 10,000 entries
 * of its stack ("memory exhausted"), which is 2,500 to 10,000 levels depending on the construct (9,995 parentheses,
 * 4,998 lists, 2,496 attribute sets); ours recurses, and the worst construct (a parenthesis: 1.3 KB of call stack in
 * cold code on Node 20) must stay well inside Node's default 984 KB stack wherever the parser is called from. Past
 * the limit, a NixSyntaxError at the expression one level too deep, in time linear in the text before it.
 */
const MAX_DEPTH = 512;
const NO_ITEMS: never[] = [];

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
  /**
   * Each attribute set's and `let`'s attributes as Nix merges them, for the tree walk of scope.ts; kept only by a
   * parser made for that walk (SCOPES): the usual parse lets them go as soon as each set is done.
   */
  private readonly owners: Map<AttrsOwner, NAttrs> | undefined;
  /** The attribute set literal parsed last and its attributes (what `addAttr` merges when it is a binding's value). */
  private lastSet: Expr | undefined = undefined;
  private lastSetAttrs: NAttrs | undefined = undefined;
  /** Set when the variables need the tree walk and this parser kept nothing for it: parse again with SCOPES. */
  scopesUnsure = false;
  /** Checking only (CHECK): expressions nobody reads are HOLE, except inside attribute names. */
  private light: boolean;
  /**
   * Items of arrays being built (bindings, path elements, string parts, list elements…), as a stack shared by
   * nested constructs; each finished array is sliced out at its exact size (arrays grown by push keep a large
   * backing store, which would stay alive with the tree).
   */
  private readonly scratch: unknown[] = [];
  /** Items in use on `scratch` (entries above it are stale and overwritten as it grows again). */
  private top = 0;
  /**
   * Identifiers met so far, by a hash of their text (one per slot, the last one wins): names repeat (`lib`,
   * `stdenv`, `pname`), and one string for all copies of a name saves an allocation per copy.
   */
  private readonly names: string[];
  private readonly nameMask: number;
  /**
   * Variables seen and not yet bound by an enclosing scope, innermost last: each lambda, `let`, `rec` set and
   * `with` lists its own from `base` on and, as it ends, keeps only those it does not bind (a `with` binds all).
   * If none is left at the top that is not a builtin, no variable is undefined and the tree walk of scope.ts is
   * skipped; otherwise (or after an attribute merge, which changes scopes afterwards) that walk decides, and names
   * the variable Nix would. This check is never less strict than the walk: it looks at every variable the walk
   * does (and some it skips), each in the same scopes or fewer.
   */
  private readonly pending: string[] = [];
  /** Per pending name: how many more scopes it skips (an inherited name is looked up outside its own set or let). */
  private readonly pendingSkip: number[] = [];
  private pendingTop = 0;
  /** Set when a literal attribute set was merged into another: its `rec` no longer counts. */
  private scopesMerged = false;
  /** Constructs open around the current token (see MAX_DEPTH). */
  private depth = 0;

  constructor(
    private readonly text: string,
    options: ParseOptions,
    mode: number,
  ) {
    this.owners = mode === SCOPES ? new Map() : undefined;
    this.light = mode === CHECK;
    this.file = options.file ?? '(string)';
    this.toks = T.lex(text, { pipeOperators: options.pipeOperators === true });
    this.kinds = this.toks.kind;
    this.starts = this.toks.start;
    this.ends = this.toks.end;
    this.lines = new LineIndex(text);
    const slots = Math.min(4096, Math.max(64, 1 << (32 - Math.clz32(text.length >>> 6))));
    this.names = new Array<string>(slots).fill('');
    this.nameMask = slots - 1;
  }

  parseFile(): ParsedFile {
    const expr = this.parseExpr();
    const comments: Comment[] = [];
    const c = this.toks;
    for (let i = 0; i < c.commentCount; i++) {
      const s = c.comments[2 * i]!;
      const e = c.comments[2 * i + 1]!;
      comments.push(
        new CommentNode(this.lines, s, e, c.commentKinds[i] === 1 ? 'block' : 'line', this.text.slice(s, e)),
      );
    }
    return { expr, comments };
  }

  /** The whole file as one expression, with Nix's checks; comments are left aside. */
  parseExpr(): Expr {
    let expr: Expr;
    try {
      expr = this.parseFunction();
      if (this.peek() !== T.EOF) this.unexpected('end of file');
      if (this.scopesMerged || this.unbound()) {
        if (this.owners) checkScopes(expr, this.owners, (message, offset) => this.fail(message, offset));
        else this.scopesUnsure = true;
      }
    } catch (e) {
      // Out of stack before MAX_DEPTH (a caller already deep in its own stack, or larger frames on another Node):
      // the same kind of error, never a crash.
      if (e instanceof RangeError && /call stack/i.test(e.message))
        this.fail('expression nested too deeply to parse', this.starts[Math.min(this.pos, this.toks.count - 1)]!);
      throw e;
    }
    return expr;
  }

  // ------------------------------------------------------------------ scopes

  private use(name: string, skip: number): void {
    this.pending[this.pendingTop] = name;
    this.pendingSkip[this.pendingTop] = skip;
    this.pendingTop++;
  }

  /**
   * Ends the scope whose variables were listed from `base`: keeps those it does not bind. `names` is what it
   * binds: one name (a lambda's parameter), a set or map of names, or `null` for a `with` (which binds any).
   */
  private closeScope(base: number, names: string | ReadonlySet<string> | ReadonlyMap<string, unknown> | null): void {
    if (names === null) {
      this.pendingTop = base;
      return;
    }
    const pending = this.pending;
    const skips = this.pendingSkip;
    const top = this.pendingTop;
    // Many names left (uses of outer names: `lib`, `pkgs`, …): each is kept once, or every enclosing scope would
    // scan the same names again (100,000 uses of `y` inside 500 nested `let`s took four seconds).
    const seen = top - base > 32 ? new Set<string>() : undefined;
    let k = base;
    for (let i = base; i < top; i++) {
      const name = pending[i]!;
      const skip = skips[i]!;
      if (skip > 0) {
        if (skip === 1 && seen !== undefined) {
          if (seen.has(name)) continue;
          seen.add(name);
        }
        pending[k] = name;
        skips[k++] = skip - 1;
      } else if (typeof names === 'string' ? name !== names : !names.has(name)) {
        if (seen !== undefined) {
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
  private unbound(): boolean {
    for (let i = 0; i < this.pendingTop; i++) if (!NIX_GLOBALS.has(this.pending[i]!)) return true;
    return false;
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

  /** The text of identifier token `i` (an ID or `or`), the same string for every copy of a short name. */
  private name(i: number): string {
    const text = this.text;
    const s = this.starts[i]!;
    const e = this.ends[i]!;
    const len = e - s;
    if (len > 32) return text.slice(s, e);
    let h = len;
    for (let k = s; k < e; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
    const slot = (h ^ (h >>> 12)) & this.nameMask;
    const seen = this.names[slot]!;
    if (seen.length === len && text.startsWith(seen, s)) return seen;
    const name = text.slice(s, e);
    this.names[slot] = name;
    return name;
  }

  private keep(item: unknown): void {
    this.scratch[this.top++] = item;
  }

  /** Pops the items pushed on `scratch` since `base`; as an array, unless checking only. */
  private takeOrDrop<T>(base: number): T[] {
    if (!this.light) return this.take<T>(base);
    this.top = base;
    return NO_ITEMS;
  }

  /** The items pushed on `scratch` since `base`, as an exact-size array; pops them. */
  private take<T>(base: number): T[] {
    const out = this.scratch.slice(base, this.top) as T[];
    this.top = base;
    return out;
  }

  /** One more construct open around the current token; the caller closes it with `this.depth--`. */
  private deeper(): void {
    if (++this.depth > MAX_DEPTH) this.tooDeep();
  }

  /** Past MAX_DEPTH: at the start of the expression one level too deep. */
  private tooDeep(): never {
    this.fail(`expression nested too deeply to parse (more than ${MAX_DEPTH} levels)`, this.starts[this.pos]!);
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

  /** expr_function, one nesting level deeper (see MAX_DEPTH). */
  private parseFunction(): Expr {
    this.deeper();
    const e = this.parseFunctionHere();
    this.depth--;
    return e;
  }

  /** expr_function: lambdas, `assert`, `with`, `let … in`, then `if` and operators. */
  private parseFunctionHere(): Expr {
    const k = this.peek();
    const st = this.pos;
    switch (k) {
      case T.ID: {
        const k2 = this.peek(1);
        if (k2 === T.COLON) {
          const base = this.pendingTop;
          const param = this.ident();
          this.pos++;
          const body = this.parseFunction();
          return this.lambda(st, base, param, undefined, undefined, body);
        }
        if (k2 === T.AT) {
          const base = this.pendingTop;
          const param = this.ident();
          this.pos++;
          this.expect(T.LBRACE, "'{'");
          const formals = this.parseFormals(this.pos - 1);
          this.expect(T.COLON, "':'");
          const body = this.parseFunction();
          return this.lambda(st, base, param, formals, 'before', body);
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
          const base = this.pendingTop;
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
          return this.lambda(st, base, param, f, param ? 'after' : undefined, body);
        }
        break;
      }
      case T.ASSERT:
      case T.WITH: {
        this.pos++;
        const first = this.parseFunction();
        this.expect(T.SEMI, "';'");
        const base = this.pendingTop;
        const body = this.parseFunction();
        if (k === T.WITH) this.closeScope(base, null);
        if (this.light) return HOLE;
        const s = this.starts[st]!;
        return k === T.ASSERT
          ? new AssertNode(this.lines, s, endOf(body), first, body)
          : new WithNode(this.lines, s, endOf(body), first, body);
      }
      case T.LET: {
        if (this.peek(1) === T.LBRACE) break;
        this.pos++;
        const base = this.pendingTop;
        const attrs = newAttrs(false);
        const bindings = this.parseBinds(T.IN, attrs);
        this.pos++; // IN
        const body = this.parseFunction();
        this.closeScope(base, attrs.attrs);
        if (attrs.dynamics) this.fail('dynamic attributes not allowed in let', this.starts[st]!);
        if (this.light) return HOLE;
        const node = new LetNode(this.lines, this.starts[st]!, endOf(body), bindings, body);
        this.owners?.set(node, attrs);
        return node;
      }
      case T.IF: {
        this.pos++;
        const cond = this.parseFunction();
        this.expect(T.THEN, 'THEN');
        const then = this.parseFunction();
        this.expect(T.ELSE, 'ELSE');
        const els = this.parseFunction();
        if (this.light) return HOLE;
        return new IfNode(this.lines, this.starts[st]!, endOf(els), cond, then, els);
      }
    }
    return this.parseOp(0, 0);
  }

  private ident(): Ident {
    const i = this.pos++;
    return new IdentNode(this.lines, this.starts[i]!, this.ends[i]!, this.name(i));
  }

  private lambda(
    st: number,
    base: number,
    param: Ident | undefined,
    formals: Formals | undefined,
    paramPosition: 'before' | 'after' | undefined,
    body: Expr,
  ): Lambda {
    if (formals) {
      const seen = new Set<string>();
      for (const f of formals.entries) {
        if (seen.has(f.name.name)) this.fail(`duplicate formal function argument '${f.name.name}'`, startOf(f.name));
        seen.add(f.name.name);
      }
      if (param && seen.has(param.name))
        this.fail(`duplicate formal function argument '${param.name}'`, startOf(param));
      if (param) seen.add(param.name);
      this.closeScope(base, seen);
    } else this.closeScope(base, param!.name);
    if (this.light) return HOLE as Lambda;
    return new LambdaNode(this.lines, this.starts[st]!, endOf(body), param, formals, paramPosition, body);
  }

  /** After the opening `{` of formals (consumed); consumes the closing `}`. */
  private parseFormals(brace: number): Formals {
    const base = this.top;
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
        this.keep(new FormalNode(this.lines, startOf(name), endOf(def ?? name), name, def));
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
    return new FormalsNode(this.lines, this.starts[brace]!, this.ends[close]!, entries, ellipsis);
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
      this.deeper();
      const operand = this.parseOp(k === T.NOT ? P_NOT + 1 : P_NEGATE + 1, 0);
      this.depth--;
      left = this.light
        ? HOLE
        : new UnaryNode(this.lines, this.starts[st]!, endOf(operand), k === T.NOT ? '!' : '-', operand);
    } else left = this.parseApp();

    let lastNonassoc = -1;
    while (true) {
      const op = this.peek();
      if (op === T.QUESTION) {
        if (P_HAS < minPrec) break;
        this.pos++;
        const path = this.parseAttrPath(ATTR_EXPECTING);
        left = this.light
          ? HOLE
          : new HasAttrNode(this.lines, startOf(left), endOf(path[path.length - 1]!), left, path);
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
          right = new BinaryNode(this.lines, startOf(l), endOf(right), sym, this.starts[ops[k]!]!, l, right);
        }
        left = right;
        lastNonassoc = -1;
        continue;
      }
      const opIndex = this.pos++;
      const right = this.parseOp(prec + 1, 0);
      left = this.light
        ? HOLE
        : new BinaryNode(this.lines, startOf(left), endOf(right), sym, this.starts[opIndex]!, left, right);
      lastNonassoc = assoc === NONASSOC ? prec : -1;
    }
    return left;
  }

  /** expr_app: function application, left-associative. */
  private parseApp(): Expr {
    let fn = this.parseSelect();
    while (STARTS_SELECT[this.peek()] === 1) {
      const arg = this.parseSelect();
      fn = this.light ? HOLE : new ApplyNode(this.lines, startOf(fn), endOf(arg), fn, arg);
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
        this.deeper();
        const def = this.parseSelect();
        this.depth--;
        return this.light ? HOLE : new SelectNode(this.lines, startOf(e), endOf(def), e, path, def);
      }
      if (this.light) return HOLE;
      return new SelectNode(this.lines, startOf(e), endOf(path[path.length - 1]!), e, path, undefined);
    }
    if (k === T.OR_KW) {
      const i = this.pos++;
      this.use('or', 0);
      if (this.light) return HOLE;
      const arg = new VarNode(this.lines, this.starts[i]!, this.ends[i]!, 'or');
      return new ApplyNode(this.lines, startOf(e), this.ends[i]!, e, arg);
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
        const name = this.name(i);
        if (name === '__curPos') return this.light ? HOLE : new CurPosNode(this.lines, this.starts[i]!, this.ends[i]!);
        this.use(name, 0);
        return this.light ? HOLE : new VarNode(this.lines, this.starts[i]!, this.ends[i]!, name);
      }
      case T.INT: {
        this.pos++;
        if (this.light) return HOLE;
        const raw = this.tokenText(i);
        return new IntNode(this.lines, this.starts[i]!, this.ends[i]!, BigInt(raw), raw);
      }
      case T.FLOAT: {
        this.pos++;
        if (this.light) return HOLE;
        const raw = this.tokenText(i);
        return new FloatNode(this.lines, this.starts[i]!, this.ends[i]!, Number(raw), raw);
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
        if (this.light) return HOLE;
        const raw = this.tokenText(i);
        return new SearchPathNode(this.lines, this.starts[i]!, this.ends[i]!, raw.slice(1, -1));
      }
      case T.URI:
        this.pos++;
        if (this.light) return HOLE;
        return new UriNode(this.lines, this.starts[i]!, this.ends[i]!, this.tokenText(i));
      case T.LPAREN: {
        this.pos++;
        const expr = this.parseFunction();
        const close = this.expect(T.RPAREN, "')'");
        // Checking only: the expression itself (what `unparen` would give; nothing else reads a Paren).
        if (this.light) return expr;
        return new ParenNode(this.lines, this.starts[i]!, this.ends[close]!, expr);
      }
      case T.LET: {
        this.pos++;
        this.expect(T.LBRACE, "'{'");
        const base = this.pendingTop;
        const attrs = newAttrs(true);
        const bindings = this.parseBinds(T.RBRACE, attrs);
        this.closeScope(base, attrs.attrs);
        const close = this.pos++;
        if (this.light) return HOLE;
        const node = new LegacyLetNode(this.lines, this.starts[i]!, this.ends[close]!, bindings);
        this.owners?.set(node, attrs);
        return node;
      }
      case T.REC:
      case T.LBRACE: {
        this.pos++;
        if (k === T.REC) this.expect(T.LBRACE, "'{'");
        const base = this.pendingTop;
        const attrs = newAttrs(k === T.REC);
        const bindings = this.parseBinds(T.RBRACE, attrs);
        if (k === T.REC) this.closeScope(base, attrs.attrs);
        const close = this.pos++;
        const node = new AttrSetNode(this.lines, this.starts[i]!, this.ends[close]!, k === T.REC, bindings);
        this.owners?.set(node, attrs);
        this.lastSet = node;
        this.lastSetAttrs = attrs;
        return node;
      }
      case T.LBRACKET: {
        this.pos++;
        this.deeper();
        const base = this.top;
        while (STARTS_SELECT[this.peek()] === 1) this.keep(this.parseSelect());
        const close = this.expect(T.RBRACKET);
        this.depth--;
        const elements = this.takeOrDrop<Expr>(base);
        if (this.light) return HOLE;
        return new ListNode(this.lines, this.starts[i]!, this.ends[close]!, elements);
      }
      default:
        return this.unexpected();
    }
  }

  // ------------------------------------------------------------------ strings and paths

  /** `"…"` (at the opening quote). */
  private parseString(): Expr {
    const st = this.pos++;
    // The common case, one piece of text: no scratch work.
    if (this.kinds[st + 1] === T.STR && this.kinds[st + 2] === T.QUOTE) {
      this.pos += 2;
      if (this.light) return HOLE;
      const parts: StrPart[] = [this.literal(unescapeString(this.tokenText(st + 1)), st + 1)];
      return new StringNode(this.lines, this.starts[st]!, this.ends[st + 2]!, false, parts);
    }
    const base = this.top;
    let lastWasText = false;
    let interpolated = false;
    while (true) {
      const k = this.peek();
      if (k === T.STR) {
        if (lastWasText && !interpolated) this.unexpected(`'"'`);
        const i = this.pos++;
        if (!this.light) this.keep(this.literal(unescapeString(this.tokenText(i)), i));
        lastWasText = true;
      } else if (k === T.DOLLAR_CURLY) {
        const part = this.interpolation();
        if (!this.light) this.keep(part);
        interpolated = true;
        lastWasText = false;
      } else if (k === T.QUOTE) {
        const close = this.pos++;
        if (this.light) return HOLE;
        const parts = this.take<StrPart>(base);
        return new StringNode(this.lines, this.starts[st]!, this.ends[close]!, false, parts);
      } else this.unexpected(`'"'`);
    }
  }

  /** `''…''` (at the opening quotes). */
  private parseIndentedString(): Expr {
    const st = this.pos++;
    if (this.light) {
      // The same tokens, nothing kept.
      while (true) {
        const k = this.peek();
        if (k === T.IND_STR_LIT || k === T.IND_STR_ESC) this.pos++;
        else if (k === T.DOLLAR_CURLY) this.interpolation();
        else if (k === T.IND_STRING_CLOSE) {
          this.pos++;
          return HOLE;
        } else this.unexpected('IND_STR or DOLLAR_CURLY or IND_STRING_CLOSE');
      }
    }
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
        return new StringNode(this.lines, this.starts[st]!, this.ends[close]!, true, parts);
      } else this.unexpected('IND_STR or DOLLAR_CURLY or IND_STRING_CLOSE');
    }
  }

  private literal(value: string, token: number): StrLiteral {
    return new LiteralNode(this.lines, this.starts[token]!, this.ends[token]!, value);
  }

  /** `${ expr }` (at `${`). */
  private interpolation(): Interpolation {
    const st = this.pos++;
    this.deeper();
    const expr = this.parseFunction();
    this.depth--;
    const close = this.expect(T.RBRACE, "'}'");
    return new InterpolationNode(this.lines, this.starts[st]!, this.ends[close]!, expr);
  }

  /** A path literal, possibly interpolated (at PATH or HPATH). */
  private parsePath(): Expr {
    const first = this.pos++;
    const light = this.light;
    const base = this.top;
    if (!light) this.keep(this.literal(this.tokenText(first), first));
    if (this.peek() !== T.PATH_END) {
      if (this.peek() === T.STR) {
        const i = this.pos++;
        if (!light) this.keep(this.literal(this.tokenText(i), i));
        if (this.peek() !== T.DOLLAR_CURLY) this.unexpected('DOLLAR_CURLY');
      }
      while (this.peek() !== T.PATH_END) {
        const k = this.peek();
        if (k === T.DOLLAR_CURLY) {
          const part = this.interpolation();
          if (!light) this.keep(part);
        } else if (k === T.STR) {
          const i = this.pos++;
          if (!light) this.keep(this.literal(this.tokenText(i), i));
        } else this.unexpected();
      }
    }
    this.pos++; // PATH_END
    if (light) return HOLE;
    const text = this.tokenText(first);
    const parts = this.take<StrPart>(base);
    const where = this.kinds[first] === T.HPATH ? 'home' : text.startsWith('/') ? 'absolute' : 'relative';
    return new PathNode(this.lines, this.starts[first]!, endOf(parts[parts.length - 1]!), where, parts);
  }

  // ------------------------------------------------------------------ attributes

  /** attrpath: `a.b."c".${d}` (at its first element). */
  private parseAttrPath(firstExpecting?: string): AttrName[] {
    const first = this.parseAttrName(firstExpecting);
    if (this.peek() !== T.DOT) return [first];
    const base = this.top;
    this.keep(first);
    while (this.peek() === T.DOT) {
      this.pos++;
      this.keep(this.parseAttrName(ATTR_EXPECTING));
    }
    return this.take<AttrName>(base);
  }

  private parseAttrName(expecting?: string): AttrName {
    const i = this.pos;
    const k = this.peek();
    if (k === T.ID || k === T.OR_KW) {
      this.pos++;
      return new AttrNameNode(this.lines, this.starts[i]!, this.ends[i]!, 'ident', this.name(i), undefined);
    }
    // A name's string or interpolation is always built (checking only too): its value may be the name.
    const light = this.light;
    if (k === T.QUOTE) {
      this.light = false;
      const s = this.parseString() as Str;
      this.light = light;
      return new AttrNameNode(this.lines, startOf(s), endOf(s), 'string', staticString(s), s);
    }
    if (k === T.DOLLAR_CURLY) {
      this.light = false;
      const interp = this.interpolation();
      this.light = light;
      const inner = unparen(interp.expr);
      const name = inner.kind === 'String' ? staticString(inner) : undefined;
      return new AttrNameNode(this.lines, startOf(interp), endOf(interp), 'interpolation', name, interp.expr);
    }
    return this.unexpected(expecting);
  }

  /** Bindings up to (not including) `closer` (`}` or `in`), recorded into `attrs` with Nix's duplicate checks. */
  private parseBinds(closer: number, attrs: NAttrs): Binding[] {
    const base = this.top;
    this.deeper();
    while (true) {
      const k = this.peek();
      if (k === closer) {
        this.depth--;
        return this.takeOrDrop<Binding>(base);
      }
      if (k === T.INHERIT) {
        // A `let` or `rec` set looks up the names it inherits outside itself (a plain set adds no scope).
        const inherit = this.parseInherit(attrs, closer === T.IN || attrs.recursive ? 1 : 0);
        if (!this.light) this.keep(inherit);
        continue;
      }
      if (k !== T.ID && k !== T.OR_KW && k !== T.QUOTE && k !== T.DOLLAR_CURLY) this.unexpected();
      const path = this.parseAttrPath();
      this.expect(T.ASSIGN, "'.' or '='");
      const value = this.parseFunction();
      const semi = this.expect(T.SEMI, "';'");
      this.addAttr(attrs, path, value);
      if (!this.light) this.keep(new AttrBindingNode(this.lines, startOf(path[0]!), this.ends[semi]!, path, value));
    }
  }

  private parseInherit(attrs: NAttrs, skip: number): InheritNode {
    const st = this.pos++;
    let from: Expr | undefined;
    if (this.peek() === T.LPAREN) {
      this.pos++;
      from = this.parseFunction();
      this.expect(T.RPAREN, "')'");
    }
    const base = this.top;
    while (true) {
      const k = this.peek();
      if (k !== T.ID && k !== T.OR_KW && k !== T.QUOTE && k !== T.DOLLAR_CURLY) break;
      const name = this.parseAttrName();
      if (name.name === undefined) this.fail('dynamic attributes not allowed in inherit', startOf(name));
      this.keep(name);
    }
    const semi = this.expect(T.SEMI);
    const names = this.take<AttrName>(base);
    for (const n of names) {
      const key = n.name!;
      const existing = attrs.attrs.get(key);
      if (existing) this.dupAttr(showName(key), n, existing.at);
      attrs.attrs.set(key, from ? { kind: 'inheritFrom', from, at: n } : { kind: 'inherit', name: key, at: n });
      if (!from) this.use(key, skip);
    }
    return new InheritNode(this.lines, this.starts[st]!, this.ends[semi]!, names, from);
  }

  /** Nix's addAttr: walk (or create) nested sets along the path, merge attribute-set literals, else a duplicate. */
  private addAttr(root: NAttrs, path: readonly AttrName[], value: Expr): void {
    const pos = path[0]!;
    let attrs = root;
    for (let i = 0; i < path.length - 1; i++) {
      const name = path[i]!;
      if (name.name !== undefined) {
        const j = attrs.attrs.get(name.name);
        if (j) {
          if (j.kind !== 'attrs') this.dupAttr(this.showPath(path), pos, j.at);
          attrs = j.attrs;
        } else {
          const nested = newAttrs(false);
          attrs.attrs.set(name.name, { kind: 'attrs', attrs: nested, at: pos });
          attrs = nested;
        }
      } else {
        const nested = newAttrs(false);
        (attrs.dynamics ??= []).push({ name: name.expr!, def: { kind: 'attrs', attrs: nested, at: pos } });
        attrs = nested;
      }
    }
    const last = path[path.length - 1]!;
    const literal = unparen(value);
    const valueAttrs = literal === this.lastSet ? this.lastSetAttrs : undefined;
    const def: NDef = valueAttrs
      ? { kind: 'attrs', attrs: valueAttrs, at: pos }
      : { kind: 'expr', expr: value, at: pos };
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
      this.scopesMerged = true;
      const target = j.attrs;
      for (const [k, def] of valueAttrs.attrs) {
        const prev = target.attrs.get(k);
        if (prev) this.dupAttr(showName(k), def.at, prev.at);
        target.attrs.set(k, def);
      }
      return;
    }
    this.dupAttr(this.showPath(path), pos, j.at);
  }

  private showPath(path: readonly AttrName[]): string {
    return path.map((p) => (p.name !== undefined ? showName(p.name) : this.text.slice(startOf(p), endOf(p)))).join('.');
  }

  private dupAttr(path: string, at: AttrName, previous: AttrName): never {
    const loc = this.lines.loc(startOf(previous));
    this.fail(`attribute '${path}' already defined at ${this.file}:${loc.line}:${loc.column}`, startOf(at));
  }
}

/**
 * An attribute name as Nix 2.8 writes it in messages (`printIdentifier`): bare when it is an identifier other than
 * `if`, else a string literal with quote, backslash, `$`, newline, return and tab escaped. So a name never breaks a
 * message's line (other control characters stay as they are, as in Nix; output neutralises them).
 */
function showName(name: string): string {
  if (/^[a-zA-Z_][a-zA-Z0-9_'-]*$/.test(name) && name !== 'if') return name;
  return `"${name.replace(/["\\$\n\r\t]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\${c}`))}"`;
}

function newAttrs(recursive: boolean): NAttrs {
  return { recursive, attrs: new Map(), dynamics: undefined };
}
