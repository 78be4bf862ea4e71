import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { UserError } from '../../../src/core/errors.js';
import {
  canonicalFlakeRef,
  flakeRefFromAttrs,
  parseFlakeRef,
  printFlakeRef,
  sameFlakeRef,
  tryFlakeRefFromAttrs,
  tryParseFlakeRef,
  type FlakeRefOptions,
} from '../../../src/flake/flakeref.js';
import type { FlakeRefAttrs } from '../../../src/flake/flake-types.js';
import { corpusLocks, describeCorpus } from './corpus-helper.js';

const REV = '0123456789abcdef0123456789abcdef01234567';
const NAR = 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

type Row = [string, Record<string, string | number | boolean>, FlakeRefOptions?];

// Today's Nix (the default dialect), read from its source (flakeref.cc and libfetchers/*.cc).
const CURRENT_CASES: Row[] = [
  ['github:NixOS/nixpkgs', { type: 'github', owner: 'NixOS', repo: 'nixpkgs' }],
  ['github:NixOS/nixpkgs/nixos-24.05', { type: 'github', owner: 'NixOS', repo: 'nixpkgs', ref: 'nixos-24.05' }],
  [`github:NixOS/nixpkgs/${REV}`, { type: 'github', owner: 'NixOS', repo: 'nixpkgs', rev: REV }],
  ['github:o/r/release/1.0', { type: 'github', owner: 'o', repo: 'r', ref: 'release/1.0' }],
  ['github:/kolide/nix-agent/main', { type: 'github', owner: 'kolide', repo: 'nix-agent', ref: 'main' }],
  ['github:o/r?ref=a/b', { type: 'github', owner: 'o', repo: 'r', ref: 'a/b' }],
  [`github:o/r?rev=${REV}`, { type: 'github', owner: 'o', repo: 'r', rev: REV }],
  [
    'github:NixOS/nixpkgs/nixos-unstable?dir=lib',
    { type: 'github', owner: 'NixOS', repo: 'nixpkgs', ref: 'nixos-unstable', dir: 'lib' },
  ],
  [`github:o/r?narHash=${encodeURIComponent(NAR)}`, { type: 'github', owner: 'o', repo: 'r', narHash: NAR }],
  ['github:o/r?host=ghe.example.com', { type: 'github', owner: 'o', repo: 'r', host: 'ghe.example.com' }],
  ['github:o/r?unknown=1', { type: 'github', owner: 'o', repo: 'r' }],
  [
    'gitlab:ghc/head.hackage?host=gitlab.haskell.org',
    { type: 'gitlab', owner: 'ghc', repo: 'head.hackage', host: 'gitlab.haskell.org' },
  ],
  [
    'gitlab:rycee/nur-expressions?dir=pkgs/firefox-addons',
    { type: 'gitlab', owner: 'rycee', repo: 'nur-expressions', dir: 'pkgs/firefox-addons' },
  ],
  ['gitlab:o%2Fsub/r', { type: 'gitlab', owner: 'o/sub', repo: 'r' }],
  ['sourcehut:~rycee/nmd', { type: 'sourcehut', owner: '~rycee', repo: 'nmd' }],
  [
    'sourcehut:~o/r/v1?host=git.example.org',
    { type: 'sourcehut', owner: '~o', repo: 'r', ref: 'v1', host: 'git.example.org' },
  ],
  [
    'git+https://github.com/NixOS/nixpkgs?shallow=1&ref=nixos-unstable-small',
    { type: 'git', url: 'https://github.com/NixOS/nixpkgs', shallow: true, ref: 'nixos-unstable-small' },
  ],
  [
    'git+ssh://git@gitlab.com/emergentmind/nix-secrets.git?ref=main&shallow=1',
    { type: 'git', url: 'ssh://git@gitlab.com/emergentmind/nix-secrets.git', ref: 'main', shallow: true },
  ],
  [
    `git+ssh://git@github.com/o/r?submodules=1&rev=${REV}`,
    { type: 'git', url: 'ssh://git@github.com/o/r', submodules: true, rev: REV },
  ],
  ['git+http://example.com/r', { type: 'git', url: 'http://example.com/r' }],
  ['git+file:///tmp/repo', { type: 'git', url: 'file:///tmp/repo' }],
  ['git://example.com/r', { type: 'git', url: 'git://example.com/r' }],
  [
    'git+https://example.com/r?dir=sub&foo=bar&b=2',
    { type: 'git', url: 'https://example.com/r?b=2&foo=bar', dir: 'sub' },
  ],
  ['git+https://example.com/r?shallow=true', { type: 'git', url: 'https://example.com/r', shallow: false }],
  [
    'git+https://example.com/r?allRefs=1&lfs=1',
    { type: 'git', url: 'https://example.com/r', allRefs: true, lfs: true },
  ],
  ['git+https://example.com/r?x=a/b@c:d%3Fe%20f', { type: 'git', url: 'https://example.com/r?x=a/b@c:d?e%20f' }],
  ['git+https://example.com/a%7eb/c*d', { type: 'git', url: 'https://example.com/a~b/c%2Ad' }],
  ['path:/abs/dir', { type: 'path', path: '/abs/dir' }],
  ['path:./sub?dir=x', { type: 'path', path: './sub', dir: 'x' }],
  [
    `path:/abs?narHash=${encodeURIComponent(NAR)}&lastModified=12&revCount=3&rev=${REV}`,
    { type: 'path', path: '/abs', narHash: NAR, lastModified: 12, revCount: 3, rev: REV },
  ],
  ['./sub', { type: 'path', path: './sub' }],
  ['../..', { type: 'path', path: '../..' }],
  ['/abs/x/../y', { type: 'path', path: '/abs/x/../y' }],
  ['/abs?dir=sub', { type: 'path', path: '/abs', dir: 'sub' }],
  ['https://example.com/x.tar.gz', { type: 'tarball', url: 'https://example.com/x.tar.gz' }],
  ['https://example.com/x.tar.xz', { type: 'tarball', url: 'https://example.com/x.tar.xz' }],
  ['http://example.com/x.zip', { type: 'tarball', url: 'http://example.com/x.zip' }],
  [
    'https://nixos.org/channels/nixos-unstable/nixexprs.tar.xz',
    { type: 'tarball', url: 'https://nixos.org/channels/nixos-unstable/nixexprs.tar.xz' },
  ],
  [
    'https://flakehub.com/f/NixOS/nixpkgs/0.1.*',
    { type: 'tarball', url: 'https://flakehub.com/f/NixOS/nixpkgs/0.1.%2A' },
  ],
  ['https://example.com/x', { type: 'file', url: 'https://example.com/x' }, { isFlake: false }],
  ['https://example.com/x.tar.gz', { type: 'tarball', url: 'https://example.com/x.tar.gz' }, { isFlake: false }],
  [
    `https://example.com/x.tar.gz?narHash=${encodeURIComponent(NAR)}&a=b&dir=d`,
    { type: 'tarball', url: 'https://example.com/x.tar.gz?a=b', narHash: NAR, dir: 'd' },
  ],
  [
    'tarball+https://example.com/download',
    { type: 'tarball', url: 'https://example.com/download' },
    { isFlake: false },
  ],
  ['file+https://example.com/x.tar.gz', { type: 'file', url: 'https://example.com/x.tar.gz' }],
  ['file+file:///tmp/x', { type: 'file', url: 'file:///tmp/x' }],
  ['file:///tmp/x.tar.gz', { type: 'tarball', url: 'file:///tmp/x.tar.gz' }],
  ['hg+https://hg.example.com/r?ref=default&x=1', { type: 'hg', url: 'https://hg.example.com/r?x=1', ref: 'default' }],
  [`hg+file:///tmp/h?rev=${REV}`, { type: 'hg', url: 'file:///tmp/h', rev: REV }],
  ['nixpkgs', { type: 'indirect', id: 'nixpkgs' }],
  ['nixpkgs/nixos-24.05', { type: 'indirect', id: 'nixpkgs', ref: 'nixos-24.05' }],
  [`nixpkgs/${REV}`, { type: 'indirect', id: 'nixpkgs', rev: REV }],
  [`nixpkgs/nixos-24.05/${REV}`, { type: 'indirect', id: 'nixpkgs', ref: 'nixos-24.05', rev: REV }],
  ['flake:nixpkgs', { type: 'indirect', id: 'nixpkgs' }],
  ['flake:nixpkgs/x?dir=sub', { type: 'indirect', id: 'nixpkgs', ref: 'x', dir: 'sub' }],
  ['Nix-pkgs_2', { type: 'indirect', id: 'Nix-pkgs_2' }],
  ['nixpkgs?dir=x', { type: 'path', path: 'nixpkgs', dir: 'x' }],
];

// Nix 2.8 (Debian 12), every row seen from the real binary (`nix registry add`); the integration tier re-checks them.
const NIX_28_CASES: Row[] = [
  [
    'github:o/r?dir=lib&narHash=sha256-AAAA&host=x.y',
    { type: 'github', owner: 'o', repo: 'r', dir: 'lib', host: 'x.y' },
  ],
  [
    'git+https://example.com/r?dir=sub&ref=main&shallow=1&foo=bar',
    { type: 'git', url: 'https://example.com/r?dir=sub&foo=bar', dir: 'sub', ref: 'main', shallow: true },
  ],
  [
    `https://example.com/x.tar.gz?narHash=${NAR}&a=b&rev=abc`,
    { type: 'tarball', narHash: NAR, url: `https://example.com/x.tar.gz?a=b&narHash=${NAR}&rev=abc` },
  ],
  ['https://h/r.tar.gz?dir=sub', { type: 'tarball', url: 'https://h/r.tar.gz?dir=sub', dir: 'sub' }],
  ['github:o/r/0123456789ABCDEF0123456789abcdef01234567', { type: 'github', owner: 'o', repo: 'r', rev: REV }],
  ['git+https://h/r?x=a/b@c:d?e', { type: 'git', url: 'https://h/r?x=a%2fb@c:d%3fe' }],
  ['git+https://h/r?x=a+b%2B%7e~!', { type: 'git', url: 'https://h/r?x=a+b+~~!' }],
  ['git+https://h/r?%61b=1', { type: 'git', url: 'https://h/r?%2561b=1' }],
  ['git+https://h/a%2Fb/c@d:e', { type: 'git', url: 'https://h/a%2Fb/c@d:e' }],
  [
    'https://flakehub.com/f/NixOS/nixpkgs/0.1.*.tar.gz',
    { type: 'tarball', url: 'https://flakehub.com/f/NixOS/nixpkgs/0.1.*.tar.gz' },
  ],
  ['gitlab:o%2Fsub/r', { type: 'gitlab', owner: 'o%2Fsub', repo: 'r' }],
  ['github:o/r/a..b', { type: 'github', owner: 'o', repo: 'r', ref: 'a..b' }],
  ['/a/b/../c?dir=x', { type: 'path', path: '/a/c/x' }],
  ['flake:nixpkgs/x?dir=sub', { type: 'indirect', id: 'nixpkgs', ref: 'x', dir: 'sub' }],
];

const ERROR_CASES: [string, RegExp, FlakeRefOptions?][] = [
  ['', /empty/],
  ['github:o', /needs an owner and a repository/],
  ['github:', /needs an owner and a repository/],
  [`github:o/r?rev=${REV}&ref=x`, /both a commit hash .* and a branch\/tag name/],
  [`github:o/r/x?ref=y`, /more than one branch/],
  [`github:o/r/${REV}?rev=${REV}`, /more than one commit hash/],
  ['github:o/r?rev=abc', /'abc' is not a commit hash/],
  ['github:o/r/a..b', /invalid branch\/tag name 'a..b'/],
  ['github:o/r?host=a_b', /invalid host/],
  ['github:o/r#packages', /unexpected fragment/],
  ['nixpkgs#hello', /unexpected fragment/],
  ['nixpkgs/a/b', /'b' is not a commit hash/],
  ['git+https://h/r?ref=a..b', /invalid Git branch\/tag name 'a..b'/],
  ['git+https://h/r?rev=xyz', /'xyz' is not a commit hash/],
  ['git+file://host/x', /unexpected host 'host'/],
  ['path:/tmp?foo=bar', /do not take the parameter 'foo'/],
  ['path:/tmp?lastModified=x', /'lastModified' must be a non-negative integer/],
  ['path://host/x', /no host/],
  ['https://example.com/x.tar.gz?narHash=sha256-xx', /invalid narHash/],
  ['foo:bar', /unsupported reference scheme 'foo:'/],
  ['svn+https://h/r', /unsupported reference scheme/],
  ['github:o/r with space', /percent-encoded/],
  ['https://example.com/x', /unsupported reference scheme/, { dialect: 'nix-2.8' }],
  ['tarball+https://example.com/x', /unsupported reference scheme/, { dialect: 'nix-2.8' }],
  ['github:o/r/x+y', /'x\+y' is not a commit hash or branch\/tag name/, { dialect: 'nix-2.8' }],
  ['github:o/r?host=a-b.c', /invalid host/, { dialect: 'nix-2.8' }],
  ['path:/a?dir=x', /do not take the parameter 'dir'/, { dialect: 'nix-2.8' }],
];

const show = (o: FlakeRefOptions | undefined) => (o ? ` ${JSON.stringify(o)}` : '');

describe('parseFlakeRef: current Nix', () => {
  test.each(CURRENT_CASES)('%s%#', (...[ref, expected, opts]: Row) => {
    const got = parseFlakeRef(ref, opts);
    expect(got).toEqual(expected);
    // Keys come out sorted, as Nix writes them in flake.lock.
    expect(Object.keys(got)).toEqual(Object.keys(expected).sort());
  });
});

describe('parseFlakeRef: Nix 2.8 dialect', () => {
  test.each(NIX_28_CASES)('%s%#', (ref, expected) => {
    expect(parseFlakeRef(ref, { dialect: 'nix-2.8' })).toEqual(expected);
  });
});

describe('invalid references say what is wrong', () => {
  test.each(ERROR_CASES)('%s → %s', (...[ref, message, opts]: [string, RegExp, FlakeRefOptions?]) => {
    const r = tryParseFlakeRef(ref, opts);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
    let thrown: unknown;
    try {
      parseFlakeRef(ref, opts);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as UserError).message).toContain(`invalid flake reference '${ref}'`);
  });

  test('an error names the form to write where it helps', () => {
    const r = tryParseFlakeRef('github:NixOS');
    expect(r).toMatchObject({ ok: false, hint: 'write github:OWNER/REPO[/REF-OR-REV]' });
  });
});

describe('printFlakeRef', () => {
  test.each<[FlakeRefAttrs, string]>([
    [{ type: 'github', owner: 'NixOS', repo: 'nixpkgs', ref: 'nixos-24.05' }, 'github:NixOS/nixpkgs/nixos-24.05'],
    [{ type: 'github', owner: 'o', repo: 'r', rev: REV, dir: 'lib' }, `github:o/r/${REV}?dir=lib`],
    [{ type: 'gitlab', owner: 'o', repo: 'r', host: 'gitlab.example.com' }, 'gitlab:o/r?host=gitlab.example.com'],
    [{ type: 'github', owner: 'o', repo: 'r', ref: REV }, `github:o/r?ref=${REV}`],
    [{ type: 'git', url: 'https://h/r', ref: 'main', shallow: true }, 'git+https://h/r?ref=main&shallow=1'],
    [{ type: 'git', url: 'https://h/r', shallow: false }, 'git+https://h/r?shallow=0'],
    [{ type: 'git', url: 'git://h/r' }, 'git://h/r'],
    [
      { type: 'path', path: '/abs', narHash: NAR },
      'path:/abs?narHash=sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%3D',
    ],
    [{ type: 'tarball', url: 'https://h/x.tar.gz' }, 'https://h/x.tar.gz'],
    [
      { type: 'tarball', url: 'https://flakehub.com/f/NixOS/nixpkgs/0.1.%2A' },
      'tarball+https://flakehub.com/f/NixOS/nixpkgs/0.1.%2A',
    ],
    [{ type: 'file', url: 'https://h/x' }, 'file+https://h/x'],
    [{ type: 'indirect', id: 'nixpkgs', ref: 'nixos-24.05' }, 'flake:nixpkgs/nixos-24.05'],
    [{ type: 'hg', url: 'https://h/r', ref: 'default' }, 'hg+https://h/r?ref=default'],
  ])('%j → %s', (attrs, url) => {
    expect(printFlakeRef(attrs)).toBe(url);
  });

  test('an unknown type or a missing attribute is a UserError', () => {
    expect(() => printFlakeRef({ type: 'svn', url: 'x' })).toThrow(/type 'svn'/);
    expect(() => printFlakeRef({ type: 'github', owner: 'o' })).toThrow(/'repo' is missing/);
  });
});

describe('attribute-set references', () => {
  test('are checked and returned sorted; git URLs lose their git+ prefix (current Nix)', () => {
    expect(flakeRefFromAttrs({ type: 'github', repo: 'nixpkgs', owner: 'NixOS', ref: 'nixos-24.05' })).toEqual({
      owner: 'NixOS',
      ref: 'nixos-24.05',
      repo: 'nixpkgs',
      type: 'github',
    });
    expect(flakeRefFromAttrs({ type: 'git', url: 'git+https://h/r', shallow: true })).toEqual({
      shallow: true,
      type: 'git',
      url: 'https://h/r',
    });
    expect(flakeRefFromAttrs({ type: 'git', url: 'git@github.com:o/r.git' })).toEqual({
      type: 'git',
      url: 'ssh://git@github.com/o/r.git',
    });
    expect(Object.keys(flakeRefFromAttrs({ type: 'path', path: '/x', dir: 'd' }))).toEqual(['dir', 'path', 'type']);
  });

  test.each<[Record<string, string | number | boolean>, RegExp]>([
    [{ owner: 'o', repo: 'r' }, /'type' \(a string\) is required/],
    [{ type: 'github', owner: 'o' }, /needs the attribute 'repo'/],
    [{ type: 'github', owner: 'o', repo: 'r', url: 'x' }, /has no attribute 'url'/],
    [{ type: 'git', url: 'https://h/r', shallow: 'yes' }, /'shallow' must be a boolean/],
    [
      { type: 'path', path: '/x', lastModified: '1' },
      /'lastModified' must be a integer|'lastModified' must be a(n)? integer/,
    ],
    [{ type: 'github', owner: 'o', repo: 'r', ref: 'a', rev: REV }, /both a commit hash and a branch/],
    [{ type: 'indirect', id: '2x' }, /not a valid flake id/],
    [{ type: 'tarball', url: 'https://h/x', narHash: 'nope' }, /invalid narHash/],
  ])('%j is rejected', (attrs, message) => {
    const r = tryFlakeRefFromAttrs(attrs);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
    expect(() => flakeRefFromAttrs(attrs)).toThrow(UserError);
  });

  test('unknown input types pass through, as Nix keeps them as raw inputs', () => {
    expect(flakeRefFromAttrs({ type: 'fossil', url: 'x' })).toEqual({ type: 'fossil', url: 'x' });
  });
});

describe('canonical comparison (what Nix compares to keep a lock entry)', () => {
  test('a git URL that still carries ?dir= (older Nix) equals the current form', () => {
    const old: FlakeRefAttrs = {
      type: 'git',
      url: 'https://github.com/o/r/?dir=packaging/nix',
      dir: 'packaging/nix',
      submodules: true,
    };
    const now = parseFlakeRef('git+https://github.com/o/r/?dir=packaging/nix&submodules=1');
    expect(now).toEqual({ type: 'git', url: 'https://github.com/o/r/', dir: 'packaging/nix', submodules: true });
    expect(sameFlakeRef(old, now)).toBe(true);
    expect(canonicalFlakeRef(old)).toEqual(now);
  });

  test('different refs differ', () => {
    expect(sameFlakeRef(parseFlakeRef('github:o/r/a'), parseFlakeRef('github:o/r/b'))).toBe(false);
    expect(sameFlakeRef(parseFlakeRef('github:o/r'), parseFlakeRef('github:o/r?dir=x'))).toBe(false);
  });
});

// ------------------------------------------------------------------------------------------------ corpus

describeCorpus('corpus: every original in every lock prints and parses back to itself', () => {
  const rows: [string, string, FlakeRefAttrs, boolean][] = [];
  for (const { folder, text } of corpusLocks()) {
    const json = JSON.parse(text) as { nodes?: Record<string, { original?: FlakeRefAttrs; flake?: boolean }> };
    for (const [key, node] of Object.entries(json.nodes ?? {})) {
      if (node.original) rows.push([folder, key, node.original, node.flake !== false]);
    }
  }

  test('the corpus has originals of every kind', () => {
    const types = new Set(rows.map((r) => r[2].type));
    expect([...types].sort()).toEqual(['file', 'git', 'github', 'gitlab', 'indirect', 'sourcehut', 'tarball']);
    expect(rows.length).toBeGreaterThan(900);
  });

  test.each(rows)('%s %s', (_folder, _key, original, isFlake) => {
    const url = printFlakeRef(original);
    expect(parseFlakeRef(url, { isFlake })).toEqual(canonicalFlakeRef(original));
  });
});

// ------------------------------------------------------------------------------------------------ properties

const word = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,11}$/);
// Valid git ref names: no '..' and no '.lock' component (git check-ref-format).
const refName = fc
  .stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,8}(\/[A-Za-z0-9][A-Za-z0-9_.-]{0,6}[A-Za-z0-9])?$/)
  .filter((r) => !r.includes('..') && !/\.lock(\/|$)/.test(r));
const rev = fc.stringMatching(/^[0-9a-f]{40}$/);
const host = fc.stringMatching(/^[a-z0-9]{1,8}(\.[a-z0-9]{1,8}){0,2}$/);
const dir = fc.option(fc.stringMatching(/^[a-z][a-z0-9_-]{0,6}(\/[a-z0-9]{1,6})?$/), { nil: undefined });
const pathText = fc
  .stringMatching(/^(\/|\.\/)?[a-z0-9_-]{1,8}(\/[a-z0-9._-]{1,8}){0,3}$/)
  .filter((p) => !/(^|\/)\.\.?(\/|$)/.test(p));
const narHash = fc.constant(NAR);

function withDir<T extends Record<string, unknown>>(a: T, d: string | undefined): T {
  return d === undefined ? a : { ...a, dir: d };
}

const forgeAttrs = fc
  .record({
    type: fc.constantFrom('github', 'gitlab', 'sourcehut'),
    owner: word,
    repo: word,
    pin: fc.oneof(
      fc.constant(undefined),
      refName.map((ref) => ({ ref })),
      rev.map((r) => ({ rev: r })),
    ),
    host: fc.option(host, { nil: undefined }),
    narHash: fc.option(narHash, { nil: undefined }),
    dir,
  })
  .map(({ pin, dir: d, host: h, narHash: n, ...rest }) =>
    withDir({ ...rest, ...(pin ?? {}), ...(h ? { host: h } : {}), ...(n ? { narHash: n } : {}) }, d),
  );

const gitAttrs = fc
  .record({
    transport: fc.constantFrom('https', 'ssh', 'http', 'file'),
    host,
    path: fc.stringMatching(/^[a-z0-9_-]{1,8}(\/[a-z0-9._-]{1,8}){0,2}$/),
    ref: fc.option(refName, { nil: undefined }),
    rev: fc.option(rev, { nil: undefined }),
    shallow: fc.option(fc.boolean(), { nil: undefined }),
    submodules: fc.option(fc.boolean(), { nil: undefined }),
    dir,
  })
  .map(({ transport, host: h, path, dir: d, ref, rev: r, shallow, submodules }) => {
    const url =
      transport === 'file' ? `file:///${path}` : `${transport}://${transport === 'ssh' ? 'git@' : ''}${h}/${path}`;
    const a: Record<string, string | boolean> = { type: 'git', url };
    if (ref !== undefined) a['ref'] = ref;
    if (r !== undefined) a['rev'] = r;
    if (shallow !== undefined) a['shallow'] = shallow;
    if (submodules !== undefined) a['submodules'] = submodules;
    return withDir(a, d);
  });

const tarballAttrs = fc
  .record({
    type: fc.constantFrom('tarball', 'file'),
    host,
    path: fc.stringMatching(/^[a-z0-9_-]{1,8}(\/[a-z0-9._*-]{1,8}){0,2}$/),
    ext: fc.constantFrom('', '.tar.gz', '.zip', '.tar.xz'),
    narHash: fc.option(narHash, { nil: undefined }),
    dir,
  })
  .map(({ type, host: h, path, ext, narHash: n, dir: d }) =>
    withDir({ type, url: `https://${h}/${path.replace(/\*/g, '%2A')}${ext}`, ...(n ? { narHash: n } : {}) }, d),
  );

const pathAttrs = fc
  .record({ path: pathText, narHash: fc.option(narHash, { nil: undefined }), dir })
  .map(({ path, narHash: n, dir: d }) => withDir({ type: 'path', path, ...(n ? { narHash: n } : {}) }, d));

const indirectAttrs = fc
  .record({
    id: fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_-]{0,10}$/),
    ref: fc.option(fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,8}$/), { nil: undefined }),
    rev: fc.option(rev, { nil: undefined }),
    dir,
  })
  .map(({ id, ref, rev: r, dir: d }) =>
    withDir({ type: 'indirect', id, ...(ref ? { ref } : {}), ...(r ? { rev: r } : {}) }, d),
  );

const anyAttrs = fc.oneof(forgeAttrs, gitAttrs, tarballAttrs, pathAttrs, indirectAttrs) as fc.Arbitrary<FlakeRefAttrs>;

describe('properties (fast-check)', () => {
  test('print then parse gives back the same attributes, keys sorted', () => {
    fc.assert(
      fc.property(anyAttrs, (attrs) => {
        const url = printFlakeRef(attrs);
        const back = parseFlakeRef(url);
        expect(back).toEqual(attrs);
        expect(Object.keys(back)).toEqual(Object.keys(back).sort());
      }),
      { numRuns: 500 },
    );
  });

  test('parse is stable: parse(print(parse(s))) equals parse(s)', () => {
    fc.assert(
      fc.property(anyAttrs, fc.boolean(), (attrs, isFlake) => {
        const once = parseFlakeRef(printFlakeRef(attrs), { isFlake });
        expect(parseFlakeRef(printFlakeRef(once), { isFlake })).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });

  test('sameFlakeRef is reflexive over canonical forms and tells different repositories apart', () => {
    fc.assert(
      fc.property(forgeAttrs, word, (attrs, other) => {
        const a = attrs as FlakeRefAttrs;
        expect(sameFlakeRef(a, parseFlakeRef(printFlakeRef(a)))).toBe(true);
        fc.pre(other !== a['repo']);
        expect(sameFlakeRef(a, { ...a, repo: other })).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  test('arbitrary text never throws anything but a result', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.constantFrom<FlakeRefOptions['dialect']>('current', 'nix-2.8'),
        (s, dialect) => {
          const r = tryParseFlakeRef(s, { dialect });
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: 1000 },
    );
  });
});

test('test table rows are distinct (no row silently repeated)', () => {
  const keys = CURRENT_CASES.map(([r, , o]) => `${r}${show(o)}`);
  expect(new Set(keys).size).toBe(keys.length);
});

describe('attribute form: the input type is looked up as an own name', () => {
  test.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    "type '%s' is an unknown type, kept whole as Nix keeps it (was a crash: allowed.includes is not a function)",
    (type) => {
      const r = tryFlakeRefFromAttrs({ type, x: 'y' });
      expect(r).toEqual({ ok: true, attrs: { type, x: 'y' } });
    },
  );

  test('a lock-only attribute of the git archives (treeHash) is accepted in both places that read attributes', () => {
    expect(tryFlakeRefFromAttrs({ type: 'github', owner: 'o', repo: 'r', treeHash: 'abc' }).ok).toBe(true);
  });
});
