/**
 * Bisect end to end (run `npm run bundle` first): the bundled CLI (`node dist/cli.js update`) with real Nix on the
 * local world where one update moves three root inputs (nixpkgs, themes, fonts) and nixpkgs breaks `alpha`. The
 * report names nixpkgs with the log tail; the lock written moves the other two, Nix accepts it as it is, and it
 * builds; the run succeeds (the proposed update builds); extra builds within the bound. With `--bisect false` the
 * old behaviour: the failure, exit 1, nothing held back.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../support/action.js';
import { makeBisectWorld, VERSIONS, type BisectWorld } from '../integration/update/bisect-world.js';
import { git } from '../integration/update/update-world.js';

const ALPHA = 'nixosConfigurations.alpha.config.system.build.toplevel';

let world: BisectWorld;
let lockFile: string;
let before: string;
let revs: { nixpkgs: string; themes: string; fonts: string };

interface Json {
  heldBack: { flake: string; input: string; targets: string[]; evidence: { logTail: string } }[];
  bisectBuilds: number;
  failures: { attr: string }[];
  updatedInputs: { input: string }[];
  flakes: { inputs: { name: string }[]; heldBackInputs: { name: string }[] }[];
}

const lockedRev = (text: string, input: string): string | undefined => {
  const lock = JSON.parse(text) as { root: string; nodes: Record<string, { inputs?: Record<string, string>; locked?: { rev?: string } }> };
  const key = lock.nodes[lock.root]!.inputs![input]!;
  return lock.nodes[key]!.locked?.rev;
};

beforeAll(() => {
  world = makeBisectWorld();
  lockFile = path.join(world.flake, 'flake.lock');
  before = readFileSync(lockFile, 'utf8');
  revs = {
    nixpkgs: world.bumpNixpkgs({ ...VERSIONS, curl: '8.10.0' }, ['curl']),
    themes: world.bumpSource(world.themes, 'light serif'),
    fonts: world.bumpSource(world.fonts, 'serif'),
  };
}, 120_000);

afterAll(() => world?.dispose());

test('--bisect false: the old behaviour, exit 1, nothing held back, the lock untouched in a dry run', () => {
  const r = runCli(['update', world.flake, '--dry-run', '--format', 'json', '--bisect', 'false'], { cwd: world.root });
  expect(r.code).toBe(1);
  const json = JSON.parse(r.stdout) as Json;
  expect(json.heldBack).toEqual([]);
  expect(json.bisectBuilds).toBe(0);
  expect(json.failures.map((f) => f.attr)).toEqual([ALPHA]);
  expect(readFileSync(lockFile, 'utf8')).toBe(before);
}, 240_000);

test('bisect: nixpkgs held back with the log tail; the lock written moves themes and fonts, Nix accepts it, it builds', () => {
  const r = runCli(['update', world.flake, '--format', 'json', '--bisect-max-builds', '8'], { cwd: world.root });
  try {
    expect({ code: r.code, stderr: r.stderr.split('\n').filter((l) => /error/.test(l)) }).toEqual({ code: 0, stderr: [] });
    const json = JSON.parse(r.stdout) as Json;
    expect(json.heldBack.map((h) => [h.flake, h.input, h.targets])).toEqual([['.', 'nixpkgs', [ALPHA]]]);
    expect(json.heldBack[0]!.evidence.logTail).toContain('curl: test suite failed');
    expect(json.bisectBuilds).toBeGreaterThan(0);
    expect(json.bisectBuilds).toBeLessThanOrEqual(8);
    // the inputs reported as updated are those the written lock moves; nixpkgs is held back, not updated
    expect(json.flakes[0]!.inputs.map((c) => c.name).sort()).toEqual(['fonts', 'themes']);
    expect(json.flakes[0]!.heldBackInputs.map((c) => c.name)).toEqual(['nixpkgs']);
    expect(json.updatedInputs.map((u) => u.input).sort()).toEqual(['fonts', 'themes']);
    const written = readFileSync(lockFile, 'utf8');
    expect(lockedRev(written, 'nixpkgs')).toBe(lockedRev(before, 'nixpkgs'));
    expect(lockedRev(written, 'themes')).toBe(revs.themes);
    expect(lockedRev(written, 'fonts')).toBe(revs.fonts);
    execFileSync('nix', ['flake', 'metadata', world.flake], { stdio: 'ignore' });
    expect(readFileSync(lockFile, 'utf8')).toBe(written);
    const built = JSON.parse(
      execFileSync('nix', ['build', '--no-link', '--json', `${world.flake}#${ALPHA}`], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    ) as { outputs: { out: string } }[];
    expect(readFileSync(built[0]!.outputs.out, 'utf8')).toContain('light serif');
  } finally {
    git(world.flake, 'checkout', 'flake.lock');
  }
}, 240_000);

test('across a job matrix: the shard that saw the failure bisects it; report equals update, and writes the proposed lock', () => {
  const dir = path.join(world.root, 'matrix');
  const plan = runCli(['plan', world.flake, '--out', `${dir}/plan`, '--format', 'json'], { cwd: world.root });
  expect(plan.code).toBe(0);
  const matrix = JSON.parse(plan.stdout) as { include: { shard: string; targets: string }[] };
  expect(matrix.include.map((m) => m.targets)).toContain('alpha');
  for (const { shard } of matrix.include) {
    const b = runCli(['build', world.flake, '--plan', `${dir}/plan`, '--shard', shard, '--out', `${dir}/builds/${shard}`], {
      cwd: world.root,
    });
    expect({ shard, code: b.code }).toEqual({ shard, code: 0 });
    expect(readFileSync(lockFile, 'utf8')).toBe(before);
  }
  const args = ['--format', 'json', '--on-build-failure', 'report'];
  const report = runCli(['report', world.flake, '--plan', `${dir}/plan`, '--builds', `${dir}/builds`, '--dry-run', ...args], {
    cwd: world.root,
  });
  const single = runCli(['update', world.flake, '--dry-run', ...args], { cwd: world.root });
  expect([report.code, single.code]).toEqual([0, 0]);
  const timeless = (t: string): unknown => JSON.parse(t, (k, v: unknown) => (k === 'ageDays' ? undefined : v));
  expect(timeless(report.stdout)).toEqual(timeless(single.stdout));
  expect((JSON.parse(report.stdout) as Json).heldBack.map((h) => h.input)).toEqual(['nixpkgs']);
  expect(readFileSync(lockFile, 'utf8')).toBe(before);
  try {
    const written = runCli(['report', world.flake, '--plan', `${dir}/plan`, '--builds', `${dir}/builds`, ...args], {
      cwd: world.root,
    });
    expect(written.code).toBe(0);
    const lock = readFileSync(lockFile, 'utf8');
    expect([lockedRev(lock, 'nixpkgs'), lockedRev(lock, 'themes'), lockedRev(lock, 'fonts')]).toEqual([
      lockedRev(before, 'nixpkgs'),
      revs.themes,
      revs.fonts,
    ]);
  } finally {
    git(world.flake, 'checkout', 'flake.lock');
  }
}, 300_000);
