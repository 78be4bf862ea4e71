import { cycleFrom, showCycle, type CycleOutcome } from '../../flake/follows.js';
import { showPath, type DeclaredInput, type InputPath } from '../../flake/flake-types.js';
import { findDeclared, followsPath, samePath } from '../resolve.js';
import type { LintContext, RawFinding, Rule } from '../lint-types.js';
import { allDeclared, inputFinding, spanRegion } from '../where.js';

type Cycle = Pick<CycleOutcome, 'cycle' | 'omitted'>;

const key = (p: InputPath) => p.join('\0');

/**
 * Cycles among the root flake's own `follows` in flake.nix (what Nix would hit while locking), for every declared
 * follows at once: each one leads to the longest declared prefix of its target that is itself a follows, so they
 * form chains, and each chain is walked once (a chain of n follows costs O(n), not O(n^2)). A follows on a cycle
 * gets the cycle from itself round; one that leads into a cycle gets it as entered.
 */
function declaredCycles(byKey: ReadonlyMap<string, DeclaredInput>): Map<string, Cycle | undefined> {
  const next = (d: DeclaredInput): DeclaredInput | undefined => {
    const target = followsPath(d.follows!.value);
    for (let n = target.length; n > 0; n--) {
      const t = byKey.get(key(target.slice(0, n)));
      if (t) return t;
    }
    return undefined;
  };
  const result = new Map<string, Cycle | undefined>();
  for (const [start, first] of byKey) {
    if (result.has(start)) continue;
    const walk: DeclaredInput[] = [];
    const at = new Map<string, number>();
    let found: Cycle | undefined;
    let entry = -1;
    for (let d: DeclaredInput | undefined = first; d; d = next(d)) {
      const k = key(d.path);
      if (result.has(k)) {
        found = result.get(k);
        break;
      }
      const seen = at.get(k);
      if (seen !== undefined) {
        entry = seen;
        break;
      }
      at.set(k, walk.length);
      walk.push(d);
    }
    const members = entry >= 0 ? walk.slice(entry).map((d) => d.path) : [];
    walk.forEach((d, i) => result.set(key(d.path), entry >= 0 ? cycleFrom(members, Math.max(i - entry, 0)) : found));
  }
  return result;
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
  check(ctx: LintContext) {
    const out: RawFinding[] = [];
    const reported = new Set<string>();
    const declared = allDeclared(ctx);
    // the declarations that are follows, by path
    const follows = new Map<string, DeclaredInput>();
    for (const d of declared) if (d.follows) follows.set(key(d.path), d);
    const cycles = declaredCycles(follows);
    for (const d of declared) {
      if (!d.follows) continue;
      const target = followsPath(d.follows.value);
      if (samePath(target, d.path)) continue; // follows/self
      let cycle: Cycle | undefined = cycles.get(key(d.path));
      if (!cycle && ctx.lock && target.length > 0) {
        const r = findDeclared(ctx.lock, d.path, target);
        if (r.kind === 'cycle') cycle = r;
      }
      if (!cycle) continue;
      reported.add(showPath(d.path));
      out.push({
        in: 'nix',
        ...spanRegion(d.follows.span),
        input: showPath(d.path),
        message: `follows cycle: ${showCycle(cycle.cycle, cycle.omitted)}; none of these inputs has a source, and using one fails`,
      });
    }
    if (ctx.lock) {
      for (const r of ctx.resolved.values()) {
        if (r.follows === undefined || samePath(r.follows, r.path)) continue;
        if (reported.has(showPath(r.path)) || follows.has(key(r.path))) continue;
        const found = findDeclared(ctx.lock, r.path, r.follows);
        if (found.kind !== 'cycle') continue;
        out.push(inputFinding(ctx, r.path, `flake.lock has a follows cycle: ${showCycle(found.cycle, found.omitted)}`));
      }
    }
    return out;
  },
};
