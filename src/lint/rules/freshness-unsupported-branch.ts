import { tryParseFlakeRef } from '../../flake/flakeref.js';
import type { LockNode } from '../../flake/flake-types.js';
import { isSupported, lastSupportedDay, latestRelease } from '../calendar.js';
import { globMatch } from '../../core/glob.js';
import { isNixpkgs, nixpkgsRelease } from '../source.js';
import type { RawFinding, Rule } from '../lint-types.js';
import { declaredAt, inputFinding, rootNodes, spanRegion } from '../where.js';

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
  docs: {
    summary:
      'A nixpkgs root input tracks a release branch (`nixos-YY.MM`, `nixpkgs-YY.MM`, `release-YY.MM`, with `-darwin` or `-small`) whose NixOS release is out of support.',
    why: 'The branch gets no more security fixes. Support is computed from the release calendar on the day of the run (a release each May and November; the previous one is supported until the end of the month after the next release), so the rule never lags a release.',
    fix: 'Move to the current release branch (the message names it). To keep an old branch on purpose, set `supported-until` for the input in `.flake-steward.json` (`{"supported-until": {"nixpkgs-legacy": "2027-03-31"}}`) or ignore it (`ignore: freshness/unsupported-branch:nixpkgs-legacy`).',
    example: 'inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-23.11"; # unsupported since 2024-07-01',
  },
  check(ctx) {
    const out: RawFinding[] = [];
    const latest = latestRelease(ctx.now);
    // without a lock, judge the references flake.nix declares
    const candidates = ctx.lock
      ? rootNodes(ctx)
      : (ctx.flake?.inputs ?? []).flatMap((d) => {
          if (!d.url) return [];
          const r = tryParseFlakeRef(d.url.value);
          if (!r.ok) return [];
          const node: LockNode = { key: d.name, inputs: new Map(), original: r.attrs, flake: true, line: 1 };
          return [{ name: d.name, path: d.path, node }];
        });
    for (const { name, path, node } of candidates) {
      if (!isNixpkgs(node)) continue;
      const r = nixpkgsRelease(node);
      if (!r || isSupported(r.release, ctx.now)) continue;
      if (overridden(ctx.options.supportedUntil, name, ctx.now)) continue;
      const branch = /^\d/.test(r.branch) ? `release ${r.branch}` : r.branch;
      const message = `input '${name}' tracks ${branch}: NixOS ${r.release.name} is out of support since ${lastSupportedDay(r.release)}; move to the ${latest.name} release (nixos-${latest.name} or nixpkgs-${latest.name}-darwin)`;
      const decl = declaredAt(ctx, path);
      if (decl?.url) out.push({ in: 'nix', ...spanRegion(decl.url.span), input: name, message });
      else out.push(inputFinding(ctx, path, message));
    }
    return out;
  },
};
