/**
 * The inputs a flake.nix declares, read from its syntax tree the way Nix reads them: every syntax (an `inputs`
 * block, dotted `inputs.x.url = …` bindings, a mix of both, nested overrides to any depth), merged as Nix merges
 * attribute paths, with the position of every binding. Nix reads `inputs` without evaluating anything, so a
 * computed value there (a variable, a function call, an interpolated string, `//`) is an error; so is anything
 * else Nix would refuse (an input that is not an attribute set, `flake = "yes"`, an unknown attribute without
 * `type`). Everything is reported as a UserError at the offending position, with what to write instead.
 *
 * Two results: `readFlakeNix` gives the model (FlakeNix, declared inputs with spans, `outputs` formals);
 * `inputsValue` gives the JSON of `inputs` exactly as `nix-instantiate --eval --strict --json` prints it.
 *
 * Where Nix versions differ, this follows current Nix: a path literal is accepted as `url` (kept as written,
 * e.g. `../..`; Nix 2.8 refuses it), and `inputs.self` holds the flake's own `submodules`/`lfs` settings rather
 * than declaring an input named `self`.
 */
import { Suggester } from '../core/did-you-mean.js';
import { UserError, type Position } from '../core/errors.js';
import { INPUT_ATTRIBUTES as FETCHER_ATTRIBUTES } from './flakeref.js';
import { parse } from '../nix/index.js';
import type { AttrName, AttrSet, Expr } from '../nix/ast.js';
import { staticString } from '../nix/ast.js';
import type { DeclaredInput, FlakeNix, FlakeRefAttrs, FlakeShape, InputPath, Located } from './flake-types.js';
import type { Span } from '../nix/location.js';

/**
 * An attribute Nix does not know where it reads the flake (an input's `ulr`): Nix refuses the flake with
 * "unexpected flake input attribute 'ulr'". Lint reports it as schema/unknown-attribute, with the name meant.
 */
export class UnknownAttributeError extends UserError {
  constructor(
    message: string,
    file: string,
    position: Position,
    hint: string,
    /** The attribute as written, and the known one it is a typo of, when there is one. */
    readonly attribute: string,
    readonly suggestion?: string,
  ) {
    super(message, file, position, hint);
  }
}

/** The attributes Nix reads at the top of a flake (anything else: "flake … has an unsupported attribute"). */
export const FLAKE_ATTRIBUTES: readonly string[] = ['description', 'inputs', 'outputs', 'nixConfig'];
/** The attributes of an input written as a reference string (with `type`, the fetcher's attributes are free). */
export const URL_INPUT_ATTRIBUTES: readonly string[] = ['url', 'flake', 'follows', 'inputs', 'type'];

// ---------------------------------------------------------------------------------------------- merged tree

/** An attribute set as Nix builds it from literal sets and dotted paths (names known, values unevaluated). */
interface Attrs {
  readonly kind: 'attrs';
  readonly entries: Map<string, Entry>;
  /** The first attribute whose name is computed (`${…}`), which Nix cannot read without evaluating. */
  dynamic?: AttrName;
  /** Where the set is written: its literal `{ … }`, or the first binding that created it through a path. */
  readonly span: Span;
}

interface Leaf {
  readonly kind: 'leaf';
  readonly expr: Expr;
}

interface Entry {
  value: Attrs | Leaf;
  /** Every binding (at any level) whose path names this attribute, in file order. */
  readonly bindings: Span[];
  /** True when the first binding reached it through a dotted path (`inputs.x…`), false inside a `{ … }` block. */
  readonly dotted: boolean;
  /** The name as first written. */
  readonly nameSpan: Span;
}

function unparen(e: Expr): Expr {
  let x = e;
  while (x.kind === 'Paren') x = x.expr;
  return x;
}

function newAttrs(span: Span): Attrs {
  return { kind: 'attrs', entries: new Map(), span };
}

/**
 * Adds `path = value` (a binding whose span is `binding`) into `into`, merging as Nix does. `topLevel` is true for
 * the flake's own bindings, where `inputs.x…` (a path going on past `inputs`) is the dotted style.
 */
function addBinding(into: Attrs, path: readonly AttrName[], value: Expr, binding: Span, topLevel: boolean): void {
  let at = into;
  for (let i = 0; i < path.length; i++) {
    const n = path[i]!;
    if (n.name === undefined) {
      at.dynamic ??= n;
      return;
    }
    const last = i === path.length - 1;
    let entry = at.entries.get(n.name);
    if (!entry) {
      const dotted = i > 0 ? path[i - 1]!.name === 'inputs' : topLevel && !last;
      entry = { value: last ? toValue(value) : newAttrs(binding), bindings: [], dotted, nameSpan: n.span };
      at.entries.set(n.name, entry);
      entry.bindings.push(binding);
      if (last) return;
    } else {
      if (entry.bindings[entry.bindings.length - 1] !== binding) entry.bindings.push(binding);
      if (last) {
        // Both attribute sets (Nix refuses anything else at parse time): the new one's attributes join in.
        const v = toValue(value);
        if (entry.value.kind === 'attrs' && v.kind === 'attrs') {
          for (const [k, e] of v.entries) entry.value.entries.set(k, e);
          entry.value.dynamic ??= v.dynamic;
        } else entry.value = v;
        return;
      }
    }
    if (entry.value.kind !== 'attrs') return; // cannot happen in a file Nix parses
    at = entry.value;
  }
}

/** A binding's value: a literal set becomes a merged tree of its own bindings, anything else stays an expression. */
function toValue(e: Expr): Attrs | Leaf {
  const x = unparen(e);
  if (x.kind !== 'AttrSet') return { kind: 'leaf', expr: e };
  return attrsOf(x);
}

function attrsOf(set: AttrSet): Attrs {
  const attrs = newAttrs(set.span);
  for (const b of set.bindings) {
    if (b.kind === 'AttrBinding') addBinding(attrs, b.path, b.value, b.span, false);
    else
      for (const n of b.names) {
        if (n.name === undefined) continue;
        // `inherit x;` / `inherit (e) x;` give a value Nix has to evaluate.
        const leaf: Leaf = { kind: 'leaf', expr: b.from ?? { kind: 'Var', name: n.name, span: n.span } };
        attrs.entries.set(n.name, { value: leaf, bindings: [b.span], dotted: false, nameSpan: n.span });
      }
  }
  return attrs;
}

// ---------------------------------------------------------------------------------------------- literal values

type Literal =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'path'; readonly value: string }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'int'; readonly value: bigint }
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'null' }
  | { readonly kind: 'list'; readonly items: readonly Literal[] }
  | { readonly kind: 'attrs'; readonly attrs: Attrs };

/**
 * The value of an expression Nix can read without evaluating anything, or undefined. With `exact`, only what
 * Nix's flake reader itself accepts (a string in one piece); otherwise any string without interpolation.
 */
function literalOf(e: Expr, exact: boolean): Literal | undefined {
  const x = unparen(e);
  switch (x.kind) {
    case 'String': {
      if (exact) {
        const s = staticString(x);
        return s === undefined ? undefined : { kind: 'string', value: s };
      }
      let out = '';
      for (const p of x.parts) {
        if (p.kind !== 'Literal') return undefined;
        out += p.value;
      }
      return { kind: 'string', value: out };
    }
    case 'Uri':
      return { kind: 'string', value: x.value };
    case 'Path':
      return x.parts.length === 1 && x.parts[0]!.kind === 'Literal'
        ? { kind: 'path', value: x.parts[0].value }
        : undefined;
    case 'Int':
      return { kind: 'int', value: x.value };
    case 'Float':
      return { kind: 'float', value: x.value };
    case 'Var':
      if (x.name === 'true' || x.name === 'false') return { kind: 'bool', value: x.name === 'true' };
      if (x.name === 'null') return { kind: 'null' };
      return undefined;
    case 'List': {
      const items: Literal[] = [];
      for (const el of x.elements) {
        const l = literalOf(el, exact);
        if (!l) return undefined;
        items.push(l);
      }
      return { kind: 'list', items };
    }
    case 'AttrSet':
      return { kind: 'attrs', attrs: attrsOf(x) };
    default:
      return undefined;
  }
}

const TYPE_NAMES: Readonly<Record<Literal['kind'], string>> = {
  string: 'a string',
  path: 'a path',
  bool: 'a Boolean',
  int: 'an integer',
  float: 'a float',
  null: 'null',
  list: 'a list',
  attrs: 'a set',
};

/**
 * The type of a value as Nix names it in "expected a function but got a set" (Nix's showType), when the syntax
 * alone tells: a literal, a list, a set, a function. Undefined for anything Nix would have to evaluate.
 */
function typeOfValue(e: Expr): string | undefined {
  const x = unparen(e);
  switch (x.kind) {
    case 'Lambda':
      return 'a function';
    case 'AttrSet':
      return 'a set';
    case 'List':
      return 'a list';
    case 'String':
    case 'Uri':
      return 'a string';
    case 'Path':
    case 'SearchPath':
      return 'a path';
    case 'Int':
      return 'an integer';
    case 'Float':
      return 'a float';
    case 'Var':
      if (x.name === 'true' || x.name === 'false') return 'a Boolean';
      if (x.name === 'null') return 'null';
      return undefined;
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------- reading

class Reader {
  constructor(
    readonly file: string,
    readonly text: string,
  ) {}

  fail(message: string, span: Span, hint?: string): never {
    throw new UserError(message, this.file, { line: span.start.line, column: span.start.column }, hint);
  }

  /** The flake's top-level attribute set (Nix accepts parentheses around it, nothing else). */
  topLevel(expr: Expr): Attrs {
    const x = unparen(expr);
    if (x.kind !== 'AttrSet')
      this.fail(
        'flake.nix must be an attribute set',
        x.span,
        'Nix reads flake.nix without evaluating it: write `{ inputs = …; outputs = …; }` with no let, with or function around it',
      );
    const attrs = newAttrs(x.span);
    for (const b of x.bindings) {
      if (b.kind === 'AttrBinding') {
        if (b.path[0]!.name === undefined) this.computedName(b.path[0]!, 'flake.nix');
        addBinding(attrs, b.path, b.value, b.span, true);
      } else
        for (const n of b.names) {
          if (n.name === 'inputs') this.computed('inputs', n.span, 'inherited');
          // `inherit (e) outputs;`: a value Nix evaluates (of a type unknown here); kept so that it is known to be there.
          if (n.name !== undefined && !attrs.entries.has(n.name)) {
            const leaf: Leaf = { kind: 'leaf', expr: { kind: 'Var', name: n.name, span: n.span } };
            attrs.entries.set(n.name, { value: leaf, bindings: [b.span], dotted: false, nameSpan: n.span });
          }
        }
    }
    return attrs;
  }

  computed(what: string, span: Span, how = 'computed'): never {
    this.fail(
      `${what} is ${how}: Nix reads flake inputs without evaluating anything`,
      span,
      'write the value out literally: a string, true or false, a number, or an attribute set',
    );
  }

  computedName(n: AttrName, where = 'inputs'): never {
    this.fail(
      `${where}: attribute names must be written literally`,
      n.span,
      `Nix reads flake inputs without evaluating them; replace ${this.text.slice(n.span.start.offset, n.span.end.offset)} by a plain name`,
    );
  }

  /** The set under `inputs` (or under an input's `inputs`), or a failure saying why it is not one. */
  inputSet(entry: Entry, what: string): Attrs {
    const v = entry.value;
    if (v.kind === 'leaf') {
      const lit = literalOf(v.expr, true);
      if (lit)
        this.fail(`${what} must be an attribute set, not ${TYPE_NAMES[lit.kind]}`, v.expr.span, 'write it as { … }');
      this.computed(what, v.expr.span);
    }
    if (v.dynamic) this.computedName(v.dynamic);
    return v;
  }

  inputs(set: Attrs, parent: InputPath): DeclaredInput[] {
    const out: DeclaredInput[] = [];
    for (const [name, entry] of set.entries) {
      if (parent.length === 0 && name === 'self') {
        this.selfAttrs(entry);
        continue;
      }
      out.push(this.input(entry, [...parent, name]));
    }
    return out;
  }

  /** `inputs.self.submodules` / `.lfs`: settings of the flake itself (current Nix), not an input. */
  selfAttrs(entry: Entry): void {
    const set = this.inputSet(entry, 'inputs.self');
    for (const [k, e] of set.entries) {
      if (k !== 'submodules' && k !== 'lfs')
        this.fail(
          `flake 'self' input attribute '${k}' is not supported`,
          e.nameSpan,
          'only submodules and lfs can be set on self',
        );
      this.bool(e, `inputs.self.${k}`);
    }
  }

  leaf(e: Entry, what: string): { lit: Literal; span: Span } {
    if (e.value.kind === 'attrs') return { lit: { kind: 'attrs', attrs: e.value }, span: e.value.span };
    const lit = literalOf(e.value.expr, true);
    if (!lit) this.computed(what, e.value.expr.span);
    return { lit, span: e.value.expr.span };
  }

  bool(e: Entry, what: string): Located<boolean> {
    const { lit, span } = this.leaf(e, what);
    if (lit.kind !== 'bool')
      this.fail(
        `${what} must be true or false, not ${TYPE_NAMES[lit.kind]}`,
        span,
        'write true or false, without quotes',
      );
    return { value: lit.value, span };
  }

  string(e: Entry, what: string): Located<string> {
    const { lit, span } = this.leaf(e, what);
    if (lit.kind !== 'string')
      this.fail(`${what} must be a string, not ${TYPE_NAMES[lit.kind]}`, span, 'write it in double quotes');
    return { value: lit.value, span };
  }

  input(entry: Entry, path: InputPath): DeclaredInput {
    const where = `inputs.${path.join('.inputs.')}`;
    if (entry.value.kind === 'leaf') {
      const lit = literalOf(entry.value.expr, true);
      if (lit?.kind === 'string' || lit?.kind === 'path')
        this.fail(
          `input '${path.join('/')}' must be an attribute set, not ${TYPE_NAMES[lit.kind]}`,
          entry.value.expr.span,
          `write ${where}.url = ${this.text.slice(entry.value.expr.span.start.offset, entry.value.expr.span.end.offset)};`,
        );
    }
    const set = this.inputSet(entry, `input '${path.join('/')}'`);
    let url: Located<string> | undefined;
    let flake: Located<boolean> | undefined;
    let follows: Located<string> | undefined;
    let nested: DeclaredInput[] = [];
    const other: [string, Entry, string | number | boolean][] = [];
    let typeSpan: Span | undefined;
    let urlEntry: Entry | undefined;
    for (const [k, e] of set.entries) {
      const what = `${where}.${k}`;
      if (k === 'url') {
        urlEntry = e;
        const { lit, span } = this.leaf(e, what);
        if (lit.kind !== 'string' && lit.kind !== 'path')
          this.fail(
            `${what} must be a string or a path, not ${TYPE_NAMES[lit.kind]}`,
            span,
            'write a flake reference in double quotes, e.g. "github:owner/repo"',
          );
        url = { value: lit.value, span };
      } else if (k === 'flake') flake = this.bool(e, what);
      else if (k === 'follows') follows = this.string(e, what);
      else if (k === 'inputs') nested = this.inputs(this.inputSet(e, what), path);
      else {
        const { lit, span } = this.leaf(e, what);
        if (lit.kind !== 'string' && lit.kind !== 'bool' && lit.kind !== 'int')
          this.fail(
            `flake input attribute '${k}' is ${TYPE_NAMES[lit.kind]} while a string, Boolean, or integer is expected`,
            span,
            'write a string, true or false, or a whole number',
          );
        if (k === 'type') typeSpan = e.bindings[0];
        other.push([k, e, lit.kind === 'int' ? Number(lit.value) : lit.value]);
      }
    }
    let attrs: Located<FlakeRefAttrs> | undefined;
    if (typeSpan) {
      const value: Record<string, string | number | boolean> = {};
      if (url) value['url'] = url.value;
      for (const [k, , v] of other) value[k] = v;
      if (typeof value['type'] !== 'string')
        this.fail(`${where}.type must be a string`, typeSpan, 'e.g. type = "github";');
      this.fetcherAttributes(value['type'], [...(urlEntry ? [['url', urlEntry] as const] : []), ...other]);
      attrs = { value: value as FlakeRefAttrs, span: typeSpan };
      url = undefined;
    } else if (other.length > 0) {
      // Nix names the first in its (bytewise) order of attribute names.
      const [k, e] = other.reduce((a, b) => (Buffer.compare(Buffer.from(b[0]), Buffer.from(a[0])) < 0 ? b : a));
      const near = new Suggester(URL_INPUT_ATTRIBUTES).suggest(k);
      const hint = `an input takes url, flake, follows and inputs, or a reference written as attributes with a 'type'`;
      throw new UnknownAttributeError(
        `unexpected flake input attribute '${k}'`,
        this.file,
        { line: e.nameSpan.start.line, column: e.nameSpan.start.column },
        near ? `did you mean '${near}'? ${hint}` : hint,
        k,
        near,
      );
    }
    return {
      name: path[path.length - 1]!,
      path,
      ...(url ? { url } : {}),
      ...(attrs ? { attrs } : {}),
      ...(flake ? { flake } : {}),
      ...(follows ? { follows } : {}),
      inputs: nested,
      span: entry.bindings[0]!,
      bindings: [...entry.bindings].sort((a, b) => a.start.offset - b.start.offset),
      style: entry.dotted ? 'dotted' : 'block',
    };
  }

  /** The top-level attributes as written and what `outputs` is, read without evaluating anything. */
  shape(top: Attrs): FlakeShape {
    const attributes = [...top.entries].map(([value, e]) => ({ value, span: e.nameSpan }));
    const e = top.entries.get('outputs');
    if (!e) return { span: top.span, attributes };
    const type = e.value.kind === 'attrs' ? 'a set' : typeOfValue(e.value.expr);
    return { span: top.span, attributes, outputs: { span: e.nameSpan, ...(type ? { type } : {}) } };
  }

  /**
   * A reference written as attributes passes only the attributes its fetcher takes (for the types Nix knows; the
   * union over Nix versions, src/flake/flakeref.ts): Nix refuses anything else with "unsupported input attribute",
   * naming the first in its order of names.
   */
  fetcherAttributes(type: string, given: readonly (readonly [string, Entry, ...unknown[]])[]): void {
    const allowed = FETCHER_ATTRIBUTES.get(type);
    if (!allowed) return;
    let first: readonly [string, Entry, ...unknown[]] | undefined;
    for (const g of given) {
      if (g[0] === 'type' || g[0] === 'dir' || allowed.has(g[0])) continue;
      if (!first || Buffer.compare(Buffer.from(g[0]), Buffer.from(first[0])) < 0) first = g;
    }
    if (!first) return;
    const [k, e] = first;
    const near = new Suggester([...allowed, 'dir']).suggest(k);
    const hint = `a '${type}' reference takes ${[...allowed, 'dir'].join(', ')}`;
    throw new UnknownAttributeError(
      `unsupported input attribute '${k}'`,
      this.file,
      { line: e.nameSpan.start.line, column: e.nameSpan.start.column },
      near ? `did you mean '${near}'? ${hint}` : hint,
      k,
      near,
    );
  }

  outputsFormals(top: Attrs): Located<string>[] {
    const e = top.entries.get('outputs');
    if (!e || e.value.kind !== 'leaf') return [];
    const f = unparen(e.value.expr);
    if (f.kind !== 'Lambda' || !f.formals) return [];
    return f.formals.entries.map((x) => ({ value: x.name.name, span: x.name.span }));
  }
}

/** Reads the declared inputs and `outputs` formals of a parsed flake.nix. */
export function declaredInputs(expr: Expr, file: string, text: string): FlakeNix {
  const r = new Reader(file, text);
  const top = r.topLevel(expr);
  const entry = top.entries.get('inputs');
  const inputs = entry ? r.inputs(r.inputSet(entry, 'inputs'), []) : [];
  return {
    file,
    text,
    inputs,
    outputsFormals: r.outputsFormals(top),
    shape: r.shape(top),
    ...(entry ? { inputsSpan: entry.bindings[0]! } : {}),
    inputsStyle: entry ? (entry.dotted ? 'dotted' : 'block') : 'none',
  };
}

/** Parses flake.nix text (NixSyntaxError when Nix would refuse it) and reads its declared inputs. */
export function readFlakeNix(text: string, file: string): FlakeNix {
  return declaredInputs(parse(text, { file }), file, text);
}

// ---------------------------------------------------------------------------------------------- JSON value

/** Nix's JSON string escaping (`\uXXXX` for other control characters, lowercase hex; no `\b`/`\f`). */
function jsonString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 32) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

function jsonOf(lit: Literal, r: Reader, where: string): string {
  switch (lit.kind) {
    case 'string':
    case 'path':
      return jsonString(lit.value);
    case 'bool':
      return String(lit.value);
    case 'int':
      return lit.value.toString();
    case 'float':
      return String(lit.value);
    case 'null':
      return 'null';
    case 'list':
      return `[${lit.items.map((i) => jsonOf(i, r, where)).join(',')}]`;
    case 'attrs':
      return jsonOfAttrs(lit.attrs, r, where);
  }
}

function jsonOfAttrs(a: Attrs, r: Reader, where: string): string {
  if (a.dynamic) r.computedName(a.dynamic);
  // Nix orders attribute names bytewise.
  const keys = [...a.entries.keys()].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
  const items = keys.map((k) => {
    const e = a.entries.get(k)!;
    let v: string;
    if (e.value.kind === 'attrs') v = jsonOfAttrs(e.value, r, `${where}.${k}`);
    else {
      const lit = literalOf(e.value.expr, false);
      if (!lit) r.computed(`${where}.${k}`, e.value.expr.span);
      v = jsonOf(lit, r, `${where}.${k}`);
    }
    return `${jsonString(k)}:${v}`;
  });
  return `{${items.join(',')}}`;
}

/**
 * The JSON text of `inputs` exactly as `nix-instantiate --eval --strict --json -E '(import ./flake.nix).inputs'`
 * prints it: compact, keys sorted; `{}` when there is no `inputs`; a path literal as the path text as written.
 * A value Nix would have to compute is a UserError (Nix refuses it in a flake).
 */
export function inputsValue(expr: Expr, file: string, text: string): string {
  const r: Reader = new Reader(file, text);
  const top = r.topLevel(expr);
  const entry = top.entries.get('inputs');
  if (!entry) return '{}';
  if (entry.value.kind === 'leaf') {
    const lit = literalOf(entry.value.expr, false);
    if (!lit) r.computed('inputs', entry.value.expr.span);
    return jsonOf(lit, r, 'inputs');
  }
  return jsonOfAttrs(entry.value, r, 'inputs');
}
