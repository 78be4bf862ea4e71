/** Rules on flake.lock alone (lock-only mode), with small hand-built locks. */
import { describe, expect, test } from '@jest/globals';
import { runRules } from '../../../src/lint/rule-engine.js';
import { RULES, RULES_BY_ID } from '../../../src/lint/rules/index.js';
import type { LintContext } from '../../../src/lint/lint-types.js';
import { gh, lockContext, NOW, type NodeSpec } from './helpers.js';

const DAY = 86_400;
const nowSec = Math.floor(NOW.getTime() / 1000);

function run(id: string, ctx: LintContext) {
  const rule = RULES_BY_ID.get(id)!;
  return runRules(ctx, [rule]).findings;
}

describe('lock/old-version', () => {
  test('v5 and v6 are reported at the version line; v7 is not', () => {
    for (const v of [5, 6] as const) {
      const f = run('lock/old-version', lockContext({ root: {} }, { version: v }));
      expect(f).toHaveLength(1);
      expect(f[0]!.message).toContain(`version ${v}`);
      expect(f[0]!.line).toBe(6);
    }
    expect(run('lock/old-version', lockContext({ root: {} }))).toHaveLength(0);
  });
});

describe('follows rules on the lock', () => {
  test('a follows to nothing is reported at the lock entry', () => {
    const ctx = lockContext({
      root: { inputs: { hm: 'hm', nixpkgs: 'nixpkgs' } },
      hm: { ...gh('nix-community', 'home-manager'), inputs: { nixpkgs: ['nixpkgz'] } },
      nixpkgs: gh('NixOS', 'nixpkgs'),
    });
    const f = run('follows/non-existent-target', ctx);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ input: 'hm/nixpkgs', file: 'flake.lock' });
    expect(f[0]!.message).toContain("there is no root input 'nixpkgz'");
    expect(ctx.lockText!.split('\n')[f[0]!.line - 1]).toContain('"nixpkgs": [');
  });

  test('follows = "" (the root itself) and nested targets that exist are fine', () => {
    const ctx = lockContext({
      root: { inputs: { a: 'a', b: 'b' } },
      a: { ...gh('o', 'a'), inputs: { self: [], x: ['b', 'y'] } },
      b: { ...gh('o', 'b'), inputs: { y: 'y' } },
      y: gh('o', 'y'),
    });
    expect(run('follows/non-existent-target', ctx)).toHaveLength(0);
    expect(run('follows/cycle', ctx)).toHaveLength(0);
  });

  test('cycles and self-follows in the lock', () => {
    const cyc = lockContext({ root: { inputs: { a: ['b'], b: ['a'] } } });
    const f = run('follows/cycle', cyc);
    expect(f.map((x) => x.input).sort()).toEqual(['a', 'b']);
    expect(f[0]!.message).toMatch(/a -> b -> a|b -> a -> b/);
    const self = lockContext({ root: { inputs: { a: ['a'] } } });
    expect(run('follows/self', self).map((x) => x.input)).toEqual(['a']);
    expect(run('follows/cycle', self)).toHaveLength(0);
  });
});

describe('duplicates/duplicate-input (lock only)', () => {
  test('root nixpkgs as node nixpkgs_2: the copy is keyed by input path, with every copy listed', () => {
    const ctx = lockContext({
      root: { inputs: { hm: 'home-manager', nixpkgs: 'nixpkgs_2' } },
      'home-manager': { ...gh('nix-community', 'home-manager'), inputs: { nixpkgs: 'nixpkgs' } },
      nixpkgs: gh('NixOS', 'nixpkgs', { ref: 'nixos-unstable', rev: 'a'.repeat(40), lastModified: nowSec - 20 * DAY }),
      nixpkgs_2: gh('nixos', 'nixpkgs', { ref: 'nixos-unstable', rev: 'b'.repeat(40), lastModified: nowSec - 2 * DAY }),
    });
    const f = run('duplicates/duplicate-input', ctx);
    expect(f).toHaveLength(1);
    expect(f[0]!.input).toBe('hm/nixpkgs');
    expect(f[0]!.message).toContain('hm/nixpkgs');
    expect(f[0]!.message).toContain('nixpkgs (ref nixos-unstable, bbbbbbb');
    expect(f[0]!.message).toContain('18 days older than nixpkgs (aaaaaaa vs bbbbbbb)');
    expect(f[0]!.fix?.text).toBe('inputs.hm.inputs.nixpkgs.follows = "nixpkgs";');
    expect(f[0]!.fix?.edits).toEqual([]); // no flake.nix to edit
  });

  test('intentional pairs: two root inputs on different branches, and a rev-pinned copy', () => {
    const ctx = lockContext({
      root: { inputs: { nixpkgs: 'nixpkgs', 'nixpkgs-stable': 'nixpkgs_2', old: 'old' } },
      nixpkgs: gh('NixOS', 'nixpkgs', { ref: 'nixos-unstable' }),
      nixpkgs_2: gh('NixOS', 'nixpkgs', { ref: 'nixos-24.05' }),
      old: { ...gh('o', 'old'), inputs: { nixpkgs: 'nixpkgs_3' } },
      nixpkgs_3: gh('NixOS', 'nixpkgs', { pinned: true, rev: 'c'.repeat(40) }),
    });
    expect(run('duplicates/duplicate-input', ctx)).toEqual([]);
  });

  test("a dependency's copy of a root input's source is a copy whatever its branch (issue 13)", () => {
    const nodes: Record<string, NodeSpec> = {
      root: { inputs: { nixpkgs: 'nixpkgs', a: 'a', b: 'b' } },
      nixpkgs: gh('NixOS', 'nixpkgs', { ref: 'nixos-unstable' }),
      a: { ...gh('o', 'a'), inputs: { nixpkgs: 'nixpkgs_2' } },
      nixpkgs_2: gh('NixOS', 'nixpkgs', { ref: 'nixos-24.05' }),
      b: { ...gh('o', 'b'), inputs: { nixpkgs: 'nixpkgs_3' } },
      nixpkgs_3: gh('NixOS', 'nixpkgs'),
    };
    const f = run('duplicates/duplicate-input', lockContext(nodes));
    expect(f.map((x) => [x.input, x.fix?.text])).toEqual([
      ['a/nixpkgs', 'inputs.a.inputs.nixpkgs.follows = "nixpkgs";'],
      ['b/nixpkgs', 'inputs.b.inputs.nixpkgs.follows = "nixpkgs";'],
    ]);
  });

  test('two root inputs on the same branch are reported once, at the second', () => {
    const ctx = lockContext({
      root: { inputs: { nixpkgs: 'nixpkgs', unstable: 'nixpkgs_2' } },
      nixpkgs: gh('NixOS', 'nixpkgs', { ref: 'nixos-unstable' }),
      nixpkgs_2: gh('NixOS', 'nixpkgs', { ref: 'nixos-unstable' }),
    });
    const f = run('duplicates/duplicate-input', ctx);
    expect(f.map((x) => x.input)).toEqual(['unstable']);
    expect(f[0]!.message).toMatch(/locked twice/);
  });

  test('copies without a root copy all follow one of them (never each other)', () => {
    const ctx = lockContext({
      root: { inputs: { a: 'a', b: 'b', c: 'c' } },
      a: { ...gh('o', 'a'), inputs: { utils: 'utils' } },
      b: { ...gh('o', 'b'), inputs: { utils: 'utils_2' } },
      c: { ...gh('o', 'c'), inputs: { fu: 'utils_3' } },
      utils: gh('numtide', 'flake-utils'),
      utils_2: gh('numtide', 'flake-utils'),
      utils_3: gh('numtide', 'flake-utils'),
    });
    const f = run('duplicates/duplicate-input', ctx);
    expect(f.map((x) => [x.input, x.fix?.text])).toEqual([
      ['b/utils', 'inputs.b.inputs.utils.follows = "a/utils";'],
      ['c/fu', 'inputs.c.inputs.fu.follows = "a/utils";'],
    ]);
  });

  test('no follows points into a copy that itself gets a follows', () => {
    const ctx = lockContext({
      root: { inputs: { zig: 'zig', zls: 'zls' } },
      zig: { ...gh('o', 'zig'), inputs: { 'flake-utils': 'fu' } },
      zls: { ...gh('o', 'zls'), inputs: { 'flake-utils': 'fu_2' } },
      fu: {
        ...gh('numtide', 'flake-utils', { lastModified: 1705309234, rev: '1'.repeat(40) }),
        inputs: { systems: 'systems' },
      },
      fu_2: {
        ...gh('numtide', 'flake-utils', { lastModified: 1710146030, rev: '2'.repeat(40) }),
        inputs: { systems: 'systems_2' },
      },
      systems: gh('nix-systems', 'default'),
      systems_2: gh('nix-systems', 'default'),
    });
    const f = run('duplicates/duplicate-input', ctx);
    expect(f.map((x) => x.fix?.text)).toEqual(['inputs.zig.inputs.flake-utils.follows = "zls/flake-utils";']);
    expect(f[0]!.message).toContain('56 days older than zls/flake-utils (1111111 vs 2222222)');
  });

  test('a long list of copies is cut after six, with the rest counted', () => {
    const nodes: Record<string, NodeSpec> = {
      root: { inputs: { nixpkgs: 'nixpkgs' } },
      nixpkgs: gh('NixOS', 'nixpkgs'),
    };
    for (let i = 0; i < 7; i++) {
      (nodes['root']!.inputs as Record<string, string>)[`d${i}`] = `d${i}`;
      nodes[`d${i}`] = { ...gh('o', `d${i}`), inputs: { nixpkgs: `nixpkgs_${i + 2}` } };
      nodes[`nixpkgs_${i + 2}`] = gh('NixOS', 'nixpkgs');
    }
    const f = run('duplicates/duplicate-input', lockContext(nodes));
    expect(f).toHaveLength(7);
    expect(f[0]!.message).toMatch(/one of 8 copies .*; 2 more\)/);
  });

  test('a copy inside a copy is fixed by the outer follows only', () => {
    const ctx = lockContext({
      root: { inputs: { nixpkgs: 'nixpkgs', utils: 'utils', a: 'a' } },
      nixpkgs: gh('NixOS', 'nixpkgs'),
      utils: gh('numtide', 'flake-utils', { inputs: { nixpkgs: ['nixpkgs'] } }),
      a: { ...gh('o', 'a'), inputs: { utils: 'utils_2' } },
      utils_2: { ...gh('numtide', 'flake-utils'), inputs: { nixpkgs: 'nixpkgs_2' } },
      nixpkgs_2: gh('NixOS', 'nixpkgs'),
    });
    const f = run('duplicates/duplicate-input', ctx);
    expect(f.map((x) => x.input)).toEqual(['a/utils']);
  });
});

describe('hygiene rules on the lock', () => {
  test('unlocked entries: git without rev, tarball without narHash; relative paths are fine', () => {
    const ctx = lockContext({
      root: { inputs: { g: 'g', t: 't', p: 'p', ok: 'ok' } },
      g: {
        locked: { type: 'git', url: 'https://example.org/g', narHash: 'sha256-x' },
        original: { type: 'git', url: 'https://example.org/g' },
      },
      t: {
        locked: { type: 'tarball', url: 'https://example.org/t.tar.gz' },
        original: { type: 'tarball', url: 'https://example.org/t.tar.gz' },
      },
      p: { locked: { type: 'path', path: './sub' }, original: { type: 'path', path: './sub' } },
      ok: gh('o', 'ok'),
    });
    const f = run('hygiene/unlocked-input', ctx);
    expect(f.map((x) => [x.input, x.message.includes('no rev') || x.message.includes('no narHash')])).toEqual([
      ['g', true],
      ['t', true],
    ]);
  });

  test('insecure http URLs, in original or locked', () => {
    const ctx = lockContext({
      root: { inputs: { a: 'a', b: 'b' } },
      a: {
        locked: { type: 'git', url: 'http://example.org/a', rev: 'a'.repeat(40), narHash: 'x' },
        original: { type: 'git', url: 'http://example.org/a' },
      },
      b: {
        locked: { type: 'tarball', url: 'https://example.org/b.tar.gz', narHash: 'x' },
        original: { type: 'tarball', url: 'https://example.org/b.tar.gz' },
      },
    });
    expect(run('hygiene/insecure-url', ctx).map((x) => x.input)).toEqual(['a']);
  });

  test('absolute local paths', () => {
    const ctx = lockContext({
      root: { inputs: { a: 'a', b: 'b', c: 'c', s: 's' } },
      a: { locked: { type: 'path', path: '/home/me/a', narHash: 'x' }, original: { type: 'path', path: '/home/me/a' } },
      s: {
        locked: { type: 'path', path: '/nix/store/0000000000000000000000000000000a-source', narHash: 'x' },
        original: { type: 'path', path: '/nix/store/0000000000000000000000000000000a-source' },
      },
      b: {
        locked: { type: 'git', url: 'file:///home/me/b', rev: 'b'.repeat(40), narHash: 'x' },
        original: { type: 'git', url: 'file:///home/me/b' },
      },
      c: { locked: { type: 'path', path: './c' }, original: { type: 'path', path: './c' } },
    });
    expect(run('hygiene/local-path-input', ctx).map((x) => x.input)).toEqual(['a', 'b']);
  });

  test('indirect root inputs (lock-only), not transitive ones', () => {
    const ctx = lockContext({
      root: { inputs: { nixpkgs: 'nixpkgs', a: 'a' } },
      nixpkgs: { ...gh('NixOS', 'nixpkgs'), original: { id: 'nixpkgs', ref: 'nixos-unstable', type: 'indirect' } },
      a: { ...gh('o', 'a'), inputs: { systems: 'systems' } },
      systems: { ...gh('nix-systems', 'default'), original: { id: 'systems', type: 'indirect' } },
    });
    const f = run('hygiene/indirect-input', ctx);
    expect(f.map((x) => x.input)).toEqual(['nixpkgs']);
    expect(f[0]!.message).toContain('github:NixOS/nixpkgs/nixos-unstable');
  });
});

describe('freshness and policy', () => {
  test('stale root inputs by max-age, with per-input overrides; pinned ones are not stale', () => {
    const ctx = lockContext(
      {
        root: { inputs: { nixpkgs: 'nixpkgs', hm: 'hm', pinned: 'pinned', fresh: 'fresh' } },
        nixpkgs: gh('NixOS', 'nixpkgs', { lastModified: nowSec - 10 * DAY }),
        hm: gh('nix-community', 'home-manager', { lastModified: nowSec - 45 * DAY }),
        pinned: gh('o', 'p', { lastModified: nowSec - 400 * DAY, pinned: true }),
        fresh: gh('o', 'f', { lastModified: nowSec - 1 * DAY }),
      },
      { opts: { maxAge: 30, maxAgeByInput: { nixpkgs: 7, hm: 30 } } },
    );
    const f = run('freshness/stale-input', ctx);
    expect(f.map((x) => x.input).sort()).toEqual(['hm', 'nixpkgs']);
    expect(f.find((x) => x.input === 'nixpkgs')!.message).toMatch(/10 days old \(max-age 7\)/);
  });

  test('unsupported release branches, from the calendar and the run date; per-input override', () => {
    const nodes: Record<string, NodeSpec> = {
      root: { inputs: { nixpkgs: 'nixpkgs', old: 'old', current: 'current', darwin: 'darwin', tb: 'tb' } },
      nixpkgs: gh('NixOS', 'nixpkgs', { ref: 'nixos-unstable' }),
      old: gh('NixOS', 'nixpkgs', { ref: 'nixos-25.05' }),
      current: gh('NixOS', 'nixpkgs', { ref: 'nixos-26.05' }),
      darwin: gh('NixOS', 'nixpkgs', { ref: 'nixpkgs-25.11-darwin' }),
      tb: {
        locked: { type: 'tarball', url: 'https://nixos.org/channels/nixos-23.11/nixexprs.tar.xz', narHash: 'x' },
        original: { type: 'tarball', url: 'https://nixos.org/channels/nixos-23.11/nixexprs.tar.xz' },
      },
    };
    const f = run('freshness/unsupported-branch', lockContext(nodes));
    expect(f.map((x) => x.input).sort()).toEqual(['darwin', 'old', 'tb']);
    expect(f.find((x) => x.input === 'old')!.message).toMatch(
      /NixOS 25\.05 is out of support since 2025-12-31; move to nixos-26\.05$/,
    );
    const june = lockContext(nodes, { now: new Date('2026-06-15T00:00:00Z') });
    expect(
      run('freshness/unsupported-branch', june)
        .map((x) => x.input)
        .sort(),
    ).toEqual(['old', 'tb']);
    const over = lockContext(nodes, { opts: { supportedUntil: { old: '2027-01-31', 'dar*': '2026-01-01' } } });
    expect(
      run('freshness/unsupported-branch', over)
        .map((x) => x.input)
        .sort(),
    ).toEqual(['darwin', 'tb']);
  });

  test('nixpkgs from a fork unless allowed; official channels and FlakeHub are fine', () => {
    const nodes: Record<string, NodeSpec> = {
      root: { inputs: { nixpkgs: 'nixpkgs', fork: 'fork', ch: 'ch', wayland: 'wayland' } },
      nixpkgs: gh('cachix', 'devenv-nixpkgs', { ref: 'rolling' }),
      fork: gh('edolstra', 'nixpkgs'),
      ch: {
        locked: {
          type: 'tarball',
          url: 'https://releases.nixos.org/nixos/unstable/nixos-x/nixexprs.tar.xz',
          narHash: 'x',
        },
        original: { type: 'tarball', url: 'https://nixos.org/channels/nixos-unstable/nixexprs.tar.xz' },
      },
      wayland: gh('nix-community', 'nixpkgs-wayland'),
    };
    expect(
      run('policy/nixpkgs-owner', lockContext(nodes))
        .map((x) => x.input)
        .sort(),
    ).toEqual(['fork', 'nixpkgs']);
    const allowed = lockContext(nodes, { opts: { allowedOwners: ['cachix', 'edolstra/nixpkgs'] } });
    expect(run('policy/nixpkgs-owner', allowed)).toEqual([]);
  });
});

describe('the registry', () => {
  test('ids are unique, namespaced, documented; rules that fix say so', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^(syntax|schema|lock|follows|duplicates|sync|hygiene|freshness|policy)\/[a-z-]+$/);
      expect(r.docs.summary.length).toBeGreaterThan(20);
      expect(r.docs.why.length).toBeGreaterThan(20);
      expect(r.docs.fix.length).toBeGreaterThan(10);
      expect(r.docs.example.length).toBeGreaterThan(5);
    }
    expect(
      RULES.filter((r) => r.fixable)
        .map((r) => r.id)
        .sort(),
    ).toEqual([
      'duplicates/duplicate-input',
      'follows/override-of-missing-input',
      'freshness/newer-tag',
      'freshness/unsupported-branch',
    ]);
  });
});
