import { showPath, type InputPath } from '../../flake/flake-types.js';
import { followsPath, samePath } from '../resolve.js';
import type { RawFinding, Rule } from '../lint-types.js';
import { allDeclared, declaredAt, inputFinding, nodeAt, pathsByNode, spanRegion } from '../where.js';

const shown = (p: InputPath) => (p.length === 0 ? '"" (the flake itself)' : `'${showPath(p)}'`);

export const syncFollowsNotLocked: Rule = {
  id: 'sync/follows-not-locked',
  defaultSeverity: 'error',
  needs: ['nix', 'lock'],
  docs: {
    summary:
      'A `follows` in flake.nix that flake.lock does not reflect, or a `follows` in flake.lock that flake.nix no longer declares.',
    why: 'The lock was not regenerated after the `follows` changed: the de-duplication you see in flake.nix is not what Nix builds (or the other way round).',
    fix: 'Run `nix flake lock` and commit flake.lock.',
    example:
      '# flake.nix\ninputs.home-manager.inputs.nixpkgs.follows = "nixpkgs";\n# flake.lock still has home-manager\'s own nixpkgs node: "nixpkgs": "nixpkgs_2"',
  },
  check(ctx) {
    const lock = ctx.lock!;
    const out: RawFinding[] = [];
    const parentOf = (p: InputPath) => (p.length === 1 ? lock.nodes.get(lock.root) : nodeAt(ctx, p.slice(0, -1)));
    // flake.nix → flake.lock
    for (const d of allDeclared(ctx)) {
      if (!d.follows) continue;
      const parent = parentOf(d.path);
      const edge = parent?.inputs.get(d.name);
      if (!edge) continue; // missing altogether: sync/missing-from-lock or follows/override-of-missing-input
      const want = followsPath(d.follows.value);
      if (edge.kind === 'follows' && samePath(edge.path, want)) continue;
      const has = edge.kind === 'follows' ? `follows ${shown(edge.path)}` : 'its own locked copy';
      out.push({
        in: 'nix',
        ...spanRegion(d.follows.span),
        input: showPath(d.path),
        message: `flake.nix has ${showPath(d.path)} follow ${shown(want)}, but flake.lock has ${has}: run \`nix flake lock\``,
      });
    }
    // flake.lock → flake.nix: follows only the root flake can have written (a dependency's own follows stay inside
    // its subtree, so they start with a path that reaches that dependency)
    const reported = new Set(out.map((f) => f.input));
    const parents = pathsByNode(ctx);
    const root = lock.nodes.get(lock.root);
    const visit: [InputPath[], NonNullable<typeof root>][] = root ? [[[[]], root]] : [];
    for (const [key, paths] of parents) {
      const n = lock.nodes.get(key);
      if (n) visit.push([paths, n]);
    }
    for (const [paths, node] of visit) {
      for (const [name, edge] of node.inputs) {
        if (edge.kind !== 'follows') continue;
        const target = edge.path;
        const fromDependency = target.length > 0 && paths.some((p) => p.length > 0 && target[0] === p[0]);
        if (fromDependency) continue;
        const candidates = paths.map((p) => [...p, name]);
        if (candidates.some((c) => reported.has(showPath(c)))) continue;
        const declared = candidates.map((c) => declaredAt(ctx, c)).find((d) => d !== undefined);
        if (declared?.follows) continue; // compared above
        const at = candidates[0]!;
        out.push(
          inputFinding(
            ctx,
            at,
            declared
              ? `flake.lock has ${showPath(at)} following ${shown(target)}, but flake.nix gives it its own reference: run \`nix flake lock\``
              : `flake.lock has ${showPath(at)} following ${shown(target)}, which flake.nix does not declare: run \`nix flake lock\``,
            { preferNode: false },
          ),
        );
      }
    }
    return out;
  },
};
