import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MemoryLogger } from '../../../src/core/ports.js';
import { ExecError, UserError } from '../../../src/core/errors.js';
import { createNix } from '../../../src/nix-cli/nix.js';
import { nixFeatures, parseNixVersion } from '../../../src/nix-cli/nix-version.js';
import { nodeFs } from '../../../src/workspace/fs.js';
import { updatePort } from '../../../src/app/update-nix.js';
import { runUpdate } from '../../../src/app/update.js';
import type { UpdateRequest } from '../../../src/app/plan.js';
import { fakeNix, kindOf, lockText, REV_A, REV_B, type FakeNixOptions } from '../update/fake-nix.js';

let dir: string;
const ORIGINAL = lockText(REV_A, 'nixpkgs', 1_700_000_000);

beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'fs-update-'));
  await fsp.writeFile(path.join(dir, 'flake.nix'), '{ outputs = _: { }; }\n');
  await fsp.writeFile(path.join(dir, 'flake.lock'), ORIGINAL);
});
afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

function engine(
  configurations: number,
  breakAfter?: string,
  nextLock?: string,
  listingFails?: 'before' | 'after',
  more: Partial<FakeNixOptions> = {},
) {
  const fake = fakeNix(dir, {
    configurations,
    ...(breakAfter ? { breakAfter } : {}),
    ...(nextLock ? { nextLock } : {}),
    ...(listingFails ? { listingFails } : {}),
    ...more,
  });
  const logger = new MemoryLogger();
  const options = { nixOptions: [], acceptFlakeConfig: false };
  const nix = createNix({
    runner: fake.runner,
    features: nixFeatures(parseNixVersion('nix (Nix) 2.8.0')),
    options,
    logger,
  });
  const deps = {
    nix: updatePort(nix),
    fs: nodeFs,
    logger,
    clock: { now: () => new Date('2023-11-30T00:00:00Z') },
  };
  return { ...fake, deps, logger };
}

const request = (over: Partial<UpdateRequest> = {}): UpdateRequest => ({
  workspace: dir,
  paths: ['.'],
  inputs: [],
  build: { mode: 'auto' },
  dryRun: true,
  ...over,
});

describe('the number of Nix processes is fixed', () => {
  test.each([1, 4, 40])(
    'with %i configurations: version, update, one eval per side, then one build and one path-info of both sides',
    async (n) => {
      const e = engine(n);
      const report = await runUpdate(request(), e.deps);
      expect(e.calls.map(kindOf)).toEqual(['--version', 'update', 'eval', 'eval', 'build', 'path-info']);
      const configurations = report.flakes[0]!.configurations;
      expect(configurations).toHaveLength(n + 1);
      // One build call carries every derivation both listings evaluated (nothing is evaluated again): every output
      // reads nixpkgs, so each changed and is built before and after.
      const builds = e.calls.filter((c) => kindOf(c) === 'build');
      expect(builds[0]!.args.filter((x) => x.endsWith('.drv'))).toHaveLength(2 * (n + 1));
      expect(builds[0]!.args.some((x) => x.includes('#'))).toBe(false);
      expect(builds[0]!.args).toEqual(expect.arrayContaining(['--keep-going', '--no-link']));
      // Nix prints the results sorted by derivation path; each configuration still gets its own.
      for (const c of configurations) {
        const own = c.kind === 'nixos' ? `nixos-system-${c.name}` : c.name;
        expect([c.name, c.before.outPaths, c.after.outPaths]).toEqual([
          c.name,
          [expect.stringMatching(new RegExp(`-${own}-2\\.12$`))],
          [expect.stringMatching(new RegExp(`-${own}-2\\.13$`))],
        ]);
      }
    },
  );

  test('an up-to-date lock costs the update call only: nothing is built', async () => {
    const e = engine(3, undefined, ORIGINAL);
    const report = await runUpdate(request(), e.deps);
    expect(e.calls.map(kindOf)).toEqual(['--version', 'update']);
    expect(report.flakes[0]!.inputs).toEqual([]);
    expect(report.flakes[0]!.configurations).toEqual([]);
  });

  test('build: none evaluates and builds nothing; a list is one evaluation of exactly the list, then one build', async () => {
    const none = engine(3);
    await runUpdate(request({ build: { mode: 'none' } }), none.deps);
    expect(none.calls.map(kindOf)).toEqual(['--version', 'update']);
    const list = engine(3);
    const report = await runUpdate(
      request({ build: { mode: 'list', attrs: ['nixosConfigurations.host2.config.system.build.toplevel'] } }),
      list.deps,
    );
    expect(list.calls.map(kindOf)).toEqual(['--version', 'update', 'eval attrs', 'eval attrs', 'build', 'path-info']);
    const [host2] = report.flakes[0]!.configurations;
    expect([host2!.name, host2!.after.status]).toEqual(['host2', 'built']);
    expect(host2!.after.outPaths).toEqual([expect.stringMatching(/-nixos-system-host2-2\.13$/)]);
  });
});

describe('only what changed is built', () => {
  const drvsOf = (c: { args: readonly string[] }): string[] =>
    c.args.filter((x) => x.endsWith('.drv')).map((x) => x.replace(/^\/nix\/store\/[0-9a-z]{32}-/, ''));

  test('a lock-only change (no derivation reads the new revision): both sides evaluated, nothing built', async () => {
    const e = engine(3, undefined, undefined, undefined, { reads: [] });
    const report = await runUpdate(request({ dryRun: false }), e.deps);
    expect(e.calls.map(kindOf)).toEqual(['--version', 'update', 'eval', 'eval']);
    expect(e.calls.filter((c) => kindOf(c) === 'build')).toHaveLength(0);
    const flake = report.flakes[0]!;
    expect(flake.inputs.map((c) => c.name)).toEqual(['nixpkgs']);
    expect(flake.lock.after).not.toBe(flake.lock.before);
    expect(flake.configurations.map((c) => [c.name, c.before.status, c.after.status])).toEqual([
      ['host0', 'unchanged', 'unchanged'],
      ['host1', 'unchanged', 'unchanged'],
      ['host2', 'unchanged', 'unchanged'],
      ['hello', 'unchanged', 'unchanged'],
    ]);
    expect(flake.configurations[0]!.after.drvPath).toMatch(/-nixos-system-host0-2\.12\.drv$/);
    expect(flake.configurations.every((c) => c.diff === undefined)).toBe(true);
  });

  test('a change touching two of three outputs: one build of exactly those two, before and after', async () => {
    const e = engine(2, undefined, undefined, undefined, { reads: ['host1', 'hello'] });
    const report = await runUpdate(request(), e.deps);
    expect(e.calls.map(kindOf)).toEqual(['--version', 'update', 'eval', 'eval', 'build', 'path-info']);
    const builds = e.calls.filter((c) => kindOf(c) === 'build');
    expect(builds).toHaveLength(1);
    expect(drvsOf(builds[0]!).sort()).toEqual([
      'hello-2.12.drv',
      'hello-2.13.drv',
      'nixos-system-host1-2.12.drv',
      'nixos-system-host1-2.13.drv',
    ]);
    const byName = new Map(report.flakes[0]!.configurations.map((c) => [c.name, c]));
    expect(byName.get('host0')!.before.status).toBe('unchanged');
    expect(byName.get('host0')!.after.status).toBe('unchanged');
    for (const name of ['host1', 'hello']) {
      expect([name, byName.get(name)!.before.status, byName.get(name)!.after.status]).toEqual([name, 'built', 'built']);
    }
    expect(byName.get('host1')!.diff?.changes.find((p) => p.name === 'hello')?.kind).toBe('upgraded');
  });

  test('an output that no longer evaluates is not unchanged: its before side is built, its failure reported', async () => {
    const e = engine(3, undefined, undefined, undefined, { reads: [], throwsAfter: 'host1' });
    const report = await runUpdate(request(), e.deps);
    const builds = e.calls.filter((c) => kindOf(c) === 'build');
    expect(builds.map(drvsOf)).toEqual([['nixos-system-host1-2.12.drv']]);
    const byName = new Map(report.flakes[0]!.configurations.map((c) => [c.name, c]));
    expect(byName.get('host1')!.before.status).toBe('built');
    expect(byName.get('host1')!.after.failure?.message).toBe('evaluation failed: host1: assertion failed');
    for (const name of ['host0', 'host2', 'hello']) expect(byName.get(name)!.after.status).toBe('unchanged');
  });
});

describe('the report', () => {
  test('inputs diffed by path although nixpkgs became node nixpkgs_2; package versions per configuration', async () => {
    const e = engine(2);
    const report = await runUpdate(request(), e.deps);
    const flake = report.flakes[0]!;
    expect(flake.inputs.map((c) => [c.name, c.kind, c.before?.rev, c.after?.rev, c.spanDays, c.ageDays])).toEqual([
      ['nixpkgs', 'updated', REV_A, REV_B, 10, 5],
    ]);
    expect(report.nixVersion).toBe('nix (Nix) 2.8.0');
    for (const c of flake.configurations) {
      expect(c.diff?.changes.map((p) => [p.name, p.kind, p.removed, p.added])).toEqual(
        expect.arrayContaining([['hello', 'upgraded', ['2.12'], ['2.13']]]),
      );
    }
    expect(flake.system).toBe('x86_64-linux');
  });

  test('a configuration the update breaks is a failure with its log; the others still diff', async () => {
    const e = engine(3, 'host1');
    const report = await runUpdate(request(), e.deps);
    const byName = new Map(report.flakes[0]!.configurations.map((c) => [c.name, c]));
    const broken = byName.get('host1')!;
    expect(broken.before.status).toBe('built');
    expect(broken.after.status).toBe('failed');
    expect(broken.after.failure).toMatchObject({
      side: 'after',
      attr: 'nixosConfigurations.host1.config.system.build.toplevel',
      logTail: 'configuring\nbuilding\nboom: the update broke me',
    });
    expect(broken.after.failure!.message).toMatch(/^builder for '\/nix\/store\/.*-broken-dep-2\.13\.drv' failed/);
    expect(broken.diff).toBeUndefined();
    for (const name of ['host0', 'host2']) {
      expect(byName.get(name)!.diff?.changes.find((p) => p.name === 'hello')?.kind).toBe('upgraded');
    }
    // Failure attribution adds a fixed number of calls: the derivation graph, a build of the derivations that did
    // build (Nix printed no JSON; nothing is built again), one log.
    expect(e.calls.map(kindOf)).toEqual([
      '--version',
      'update',
      'eval',
      'eval',
      'build',
      'path-info --derivation',
      'build',
      'path-info',
      'log',
    ]);
    const rebuild = e.calls.filter((c) => kindOf(c) === 'build').at(-1)!;
    // Both sides' derivations but the broken one: host0..2 and hello on 2.12, host0, host2 and hello on 2.13.
    expect(rebuild.args.filter((x) => x.endsWith('.drv'))).toHaveLength(7);
    expect(rebuild.args.some((x) => x.includes('-nixos-system-host1-2.13'))).toBe(false);
  });
});

describe('outputs that do not evaluate', () => {
  test('one that throws after the update: an evaluation failure, found by evaluating it alone', async () => {
    const e = engine(3, undefined, undefined, undefined, { throwsAfter: 'host1' });
    const report = await runUpdate(request(), e.deps);
    const byName = new Map(report.flakes[0]!.configurations.map((c) => [c.name, c]));
    expect(byName.get('host1')!.after.failure).toMatchObject({
      side: 'after',
      attr: 'nixosConfigurations.host1.config.system.build.toplevel',
      message: 'evaluation failed: host1: assertion failed',
    });
    expect(byName.get('host1')!.after.failure!.drvPath).toBeUndefined();
    for (const name of ['host0', 'host2', 'hello']) expect(byName.get(name)!.after.status).toBe('built');
    expect(e.calls.map(kindOf).slice(2)).toEqual(['eval', 'eval', 'eval one', 'build', 'path-info']);
    // Four derivations before, three after (host1 has none).
    expect(
      e.calls
        .filter((c) => kindOf(c) === 'build')
        .at(-1)!
        .args.filter((x) => x.endsWith('.drv')),
    ).toHaveLength(7);
  });

  test('one that fails in a way tryEval cannot catch: listed by name, then each evaluated alone', async () => {
    const e = engine(2, undefined, undefined, undefined, { failsAfter: 'host0' });
    const report = await runUpdate(request(), e.deps);
    const flake = report.flakes[0]!;
    expect(flake.listingError).toBeUndefined();
    expect(flake.configurations.map((c) => [c.name, c.after.status, c.after.failure?.message])).toEqual([
      ['host0', 'failed', "evaluation failed: attribute 'oldOption' missing"],
      ['host1', 'built', undefined],
      ['hello', 'built', undefined],
    ]);
    expect(flake.configurations[0]!.after.failure!.logTail).toContain('at flake.nix:9:7');
    expect(e.calls.map(kindOf).slice(2)).toEqual([
      'eval',
      'eval',
      'eval names',
      'eval one',
      'eval one',
      'eval one',
      'build',
      'path-info',
    ]);
  });

  test('after the update: reported, and the list from before is built', async () => {
    const e = engine(2, undefined, undefined, 'after');
    const report = await runUpdate(request(), e.deps);
    const flake = report.flakes[0]!;
    expect(flake.listingError).toBe("attribute 'mkSystem' missing");
    expect(flake.configurations.map((c) => [c.name, c.after.status])).toEqual([
      ['host0', 'built'],
      ['host1', 'built'],
      ['hello', 'built'],
    ]);
    // The listing and the listing by name fail; the list from before is one evaluation.
    expect(e.calls.map(kindOf)).toEqual([
      '--version',
      'update',
      'eval',
      'eval',
      'eval names',
      'eval attrs',
      'build',
      'path-info',
    ]);
  });

  test('before the update: a user error naming flake.nix, and the lock restored', async () => {
    const e = engine(2, undefined, undefined, 'before');
    await expect(runUpdate(request({ dryRun: false }), e.deps)).rejects.toMatchObject({
      message: "the outputs of the flake cannot be evaluated before the update: attribute 'mkSystem' missing",
      file: 'flake.nix',
    });
    expect(await fsp.readFile(path.join(dir, 'flake.lock'), 'utf8')).toBe(ORIGINAL);
  });
});

describe('the lock', () => {
  test('dry run: the original lock is back byte for byte', async () => {
    await runUpdate(request({ dryRun: true }), engine(2).deps);
    expect(await fsp.readFile(path.join(dir, 'flake.lock'), 'utf8')).toBe(ORIGINAL);
  });

  test("without dry run the lock is Nix's new one, and the report carries both texts", async () => {
    const report = await runUpdate(request({ dryRun: false }), engine(2).deps);
    const now = await fsp.readFile(path.join(dir, 'flake.lock'), 'utf8');
    expect(now).toBe(lockText(REV_B, 'nixpkgs_2', 1_700_864_000));
    expect(report.flakes[0]!.lock).toEqual({ before: ORIGINAL, after: now });
  });

  test('any failure restores the original lock byte for byte', async () => {
    const e = engine(2);
    const failing = {
      ...e.deps,
      nix: { ...e.deps.nix, pathInfoClosure: () => Promise.reject(new Error('disk on fire')) },
    };
    await expect(runUpdate(request({ dryRun: false }), failing)).rejects.toThrow('disk on fire');
    expect(await fsp.readFile(path.join(dir, 'flake.lock'), 'utf8')).toBe(ORIGINAL);
  });

  test('several flakes: when one fails, the ones updated before it are restored too', async () => {
    for (const sub of ['a', 'b']) {
      await fsp.mkdir(path.join(dir, sub));
      await fsp.writeFile(path.join(dir, sub, 'flake.nix'), '{ outputs = _: { }; }\n');
      await fsp.writeFile(path.join(dir, sub, 'flake.lock'), ORIGINAL);
    }
    const fake = fakeNix(dir, { configurations: 1, updateFailsIn: path.join(dir, 'b') });
    const e = engine(1);
    const nix = createNix({
      runner: fake.runner,
      features: nixFeatures(parseNixVersion('nix (Nix) 2.8.0')),
      options: { nixOptions: [], acceptFlakeConfig: false },
      logger: e.logger,
    });
    const deps = { ...e.deps, nix: { ...e.deps.nix, updateLock: nix.updateLock.bind(nix) } };
    await expect(
      runUpdate(request({ paths: ['a', 'b'], dryRun: false, build: { mode: 'none' } }), deps),
    ).rejects.toThrow('offline');
    expect(await fsp.readFile(path.join(dir, 'a', 'flake.lock'), 'utf8')).toBe(ORIGINAL);
    expect(await fsp.readFile(path.join(dir, 'b', 'flake.lock'), 'utf8')).toBe(ORIGINAL);
  });

  test('a lock Nix writes that cannot be read: restored, and a clear error', async () => {
    const e = engine(1, undefined, '{ not json');
    await expect(runUpdate(request({ dryRun: false }), e.deps)).rejects.toThrow();
    expect(await fsp.readFile(path.join(dir, 'flake.lock'), 'utf8')).toBe(ORIGINAL);
  });
});

describe('preflight', () => {
  test('a missing flake.lock says what to run', async () => {
    await fsp.rm(path.join(dir, 'flake.lock'));
    const e = engine(1);
    await expect(runUpdate(request(), e.deps)).rejects.toThrow(UserError);
    await expect(runUpdate(request(), e.deps)).rejects.toMatchObject({
      file: 'flake.lock',
      hint: expect.stringContaining('nix flake lock'),
    });
  });

  test('an input that is not in the lock is named before anything runs', async () => {
    const e = engine(1);
    await expect(runUpdate(request({ inputs: ['nixpgks'] }), e.deps)).rejects.toMatchObject({
      message: "no input 'nixpgks' in flake.lock",
    });
    expect(e.calls.map(kindOf)).toEqual(['--version']);
  });

  test('listed and nested inputs are passed to Nix', async () => {
    const e = engine(1);
    await runUpdate(request({ inputs: ['nixpkgs', 'home-manager/nixpkgs'], build: { mode: 'none' } }), e.deps);
    const update = e.calls.find((c) => kindOf(c) === 'update')!;
    expect(update.args).toEqual(expect.arrayContaining(['--update-input', 'nixpkgs', 'home-manager/nixpkgs']));
  });

  test('no Nix on PATH is a user error naming the step to add', async () => {
    const e = engine(1);
    const version = () => Promise.reject(new ExecError(['nix', '--version'], null, '', 'nix: command not found'));
    const missing = { ...e.deps, nix: { ...e.deps.nix, version } };
    await expect(runUpdate(request(), missing)).rejects.toThrow(UserError);
    await expect(runUpdate(request(), missing)).rejects.toMatchObject({
      hint: expect.stringContaining('nix-installer-action'),
    });
  });
});
