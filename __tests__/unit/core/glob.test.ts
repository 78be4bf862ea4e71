import { describe, expect, test } from '@jest/globals';
import { globMatch, hasGlobChars } from '../../../src/core/glob.js';

describe('globs over input paths', () => {
  test.each([
    ['nixpkgs', 'nixpkgs', true],
    ['nixpkgs', 'home-manager/nixpkgs', false],
    ['nixpkgs-*', 'nixpkgs-stable', true],
    ['nixpkgs-*', 'nixpkgs', false],
    ['*', 'nixpkgs', true],
    ['*', 'home-manager/nixpkgs', false],
    ['home-manager/*', 'home-manager/nixpkgs', true],
    ['home-manager/*', 'home-manager', false],
    ['home-manager/*', 'home-manager/a/b', false],
    ['home-manager/**', 'home-manager', true],
    ['home-manager/**', 'home-manager/a/b', true],
    ['**/nixpkgs', 'nixpkgs', true],
    ['**/nixpkgs', 'a/b/nixpkgs', true],
    ['**/nixpkgs', 'a/b/nixpkgs-stable', false],
    ['**', 'anything/at/all', true],
    ['n?xpkgs', 'nixpkgs', true],
    ['a.b', 'aXb', false],
    ['hosts/*', 'hosts/x', true],
  ])('%s ~ %s → %s', (glob, path, expected) => {
    expect(globMatch(glob, path)).toBe(expected);
  });
});

// the same globs select flake directories (src/workspace/flake-dirs.ts tests the workspace itself, `.`, apart)
describe('globs over workspace directories', () => {
  test.each([
    ['**', 'a/b', true],
    ['hosts/*', 'hosts/a', true],
    ['hosts/*', 'hosts/a/b', false],
    ['**/nix', 'nix', true],
    ['**/nix', 'a/b/nix', true],
    ['**/nix', 'a/nixos', false],
    ['a.b/*', 'a.b/c', true],
    ['a.b/*', 'axb/c', false],
    ['h?st', 'host', true],
    ['h*s', 'hosts/ss', false],
  ])('%s ~ %s → %s', (glob, dir, expected) => {
    expect(globMatch(glob, dir)).toBe(expected);
    expect(hasGlobChars(glob)).toBe(true);
  });

  test('a plain directory is no glob', () => {
    expect(hasGlobChars('hosts/a')).toBe(false);
  });
});
