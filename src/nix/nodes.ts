/**
 * The parser's node objects: one class per AST interface (ast.ts), each keeping its start and end offsets and the
 * file's line table, and computing its `span` (with line and column) the first time it is read, then keeping it.
 * A 5 MB file has about a million nodes; spans built up front were two thirds of the objects the parser made,
 * most never read. The offsets and the line table are private fields, so a node's own properties are exactly its
 * interface's (apart from `span`, a getter).
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
import type { LineIndex } from './location.js';
import type { Span } from '../flake/types.js';

export class SourceNode {
  readonly #lines: LineIndex;
  readonly #start: number;
  readonly #end: number;
  #span: Span | undefined = undefined;

  constructor(lines: LineIndex, start: number, end: number) {
    this.#lines = lines;
    this.#start = start;
    this.#end = end;
  }

  get span(): Span {
    return (this.#span ??= this.#lines.span(this.#start, this.#end));
  }

  /** Start offset of a node made by the parser. */
  static start(n: unknown): number {
    return (n as SourceNode).#start;
  }

  /** End offset of a node made by the parser. */
  static end(n: unknown): number {
    return (n as SourceNode).#end;
  }

  protected static lines(n: SourceNode): LineIndex {
    return n.#lines;
  }
}

export const startOf = SourceNode.start;
export const endOf = SourceNode.end;

export class IntNode extends SourceNode {
  readonly kind = 'Int';
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    readonly value: bigint,
    readonly raw: string,
  ) {
    super(lines, start, end);
  }
}

export class FloatNode extends SourceNode {
  readonly kind = 'Float';
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    readonly value: number,
    readonly raw: string,
  ) {
    super(lines, start, end);
  }
}

export class LiteralNode extends SourceNode {
  readonly kind = 'Literal';
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    readonly value: string,
  ) {
    super(lines, start, end);
  }
}

export class InterpolationNode extends SourceNode {
  readonly kind = 'Interpolation';
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    readonly expr: Expr,
  ) {
    super(lines, start, end);
  }
}

export class StringNode extends SourceNode {
  readonly kind = 'String';
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    readonly indented: boolean,
    readonly parts: readonly StrPart[],
  ) {
    super(lines, start, end);
  }
}

export class PathNode extends SourceNode {
  readonly kind = 'Path';
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    readonly base: 'relative' | 'absolute' | 'home',
    readonly parts: readonly StrPart[],
  ) {
    super(lines, start, end);
  }
}

export class SearchPathNode extends SourceNode {
  readonly kind = 'SearchPath';
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    readonly path: string,
  ) {
    super(lines, start, end);
  }
}

export class UriNode extends SourceNode {
  readonly kind = 'Uri';
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    readonly value: string,
  ) {
    super(lines, start, end);
  }
}

export class VarNode extends SourceNode {
  readonly kind = 'Var';
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    readonly name: string,
  ) {
    super(lines, start, end);
  }
}

export class CurPosNode extends SourceNode {
  readonly kind = 'CurPos';
}

export class ParenNode extends SourceNode {
  readonly kind = 'Paren';
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    readonly expr: Expr,
  ) {
    super(lines, start, end);
  }
}

export class IdentNode extends SourceNode {
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    readonly name: string,
  ) {
    super(lines, start, end);
  }
}

export class AttrNameNode extends SourceNode {
  declare readonly name?: string;
  declare readonly expr?: Expr;
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    readonly syntax: 'ident' | 'string' | 'interpolation',
    name: string | undefined,
    expr: Expr | undefined,
  ) {
    super(lines, start, end);
    // Absent rather than undefined, as the interface has them.
    if (name !== undefined) (this as { name?: string }).name = name;
    if (expr !== undefined) (this as { expr?: Expr }).expr = expr;
  }
}

export class AttrBindingNode extends SourceNode {
  readonly kind = 'AttrBinding';
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    readonly path: readonly AttrName[],
    readonly value: Expr,
  ) {
    super(lines, start, end);
  }
}

export class InheritNode extends SourceNode {
  readonly kind = 'Inherit';
  declare readonly from?: Expr;
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    readonly names: readonly AttrName[],
    from: Expr | undefined,
  ) {
    super(lines, start, end);
    if (from !== undefined) (this as { from?: Expr }).from = from;
  }
}

export class AttrSetNode extends SourceNode {
  readonly kind = 'AttrSet';
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    readonly recursive: boolean,
    readonly bindings: readonly Binding[],
  ) {
    super(lines, start, end);
  }
}

export class LegacyLetNode extends SourceNode {
  readonly kind = 'LegacyLet';
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    readonly bindings: readonly Binding[],
  ) {
    super(lines, start, end);
  }
}

export class LetNode extends SourceNode {
  readonly kind = 'Let';
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    readonly bindings: readonly Binding[],
    readonly body: Expr,
  ) {
    super(lines, start, end);
  }
}

export class ListNode extends SourceNode {
  readonly kind = 'List';
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    readonly elements: readonly Expr[],
  ) {
    super(lines, start, end);
  }
}

export class FormalNode extends SourceNode {
  declare readonly default?: Expr;
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    readonly name: Ident,
    def: Expr | undefined,
  ) {
    super(lines, start, end);
    if (def !== undefined) (this as { default?: Expr }).default = def;
  }
}

export class FormalsNode extends SourceNode {
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    readonly entries: readonly Formal[],
    readonly ellipsis: boolean,
  ) {
    super(lines, start, end);
  }
}

export class LambdaNode extends SourceNode {
  readonly kind = 'Lambda';
  declare readonly param?: Ident;
  declare readonly formals?: Formals;
  declare readonly paramPosition?: 'before' | 'after';
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    param: Ident | undefined,
    formals: Formals | undefined,
    paramPosition: 'before' | 'after' | undefined,
    readonly body: Expr,
  ) {
    super(lines, start, end);
    const self = this as { param?: Ident; formals?: Formals; paramPosition?: 'before' | 'after' };
    if (param !== undefined) self.param = param;
    if (formals !== undefined) self.formals = formals;
    if (paramPosition !== undefined) self.paramPosition = paramPosition;
  }
}

export class ApplyNode extends SourceNode {
  readonly kind = 'Apply';
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    readonly fn: Expr,
    readonly arg: Expr,
  ) {
    super(lines, start, end);
  }
}

export class SelectNode extends SourceNode {
  readonly kind = 'Select';
  declare readonly default?: Expr;
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    readonly expr: Expr,
    readonly path: readonly AttrName[],
    def: Expr | undefined,
  ) {
    super(lines, start, end);
    if (def !== undefined) (this as { default?: Expr }).default = def;
  }
}

export class HasAttrNode extends SourceNode {
  readonly kind = 'HasAttr';
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    readonly expr: Expr,
    readonly path: readonly AttrName[],
  ) {
    super(lines, start, end);
  }
}

export class UnaryNode extends SourceNode {
  readonly kind = 'Unary';
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    readonly op: '!' | '-',
    readonly expr: Expr,
  ) {
    super(lines, start, end);
  }
}

export class BinaryNode extends SourceNode {
  readonly kind = 'Binary';
  readonly #opStart: number;
  #opSpan: Span | undefined = undefined;
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    readonly op: BinaryOp,
    opStart: number,
    readonly left: Expr,
    readonly right: Expr,
  ) {
    super(lines, start, end);
    this.#opStart = opStart;
  }

  /** The operator token (every binary operator is ASCII, so its length is its name's). */
  get opSpan(): Span {
    return (this.#opSpan ??= SourceNode.lines(this).span(this.#opStart, this.#opStart + this.op.length));
  }
}

export class IfNode extends SourceNode {
  readonly kind = 'If';
  readonly cond: Expr;
  readonly then: Expr;
  readonly else: Expr;
  constructor(lines: LineIndex, start: number, end: number, cond: Expr, then: Expr, els: Expr) {
    super(lines, start, end);
    this.cond = cond;
    this.then = then;
    this.else = els;
  }
}

export class AssertNode extends SourceNode {
  readonly kind = 'Assert';
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    readonly cond: Expr,
    readonly body: Expr,
  ) {
    super(lines, start, end);
  }
}

export class WithNode extends SourceNode {
  readonly kind = 'With';
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    readonly env: Expr,
    readonly body: Expr,
  ) {
    super(lines, start, end);
  }
}

export class CommentNode extends SourceNode {
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    readonly kind: 'line' | 'block',
    readonly text: string,
  ) {
    super(lines, start, end);
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
