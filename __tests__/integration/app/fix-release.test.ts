/**
 * `fix` moves a release branch out of support to the current release (issue 13), against real Nix and git, in a
 * local world (no network): a release-branched flake `hm` with branches release-25.05 and release-26.11, a root
 * that tracks release-25.05 → on 2026-12-02 (clock injected) lint reports it → fix changes `25.05` to `26.11` in the
 * url and nothing else, runs `nix flake lock` → the lock follows release-26.11 at that branch's commit, and lint
 * no longer reports it.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULTS } from '../../../src/core/config.js';
import { MemoryLogger, type Clock } from '../../../src/core/ports.js';
import { applyFixes, type FixRequest } from '../../../src/app/fix.js';
import { allFindings } from '../../../src/lint/lint-result.js';
import { lint } from '../../../src/app/lint.js';
import { World, flakeNix, type Repo } from '../../support/world.js';

const clock: Clock = { now: () => new Date('2026-12-02T12:00:00Z') };

function request(root: Repo, world: World): FixRequest {
  return {
    workspace: root.dir,
    paths: ['.'],
    settings: { failOn: 'error', rules: {}, maxAge: DEFAULTS.maxAge, maxAgeByInput: {}, ignore: [], allowedOwners: [] },
    rulesSetting: '--rules',
    clock,
    dryRun: false,
    nixEnv: world.env,
  };
}

describe('fix moves a release branch, with real Nix', () => {
  let world: World;
  let hm: Repo;
  let root: Repo;
  let newRev: string;
  let text: string;

  beforeAll(async () => {
    world = await World.create({ name: 'fs-fix-release' });
    hm = await world.repo('hm', { 'flake.nix': flakeNix({ outputs: '{ self }: { release = "25.05"; }' }) });
    await world.git(hm.dir, ['branch', 'release-25.05']);
    await world.git(hm.dir, ['checkout', '--quiet', '-b', 'release-26.11']);
    newRev = await hm.commit({ 'flake.nix': flakeNix({ outputs: '{ self }: { release = "26.11"; }' }) }, '26.11');
    await world.git(hm.dir, ['checkout', '--quiet', 'main']);
    text = `{
  description = "root";   # formatting kept

  inputs = {
    hm.url   =  "${hm.url}?ref=release-25.05";
  };

  outputs = { self, hm }: { };
}
`;
    root = await world.repo('root', { 'flake.nix': text });
    await world.lock(root);
    await root.commit({}, 'lock');
  }, 120_000);

  afterAll(async () => {
    await world?.cleanup();
  });

  test('release-25.05 → fix → release-26.11 in flake.nix and in the relocked flake.lock', async () => {
    const before = allFindings(await lint(request(root, world)));
    expect(before.filter((f) => f.rule === 'freshness/unsupported-branch').map((f) => f.message)).toEqual([
      "input 'hm' tracks release-25.05, for NixOS 25.05, out of support since 2025-12-31; move to release-26.11",
    ]);

    const said: string[] = [];
    const outcome = await applyFixes(request(root, world), (l) => said.push(l), new MemoryLogger());
    expect(outcome.locked).toEqual(['.']);
    expect(said.join('\n')).toContain('freshness/unsupported-branch (hm): Move hm from release-25.05 to release-26.11');

    expect(await readFile(path.join(root.dir, 'flake.nix'), 'utf8')).toBe(text.replace('25.05', '26.11'));
    const lock = JSON.parse(await root.readLock()) as {
      nodes: Record<string, { original?: { ref?: string }; locked?: { rev?: string } }>;
    };
    expect(lock.nodes['hm']!.original!.ref).toBe('release-26.11');
    expect(lock.nodes['hm']!.locked!.rev).toBe(newRev);
    expect(
      allFindings(outcome.after!).filter((f) => f.rule.startsWith('freshness/') || f.rule.startsWith('sync/')),
    ).toEqual([]);
  }, 120_000);
});
