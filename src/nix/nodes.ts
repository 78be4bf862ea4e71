/**
 * The parser's node objects: one class per AST interface (ast.ts), each keeping its start and end offsets and the
 * file's line table, and computing its `span` (with line and column) the first time it is read, then keeping it.
 * A 5 MB file has about a million nodes; spans built up front were two thirds of the objects the parser made,
 * most never read. The offsets and the line table are kept under symbol keys, so a node's string-keyed own
 * properties are exactly its interface's (apart from `span`, a getter).
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
  StrPart,
} from './ast.js';
import type { LineIndex, Span } from './location.js';

// Symbol keys: own properties that `Object.keys`, `for…in` and JSON leave out, set by plain stores (private class
// fields, the other way to hide them, cost a tenth of the parse time in their per-object definitions). Every class
// sets them in its own constructor: stores in one shared constructor would see every node class and go slow.
const LINES = Symbol('lines');
const START = Symbol('start');
const END = Symbol('end');
const OP_START = Symbol('opStart');

/** Spans already read, kept so that a node gives the same Span object every time (few nodes are ever asked). */
const spans = new WeakMap<SourceNode, Span>();
const opSpans = new WeakMap<SourceNode, Span>();

export class SourceNode {
  declare [LINES]: LineIndex;
  declare [START]: number;
  declare [END]: number;

  get span(): Span {
    let span = spans.get(this);
    if (span === undefined) spans.set(this, (span = this[LINES].span(this[START], this[END])));
    return span;
  }
}

/** Start offset of a node made by the parser. */
export const startOf = (n: unknown): number => (n as SourceNode)[START];

/** End offset of a node made by the parser. */
export const endOf = (n: unknown): number => (n as SourceNode)[END];

export class IntNode extends SourceNode {
  declare readonly kind: 'Int';
  declare readonly value: bigint;
  declare readonly raw: string;
  constructor(lines: LineIndex, start: number, end: number, value: bigint, raw: string) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = 'Int';
    this.value = value;
    this.raw = raw;
  }
}

export class FloatNode extends SourceNode {
  declare readonly kind: 'Float';
  declare readonly value: number;
  declare readonly raw: string;
  constructor(lines: LineIndex, start: number, end: number, value: number, raw: string) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = 'Float';
    this.value = value;
    this.raw = raw;
  }
}

export class LiteralNode extends SourceNode {
  declare readonly kind: 'Literal';
  declare readonly value: string;
  constructor(lines: LineIndex, start: number, end: number, value: string) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = 'Literal';
    this.value = value;
  }
}

export class InterpolationNode extends SourceNode {
  declare readonly kind: 'Interpolation';
  declare readonly expr: Expr;
  constructor(lines: LineIndex, start: number, end: number, expr: Expr) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = 'Interpolation';
    this.expr = expr;
  }
}

export class StringNode extends SourceNode {
  declare readonly kind: 'String';
  declare readonly indented: boolean;
  declare readonly parts: readonly StrPart[];
  constructor(lines: LineIndex, start: number, end: number, indented: boolean, parts: readonly StrPart[]) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = 'String';
    this.indented = indented;
    this.parts = parts;
  }
}

export class PathNode extends SourceNode {
  declare readonly kind: 'Path';
  declare readonly base: 'relative' | 'absolute' | 'home';
  declare readonly parts: readonly StrPart[];
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    base: 'relative' | 'absolute' | 'home',
    parts: readonly StrPart[],
  ) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = 'Path';
    this.base = base;
    this.parts = parts;
  }
}

export class SearchPathNode extends SourceNode {
  declare readonly kind: 'SearchPath';
  declare readonly path: string;
  constructor(lines: LineIndex, start: number, end: number, path: string) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = 'SearchPath';
    this.path = path;
  }
}

export class UriNode extends SourceNode {
  declare readonly kind: 'Uri';
  declare readonly value: string;
  constructor(lines: LineIndex, start: number, end: number, value: string) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = 'Uri';
    this.value = value;
  }
}

export class VarNode extends SourceNode {
  declare readonly kind: 'Var';
  declare readonly name: string;
  constructor(lines: LineIndex, start: number, end: number, name: string) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = 'Var';
    this.name = name;
  }
}

export class CurPosNode extends SourceNode {
  declare readonly kind: 'CurPos';
  constructor(lines: LineIndex, start: number, end: number) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = 'CurPos';
  }
}

export class ParenNode extends SourceNode {
  declare readonly kind: 'Paren';
  declare readonly expr: Expr;
  constructor(lines: LineIndex, start: number, end: number, expr: Expr) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = 'Paren';
    this.expr = expr;
  }
}

export class IdentNode extends SourceNode {
  declare readonly name: string;
  constructor(lines: LineIndex, start: number, end: number, name: string) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.name = name;
  }
}

export class AttrNameNode extends SourceNode {
  declare readonly name?: string;
  declare readonly expr?: Expr;
  declare readonly syntax: 'ident' | 'string' | 'interpolation';
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    syntax: 'ident' | 'string' | 'interpolation',
    name: string | undefined,
    expr: Expr | undefined,
  ) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.syntax = syntax;
    // Absent rather than undefined, as the interface has them.
    if (name !== undefined) this.name = name;
    if (expr !== undefined) this.expr = expr;
  }
}

export class AttrBindingNode extends SourceNode {
  declare readonly kind: 'AttrBinding';
  declare readonly path: readonly AttrName[];
  declare readonly value: Expr;
  constructor(lines: LineIndex, start: number, end: number, path: readonly AttrName[], value: Expr) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = 'AttrBinding';
    this.path = path;
    this.value = value;
  }
}

export class InheritNode extends SourceNode {
  declare readonly kind: 'Inherit';
  declare readonly from?: Expr;
  declare readonly names: readonly AttrName[];
  constructor(lines: LineIndex, start: number, end: number, names: readonly AttrName[], from: Expr | undefined) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = 'Inherit';
    this.names = names;
    if (from !== undefined) this.from = from;
  }
}

export class AttrSetNode extends SourceNode {
  declare readonly kind: 'AttrSet';
  declare readonly recursive: boolean;
  declare readonly bindings: readonly Binding[];
  constructor(lines: LineIndex, start: number, end: number, recursive: boolean, bindings: readonly Binding[]) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = 'AttrSet';
    this.recursive = recursive;
    this.bindings = bindings;
  }
}

export class LegacyLetNode extends SourceNode {
  declare readonly kind: 'LegacyLet';
  declare readonly bindings: readonly Binding[];
  constructor(lines: LineIndex, start: number, end: number, bindings: readonly Binding[]) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = 'LegacyLet';
    this.bindings = bindings;
  }
}

export class LetNode extends SourceNode {
  declare readonly kind: 'Let';
  declare readonly bindings: readonly Binding[];
  declare readonly body: Expr;
  constructor(lines: LineIndex, start: number, end: number, bindings: readonly Binding[], body: Expr) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = 'Let';
    this.bindings = bindings;
    this.body = body;
  }
}

export class ListNode extends SourceNode {
  declare readonly kind: 'List';
  declare readonly elements: readonly Expr[];
  constructor(lines: LineIndex, start: number, end: number, elements: readonly Expr[]) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = 'List';
    this.elements = elements;
  }
}

export class FormalNode extends SourceNode {
  declare readonly default?: Expr;
  declare readonly name: Ident;
  constructor(lines: LineIndex, start: number, end: number, name: Ident, def: Expr | undefined) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.name = name;
    if (def !== undefined) this.default = def;
  }
}

export class FormalsNode extends SourceNode {
  declare readonly entries: readonly Formal[];
  declare readonly ellipsis: boolean;
  constructor(lines: LineIndex, start: number, end: number, entries: readonly Formal[], ellipsis: boolean) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.entries = entries;
    this.ellipsis = ellipsis;
  }
}

export class LambdaNode extends SourceNode {
  declare readonly kind: 'Lambda';
  declare readonly param?: Ident;
  declare readonly formals?: Formals;
  declare readonly paramPosition?: 'before' | 'after';
  declare readonly body: Expr;
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    param: Ident | undefined,
    formals: Formals | undefined,
    paramPosition: 'before' | 'after' | undefined,
    body: Expr,
  ) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = 'Lambda';
    if (param !== undefined) this.param = param;
    if (formals !== undefined) this.formals = formals;
    if (paramPosition !== undefined) this.paramPosition = paramPosition;
    this.body = body;
  }
}

export class ApplyNode extends SourceNode {
  declare readonly kind: 'Apply';
  declare readonly fn: Expr;
  declare readonly arg: Expr;
  constructor(lines: LineIndex, start: number, end: number, fn: Expr, arg: Expr) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = 'Apply';
    this.fn = fn;
    this.arg = arg;
  }
}

export class SelectNode extends SourceNode {
  declare readonly kind: 'Select';
  declare readonly default?: Expr;
  declare readonly expr: Expr;
  declare readonly path: readonly AttrName[];
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    expr: Expr,
    path: readonly AttrName[],
    def: Expr | undefined,
  ) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = 'Select';
    this.expr = expr;
    this.path = path;
    if (def !== undefined) this.default = def;
  }
}

export class HasAttrNode extends SourceNode {
  declare readonly kind: 'HasAttr';
  declare readonly expr: Expr;
  declare readonly path: readonly AttrName[];
  constructor(lines: LineIndex, start: number, end: number, expr: Expr, path: readonly AttrName[]) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = 'HasAttr';
    this.expr = expr;
    this.path = path;
  }
}

export class UnaryNode extends SourceNode {
  declare readonly kind: 'Unary';
  declare readonly op: '!' | '-';
  declare readonly expr: Expr;
  constructor(lines: LineIndex, start: number, end: number, op: '!' | '-', expr: Expr) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = 'Unary';
    this.op = op;
    this.expr = expr;
  }
}

export class BinaryNode extends SourceNode {
  declare readonly kind: 'Binary';
  declare readonly [OP_START]: number;
  declare readonly op: BinaryOp;
  declare readonly left: Expr;
  declare readonly right: Expr;
  constructor(lines: LineIndex, start: number, end: number, op: BinaryOp, opStart: number, left: Expr, right: Expr) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = 'Binary';
    this.op = op;
    this.left = left;
    this.right = right;
    this[OP_START] = opStart;
  }

  /** The operator token (every binary operator is ASCII, so its length is its name's). */
  get opSpan(): Span {
    let span = opSpans.get(this);
    if (span === undefined) {
      const at = this[OP_START];
      opSpans.set(this, (span = this[LINES].span(at, at + this.op.length)));
    }
    return span;
  }
}

export class IfNode extends SourceNode {
  declare readonly kind: 'If';
  readonly cond: Expr;
  readonly then: Expr;
  readonly else: Expr;
  constructor(lines: LineIndex, start: number, end: number, cond: Expr, then: Expr, els: Expr) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = 'If';
    this.cond = cond;
    this.then = then;
    this.else = els;
  }
}

export class AssertNode extends SourceNode {
  declare readonly kind: 'Assert';
  declare readonly cond: Expr;
  declare readonly body: Expr;
  constructor(lines: LineIndex, start: number, end: number, cond: Expr, body: Expr) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = 'Assert';
    this.cond = cond;
    this.body = body;
  }
}

export class WithNode extends SourceNode {
  declare readonly kind: 'With';
  declare readonly env: Expr;
  declare readonly body: Expr;
  constructor(lines: LineIndex, start: number, end: number, env: Expr, body: Expr) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = 'With';
    this.env = env;
    this.body = body;
  }
}

export class CommentNode extends SourceNode {
  declare readonly kind: 'line' | 'block';
  declare readonly text: string;
  constructor(lines: LineIndex, start: number, end: number, kind: 'line' | 'block', text: string) {
    super();
    this[LINES] = lines;
    this[START] = start;
    this[END] = end;
    this.kind = kind;
    this.text = text;
  }
}

// The classes must stay assignable to the interfaces the parser's callers see.
type Assignable<_T extends U, U> = true;
export type NodeContracts = [
  Assignable<IntNode, Expr>,
  Assignable<StringNode, Expr>,
  Assignable<LiteralNode, StrPart>,
  Assignable<InterpolationNode, Interpolation>,
  Assignable<AttrNameNode, AttrName>,
  Assignable<AttrBindingNode, Binding>,
  Assignable<InheritNode, Binding>,
  Assignable<LambdaNode, Expr>,
  Assignable<BinaryNode, Expr>,
  Assignable<FormalNode, Formal>,
  Assignable<FormalsNode, Formals>,
  Assignable<IdentNode, Ident>,
  Assignable<CommentNode, Comment>,
];
