import { describe, expect, test } from '@jest/globals';
import { compareBytes, compareVersions, maxVersion } from '../../../src/closure/version-order.js';

// Expected values follow NixOS/nix src/libstore/names.cc (componentsLT) and the builtins.compareVersions docs;
// the differential test in __tests__/integration/closure checks thousands more against real Nix.
describe('compareVersions (builtins.compareVersions)', () => {
  test.each([
    ['1.0', '2.3', -1],
    ['2.1', '2.3', -1],
    ['2.3', '2.3', 0],
    ['2.5', '2.3', 1],
    ['3.1', '2.3', 1],
    ['2.3.1', '2.3', 1],
    ['2.3.1', '2.3a', 1],
    ['2.3pre1', '2.3', -1],
    ['2.3pre3', '2.3pre12', -1],
    ['2.3a', '2.3c', -1],
    ['2.3pre1', '2.3c', -1],
    ['2.3pre1', '2.3q', -1],
    ['2.12.1pre', '2.12.1', -1],
    ['2.12.1pre', '2.12.0', 1],
    ['1.2.3-rc1', '1.2.3', 1],
    ['1.2.3-rc1', '1.2.3-rc2', -1],
    ['1.2.3alpha', '1.2.3beta', -1],
    ['unstable-2024-01-02', 'unstable-2024-01-10', -1],
    ['unstable-2024-01-02', '0.1', -1],
    ['2024-01-02', '2023-12-31', 1],
    ['1.01', '1.1', 0],
    ['1.0.', '1.0', 0],
    ['1-0', '1.0', 0],
    ['', '', 0],
    ['', '0', -1],
    ['', 'a', -1],
    ['pre', '', -1],
    ['a', '1', -1],
    ['1', 'a', 1],
    ['2147483647', '2147483646', 1],
    // 2147483648 does not fit a C int: string2Int fails and it compares as a string, below any number
    ['2147483648', '1', -1],
    ['99999999999', '2147483648', 1],
    ['1.0pre', '1.0pre', 0],
  ])('%j vs %j → %i', (a, b, want) => {
    expect(compareVersions(a, b)).toBe(want);
    expect(compareVersions(b, a)).toBe(-want || 0);
  });

  test('sorts the kinds of versions nixpkgs has', () => {
    const vs = ['2.12.1', 'unstable-2024-01-02', '2.12.1pre', '2.2', '2.12', '2.12.0', '1.2.3-rc1', '1.2.3'];
    expect([...vs].sort(compareVersions)).toEqual([
      'unstable-2024-01-02',
      '1.2.3',
      '1.2.3-rc1',
      '2.2',
      '2.12',
      '2.12.0',
      '2.12.1pre',
      '2.12.1',
    ]);
  });

  test('maxVersion', () => {
    expect(maxVersion(['1.9', '1.10', '1.10pre'])).toBe('1.10');
    expect(maxVersion([])).toBeUndefined();
  });
});

describe('compareBytes (std::string order)', () => {
  test('ASCII like <', () => {
    expect(compareBytes('Zlib', 'abc')).toBe(-1);
    expect(compareBytes('abc', 'abcd')).toBe(-1);
    expect(compareBytes('b', 'abcd')).toBe(1);
    expect(compareBytes('x', 'x')).toBe(0);
  });
  test('UTF-8 order above U+FFFF, unlike UTF-16 <', () => {
    const astral = '\u{1F600}';
    const bmp = '\uFF01';
    expect(astral < bmp).toBe(true); // JavaScript's UTF-16 order
    expect(compareBytes(astral, bmp)).toBe(1); // byte order: F0 9F … > EF BC 81
  });
});
