import { printFlakeRef, sameFlakeRef, tryParseFlakeRef } from '../../flake/flakeref.js';
import { showPath, type FlakeRefAttrs } from '../../flake/flake-types.js';
import type { RawFinding, Rule } from '../lint-types.js';
import { allDeclared, nodeAt, spanRegion } from '../where.js';

function show(attrs: FlakeRefAttrs): string {
  try {
    return printFlakeRef(attrs);
  } catch {
    return JSON.stringify(attrs);
  }
}

export const syncReferenceChanged: Rule = {
  id: 'sync/reference-changed',
  defaultSeverity: 'error',
  needs: ['nix', 'lock'],
  docs: {
    summary: "An input's reference in flake.nix differs from the `original` recorded for it in flake.lock.",
    why: 'The lock still pins the old source or branch: Nix re-locks that input on the next command, so the lock in the pull request is not what will be built.',
    fix: 'Run `nix flake lock` and commit flake.lock.',
    example:
      '# flake.nix\ninputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.11";\n# flake.lock, root input nixpkgs\n"original": { "owner": "NixOS", "ref": "nixos-24.05", "repo": "nixpkgs", "type": "github" }',
  },
  check(ctx) {
    const lock = ctx.lock!;
    const out: RawFinding[] = [];
    for (const d of allDeclared(ctx)) {
      if (d.follows || (!d.url && !d.attrs)) continue;
      // the lock entry at exactly this path, as a node (a follows there is sync/follows-not-locked's business)
      const parent = d.path.length === 1 ? lock.nodes.get(lock.root) : nodeAt(ctx, d.path.slice(0, -1));
      const edge = parent?.inputs.get(d.name);
      if (!edge || edge.kind !== 'node') continue;
      const original = lock.nodes.get(edge.key)?.original;
      if (!original) continue;
      const isFlake = d.flake?.value ?? true;
      let declared: FlakeRefAttrs[] = [];
      if (d.url) {
        for (const dialect of ['current', 'nix-2.8'] as const) {
          const r = tryParseFlakeRef(d.url.value, { isFlake, dialect });
          if (r.ok) declared.push(r.attrs);
        }
      } else if (d.attrs) {
        declared = [d.attrs.value];
      }
      if (declared.length === 0) continue; // not a reference we can read; other rules report bad syntax
      if (declared.some((a) => sameFlakeRef(a, original))) continue;
      // relative paths: Nix 2.8 stored them resolved against the flake's directory, which a static reader cannot
      if (original.type === 'path' && declared.some((a) => a.type === 'path')) continue;
      const where = d.url ?? d.attrs!;
      out.push({
        in: 'nix',
        ...spanRegion(where.span),
        input: showPath(d.path),
        message: `${showPath(d.path)} is declared as '${d.url ? d.url.value : show(declared[0]!)}' but flake.lock was locked from '${show(original)}': run \`nix flake lock\``,
      });
    }
    return out;
  },
};
