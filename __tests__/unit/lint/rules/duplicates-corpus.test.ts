/**
 * duplicates/duplicate-input over every real lock of ../shared/corpus (lock-only): each suggested follows target
 * is a root input whenever a root input has the copy's source, and the counts by severity, checked by hand (issue
 * 13: 129 warnings before; copies on other branches added, helper flakes made notices).
 */
import { expect, test } from '@jest/globals';
import { showPath } from '../../../../src/flake/flake-types.js';
import { lintContext } from '../../../../src/lint/lint-context.js';
import { runRules } from '../../../../src/lint/rule-engine.js';
import { RULES_BY_ID } from '../../../../src/lint/rules/index.js';
import { sourceOf } from '../../../../src/lint/source.js';
import type { LintContext } from '../../../../src/lint/lint-types.js';
import { corpusLocks, describeCorpus } from '../../flake/corpus-helper.js';
import { NOW, options } from '../helpers.js';

const rule = RULES_BY_ID.get('duplicates/duplicate-input')!;

/** The source identity of the node an input path resolves to (as the rule groups copies). */
function sourceAt(ctx: LintContext, path: string): string | undefined {
  const key = ctx.resolved.get(path)?.node;
  const node = key === undefined ? undefined : ctx.lock!.nodes.get(key);
  const s = node ? sourceOf(node) : undefined;
  return s && !s.pinned ? `${s.key}\0${node!.flake}` : undefined;
}

describeCorpus('duplicates/duplicate-input on the corpus', () => {
  const runs = corpusLocks().map(({ folder, text }) => {
    const ctx = lintContext(
      { nixPath: `${folder}/flake.nix`, lockPath: `${folder}/flake.lock`, nix: undefined, lock: text },
      NOW,
      options(),
    );
    return { folder, ctx, findings: ctx.lock ? runRules(ctx, [rule]).findings : [] };
  });

  test('every follows target is a root input when a root input has the source, and holds that source', () => {
    let checked = 0;
    let toRoot = 0;
    for (const { folder, ctx, findings } of runs) {
      if (!ctx.lock) continue; // the invalid and v2-v4 locks
      const roots = [...(ctx.lock.nodes.get(ctx.lock.root)?.inputs.keys() ?? [])];
      for (const f of findings) {
        const target = /follows = "([^"]*)";$/.exec(f.fix!.text)?.[1];
        expect([folder, f.input, target]).toEqual([folder, f.input, expect.any(String)]);
        const source = sourceAt(ctx, f.input!);
        expect([folder, f.input, sourceAt(ctx, target!)]).toEqual([folder, f.input, source]);
        const providers = roots.filter((r) => sourceAt(ctx, showPath([r])) === source);
        if (f.input!.includes('/') && providers.length > 0) {
          expect([folder, f.input, providers.includes(target!)]).toEqual([folder, f.input, true]);
          toRoot++;
        }
        checked++;
      }
    }
    expect([checked, toRoot]).toEqual([149, 102]);
  });

  test('counts by severity: nixpkgs and other sources warn, small helper flakes are notices', () => {
    const counts: Record<string, number> = {};
    for (const { findings } of runs) for (const f of findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
    expect(counts).toEqual({ warning: 79, notice: 70 });
  });

  test('copies of nixpkgs on another branch than the root input are caught, with a root follows line', () => {
    const byFolder = (folder: string) => runs.find((r) => r.folder === folder)!.findings;
    const line = (folder: string, input: string) => byFolder(folder).find((f) => f.input === input)?.fix?.text;
    // stylix's nixpkgs asks for nixpkgs-unstable, the root tracks nixos-unstable
    expect(line('EmergentMind__nix-config', 'stylix/nixpkgs')).toBe(
      'inputs.stylix.inputs.nixpkgs.follows = "nixpkgs";',
    );
    // sops-nix's nixpkgs-stable asks for release-24.05, the root nixpkgs-stable tracks nixos-24.05
    expect(line('EmergentMind__nix-config', 'sops-nix/nixpkgs-stable')).toBe(
      'inputs.sops-nix.inputs.nixpkgs-stable.follows = "nixpkgs-stable";',
    );
    expect(line('dustinlyons__nixos-config', 'home-manager/nixpkgs')).toBe(
      'inputs.home-manager.inputs.nixpkgs.follows = "nixpkgs";',
    );
  });
});
