import type { RawFinding, Rule } from '../lint-types.js';
import { flakeNames } from '../schema-names.js';
import { spanRegion } from '../where.js';

export const syncMissingFromLock: Rule = {
  id: 'sync/missing-from-lock',
  defaultSeverity: 'error',
  needs: ['nix'],
  docs: {
    summary:
      'flake.nix declares an input (or takes one as an `outputs` argument) that flake.lock does not have, or there is no flake.lock at all.',
    why: 'The lock is out of date: Nix re-locks on the next command (writing the newest revision of that input), so what CI builds differs from what was reviewed.',
    fix: 'Run `nix flake lock` and commit flake.lock.',
    example:
      'inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";\ninputs.agenix.url = "github:ryantm/agenix"; # added, lock not updated',
  },
  check(ctx) {
    const flake = ctx.flake!;
    if (ctx.lockProblem) return []; // lock/invalid says what is wrong with it
    const declared = new Map(flake.inputs.map((d) => [d.name, d.span] as const));
    // A misspelt argument (`home-manger` beside `home-manager`) is schema/unknown-outputs-argument's: locking it
    // would fetch whatever the registry calls that name.
    const misspelt = flakeNames(ctx).misspeltArguments;
    for (const f of flake.outputsFormals)
      if (f.value !== 'self' && !declared.has(f.value) && !misspelt.has(f.value)) declared.set(f.value, f.span);
    if (declared.size === 0) return [];
    if (!ctx.hasLock) {
      const span = flake.inputsSpan ?? declared.values().next().value!;
      return [
        {
          in: 'nix',
          ...spanRegion(span),
          message: `flake.nix has ${declared.size} input${declared.size === 1 ? '' : 's'} but there is no ${ctx.lockPath}: run \`nix flake lock\` and commit flake.lock`,
        },
      ];
    }
    const root = ctx.lock?.nodes.get(ctx.lock.root);
    if (!root) return [];
    const out: RawFinding[] = [];
    for (const [name, span] of declared) {
      if (root.inputs.has(name)) continue;
      out.push({
        in: 'nix',
        ...spanRegion(span),
        input: name,
        message: `input '${name}' is declared in flake.nix but missing from flake.lock: run \`nix flake lock\``,
      });
    }
    return out;
  },
};
