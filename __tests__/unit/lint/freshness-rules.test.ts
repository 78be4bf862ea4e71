/**
 * The freshness family after issue 13: stale-input judges branches only (not tags or commits), against what the
 * lock shows of the branch, nixpkgs by age; release-branched inputs (Home Manager, nix-darwin) against the calendar
 * and the nixpkgs they are used with; nixpkgs refs NixOS never publishes; the fix that moves a release branch.
 * The clock is always given (NOW in ./helpers.ts, or a date here), never the machine's.
 */
import { describe, expect, test } from '@jest/globals';
import { runRules } from '../../../src/lint/rule-engine.js';
import { RULES, RULES_BY_ID } from '../../../src/lint/rules/index.js';
import { lintContext } from '../../../src/lint/lint-context.js';
import { planFixes } from '../../../src/lint/fix-plan.js';
import { isTagRef, trackingOf } from '../../../src/lint/ref-tracking.js';
import { branchForRelease, isPublishedNixpkgsRef, releaseOfBranch } from '../../../src/lint/calendar.js';
import { renderSummary } from '../../../src/render/lint-summary.js';
import { formatText } from '../../../src/render/lint-text.js';
import type { LintContext, LintOptions } from '../../../src/lint/lint-types.js';
import { gh, lockContext, lockText, NOW, options, type NodeSpec } from './helpers.js';

const DAY = 86_400;
const nowSec = Math.floor(NOW.getTime() / 1000);
const DEC_2026 = new Date('2026-12-02T12:00:00Z');

function run(id: string, ctx: LintContext) {
  return runRules(ctx, [RULES_BY_ID.get(id)!]).findings;
}

/** A context from real files, read as lint reads them (flake.nix parsed, the lock resolved). */
function filesContext(
  nix: string | undefined,
  nodes?: Record<string, NodeSpec>,
  now = NOW,
  opts?: Partial<LintOptions>,
) {
  return lintContext(
    { nixPath: 'flake.nix', lockPath: 'flake.lock', nix, lock: nodes ? lockText(nodes) : undefined },
    now,
    options(opts),
  );
}

const tagged = (owner: string, repo: string, ref: string, age: number): NodeSpec => {
  const n = gh(owner, repo, { ref, lastModified: nowSec - age * DAY });
  return n;
};

describe('what an input tracks', () => {
  test.each([
    ['46.1', true],
    ['v1.2.3', true],
    ['2.9.0.1', true],
    ['v0.6', true],
    ['v1.0.0-rc1', true],
    ['v2', true],
    ['refs/tags/stable', true],
    ['24.05', true],
    ['release-24.05', false],
    ['release-1.0', false],
    ['nix-darwin-24.11', false],
    ['devenv-2.21', false],
    ['nixos-unstable', false],
    ['main', false],
    ['2024', false],
    ['refs/heads/v1.2', false],
  ])('ref %s is a tag: %s', (ref, tag) => {
    expect(isTagRef(ref)).toBe(tag);
  });

  test('a rev, an archive URL of a commit or a tag are pins; the rest follow a branch', () => {
    expect(
      trackingOf({
        key: 'a',
        line: 1,
        flake: true,
        inputs: new Map(),
        original: { type: 'github', owner: 'o', repo: 'r', rev: 'a'.repeat(40) },
      }).kind,
    ).toBe('commit');
    const archive = (url: string) =>
      trackingOf({ key: 'a', line: 1, flake: true, inputs: new Map(), original: { type: 'tarball', url } });
    expect(archive(`https://github.com/o/r/archive/${'b'.repeat(40)}.tar.gz`).kind).toBe('commit');
    expect(archive('https://github.com/o/r/archive/v1.2.tar.gz')).toEqual({ kind: 'tag', tag: 'v1.2' });
    expect(archive('https://github.com/o/r/archive/main.tar.gz')).toEqual({ kind: 'branch', branch: 'main' });
    expect(
      trackingOf({
        key: 'a',
        line: 1,
        flake: true,
        inputs: new Map(),
        original: { type: 'github', owner: 'o', repo: 'r' },
      }),
    ).toEqual({ kind: 'branch' });
  });
});

describe('freshness/stale-input', () => {
  test('tag, version and commit pins are never stale, even when every input is checked by age', () => {
    const ctx = lockContext(
      {
        root: { inputs: { shell: 'shell', tool: 'tool', pinned: 'pinned', lib: 'lib' } },
        shell: tagged('GNOME', 'gnome-shell', '46.1', 900),
        tool: tagged('o', 'tool', 'v1.2.3', 900),
        pinned: gh('o', 'p', { lastModified: nowSec - 900 * DAY, pinned: true }),
        lib: tagged('o', 'lib', 'release-1.0', 900),
      },
      { opts: { maxAgeByInput: { '*': 30 } } },
    );
    // release-1.0 is a branch (it may still move): checked, the others are not
    expect(run('freshness/stale-input', ctx).map((f) => f.input)).toEqual(['lib']);
  });

  test('a repository that rarely changes is not stale by its commit age alone; naming it in max-age checks it', () => {
    const nodes: Record<string, NodeSpec> = {
      root: { inputs: { systems: 'systems', nixpkgs: 'nixpkgs' } },
      systems: gh('nix-systems', 'default', { lastModified: nowSec - 1236 * DAY }),
      nixpkgs: gh('NixOS', 'nixpkgs', { ref: 'nixos-unstable', lastModified: nowSec - 2 * DAY }),
    };
    expect(run('freshness/stale-input', lockContext(nodes))).toEqual([]);
    const named = lockContext(nodes, { opts: { maxAgeByInput: { systems: 400 } } });
    const [f] = run('freshness/stale-input', named);
    expect(f!.message).toBe("input 'systems' is locked to 2023-07-04, 1236 days old (max-age 400)");
  });

  test('nixpkgs is judged by its age: its branches move every few days', () => {
    const ctx = lockContext({
      root: { inputs: { nixpkgs: 'nixpkgs' } },
      nixpkgs: gh('NixOS', 'nixpkgs', { ref: 'nixos-unstable', lastModified: nowSec - 45 * DAY }),
    });
    const [f] = run('freshness/stale-input', ctx);
    expect(f!.message).toBe("input 'nixpkgs' (nixos-unstable) is locked to 2026-10-07, 45 days old (max-age 30)");
  });

  test('an input behind a newer copy of the same branch in the lock is stale, whatever its source', () => {
    const nodes: Record<string, NodeSpec> = {
      root: { inputs: { 'flake-utils': 'flake-utils', hm: 'hm' } },
      'flake-utils': gh('numtide', 'flake-utils', { lastModified: nowSec - 400 * DAY, rev: 'a'.repeat(40) }),
      hm: {
        ...gh('nix-community', 'home-manager', { lastModified: nowSec - 5 * DAY }),
        inputs: { 'flake-utils': 'flake-utils_2' },
      },
      'flake-utils_2': gh('numtide', 'flake-utils', { lastModified: nowSec - 340 * DAY, rev: 'b'.repeat(40) }),
    };
    const f = run('freshness/stale-input', lockContext(nodes));
    expect(f.map((x) => x.message)).toEqual([
      "input 'flake-utils' is 60 days behind the copy at 'hm/flake-utils' (2025-10-17 vs 2025-12-16; max-age 30)",
    ]);
    // within max-age of the newer copy: fine
    expect(run('freshness/stale-input', lockContext(nodes, { opts: { maxAge: 60 } }))).toEqual([]);
  });

  test('a release branch out of support is left to unsupported-branch (it no longer moves)', () => {
    const ctx = lockContext({
      root: { inputs: { nixpkgs: 'nixpkgs' } },
      nixpkgs: gh('NixOS', 'nixpkgs', { ref: 'nixos-20.03', lastModified: nowSec - 2000 * DAY }),
    });
    expect(run('freshness/stale-input', ctx)).toEqual([]);
    expect(run('freshness/unsupported-branch', ctx)).toHaveLength(1);
  });

  test('one short line per input; the update commands are said once, under the findings', () => {
    const ctx = lockContext({
      root: { inputs: { nixpkgs: 'nixpkgs', small: 'small', master: 'master' } },
      nixpkgs: gh('NixOS', 'nixpkgs', { ref: 'nixos-unstable', lastModified: nowSec - 45 * DAY }),
      small: gh('NixOS', 'nixpkgs', { ref: 'nixos-unstable-small', lastModified: nowSec - 45 * DAY }),
      master: gh('NixOS', 'nixpkgs', { ref: 'master', lastModified: nowSec - 45 * DAY }),
    });
    const { findings, notices } = runRules(ctx, RULES);
    const stale = findings.filter((f) => f.rule === 'freshness/stale-input');
    expect(stale).toHaveLength(3);
    for (const f of stale) {
      expect(f.message.length).toBeLessThan(100);
      expect(f.message).not.toContain('nix flake');
    }
    const summary = renderSummary(
      { flakes: [{ dir: '.', ctx, findings, notices, failOn: 'error' }] },
      { graphs: false },
    );
    expect(summary.match(/nix flake update NAME/g)).toHaveLength(1);
    expect(summary).toContain('To update the 3 stale inputs: `nix flake update NAME`');
    const text = formatText(findings, notices, { color: false, flakes: 1 });
    expect(text.match(/nix flake update/g)).toHaveLength(1);
  });
});

describe('release branches', () => {
  // the seed guide's first flake (nixos-flakes-guide.md): home-manager release-22.11 next to nixos-unstable
  const guide = `{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    home-manager = {
      url = "github:nix-community/home-manager/release-22.11";
      inputs.nixpkgs.follows = "nixpkgs";
    };
  };
  outputs = { self, nixpkgs, ... }@inputs: { };
}
`;

  test('home-manager release-22.11 next to nixpkgs nixos-unstable: a mismatch, and a release out of support', () => {
    const ctx = filesContext(guide);
    const mismatch = run('freshness/release-mismatch', ctx);
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]).toMatchObject({ file: 'flake.nix', line: 5, input: 'home-manager' });
    expect(mismatch[0]!.message).toBe(
      "input 'home-manager' tracks release-22.11 (NixOS 22.11) but is used with nixpkgs 'nixpkgs' on unstable: use home-manager's default branch with unstable, or a nixos-22.11 nixpkgs",
    );
    const unsupported = run('freshness/unsupported-branch', ctx);
    expect(unsupported.map((f) => f.message)).toEqual([
      "input 'home-manager' tracks release-22.11, for NixOS 22.11, out of support since 2023-06-30; the nixpkgs it is used with is unstable (see freshness/release-mismatch)",
    ]);
    // no automatic move to another release branch: the mismatch says what to do
    expect(unsupported[0]!.fix).toBeUndefined();
  });

  test('the same release on both sides is fine; Home Manager master next to a nixpkgs release is not', () => {
    const same = guide.replace('nixos-unstable', 'nixos-26.05').replace('release-22.11', 'release-26.05');
    expect(run('freshness/release-mismatch', filesContext(same))).toEqual([]);
    expect(run('freshness/unsupported-branch', filesContext(same))).toEqual([]);
    const master = guide.replace('nixos-unstable', 'nixos-26.05').replace('/release-22.11', '');
    expect(run('freshness/release-mismatch', filesContext(master)).map((f) => f.message)).toEqual([
      "input 'home-manager' follows its default branch (for nixpkgs unstable) but is used with nixpkgs 'nixpkgs' on nixos-26.05 (26.05): use its 26.05 release branch",
    ]);
    const other = guide.replace('release-22.11', 'release-26.05').replace('nixos-unstable', 'nixos-25.11');
    expect(run('freshness/release-mismatch', filesContext(other))[0]!.message).toContain(
      "tracks release-26.05 (NixOS 26.05) but is used with nixpkgs 'nixpkgs' on nixos-25.11 (25.11)",
    );
  });

  test('in the lock: nix-darwin follows the nixpkgs it is locked with', () => {
    const ctx = lockContext({
      root: {
        inputs: {
          'nixpkgs-stable': 'nixpkgs-stable',
          'nixpkgs-unstable': 'nixpkgs-unstable',
          darwin: 'darwin',
          darwin2: 'darwin2',
        },
      },
      'nixpkgs-stable': gh('NixOS', 'nixpkgs', { ref: 'nixpkgs-26.05-darwin', rev: 'a'.repeat(40) }),
      'nixpkgs-unstable': gh('NixOS', 'nixpkgs', { ref: 'nixpkgs-unstable', rev: 'b'.repeat(40) }),
      darwin: {
        ...gh('nix-darwin', 'nix-darwin', { ref: 'nix-darwin-26.05' }),
        inputs: { nixpkgs: ['nixpkgs-unstable'] },
      },
      darwin2: { ...gh('LnL7', 'nix-darwin', { ref: 'master' }), inputs: { nixpkgs: ['nixpkgs-stable'] } },
    });
    expect(run('freshness/release-mismatch', ctx).map((f) => [f.input, f.file])).toEqual([
      ['darwin', 'flake.lock'],
      ['darwin2', 'flake.lock'],
    ]);
  });

  test('two nixpkgs inputs on purpose, and flakes that are not release-branched, stay quiet', () => {
    const ctx = filesContext(`{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
  inputs.nixpkgs-stable.url = "github:NixOS/nixpkgs/nixos-26.05";
  inputs.sops-nix.url = "github:Mic92/sops-nix";
  inputs.tool.url = "github:o/tool/release-1.0";
  outputs = { self, ... }: { };
}
`);
    expect(runRules(ctx, RULES).findings.filter((f) => f.rule.startsWith('freshness/'))).toEqual([]);
  });

  test('home-manager on a release out of support, with a supported nixpkgs release: moves to that release', () => {
    const ctx = filesContext(guide.replace('nixos-unstable', 'nixos-26.05'));
    const [f] = run('freshness/unsupported-branch', ctx);
    expect(f!.message).toMatch(
      /tracks release-22\.11, for NixOS 22\.11, out of support since 2023-06-30; move to release-26\.05$/,
    );
    expect(f!.fix!.text).toBe('url = "github:nix-community/home-manager/release-26.05";');
  });
});

describe('freshness/unpublished-branch', () => {
  test('a NixOS/nixpkgs ref NixOS never publishes is reported on the url', () => {
    const ctx = filesContext(`{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/this-should-fail";
  outputs = { self, ... }: { };
}
`);
    const f = run('freshness/unpublished-branch', ctx);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ file: 'flake.nix', line: 2, column: 24, input: 'nixpkgs' });
    expect(f[0]!.message).toBe(
      "input 'nixpkgs' takes NixOS/nixpkgs at 'this-should-fail', which NixOS does not publish: use nixos-unstable or a nixos-YY.MM release branch",
    );
  });

  test.each([
    'master',
    'nixos-unstable',
    'nixos-unstable-small',
    'nixpkgs-unstable',
    'nixos-26.05',
    'nixos-26.05-small',
    'nixpkgs-26.05-darwin',
    'release-26.05',
    'staging',
    'staging-next',
    'staging-26.05',
    'staging-next-26.05',
    'haskell-updates',
    'python-updates',
    '24.05',
    'refs/heads/nixos-unstable',
  ])('%s is published', (ref) => {
    expect(isPublishedNixpkgsRef(ref)).toBe(true);
    const ctx = lockContext({ root: { inputs: { nixpkgs: 'nixpkgs' } }, nixpkgs: gh('NixOS', 'nixpkgs', { ref }) });
    expect(run('freshness/unpublished-branch', ctx)).toEqual([]);
  });

  test.each(['this-should-fail', 'nixos-unstabel', 'nixos-24.13', 'nixpkgs-24.05', 'main', 'v1.0'])(
    '%s is not',
    (ref) => {
      expect(isPublishedNixpkgsRef(ref)).toBe(false);
    },
  );

  test("a fork's branches and the registry's nixpkgs are judged as they should be", () => {
    const ctx = lockContext({
      root: { inputs: { fork: 'fork', reg: 'reg' } },
      fork: gh('someone', 'nixpkgs', { ref: 'my-feature' }),
      reg: {
        ...gh('NixOS', 'nixpkgs', { rev: 'c'.repeat(40) }),
        original: { id: 'nixpkgs', ref: 'nixos-unstabel', type: 'indirect' },
      },
    });
    expect(run('freshness/unpublished-branch', ctx).map((f) => f.input)).toEqual(['reg']);
  });
});

describe('the release calendar on branch names', () => {
  test('nix-darwin release branches, and the same branch for another release', () => {
    expect(releaseOfBranch('nix-darwin-24.11')?.name).toBe('24.11');
    expect(branchForRelease('nixos-25.05-small', releaseOfBranch('nixos-26.11')!)).toBe('nixos-26.11-small');
    expect(branchForRelease('nixpkgs-25.05-darwin', releaseOfBranch('nixos-26.11')!)).toBe('nixpkgs-26.11-darwin');
    expect(branchForRelease('nixos-unstable', releaseOfBranch('nixos-26.11')!)).toBeUndefined();
  });
});

describe('fix: move a release branch in flake.nix', () => {
  const text = `{
  description = "a flake";   # keep me
  inputs = {
    nixpkgs.url   =   "github:NixOS/nixpkgs/nixos-25.05";
    darwin.url = "github:NixOS/nixpkgs?ref=nixpkgs-25.05-darwin";
    hm = { url = "github:nix-community/home-manager/release-25.05"; inputs.nixpkgs.follows = "nixpkgs"; };
  };
  outputs = { self, ... }: { };
}
`;

  test('on 2026-12-02 nixos-25.05 moves to nixos-26.11, keeping every other byte', () => {
    const ctx = filesContext(text, undefined, DEC_2026);
    const { findings, notices } = runRules(ctx, RULES);
    const plan = planFixes({ dir: '.', ctx, findings, notices, failOn: 'error' })!;
    expect(plan.after).toBe(
      text
        .replace('nixos-25.05', 'nixos-26.11')
        .replace('nixpkgs-25.05-darwin', 'nixpkgs-26.11-darwin')
        .replace('release-25.05', 'release-26.11'),
    );
    expect(plan.applied.map((f) => f.input)).toEqual(['nixpkgs', 'darwin', 'hm']);
    const after = filesContext(plan.after, undefined, DEC_2026);
    expect(runRules(after, RULES).findings.filter((f) => f.rule.startsWith('freshness/'))).toEqual([]);
  });

  test('nixos-26.05 is still supported on 2026-12-02 (until 2026-12-31): nothing to move', () => {
    const ctx = filesContext(text.replace(/25\.05/g, '26.05'), undefined, DEC_2026);
    expect(run('freshness/unsupported-branch', ctx)).toEqual([]);
    const jan = filesContext(text.replace(/25\.05/g, '26.05'), undefined, new Date('2027-01-01T00:00:00Z'));
    expect(run('freshness/unsupported-branch', jan)).toHaveLength(3);
  });

  test('a url with an interpolation or in another string form gets a description, no edit', () => {
    const odd = `{
  inputs.nixpkgs.url = ''github:NixOS/nixpkgs/nixos-25.05'';
  outputs = { self, ... }: { };
}
`;
    const [f] = run('freshness/unsupported-branch', filesContext(odd, undefined, DEC_2026));
    expect(f!.fix).toMatchObject({ description: 'Move nixpkgs from nixos-25.05 to nixos-26.11', edits: [] });
  });
});
