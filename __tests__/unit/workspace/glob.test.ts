import { describe, expect, test } from '@jest/globals';
import { globMatch } from '../../../src/workspace/glob.js';

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
