import { describe, expect, test } from '@jest/globals';
import {
  buildArgs,
  currentSystemArgs,
  diffClosuresArgs,
  evalArgs,
  evalExprArgs,
  flakeMetadataArgs,
  graphmlArgs,
  lockArgs,
  logArgs,
  nixStoreProgram,
  pathInfoArgs,
  updateArgs,
} from '../../../src/nix-cli/argv.js';
import { nixFeatures, parseNixVersion } from '../../../src/nix-cli/nix-version.js';

const nix = (v: string) => nixFeatures(parseNixVersion(`nix (Nix) ${v}`));
const lix = nixFeatures(parseNixVersion('nix (Lix, like Nix) 2.91.1'));
const plain = { nixOptions: [], acceptFlakeConfig: false };
const XF = ['--extra-experimental-features', 'nix-command flakes'];

describe('updateArgs (the table of update forms)', () => {
  test.each([
    ['2.8.0 all', nix('2.8.0'), [], ['flake', 'update', ...XF, '/f']],
    [
      '2.8.0 listed',
      nix('2.8.0'),
      ['nixpkgs', 'hm/nixpkgs'],
      ['flake', 'lock', ...XF, '/f', '--update-input', 'nixpkgs', '--update-input', 'hm/nixpkgs'],
    ],
    ['2.18.9 listed', nix('2.18.9'), ['a'], ['flake', 'lock', ...XF, '/f', '--update-input', 'a']],
    ['2.19.0 all', nix('2.19.0'), [], ['flake', 'update', ...XF, '--flake', '/f']],
    [
      '2.19.0 listed',
      nix('2.19.0'),
      ['nixpkgs', 'hm/nixpkgs'],
      ['flake', 'update', ...XF, 'nixpkgs', 'hm/nixpkgs', '--flake', '/f'],
    ],
    ['2.26.3 listed', nix('2.26.3'), ['a'], ['flake', 'update', ...XF, 'a', '--flake', '/f']],
    ['Lix 2.91 listed', lix, ['a'], ['flake', 'update', ...XF, 'a', '--flake', '/f']],
  ])('%s', (_name, features, inputs, want) => {
    expect(updateArgs(features, plain, '/f', inputs)).toEqual(want);
  });

  test.each(['', '-x', '--commit-lock-file', 'a//b', 'a/', 'a b'])('rejects the input name %j', (bad) => {
    expect(() => updateArgs(nix('2.26.3'), plain, '/f', [bad])).toThrow(/invalid input name/);
  });

  test('a nested input is refused where the gate says so', () => {
    const f = { ...nix('2.26.3'), nestedInputUpdate: false };
    expect(() => updateArgs(f, plain, '/f', ['hm/nixpkgs'])).toThrow(/cannot update the nested input 'hm\/nixpkgs'/);
  });
});

describe('extra options and --accept-flake-config pass through every command', () => {
  const opts = { nixOptions: ['--option', 'cores', '4', '--max-jobs', '2'], acceptFlakeConfig: true };
  const common = [...XF, '--option', 'cores', '4', '--max-jobs', '2', '--accept-flake-config'];
  const f = nix('2.8.0');
  test.each([
    ['update', updateArgs(f, opts, '/f', []), ['flake', 'update', ...common, '/f']],
    ['lock', lockArgs(opts, '/f'), ['flake', 'lock', ...common, '/f']],
    ['eval', evalArgs(opts, '/f', 'packages'), ['eval', ...common, '--json', '/f#packages']],
    [
      'eval --apply',
      evalArgs(opts, '/f', 'nixosConfigurations', 'builtins.attrNames'),
      ['eval', ...common, '--json', '/f#nixosConfigurations', '--apply', 'builtins.attrNames'],
    ],
    [
      'build',
      buildArgs(f, opts, ['/nix/store/a.drv', '/nix/store/b.drv']),
      ['build', ...common, '--keep-going', '--no-link', '--json', '/nix/store/a.drv', '/nix/store/b.drv'],
    ],
    ['log', logArgs(opts, '/nix/store/x.drv'), ['log', ...common, '/nix/store/x.drv']],
    [
      'diff-closures',
      diffClosuresArgs(opts, '/nix/store/a', '/nix/store/b'),
      ['store', 'diff-closures', ...common, '/nix/store/a', '/nix/store/b'],
    ],
    ['metadata', flakeMetadataArgs(opts, '/f'), ['flake', 'metadata', ...common, '--json', '/f']],
    [
      'eval --expr',
      evalExprArgs(opts, '{ a = 1; }', 'x: x.a'),
      ['eval', ...common, '--impure', '--json', '--expr', '{ a = 1; }', '--apply', 'x: x.a'],
    ],
    [
      'currentSystem',
      currentSystemArgs(opts),
      ['eval', ...common, '--impure', '--json', '--expr', 'builtins.currentSystem'],
    ],
  ])('%s', (_name, got, want) => expect(got).toEqual(want));

  test('--accept-flake-config only when opted in', () => {
    expect(lockArgs(plain, '/f')).not.toContain('--accept-flake-config');
  });
});

describe('buildArgs: every output of each store derivation, in the form this Nix reads', () => {
  const A = '/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-zz-a-1.0.drv';
  const B = '/nix/store/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb-aa-b-2.0.drv';
  const head = ['build', ...XF, '--keep-going', '--no-link', '--json'];
  test.each([
    // up to 2.14 a bare .drv means its outputs; 2.8 reads `.drv^*` as a URL and fails
    ['2.8.0', nix('2.8.0'), [A, B]],
    ['2.12.1', nix('2.12.1'), [A, B]],
    // 2.13 added `^` for store derivation paths; from 2.15 a bare .drv is the file itself
    ['2.13.0', nix('2.13.0'), [`${A}^*`, `${B}^*`]],
    ['2.15.0', nix('2.15.0'), [`${A}^*`, `${B}^*`]],
    ['2.26.3', nix('2.26.3'), [`${A}^*`, `${B}^*`]],
    [
      'Determinate 3.6.2 (2.29.0)',
      nixFeatures(parseNixVersion('nix (Determinate Nix 3.6.2) 2.29.0')),
      [`${A}^*`, `${B}^*`],
    ],
    ['Lix', lix, [`${A}^*`, `${B}^*`]],
  ])('%s', (_n, features, installables) => {
    expect(buildArgs(features, plain, [A, B])).toEqual([...head, ...installables]);
  });
  test('only store derivation paths, at least one', () => {
    expect(() => buildArgs(nix('2.8.0'), plain, [])).toThrow(/no derivations/);
    expect(() => buildArgs(nix('2.8.0'), plain, ['/f#hello'])).toThrow(/not a store derivation path/);
    expect(() => buildArgs(nix('2.8.0'), plain, ['/nix/store/x-hello'])).toThrow(/not a store derivation path/);
  });
});

describe('pathInfoArgs (per JSON shape)', () => {
  test.each([
    ['2.8.0', nix('2.8.0'), ['path-info', ...XF, '--json', '--recursive', '/nix/store/a']],
    ['2.19.0', nix('2.19.0'), ['path-info', ...XF, '--json', '--recursive', '/nix/store/a']],
    ['2.33.0', nix('2.33.0'), ['path-info', ...XF, '--json', '--json-format', '2', '--recursive', '/nix/store/a']],
    ['2.35.0', nix('2.35.0'), ['path-info', ...XF, '--json', '--json-format', '3', '--recursive', '/nix/store/a']],
    ['Lix', lix, ['path-info', ...XF, '--json', '--recursive', '/nix/store/a']],
  ])('%s', (_n, features, want) => {
    expect(pathInfoArgs(features, plain, ['/nix/store/a'], { recursive: true })).toEqual(want);
  });
  test('--derivation for build graphs', () => {
    expect(pathInfoArgs(nix('2.8.0'), plain, ['/nix/store/a.drv'], { derivation: true })).toEqual([
      'path-info',
      ...XF,
      '--json',
      '--derivation',
      '/nix/store/a.drv',
    ]);
  });
  test('operands that Nix would read as flags are refused', () => {
    expect(() => pathInfoArgs(nix('2.8.0'), plain, ['--all'])).toThrow(/invalid store path '--all'/);
    expect(() => buildArgs(nix('2.8.0'), plain, ['-L'])).toThrow(/invalid store derivation '-L'/);
  });
});

describe('graphmlArgs and the nix-store program (one form for every version)', () => {
  test('the query and its operands', () => {
    expect(graphmlArgs(['/nix/store/a', '/nix/store/b'])).toEqual([
      '--query',
      '--graphml',
      '/nix/store/a',
      '/nix/store/b',
    ]);
    expect(() => graphmlArgs([])).toThrow(/no paths/);
    expect(() => graphmlArgs(['--all'])).toThrow(/invalid store path '--all'/);
  });
  test.each([
    [undefined, 'nix-store'],
    ['nix', 'nix-store'],
    ['/opt/nix/bin/nix', '/opt/nix/bin/nix-store'],
    ['./nix', './nix-store'],
  ])('nix program %s → %s', (bin, want) => {
    expect(nixStoreProgram(bin)).toBe(want);
  });
});
