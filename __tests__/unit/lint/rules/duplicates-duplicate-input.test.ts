/**
 * duplicates/duplicate-input (issue 13): a dependency's copy of a root input's source is a duplicate whatever its
 * branch and follows a root input; two root inputs on different branches stay quiet; a copy of a small helper
 * flake weighs one severity less than a copy of nixpkgs. Hand-written locks (../helpers.ts).
 */
import { describe, expect, test } from '@jest/globals';
import { parseFile } from '../../../../src/nix/index.js';
import { applyEdits } from '../../../../src/nix/edit.js';
import { runRules } from '../../../../src/lint/rule-engine.js';
import { RULES_BY_ID } from '../../../../src/lint/rules/index.js';
import type { Finding, LintContext } from '../../../../src/lint/lint-types.js';
import type { RuleSetting } from '../../../../src/core/config.js';
import { flakeNix, gh, lockContext, withFlake, type NodeSpec } from '../helpers.js';

const ID = 'duplicates/duplicate-input';

function run(ctx: LintContext): readonly Finding[] {
  return runRules(ctx, [RULES_BY_ID.get(ID)!]).findings;
}

const withRule = (ctx: LintContext, setting: RuleSetting): LintContext => ({
  ...ctx,
  options: { ...ctx.options, rules: { [ID]: setting } },
});

/** Input, severity and follows line of each finding, by input path. */
const summary = (f: readonly Finding[]) =>
  f.map((x) => [x.input, x.severity, x.fix?.text]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));

// root nixpkgs on nixos-unstable; home-manager's own nixpkgs on nixpkgs-unstable, sops-nix's on nixos-unstable-small
const otherBranch: Record<string, NodeSpec> = {
  root: { inputs: { nixpkgs: 'nixpkgs_3', 'home-manager': 'home-manager', 'sops-nix': 'sops-nix' } },
  'home-manager': { ...gh('nix-community', 'home-manager'), inputs: { nixpkgs: 'nixpkgs' } },
  nixpkgs: gh('NixOS', 'nixpkgs', { ref: 'nixpkgs-unstable', rev: '1'.repeat(40), lastModified: 1762000000 }),
  'sops-nix': { ...gh('Mic92', 'sops-nix'), inputs: { nixpkgs: 'nixpkgs_2' } },
  nixpkgs_2: gh('NixOS', 'nixpkgs', { ref: 'nixos-unstable-small', rev: '2'.repeat(40), lastModified: 1762500000 }),
  nixpkgs_3: gh('nixos', 'nixpkgs', { ref: 'nixos-unstable', rev: '3'.repeat(40), lastModified: 1763000000 }),
};

describe('a copy on another branch than the root input', () => {
  test('is a duplicate with the follows line to the root input, and says both branches', () => {
    const f = run(lockContext(otherBranch));
    expect(summary(f)).toEqual([
      ['home-manager/nixpkgs', 'warning', 'inputs.home-manager.inputs.nixpkgs.follows = "nixpkgs";'],
      ['sops-nix/nixpkgs', 'warning', 'inputs.sops-nix.inputs.nixpkgs.follows = "nixpkgs";'],
    ]);
    expect(f[0]!.message).toContain('one of 3 copies of github:NixOS/nixpkgs');
    expect(f[0]!.message).toContain('on nixpkgs-unstable where nixpkgs tracks nixos-unstable');
    expect(f[0]!.message).not.toContain('no root input has it');
  });

  test('the follows line is added to flake.nix by the fix, in the file’s style', () => {
    const text = `{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    home-manager.url = "github:nix-community/home-manager";
    sops-nix.url = "github:Mic92/sops-nix";
  };
  outputs = { self, ... }: { };
}
`;
    const ctx = withFlake(
      lockContext(otherBranch),
      flakeNix(
        text,
        [
          ['nixpkgs', 'github:NixOS/nixpkgs/nixos-unstable'],
          ['home-manager', 'github:nix-community/home-manager'],
          ['sops-nix', 'github:Mic92/sops-nix'],
        ].map(([name, url]) => ({
          path: [name!],
          bindings: [`${name}.url = "${url}";`],
          url: url!,
          style: 'block' as const,
        })),
      ),
    );
    const [hm] = run(ctx).filter((x) => x.input === 'home-manager/nixpkgs');
    expect(hm).toMatchObject({ file: 'flake.nix', line: 4 });
    const edits = hm!.fix!.edits.map((e) => ({
      start: e.span.start.offset,
      end: e.span.end.offset,
      newText: e.newText,
    }));
    const out = applyEdits(text, edits);
    parseFile(out, { file: 'flake.nix' });
    expect(out).toContain(
      '    home-manager.url = "github:nix-community/home-manager";\n    home-manager.inputs.nixpkgs.follows = "nixpkgs";\n',
    );
  });

  test('nixpkgs and nixpkgs-stable as root inputs stay quiet; copies follow the root input on their branch or of their name', () => {
    const ctx = lockContext({
      root: { inputs: { nixpkgs: 'nixpkgs', 'nixpkgs-stable': 'nixpkgs_2', a: 'a', b: 'b', c: 'c' } },
      nixpkgs: gh('NixOS', 'nixpkgs', { ref: 'nixos-unstable' }),
      nixpkgs_2: gh('NixOS', 'nixpkgs', { ref: 'nixos-25.05' }),
      // on the stable branch: follows nixpkgs-stable
      a: { ...gh('o', 'a'), inputs: { nixpkgs: 'nixpkgs_3' } },
      nixpkgs_3: gh('NixOS', 'nixpkgs', { ref: 'nixos-25.05' }),
      // named nixpkgs-stable, on a release branch no root input tracks: follows nixpkgs-stable by name
      b: { ...gh('o', 'b'), inputs: { 'nixpkgs-stable': 'nixpkgs_4' } },
      nixpkgs_4: gh('NixOS', 'nixpkgs', { ref: 'release-25.05' }),
      // another name and another branch: follows the root input named as the repository
      c: { ...gh('o', 'c'), inputs: { pkgs: 'nixpkgs_5' } },
      nixpkgs_5: gh('NixOS', 'nixpkgs', { ref: 'nixpkgs-unstable', lastModified: 1764000000 }),
    });
    expect(summary(run(ctx))).toEqual([
      ['a/nixpkgs', 'warning', 'inputs.a.inputs.nixpkgs.follows = "nixpkgs-stable";'],
      ['b/nixpkgs-stable', 'warning', 'inputs.b.inputs.nixpkgs-stable.follows = "nixpkgs-stable";'],
      ['c/pkgs', 'warning', 'inputs.c.inputs.pkgs.follows = "nixpkgs";'],
    ]);
  });
});

describe('follows targets are root inputs whenever one has the source', () => {
  test('two copies on a branch the root input does not track both follow the root input, not each other', () => {
    const ctx = lockContext({
      root: { inputs: { nixpkgs: 'nixpkgs', a: 'a', b: 'b' } },
      nixpkgs: gh('NixOS', 'nixpkgs', { ref: 'nixos-unstable' }),
      a: { ...gh('o', 'a'), inputs: { nixpkgs: 'nixpkgs_2' } },
      nixpkgs_2: gh('NixOS', 'nixpkgs', { ref: 'nixpkgs-unstable' }),
      b: { ...gh('o', 'b'), inputs: { nixpkgs: 'nixpkgs_3' } },
      nixpkgs_3: gh('NixOS', 'nixpkgs', { ref: 'nixpkgs-unstable' }),
    });
    expect(run(ctx).map((x) => x.fix?.text)).toEqual([
      'inputs.a.inputs.nixpkgs.follows = "nixpkgs";',
      'inputs.b.inputs.nixpkgs.follows = "nixpkgs";',
    ]);
  });

  test('a root input that follows a dependency’s copy is the target, not the path it follows', () => {
    const ctx = lockContext({
      root: { inputs: { cosmic: 'cosmic', nixpkgs: ['cosmic', 'nixpkgs'], hm: 'hm' } },
      cosmic: { ...gh('lilyinstarlight', 'nixos-cosmic'), inputs: { nixpkgs: 'nixpkgs' } },
      nixpkgs: gh('NixOS', 'nixpkgs', { ref: 'nixos-unstable' }),
      hm: { ...gh('nix-community', 'home-manager'), inputs: { nixpkgs: 'nixpkgs_2' } },
      nixpkgs_2: gh('NixOS', 'nixpkgs', { ref: 'nixos-unstable' }),
    });
    expect(run(ctx).map((x) => x.fix?.text)).toEqual(['inputs.hm.inputs.nixpkgs.follows = "nixpkgs";']);
  });

  test('a deep copy follows the root input, never another dependency’s input', () => {
    const ctx = lockContext({
      root: { inputs: { 'flake-utils': 'flake-utils', nixvim: 'nixvim', cursor: 'cursor' } },
      'flake-utils': gh('numtide', 'flake-utils', { ref: 'main' }),
      cursor: { ...gh('o', 'cursor'), inputs: { utils: 'flake-utils_2' } },
      'flake-utils_2': gh('numtide', 'flake-utils', { ref: 'v1' }),
      nixvim: { ...gh('nix-community', 'nixvim'), inputs: { search: 'search' } },
      search: { ...gh('o', 'search'), inputs: { 'flake-utils': 'flake-utils_3' } },
      'flake-utils_3': gh('numtide', 'flake-utils', { ref: 'v1' }),
    });
    expect(run(ctx).map((x) => x.fix?.text)).toEqual([
      'inputs.cursor.inputs.utils.follows = "flake-utils";',
      'inputs.nixvim.inputs.search.inputs.flake-utils.follows = "flake-utils";',
    ]);
  });

  test('without a root input, copies follow the nearest copy and the message offers a root input instead', () => {
    const ctx = lockContext({
      root: { inputs: { zig: 'zig', zls: 'zls', other: 'other' } },
      zig: { ...gh('o', 'zig'), inputs: { 'flake-utils': 'fu' } },
      zls: { ...gh('o', 'zls'), inputs: { 'flake-utils': 'fu_2' } },
      fu: gh('numtide', 'flake-utils', { lastModified: 1705309234 }),
      fu_2: gh('numtide', 'flake-utils', { lastModified: 1710146030 }),
      // two dependencies' nixpkgs on different branches, no root nixpkgs: not a copy of a root input's source
      other: { ...gh('o', 'other'), inputs: { nixpkgs: 'nixpkgs', extra: 'extra' } },
      nixpkgs: gh('NixOS', 'nixpkgs', { ref: 'nixos-unstable' }),
      extra: { ...gh('o', 'extra'), inputs: { nixpkgs: 'nixpkgs_2' } },
      nixpkgs_2: gh('NixOS', 'nixpkgs', { ref: 'nixos-24.11' }),
    });
    const f = run(ctx);
    expect(summary(f)).toEqual([
      ['zig/flake-utils', 'notice', 'inputs.zig.inputs.flake-utils.follows = "zls/flake-utils";'],
    ]);
    expect(f[0]!.message).toMatch(/no root input has it: add `.*`, or declare it as a root input/);
  });
});

describe('severity by weight', () => {
  const mixed: Record<string, NodeSpec> = {
    root: { inputs: { nixpkgs: 'nixpkgs', systems: 'systems', 'flake-parts': 'flake-parts', a: 'a' } },
    nixpkgs: gh('NixOS', 'nixpkgs', { ref: 'nixos-unstable' }),
    systems: gh('nix-systems', 'default'),
    'flake-parts': gh('hercules-ci', 'flake-parts'),
    a: {
      ...gh('o', 'a'),
      inputs: { nixpkgs: 'nixpkgs_2', systems: 'systems_2', 'flake-parts': 'flake-parts_2', hm: 'hm_2' },
    },
    nixpkgs_2: gh('NixOS', 'nixpkgs', { ref: 'nixpkgs-unstable' }),
    systems_2: gh('nix-systems', 'default'),
    'flake-parts_2': gh('Hercules-CI', 'Flake-Parts'),
    hm_2: gh('nix-community', 'home-manager'),
  };

  test('nixpkgs warns; small helper flakes (nix-systems, flake-parts) are notices', () => {
    expect(summary(run(lockContext(mixed)))).toEqual([
      ['a/flake-parts', 'notice', 'inputs.a.inputs.flake-parts.follows = "flake-parts";'],
      ['a/nixpkgs', 'warning', 'inputs.a.inputs.nixpkgs.follows = "nixpkgs";'],
      ['a/systems', 'notice', 'inputs.a.inputs.systems.follows = "systems";'],
    ]);
  });

  test('the rule setting still applies: error makes helpers warnings, notice makes every copy a notice, off is off', () => {
    const bySeverity = (s: RuleSetting) =>
      summary(run(withRule(lockContext(mixed), s))).map(([input, severity]) => [input, severity]);
    expect(bySeverity('error')).toEqual([
      ['a/flake-parts', 'warning'],
      ['a/nixpkgs', 'error'],
      ['a/systems', 'warning'],
    ]);
    expect(bySeverity('notice').map(([, s]) => s)).toEqual(['notice', 'notice', 'notice']);
    expect(bySeverity('off')).toEqual([]);
  });

  test('a nixpkgs fork or a copy named like a helper is never light; other sources warn', () => {
    const ctx = lockContext({
      root: { inputs: { nixpkgs: 'nixpkgs', hm: 'hm', x: 'x' } },
      nixpkgs: gh('someone', 'nixpkgs', { ref: 'main' }),
      hm: gh('nix-community', 'home-manager'),
      x: { ...gh('o', 'x'), inputs: { 'flake-utils': 'nixpkgs_2', hm: 'hm_2' } },
      nixpkgs_2: gh('someone', 'nixpkgs', { ref: 'other' }),
      hm_2: gh('nix-community', 'home-manager', { ref: 'release-25.05' }),
    });
    expect(summary(run(ctx))).toEqual([
      ['x/flake-utils', 'warning', 'inputs.x.inputs.flake-utils.follows = "nixpkgs";'],
      ['x/hm', 'warning', 'inputs.x.inputs.hm.follows = "hm";'],
    ]);
  });

  test('two root inputs of a helper on one branch: a notice', () => {
    const ctx = lockContext({
      root: { inputs: { 'flake-compat': 'fc', compat: 'fc_2' } },
      fc: gh('edolstra', 'flake-compat'),
      fc_2: gh('edolstra', 'flake-compat'),
    });
    expect(run(ctx).map((x) => [x.input, x.severity])).toEqual([['flake-compat', 'notice']]);
  });
});
