/**
 * Where a finding goes: in flake.nix at the declaration when there is one, otherwise in flake.lock at the node's
 * line. Also the lookups rules share (declarations and lock nodes by input path).
 */
import { showPath, type DeclaredInput, type InputPath, type LockNode } from '../flake/flake-types.js';
import type { Span } from '../nix/location.js';
import type { LintContext, RawFinding, Region } from './lint-types.js';
import { compareText } from '../core/text-order.js';

export function spanRegion(span: Span): Region {
  return { line: span.start.line, column: span.start.column, endLine: span.end.line, endColumn: span.end.column };
}

/** Every declaration in flake.nix (root inputs and nested overrides), depth first in file order. */
export function allDeclared(ctx: LintContext): DeclaredInput[] {
  const out: DeclaredInput[] = [];
  const walk = (list: readonly DeclaredInput[]) => {
    for (const d of list) {
      out.push(d);
      walk(d.inputs);
    }
  };
  walk(ctx.flake?.inputs ?? []);
  return out;
}

/** Declarations by path (NUL-joined), the first of a name at each level as a walk by name finds it. */
const declaredCache = new WeakMap<object, Map<string, DeclaredInput>>();

export function declaredAt(ctx: LintContext, path: InputPath): DeclaredInput | undefined {
  if (!ctx.flake || path.length === 0) return undefined;
  // An index, not a search per level: rules ask for every input path, and a flake.nix may declare thousands.
  let index = declaredCache.get(ctx.flake);
  if (!index) {
    const built = new Map<string, DeclaredInput>();
    const stack: [string | undefined, readonly DeclaredInput[]][] = [[undefined, ctx.flake.inputs]];
    while (stack.length > 0) {
      const [prefix, list] = stack.pop()!;
      for (const d of list) {
        const key = prefix === undefined ? d.name : `${prefix}\0${d.name}`;
        if (built.has(key)) continue;
        built.set(key, d);
        stack.push([key, d.inputs]);
      }
    }
    declaredCache.set(ctx.flake, (index = built));
  }
  return index.get(path.join('\0'));
}

/** The declaration of the path, or of its nearest declared ancestor. */
export function nearestDeclared(ctx: LintContext, path: InputPath): DeclaredInput | undefined {
  for (let n = path.length; n > 0; n--) {
    const d = declaredAt(ctx, path.slice(0, n));
    if (d) return d;
  }
  return undefined;
}

/** The lock node an input path resolves to. */
export function nodeAt(ctx: LintContext, path: InputPath): LockNode | undefined {
  const r = ctx.resolved.get(showPath(path));
  return r?.node !== undefined ? ctx.lock?.nodes.get(r.node) : undefined;
}

const lineCache = new WeakMap<object, string[]>();

function lockLines(ctx: LintContext): string[] {
  const key = ctx as object;
  let lines = lineCache.get(key);
  if (!lines) {
    lines = (ctx.lockText ?? '').split('\n');
    lineCache.set(key, lines);
  }
  return lines;
}

/** A whole line of flake.lock (from its first non-blank character to its end). */
export function lockLineRegion(ctx: LintContext, line: number): Region {
  const text = lockLines(ctx)[line - 1] ?? '';
  const first = text.search(/\S/);
  const column = first < 0 ? 1 : first + 1;
  const end = text.trimEnd().length + 1;
  return { line, column, endLine: line, endColumn: Math.max(end, column) };
}

/**
 * The 1-based line in flake.lock of the entry `"name": …` inside node `parentKey`'s `inputs`, found by scanning
 * from the node's line; falls back to the node's line.
 */
export function lockInputLine(ctx: LintContext, parent: LockNode, name: string): number {
  const lines = lockLines(ctx);
  const needle = `"${name}"`;
  let inInputs = false;
  for (let i = parent.line; i < lines.length && i < parent.line + 400; i++) {
    const l = lines[i]!;
    if (/^\s*"inputs"\s*:/.test(l)) inInputs = true;
    else if (inInputs && l.trimStart().startsWith(needle)) return i + 1;
    else if (inInputs && /^\s*}/.test(l)) break;
  }
  return parent.line;
}

/** Region of the path's own lock entry: the `"name": …` line inside its parent node, else the node's line. */
export function lockRegionOf(ctx: LintContext, path: InputPath): Region | undefined {
  if (!ctx.lock) return undefined;
  if (path.length > 0) {
    const parent = path.length === 1 ? ctx.lock.nodes.get(ctx.lock.root) : nodeAt(ctx, path.slice(0, -1));
    if (parent && parent.inputs.has(path[path.length - 1]!)) {
      return lockLineRegion(ctx, lockInputLine(ctx, parent, path[path.length - 1]!));
    }
  }
  const node = nodeAt(ctx, path);
  if (node) return lockLineRegion(ctx, node.line);
  return undefined;
}

/** Region of a lock node's own key line. */
export function lockNodeRegion(ctx: LintContext, node: LockNode): Region {
  return lockLineRegion(ctx, node.line);
}

/**
 * Anchor for a finding about an input path: its declaration in flake.nix (or its nearest declared ancestor when
 * `ancestor` is set), otherwise its node's line in flake.lock (for a follows entry, the entry's line).
 */
export function anchor(
  ctx: LintContext,
  path: InputPath,
  opts: { ancestor?: boolean; preferNode?: boolean } = {},
): Pick<RawFinding, 'in' | 'line' | 'column' | 'endLine' | 'endColumn'> {
  const decl = opts.ancestor ? nearestDeclared(ctx, path) : declaredAt(ctx, path);
  if (decl) return { in: 'nix', ...spanRegion(decl.span) };
  // a node: its own line; a follows entry (which has no node of its own): the entry in its parent
  const r = ctx.resolved.get(showPath(path));
  const node = r && r.follows === undefined ? nodeAt(ctx, path) : undefined;
  if (node && opts.preferNode !== false) return { in: 'lock', ...lockNodeRegion(ctx, node) };
  const region = lockRegionOf(ctx, path);
  if (region) return { in: 'lock', ...region };
  return { in: 'lock', line: 1, column: 1, endLine: 1, endColumn: 2 };
}

export function inputFinding(
  ctx: LintContext,
  path: InputPath,
  message: string,
  opts: { ancestor?: boolean; preferNode?: boolean } = {},
): RawFinding {
  return { ...anchor(ctx, path, opts), message, input: showPath(path) };
}

/** Root input paths of the lock, in the lock's order. */
export function rootInputNames(ctx: LintContext): string[] {
  const root = ctx.lock?.nodes.get(ctx.lock.root);
  return root ? [...root.inputs.keys()] : [];
}

/** Every lock node reached from the root through node edges, with the input paths that reach it (shortest first). */
const pathsCache = new WeakMap<object, Map<string, InputPath[]>>();

export function pathsByNode(ctx: LintContext): Map<string, InputPath[]> {
  const hit = pathsCache.get(ctx.resolved);
  if (hit) return hit;
  const out = new Map<string, InputPath[]>();
  pathsCache.set(ctx.resolved, out);
  for (const r of ctx.resolved.values()) {
    if (r.follows !== undefined || r.node === undefined) continue;
    const list = out.get(r.node);
    if (list) list.push(r.path);
    else out.set(r.node, [r.path]);
  }
  for (const list of out.values()) list.sort(comparePaths);
  return out;
}

/** Shorter paths first, then by their text. */
export function comparePaths(a: InputPath, b: InputPath): number {
  return a.length - b.length || compareText(showPath(a), showPath(b));
}

/** Root inputs whose lock entry is a node (not a follows), with the node. */
export function rootNodes(ctx: LintContext): { name: string; path: InputPath; node: LockNode }[] {
  const out: { name: string; path: InputPath; node: LockNode }[] = [];
  const root = ctx.lock?.nodes.get(ctx.lock.root);
  if (!root) return out;
  for (const [name, edge] of root.inputs) {
    if (edge.kind !== 'node') continue;
    const node = ctx.lock!.nodes.get(edge.key);
    if (node) out.push({ name, path: [name], node });
  }
  return out;
}
