import { branchForRelease, isSupported, lastSupportedDay, latestRelease, type Release } from '../calendar.js';
import { globMatch } from '../../core/glob.js';
import { isNixpkgs } from '../source.js';
import { isUnstableNixpkgs, releaseBranchOf } from '../ref-tracking.js';
import { moveReleaseFix } from '../release-fix.js';
import { nixpkgsUsedBy, rootRefs } from '../root-refs.js';
import type { RawFinding, Rule } from '../lint-types.js';
import { declaredAt, inputFinding, spanRegion } from '../where.js';

/** A per-input override (`supported-until` in .flake-steward.json): accepted while the day has not passed. */
function overridden(overrides: Readonly<Record<string, string>>, input: string, now: Date): boolean {
  for (const [glob, day] of Object.entries(overrides)) {
    if (!globMatch(glob, input)) continue;
    const end = Date.parse(`${day}T00:00:00Z`) + 86_400_000;
    return Number.isFinite(end) && now.getTime() < end;
  }
  return false;
}

export const freshnessUnsupportedBranch: Rule = {
  id: 'freshness/unsupported-branch',
  defaultSeverity: 'warning',
  needs: [],
  fixable: true,
  docs: {
    summary:
      'A root input tracks a release branch whose NixOS release is out of support: nixpkgs (`nixos-YY.MM`, `nixpkgs-YY.MM-darwin`, `release-YY.MM`, with `-small`), or a flake that follows NixOS releases (Home Manager `release-YY.MM`, nix-darwin `nix-darwin-YY.MM`).',
    why: 'The branch gets no more security fixes. Support is computed from the release calendar on the day of the run (a release each May and November; the previous one is supported until the end of the month after the next release), so the rule never lags a release.',
    fix: 'Move to the current release branch (the message names it): `flake-steward fix` changes the release in the input\'s `url` in flake.nix, nothing else, and relocks. A release-branched input used with an unstable nixpkgs is left to `freshness/release-mismatch`. To keep an old branch on purpose, set `supported-until` for the input in `.flake-steward.json` (`{"supported-until": {"nixpkgs-legacy": "2027-03-31"}}`) or ignore it (`ignore: freshness/unsupported-branch:nixpkgs-legacy`).',
    example: 'inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-23.11"; # unsupported since 2024-07-01',
  },
  check(ctx) {
    const out: RawFinding[] = [];
    const latest = latestRelease(ctx.now);
    for (const { name, path, node } of rootRefs(ctx)) {
      const r = releaseBranchOf(node);
      if (!r || isSupported(r.release, ctx.now)) continue;
      if (overridden(ctx.options.supportedUntil, name, ctx.now)) continue;
      // nixpkgs moves to the latest release; another flake to the release of the nixpkgs it is used with
      let to: Release | undefined = latest;
      if (!isNixpkgs(node)) {
        const used = nixpkgsUsedBy(ctx, name)?.node;
        const usedRelease = used ? releaseBranchOf(used)?.release : undefined;
        if (usedRelease && isSupported(usedRelease, ctx.now)) to = usedRelease;
        else if (used && isUnstableNixpkgs(used)) to = undefined;
      }
      const branch = /^\d/.test(r.branch) ? `release ${r.branch}` : r.branch;
      const release = isNixpkgs(node) ? `NixOS ${r.release.name} is` : `for NixOS ${r.release.name},`;
      const toBranch = to ? branchForRelease(r.branch, to) : undefined;
      const move = !to
        ? 'the nixpkgs it is used with is unstable (see freshness/release-mismatch)'
        : toBranch
          ? `move to ${toBranch}`
          : `move to the ${to.name} release`;
      const message = `input '${name}' tracks ${branch}, ${release} out of support since ${lastSupportedDay(r.release)}; ${move}`;
      const decl = declaredAt(ctx, path);
      const fix = to ? moveReleaseFix(ctx, decl, r, to) : undefined;
      const at = decl?.url
        ? { in: 'nix' as const, ...spanRegion(decl.url.span), input: name }
        : inputFinding(ctx, path, '');
      out.push({ ...at, message, ...(fix ? { fix } : {}) });
    }
    return out;
  },
};
