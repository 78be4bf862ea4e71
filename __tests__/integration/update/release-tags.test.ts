/**
 * Release-tag bumps against real Nix and git on a local world (no network): an input pinned to `?ref=v1.0.0` of a
 * repository tagged v1.0.0, v1.1.0, v1.2.0-rc1, v1.2.0 (and v2.0.0-rc1, v2.0.0-rc2) moves to v1.2.0 in flake.nix,
 * only those characters changed; the lock is relocked at that tag's commit and the relocked flake builds a
 * derivation that reads a file of the input; a pre-release pin moves to the next pre-release; a dry run leaves
 * flake.nix and flake.lock byte-identical; the stages (plan, then build in another process) evaluate the "after"
 * side with the plan's flake.nix and put the working tree's back.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MemoryLogger } from '../../../src/core/ports.js';
import { runBuild } from '../../../src/app/build.js';
import { runPlan } from '../../../src/app/plan.js';
import { runUpdate } from '../../../src/app/update.js';
import { wireUpdate } from '../../../src/app/update-ports.js';
import { renderJson } from '../../../src/render/update-json.js';
import { renderReport } from '../../../src/render/update-report.js';
import { currentSystem, git } from './update-world.js';

const settings = { nixOptions: [], acceptFlakeConfig: false };

let root: string;
let flake: string;
let tool: string;
let flakeNix: string;
const tagRev: Record<string, string> = {};

function flakeText(system: string, url: string): string {
  // odd formatting on purpose: only the tag's characters may change
  return `{
  description   = "tag-pinned";   # keep   this spacing
  inputs = {
    tool = { url = "${url}?ref=v1.0.0";  flake = false; };
    # a pre-release pin
    pre.url = "${url}?ref=v2.0.0-rc1";
    pre.flake = false;
  };
  outputs = { self, tool, pre }: {
    packages."${system}".version = builtins.derivation {
      name = "tool-version";
      system = "${system}";
      builder = "/bin/sh";
      args = [ "-c" "echo \${builtins.readFile "\${tool}/version.txt"} > $out" ];
    };
  };
}
`;
}

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'fs-release-tags-'));
  tool = path.join(root, 'tool');
  flake = path.join(root, 'flake');
  mkdirSync(tool);
  mkdirSync(flake);
  git(tool, 'init', '-q', '-b', 'main');
  for (const tag of ['v1.0.0', 'v1.1.0', 'v1.2.0-rc1', 'v1.2.0', 'v2.0.0-rc1', 'v2.0.0-rc2']) {
    writeFileSync(path.join(tool, 'version.txt'), tag);
    git(tool, 'add', '-A');
    git(tool, 'commit', '-q', '-m', tag);
    git(tool, 'tag', tag);
    tagRev[tag] = git(tool, 'rev-parse', 'HEAD');
  }
  writeFileSync(path.join(tool, 'version.txt'), 'unreleased\n');
  git(tool, 'commit', '-q', '-am', 'main moves on');
  flakeNix = flakeText(currentSystem(), `git+file://${tool}`);
  writeFileSync(path.join(flake, 'flake.nix'), flakeNix);
  git(flake, 'init', '-q', '-b', 'main');
  git(flake, 'add', '-A');
  execFileSync('nix', ['flake', 'lock', flake], { stdio: 'ignore' });
  git(flake, 'add', '-A');
  git(flake, 'commit', '-q', '-m', 'init');
}, 120_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

const expectedNix = (): string =>
  flakeNix.replace('?ref=v1.0.0"', '?ref=v1.2.0"').replace('?ref=v2.0.0-rc1"', '?ref=v2.0.0-rc2"');

const lockedRev = (lock: string, input: string): string => {
  const data = JSON.parse(lock) as { nodes: Record<string, { locked?: { rev?: string } }> };
  return data.nodes[input]!.locked!.rev!;
};

async function update(dryRun: boolean) {
  const logger = new MemoryLogger();
  const deps = await wireUpdate({ settings, logger });
  const report = await runUpdate(
    { workspace: flake, paths: ['.'], inputs: [], build: { mode: 'auto' }, dryRun },
    deps,
  );
  return { report, logger };
}

describe('an input pinned to a release tag', () => {
  test('dry run: the bumps are reported and built, flake.nix and flake.lock stay byte-identical', async () => {
    const nixBefore = readFileSync(path.join(flake, 'flake.nix'));
    const lockBefore = readFileSync(path.join(flake, 'flake.lock'));
    const { report } = await update(true);
    const f = report.flakes[0]!;
    expect(f.tagBumps).toEqual([
      { input: 'tool', from: 'v1.0.0', to: 'v1.2.0' },
      { input: 'pre', from: 'v2.0.0-rc1', to: 'v2.0.0-rc2' },
    ]);
    expect(f.flakeNix?.after).toBe(expectedNix());
    expect(lockedRev(f.lock.after, 'tool')).toBe(tagRev['v1.2.0']);
    expect(lockedRev(f.lock.after, 'pre')).toBe(tagRev['v2.0.0-rc2']);
    const c = f.configurations.find((x) => x.name === 'version')!;
    expect(c.after.status).toBe('built');
    expect(readFileSync(c.after.outPaths![0]!, 'utf8')).toBe('v1.2.0\n');
    expect(readFileSync(c.before.outPaths![0]!, 'utf8')).toBe('v1.0.0\n');
    expect(readFileSync(path.join(flake, 'flake.nix')).equals(nixBefore)).toBe(true);
    expect(readFileSync(path.join(flake, 'flake.lock')).equals(lockBefore)).toBe(true);

    const md = renderReport(report).markdown;
    expect(md).toContain('- `tool`: v1.0.0 → v1.2.0 (release tag)');
    expect(md).toContain('- `pre`: v2.0.0-rc1 → v2.0.0-rc2 (release tag)');
    const json = JSON.parse(renderJson(report)) as { flakes: { tagBumps: unknown[] }[] };
    expect(json.flakes[0]!.tagBumps).toHaveLength(2);
  }, 120_000);

  test('stages: a build in another process evaluates the after side with the plan’s flake.nix, then puts it back', async () => {
    const nixBefore = readFileSync(path.join(flake, 'flake.nix'));
    const logger = new MemoryLogger();
    const deps = await wireUpdate({ settings, logger });
    const { plan } = await runPlan({ workspace: flake, paths: ['.'], inputs: [], build: { mode: 'auto' }, dryRun: true }, deps);
    expect(plan.flakes[0]!.flakeNix?.after).toBe(expectedNix());
    expect(readFileSync(path.join(flake, 'flake.nix')).equals(nixBefore)).toBe(true);
    const build = await runBuild(plan, plan.shards[0]!, { workspace: flake }, deps);
    expect(logger.lines.filter((l) => l.message.includes("not the plan's"))).toEqual([]);
    expect(build.flakes[0]!.configurations[0]!.after.status).toBe('built');
    expect(readFileSync(path.join(flake, 'flake.nix')).equals(nixBefore)).toBe(true);
  }, 120_000);

  test('update: v1.2.0 written into flake.nix (the rest byte-identical), relocked at its commit, and it builds', async () => {
    const { report } = await update(false);
    expect(report.flakes[0]!.tagBumps).toHaveLength(2);
    expect(readFileSync(path.join(flake, 'flake.nix'), 'utf8')).toBe(expectedNix());
    const lock = readFileSync(path.join(flake, 'flake.lock'), 'utf8');
    expect(lockedRev(lock, 'tool')).toBe(tagRev['v1.2.0']);
    expect(lockedRev(lock, 'pre')).toBe(tagRev['v2.0.0-rc2']);
    const built = JSON.parse(
      execFileSync('nix', ['build', '--no-link', '--json', `${flake}#version`], { encoding: 'utf8' }),
    ) as { outputs: { out: string } }[];
    expect(readFileSync(built[0]!.outputs.out, 'utf8')).toBe('v1.2.0\n');

    // the newest tag already: nothing moves again
    const again = await update(true);
    expect(again.report.flakes[0]!.tagBumps ?? []).toEqual([]);
  }, 180_000);
});
