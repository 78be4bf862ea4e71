/**
 * The stages of a matrix update end to end (run `npm run bundle` first), with real Nix on the local flake world of
 * the update integration tests (two NixOS hosts, a Home Manager user, a package, a check): `plan`, then one separate
 * `build` process per shard (each build file in its own artifact folder, as actions/download-artifact lays them
 * out), then `report`, gives the same report as `update --dry-run`; flake.lock is byte-identical throughout. A
 * missing shard, a build file of another plan and a corrupt build file each give one clear line and nothing written.
 * The action runs the plan and the report as GitHub runs it (`node dist/index.js` with INPUT_*).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction, runCli } from '../support/action.js';
import { INITIAL, makeWorld, type World } from '../integration/update/update-world.js';

let world: World;
let dir: string;
let lockBefore: Buffer;
const lockFile = (): string => path.join(world.flake, 'flake.lock');

/** The report JSON without what depends on the moment it was made (input ages). */
function timeless(json: string): unknown {
  return JSON.parse(json, (key, value: unknown) => (key === 'ageDays' ? undefined : value));
}

const cli = (args: string[]) => runCli(args, { cwd: world.root });

beforeAll(() => {
  world = makeWorld();
  // hello (read by both hosts, the user and packages.hello) and git (the user): four targets change, the check not
  world.bumpNixpkgs({ versions: { ...INITIAL.versions, hello: '2.13', git: '2.47.1' } }, 'hello, git');
  lockBefore = readFileSync(lockFile());
  dir = mkdtempSync(path.join(os.tmpdir(), 'fs-matrix-'));
}, 120_000);

afterAll(() => {
  world?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('plan → build per shard → report, as separate processes', () => {
  let matrix: { include: { shard: string; targets: string }[] };
  const planDir = (): string => path.join(dir, 'plan');
  const buildsDir = (): string => path.join(dir, 'builds');

  test('plan: the matrix has one shard per changed target; the lock is left as it was', () => {
    const r = cli(['plan', world.flake, '--out', planDir(), '--format', 'json']);
    expect({ code: r.code, stderr: r.stderr.split('\n').filter((l) => /error/i.test(l)) }).toEqual({ code: 0, stderr: [] });
    matrix = JSON.parse(r.stdout) as typeof matrix;
    expect(matrix).toEqual({
      include: [
        { shard: '0', targets: 'alpha' },
        { shard: '1', targets: 'beta' },
        { shard: '2', targets: 'alice' },
        { shard: '3', targets: 'hello' },
      ],
    });
    expect(readFileSync(lockFile()).equals(lockBefore)).toBe(true);
    const plan = JSON.parse(readFileSync(path.join(planDir(), 'plan.json'), 'utf8')) as {
      format: number;
      id: string;
      flakes: { lock: { before: string; after: string }; targets: { name: string; shard: string | null }[] }[];
    };
    expect(plan.format).toBe(1);
    expect(plan.id).toMatch(/^[0-9a-f]{16}$/);
    expect(plan.flakes[0]!.lock.before).toBe(lockBefore.toString('utf8'));
    expect(plan.flakes[0]!.lock.after).not.toBe(lockBefore.toString('utf8'));
    expect(plan.flakes[0]!.targets.map((t) => [t.name, t.shard])).toEqual([
      ['alpha', '0'],
      ['beta', '1'],
      ['alice', '2'],
      ['hello', '3'],
      ['smoke', null],
    ]);
  }, 120_000);

  test('build: each shard in its own process writes its build file; the lock is left as it was', () => {
    for (const { shard } of matrix.include) {
      const out = path.join(buildsDir(), `build-${shard}`);
      const r = cli(['build', world.flake, '--plan', planDir(), '--shard', shard, '--out', out]);
      expect({ shard, code: r.code, stderr: r.stderr.split('\n').filter((l) => /error/i.test(l)) }).toEqual({
        shard,
        code: 0,
        stderr: [],
      });
      expect(readdirSync(out)).toEqual([`build-${shard}.json`]);
      expect(readFileSync(lockFile()).equals(lockBefore)).toBe(true);
    }
  }, 300_000);

  test('report --format json equals update --dry-run --format json; the lock byte-identical', () => {
    const report = cli([
      'report',
      world.flake,
      '--plan',
      planDir(),
      '--builds',
      buildsDir(),
      '--dry-run',
      '--format',
      'json',
      '--on-build-failure',
      'report',
    ]);
    expect(report.code).toBe(0);
    expect(readFileSync(lockFile()).equals(lockBefore)).toBe(true);
    const update = cli(['update', world.flake, '--dry-run', '--format', 'json', '--on-build-failure', 'report']);
    expect(update.code).toBe(0);
    expect(readFileSync(lockFile()).equals(lockBefore)).toBe(true);
    expect(timeless(report.stdout)).toEqual(timeless(update.stdout));
    const json = JSON.parse(report.stdout) as {
      flakes: { configurations: { name: string; before: { status: string }; after: { status: string } }[] }[];
    };
    expect(json.flakes[0]!.configurations.map((c) => [c.name, c.before.status, c.after.status])).toEqual([
      ['alpha', 'built', 'built'],
      ['beta', 'built', 'built'],
      ['alice', 'built', 'built'],
      ['hello', 'built', 'built'],
      ['smoke', 'unchanged', 'unchanged'],
    ]);
  }, 300_000);

  test('report without --dry-run writes the plan’s new lock, as update does', () => {
    const copy = path.join(dir, 'flake-copy');
    cpSync(world.flake, copy, { recursive: true });
    const r = cli(['report', copy, '--plan', planDir(), '--builds', buildsDir(), '--format', 'json']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(readFileSync(path.join(planDir(), 'plan.json'), 'utf8')) as {
      flakes: { lock: { after: string } }[];
    };
    expect(readFileSync(path.join(copy, 'flake.lock'), 'utf8')).toBe(plan.flakes[0]!.lock.after);
  }, 120_000);

  describe('files that do not fit: one clear line, nothing written', () => {
    /** A builds directory holding the good build files, with `change` applied to it. */
    function variant(name: string, change: (d: string) => void): string {
      const d = path.join(dir, name);
      cpSync(buildsDir(), d, { recursive: true });
      change(d);
      return d;
    }
    const report = (builds: string, extra: string[] = []) =>
      cli(['report', world.flake, '--plan', planDir(), '--builds', builds, '--format', 'json', ...extra]);
    const lines = (stderr: string): string[] => stderr.split('\n').filter((l) => l.trim() !== '');

    test('a missing shard: its targets reported as not built, the run fails (on-build-failure fail)', () => {
      const d = variant('missing', (x) => rmSync(path.join(x, 'build-2'), { recursive: true }));
      const r = report(d, ['--dry-run']);
      expect(r.code).toBe(1);
      expect(lines(r.stderr)).toContain(
        'warning: shard 2 (alice) left no build file: its job failed or was cancelled; reported as not built',
      );
      const json = JSON.parse(r.stdout) as { failures: { attr: string; message: string }[] };
      expect(json.failures.map((f) => [f.attr, f.message])).toEqual([
        [
          'homeConfigurations.alice.activationPackage',
          'not built: shard 2 left no build file (its job failed or was cancelled)',
        ],
      ]);
      expect(readFileSync(lockFile()).equals(lockBefore)).toBe(true);
    }, 120_000);

    test('a build file of another plan: refused naming both ids; the lock not written', () => {
      const plan = JSON.parse(readFileSync(path.join(planDir(), 'plan.json'), 'utf8')) as { id: string };
      const d = variant('foreign', (x) => {
        const f = path.join(x, 'build-1', 'build-1.json');
        writeFileSync(f, readFileSync(f, 'utf8').replace(plan.id, '0123456789abcdef'));
      });
      const r = report(d);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(lines(r.stderr)).toEqual([
        `flake-steward report: ${path.join(d, 'build-1', 'build-1.json')}: error: the build file belongs to plan 0123456789abcdef, not to this plan ${plan.id} (give report the build files of this run only (the artifacts of its build jobs))`,
      ]);
      expect(readFileSync(lockFile()).equals(lockBefore)).toBe(true);
    }, 120_000);

    test('a corrupt build file: refused with the file and what is wrong; the lock not written', () => {
      const d = variant('corrupt', (x) => {
        const f = path.join(x, 'build-0', 'build-0.json');
        writeFileSync(f, readFileSync(f, 'utf8').slice(0, 100));
      });
      const r = report(d);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      const [line, ...rest] = lines(r.stderr);
      expect(rest).toEqual([]);
      // Node words the JSON error itself (it differs between versions)
      expect(line!.startsWith(`flake-steward report: ${path.join(d, 'build-0', 'build-0.json')}: error: the build file is not valid JSON (`)).toBe(true);
      expect(line!.endsWith('(download the build artifacts of this run only, unchanged (actions/download-artifact))')).toBe(true);
      expect(readFileSync(lockFile()).equals(lockBefore)).toBe(true);
    }, 120_000);
  });
});

describe('the action: command plan, build, report, as GitHub runs it', () => {
  test('plan sets matrix, shard-count and plan-dir; build writes one shard; report says the other is missing', () => {
    const env = { GITHUB_WORKSPACE: world.flake, GITHUB_REPOSITORY: 'acme/world' };
    const plan = runAction({ command: 'plan', shards: '2', 'plan-dir': '.fs/plan', 'job-summary': 'true' }, env);
    expect({ code: plan.code, errors: plan.stdout.split('\n').filter((l) => l.startsWith('::error')) }).toEqual({
      code: 0,
      errors: [],
    });
    expect(JSON.parse(plan.outputs['matrix']!)).toEqual({
      include: [
        { shard: '0', targets: 'alpha, beta' },
        { shard: '1', targets: 'alice, hello' },
      ],
    });
    expect(plan.outputs['shard-count']).toBe('2');
    expect(plan.outputs['plan-dir']).toBe(path.join(world.flake, '.fs', 'plan'));
    expect(plan.summary).toContain('shard 1: alice, hello');
    expect(readFileSync(lockFile()).equals(lockBefore)).toBe(true);

    const build = runAction({ command: 'build', shard: '1', 'plan-dir': '.fs/plan', 'builds-dir': '.fs/builds/b1' }, env);
    expect({ code: build.code, errors: build.stdout.split('\n').filter((l) => l.startsWith('::error')) }).toEqual({
      code: 0,
      errors: [],
    });
    expect(build.outputs['build-file']).toBe(path.join(world.flake, '.fs', 'builds', 'b1', 'build-1.json'));
    expect(readFileSync(lockFile()).equals(lockBefore)).toBe(true);

    const report = runAction(
      { command: 'report', 'plan-dir': '.fs/plan', 'builds-dir': '.fs/builds', 'dry-run': 'true' },
      env,
    );
    expect(report.stdout).toContain('::warning::shard 0 (alpha, beta) left no build file');
    expect(report.stdout).not.toContain('shard 1 (alice, hello) left no build file');
    // on-build-failure: draft (the action's default) makes it a warning; nothing published in a dry run
    expect(report.code).toBe(0);
    expect(report.outputs['has-updates']).toBe('true');
    expect(report.outputs['pull-request-operation']).toBe('none');
    expect(report.summary).toContain('not built: shard 0 left no build file');
    expect(report.summary).toContain('Home Manager');
    expect(readFileSync(lockFile()).equals(lockBefore)).toBe(true);
    rmSync(path.join(world.flake, '.fs'), { recursive: true, force: true });
  }, 300_000);

  test('a plan-dir outside the workspace is refused before any Nix work', () => {
    const r = runAction({ command: 'plan', 'plan-dir': '../outside' }, { GITHUB_WORKSPACE: world.flake, PATH: '/nonexistent' });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual([
      "::error::invalid path '../outside' for input 'plan-dir': it is outside the workspace (expected a directory inside the workspace, such as .flake-steward/plan)",
    ]);
  });
});
