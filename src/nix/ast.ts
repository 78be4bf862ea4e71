/**
 * The Nix language AST. Every node carries the `span` of the source text it was parsed from (start inclusive, end
 * exclusive; 0-based UTF-16 offsets and 1-based line/column), so callers can annotate and edit the file precisely.
 *
 * The tree keeps what was written, not what Nix desugars it to: `a.b.c = 1;` stays one binding with a three-part
 * path, `-x` is a Unary node (not `__sub 0 x`), `<nixpkgs>` is a SearchPath (not `__findFile __nixPath "nixpkgs"`),
 * parentheses are Paren nodes. String values are already unescaped, and indented strings already have their
 * indentation stripped the way Nix does it, so a literal's `value` is exactly the string Nix would evaluate to.
 */
import type { Span } from './location.js';

export type { Loc, Span } from './location.js';

/** Any Nix expression. Switch on `kind`. */
export type Expr =
  | IntLit
  | FloatLit
  | Str
  | Path
  | SearchPath
  | Uri
  | Var
  | CurPos
  | Paren
  | AttrSet
  | LegacyLet
  | Let
  | List
  | Lambda
  | Apply
  | Select
  | HasAttr
  | Unary
  | Binary
  | If
  | Assert
  | With;

export type ExprKind = Expr['kind'];

interface Node {
  readonly span: Span;
}

/** An integer literal (`42`). Nix integers are signed 64-bit. */
export interface IntLit extends Node {
  readonly kind: 'Int';
  readonly value: bigint;
  /** As written (`007` stays `007`). */
  readonly raw: string;
}

/** A float literal (`1.5`, `.5`, `1.`, `2.5e-3`). */
export interface FloatLit extends Node {
  readonly kind: 'Float';
  readonly value: number;
  readonly raw: string;
}

/** Literal text inside a string or path: already unescaped (and, in an indented string, already de-indented). */
export interface StrLiteral extends Node {
  readonly kind: 'Literal';
  readonly value: string;
}

/** `${ expr }` inside a string, a path or an attribute name. `span` covers `${` to `}`. */
export interface Interpolation extends Node {
  readonly kind: 'Interpolation';
  readonly expr: Expr;
}

export type StrPart = StrLiteral | Interpolation;

/**
 * A string: `"…"` or indented `''…''`. `parts` are Nix's own pieces: literal text and interpolations in order. An
 * indented string also splits its text at each escape (`''$`, `'''`, `''\n`, a lone `'` before `$`), exactly as Nix
 * does; such a string is not a constant for Nix (it cannot name an attribute in `let` or be a flake input value).
 * Nix treats a string as a constant only when it has zero parts (`""`) or one Literal part: see `staticString`.
 */
export interface Str extends Node {
  readonly kind: 'String';
  readonly indented: boolean;
  readonly parts: readonly StrPart[];
}

/**
 * A path literal: `./a`, `../a`, `a/b`, `/abs`, `~/a`, optionally with interpolation (`./hosts/${name}.nix`).
 * `parts` hold the text exactly as written (no resolution against the file's directory).
 */
export interface Path extends Node {
  readonly kind: 'Path';
  /** `home` for `~/…`, `absolute` for `/…`, `relative` otherwise. */
  readonly base: 'relative' | 'absolute' | 'home';
  readonly parts: readonly StrPart[];
}

/** `<nixpkgs>` or `<nixpkgs/lib>`: `path` is the text between the angle brackets. */
export interface SearchPath extends Node {
  readonly kind: 'SearchPath';
  readonly path: string;
}

/** An unquoted URI literal (`https://example.org/x.tar.gz`, `github:o/r`); Nix reads it as a string. */
export interface Uri extends Node {
  readonly kind: 'Uri';
  readonly value: string;
}

/** A variable reference. `or` appears as a Var only in Nix's legacy `f or` call form. */
export interface Var extends Node {
  readonly kind: 'Var';
  readonly name: string;
}

/** `__curPos`: the current position, a special form rather than a variable. */
export interface CurPos extends Node {
  readonly kind: 'CurPos';
}

/** `( expr )`. */
export interface Paren extends Node {
  readonly kind: 'Paren';
  readonly expr: Expr;
}

/** An identifier with its own span (formal arguments, `@`-patterns). */
export interface Ident extends Node {
  readonly name: string;
}

/**
 * One element of an attribute path or of an `inherit`: `a`, `"a"`, `"a${x}"` or `${x}`.
 * `name` is set when Nix knows the name at parse time: identifiers, strings without interpolation, and `${e}`
 * where `e` is such a string (`${"a"}`). Otherwise the name is dynamic and `expr` says how it is computed.
 */
export interface AttrName extends Node {
  readonly syntax: 'ident' | 'string' | 'interpolation';
  readonly name?: string;
  /** The Str node for `"…"` names, the inner expression for `${…}` names; absent for identifiers. */
  readonly expr?: Expr;
}

/** `path = value;` inside an attribute set or `let`. `span` covers the path through the `;`. */
export interface AttrBinding extends Node {
  readonly kind: 'AttrBinding';
  readonly path: readonly AttrName[];
  readonly value: Expr;
}

/** `inherit a b;` or `inherit (from) a b;`. `span` covers `inherit` through the `;`. */
export interface Inherit extends Node {
  readonly kind: 'Inherit';
  readonly from?: Expr;
  readonly names: readonly AttrName[];
}

export type Binding = AttrBinding | Inherit;

/** `{ … }` or `rec { … }`. `bindings` are in source order, exactly as written (dotted paths are not merged). */
export interface AttrSet extends Node {
  readonly kind: 'AttrSet';
  readonly recursive: boolean;
  readonly bindings: readonly Binding[];
}

/** Legacy `let { …; body = …; }` (Nix reads it as `(rec { … }).body`). */
export interface LegacyLet extends Node {
  readonly kind: 'LegacyLet';
  readonly bindings: readonly Binding[];
}

/** `let bindings in body`. */
export interface Let extends Node {
  readonly kind: 'Let';
  readonly bindings: readonly Binding[];
  readonly body: Expr;
}

/** `[ a b c ]`. */
export interface List extends Node {
  readonly kind: 'List';
  readonly elements: readonly Expr[];
}

/** One formal argument: `a` or `a ? default`. `span` covers the name and the default. */
export interface Formal extends Node {
  readonly name: Ident;
  readonly default?: Expr;
}

/** `{ a, b ? 1, ... }`: `span` covers the braces. */
export interface Formals extends Node {
  readonly entries: readonly Formal[];
  readonly ellipsis: boolean;
}

/**
 * A function: `x: body`, `{ a, b }: body`, `args@{ a }: body` or `{ a }@args: body`.
 * At least one of `param` and `formals` is present.
 */
export interface Lambda extends Node {
  readonly kind: 'Lambda';
  readonly param?: Ident;
  readonly formals?: Formals;
  /** Where `param` was written relative to the formals (`args@{…}` is `before`); absent without formals. */
  readonly paramPosition?: 'before' | 'after';
  readonly body: Expr;
}

/** Function application `fn arg` (curried: `f a b` is `Apply(Apply(f, a), b)`). */
export interface Apply extends Node {
  readonly kind: 'Apply';
  readonly fn: Expr;
  readonly arg: Expr;
}

/** `expr.a.b` or `expr.a.b or default`. */
export interface Select extends Node {
  readonly kind: 'Select';
  readonly expr: Expr;
  readonly path: readonly AttrName[];
  readonly default?: Expr;
}

/** `expr ? a.b`. */
export interface HasAttr extends Node {
  readonly kind: 'HasAttr';
  readonly expr: Expr;
  readonly path: readonly AttrName[];
}

/** `!expr` or `-expr`. */
export interface Unary extends Node {
  readonly kind: 'Unary';
  readonly op: '!' | '-';
  readonly expr: Expr;
}

export type BinaryOp =
  '==' | '!=' | '<' | '<=' | '>' | '>=' | '&&' | '||' | '->' | '//' | '+' | '-' | '*' | '/' | '++' | '|>' | '<|';

/** A binary operator; `opSpan` is the operator token. */
export interface Binary extends Node {
  readonly kind: 'Binary';
  readonly op: BinaryOp;
  readonly opSpan: Span;
  readonly left: Expr;
  readonly right: Expr;
}

/** `if cond then a else b`. */
export interface If extends Node {
  readonly kind: 'If';
  readonly cond: Expr;
  readonly then: Expr;
  readonly else: Expr;
}

/** `assert cond; body`. */
export interface Assert extends Node {
  readonly kind: 'Assert';
  readonly cond: Expr;
  readonly body: Expr;
}

/** `with env; body`. */
export interface With extends Node {
  readonly kind: 'With';
  readonly env: Expr;
  readonly body: Expr;
}

/** A comment, kept beside the tree (see `parseFile`): `# …` is `line`, `/* … *\/` is `block`. */
export interface Comment extends Node {
  readonly kind: 'line' | 'block';
  /** The full comment text including its delimiters. */
  readonly text: string;
}

/** Options of the parser. */
export interface ParseOptions {
  /** File name used in error messages (`FILE:LINE:COL: error: …`). Default `(string)`. */
  readonly file?: string;
  /** Accept the experimental `|>` and `<|` operators (Nix's `pipe-operators` feature). Default false, as in 2.8. */
  readonly pipeOperators?: boolean;
}

/** What `parseFile` returns: the expression and every comment in file order. */
export interface ParsedFile {
  readonly expr: Expr;
  readonly comments: readonly Comment[];
}

/** The value of a string Nix treats as a constant (zero parts, or one Literal); `undefined` otherwise. */
export function staticString(s: Str): string | undefined {
  if (s.parts.length === 0) return '';
  if (s.parts.length === 1 && s.parts[0]!.kind === 'Literal') return s.parts[0]!.value;
  return undefined;
}

/** The expression inside any number of parentheses. */
export function unparen(e: Expr): Expr {
  let x = e;
  while (x.kind === 'Paren') x = x.expr;
  return x;
}

/** The value of a string without interpolation, whatever its pieces (`''a''$b''` is `a$b`); `undefined` otherwise. */
export function literalString(s: Str): string | undefined {
  let out = '';
  for (const p of s.parts) {
    if (p.kind !== 'Literal') return undefined;
    out += p.value;
  }
  return out;
}
