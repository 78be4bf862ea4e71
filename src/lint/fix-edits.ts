/**
 * Fixes as text edits to flake.nix in the file's own style: the `follows` line that removes a duplicate copy, and
 * the removal of an override of an input that does not exist.
 */
import { showPath, type DeclaredInput, type InputPath } from '../flake/flake-types.js';
import type { Span } from '../nix/location.js';
import {
  attrName,
  inputsAttrPath,
  insertIntoSet,
  insertLineAfter,
  readAttrPath,
  lineStarts,
  locAt,
  removeBinding,
  type OffsetEdit,
} from '../nix/edit.js';
import type { Fix, LintContext, TextEdit } from './lint-types.js';
import { allDeclared, declaredAt } from './where.js';

/** Line starts of the last flake.nix an edit was made in: one scan per file, not one per fix (4,000 duplicate
 * copies made 4,000 scans of the whole file). */
let lines: { readonly text: string; readonly starts: readonly number[] } | undefined;

function toTextEdit(text: string, e: OffsetEdit): TextEdit {
  if (lines?.text !== text) lines = { text, starts: lineStarts(text) };
  return {
    span: { start: locAt(text, e.start, lines.starts), end: locAt(text, e.end, lines.starts) },
    newText: e.newText,
  };
}

type Shape =
  | { kind: 'set'; binding: Span }
  | { kind: 'shorthand'; binding: Span }
  | { kind: 'sibling'; binding: Span; prefix: string };

/** How the declaration of a root input is written: a set `x = { … }`, a string shorthand, or dotted bindings. */
function shapeOf(text: string, decl: DeclaredInput): Shape | undefined {
  let sibling: Shape | undefined;
  for (const b of decl.bindings.length > 0 ? decl.bindings : [decl.span]) {
    const read = readAttrPath(text, b.start.offset);
    if (read.eq < 0) continue;
    const segs = read.segments;
    const k = segs[0] === 'inputs' && segs[1] === decl.name ? 1 : segs[0] === decl.name ? 0 : -1;
    if (k < 0) continue;
    if (segs.length - 1 === k) {
      const value = text.slice(read.eq + 1).trimStart();
      if (value.startsWith('{')) return { kind: 'set', binding: b };
      if (value.startsWith('"') || value.startsWith("''")) return { kind: 'shorthand', binding: b };
      continue;
    }
    const prefix = (k === 1 ? 'inputs.' : '') + attrName(decl.name);
    if (!sibling || b.end.offset > sibling.binding.end.offset) sibling = { kind: 'sibling', binding: b, prefix };
  }
  return sibling;
}

/** The fix that makes the copy at `copy` follow `target`: one `follows` line at the declaration of `copy[0]`. */
export function followsFix(ctx: LintContext, copy: InputPath, target: InputPath): Fix {
  const t = JSON.stringify(showPath(target));
  const rel = inputsAttrPath(copy.slice(1));
  const dotted = `inputs.${attrName(copy[0]!)}.${rel}.follows = ${t};`;
  const flake = ctx.flake;
  const decl = flake ? declaredAt(ctx, [copy[0]!]) : undefined;
  if (!flake || !decl) {
    return { description: `Add \`${dotted}\` to the inputs of flake.nix`, text: dotted, edits: [] };
  }
  const shape = shapeOf(flake.text, decl);
  if (shape?.kind === 'set') {
    const line = `${rel}.follows = ${t};`;
    const e = insertIntoSet(flake.text, shape.binding.start.offset, shape.binding.end.offset, line);
    if (e) {
      return {
        description: `Add \`${line}\` to the declaration of ${copy[0]}`,
        text: line,
        edits: [toTextEdit(flake.text, e)],
      };
    }
  }
  if (shape?.kind === 'sibling') {
    const line = `${shape.prefix}.${rel}.follows = ${t};`;
    const e = insertLineAfter(flake.text, shape.binding.start.offset, shape.binding.end.offset, line);
    return {
      description: `Add \`${line}\` after the declaration of ${copy[0]}`,
      text: line,
      edits: [toTextEdit(flake.text, e)],
    };
  }
  return {
    description: `Write ${copy[0]} as \`inputs.${attrName(copy[0]!)}.url = "…";\` and add \`${dotted}\``,
    text: dotted,
    edits: [],
  };
}

function contains(outer: Span, inner: Span): boolean {
  return outer.start.offset <= inner.start.offset && inner.end.offset <= outer.end.offset;
}

/** Every binding of flake.nix with the declaration it writes, by start offset (built once per file). */
const bindingIndex = new WeakMap<object, { readonly span: Span; readonly decl: DeclaredInput }[]>();

function bindingsOf(ctx: LintContext): readonly { readonly span: Span; readonly decl: DeclaredInput }[] {
  const key = ctx.flake as object;
  let index = bindingIndex.get(key);
  if (!index) {
    index = allDeclared(ctx).flatMap((decl) => decl.bindings.map((span) => ({ span, decl })));
    index.sort((a, b) => a.span.start.offset - b.span.start.offset);
    bindingIndex.set(key, index);
  }
  return index;
}

/** The fix that removes an override (`inputs.a.inputs.x…`) with every binding that writes it. */
export function removeOverrideFix(ctx: LintContext, decl: DeclaredInput): Fix {
  const description = `Remove the override of ${showPath(decl.path)}`;
  const flake = ctx.flake;
  if (!flake) return { description, text: '', edits: [] };
  const own: Span[] = [];
  const mine = new Set<DeclaredInput>();
  const walk = (d: DeclaredInput) => {
    mine.add(d);
    own.push(...(d.bindings.length > 0 ? d.bindings : [d.span]));
    d.inputs.forEach(walk);
  };
  walk(decl);
  // outermost spans only
  const spans = own
    .filter((s, i) => !own.some((o, j) => j !== i && contains(o, s) && !(contains(s, o) && j > i)))
    .sort((a, b) => a.start.offset - b.start.offset);
  // never remove a binding that also writes another input: look only at the bindings that start inside a span
  // (an index by offset, not every declaration for every override: 4,000 overrides were quadratic)
  const isOwn = (b: Span) => own.some((o) => o.start.offset === b.start.offset && o.end.offset === b.end.offset);
  const all = bindingsOf(ctx);
  for (const s of spans) {
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid]!.span.start.offset < s.start.offset) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < all.length && all[k]!.span.start.offset <= s.end.offset; k++) {
      const { span: b, decl: other } = all[k]!;
      if (mine.has(other) || !contains(s, b)) continue;
      const ancestor = other.path.length < decl.path.length && other.path.every((p, i) => p === decl.path[i]);
      if (ancestor && isOwn(b)) continue;
      return { description, text: '', edits: [] };
    }
  }
  const edits = spans.map((s) => toTextEdit(flake.text, removeBinding(flake.text, s.start.offset, s.end.offset)));
  return { description, text: '', edits };
}
