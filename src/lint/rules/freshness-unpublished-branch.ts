import { isPublishedNixpkgsRef } from '../calendar.js';
import { originOf } from '../source.js';
import { trackingOf } from '../ref-tracking.js';
import { rootRefs } from '../root-refs.js';
import type { RawFinding, Rule } from '../lint-types.js';
import { declaredAt, inputFinding, spanRegion } from '../where.js';

/**
 * Whether a node is the official nixpkgs repository (not a fork, whose branches are its own): NixOS/nixpkgs on
 * github.com, or the registry's `nixpkgs`.
 */
function isOfficialNixpkgs(node: Parameters<typeof trackingOf>[0]): boolean {
  if (node.original?.type === 'indirect') return node.original['id'] === 'nixpkgs';
  const o = originOf(node);
  return o?.host === 'github.com' && o.owner?.toLowerCase() === 'nixos' && o.repo?.toLowerCase() === 'nixpkgs';
}

export const freshnessUnpublishedBranch: Rule = {
  id: 'freshness/unpublished-branch',
  defaultSeverity: 'warning',
  needs: [],
  docs: {
    summary:
      'A root input takes NixOS/nixpkgs at a ref NixOS does not publish: not `master`, `nixos-unstable`, `nixos-unstable-small`, `nixpkgs-unstable`, `nixos-YY.MM`, `nixos-YY.MM-small`, `nixpkgs-YY.MM-darwin`, `release-YY.MM`, `staging*`, `*-updates`, or a release tag `YY.MM`.',
    why: 'Such a ref is a typo (`nixos-unstabel`), a branch that was deleted, or one that never existed: `nix flake lock` fails on it, or the lock holds a commit nobody maintains. flake-checker reports the same.',
    fix: 'Use a channel branch: `nixos-unstable` (or `nixpkgs-unstable` off NixOS), or `nixos-YY.MM` for a release (`nixpkgs-YY.MM-darwin` on macOS). Pin a commit with a `rev` instead of a branch name.',
    example: 'inputs.nixpkgs.url = "github:NixOS/nixpkgs/this-should-fail";',
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const { name, path, node } of rootRefs(ctx)) {
      if (!isOfficialNixpkgs(node)) continue;
      const t = trackingOf(node);
      const ref = t.kind === 'branch' ? t.branch : t.kind === 'tag' ? t.tag : undefined;
      if (ref === undefined || isPublishedNixpkgsRef(ref)) continue;
      const message = `input '${name}' takes NixOS/nixpkgs at '${ref}', which NixOS does not publish: use nixos-unstable or a nixos-YY.MM release branch`;
      const decl = declaredAt(ctx, path);
      if (decl?.url) out.push({ in: 'nix', ...spanRegion(decl.url.span), input: name, message });
      else out.push(inputFinding(ctx, path, message));
    }
    return out;
  },
};
