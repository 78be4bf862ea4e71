import { describe, expect, test } from '@jest/globals';
import type { FlakeRefAttrs, LockNode } from '../../../src/flake/flake-types.js';
import { isNixpkgs, nixpkgsRelease, originOf, sourceOf } from '../../../src/lint/source.js';

const node = (original: FlakeRefAttrs | undefined, locked?: FlakeRefAttrs): LockNode => ({
  key: 'n',
  inputs: new Map(),
  flake: true,
  line: 1,
  ...(original ? { original } : {}),
  ...(locked ? { locked } : {}),
});

describe('source identity', () => {
  test('owner/repo compare case-insensitively; the branch is kept apart', () => {
    const a = sourceOf(node({ type: 'github', owner: 'NixOS', repo: 'nixpkgs', ref: 'nixos-unstable' }))!;
    const b = sourceOf(node({ type: 'github', owner: 'nixos', repo: 'Nixpkgs' }))!;
    expect(a.key).toBe(b.key);
    expect(a.ref).toBe('nixos-unstable');
    expect(b.ref).toBeUndefined();
  });

  test('different hosts, types and subflake dirs are different sources', () => {
    const gh = sourceOf(node({ type: 'github', owner: 'o', repo: 'r' }))!.key;
    expect(sourceOf(node({ type: 'gitlab', owner: 'o', repo: 'r' }))!.key).not.toBe(gh);
    expect(sourceOf(node({ type: 'github', owner: 'o', repo: 'r', host: 'ghe.example.com' }))!.key).not.toBe(gh);
    expect(sourceOf(node({ type: 'github', owner: 'o', repo: 'r', dir: 'lib' }))!.key).not.toBe(gh);
  });

  test('git URLs compare without .git, trailing slash or host case', () => {
    const a = sourceOf(node({ type: 'git', url: 'https://GitHub.com/o/r.git' }))!;
    const b = sourceOf(node({ type: 'git', url: 'https://github.com/o/r/' }))!;
    expect(a.key).toBe(b.key);
    expect(a.owner).toBe('o');
  });

  test('indirect references are identified by what they locked to', () => {
    const s = sourceOf(
      node(
        { type: 'indirect', id: 'nixpkgs' },
        { type: 'github', owner: 'NixOS', repo: 'nixpkgs', rev: 'a'.repeat(40) },
      ),
    )!;
    expect(s.key).toBe('github:github.com/nixos/nixpkgs');
  });

  test('a rev in original is a pin', () => {
    expect(sourceOf(node({ type: 'github', owner: 'o', repo: 'r', rev: 'b'.repeat(40) }))!.pinned).toBe(true);
    expect(sourceOf(node({ type: 'github', owner: 'o', repo: 'r' }))!.pinned).toBe(false);
  });

  test('where a source lives comes from src/forge: git URLs, archives, FlakeHub', () => {
    expect(originOf(node({ type: 'git', url: 'git@github.com:o/r.git' }))).toMatchObject({
      host: 'github.com',
      owner: 'o',
      repo: 'r',
    });
    expect(originOf(node({ type: 'git', url: 'file:///tmp/x' }))?.owner).toBeUndefined();
    const fh = originOf(
      node(
        { type: 'tarball', url: 'https://flakehub.com/f/NixOS/nixpkgs/0.2405.*.tar.gz' },
        { type: 'tarball', url: 'https://api.flakehub.com/f/pinned/NixOS/nixpkgs/0.2405.1/abc/source.tar.gz' },
      ),
    );
    expect(fh).toMatchObject({ host: 'flakehub.com', owner: 'NixOS', repo: 'nixpkgs' });
  });

  test.each([
    [{ type: 'github', owner: 'NixOS', repo: 'nixpkgs', ref: 'nixos-23.11' }, '23.11'],
    [{ type: 'tarball', url: 'https://nixos.org/channels/nixos-22.05/nixexprs.tar.xz' }, '22.05'],
    [{ type: 'tarball', url: 'https://flakehub.com/f/NixOS/nixpkgs/0.2311.*.tar.gz' }, '23.11'],
    [{ type: 'indirect', id: 'nixpkgs', ref: 'nixos-20.03-small' }, '20.03'],
    [{ type: 'github', owner: 'NixOS', repo: 'nixpkgs', ref: 'nixos-unstable' }, undefined],
  ] as [FlakeRefAttrs, string | undefined][])('release of %j is %s', (original, release) => {
    expect(nixpkgsRelease(node(original))?.release.name).toBe(release);
  });

  test('what counts as nixpkgs', () => {
    expect(isNixpkgs(node({ type: 'github', owner: 'someone', repo: 'nixpkgs' }))).toBe(true);
    expect(isNixpkgs(node({ type: 'tarball', url: 'https://channels.nixos.org/nixos-24.05/nixexprs.tar.xz' }))).toBe(
      true,
    );
    expect(isNixpkgs(node({ type: 'indirect', id: 'nixpkgs' }))).toBe(true);
    expect(isNixpkgs(node({ type: 'github', owner: 'nix-community', repo: 'nixpkgs-wayland' }))).toBe(false);
  });

  // Lint's own reading of forge URLs (now src/forge/forge-repo.ts) took the first two path segments.
  test('a GitLab subgroup mirror of nixpkgs is nixpkgs, owned by its group', () => {
    const mirror = node({ type: 'git', url: 'https://gitlab.com/corp/mirrors/nixpkgs.git' });
    expect(originOf(mirror)).toMatchObject({ host: 'gitlab.com', owner: 'corp/mirrors', repo: 'nixpkgs' });
    expect(isNixpkgs(mirror)).toBe(true);
  });

  test('a GitLab owner written percent-encoded or not is one source', () => {
    const a = sourceOf(node({ type: 'gitlab', owner: 'group%2Fsub', repo: 'r' }))!;
    const b = sourceOf(node({ type: 'gitlab', owner: 'group/sub', repo: 'r' }))!;
    expect(a.key).toBe(b.key);
    expect(a.label).toBe('gitlab:group%2Fsub/r');
  });
});
