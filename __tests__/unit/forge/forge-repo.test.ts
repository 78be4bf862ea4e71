import { describe, expect, test } from '@jest/globals';
import type { FlakeRefAttrs } from '../../../src/flake/flake-types.js';
import {
  forgeRepoOf,
  lockedRev,
  lockedTag,
  repoLocationOf,
  repoOfRemote,
  tarballSource,
} from '../../../src/forge/forge-repo.js';

const R1 = '0123456789abcdef0123456789abcdef01234567';
const R2 = 'fedcba9876543210fedcba9876543210fedcba98';

describe('forgeRepoOf', () => {
  test.each<[string, FlakeRefAttrs, string | undefined]>([
    ['github', { type: 'github', owner: 'NixOS', repo: 'nixpkgs', rev: R1 }, 'github github.com NixOS/nixpkgs'],
    [
      'GitHub Enterprise via host',
      { type: 'github', owner: 'org', repo: 'cfg', host: 'github.example.com' },
      'github github.example.com org/cfg',
    ],
    [
      'gitlab',
      { type: 'gitlab', owner: 'simple-nixos-mailserver', repo: 'blobs' },
      'gitlab gitlab.com simple-nixos-mailserver/blobs',
    ],
    [
      'gitlab with host',
      { type: 'gitlab', owner: 'wlroots', repo: 'wlroots', host: 'gitlab.freedesktop.org' },
      'gitlab gitlab.freedesktop.org wlroots/wlroots',
    ],
    [
      'gitlab subgroup (percent-encoded owner)',
      { type: 'gitlab', owner: 'group%2Fsub', repo: 'r' },
      'gitlab gitlab.com group/sub/r',
    ],
    ['sourcehut', { type: 'sourcehut', owner: '~rycee', repo: 'nmd' }, 'sourcehut git.sr.ht ~rycee/nmd'],
    ['sourcehut owner without ~', { type: 'sourcehut', owner: 'rycee', repo: 'nmd' }, 'sourcehut git.sr.ht ~rycee/nmd'],
    [
      'git+https on github',
      { type: 'git', url: 'https://github.com/NixOS/nixpkgs' },
      'github github.com NixOS/nixpkgs',
    ],
    ['git+https with .git', { type: 'git', url: 'https://github.com/o/r.git' }, 'github github.com o/r'],
    [
      'git+ssh on github',
      { type: 'git', url: 'ssh://git@github.com/ryan/secrets.git' },
      'github github.com ryan/secrets',
    ],
    [
      'git+ssh on gitlab',
      { type: 'git', url: 'ssh://git@gitlab.com/em/nix-secrets.git' },
      'gitlab gitlab.com em/nix-secrets',
    ],
    ['git on gitlab subgroup', { type: 'git', url: 'https://gitlab.com/a/b/c' }, 'gitlab gitlab.com a/b/c'],
    [
      'git on sourcehut',
      { type: 'git', url: 'https://git.sr.ht/~sircmpwn/scdoc' },
      'sourcehut git.sr.ht ~sircmpwn/scdoc',
    ],
    ['git URL still prefixed git+', { type: 'git', url: 'git+https://github.com/o/r' }, 'github github.com o/r'],
    ['git on an unknown host', { type: 'git', url: 'https://git.clan.lol/clan/clan-core' }, undefined],
    ['git file URL', { type: 'git', url: 'file:///tmp/x' }, undefined],
    ['github URL with a deeper path is not a repo', { type: 'git', url: 'https://github.com/o/r/tree/x' }, undefined],
    [
      'tarball archive on github',
      { type: 'tarball', url: `https://github.com/NixOS/nixpkgs/archive/${R1}.tar.gz` },
      'github github.com NixOS/nixpkgs',
    ],
    [
      'flakehub pinned',
      { type: 'tarball', url: 'https://api.flakehub.com/f/pinned/NixOS/nixpkgs/0.2411.7/01/source.tar.gz' },
      'github github.com NixOS/nixpkgs',
    ],
    [
      'channel tarball',
      {
        type: 'tarball',
        url: 'https://releases.nixos.org/nixos/unstable/nixos-26.05pre1.3497aa5c9457/nixexprs.tar.xz',
      },
      'github github.com NixOS/nixpkgs',
    ],
    ['file on an unknown host', { type: 'file', url: 'https://install.determinate.systems/x/macOS' }, undefined],
    ['path', { type: 'path', path: '/x' }, undefined],
    ['indirect', { type: 'indirect', id: 'nixpkgs' }, undefined],
  ])('%s', (_name, attrs, expected) => {
    const r = forgeRepoOf(attrs);
    expect(r ? `${r.forge} ${r.host} ${r.owner}/${r.repo}` : undefined).toBe(expected);
  });

  test('extra hosts: a GitHub Enterprise git URL and a self-hosted GitLab', () => {
    const hosts = { github: ['ghe.corp.example'], gitlab: ['code.example.org'] };
    expect(forgeRepoOf({ type: 'git', url: 'https://ghe.corp.example/team/flake' }, hosts)).toEqual({
      forge: 'github',
      host: 'ghe.corp.example',
      owner: 'team',
      repo: 'flake',
    });
    expect(forgeRepoOf({ type: 'git', url: 'https://code.example.org/a/b' }, hosts)?.forge).toBe('gitlab');
    expect(forgeRepoOf({ type: 'git', url: 'https://ghe.corp.example/team/flake' })).toBeUndefined();
    // An https port belongs to the web host (and must match the configured host); an ssh port does not.
    const ported = { github: ['ghe.corp.example:8443'] };
    expect(forgeRepoOf({ type: 'git', url: 'https://ghe.corp.example:8443/team/flake' }, ported)).toEqual({
      forge: 'github',
      host: 'ghe.corp.example:8443',
      owner: 'team',
      repo: 'flake',
    });
    expect(forgeRepoOf({ type: 'git', url: 'ssh://git@ghe.corp.example:2222/team/flake' }, hosts)?.host).toBe(
      'ghe.corp.example',
    );
  });
});

describe('tarballs', () => {
  test.each<[string, string, string | undefined, string | undefined]>([
    ['github archive by rev', `https://github.com/NixOS/nixpkgs/archive/${R1}.tar.gz`, 'NixOS/nixpkgs', R1],
    [
      'github archive by tag',
      'https://github.com/e-tho/iwmenu/archive/refs/tags/v0.4.0.tar.gz',
      'e-tho/iwmenu',
      'v0.4.0',
    ],
    ['gitlab archive', `https://gitlab.com/g/sub/r/-/archive/${R1}/r-${R1}.tar.gz`, 'g/sub/r', R1],
    ['sourcehut archive', `https://git.sr.ht/~o/r/archive/${R1}.tar.gz`, '~o/r', R1],
    ['unknown host', 'https://example.org/x.tar.gz', undefined, undefined],
    ['not a URL', 'nonsense', undefined, undefined],
  ])('%s', (_name, url, repo, ref) => {
    const t = tarballSource(url);
    expect(t ? `${t.repo.owner}/${t.repo.repo}` : undefined).toBe(repo);
    expect(t?.ref).toBe(ref);
  });

  test('lockedRev prefers rev, else a commit in the archive URL; lockedTag names tags only', () => {
    expect(
      lockedRev({ type: 'tarball', url: 'https://api.flakehub.com/f/pinned/a/b/1/x/source.tar.gz', rev: R2 }),
    ).toBe(R2);
    expect(lockedRev({ type: 'tarball', url: `https://github.com/o/r/archive/${R1}.tar.gz` })).toBe(R1);
    expect(lockedRev({ type: 'tarball', url: 'https://github.com/o/r/archive/refs/tags/v1.tar.gz' })).toBeUndefined();
    expect(lockedTag({ type: 'tarball', url: 'https://github.com/o/r/archive/refs/tags/v1.tar.gz' })).toBe('v1');
    expect(lockedTag({ type: 'tarball', url: `https://github.com/o/r/archive/${R1}.tar.gz` })).toBeUndefined();
    expect(lockedTag({ type: 'github', owner: 'o', repo: 'r' })).toBeUndefined();
  });
});

describe('remotes', () => {
  test.each<[string, string | undefined]>([
    ['git@github.com:o/r.git', 'github github.com o/r'],
    ['git@gitlab.com:group/sub/r.git', 'gitlab gitlab.com group/sub/r'],
    ['github.com:o/r', 'github github.com o/r'],
    ['ssh://git@github.com/o/r.git', 'github github.com o/r'],
    ['https://github.com/o/r.git/', 'github github.com o/r'],
    ['https://github.com/o/r?ref=main#frag', 'github github.com o/r'],
    ['https://codeberg.org/o/r', '- codeberg.org o/r'],
    ['file:///tmp/x', undefined],
    ['file:/tmp/x', undefined],
    ['github:o/r', undefined],
    ['https://example.org/single', undefined],
    ['nonsense', undefined],
  ])('%s', (url, expected) => {
    const r = repoOfRemote(url);
    expect(r ? `${r.forge ?? '-'} ${r.host} ${r.owner}/${r.repo}` : undefined).toBe(expected);
  });
});

describe('repository on a known forge or not', () => {
  test.each<[string, FlakeRefAttrs, string | undefined, string | undefined]>([
    // [name, attrs, repoLocationOf, forgeRepoOf]
    [
      'git on an unknown host',
      { type: 'git', url: 'https://git.clan.lol/clan/clan-core' },
      '- git.clan.lol clan/clan-core',
      undefined,
    ],
    ['hg on an unknown host', { type: 'hg', url: 'https://hg.example.org/o/r' }, '- hg.example.org o/r', undefined],
    [
      'Gitea archive on an unknown host',
      { type: 'tarball', url: `https://codeberg.org/o/r/archive/${R1}.tar.gz` },
      '- codeberg.org o/r',
      undefined,
    ],
    [
      'FlakeHub (unpinned, as the flake writes it)',
      { type: 'tarball', url: 'https://flakehub.com/f/NixOS/nixpkgs/0.2405.*.tar.gz' },
      '- flakehub.com NixOS/nixpkgs',
      'github github.com NixOS/nixpkgs',
    ],
    [
      'FlakeHub (pinned, as the lock has it)',
      { type: 'tarball', url: 'https://api.flakehub.com/f/pinned/NixOS/nixpkgs/0.2411.7/01/source.tar.gz' },
      '- flakehub.com NixOS/nixpkgs',
      'github github.com NixOS/nixpkgs',
    ],
    [
      'GitHub host is lower-cased',
      { type: 'github', owner: 'o', repo: 'r', host: 'GHE.Example.com' },
      'github ghe.example.com o/r',
      'github ghe.example.com o/r',
    ],
    ['a type named like a prototype property', { type: 'constructor', owner: 'o', repo: 'r' }, undefined, undefined],
    ['non-string owner', { type: 'github', owner: 5, repo: 'r' }, undefined, undefined],
  ])('%s', (_name, attrs, location, forge) => {
    const l = repoLocationOf(attrs);
    expect(l ? `${l.forge ?? '-'} ${l.host} ${l.owner}/${l.repo}` : undefined).toBe(location);
    const f = forgeRepoOf(attrs);
    expect(f ? `${f.forge} ${f.host} ${f.owner}/${f.repo}` : undefined).toBe(forge);
  });

  test('an archive on an unknown host names no revision: it may not be a commit', () => {
    const attrs = { type: 'tarball', url: `https://codeberg.org/o/r/archive/${R1}.tar.gz` };
    expect(tarballSource(attrs.url)?.ref).toBe(R1);
    expect(lockedRev(attrs)).toBeUndefined();
  });
});

/**
 * Where lint/source.ts and update/links.ts disagreed before they were merged here, and which one was right. Each
 * case failed on one of the twins.
 */
describe('the cases the twins disagreed on', () => {
  test('a GitLab subgroup git URL is group/sub/repo (lint read owner `a`, repo `b`)', () => {
    expect(forgeRepoOf({ type: 'git', url: 'https://gitlab.com/a/b/c.git' })).toEqual({
      forge: 'gitlab',
      host: 'gitlab.com',
      owner: 'a/b',
      repo: 'c',
    });
  });

  test('a deep path on an unknown host ends in the repository (lint read its first two segments)', () => {
    const r = repoLocationOf({
      type: 'git',
      url: 'https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git',
    });
    expect(r).toEqual({ host: 'git.kernel.org', owner: 'pub/scm/linux/kernel/git/torvalds', repo: 'linux' });
  });

  test('an scp-like git URL is on its forge (update missed it)', () => {
    expect(forgeRepoOf({ type: 'git', url: 'git@github.com:NixOS/nixpkgs.git' })).toEqual({
      forge: 'github',
      host: 'github.com',
      owner: 'NixOS',
      repo: 'nixpkgs',
    });
  });

  test("GitHub's tarball/<rev> URL is an archive of the repository (update missed it)", () => {
    const attrs = { type: 'tarball', url: `https://github.com/NixOS/nixpkgs/tarball/${R1}` };
    expect(forgeRepoOf(attrs)).toEqual({ forge: 'github', host: 'github.com', owner: 'NixOS', repo: 'nixpkgs' });
    expect(lockedRev(attrs)).toBe(R1);
  });

  test('a GitHub git URL with a page path is no repository (lint took its first two segments)', () => {
    expect(repoLocationOf({ type: 'git', url: 'https://github.com/o/r/tree/main' })).toBeUndefined();
  });
});
