/**
 * A canonical rendering of a parsed expression in the shape Nix 2.8 gives it after parsing: the operators Nix
 * turns into calls (`-`, `*`, `/`, comparisons, negation, `<p>`) become those calls, strings become `+` chains of
 * their pieces, dotted paths and literal sets are merged as Nix merges them, and attributes and formals are
 * sorted. Our tree of a program and our tree of Nix's printout of it (`nix-instantiate --parse`) must render
 * the same: that checks precedence, associativity and grouping against Nix, not only acceptance.
 */
import type { AttrName, Binding, Expr, StrPart } from '../../../../src/nix/ast.js';

const call = (fn: string, ...args: string[]): string => args.reduce((f, a) => `(app ${f} ${a})`, fn);

function chain(parts: readonly StrPart[]): string {
  if (parts.length === 0) return '""';
  const items = parts.map((p) => (p.kind === 'Literal' ? JSON.stringify(p.value) : shape(p.expr)));
  return items.slice(1).reduce((acc, x) => `(+ ${acc} ${x})`, items[0]!);
}

function numberShape(v: number | bigint): string {
  if (typeof v === 'bigint') return v.toString();
  return String(Number(v.toPrecision(6)));
}

/** A dynamic attribute name: the expression Nix computes it with. */
function dynName(n: AttrName): string {
  const e = n.expr!;
  if (e.kind === 'String') return `\${${chain(e.parts)}}`;
  return `\${${shape(e)}}`;
}

type Entry =
  | { kind: 'attrs'; rec: boolean; statics: Map<string, Entry>; dynamics: [string, Entry][] }
  | { kind: 'value'; text: string }
  | { kind: 'inherit' };

function literalAttrs(e: Expr): Entry | undefined {
  let x = e;
  while (x.kind === 'Paren') x = x.expr;
  return x.kind === 'AttrSet' ? merged(x.recursive, x.bindings) : undefined;
}

function merged(rec: boolean, bindings: readonly Binding[]): Entry & { kind: 'attrs' } {
  const root: Entry & { kind: 'attrs' } = { kind: 'attrs', rec, statics: new Map(), dynamics: [] };
  for (const b of bindings) {
    if (b.kind === 'Inherit') {
      for (const n of b.names)
        root.statics.set(
          n.name!,
          b.from ? { kind: 'value', text: `(select ${shape(b.from)} ${n.name})` } : { kind: 'inherit' },
        );
      continue;
    }
    let at = root;
    for (const n of b.path.slice(0, -1)) {
      if (n.name === undefined) {
        const nested: Entry & { kind: 'attrs' } = { kind: 'attrs', rec: false, statics: new Map(), dynamics: [] };
        at.dynamics.push([dynName(n), nested]);
        at = nested;
        continue;
      }
      let next = at.statics.get(n.name);
      if (!next || next.kind !== 'attrs') {
        next = { kind: 'attrs', rec: false, statics: new Map(), dynamics: [] };
        at.statics.set(n.name, next);
      }
      at = next;
    }
    const last = b.path[b.path.length - 1]!;
    const value = literalAttrs(b.value) ?? { kind: 'value' as const, text: shape(b.value) };
    if (last.name === undefined) {
      at.dynamics.push([dynName(last), value]);
      continue;
    }
    const existing = at.statics.get(last.name);
    if (existing && existing.kind === 'attrs' && value.kind === 'attrs') {
      for (const [k, v] of value.statics) existing.statics.set(k, v);
    } else at.statics.set(last.name, value);
  }
  return root;
}

function renderEntry(e: Entry): string {
  if (e.kind === 'value') return e.text;
  if (e.kind === 'inherit') return 'inherit';
  const statics = [...e.statics.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const items = [
    ...statics.map(([k, v]) => `${k}=${renderEntry(v)};`),
    ...e.dynamics.map(([k, v]) => `${k}=${renderEntry(v)};`),
  ];
  return `${e.rec ? 'rec' : ''}{${items.join(' ')}}`;
}

function path(ns: readonly AttrName[]): string {
  return ns.map((n) => (n.name !== undefined ? n.name : dynName(n))).join('.');
}

export function shape(e: Expr): string {
  switch (e.kind) {
    case 'Int':
    case 'Float':
      return numberShape(e.value);
    case 'String':
      return chain(e.parts);
    case 'Path': {
      // Nix prints the first piece as an absolute path, the rest as a `+` chain (as for strings).
      const rest = e.parts.slice(1).map((p) => (p.kind === 'Literal' ? JSON.stringify(p.value) : shape(p.expr)));
      return rest.reduce((acc, x) => `(+ ${acc} ${x})`, 'PATH');
    }
    case 'SearchPath':
      return call('__findFile', '__nixPath', JSON.stringify(e.path));
    case 'Uri':
      return JSON.stringify(e.value);
    case 'Var':
      return e.name;
    case 'CurPos':
      return '__curPos';
    case 'Paren':
      return shape(e.expr);
    case 'AttrSet':
      return renderEntry(merged(e.recursive, e.bindings));
    case 'LegacyLet':
      return `(select ${renderEntry(merged(true, e.bindings))} body)`;
    case 'Let':
      return `(let ${renderEntry(merged(false, e.bindings))} ${shape(e.body)})`;
    case 'List':
      return `[${e.elements.map(shape).join(' ')}]`;
    case 'Lambda': {
      const formals = e.formals
        ? `{${[...e.formals.entries]
            .sort((a, b) => (a.name.name < b.name.name ? -1 : 1))
            .map((f) => (f.default ? `${f.name.name}?${shape(f.default)}` : f.name.name))
            .join(',')}${e.formals.ellipsis ? ',...' : ''}}`
        : '';
      return `(lambda ${formals}@${e.param?.name ?? ''} ${shape(e.body)})`;
    }
    case 'Apply':
      return `(app ${shape(e.fn)} ${shape(e.arg)})`;
    case 'Select':
      return `(select ${shape(e.expr)} ${path(e.path)}${e.default ? ` or ${shape(e.default)}` : ''})`;
    case 'HasAttr':
      return `(? ${shape(e.expr)} ${path(e.path)})`;
    case 'Unary':
      return e.op === '!' ? `(! ${shape(e.expr)})` : call('__sub', '0', shape(e.expr));
    case 'Binary': {
      const l = shape(e.left);
      const r = shape(e.right);
      switch (e.op) {
        case '-':
          return call('__sub', l, r);
        case '*':
          return call('__mul', l, r);
        case '/':
          return call('__div', l, r);
        case '<':
          return call('__lessThan', l, r);
        case '>':
          return call('__lessThan', r, l);
        case '<=':
          return `(! ${call('__lessThan', r, l)})`;
        case '>=':
          return `(! ${call('__lessThan', l, r)})`;
        default:
          return `(${e.op} ${l} ${r})`;
      }
    }
    case 'If':
      return `(if ${shape(e.cond)} ${shape(e.then)} ${shape(e.else)})`;
    case 'Assert':
      return `(assert ${shape(e.cond)} ${shape(e.body)})`;
    case 'With':
      return `(with ${shape(e.env)} ${shape(e.body)})`;
  }
}
