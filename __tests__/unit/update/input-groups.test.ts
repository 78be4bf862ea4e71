import { describe, expect, test } from '@jest/globals';
import { assignGroups } from '../../../src/update/input-groups.js';

describe('assignGroups', () => {
  const changed = ['home-manager', 'nixpkgs', 'nixpkgs-stable', 'sops-nix'];

  test('all: one group of every moved input; nothing moved, no group', () => {
    expect(assignGroups({ kind: 'all' }, changed).groups).toEqual([{ name: 'all', inputs: changed }]);
    expect(assignGroups({ kind: 'all' }, []).groups).toEqual([]);
  });

  test('per-input: one group per moved input, named after it', () => {
    expect(assignGroups({ kind: 'per-input' }, changed)).toEqual({
      groups: changed.map((i) => ({ name: i, inputs: [i] })),
      leftOut: [],
      refused: [],
    });
  });

  test('per-input: a root input whose name is no flake id (a hostile lock) names no branch', () => {
    const r = assignGroups({ kind: 'per-input' }, ['nixpkgs', '../../main', 'a b', 'x'.repeat(64)]);
    expect(r.groups).toEqual([{ name: 'nixpkgs', inputs: ['nixpkgs'] }]);
    expect(r.refused).toEqual(['../../main', 'a b', 'x'.repeat(64)]);
  });

  test('named: the first group whose glob matches wins; an input no group matches is left out', () => {
    const setting = {
      kind: 'named' as const,
      groups: [
        { name: 'nix', globs: ['nixpkgs*', 'home-manager'] },
        { name: 'stable', globs: ['nixpkgs-stable'] },
        { name: 'empty', globs: ['darwin'] },
      ],
    };
    expect(assignGroups(setting, changed)).toEqual({
      groups: [{ name: 'nix', inputs: ['home-manager', 'nixpkgs', 'nixpkgs-stable'] }],
      leftOut: ['sops-nix'],
      refused: [],
    });
    const rest = { kind: 'named' as const, groups: [...setting.groups, { name: 'rest', globs: ['*'] }] };
    expect(assignGroups(rest, changed).groups.map((g) => [g.name, g.inputs])).toEqual([
      ['nix', ['home-manager', 'nixpkgs', 'nixpkgs-stable']],
      ['rest', ['sops-nix']],
    ]);
  });
});
