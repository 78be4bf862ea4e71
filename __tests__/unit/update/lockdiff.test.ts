import { describe, expect, test } from '@jest/globals';
import type { FlakeRefAttrs } from '../../../src/flake/flake-types.js';
import { diffLocks, showLocked } from '../../../src/update/lock-diff.js';
import { gh, lockOf, resolved } from './build-lock.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
const DAY = 86_400;
const T0 = 1_700_000_000; // 2023-11-14

describe('diffLocks by input path', () => {
  test('a node renumbered from nixpkgs to nixpkgs_2 with the same locking is no change', () => {
    const before = lockOf({
      root: { inputs: { nixpkgs: 'nixpkgs', hm: 'hm' } },
      nixpkgs: { locked: gh('NixOS', 'nixpkgs', A, T0) },
      hm: { locked: gh('nix-community', 'home-manager', B, T0), inputs: { nixpkgs: 'nixpkgs_2' } },
      nixpkgs_2: { locked: gh('NixOS', 'nixpkgs', C, T0) },
    });
    // Same lockings, keys swapped: the root's nixpkgs is now node nixpkgs_2.
    const after = lockOf({
      root: { inputs: { nixpkgs: 'nixpkgs_2', hm: 'hm' } },
      nixpkgs_2: { locked: gh('NixOS', 'nixpkgs', A, T0) },
      hm: { locked: gh('nix-community', 'home-manager', B, T0), inputs: { nixpkgs: 'nixpkgs' } },
      nixpkgs: { locked: gh('NixOS', 'nixpkgs', C, T0) },
    });
    const changes = diffLocks(
      resolved(before, [
        ['nixpkgs', 'nixpkgs'],
        ['hm', 'hm'],
        ['hm/nixpkgs', 'nixpkgs_2'],
      ]),
      resolved(after, [
        ['nixpkgs', 'nixpkgs_2'],
        ['hm', 'hm'],
        ['hm/nixpkgs', 'nixpkgs'],
      ]),
    );
    expect(changes).toEqual([]);
  });

  test('an update of a renumbered node: old and new revision, dates, span, age and compare link', () => {
    const before = lockOf({
      root: { inputs: { nixpkgs: 'nixpkgs' } },
      nixpkgs: {
        locked: gh('NixOS', 'nixpkgs', A, T0),
        original: { type: 'github', owner: 'NixOS', repo: 'nixpkgs', ref: 'nixos-unstable' },
      },
    });
    const after = lockOf({
      root: { inputs: { nixpkgs: 'nixpkgs_2' } },
      nixpkgs_2: {
        locked: gh('NixOS', 'nixpkgs', B, T0 + 10 * DAY),
        original: { type: 'github', owner: 'NixOS', repo: 'nixpkgs', ref: 'nixos-unstable' },
      },
    });
    const [c, ...rest] = diffLocks(
      resolved(before, [['nixpkgs', 'nixpkgs']]),
      resolved(after, [['nixpkgs', 'nixpkgs_2']]),
      {
        now: new Date((T0 + 13 * DAY + 3600) * 1000),
      },
    );
    expect(rest).toEqual([]);
    expect(c).toMatchObject({
      name: 'nixpkgs',
      kind: 'updated',
      before: { rev: A, date: '2023-11-14', node: 'nixpkgs', label: 'NixOS/nixpkgs', ref: 'nixos-unstable' },
      after: { rev: B, date: '2023-11-24', node: 'nixpkgs_2', revUrl: `https://github.com/NixOS/nixpkgs/commit/${B}` },
      compareUrl: `https://github.com/NixOS/nixpkgs/compare/${A}...${B}`,
      spanDays: 10,
      ageDays: 3,
      urlChanged: false,
    });
    expect(showLocked(c!.before!)).toBe('aaaaaaa (2023-11-14)');
  });

  test('added and removed inputs, nested paths included', () => {
    const before = lockOf({
      root: { inputs: { old: 'old', hm: 'hm' } },
      old: { locked: gh('o', 'old', A, T0) },
      hm: { locked: gh('nix-community', 'home-manager', A, T0), inputs: { utils: 'utils' } },
      utils: { locked: gh('numtide', 'flake-utils', A, T0) },
    });
    const after = lockOf({
      root: { inputs: { new: 'new', hm: 'hm' } },
      new: { locked: gh('o', 'new', B, T0) },
      hm: { locked: gh('nix-community', 'home-manager', A, T0) },
    });
    const changes = diffLocks(
      resolved(before, [
        ['old', 'old'],
        ['hm', 'hm'],
        ['hm/utils', 'utils'],
      ]),
      resolved(after, [
        ['new', 'new'],
        ['hm', 'hm'],
      ]),
    );
    expect(changes.map((c) => [c.kind, c.name, c.before?.rev ?? null, c.after?.rev ?? null])).toEqual([
      ['added', 'new', null, B],
      ['removed', 'old', A, null],
      ['removed', 'hm/utils', A, null],
    ]);
  });

  test('follows: a path that stops following, starts following, or retargets; an unchanged follows is left to its target', () => {
    const before = lockOf({
      root: { inputs: { nixpkgs: 'nixpkgs', stable: 'stable', hm: 'hm', sops: 'sops', x: 'x' } },
      nixpkgs: { locked: gh('NixOS', 'nixpkgs', A, T0) },
      stable: { locked: gh('NixOS', 'nixpkgs', C, T0) },
      hm: { locked: gh('nc', 'hm', A, T0), inputs: { nixpkgs: ['nixpkgs'] } },
      sops: { locked: gh('Mic92', 'sops-nix', A, T0), inputs: { nixpkgs: 'nixpkgs_2' } },
      nixpkgs_2: { locked: gh('NixOS', 'nixpkgs', B, T0) },
      x: { locked: gh('o', 'x', A, T0), inputs: { nixpkgs: ['nixpkgs'], stable: ['stable'] } },
    });
    const after = lockOf({
      root: { inputs: { nixpkgs: 'nixpkgs', stable: 'stable', hm: 'hm', sops: 'sops', x: 'x' } },
      nixpkgs: { locked: gh('NixOS', 'nixpkgs', B, T0 + DAY) },
      stable: { locked: gh('NixOS', 'nixpkgs', C, T0) },
      hm: { locked: gh('nc', 'hm', A, T0), inputs: { nixpkgs: 'nixpkgs_2' } },
      nixpkgs_2: { locked: gh('NixOS', 'nixpkgs', C, T0) },
      sops: { locked: gh('Mic92', 'sops-nix', A, T0), inputs: { nixpkgs: ['nixpkgs'] } },
      x: { locked: gh('o', 'x', A, T0), inputs: { nixpkgs: ['nixpkgs'], stable: ['nixpkgs'] } },
    });
    const changes = diffLocks(
      resolved(before, [
        ['nixpkgs', 'nixpkgs'],
        ['stable', 'stable'],
        ['hm', 'hm'],
        ['hm/nixpkgs', 'nixpkgs', 'nixpkgs'],
        ['sops', 'sops'],
        ['sops/nixpkgs', 'nixpkgs_2'],
        ['x', 'x'],
        ['x/nixpkgs', 'nixpkgs', 'nixpkgs'],
        ['x/stable', 'stable', 'stable'],
      ]),
      resolved(after, [
        ['nixpkgs', 'nixpkgs'],
        ['stable', 'stable'],
        ['hm', 'hm'],
        ['hm/nixpkgs', 'nixpkgs_2'],
        ['sops', 'sops'],
        ['sops/nixpkgs', 'nixpkgs', 'nixpkgs'],
        ['x', 'x'],
        ['x/nixpkgs', 'nixpkgs', 'nixpkgs'],
        ['x/stable', 'nixpkgs', 'nixpkgs'],
      ]),
    );
    expect(
      changes.map((c) => [
        c.kind,
        c.name,
        c.followsBefore?.join('/') ?? null,
        c.followsAfter?.join('/') ?? null,
        c.before?.rev ?? null,
        c.after?.rev ?? null,
      ]),
    ).toEqual([
      ['updated', 'nixpkgs', null, null, A, B],
      ['follows', 'hm/nixpkgs', 'nixpkgs', null, null, C],
      ['follows', 'sops/nixpkgs', null, 'nixpkgs', B, null],
      ['follows', 'x/stable', 'stable', 'nixpkgs', null, null],
    ]);
  });

  test('follows = "" (the root itself) on both sides is no change; a dangling follows does not crash', () => {
    const lock = lockOf({ root: { inputs: { self2: [] as string[], d: ['nothing'] } } });
    expect(
      diffLocks(
        resolved(lock, [
          ['self2', 'root', ''],
          ['d', undefined, 'nothing'],
        ]),
        resolved(lock, [
          ['self2', 'root', ''],
          ['d', undefined, 'nothing'],
        ]),
      ),
    ).toEqual([]);
  });

  test.each<{
    name: string;
    before: FlakeRefAttrs;
    after: FlakeRefAttrs;
    compare: string | undefined;
    urlChanged: boolean;
  }>([
    {
      name: 'channel tarball: URL changed, revision from rev, compare on NixOS/nixpkgs',
      before: {
        type: 'tarball',
        url: `https://releases.nixos.org/nixos/unstable/nixos-26.05pre1.${A.slice(0, 12)}/nixexprs.tar.xz`,
        rev: A,
        lastModified: T0,
      },
      after: {
        type: 'tarball',
        url: `https://releases.nixos.org/nixos/unstable/nixos-26.05pre2.${B.slice(0, 12)}/nixexprs.tar.xz`,
        rev: B,
        lastModified: T0 + 2 * DAY,
      },
      compare: `https://github.com/NixOS/nixpkgs/compare/${A}...${B}`,
      urlChanged: true,
    },
    {
      name: 'github archive tarball without rev: revision read from the URL',
      before: { type: 'tarball', url: `https://github.com/NixOS/nixpkgs/archive/${A}.tar.gz`, lastModified: T0 },
      after: { type: 'tarball', url: `https://github.com/NixOS/nixpkgs/archive/${B}.tar.gz`, lastModified: T0 },
      compare: `https://github.com/NixOS/nixpkgs/compare/${A}...${B}`,
      urlChanged: true,
    },
    {
      name: 'tagged release tarballs compare tag to tag',
      before: { type: 'tarball', url: 'https://github.com/e-tho/iwmenu/archive/refs/tags/v0.3.0.tar.gz' },
      after: { type: 'tarball', url: 'https://github.com/e-tho/iwmenu/archive/refs/tags/v0.4.0.tar.gz' },
      compare: 'https://github.com/e-tho/iwmenu/compare/v0.3.0...v0.4.0',
      urlChanged: true,
    },
    {
      name: 'a tarball on an unknown host: URL change only',
      before: { type: 'tarball', url: 'https://example.org/a-1.tar.gz', narHash: 'sha256-1' },
      after: { type: 'tarball', url: 'https://example.org/a-2.tar.gz', narHash: 'sha256-2' },
      compare: undefined,
      urlChanged: true,
    },
    {
      name: 'gitlab with host',
      before: { type: 'gitlab', owner: 'wlroots', repo: 'wlroots', host: 'gitlab.freedesktop.org', rev: A },
      after: { type: 'gitlab', owner: 'wlroots', repo: 'wlroots', host: 'gitlab.freedesktop.org', rev: B },
      compare: `https://gitlab.freedesktop.org/wlroots/wlroots/-/compare/${A}...${B}`,
      urlChanged: false,
    },
    {
      name: 'GitHub Enterprise via host',
      before: { type: 'github', owner: 'o', repo: 'r', host: 'ghe.example.com', rev: A },
      after: { type: 'github', owner: 'o', repo: 'r', host: 'ghe.example.com', rev: B },
      compare: `https://ghe.example.com/o/r/compare/${A}...${B}`,
      urlChanged: false,
    },
    {
      name: 'sourcehut: the log at the new revision',
      before: { type: 'sourcehut', owner: '~rycee', repo: 'nmd', rev: A },
      after: { type: 'sourcehut', owner: '~rycee', repo: 'nmd', rev: B },
      compare: `https://git.sr.ht/~rycee/nmd/log/${B}`,
      urlChanged: false,
    },
    {
      name: 'git+https on github',
      before: { type: 'git', url: 'https://github.com/NixOS/nixpkgs', ref: 'nixos-unstable-small', rev: A },
      after: { type: 'git', url: 'https://github.com/NixOS/nixpkgs', ref: 'nixos-unstable-small', rev: B },
      compare: `https://github.com/NixOS/nixpkgs/compare/${A}...${B}`,
      urlChanged: false,
    },
    {
      name: 'moved to another repository: no compare link',
      before: { type: 'github', owner: 'old-owner', repo: 'r', rev: A },
      after: { type: 'github', owner: 'new-owner', repo: 'r', rev: B },
      compare: undefined,
      urlChanged: false,
    },
    {
      name: 'same revision, new narHash (e.g. submodules): updated without a compare link',
      before: { type: 'github', owner: 'o', repo: 'r', rev: A, narHash: 'sha256-1' },
      after: { type: 'github', owner: 'o', repo: 'r', rev: A, narHash: 'sha256-2' },
      compare: undefined,
      urlChanged: false,
    },
  ])('$name', ({ before, after, compare, urlChanged }) => {
    const l1 = lockOf({ root: { inputs: { i: 'i' } }, i: { locked: before } });
    const l2 = lockOf({ root: { inputs: { i: 'i' } }, i: { locked: after } });
    const [c, ...rest] = diffLocks(resolved(l1, [['i', 'i']]), resolved(l2, [['i', 'i']]));
    expect(rest).toEqual([]);
    expect(c?.kind).toBe('updated');
    expect(c?.compareUrl).toBe(compare);
    expect(c?.urlChanged).toBe(urlChanged);
  });
});
