import { showPath } from '../../flake/flake-types.js';
import { findInput, followsPath } from '../resolve.js';
import type { RawFinding, Rule } from '../lint-types.js';
import { allDeclared, declaredAt, inputFinding, spanRegion } from '../where.js';

export const followsNonExistentTarget: Rule = {
  id: 'follows/non-existent-target',
  defaultSeverity: 'error',
  needs: ['lock'],
  docs: {
    summary: 'A `follows` names an input path that does not exist.',
    why: "Nix refuses to lock or evaluate the flake: `error: input 'hm/nixpkgs' follows a non-existent input 'nixpkgz'`.",
    fix: 'Point the `follows` at an input that exists (paths are relative to the flake that declares them: in your flake.nix, a root input name such as `"nixpkgs"`, or `"a/b"` for input b of input a), or remove it.',
    example:
      'inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";\ninputs.home-manager.url = "github:nix-community/home-manager";\ninputs.home-manager.inputs.nixpkgs.follows = "nixpkgz";',
  },
  check(ctx) {
    const lock = ctx.lock!;
    const out: RawFinding[] = [];
    const reported = new Set<string>();
    const declaredRoots = new Set((ctx.flake?.inputs ?? []).map((d) => d.name));
    for (const d of allDeclared(ctx)) {
      if (!d.follows) continue;
      const target = followsPath(d.follows.value);
      if (target.length === 0) continue; // `follows = ""`: the flake itself
      const r = findInput(lock, target);
      if (r.kind !== 'missing') continue;
      // a new root input not locked yet is sync/missing-from-lock's finding, not this one
      if (r.missing.length === 1 && declaredRoots.has(r.missing[0]!)) continue;
      reported.add(showPath(d.path));
      out.push({
        in: 'nix',
        ...spanRegion(d.follows.span),
        input: showPath(d.path),
        message: `${showPath(d.path)} follows '${d.follows.value}', which does not exist: ${describeMissing(r.missing)}; Nix fails with "follows a non-existent input"`,
      });
    }
    for (const r of ctx.resolved.values()) {
      if (r.follows === undefined || r.follows.length === 0) continue;
      const key = showPath(r.path);
      if (reported.has(key)) continue;
      const found = findInput(lock, r.follows);
      if (found.kind !== 'missing') continue;
      const decl = declaredAt(ctx, r.path);
      if (decl?.follows) continue; // declared: judged above against flake.nix
      out.push(
        inputFinding(
          ctx,
          r.path,
          `flake.lock has ${key} following '${showPath(r.follows)}', which does not exist: ${describeMissing(found.missing)}`,
        ),
      );
    }
    return out;
  },
};

function describeMissing(missing: readonly string[]): string {
  if (missing.length === 1) return `there is no root input '${missing[0]}'`;
  return `input '${showPath(missing.slice(0, -1))}' has no input '${missing[missing.length - 1]}'`;
}
