/**
 * The update engine against real Nix on a local flake world (no network): a version bump in the fake nixpkgs is
 * found, built before and after, and reported per configuration; a bump that breaks one configuration is reported
 * as that configuration's failure while the others still diff; the lock is restored byte for byte in a dry run.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../../src/cli/main.js';
import { MemoryLogger } from '../../../src/core/ports.js';
import { runProcess, type ProcessRunner } from '../../../src/exec/process.js';
import { renderJson } from '../../../src/render/update-json.js';
import { renderReport } from '../../../src/render/update-report.js';
import type { UpdateReport } from '../../../src/update/update-result.js';
import { runUpdate } from '../../../src/app/update.js';
import { wireUpdate } from '../../../src/app/update-ports.js';
import { normalise } from '../../unit/render/normalise.js';
import { INITIAL, makeWorld, type World } from './update-world.js';

const settings = {
  inputs: [],
  build: { mode: 'auto' as const },
  dryRun: true,
  onBuildFailure: 'report' as const,
  nixOptions: [],
  acceptFlakeConfig: false,
};

/** Nix subcommands run, recorded by a runner that passes every call on to the real one. */
const calls: string[] = [];
/** Each `nix build`: the derivations it was given and the output paths it reported realised. */
const builds: { drvs: string[]; outputs: string[] }[] = [];
const storeName = (p: string): string => p.replace(/^\/nix\/store\/[a-z0-9]{32}-/, '');
const recording: ProcessRunner = async (cmd, args, opts) => {
  calls.push(
    args[0] === 'flake' ? `flake ${args[1]}` : args.includes('--dry-run') ? 'build --dry-run' : (args[0] ?? ''),
  );
  const result = await runProcess(cmd, args, opts);
  if (args[0] === 'build' && !args.includes('--dry-run')) {
    const outputs =
      result.code === 0
        ? (JSON.parse(result.stdout) as { outputs: Record<string, string> }[]).flatMap((r) => Object.values(r.outputs))
        : [];
    builds.push({ drvs: args.filter((a) => a.endsWith('.drv')).map(storeName), outputs: outputs.map(storeName) });
  }
  return result;
};

async function update(world: World, over: { inputs?: string[]; dryRun?: boolean } = {}): Promise<UpdateReport> {
  calls.length = 0;
  builds.length = 0;
  const deps = await wireUpdate({ settings, logger: new MemoryLogger(), runner: recording });
  return runUpdate(
    {
      workspace: world.flake,
      paths: ['.'],
      inputs: over.inputs ?? [],
      build: { mode: 'auto' },
      dryRun: over.dryRun ?? true,
    },
    deps,
  );
}

describe('update on a local flake world', () => {
  let world: World;
  let oldRev: string;
  beforeAll(() => {
    world = makeWorld();
    oldRev = world.rev(world.nixpkgs);
  }, 60_000);
  afterAll(() => world.dispose());

  test('a version bump: the input, both revisions, and the package change in each configuration', async () => {
    const lockBefore = readFileSync(path.join(world.flake, 'flake.lock'));
    const newRev = world.bumpNixpkgs({ versions: { ...INITIAL.versions, hello: '2.13' } }, 'hello: 2.12 -> 2.13');
    const report = await update(world);

    // Five outputs, a fixed number of Nix processes: one update; per side one eval; one build and one path-info of
    // what changed on both sides. The check holds curl only: its derivation is the same, so it is not built.
    expect(calls).toEqual(['--version', 'flake update', 'eval', 'eval', 'build', 'path-info']);
    expect(builds).toHaveLength(1);
    expect(builds[0]!.drvs).toHaveLength(8);
    expect(builds[0]!.drvs.some((d) => d.startsWith('smoke-check'))).toBe(false);

    // Dry run: the original lock, byte for byte.
    expect(readFileSync(path.join(world.flake, 'flake.lock')).equals(lockBefore)).toBe(true);

    const flake = report.flakes[0]!;
    expect(flake.inputs.map((c) => [c.name, c.kind, c.before?.rev, c.after?.rev])).toEqual([
      ['nixpkgs', 'updated', oldRev, newRev],
    ]);
    expect(flake.system).toBe(world.system);
    expect(flake.configurations.map((c) => [c.kind, c.name, c.before.status, c.after.status])).toEqual([
      ['nixos', 'alpha', 'built', 'built'],
      ['nixos', 'beta', 'built', 'built'],
      ['home', 'alice', 'built', 'built'],
      ['package', 'hello', 'built', 'built'],
      ['check', 'smoke', 'unchanged', 'unchanged'],
    ]);
    for (const name of ['alpha', 'beta', 'alice', 'hello']) {
      const c = flake.configurations.find((x) => x.name === name)!;
      const versionChanges = c.diff!.changes.filter((p) => p.kind !== 'size');
      expect([name, versionChanges.map((p) => [p.name, p.kind, p.removed, p.added])]).toEqual([
        name,
        [['hello', 'upgraded', ['2.12'], ['2.13']]],
      ]);
    }
    // Each configuration's result is its own (Nix 2.8 prints `nix build --json` results sorted by path).
    for (const c of flake.configurations.filter((x) => x.after.status === 'built')) {
      const own = {
        alpha: 'nixos-system-alpha-25.11',
        beta: 'nixos-system-beta-25.11',
        alice: 'home-manager-generation',
        hello: 'hello-2.13',
      }[c.name];
      expect([c.name, c.after.outPaths?.[0]?.replace(/^\/nix\/store\/[a-z0-9]{32}-/, '')]).toEqual([c.name, own]);
    }
    // The check does not contain hello: the same derivation, not built, one line in the report.
    expect(flake.configurations.find((x) => x.name === 'smoke')!.diff).toBeUndefined();

    const md = renderReport(report).markdown;
    expect(md).toContain(`\`${oldRev.slice(0, 7)}\``);
    expect(md).toContain(`\`${newRev.slice(0, 7)}\``);
    expect(md).toContain('| hello | 2.12 | 2.13 |');
    expect(md).toContain('Unchanged (same derivation before and after): `checks.smoke`.');
    expect(normalise(md.split(world.root).join('<world>'))).toMatchSnapshot();
    const json = JSON.parse(renderJson(report)) as { updatedInputs: { input: string; from: string; to: string }[] };
    expect(json.updatedInputs).toEqual([expect.objectContaining({ input: 'nixpkgs', from: oldRev, to: newRev })]);
  }, 120_000);

  test('a bump that breaks one configuration: that one fails with its log, the other still diffs', async () => {
    world.bumpNixpkgs(
      { versions: { ...INITIAL.versions, hello: '2.13', openssl: '3.0.15' }, broken: ['openssl'] },
      'openssl: 3.0.14 -> 3.0.15',
    );
    const report = await update(world);
    const byName = new Map(report.flakes[0]!.configurations.map((c) => [c.name, c]));
    const beta = byName.get('beta')!;
    expect(beta.before.status).toBe('built');
    expect(beta.after.status).toBe('failed');
    expect(beta.after.failure!.failedDrv).toMatch(/-openssl-3\.0\.15\.drv$/);
    expect(beta.after.failure!.message).toMatch(/builder for '.*-openssl-3\.0\.15\.drv' failed with exit code 1/);
    expect(beta.after.failure!.logTail).toContain('building openssl 3.0.15');
    expect(beta.diff).toBeUndefined();
    const alpha = byName.get('alpha')!;
    expect(alpha.after.status).toBe('built');
    expect(alpha.diff!.changes.filter((p) => p.kind !== 'size').map((p) => [p.name, p.removed, p.added])).toEqual([
      ['hello', ['2.12'], ['2.13']],
    ]);
    const md = renderReport(report).markdown;
    expect(md.indexOf('### ❌ Build failures')).toBeLessThan(md.indexOf('### Inputs'));
    expect(md).toContain('NixOS configuration `beta`');
    expect(md).toContain('openssl: test suite failed');
  }, 120_000);

  test('the CLI: --dry-run restores flake.lock byte for byte, JSON on stdout, exit 1 for a broken build (fail)', async () => {
    const lockFile = path.join(world.flake, 'flake.lock');
    const before = readFileSync(lockFile);
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      stdout: (t: string) => void out.push(t),
      stderr: (t: string) => void err.push(t),
      cwd: world.root,
      env: process.env,
      isTTY: false,
    };
    const code = await main(['update', world.flake, '--dry-run', '--format', 'json'], io);
    expect(readFileSync(lockFile).equals(before)).toBe(true);
    const json = JSON.parse(out.join('')) as { failures: { attr: string; side: string }[]; hasUpdates: boolean };
    expect(json.hasUpdates).toBe(true);
    expect(json.failures.map((f) => [f.attr, f.side])).toEqual([
      ['nixosConfigurations.beta.config.system.build.toplevel', 'after'],
    ]);
    expect(code).toBe(1);
    expect(err.join('')).toContain('1 build(s) failed after the update');
    out.length = 0;
    const reportOnly = await main(['update', world.flake, '--dry-run', '--on-build-failure', 'report'], io);
    expect(reportOnly).toBe(0);
    expect(out.join('')).toContain('## flake-steward update');
    expect(readFileSync(lockFile).equals(before)).toBe(true);
  }, 120_000);
});

describe('only what changed is built, on a local flake world', () => {
  let world: World;
  beforeAll(() => {
    world = makeWorld();
  }, 60_000);
  afterAll(() => world.dispose());

  test('a new nixpkgs revision that no derivation reads: the lock moves, nothing is built', async () => {
    const oldRev = world.rev(world.nixpkgs);
    const newRev = world.touchNixpkgs('README.md', 'a fake nixpkgs\n');
    const report = await update(world, { dryRun: false });
    const flake = report.flakes[0]!;
    expect(flake.inputs.map((c) => [c.name, c.before?.rev, c.after?.rev])).toEqual([['nixpkgs', oldRev, newRev]]);
    expect(readFileSync(path.join(world.flake, 'flake.lock'), 'utf8')).toContain(newRev);
    expect(calls).toEqual(['--version', 'flake update', 'eval', 'eval']);
    expect(builds).toEqual([]);
    expect(flake.configurations.map((c) => [c.name, c.before.status, c.after.status])).toEqual([
      ['alpha', 'unchanged', 'unchanged'],
      ['beta', 'unchanged', 'unchanged'],
      ['alice', 'unchanged', 'unchanged'],
      ['hello', 'unchanged', 'unchanged'],
      ['smoke', 'unchanged', 'unchanged'],
    ]);
    expect(renderReport(report).markdown).toContain(
      'Unchanged (same derivation before and after): `alpha`, `beta`, `alice`, `packages.hello`, `checks.smoke`.',
    );
  }, 120_000);

  test('a bump that one configuration reads: only that one is built, before and after', async () => {
    world.bumpNixpkgs({ versions: { ...INITIAL.versions, git: '2.47.1' } }, 'git: 2.47.0 -> 2.47.1');
    const report = await update(world);
    expect(calls).toEqual(['--version', 'flake update', 'eval', 'eval', 'build', 'path-info']);
    // One build: the Home Manager generation on both sides, nothing else; it realises those two outputs.
    expect(builds.map((b) => b.drvs.sort())).toEqual([['home-manager-generation.drv', 'home-manager-generation.drv']]);
    expect(builds[0]!.outputs).toEqual(['home-manager-generation', 'home-manager-generation']);
    const flake = report.flakes[0]!;
    expect(flake.configurations.map((c) => [c.name, c.before.status, c.after.status])).toEqual([
      ['alpha', 'unchanged', 'unchanged'],
      ['beta', 'unchanged', 'unchanged'],
      ['alice', 'built', 'built'],
      ['hello', 'unchanged', 'unchanged'],
      ['smoke', 'unchanged', 'unchanged'],
    ]);
    const alice = flake.configurations.find((c) => c.name === 'alice')!;
    expect(alice.diff!.changes.filter((p) => p.kind !== 'size').map((p) => [p.name, p.removed, p.added])).toEqual([
      ['git', ['2.47.0'], ['2.47.1']],
    ]);
  }, 120_000);

  test('a bump that two of the three configurations read: one build of exactly those two, before and after', async () => {
    // openssl is read by beta only, git by alice only: alpha, the package and the check keep their derivations
    world.bumpNixpkgs({ versions: { ...INITIAL.versions, git: '2.47.2', openssl: '3.0.15' } }, 'openssl, git');
    const report = await update(world);
    expect(calls).toEqual(['--version', 'flake update', 'eval', 'eval', 'build', 'path-info']);
    expect(builds.map((b) => b.drvs.sort())).toEqual([
      [
        'home-manager-generation.drv',
        'home-manager-generation.drv',
        'nixos-system-beta-25.11.drv',
        'nixos-system-beta-25.11.drv',
      ],
    ]);
    // the store paths realised: those two outputs on each side, nothing else
    expect(builds[0]!.outputs.sort()).toEqual([
      'home-manager-generation',
      'home-manager-generation',
      'nixos-system-beta-25.11',
      'nixos-system-beta-25.11',
    ]);
    expect(report.flakes[0]!.configurations.map((c) => [c.name, c.before.status, c.after.status])).toEqual([
      ['alpha', 'unchanged', 'unchanged'],
      ['beta', 'built', 'built'],
      ['alice', 'built', 'built'],
      ['hello', 'unchanged', 'unchanged'],
      ['smoke', 'unchanged', 'unchanged'],
    ]);
  }, 120_000);
});

describe('the CLI speaks its own words', () => {
  test('update on a directory without a flake: one line about DIR and --paths, not the action inputs', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'fs-no-flake-'));
    try {
      const err: string[] = [];
      const io = { stdout: () => undefined, stderr: (t: string) => void err.push(t), cwd: empty, env: process.env, isTTY: false };
      const code = await main(['update', empty, '--dry-run'], io);
      expect(code).toBe(1);
      const errors = err.join('').split('\n').filter((l) => l.includes('error'));
      expect(errors).toEqual([
        `flake-steward update: error: no flake.nix or flake.lock in ${empty} (give the directory of your flake, or its flake.nix or flake.lock, as DIR; or --paths relative to DIR)`,
      ]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  }, 60_000);
});
