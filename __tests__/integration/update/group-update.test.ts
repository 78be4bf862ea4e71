/**
 * Grouped pull requests with real Nix on the bisection's local world (issue 14): one update moves nixpkgs (hello
 * 2.12 → 2.13, curl broken), themes and fonts; with named groups `nix=nixpkgs*;fonts=fonts` each group's report has
 * a lock that moves only its inputs (follows kept: tools/nixpkgs follows the root's nixpkgs; Nix accepts it as it
 * is), its targets evaluated and built with that lock, and an inputs list of only its inputs; themes, in no group,
 * is in none. The full report is the one of `group: all`.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runUpdate } from '../../../src/app/update.js';
import { wireUpdate } from '../../../src/app/update-ports.js';
import { parseGroup } from '../../../src/core/config.js';
import { MemoryLogger } from '../../../src/core/ports.js';
import { runProcess } from '../../../src/exec/process.js';
import { changedRootInputs, lockedOf } from '../../../src/update/lock-surgery.js';
import type { FlakeReport } from '../../../src/update/update-result.js';
import { makeBisectWorld, VERSIONS, type BisectWorld } from './bisect-world.js';

const ALPHA = 'nixosConfigurations.alpha.config.system.build.toplevel';
const HELLO = (flake: FlakeReport) =>
  flake.configurations.find((c) => c.attr.startsWith('packages.') && c.attr.endsWith('.hello'));

describe('named groups on a local world with three moving inputs', () => {
  let world: BisectWorld;
  let lockFile: string;
  let before: Buffer;
  beforeAll(() => {
    world = makeBisectWorld();
    lockFile = path.join(world.flake, 'flake.lock');
    before = readFileSync(lockFile);
    world.bumpNixpkgs({ ...VERSIONS, hello: '2.13', curl: '8.10.0' }, ['curl']);
    world.bumpSource(world.themes, 'light');
    world.bumpSource(world.fonts, 'serif');
  }, 120_000);
  afterAll(() => {
    writeFileSync(lockFile, before);
    world.dispose();
  });

  test('each group: its own lock, accepted by Nix, its targets built with it, only its inputs listed', async () => {
    const logger = new MemoryLogger();
    const settings = {
      inputs: [],
      build: { mode: 'auto' as const },
      dryRun: false,
      onBuildFailure: 'report' as const,
      nixOptions: [],
      acceptFlakeConfig: false,
    };
    const deps = await wireUpdate({ settings, logger, runner: runProcess });
    const report = await runUpdate(
      {
        workspace: world.flake,
        paths: ['.'],
        inputs: [],
        build: { mode: 'auto' },
        dryRun: false,
        group: parseGroup('group', 'nix=nixpkgs*;fonts=fonts'),
      },
      deps,
    );
    writeFileSync(lockFile, before);
    const full = report.flakes[0]!;
    expect(changedRootInputs(full.lock.before, full.lock.after)).toEqual(['fonts', 'nixpkgs', 'themes']);
    const fg = report.groups![0]!;
    expect(fg.refused).toEqual([]);
    expect(fg.groups.map((g) => [g.name, g.inputs])).toEqual([
      ['nix', ['nixpkgs']],
      ['fonts', ['fonts']],
    ]);
    expect(logger.lines.map((l) => l.message).join('\n')).toMatch(/in no group, not proposed: themes/);

    const [nix, fonts] = fg.groups.map((g) => g.flake);
    expect(changedRootInputs(nix!.lock.before, nix!.lock.after)).toEqual(['nixpkgs']);
    expect(changedRootInputs(fonts!.lock.before, fonts!.lock.after)).toEqual(['fonts']);
    expect(lockedOf(nix!.lock.after, 'tools/nixpkgs')?.rev).toBe(lockedOf(nix!.lock.after, 'nixpkgs')?.rev);
    for (const g of [nix!, fonts!]) {
      expect(g.inputs.map((c) => c.name).filter((n) => !n.includes('/'))).toEqual(
        changedRootInputs(g.lock.before, g.lock.after),
      );
      writeFileSync(lockFile, g.lock.after);
      execFileSync('nix', ['flake', 'metadata', '--json', world.flake], { stdio: ['ignore', 'pipe', 'ignore'] });
      expect(readFileSync(lockFile, 'utf8')).toBe(g.lock.after); // Nix had nothing to change
    }
    writeFileSync(lockFile, before);

    // nix: hello moves, alpha breaks (curl); fonts: alpha builds, hello's derivation is the same
    expect(HELLO(nix!)?.after).toMatchObject({ status: 'built' });
    expect(nix!.configurations.find((c) => c.attr === ALPHA)?.after.status).toBe('failed');
    expect(fonts!.configurations.find((c) => c.attr === ALPHA)?.after.status).toBe('built');
    expect(HELLO(fonts!)?.after.status ?? 'unchanged').not.toBe('failed');
    expect(HELLO(fonts!)?.diff).toBeUndefined();
  }, 300_000);
});
