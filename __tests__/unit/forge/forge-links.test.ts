import { describe, expect, test } from '@jest/globals';
import type { FlakeRefAttrs } from '../../../src/flake/flake-types.js';
import {
  commitUrl,
  compareUrl,
  forgeRepoOf,
  lockedRev,
  lockedTag,
  repoLabel,
  shortRev,
  tarballSource,
} from '../../../src/forge/forge-links.js';

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

test('labels and short revisions', () => {
  expect(repoLabel(forgeRepoOf({ type: 'github', owner: 'NixOS', repo: 'nixpkgs' })!)).toBe('NixOS/nixpkgs');
  expect(repoLabel(forgeRepoOf({ type: 'github', owner: 'o', repo: 'r', host: 'ghe.x' })!)).toBe('ghe.x/o/r');
  expect(shortRev(R1)).toBe('0123456');
  expect(shortRev('v1.0')).toBe('v1.0');
});
