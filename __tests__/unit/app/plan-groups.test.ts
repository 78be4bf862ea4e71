/**
 * Grouped updates on the fake Nix (src/app/plan-groups.ts, made by the plan): each group's after side is evaluated
 * with the group's lock written in the working tree, which then goes back byte for byte — also when that evaluation
 * fails; a dry run makes no groups; `group: all` none either (the report is as before). The Nix processes of a
 * grouped update on one runner: one `nix eval` per group more than without groups, and still one build and one
 * path-info (a group's derivation that is the full update's is built once).
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MemoryLogger } from '../../../src/core/ports.js';
import { createNix } from '../../../src/nix-cli/nix.js';
import { nixFeatures, parseNixVersion } from '../../../src/nix-cli/nix-version.js';
import { nodeFs } from '../../../src/workspace/fs.js';
import { updatePort } from '../../../src/app/update-nix.js';
import { runUpdate } from '../../../src/app/update.js';
import type { UpdateDeps, UpdateRequest } from '../../../src/app/plan.js';
import { changedRootInputs } from '../../../src/update/lock-surgery.js';
import { groupLocks } from '../../../src/app/plan-groups.js';
import type { PlannedFlake } from '../../../src/update/plan-file.js';
import { fakeNix, kindOf, lockText, REV_A, REV_B } from '../update/fake-nix.js';

let dir: string;
const ORIGINAL = lockText(REV_A, 'nixpkgs', 1_700_000_000);

beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'fs-group-'));
  await fsp.writeFile(path.join(dir, 'flake.nix'), '{ outputs = _: { }; }\n');
  await fsp.writeFile(path.join(dir, 'flake.lock'), ORIGINAL);
});
afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

/** The engine on the fake Nix; `failEval`: the n-th `nix eval` (1-based) fails. Records the lock at each eval. */
/** Nix's new lock when both root inputs move: nixpkgs to REV_B (node nixpkgs_2), home-manager to a new revision. */
const BOTH = lockText(REV_B, 'nixpkgs_2', 1_700_864_000).replace('c'.repeat(40), 'd'.repeat(40));

function engine(failEval?: number, nextLock?: string) {
  const fake = fakeNix(dir, { configurations: 2, ...(nextLock ? { nextLock } : {}) });
  const logger = new MemoryLogger();
  const nix = updatePort(
    createNix({
      runner: fake.runner,
      features: nixFeatures(parseNixVersion('nix (Nix) 2.8.0')),
      options: { nixOptions: [], acceptFlakeConfig: false },
      logger,
    }),
  );
  const locksAtEval: string[] = [];
  const deps: UpdateDeps = {
    nix: {
      ...nix,
      evalExprJson: async (...args: Parameters<typeof nix.evalExprJson>) => {
        locksAtEval.push(await fsp.readFile(path.join(dir, 'flake.lock'), 'utf8'));
        if (locksAtEval.length === failEval) throw new Error('evaluator on fire');
        return nix.evalExprJson(...args);
      },
    },
    fs: nodeFs,
    logger,
    clock: { now: () => new Date('2023-11-30T00:00:00Z') },
  };
  return { deps, logger, locksAtEval, calls: fake.calls };
}

const request = (over: Partial<UpdateRequest> = {}): UpdateRequest => ({
  workspace: dir,
  paths: ['.'],
  inputs: [],
  build: { mode: 'auto' },
  dryRun: false,
  group: { kind: 'per-input' },
  ...over,
});

describe('group: per-input on the fake Nix', () => {
  test("one group per moved root input, evaluated with its own lock in place; the tree's lock is Nix's new one", async () => {
    const e = engine();
    const report = await runUpdate(request(), e.deps);
    const full = report.flakes[0]!;
    const fg = report.groups![0]!;
    expect(fg.groups.map((g) => [g.name, g.inputs])).toEqual([['nixpkgs', ['nixpkgs']]]);
    const g = fg.groups[0]!.flake;
    expect(changedRootInputs(g.lock.before, g.lock.after)).toEqual(['nixpkgs']);
    expect(changedRootInputs(g.lock.after, full.lock.after)).toEqual([]);
    // the last evaluation is the group's, with the group's lock in the working tree
    expect(e.locksAtEval.at(-1)).toBe(g.lock.after);
    expect(g.configurations.map((c) => c.attr)).toEqual(full.configurations.map((c) => c.attr));
    expect(await fsp.readFile(path.join(dir, 'flake.lock'), 'utf8')).toBe(full.lock.after);
  });

  test('a failing group evaluation puts the original lock back byte for byte', async () => {
    const planned = engine();
    await runUpdate(request({ group: undefined }), planned.deps);
    await fsp.writeFile(path.join(dir, 'flake.lock'), ORIGINAL);
    const e = engine(planned.locksAtEval.length + 1);
    await expect(runUpdate(request(), e.deps)).rejects.toThrow('evaluator on fire');
    expect(e.locksAtEval.at(-1)).not.toBe(ORIGINAL); // it failed with the group's lock in place
    expect(await fsp.readFile(path.join(dir, 'flake.lock'), 'utf8')).toBe(ORIGINAL);
  });

  test('a dry run, and group: all, make no groups', async () => {
    expect((await runUpdate(request({ dryRun: true }), engine().deps)).groups).toBeUndefined();
    await fsp.writeFile(path.join(dir, 'flake.lock'), ORIGINAL);
    expect((await runUpdate(request({ group: { kind: 'all' } }), engine().deps)).groups).toBeUndefined();
  });

  test('Nix processes: one eval per group more, one build and one path-info; a derivation shared with the full update built once', async () => {
    const e = engine(undefined, BOTH);
    const report = await runUpdate(request(), e.deps);
    // before, after, then home-manager's and nixpkgs' after sides; one build of everything
    expect(e.calls.map(kindOf)).toEqual(['--version', 'update', 'eval', 'eval', 'eval', 'eval', 'build', 'path-info']);
    const build = e.calls.find((c) => kindOf(c) === 'build')!;
    // three outputs, each before and after: nixpkgs' group evaluates to the full update's derivations
    expect(build.args.filter((x) => x.endsWith('.drv'))).toHaveLength(6);
    const fg = report.groups![0]!;
    expect(fg.groups.map((g) => g.name)).toEqual(['home-manager', 'nixpkgs']);
    const [hm, np] = fg.groups.map((g) => g.flake);
    // home-manager alone changes no derivation: nothing built, each output unchanged
    expect(hm!.configurations.map((c) => c.after.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(hm!.inputs.map((c) => c.name)).toEqual(['home-manager']);
    // nixpkgs alone: the full update's results, matched by derivation path
    expect(np!.configurations).toEqual(report.flakes[0]!.configurations);
    expect(np!.inputs.map((c) => c.name)).toEqual(['nixpkgs']);
  });
});

describe('groupLocks: the groups a plan makes of a flake', () => {
  const flake = (over: Partial<PlannedFlake> = {}): PlannedFlake => ({
    dir: '.',
    lockFile: 'flake.lock',
    flakeNixSha256: 'f'.repeat(64),
    skipped: [],
    lock: { before: ORIGINAL, after: BOTH },
    targets: [],
    ...over,
  });

  test('one lock per group, moving only its inputs; an input in no named group is said and left out', () => {
    const logger = new MemoryLogger();
    const made = groupLocks(flake(), { kind: 'named', groups: [{ name: 'nix', globs: ['nixpkgs*'] }] }, logger);
    expect(made.groups.map((g) => [g.name, g.inputs, changedRootInputs(ORIGINAL, g.lock)])).toEqual([
      ['nix', ['nixpkgs'], ['nixpkgs']],
    ]);
    expect(made.refused).toEqual([]);
    expect(logger.lines.map((l) => l.message)).toContain('flake.lock: in no group, not proposed: home-manager');
  });

  test('a lock that did not move: no group', () => {
    expect(groupLocks(flake({ lock: { before: ORIGINAL, after: ORIGINAL } }), { kind: 'per-input' }, new MemoryLogger())).toEqual({
      groups: [],
      refused: [],
    });
  });

  const NIX = '{\n  inputs.nixpkgs.url = "github:NixOS/nixpkgs/v1.0.0";\n  inputs.home-manager.url = "github:nix-community/home-manager";\n  outputs = _: { };\n}\n';
  const BUMP = { input: 'nixpkgs', from: 'v1.0.0', to: 'v1.1.0' };

  test("an update that moved release tags: the bumped input's group pairs its lock with flake.nix moving only its tag; the other keeps flake.nix", () => {
    const logger = new MemoryLogger();
    const made = groupLocks(
      flake({ flakeNix: { before: NIX, after: NIX.replace('v1.0.0', 'v1.1.0') }, tagBumps: [BUMP] }),
      { kind: 'per-input' },
      logger,
    );
    expect(made.refused).toEqual([]);
    expect(made.groups.map((g) => [g.name, g.flakeNix, g.tagBumps])).toEqual([
      ['home-manager', undefined, undefined],
      ['nixpkgs', NIX.replace('v1.0.0', 'v1.1.0'), [BUMP]],
    ]);
    expect(changedRootInputs(ORIGINAL, made.groups[1]!.lock)).toEqual(['nixpkgs']);
    expect(logger.lines.filter((l) => l.level === 'warning')).toEqual([]);
  });

  test("a bump that does not fit flake.nix: that group refused, saying why; the others made", () => {
    const logger = new MemoryLogger();
    const made = groupLocks(
      flake({ flakeNix: { before: NIX, after: NIX }, tagBumps: [{ ...BUMP, from: 'v0.9.0' }] }),
      { kind: 'per-input' },
      logger,
    );
    expect(made.groups.map((g) => g.name)).toEqual(['home-manager']);
    expect(made.refused).toEqual([{ name: 'nixpkgs', why: 'flake.nix does not pin nixpkgs at v0.9.0 (once)' }]);
    expect(logger.lines.some((l) => l.level === 'warning' && /group nixpkgs: its flake\.nix cannot be made/.test(l.message))).toBe(true);
  });
});
