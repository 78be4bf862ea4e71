import { isNixpkgs, sourceOf } from '../source.js';
import { isUnstableNixpkgs, releaseBranchOf, trackingOf } from '../ref-tracking.js';
import { nixpkgsUsedBy, rootRefs } from '../root-refs.js';
import type { RawFinding, Rule } from '../lint-types.js';
import { declaredAt, inputFinding, spanRegion } from '../where.js';

/**
 * Flakes whose default branch follows nixpkgs unstable and whose `release-YY.MM`-style branches follow the NixOS
 * release of the same name: their default branch next to a nixpkgs release is a mismatch too.
 */
const RELEASE_BRANCHED = new Set(['nix-community/home-manager', 'nix-darwin/nix-darwin', 'lnl7/nix-darwin']);

export const freshnessReleaseMismatch: Rule = {
  id: 'freshness/release-mismatch',
  defaultSeverity: 'warning',
  needs: [],
  docs: {
    summary:
      'A root input on a NixOS release branch (Home Manager `release-YY.MM`, nix-darwin `nix-darwin-YY.MM`, any `release-YY.MM`/`nixos-YY.MM` branch of a flake) is used with a nixpkgs on another release or on unstable, or Home Manager or nix-darwin on their default branch with a nixpkgs release.',
    why: 'Home Manager and nix-darwin are written against one nixpkgs release and use its option and package names; Home Manager warns "You are using Home Manager version X and Nixpkgs version Y" for exactly this mismatch, and evaluation errors follow. The nixpkgs an input is used with is the root input its `nixpkgs` follows, else the root `nixpkgs`.',
    fix: 'Use the branch of the same release on both sides: `release-26.05` with `nixos-26.05`, and the default branch (master) with `nixos-unstable`/`nixpkgs-unstable`; and let the input follow that nixpkgs (`inputs.home-manager.inputs.nixpkgs.follows = "nixpkgs";`).',
    example:
      'inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";\ninputs.home-manager.url = "github:nix-community/home-manager/release-22.11";',
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const { name, path, node } of rootRefs(ctx)) {
      if (isNixpkgs(node)) continue;
      const used = nixpkgsUsedBy(ctx, name);
      if (!used) continue;
      const mine = releaseBranchOf(node);
      const theirs = releaseBranchOf(used.node);
      const unstable = isUnstableNixpkgs(used.node);
      let message: string | undefined;
      if (mine) {
        if (theirs && theirs.release.name !== mine.release.name) {
          message = `input '${name}' tracks ${mine.branch} (NixOS ${mine.release.name}) but is used with nixpkgs '${used.name}' on ${theirs.branch} (${theirs.release.name}): use the branches of one release`;
        } else if (unstable) {
          message = `input '${name}' tracks ${mine.branch} (NixOS ${mine.release.name}) but is used with nixpkgs '${used.name}' on unstable: use ${name}'s default branch with unstable, or a nixos-${mine.release.name} nixpkgs`;
        }
      } else if (theirs) {
        const t = trackingOf(node);
        const s = sourceOf(node);
        const known = s?.owner && s.repo && RELEASE_BRANCHED.has(`${s.owner}/${s.repo}`.toLowerCase());
        if (known && t.kind === 'branch' && (t.branch === undefined || t.branch === 'master')) {
          message = `input '${name}' follows its default branch (for nixpkgs unstable) but is used with nixpkgs '${used.name}' on ${theirs.branch} (${theirs.release.name}): use its ${theirs.release.name} release branch`;
        }
      }
      if (!message) continue;
      const decl = declaredAt(ctx, path);
      if (decl?.url) out.push({ in: 'nix', ...spanRegion(decl.url.span), input: name, message });
      else out.push(inputFinding(ctx, path, message));
    }
    return out;
  },
};
