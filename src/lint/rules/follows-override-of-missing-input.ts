import { showPath } from '../../flake/flake-types.js';
import { removeOverrideFix } from '../fix-edits.js';
import { findInput } from '../resolve.js';
import type { RawFinding, Rule } from '../lint-types.js';
import { allDeclared, declaredAt, spanRegion } from '../where.js';

/** Input names listed in one message (a hand-made lock may give a node thousands). */
const MAX_LISTED = 20;

function* take<T>(items: Iterable<T>, n: number): Iterable<T> {
  if (n <= 0) return;
  for (const x of items) {
    yield x;
    if (--n === 0) return;
  }
}

export const followsOverrideOfMissingInput: Rule = {
  id: 'follows/override-of-missing-input',
  defaultSeverity: 'warning',
  needs: ['nix', 'lock'],
  fixable: true,
  docs: {
    summary: 'An override `inputs.a.inputs.x…` names an input `x` that the locked `a` does not have.',
    why: 'Nix ignores such an override (Nix 2.8 silently; newer versions with a warning), so the `follows` you believe de-duplicates nixpkgs does nothing — often after the dependency renamed or dropped its input.',
    fix: "Remove the override (`flake-steward fix` does), or point it at the input's current name (see the dependency's flake.nix).",
    example:
      'inputs.flake-utils.url = "github:numtide/flake-utils";\n# flake-utils has no input nixpkgs:\ninputs.flake-utils.inputs.nixpkgs.follows = "nixpkgs";',
  },
  check(ctx) {
    const lock = ctx.lock!;
    const out: RawFinding[] = [];
    for (const d of allDeclared(ctx)) {
      if (d.path.length < 2) continue;
      const parentPath = d.path.slice(0, -1);
      const parentDecl = declaredAt(ctx, parentPath);
      if (parentDecl?.follows) continue; // overriding inputs of an alias: judged at its target
      const parent = findInput(lock, parentPath);
      if (parent.kind !== 'node') continue; // the parent itself is missing or cyclic: other rules say so
      const node = lock.nodes.get(parent.key);
      if (!node || node.inputs.has(d.name)) continue;
      const parentName = showPath(parentPath);
      const has = [...take(node.inputs.keys(), MAX_LISTED + 1)];
      const listed = has.length > MAX_LISTED ? `${has.slice(0, MAX_LISTED).join(', ')}, …` : has.join(', ');
      const why = !node.flake
        ? `${parentName} is not a flake (flake = false), so it has no inputs to override`
        : has.length > 0
          ? `the locked ${parentName} has no input '${d.name}' (its inputs: ${listed})`
          : `the locked ${parentName} has no inputs at all`;
      out.push({
        in: 'nix',
        ...spanRegion(d.span),
        input: showPath(d.path),
        message: `override of ${showPath(d.path)} has no effect: ${why}; Nix ignores it`,
        fix: removeOverrideFix(ctx, d),
      });
    }
    return out;
  },
};
