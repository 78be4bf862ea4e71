/**
 * Grouped updates on the fake Nix (src/app/group-update.ts): each group's after side is evaluated with the group's
 * lock written in the working tree, which then goes back byte for byte — also when that evaluation fails; a dry run
 * makes no groups; `group: all` none either (the report is as before).
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
import { fakeNix, lockText, REV_A } from '../update/fake-nix.js';

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
function engine(failEval?: number) {
  const fake = fakeNix(dir, { configurations: 2 });
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
  return { deps, logger, locksAtEval };
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
});
