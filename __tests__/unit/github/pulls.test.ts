import { describe, expect, test } from '@jest/globals';
import { assertValidBranchName, invalidBranchName } from '../../../src/core/branch-name.js';
import { branchForFlake } from '../../../src/github/branch.js';
import { bodyWithMarker, labelColor, markedGroup, markerFor, MAX_BODY } from '../../../src/github/pulls.js';

describe('the hidden marker', () => {
  test('names the flake path in an HTML comment that stays valid', () => {
    expect(markerFor('.')).toBe('<!-- flake-steward:. -->');
    expect(markerFor('nix/hosts')).toBe('<!-- flake-steward:nix/hosts -->');
    expect(markerFor('a--b')).not.toMatch(/a--b/);
  });

  test('per flake and group: a group marker is not the flake marker, and names its group back', () => {
    expect(markerFor('.', 'nixpkgs')).toBe('<!-- flake-steward:. group:nixpkgs -->');
    expect(markerFor('.', 'nixpkgs')).not.toContain(markerFor('.'));
    expect(markedGroup(`body\n\n${markerFor('.', 'home-manager')}\n`, '.')).toBe('home-manager');
    expect(markedGroup(`body\n\n${markerFor('nix', 'dep')}\n`, '.')).toBeUndefined();
    expect(markedGroup(`body\n\n${markerFor('.')}\n`, '.')).toBeUndefined();
    expect(markedGroup('<!-- flake-steward:. group:../x -->', '.')).toBeUndefined();
  });

  test('is appended once', () => {
    const m = markerFor('.');
    const once = bodyWithMarker('body\n\n', m);
    expect(once).toEqual({ body: `body\n\n${m}\n`, truncated: false });
    expect(bodyWithMarker(once.body, m).body).toBe(once.body);
  });

  test("a body over GitHub's limit is cut on a line boundary, keeps the marker and says so", () => {
    const m = markerFor('.');
    const long = Array.from({ length: 5000 }, (_, i) => `line ${i} ${'x'.repeat(20)}`).join('\n');
    const r = bodyWithMarker(long, m);
    expect(r.truncated).toBe(true);
    expect(r.body.length).toBeLessThanOrEqual(MAX_BODY);
    expect(r.body.endsWith(`${m}\n`)).toBe(true);
    expect(r.body).toMatch(/job summary has the full report/);
    expect(r.body).toMatch(/x\n\n…/); // the last kept line is whole
  });
});

test('label colours are six hex digits and stable', () => {
  for (const n of ['dependencies', 'nix', 'flake.lock']) {
    expect(labelColor(n)).toMatch(/^[0-9a-f]{6}$/);
    expect(labelColor(n)).toBe(labelColor(n));
  }
});

describe('branch names', () => {
  test.each([
    ['flake-steward/update', undefined],
    ['deps/flake.lock-bump', undefined],
    ['has space', 'it contains a space or one of ~ ^ : ? * [ \\'],
    ['a..b', 'it contains .., @{ or //'],
    ['x.lock', 'a part starts with . or ends with .lock'],
    ['a/.hidden', 'a part starts with . or ends with .lock'],
    ['-x', 'it starts with - or /, or ends with / or .'],
    ['x/', 'it starts with - or /, or ends with / or .'],
  ])('%s', (name, why) => {
    expect(invalidBranchName(name)).toBe(why);
  });

  test('a bad branch input is a usage error naming the input', () => {
    expect(() => assertValidBranchName('a b')).toThrow(/invalid branch name 'a b' for input 'branch'/);
  });

  test.each([
    ['flake-steward/update', '.', false, 'flake-steward/update'],
    ['flake-steward/update', '.', true, 'flake-steward/update-root'],
    ['flake-steward/update', 'nix/hosts', true, 'flake-steward/update-nix-hosts'],
    ['flake-steward/update', 'dev shell', true, 'flake-steward/update-dev-shell'],
  ])('branchForFlake(%s, %s, several=%s) = %s', (branch, p, several, expected) => {
    expect(branchForFlake(branch, p, several)).toBe(expected);
    expect(invalidBranchName(expected)).toBeUndefined();
  });
});
