import { showPath } from '../../flake/flake-types.js';
import { followsPath, samePath } from '../resolve.js';
import type { RawFinding, Rule } from '../lint-types.js';
import { allDeclared, declaredAt, inputFinding, spanRegion } from '../where.js';

export const followsSelf: Rule = {
  id: 'follows/self',
  defaultSeverity: 'warning',
  needs: [],
  docs: {
    summary: 'An input follows itself.',
    why: 'It is a one-step cycle: the input has no source. Nix 2.8 locks it (`"d": ["d"]`) and fails only when the input is used (`stack overflow (possible infinite recursion)`). Usually a typo for another input name.',
    fix: 'Point the `follows` at the input you meant (often `"nixpkgs"` from a nested override), or give the input a `url`.',
    example: 'inputs.nixpkgs.follows = "nixpkgs";',
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const d of allDeclared(ctx)) {
      if (!d.follows) continue;
      if (!samePath(followsPath(d.follows.value), d.path)) continue;
      out.push({
        in: 'nix',
        ...spanRegion(d.follows.span),
        input: showPath(d.path),
        message: `${showPath(d.path)} follows itself ("${d.follows.value}")`,
      });
    }
    for (const r of ctx.resolved.values()) {
      if (r.follows === undefined || !samePath(r.follows, r.path)) continue;
      if (declaredAt(ctx, r.path)?.follows) continue;
      out.push(inputFinding(ctx, r.path, `flake.lock has ${showPath(r.path)} following itself`));
    }
    return out;
  },
};
