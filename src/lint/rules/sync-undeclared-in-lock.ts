import type { RawFinding, Rule } from '../lint-types.js';
import { inputFinding } from '../where.js';

export const syncUndeclaredInLock: Rule = {
  id: 'sync/undeclared-in-lock',
  defaultSeverity: 'warning',
  needs: ['nix', 'lock'],
  docs: {
    summary: 'flake.lock has a root input that flake.nix neither declares nor takes as an `outputs` argument.',
    why: 'A leftover of a removed input: it is fetched for nothing, and it confuses readers and tools (and `nix flake update` keeps refreshing it).',
    fix: 'Run `nix flake lock` to drop it, and commit flake.lock.',
    example: '# flake.nix no longer mentions agenix, but flake.lock still has root.inputs.agenix',
  },
  check(ctx) {
    const flake = ctx.flake!;
    const root = ctx.lock!.nodes.get(ctx.lock!.root);
    if (!root) return [];
    const known = new Set<string>(flake.inputs.map((d) => d.name));
    for (const f of flake.outputsFormals) known.add(f.value);
    const out: RawFinding[] = [];
    for (const name of root.inputs.keys()) {
      if (known.has(name)) continue;
      out.push(
        inputFinding(
          ctx,
          [name],
          `flake.lock has input '${name}', which flake.nix does not declare: run \`nix flake lock\` to remove it`,
          { preferNode: false },
        ),
      );
    }
    return out;
  },
};
