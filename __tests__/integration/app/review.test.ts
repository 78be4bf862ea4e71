/**
 * `flake-steward review` on a git repository of a local flake world (real Nix, real git) whose last commit updates
 * flake.lock, as someone's lockfile pull request would: the moved input with both revisions, the package changes per
 * configuration, only the outputs whose derivation changed built, the lint of the head against the base — and the
 * working tree, the index, HEAD and the list of work trees exactly as they were.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main.js';
import { git, INITIAL, makeWorld, type World } from '../update/update-world.js';

let world: World;
let oldRev: string;
let newRev: string;

interface ReviewJson {
  kind: string;
  base: { ref: string; sha: string };
  head: { ref: string; sha: string };
  noFlakeChanges: boolean;
  updatedInputs: { input: string; from: string; to: string }[];
  flakes: {
    configurations: {
      name: string;
      before: { status: string };
      after: { status: string };
      diff?: { changes: { name: string; kind: string; removed: string[]; added: string[] }[] };
    }[];
  }[];
  lint: { introduced: { rule: string; input?: string }[]; present: { rule: string; input?: string }[] };
}

/** Everything a review must leave as it was. */
function repoState(dir: string) {
  return {
    head: git(dir, 'rev-parse', 'HEAD'),
    status: git(dir, 'status', '--porcelain=v1', '--untracked-files=all'),
    index: createHash('sha256').update(readFileSync(path.join(dir, '.git', 'index'))).digest('hex'),
    worktrees: git(dir, 'worktree', 'list', '--porcelain'),
    lock: readFileSync(path.join(dir, 'flake.lock'), 'utf8'),
  };
}

async function review(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['review', world.flake, ...args], {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    cwd: world.root,
    env: process.env,
    isTTY: false,
  });
  return { code, out: out.join(''), err: err.join('') };
}

beforeAll(async () => {
  // Jest's ESM loader can fail to link a Node builtin ('node:crypto' "is not in cache") when the CLI's parallel
  // dynamic imports reach it at once; Node itself does not. The review's modules are loaded once before the tests.
  await import('../../../src/app/review.js');
  await import('../../../src/app/update-ports.js');
  world = makeWorld();
  oldRev = world.rev(world.nixpkgs);
  // the lockfile pull request: hello 2.12 -> 2.13 upstream, flake.lock updated and committed
  newRev = world.bumpNixpkgs({ versions: { ...INITIAL.versions, hello: '2.13' } }, 'hello: 2.12 -> 2.13');
  execFileSync('nix', ['flake', 'lock', '--update-input', 'nixpkgs', world.flake], { stdio: 'ignore' });
  git(world.flake, 'commit', '-q', '-am', 'flake.lock: update nixpkgs');
}, 120_000);

afterAll(() => world?.dispose());

describe('review . --base HEAD~1', () => {
  test('the moved input, the package changes per configuration, only what changed built; the repository untouched', async () => {
    const before = repoState(world.flake);
    const r = await review(['--base', 'HEAD~1', '--format', 'json']);
    expect(repoState(world.flake)).toEqual(before);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as ReviewJson;
    expect(json.kind).toBe('review');
    expect(json.base).toEqual({ ref: 'HEAD~1', sha: git(world.flake, 'rev-parse', 'HEAD~1') });
    expect(json.head.sha).toBe(git(world.flake, 'rev-parse', 'HEAD'));
    expect(json.noFlakeChanges).toBe(false);
    expect(json.updatedInputs.map((u) => [u.input, u.from, u.to])).toEqual([['nixpkgs', oldRev, newRev]]);
    const configs = json.flakes[0]!.configurations;
    expect(configs.map((c) => [c.name, c.before.status, c.after.status])).toEqual([
      ['alpha', 'built', 'built'],
      ['beta', 'built', 'built'],
      ['alice', 'built', 'built'],
      ['hello', 'built', 'built'],
      // the check reads curl only: same derivation on both sides, built on neither
      ['smoke', 'unchanged', 'unchanged'],
    ]);
    for (const c of configs.slice(0, 4)) {
      expect([c.name, c.diff!.changes.filter((p) => p.kind !== 'size').map((p) => [p.name, p.removed, p.added])]).toEqual([
        c.name,
        [['hello', ['2.12'], ['2.13']]],
      ]);
    }
    expect(json.lint.introduced).toEqual([]);
  }, 180_000);

  test('fanned out: plan --base, a build per shard, report equals the review in one process', async () => {
    const before = repoState(world.flake);
    const dir = path.join(world.root, 'matrix-review');
    const run = async (args: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await main(args, {
        stdout: (t) => void out.push(t),
        stderr: (t) => void err.push(t),
        cwd: world.root,
        env: process.env,
        isTTY: false,
      });
      return { code, out: out.join(''), err: err.join('') };
    };
    const plan = await run(['plan', world.flake, '--base', 'HEAD~1', '--out', `${dir}/plan`, '--format', 'json']);
    expect(plan.code).toBe(0);
    const matrix = JSON.parse(plan.out) as { include: { shard: string; targets: string }[] };
    expect(matrix.include.map((m) => m.targets)).toEqual(['alpha', 'beta', 'alice', 'hello']);
    for (const { shard } of matrix.include) {
      const b = await run(['build', world.flake, '--plan', `${dir}/plan`, '--shard', shard, '--out', `${dir}/builds/${shard}`]);
      expect({ shard, code: b.code }).toEqual({ shard, code: 0 });
    }
    const report = await run(['report', world.flake, '--plan', `${dir}/plan`, '--builds', `${dir}/builds`, '--format', 'json']);
    expect(report.code).toBe(0);
    const single = await review(['--base', 'HEAD~1', '--format', 'json']);
    const timeless = (t: string): unknown => JSON.parse(t, (k, v: unknown) => (k === 'ageDays' ? undefined : v));
    expect(timeless(report.out)).toEqual(timeless(single.out));
    expect(repoState(world.flake)).toEqual(before);
  }, 300_000);

  test('Markdown: the comment the action posts, with the hidden marker first', async () => {
    const r = await review(['--base', 'HEAD~1']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('<!-- flake-steward:review -->');
    expect(r.out).toContain('## flake-steward review');
    expect(r.out).toContain('nixpkgs');
    expect(r.out).toContain('2.12');
    expect(r.out).toContain('2.13');
  }, 180_000);

  test('a finding the pull request brings is new; one the base had is already present', async () => {
    const nix = path.join(world.flake, 'flake.nix');
    const text = readFileSync(nix, 'utf8');
    // the head drops home-manager's follows: its own nixpkgs becomes a second copy (the lock is not relocked)
    writeFileSync(nix, text.replace('inputs.nixpkgs.follows = "nixpkgs";', ''));
    try {
      const before = repoState(world.flake);
      const r = await review(['--base', 'HEAD', '--format', 'json', '--build', 'none']);
      expect(repoState(world.flake)).toEqual(before);
      const json = JSON.parse(r.out) as ReviewJson;
      expect(json.lint.introduced.map((f) => [f.rule, f.input])).toEqual([
        ['sync/follows-not-locked', 'home-manager/nixpkgs'],
      ]);
      // the base's own findings (its git+file: inputs), moved down a line or not, are already present
      expect(json.lint.present.map((f) => [f.rule, f.input])).toEqual([
        ['hygiene/local-path-input', 'nixpkgs'],
        ['hygiene/local-path-input', 'home-manager'],
      ]);
    } finally {
      writeFileSync(nix, text);
    }
  }, 180_000);

  test('a head that touches no flake: one line, nothing built', async () => {
    writeFileSync(path.join(world.flake, 'README.md'), 'docs\n');
    git(world.flake, 'add', 'README.md');
    git(world.flake, 'commit', '-q', '-m', 'docs');
    const r = await review(['--base', 'HEAD~1', '--format', 'json']);
    const json = JSON.parse(r.out) as ReviewJson;
    expect(json.noFlakeChanges).toBe(true);
    expect(json.flakes).toEqual([]);
    const md = await review(['--base', 'HEAD~1']);
    expect(md.out.trim().split('\n')).toHaveLength(2);
  }, 180_000);

  test('an unknown base: one line, exit 1', async () => {
    const r = await review(['--base', 'no-such-branch']);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n').filter((l) => l.includes('error'))).toEqual([
      "flake-steward review: error: no commit 'no-such-branch' (the base) in the repository (pass a branch, tag or commit the clone has (actions/checkout with fetch-depth: 0 fetches every one))",
    ]);
  });
});
