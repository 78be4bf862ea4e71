/**
 * The root inputs as references the release rules judge: from flake.lock when there is one (each root input that
 * is a node), else from what flake.nix declares (a `url` parsed into the attributes Nix would put in `original`).
 * And which nixpkgs a root input is used with: the nixpkgs it follows, else the root's `nixpkgs`.
 */
import { tryParseFlakeRef } from '../flake/flakeref.js';
import { showPath, type InputPath, type LockNode } from '../flake/flake-types.js';
import type { LintContext } from './lint-types.js';
import { isNixpkgs } from './source.js';
import { declaredAt, nodeAt, rootNodes } from './where.js';

export interface RootRef {
  readonly name: string;
  readonly path: InputPath;
  readonly node: LockNode;
}

const refsCache = new WeakMap<object, { list: RootRef[]; byName: Map<string, RootRef> }>();

/** Root inputs with their reference (see the module comment). */
export function rootRefs(ctx: LintContext): readonly RootRef[] {
  return rootIndex(ctx).list;
}

/** The root references, and by name (the first of a name), built once per lock (or flake.nix). */
function rootIndex(ctx: LintContext): { list: RootRef[]; byName: Map<string, RootRef> } {
  const key = (ctx.lock ?? ctx.flake ?? ctx) as object;
  const hit = refsCache.get(key);
  if (hit) return hit;
  const out: RootRef[] = ctx.lock
    ? rootNodes(ctx)
    : (ctx.flake?.inputs ?? []).flatMap((d) => {
        if (!d.url) return [];
        const r = tryParseFlakeRef(d.url.value);
        if (!r.ok) return [];
        const node: LockNode = { key: d.name, inputs: new Map(), original: r.attrs, flake: true, line: 1 };
        return [{ name: d.name, path: d.path, node }];
      });
  const byName = new Map<string, RootRef>();
  for (const r of out) if (!byName.has(r.name)) byName.set(r.name, r);
  const index = { list: out, byName };
  refsCache.set(key, index);
  return index;
}

/**
 * The nixpkgs a root input is used with, and how it is named: the root input its `nixpkgs` follows (in the lock,
 * or declared as `inputs.X.inputs.nixpkgs.follows`), else the root input `nixpkgs` (the one a configuration is
 * usually built with: Home Manager as a NixOS module uses the system's nixpkgs, not its own copy).
 */
export function nixpkgsUsedBy(ctx: LintContext, name: string): { name: string; node: LockNode } | undefined {
  const { byName } = rootIndex(ctx);
  let target: string | undefined;
  if (ctx.lock) {
    const r = ctx.resolved.get(showPath([name, 'nixpkgs']));
    if (r?.follows !== undefined) {
      const node = nodeAt(ctx, [name, 'nixpkgs']);
      if (node && isNixpkgs(node)) return { name: showPath(r.follows), node };
      return undefined;
    }
  } else {
    const follows = declaredAt(ctx, [name, 'nixpkgs'])?.follows?.value;
    if (follows !== undefined) target = follows;
  }
  const found = byName.get(target ?? 'nixpkgs');
  return found && isNixpkgs(found.node) ? { name: found.name, node: found.node } : undefined;
}
