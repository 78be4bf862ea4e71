import { describe, expect, test } from '@jest/globals';
import { NixError, UserError } from '../../../src/core/errors.js';
import {
  attrApply,
  attrName,
  attrPathNames,
  attrsApply,
  evaluateAttrs,
  parseDrvPath,
  parseDrvPaths,
  resolveTargets,
  classifyAttr,
  discoveryApply,
  discoveryExpression,
  nixString,
  parseDiscovery,
  splitAttrPath,
  staticSelection,
} from '../../../src/update/targets.js';

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

const DRV = (n: string) => `/nix/store/${'d'.repeat(32)}-${n}.drv`;

describe('parseDiscovery', () => {
  test('every kind of output, in order, names quoted where needed, each with its derivation', () => {
    const d = parseDiscovery(
      listing({
        nixos: [
          { name: 'laptop', system: 'x86_64-linux', drvPath: DRV('laptop') },
          { name: 'unknown-system', system: null, drvPath: DRV('unknown') },
          { name: 'pi', system: 'aarch64-linux', drvPath: null },
        ],
        home: [{ name: 'alice@laptop', system: null, drvPath: DRV('alice') }],
        darwin: [{ name: 'mac', system: 'aarch64-darwin', drvPath: null }],
        packages: [
          { name: 'hello', drvPath: DRV('hello') },
          { name: 'b.c', drvPath: null },
        ],
        devShells: [{ name: 'default', drvPath: DRV('shell') }],
        checks: [{ name: 'fmt' }],
      }),
    );
    expect(d.system).toBe('x86_64-linux');
    expect(d.targets.map((t) => [t.installable.kind, t.installable.name, t.installable.attr, t.drvPath])).toEqual([
      ['nixos', 'laptop', 'nixosConfigurations.laptop.config.system.build.toplevel', DRV('laptop')],
      ['nixos', 'unknown-system', 'nixosConfigurations.unknown-system.config.system.build.toplevel', DRV('unknown')],
      ['home', 'alice@laptop', 'homeConfigurations."alice@laptop".activationPackage', DRV('alice')],
      ['package', 'hello', 'packages.x86_64-linux.hello', DRV('hello')],
      // null (it threw) and absent (names-only listing): not known, evaluated alone later
      ['package', 'b.c', 'packages.x86_64-linux."b.c"', undefined],
      ['devShell', 'default', 'devShells.x86_64-linux.default', DRV('shell')],
      ['check', 'fmt', 'checks.x86_64-linux.fmt', undefined],
    ]);
    expect(d.targets.every((t) => t.evalError === undefined)).toBe(true);
    expect(d.skipped).toEqual([
      { attr: 'nixosConfigurations.pi.config.system.build.toplevel', system: 'aarch64-linux' },
      { attr: 'darwinConfigurations.mac.system', system: 'aarch64-darwin' },
    ]);
  });

  test('darwin configurations are built on darwin', () => {
    const d = parseDiscovery(listing({ system: 'aarch64-darwin', darwin: [{ name: 'mac', system: null }] }));
    expect(d.targets).toEqual([
      { installable: { attr: 'darwinConfigurations.mac.system', kind: 'darwin', name: 'mac' } },
    ]);
    expect(d.skipped).toEqual([]);
  });

  test.each([
    ['not an object', []],
    ['no system', { ...listing(), system: 1 }],
    ['packages not objects', listing({ packages: ['hello'] })],
    ['package without name', listing({ packages: [{ drvPath: null }] })],
    ['config without name', listing({ nixos: [{ system: null }] })],
    ['config with a bad system', listing({ home: [{ name: 'a', system: 3 }] })],
    ['drvPath not a derivation', listing({ packages: [{ name: 'a', drvPath: '/nix/store/x-a' }] })],
    ['drvPath not a string', listing({ nixos: [{ name: 'a', system: null, drvPath: 1 }] })],
    ['missing list', { system: 'x86_64-linux' }],
  ])('rejects a malformed listing: %s', (_n, json) => {
    expect(() => parseDiscovery(json)).toThrow(UserError);
  });
});

describe('store derivations of listed attributes', () => {
  test('parseDrvPaths: one per attribute, null where it did not evaluate', () => {
    expect(parseDrvPaths([DRV('a'), null], 2)).toEqual([DRV('a'), undefined]);
    expect(() => parseDrvPaths([DRV('a')], 2)).toThrow(UserError);
    expect(() => parseDrvPaths(['/nix/store/x-a'], 1)).toThrow(UserError);
    expect(parseDrvPath(DRV('a'))).toBe(DRV('a'));
    expect(() => parseDrvPath(null)).toThrow(UserError);
  });

  test('attrPathNames: quoted names unquoted, a leading dot means this exact path', () => {
    expect(attrPathNames('packages.x86_64-linux."b.c"')).toEqual({
      names: ['packages', 'x86_64-linux', 'b.c'],
      exact: false,
    });
    expect(attrPathNames('.hello')).toEqual({ names: ['hello'], exact: true });
    expect(attrPathNames(`a.${nixString('we"ird')}`)).toEqual({ names: ['a', 'we"ird'], exact: false });
  });

  test('attrsApply looks each attribute up as nix build does, and guards it with tryEval', () => {
    const apply = attrsApply(['hello', 'nixosConfigurations."a.b".config.system.build.toplevel', '.exact']);
    expect(apply).toContain('(drv (find false [ "hello" ]))');
    expect(apply).toContain('(drv (find false [ "nixosConfigurations" "a.b" "config" "system" "build" "toplevel" ]))');
    expect(apply).toContain('(drv (find true [ "exact" ]))');
    expect(apply).toContain('[ "packages" system ] ++ path');
    expect(apply).toContain('builtins.tryEval');
    expect(attrApply('hello')).not.toContain('tryEval');
  });

  const t = (attr: string, drvPath?: string) => ({
    installable: { attr, kind: 'attr' as const, name: attr },
    ...(drvPath ? { drvPath } : {}),
  });
  const nixFailure = (msg: string) => new NixError(['nix', 'eval'], 1, `\u001b[31;1merror:\u001b[0m ${msg}\n`);

  test('evaluateAttrs: one evaluation for all; when it fails as a whole, none is known', async () => {
    const applies: string[] = [];
    const ok = await evaluateAttrs(
      async (apply) => {
        applies.push(apply);
        return [DRV('a'), null];
      },
      [t('a').installable, t('b').installable],
    );
    expect(applies).toHaveLength(1);
    expect(ok).toEqual([t('a', DRV('a')), t('b')]);
    const failed = await evaluateAttrs(() => Promise.reject(nixFailure('boom')), [t('a').installable]);
    expect(failed).toEqual([t('a')]);
    await expect(evaluateAttrs(() => Promise.reject(new Error('bug')), [t('a').installable])).rejects.toThrow('bug');
    expect(await evaluateAttrs(() => Promise.reject(new Error('not called')), [])).toEqual([]);
  });

  test('resolveTargets: only the unknown ones are evaluated, alone; a failure is its message', async () => {
    const applies: string[] = [];
    const res = await resolveTargets(
      async (apply) => {
        applies.push(apply);
        if (apply.includes('"bad"')) throw nixFailure("attribute 'nope' missing");
        return DRV('late');
      },
      [t('known', DRV('known')), t('bad'), t('late')],
    );
    expect(applies).toHaveLength(2);
    expect(res).toEqual([
      t('known', DRV('known')),
      { installable: t('bad').installable, evalError: "error: attribute 'nope' missing" },
      t('late', DRV('late')),
    ]);
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
  expect(discoveryApply()).toContain('withDrvPaths = true;');
  expect(discoveryApply(undefined, { drvPaths: false })).toContain('withDrvPaths = false;');
});
