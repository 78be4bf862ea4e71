/**
 * lock/tampered-entry: a lock entry whose `original` and `locked` name different sources is an error naming both;
 * every difference Nix itself writes (a registry original, a revision added, a ref dropped, a git URL written
 * another way, a tarball server's immutable URL) stays quiet, and so does every real lock of ../shared/corpus.
 */
import { describe, expect, test } from '@jest/globals';
import type { FlakeRefAttrs } from '../../../src/flake/flake-types.js';
import { lintContext } from '../../../src/lint/lint-context.js';
import type { Finding, LintContext } from '../../../src/lint/lint-types.js';
import { runRules } from '../../../src/lint/rule-engine.js';
import { RULES_BY_ID } from '../../../src/lint/rules/index.js';
import { corpusLocks, describeCorpus } from '../flake/corpus-helper.js';
import { gh, lockContext, NOW, options, type NodeSpec } from './helpers.js';

const RULE = 'lock/tampered-entry';
const run = (ctx: LintContext): readonly Finding[] => runRules(ctx, [RULES_BY_ID.get(RULE)!]).findings;

const REV = 'a'.repeat(40);

/** A lock whose root input `x` is one node with this original and locked. */
function entry(original: FlakeRefAttrs, locked: FlakeRefAttrs): readonly Finding[] {
  const nodes: Record<string, NodeSpec> = {
    root: { inputs: { x: 'x' } },
    x: { original, locked: { lastModified: 1763000000, narHash: 'sha256-AAAA', ...locked } },
  };
  return run(lockContext(nodes));
}

const github = (owner: string, repo: string, more: Record<string, string> = {}): FlakeRefAttrs => ({
  type: 'github',
  owner,
  repo,
  ...more,
});

describe('lock/tampered-entry fires', () => {
  test('original pretty-shady/nixpkgs, locked NixOS/nixpkgs: an error naming both, on the node line', () => {
    const nodes: Record<string, NodeSpec> = {
      root: { inputs: { nixpkgs: 'nixpkgs' } },
      nixpkgs: {
        locked: {
          lastModified: 1763000000,
          narHash: 'sha256-AAAA',
          owner: 'NixOS',
          repo: 'nixpkgs',
          rev: REV,
          type: 'github',
        },
        original: { owner: 'pretty-shady', ref: 'nixos-unstable', repo: 'nixpkgs', type: 'github' },
      },
    };
    const fs = run(lockContext(nodes));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ rule: RULE, severity: 'error', file: 'flake.lock', line: 8, input: 'nixpkgs' });
    expect(fs[0]!.message).toBe(
      "flake.lock entry of input 'nixpkgs' has original github:pretty-shady/nixpkgs but locked github:NixOS/nixpkgs: Nix never writes that (an edited lock?), and it fetches the locked one; re-lock it from flake.nix",
    );
  });

  test('on the node line also when flake.nix declares the input (the lock is what was edited)', () => {
    const ctx = lintContext(
      {
        nixPath: 'flake.nix',
        lockPath: 'flake.lock',
        nix: '{\n  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";\n  outputs = { self, nixpkgs }: { };\n}\n',
        lock: lockContext({
          root: { inputs: { nixpkgs: 'nixpkgs' } },
          nixpkgs: {
            ...gh('NixOS', 'nixpkgs', { ref: 'nixos-unstable' }),
            locked: { ...gh('evil', 'nixpkgs').locked! },
          },
        }).lockText!,
      },
      NOW,
      options(),
    );
    const fs = run(ctx);
    expect(fs.map((f) => [f.file, f.input])).toEqual([['flake.lock', 'nixpkgs']]);
    expect(fs[0]!.message).toMatch(/has original github:NixOS\/nixpkgs but locked github:evil\/nixpkgs: /);
  });

  test('a transitive entry is named by its input path', () => {
    const nodes: Record<string, NodeSpec> = {
      root: { inputs: { hm: 'hm' } },
      hm: { ...gh('nix-community', 'home-manager'), inputs: { nixpkgs: 'nixpkgs' } },
      nixpkgs: {
        original: github('NixOS', 'nixpkgs'),
        locked: { ...gh('NixOS', 'nixpkgs').locked!, owner: 'NixOS', repo: 'nixpkgs-evil' },
      },
    };
    expect(run(lockContext(nodes)).map((f) => f.input)).toEqual(['hm/nixpkgs']);
  });

  test.each<[string, FlakeRefAttrs, FlakeRefAttrs]>([
    ['another repository', github('NixOS', 'nixpkgs'), github('NixOS', 'nixpkgs-fork', { rev: REV })],
    [
      'another host',
      { type: 'gitlab', owner: 'o', repo: 'r' },
      { type: 'gitlab', owner: 'o', repo: 'r', host: 'gitlab.evil.example', rev: REV },
    ],
    ['another GitHub Enterprise host', github('o', 'r', { host: 'ghe.corp' }), github('o', 'r', { rev: REV })],
    ['another type', github('NixOS', 'nixpkgs'), { type: 'git', url: 'https://github.com/NixOS/nixpkgs', rev: REV }],
    ['another subflake dir', github('o', 'r', { dir: 'sub' }), github('o', 'r', { dir: 'other', rev: REV })],
    [
      'a git URL of another repository',
      { type: 'git', url: 'https://github.com/o/r' },
      { type: 'git', url: 'https://github.com/evil/r', rev: REV },
    ],
    [
      'a git URL on another host',
      { type: 'git', url: 'https://git.example.org/r.git' },
      { type: 'git', url: 'https://git.evil.example/r.git', rev: REV },
    ],
    [
      'a GitHub archive of another owner',
      { type: 'tarball', url: 'https://github.com/NixOS/nixpkgs/archive/nixos-unstable.tar.gz' },
      { type: 'tarball', url: `https://github.com/evil/nixpkgs/archive/${REV}.tar.gz` },
    ],
    [
      'a FlakeHub flake of another owner',
      { type: 'tarball', url: 'https://flakehub.com/f/NixOS/nixpkgs/0.1.%2A' },
      { type: 'tarball', url: 'https://api.flakehub.com/f/pinned/evil/nixpkgs/0.1.1/0195/source.tar.gz' },
    ],
  ])('%s', (_, original, locked) => {
    expect(entry(original, locked).map((f) => f.rule)).toEqual([RULE]);
  });
});

describe('lock/tampered-entry stays quiet on what Nix writes', () => {
  test.each<[string, FlakeRefAttrs, FlakeRefAttrs]>([
    [
      'the same source with a rev added and the ref dropped',
      github('NixOS', 'nixpkgs', { ref: 'nixos-unstable' }),
      github('NixOS', 'nixpkgs', { rev: REV }),
    ],
    [
      'owner and repo in another case (GitHub does not tell them apart)',
      github('nixos', 'NixPkgs'),
      github('NixOS', 'nixpkgs', { rev: REV }),
    ],
    ['github.com written as the host', github('o', 'r'), github('o', 'r', { host: 'GitHub.com', rev: REV })],
    ['a registry original', { type: 'indirect', id: 'nixpkgs' }, github('NixOS', 'nixpkgs', { rev: REV })],
    [
      'a registry original locked to a store path',
      { type: 'indirect', id: 'nixpkgs' },
      { type: 'path', path: '/nix/store/x-source' },
    ],
    ['a path', { type: 'path', path: './sub' }, { type: 'path', path: '/abs/sub' }],
    [
      'a git URL written another way (.git, trailing slash, host case, ssh)',
      { type: 'git', url: 'https://GitHub.com/o/r.git/' },
      { type: 'git', url: 'ssh://git@github.com/o/r', rev: REV },
    ],
    [
      'a git URL with ref and rev',
      { type: 'git', url: 'https://git.example.org/r', ref: 'main' },
      { type: 'git', url: 'https://git.example.org/r', ref: 'refs/heads/main', rev: REV },
    ],
    [
      'a local git repository',
      { type: 'git', url: 'file:///home/me/repo' },
      { type: 'git', url: 'file:///home/me/repo/.', rev: REV },
    ],
    [
      "FlakeHub's immutable URL",
      { type: 'tarball', url: 'https://flakehub.com/f/NixOS/nixpkgs/0.2411.%2A' },
      {
        type: 'tarball',
        url: 'https://api.flakehub.com/f/pinned/NixOS/nixpkgs/0.2411.715908%2Brev-7105ae3957700a9646cc4b766f5815b23ed0c682/0195b8ff-82a6-7d19-b362-1f70dcb1c7f7/source.tar.gz',
      },
    ],
    [
      "channels.nixos.org's immutable URL",
      { type: 'tarball', url: 'https://channels.nixos.org/nixos-24.05/nixexprs.tar.xz' },
      {
        type: 'tarball',
        url: 'https://releases.nixos.org/nixos/24.05/nixos-24.05.1234.abcdef/nixexprs.tar.xz?rev=abcdef',
      },
    ],
    [
      'a tarball server that names another host (nothing to compare)',
      { type: 'tarball', url: 'https://example.org/latest.tar.gz' },
      { type: 'tarball', url: 'https://cdn.example.net/blobs/1234.tar.gz' },
    ],
    [
      'a tarball locked as another kind by its server',
      { type: 'tarball', url: 'https://example.org/x.tar.gz' },
      { type: 'git', url: 'https://example.org/x', rev: REV },
    ],
    ['a fetcher we do not know', { type: 'mercurial-ish', url: 'a' }, { type: 'mercurial-ish', url: 'b' }],
  ])('%s', (_, original, locked) => {
    expect(entry(original, locked)).toEqual([]);
  });
});

describeCorpus('lock/tampered-entry on the real locks of ../shared/corpus', () => {
  const locks = corpusLocks();
  test.each(locks.map((l) => [l.folder, l.text] as const))('%s: no finding', (_folder, text) => {
    const ctx = lintContext(
      { nixPath: 'flake.nix', lockPath: 'flake.lock', nix: undefined, lock: text },
      NOW,
      options(),
    );
    expect(run(ctx).map((f) => f.message)).toEqual([]);
  });
});

describe('hostile locks', () => {
  test('megabyte owner names: one finding, the engine answers', () => {
    const big = 'o'.repeat(1_000_000);
    const fs = entry(github(big, 'r'), github(`${big}x`, 'r', { rev: REV }));
    expect(fs).toHaveLength(1);
    expect(fs[0]!.message.length).toBeGreaterThan(2_000_000); // the reporters cut it (src/render/neutralise.ts)
  });

  test('9,000 entries (near the 10,000 nodes flake-steward reads): one finding each, in one pass', () => {
    const nodes: Record<string, NodeSpec> = { root: { inputs: {} } };
    for (let i = 0; i < 9_000; i++) {
      (nodes['root']!.inputs as Record<string, string>)[`i${i}`] = `n${i}`;
      nodes[`n${i}`] = {
        original: github('o', `r${i}`),
        locked: { ...github('p', `r${i}`, { rev: REV }), narHash: 'sha256-A' },
      };
    }
    expect(run(lockContext(nodes))).toHaveLength(9_000);
  });
});
