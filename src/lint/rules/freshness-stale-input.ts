import { daysBetween } from '../calendar.js';
import { globMatch } from '../../core/glob.js';
import { lastModified } from '../source.js';
import type { LintOptions, RawFinding, Rule } from '../lint-types.js';
import { inputFinding, rootNodes } from '../where.js';

/** The max age for an input: the first `maxAgeByInput` glob that matches it, else `maxAge`. */
export function maxAgeFor(options: Pick<LintOptions, 'maxAge' | 'maxAgeByInput'>, input: string): number {
  for (const [glob, days] of Object.entries(options.maxAgeByInput)) if (globMatch(glob, input)) return days;
  return options.maxAge;
}

export const freshnessStaleInput: Rule = {
  id: 'freshness/stale-input',
  defaultSeverity: 'warning',
  needs: ['lock'],
  docs: {
    summary:
      'A root input is locked to a commit older than `max-age` days (default 30; per input: `max-age: 30,nixpkgs=7`).',
    why: 'Old inputs miss security fixes, and the longer an update waits the bigger (and harder to review) it gets.',
    fix: 'Update it: `nix flake update NAME` (Nix 2.19 and later) or `nix flake lock --update-input NAME`, or let `flake-steward update` open the pull request. Inputs pinned to a `rev` are not reported.',
    example: '"lastModified": 1700000000  (2023-11-14: 30+ days before the run)',
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const { name, path, node } of rootNodes(ctx)) {
      if (node.locked?.type === 'path' || typeof node.original?.['rev'] === 'string') continue;
      const when = lastModified(node);
      if (!when) continue;
      const limit = maxAgeFor(ctx.options, name);
      const age = daysBetween(when, ctx.now);
      if (age <= limit) continue;
      out.push(
        inputFinding(
          ctx,
          path,
          `input '${name}' is locked to a commit from ${when.toISOString().slice(0, 10)}, ${age} days old (max-age ${limit}): run \`nix flake update ${name}\` (Nix >= 2.19) or \`nix flake lock --update-input ${name}\``,
        ),
      );
    }
    return out;
  },
};
