import { showPath, type InputPath } from '../../flake/types.js';
import { findInput, followsPath, samePath } from '../resolve.js';
import type { LintContext, RawFinding, Rule } from '../types.js';
import { allDeclared, declaredAt, inputFinding, spanRegion } from '../where.js';

const showCycle = (cycle: readonly InputPath[]) =>
  cycle.map((p) => (p.length === 0 ? '(root)' : showPath(p))).join(' -> ');

/** Cycles among the root inputs' own `follows` in flake.nix (what Nix would hit while locking). */
function declaredCycle(ctx: LintContext, start: InputPath): InputPath[] | undefined {
  const seen: InputPath[] = [start];
  let current = start;
  for (let i = 0; i < 64; i++) {
    const d = declaredAt(ctx, current);
    if (!d?.follows) return undefined;
    const target = followsPath(d.follows.value);
    if (target.length === 0) return undefined;
    // the longest declared prefix of the target that is itself a follows continues the chain
    let next: InputPath | undefined;
    for (let n = target.length; n > 0; n--) {
      const p = target.slice(0, n);
      if (declaredAt(ctx, p)?.follows) {
        next = p;
        break;
      }
    }
    if (!next) return undefined;
    const at = seen.findIndex((s) => samePath(s, next!));
    if (at >= 0) return [...seen.slice(at), next];
    seen.push(next);
    current = next;
  }
  return undefined;
}

export const followsCycle: Rule = {
  id: 'follows/cycle',
  defaultSeverity: 'error',
  needs: [],
  docs: {
    summary: 'A chain of `follows` leads back to where it started.',
    why: 'None of the inputs on the cycle has a source. Nix 2.8 even writes such a lock, then fails as soon as one of them is used (`error: stack overflow (possible infinite recursion)`); newer Nix reports `follow cycle detected: [a -> b -> a]`.',
    fix: 'Break the chain: give one of the inputs a `url` instead of a `follows`.',
    example: 'inputs.nixpkgs.follows = "nixpkgs-unstable";\ninputs.nixpkgs-unstable.follows = "nixpkgs";',
  },
  check(ctx) {
    const out: RawFinding[] = [];
    const reported = new Set<string>();
    for (const d of allDeclared(ctx)) {
      if (!d.follows) continue;
      const target = followsPath(d.follows.value);
      if (samePath(target, d.path)) continue; // follows/self
      let cycle: readonly InputPath[] | undefined = declaredCycle(ctx, d.path);
      if (!cycle && ctx.lock && target.length > 0) {
        const r = findInput(ctx.lock, target, [d.path]);
        if (r.kind === 'cycle') cycle = r.cycle;
      }
      if (!cycle) continue;
      reported.add(showPath(d.path));
      out.push({
        in: 'nix',
        ...spanRegion(d.follows.span),
        input: showPath(d.path),
        message: `follows cycle: ${showCycle(cycle)}; none of these inputs has a source, and using one fails`,
      });
    }
    if (ctx.lock) {
      for (const r of ctx.resolved.values()) {
        if (r.follows === undefined || samePath(r.follows, r.path)) continue;
        if (reported.has(showPath(r.path)) || declaredAt(ctx, r.path)?.follows) continue;
        const found = findInput(ctx.lock, r.follows, [r.path]);
        if (found.kind !== 'cycle') continue;
        out.push(inputFinding(ctx, r.path, `flake.lock has a follows cycle: ${showCycle(found.cycle)}`));
      }
    }
    return out;
  },
};
