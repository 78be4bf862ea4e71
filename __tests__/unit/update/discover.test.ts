import { describe, expect, test } from '@jest/globals';
import { UserError } from '../../../src/engine/errors.js';
import {
  attrName,
  classifyAttr,
  discoveryApply,
  discoveryExpression,
  nixString,
  parseDiscovery,
  splitAttrPath,
  staticSelection,
} from '../../../src/update/discover.js';

const listing = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  system: 'x86_64-linux',
  nixos: [],
  home: [],
  darwin: [],
  packages: [],
  devShells: [],
  checks: [],
  ...over,
});

describe('parseDiscovery', () => {
  test('every kind of output, in order, names quoted where needed', () => {
    const d = parseDiscovery(
      listing({
        nixos: [
          { name: 'laptop', system: 'x86_64-linux' },
          { name: 'unknown-system', system: null },
          { name: 'pi', system: 'aarch64-linux' },
        ],
        home: [{ name: 'alice@laptop', system: null }],
        darwin: [{ name: 'mac', system: 'aarch64-darwin' }],
        packages: ['hello', 'b.c'],
        devShells: ['default'],
        checks: ['fmt'],
      }),
    );
    expect(d.system).toBe('x86_64-linux');
    expect(d.installables.map((i) => [i.kind, i.name, i.attr])).toEqual([
      ['nixos', 'laptop', 'nixosConfigurations.laptop.config.system.build.toplevel'],
      ['nixos', 'unknown-system', 'nixosConfigurations.unknown-system.config.system.build.toplevel'],
      ['home', 'alice@laptop', 'homeConfigurations."alice@laptop".activationPackage'],
      ['package', 'hello', 'packages.x86_64-linux.hello'],
      ['package', 'b.c', 'packages.x86_64-linux."b.c"'],
      ['devShell', 'default', 'devShells.x86_64-linux.default'],
      ['check', 'fmt', 'checks.x86_64-linux.fmt'],
    ]);
    expect(d.skipped).toEqual([
      { attr: 'nixosConfigurations.pi.config.system.build.toplevel', system: 'aarch64-linux' },
      { attr: 'darwinConfigurations.mac.system', system: 'aarch64-darwin' },
    ]);
  });

  test('darwin configurations are built on darwin', () => {
    const d = parseDiscovery(listing({ system: 'aarch64-darwin', darwin: [{ name: 'mac', system: null }] }));
    expect(d.installables).toEqual([{ attr: 'darwinConfigurations.mac.system', kind: 'darwin', name: 'mac' }]);
    expect(d.skipped).toEqual([]);
  });

  test.each([
    ['not an object', []],
    ['no system', { ...listing(), system: 1 }],
    ['packages not names', listing({ packages: [1] })],
    ['config without name', listing({ nixos: [{ system: null }] })],
    ['config with a bad system', listing({ home: [{ name: 'a', system: 3 }] })],
    ['missing list', { system: 'x86_64-linux' }],
  ])('rejects a malformed listing: %s', (_n, json) => {
    expect(() => parseDiscovery(json)).toThrow(UserError);
  });
});

describe('attribute paths', () => {
  test.each([
    ['hello', 'hello'],
    ['hello-2', 'hello-2'],
    ["it's", "it's"],
    ['a.b', '"a.b"'],
    ['alice@host', '"alice@host"'],
    ['1abc', '"1abc"'],
    ['we"ird', '"we\\"ird"'],
    ['x${y}', '"x\\${y}"'],
  ])('attrName(%s) = %s', (name, out) => {
    expect(attrName(name)).toBe(out);
  });

  test('splitAttrPath keeps quoted dots', () => {
    expect(splitAttrPath('nixosConfigurations."a.b".config.system')).toEqual([
      'nixosConfigurations',
      '"a.b"',
      'config',
      'system',
    ]);
  });

  test.each([
    ['nixosConfigurations.host.config.system.build.toplevel', 'nixos', 'host'],
    ['nixosConfigurations."my.host".config.system.build.toplevel', 'nixos', 'my.host'],
    ['homeConfigurations.alice.activationPackage', 'home', 'alice'],
    ['darwinConfigurations.mac.system', 'darwin', 'mac'],
    ['packages.x86_64-linux.hello', 'package', 'hello'],
    ['devShells.x86_64-linux.default', 'devShell', 'default'],
    ['checks.x86_64-linux.fmt', 'check', 'fmt'],
    ['hello', 'attr', 'hello'],
    ['legacyPackages.x86_64-linux.hello', 'attr', 'legacyPackages.x86_64-linux.hello'],
  ])('classifyAttr(%s)', (attr, kind, name) => {
    expect(classifyAttr(attr)).toEqual({ attr, kind, name });
  });
});

test('staticSelection: none builds nothing, a list exactly the list, auto discovers', () => {
  expect(staticSelection({ mode: 'none' })).toEqual([]);
  expect(staticSelection({ mode: 'auto' })).toBe('discover');
  expect(staticSelection({ mode: 'list', attrs: ['packages.x86_64-linux.a', 'b'] })).toEqual([
    { attr: 'packages.x86_64-linux.a', kind: 'package', name: 'a' },
    { attr: 'b', kind: 'attr', name: 'b' },
  ]);
});

test('the expression quotes the flake path as a Nix string; the apply function names the system', () => {
  expect(nixString('/tmp/a "b" ${c}\\')).toBe('"/tmp/a \\"b\\" \\${c}\\\\"');
  expect(discoveryExpression('/w/my flake')).toBe('builtins.getFlake "/w/my flake"');
  expect(discoveryApply()).toContain('system = builtins.currentSystem;');
  expect(discoveryApply('aarch64-darwin')).toContain('system = "aarch64-darwin";');
});
