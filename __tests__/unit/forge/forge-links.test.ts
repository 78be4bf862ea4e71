import { describe, expect, test } from '@jest/globals';
import type { FlakeRefAttrs } from '../../../src/flake/flake-types.js';
import { commitUrl, compareUrl, repoLabel, repoUrl, shortRev } from '../../../src/forge/forge-links.js';
import { forgeRepoOf } from '../../../src/forge/forge-repo.js';

const R1 = '0123456789abcdef0123456789abcdef01234567';
const R2 = 'fedcba9876543210fedcba9876543210fedcba98';

describe('URLs', () => {
  test.each<[string, FlakeRefAttrs, string, string]>([
    [
      'github',
      { type: 'github', owner: 'NixOS', repo: 'nixpkgs' },
      `https://github.com/NixOS/nixpkgs/commit/${R2}`,
      `https://github.com/NixOS/nixpkgs/compare/${R1}...${R2}`,
    ],
    [
      'GitHub Enterprise',
      { type: 'github', owner: 'o', repo: 'r', host: 'ghe.example.com' },
      `https://ghe.example.com/o/r/commit/${R2}`,
      `https://ghe.example.com/o/r/compare/${R1}...${R2}`,
    ],
    [
      'gitlab with host',
      { type: 'gitlab', owner: 'wlroots', repo: 'wlroots', host: 'gitlab.freedesktop.org' },
      `https://gitlab.freedesktop.org/wlroots/wlroots/-/commit/${R2}`,
      `https://gitlab.freedesktop.org/wlroots/wlroots/-/compare/${R1}...${R2}`,
    ],
    [
      'sourcehut (no compare view: the log at the new revision)',
      { type: 'sourcehut', owner: '~rycee', repo: 'nmd' },
      `https://git.sr.ht/~rycee/nmd/commit/${R2}`,
      `https://git.sr.ht/~rycee/nmd/log/${R2}`,
    ],
    [
      'git+https on gitlab',
      { type: 'git', url: 'https://gitlab.com/g/s/r.git' },
      `https://gitlab.com/g/s/r/-/commit/${R2}`,
      `https://gitlab.com/g/s/r/-/compare/${R1}...${R2}`,
    ],
  ])('%s', (_name, attrs, commit, compare) => {
    const r = forgeRepoOf(attrs)!;
    expect(commitUrl(r, R2)).toBe(commit);
    expect(compareUrl(r, R1, R2)).toBe(compare);
  });
});

test('labels', () => {
  expect(repoLabel(forgeRepoOf({ type: 'github', owner: 'NixOS', repo: 'nixpkgs' })!)).toBe('NixOS/nixpkgs');
  expect(repoLabel(forgeRepoOf({ type: 'github', owner: 'o', repo: 'r', host: 'ghe.x' })!)).toBe('ghe.x/o/r');
  expect(repoUrl(forgeRepoOf({ type: 'sourcehut', owner: 'rycee', repo: 'nmd' })!)).toBe(
    'https://git.sr.ht/~rycee/nmd',
  );
});

describe('shortRev', () => {
  test.each<[string | undefined, string | undefined]>([
    [R1, '0123456'],
    // a SHA-256 repository's commit ids are 64 hex digits
    ['ab'.repeat(32), 'abababa'],
    [undefined, undefined],
    // not a commit id: kept whole. (lint/source.ts cut every string to seven characters: `v1.2.3-`, a name that
    // names nothing; update's twin kept tags. One shortRev now, update's.)
    ['v1.2.3-rc1', 'v1.2.3-rc1'],
    ['nixos-unstable', 'nixos-unstable'],
    [R1.toUpperCase(), R1.toUpperCase()],
  ])('%s → %s', (rev, short) => {
    expect(shortRev(rev)).toBe(short);
  });
});
