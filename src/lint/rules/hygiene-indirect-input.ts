import { printFlakeRef, tryParseFlakeRef } from '../../flake/flakeref.js';
import type { FlakeRefAttrs, LockNode } from '../../flake/flake-types.js';
import type { RawFinding, Rule } from '../lint-types.js';
import { flakeNames } from '../schema-names.js';
import { inputFinding, rootNodes, spanRegion } from '../where.js';

/** What the registry resolved the input to, as a reference the user can write instead. */
function suggestion(node: LockNode | undefined): string | undefined {
  const locked = node?.locked;
  if (!locked || locked.type === 'indirect') return undefined;
  const keep: Record<string, string | number | boolean> = { type: locked.type };
  for (const k of ['owner', 'repo', 'host', 'url', 'path', 'dir'] as const)
    if (locked[k] !== undefined) keep[k] = locked[k]!;
  const ref = node?.original?.['ref'];
  if (typeof ref === 'string') keep['ref'] = ref;
  try {
    return printFlakeRef(keep as FlakeRefAttrs);
  } catch {
    return undefined;
  }
}

const advice = (name: string, node: LockNode | undefined) => {
  const s = suggestion(node);
  return s
    ? `write the full reference, e.g. inputs.${name}.url = "${s}";`
    : 'write the full reference (github:OWNER/REPO/BRANCH)';
};

function isIndirect(url: string): boolean {
  const r = tryParseFlakeRef(url);
  return r.ok && r.attrs.type === 'indirect';
}

export const hygieneIndirectInput: Rule = {
  id: 'hygiene/indirect-input',
  defaultSeverity: 'warning',
  needs: [],
  docs: {
    summary:
      'A root input is a registry reference (`nixpkgs`, `nixpkgs/nixos-unstable`, `flake:x`), or is not declared at all and only named as an `outputs` argument (which Nix resolves through the registry).',
    why: 'The registry differs between machines and Nix versions (and can be changed by any user), so `nix flake update` on another machine may lock a different source.',
    fix: 'Declare the input with its full reference, e.g. `inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";`.',
    example:
      'inputs.nixpkgs.url = "nixpkgs/nixos-unstable";\n# or: no inputs at all, and outputs = { self, nixpkgs }: …',
  },
  check(ctx) {
    const out: RawFinding[] = [];
    const nodes = new Map(rootNodes(ctx).map((r) => [r.name, r.node] as const));
    if (ctx.flake) {
      const declared = new Set<string>();
      for (const d of ctx.flake.inputs) {
        declared.add(d.name);
        if (d.follows) continue;
        if (d.attrs && d.attrs.value.type !== 'indirect') continue;
        if (d.url && !isIndirect(d.url.value)) continue;
        const how = d.url
          ? `a registry reference ("${d.url.value}")`
          : 'declared without a url, so Nix looks its name up in the registry';
        out.push({
          in: 'nix',
          ...spanRegion(d.url?.span ?? d.span),
          input: d.name,
          message: `input '${d.name}' is ${how}; the registry differs between machines: ${advice(d.name, nodes.get(d.name))}`,
        });
      }
      const misspelt = flakeNames(ctx).misspeltArguments; // schema/unknown-outputs-argument's
      for (const f of ctx.flake.outputsFormals) {
        if (f.value === 'self' || declared.has(f.value) || misspelt.has(f.value)) continue;
        declared.add(f.value);
        out.push({
          in: 'nix',
          ...spanRegion(f.span),
          input: f.value,
          message: `'${f.value}' is an argument of outputs but not declared in inputs, so Nix resolves it through the flake registry: ${advice(f.value, nodes.get(f.value))}`,
        });
      }
      return out;
    }
    for (const { name, path, node } of rootNodes(ctx)) {
      if (node.original?.type !== 'indirect') continue;
      const id = String(node.original['id'] ?? name);
      const ref = typeof node.original['ref'] === 'string' ? `/${node.original['ref']}` : '';
      out.push(
        inputFinding(
          ctx,
          path,
          `input '${name}' is locked from the registry reference '${id}${ref}'; the registry differs between machines: ${advice(name, node)}`,
        ),
      );
    }
    return out;
  },
};
