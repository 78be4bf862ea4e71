/**
 * Release-tag bumps in the plan stage, on the fake Nix: the plan carries flake.nix before and after and the bumps
 * (its id covers them), the working tree's flake.nix is the same bytes after the plan, after a failed update, and
 * in a dry run; without dry run the report step writes the new one beside the lock; publish lists it; a remote that
 * does not answer is a warning; a plan whose flake.nix is not the one it names by hash is refused.
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
import { runPlan, type UpdateRequest } from '../../../src/app/plan.js';
import { flakeNixFiles } from '../../../src/app/publish.js';
import { parsePlan, serializePlan } from '../../../src/update/plan-file.js';
import { tagBumpLines } from '../../../src/render/update-report.js';
import { fakeNix, lockText, REV_A } from '../update/fake-nix.js';

let dir: string;
const ORIGINAL = lockText(REV_A, 'nixpkgs', 1_700_000_000);
const FLAKE_NIX = `{
  inputs.hw.url  =  "github:NixOS/nixos-hardware/v1.0.0"; # pinned
  inputs.other.url = "github:o/other/2.0.0";
  outputs = _: { };
}
`;
const BUMPED = FLAKE_NIX.replace('/v1.0.0"', '/v1.2.0"');

beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'fs-tags-'));
  await fsp.writeFile(path.join(dir, 'flake.nix'), FLAKE_NIX);
  await fsp.writeFile(path.join(dir, 'flake.lock'), ORIGINAL);
});
afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

const TAGS: Record<string, string[] | undefined> = {
  'https://github.com/NixOS/nixos-hardware.git': ['v0.9.0', 'v1.0.0', 'v1.1.0', 'v1.2.0', 'v1.3.0-rc1', 'latest'],
  'https://github.com/o/other.git': undefined,
};

function engine(updateFails = false) {
  const fake = fakeNix(dir, { configurations: 1, ...(updateFails ? { updateFailsIn: dir } : {}) });
  const logger = new MemoryLogger();
  const nix = createNix({
    runner: fake.runner,
    features: nixFeatures(parseNixVersion('nix (Nix) 2.8.0')),
    options: { nixOptions: [], acceptFlakeConfig: false },
    logger,
  });
  /** flake.nix as Nix saw it when it updated the lock. */
  const seen: string[] = [];
  const port = updatePort(nix);
  const deps = {
    nix: {
      ...port,
      updateLock: async (abs: string, inputs: readonly string[]) => {
        seen.push(await fsp.readFile(path.join(abs, 'flake.nix'), 'utf8'));
        return port.updateLock(abs, inputs);
      },
    },
    fs: nodeFs,
    logger,
    clock: { now: () => new Date('2023-11-30T00:00:00Z') },
    tags: { remoteTags: (url: string) => Promise.resolve(TAGS[url]) },
  };
  return { deps, logger, seen };
}

const request = (over: Partial<UpdateRequest> = {}): UpdateRequest => ({
  workspace: dir,
  paths: ['.'],
  inputs: [],
  build: { mode: 'auto' },
  dryRun: true,
  ...over,
});

describe('the plan', () => {
  test('Nix updates with the bumped flake.nix; the plan carries both texts; the working tree keeps its own', async () => {
    const e = engine();
    const { plan } = await runPlan(request(), e.deps);
    expect(e.seen).toEqual([BUMPED]);
    expect(plan.flakes[0]!.flakeNix).toEqual({ before: FLAKE_NIX, after: BUMPED });
    expect(plan.flakes[0]!.tagBumps).toEqual([{ input: 'hw', from: 'v1.0.0', to: 'v1.2.0' }]);
    expect(await fsp.readFile(path.join(dir, 'flake.nix'), 'utf8')).toBe(FLAKE_NIX);
    expect(e.logger.lines.some((l) => l.level === 'warning' && l.message.includes('other'))).toBe(true);
    // the file round-trips, and the id covers flake.nix
    expect(parsePlan(serializePlan(plan), 'plan.json')).toEqual(plan);
    const edited = { ...plan, flakes: [{ ...plan.flakes[0]!, flakeNix: { before: FLAKE_NIX, after: FLAKE_NIX } }] };
    expect(() => parsePlan(serializePlan(edited), 'plan.json')).toThrow('edited');
  });

  test('only the requested inputs are bumped', async () => {
    const e = engine();
    const { plan } = await runPlan(request({ inputs: ['nixpkgs'] }), e.deps);
    expect(e.seen).toEqual([FLAKE_NIX]);
    expect(plan.flakes[0]!.flakeNix).toBeUndefined();
  });

  test('a failed update: flake.nix and flake.lock are restored byte for byte', async () => {
    const e = engine(true);
    await expect(runUpdate(request({ dryRun: false }), e.deps)).rejects.toThrow();
    expect(e.seen).toEqual([BUMPED]);
    expect(await fsp.readFile(path.join(dir, 'flake.nix'), 'utf8')).toBe(FLAKE_NIX);
    expect(await fsp.readFile(path.join(dir, 'flake.lock'), 'utf8')).toBe(ORIGINAL);
  });

  test('a plan whose flake.nix is not the one it names by hash is refused', async () => {
    const { plan } = await runPlan(request(), engine().deps);
    const json = JSON.parse(serializePlan(plan)) as { flakes: { flakeNix: { before: string } }[] };
    json.flakes[0]!.flakeNix.before = '{ }';
    expect(() => parsePlan(JSON.stringify(json), 'plan.json')).toThrow('by hash');
  });
});

describe('the update', () => {
  test('dry run: nothing written; the report has the bump', async () => {
    const report = await runUpdate(request(), engine().deps);
    expect(report.flakes[0]!.tagBumps).toEqual([{ input: 'hw', from: 'v1.0.0', to: 'v1.2.0' }]);
    expect(await fsp.readFile(path.join(dir, 'flake.nix'), 'utf8')).toBe(FLAKE_NIX);
    expect(await fsp.readFile(path.join(dir, 'flake.lock'), 'utf8')).toBe(ORIGINAL);
  });

  test('not a dry run: the new flake.nix beside the new lock; publish commits both', async () => {
    const report = await runUpdate(request({ dryRun: false }), engine().deps);
    expect(await fsp.readFile(path.join(dir, 'flake.nix'), 'utf8')).toBe(BUMPED);
    const git = { pathPrefix: () => Promise.resolve('nix/') };
    expect(await flakeNixFiles(dir, report.flakes[0]!, git)).toEqual([{ path: 'nix/flake.nix', contents: BUMPED }]);
    expect(await flakeNixFiles(dir, { dir: '.' }, git)).toEqual([]);
  });

  test('the report line', () => {
    expect(tagBumpLines({ dir: 'hosts', tagBumps: [{ input: 'nixos-hardware', from: 'v1.0.0', to: 'v1.2.0' }] })).toBe(
      'Release tags moved in `hosts/flake.nix`:\n- `nixos-hardware`: v1.0.0 → v1.2.0 (release tag)',
    );
    expect(tagBumpLines({ dir: '.' })).toBeUndefined();
  });
});
