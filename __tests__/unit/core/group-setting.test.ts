/** The `group` setting: all | per-input | named groups, parsed with one-line errors naming the setting. */
import { describe, expect, test } from '@jest/globals';
import { buildConfig, Setting, type SettingName } from '../../../src/core/build-config.js';
import { parseGroup } from '../../../src/core/config.js';
import { UsageError } from '../../../src/core/errors.js';

describe('parseGroup', () => {
  test.each([
    ['', { kind: 'all' }],
    ['all', { kind: 'all' }],
    [' per-input ', { kind: 'per-input' }],
    [
      'nix=nixpkgs*,home-manager;rest=*',
      {
        kind: 'named',
        groups: [
          { name: 'nix', globs: ['nixpkgs*', 'home-manager'] },
          { name: 'rest', globs: ['*'] },
        ],
      },
    ],
    [
      'a = x y\nb=z',
      {
        kind: 'named',
        groups: [
          { name: 'a', globs: ['x', 'y'] },
          { name: 'b', globs: ['z'] },
        ],
      },
    ],
  ])('%j', (value, expected) => {
    expect(parseGroup("input 'group'", value)).toEqual(expected);
  });

  test.each([
    ['per-inputs', /invalid group 'per-inputs' in input 'group'/],
    ['=nixpkgs', /invalid group '=nixpkgs'/],
    ['1x=nixpkgs', /invalid group name '1x'/],
    ['all=nixpkgs', /invalid group name 'all'/],
    ['nix=nixpkgs;nix=home-manager', /group 'nix' is named twice/],
    ['nix=', /group 'nix' in input 'group' names no input/],
    ['nix=home-manager/nixpkgs', /invalid input name 'home-manager\/nixpkgs' in group 'nix'/],
    ['nix=nix pkgs$', /invalid input name 'pkgs\$'/],
    [';;', /invalid value ';;' for input 'group'/],
  ])('refuses %j with one line', (value, message) => {
    let error: unknown;
    try {
      parseGroup("input 'group'", value);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('the Config', () => {
  const config = (group: string | undefined) =>
    buildConfig(
      {
        get: (name: SettingName) => (name === Setting.Command ? 'update' : name === Setting.Group ? group : undefined),
        label: (name) => `--${name}`,
      },
      { workspace: '/w', cwd: '/w', env: {} },
    );

  test('group: all (or nothing) leaves the update settings as they were', () => {
    expect(config(undefined).update).not.toHaveProperty('group');
    expect(config('all').update).toEqual(config(undefined).update);
  });

  test('per-input and named groups reach the update settings', () => {
    expect(config('per-input').update.group).toEqual({ kind: 'per-input' });
    expect(config('nix=nixpkgs').update.group).toEqual({
      kind: 'named',
      groups: [{ name: 'nix', globs: ['nixpkgs'] }],
    });
    expect(() => config('nix=')).toThrow(/--group/);
  });
});
