import { showPath } from '../../flake/flake-types.js';
import type { RawFinding, Rule } from '../lint-types.js';
import { allDeclared, spanRegion } from '../where.js';

export const followsUrlAndFollows: Rule = {
  id: 'follows/url-and-follows',
  defaultSeverity: 'error',
  needs: ['nix'],
  docs: {
    summary: 'An input sets both a reference (`url`, or `type`/`owner`/…) and `follows`.',
    why: 'Nix uses the `follows` and silently drops the reference, so the flake does not use the source it names.',
    fix: 'Keep one: delete the `url` to share the followed input, or delete the `follows` to use the URL.',
    example: 'inputs.home-manager = {\n  url = "github:nix-community/home-manager";\n  follows = "hm-stable";\n};',
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const d of allDeclared(ctx)) {
      if (!d.follows) continue;
      const ref = d.url ?? d.attrs;
      if (!ref) continue;
      const shown = d.url ? `url "${d.url.value}"` : 'an attribute-set reference';
      out.push({
        in: 'nix',
        ...spanRegion(d.follows.span),
        input: showPath(d.path),
        message: `${showPath(d.path)} has both ${shown} and follows "${d.follows.value}": Nix uses the follows and ignores the reference; keep one`,
      });
    }
    return out;
  },
};
