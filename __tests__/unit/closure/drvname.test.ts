import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import {
  closureEntryName,
  closureNameVersion,
  parseDrvName,
  storePathName,
  stripOutputSuffix,
} from '../../../src/closure/drvname.js';

describe('parseDrvName (builtins.parseDrvName)', () => {
  test.each([
    ['nix-0.12pre12876', 'nix', '0.12pre12876'],
    ['apache-httpd-2.0.48', 'apache-httpd', '2.0.48'],
    ['hello', 'hello', ''],
    ['hello-', 'hello-', ''],
    ['hello-2.12', 'hello', '2.12'],
    ['foo-bar-baz-1.0', 'foo-bar-baz', '1.0'],
    ['python3.11-requests-2.31.0', 'python3.11-requests', '2.31.0'],
    ['firefox-unwrapped-120.0', 'firefox-unwrapped', '120.0'],
    ['source', 'source', ''],
    ['x-_y', 'x', '_y'],
    ['x-.1', 'x', '.1'],
    ['-1.0', '', '1.0'],
    ['foo-Bar-1', 'foo-Bar', '1'],
    ['linux-6.6.1-modules-shrunk', 'linux', '6.6.1-modules-shrunk'],
  ])('%s → %s / %s', (s, name, version) => {
    expect(parseDrvName(s)).toEqual({ name, version });
  });
});

describe('storePathName', () => {
  test.each([
    ['/nix/store/ikv655pc2321myzh6jw1ka8njmgwp5wc-good-2.0', 'good-2.0'],
    ['ikv655pc2321myzh6jw1ka8njmgwp5wc-good-2.0', 'good-2.0'],
    ['/custom/store/ikv655pc2321myzh6jw1ka8njmgwp5wc-a-b-c', 'a-b-c'],
  ])('%s → %s', (p, want) => expect(storePathName(p)).toBe(want));
});

describe('output suffixes as nix store diff-closures strips them: (.*)-([a-z]+|lib32|lib64)', () => {
  test.each([
    ['glibc-2.39-dev', 'glibc-2.39', 'dev'],
    ['glibc-2.39-bin', 'glibc-2.39', 'bin'],
    ['gcc-13.2.0-lib', 'gcc-13.2.0', 'lib'],
    ['gcc-13.2.0-lib64', 'gcc-13.2.0', 'lib64'],
    ['gcc-13.2.0-lib32', 'gcc-13.2.0', 'lib32'],
    ['gcc-13.2.0-lib16', 'gcc-13.2.0-lib16', ''],
    ['foo-unstable', 'foo', 'unstable'], // the ambiguity Nix's source comments on
    ['hello-2.12', 'hello-2.12', ''],
    ['hello', 'hello', ''],
    ['man-db-2.12.0-man', 'man-db-2.12.0', 'man'],
    ['a-B', 'a-B', ''],
    ['-bin', '', 'bin'],
    ['x-y-z', 'x-y', 'z'],
  ])('%s → %s (%s)', (n, name, output) => {
    expect(stripOutputSuffix(n)).toEqual({ name, output });
  });

  test('closureEntryName groups outputs under one name and version', () => {
    expect(closureEntryName('/nix/store/ikv655pc2321myzh6jw1ka8njmgwp5wc-openssl-3.0.13-bin')).toEqual({
      name: 'openssl',
      version: '3.0.13',
      output: 'bin',
    });
    expect(closureEntryName('/nix/store/ikv655pc2321myzh6jw1ka8njmgwp5wc-openssl-3.0.13')).toEqual({
      name: 'openssl',
      version: '3.0.13',
      output: '',
    });
    expect(closureEntryName('/nix/store/ikv655pc2321myzh6jw1ka8njmgwp5wc-etc-environment')).toEqual({
      name: 'etc',
      version: '',
      output: 'environment',
    });
  });
});

describe('the output suffix split is the regex Nix matches with', () => {
  // Nix: std::regex_match(name, std::regex("(.*)-([a-z]+|lib32|lib64)")) in src/nix/diff-closures.cc.
  const NIX_REGEX = /^(.*)-([a-z]+|lib32|lib64)$/;
  const oracle = (n: string) => {
    const m = NIX_REGEX.exec(n);
    return m ? { name: m[1]!, output: m[2]! } : { name: n, output: '' };
  };
  const part = fc.constantFrom(
    'lib32',
    'lib64',
    'lib16',
    'dev',
    'bin',
    'Bin',
    '2',
    '1.0',
    'a1',
    '',
    'x',
    'unstable',
    '_',
  );
  test('on names made of suffix-like parts', () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 5 }), (parts) => {
        const n = parts.join('-');
        expect(stripOutputSuffix(n)).toEqual(oracle(n));
        const path = `/nix/store/${'0'.repeat(32)}-${n}`;
        expect(closureEntryName(path)).toEqual({ ...parseDrvName(oracle(n).name), output: oracle(n).output });
        expect(closureNameVersion(path)).toEqual(parseDrvName(oracle(n).name));
        expect(closureNameVersion(`${'0'.repeat(32)}-${n}`)).toEqual(parseDrvName(oracle(n).name));
      }),
      { numRuns: 2000 },
    );
  });
});

test('closureNameVersion: a name without a hash part, and a store directory with dashes', () => {
  expect(closureNameVersion('/my-store/abc-foo-1.0-dev')).toEqual({ name: 'foo', version: '1.0' });
  expect(closureNameVersion('/my-store/nodash')).toEqual({ name: 'nodash', version: '' });
  expect(closureNameVersion('/s/h-')).toEqual({ name: '', version: '' });
  expect(closureNameVersion('/s/h--bin')).toEqual({ name: '', version: '' });
});
