/**
 * Grouped pull requests meet release-tag bumps and the bisection, with real Nix and git on local worlds (no network;
 * issue 14).
 *
 * Tags: `tool` is pinned to `?ref=v1.0.0` and gets v1.1.0; `themes` follows a branch and moves. With `group:
 * per-input` the plan makes two groups: tool's moves its tag in flake.nix (those characters only) and its lock
 * entry, themes' leaves flake.nix as it was and moves only themes. Each group's after side is evaluated (plan) and
 * built (the build stage in another process) with its own pair of files in place; both build; `nix flake metadata`
 * accepts each pair as it is; the working tree's flake.nix and flake.lock are byte-identical after the plan and the
 * build (a dry run: nothing published).
 *
 * Bisection: a named group of several inputs whose update breaks a target is bisected within its inputs — on the
 * bisection world {nixpkgs, fonts} where nixpkgs breaks `alpha` (one process: `update`): the group's proposal moves
 * fonts only; on the tag world {tool, themes} where tool's new tag breaks `app` (the stages: the shard that saw the
 * failure bisects it): the group's proposal moves themes only, with flake.nix as it was.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBuild } from '../../../src/app/build.js';
import { runPlan, type UpdateDeps } from '../../../src/app/plan.js';
import { runUpdate } from '../../../src/app/update.js';
import { wireUpdate } from '../../../src/app/update-ports.js';
import { parseGroup } from '../../../src/core/config.js';
import { MemoryLogger } from '../../../src/core/ports.js';
import { InterruptController, InterruptedError } from '../../../src/exec/interrupt.js';
import { renderReport } from '../../../src/render/update-report.js';
import { parseBuild, serializeBuild } from '../../../src/update/build-file.js';
import { changedRootInputs, lockedOf } from '../../../src/update/lock-surgery.js';
import { mergeBuilds } from '../../../src/update/merge-builds.js';
import { parsePlan, serializePlan } from '../../../src/update/plan-file.js';
import type { FlakeReport } from '../../../src/update/update-result.js';
import { makeBisectWorld, VERSIONS } from './bisect-world.js';
import { currentSystem, git } from './update-world.js';

const settings = { nixOptions: [], acceptFlakeConfig: false };
const system = currentSystem();
const APP = `packages.${system}.app`;
const ALPHA = 'nixosConfigurations.alpha.config.system.build.toplevel';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

interface TagWorld {
  readonly flake: string;
  readonly nixText: string;
  readonly revs: Record<string, string>;
}

function flakeText(urls: Record<string, string>): string {
  // odd formatting on purpose: only tool's tag may change
  return `{
  description   = "grouped tags";   # keep   this
  inputs = {
    tool = { url = "${urls['tool']}?ref=v1.0.0";  flake = false; };
    themes = { url = "${urls['themes']}"; flake = false; };
  };
  outputs = { self, tool, themes }:
    let read = src: f: builtins.replaceStrings [ "\\n" ] [ "" ] (builtins.readFile "\${src}/\${f}");
    in {
      packages."${system}".app = builtins.derivation {
        name = "app";
        system = "${system}";
        builder = "/bin/sh";
        args = [ "-c" (if read tool "mode" == "broken"
          then "echo tool \${read tool "version"}: test suite failed >&2; exit 1"
          else "echo \${read tool "version"} \${read themes "value"} > $out") ];
      };
    };
}
`;
}

/** tool tagged v1.0.0 then v1.1.0 (broken when `broken`), themes moved after the lock. */
function makeTagWorld(broken: boolean): TagWorld {
  const root = mkdtempSync(path.join(os.tmpdir(), 'fs-group-tags-'));
  roots.push(root);
  const dir = (d: string): string => path.join(root, d);
  const revs: Record<string, string> = {};
  const commit = (repo: string, files: Record<string, string>, tag?: string): void => {
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(repo, name), text);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', tag ?? 'change');
    if (tag) git(repo, 'tag', tag);
    revs[`${path.basename(repo)}@${tag ?? 'head'}`] = git(repo, 'rev-parse', 'HEAD');
  };
  for (const d of ['tool', 'themes', 'flake']) {
    mkdirSync(dir(d));
    git(dir(d), 'init', '-q', '-b', 'main');
  }
  commit(dir('tool'), { version: 'v1.0.0\n', mode: 'ok\n' }, 'v1.0.0');
  commit(dir('themes'), { value: 'dark\n' });
  const nixText = flakeText({ tool: `git+file://${dir('tool')}`, themes: `git+file://${dir('themes')}` });
  writeFileSync(path.join(dir('flake'), 'flake.nix'), nixText);
  git(dir('flake'), 'add', '-A');
  execFileSync('nix', ['flake', 'lock', dir('flake')], { stdio: 'ignore' });
  git(dir('flake'), 'add', '-A');
  git(dir('flake'), 'commit', '-q', '-m', 'init');
  commit(dir('tool'), { version: 'v1.1.0\n', mode: broken ? 'broken\n' : 'ok\n' }, 'v1.1.0');
  commit(dir('themes'), { value: 'light\n' });
  return { flake: dir('flake'), nixText, revs };
}

const read = (w: { flake: string }, f: string): Buffer => readFileSync(path.join(w.flake, f));

/** With `flakeNix` and `lock` in the working tree: Nix takes them as they are (no relock) and app builds to `expected`. */
function pairBuilds(w: TagWorld, flakeNix: string, lock: string, expected: string): void {
  const nixBefore = read(w, 'flake.nix');
  const lockBefore = read(w, 'flake.lock');
  try {
    writeFileSync(path.join(w.flake, 'flake.nix'), flakeNix);
    writeFileSync(path.join(w.flake, 'flake.lock'), lock);
    execFileSync('nix', ['flake', 'metadata', '--json', '--no-update-lock-file', w.flake], { stdio: ['ignore', 'pipe', 'ignore'] });
    const built = JSON.parse(
      execFileSync('nix', ['build', '--no-link', '--json', '--no-update-lock-file', `${w.flake}#app`], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    ) as { outputs: { out: string } }[];
    expect(readFileSync(built[0]!.outputs.out, 'utf8')).toBe(expected);
    expect(read(w, 'flake.lock').toString('utf8')).toBe(lock);
  } finally {
    writeFileSync(path.join(w.flake, 'flake.nix'), nixBefore);
    writeFileSync(path.join(w.flake, 'flake.lock'), lockBefore);
  }
}

async function ports(): Promise<UpdateDeps> {
  return wireUpdate({ settings, logger: new MemoryLogger() });
}

const req = (w: { flake: string }) => ({
  workspace: w.flake,
  paths: ['.'],
  inputs: [],
  build: { mode: 'auto' as const },
  dryRun: true,
});

describe('group: per-input on an update that moved a release tag', () => {
  test("tool's group moves its tag in flake.nix and its lock; themes' keeps flake.nix; both built in another process; the tree untouched", async () => {
    const w = makeTagWorld(false);
    const deps = await ports();
    const nixBefore = read(w, 'flake.nix');
    const lockBefore = read(w, 'flake.lock');
    const { plan: made } = await runPlan({ ...req(w), group: { kind: 'per-input' }, shards: 1 }, deps);
    expect(read(w, 'flake.nix').equals(nixBefore)).toBe(true);
    expect(read(w, 'flake.lock').equals(lockBefore)).toBe(true);
    // the plan travels as a file: its group flake.nix checked on read
    const plan = parsePlan(serializePlan(made), 'plan.json');
    const f = plan.flakes[0]!;
    expect(f.tagBumps).toEqual([{ input: 'tool', from: 'v1.0.0', to: 'v1.1.0' }]);
    expect(f.grouping!.refused).toEqual([]);
    const [themes, tool] = f.grouping!.groups;
    expect([themes!.name, tool!.name]).toEqual(['themes', 'tool']);
    const toolNix = w.nixText.replace('?ref=v1.0.0"', '?ref=v1.1.0"');
    expect(toolNix).not.toBe(w.nixText);
    expect([tool!.flakeNix, tool!.tagBumps]).toEqual([toolNix, [{ input: 'tool', from: 'v1.0.0', to: 'v1.1.0' }]]);
    expect([themes!.flakeNix, themes!.tagBumps]).toEqual([undefined, undefined]);
    // each group's after side evaluated with its pair: app's derivation differs from the full update's and each other's
    const drvOf = (targets: typeof f.targets) => targets.find((t) => t.attr === APP)!.after!.drvPath;
    expect(new Set([drvOf(f.targets), drvOf(tool!.targets), drvOf(themes!.targets)]).size).toBe(3);

    // another process builds the shard: each group's pair in place for its evaluation, then put back byte for byte
    const shard = await runBuild(plan, plan.shards[0]!, { workspace: w.flake }, deps);
    expect(read(w, 'flake.nix').equals(nixBefore)).toBe(true);
    expect(read(w, 'flake.lock').equals(lockBefore)).toBe(true);
    const report = mergeBuilds(plan, [{ file: 'build-0.json', build: parseBuild(serializeBuild(shard), 'build-0.json') }], {
      dryRun: true,
    });
    const [th, tl] = report.groups![0]!.groups.map((g) => g.flake);
    for (const g of [th!, tl!]) expect(g.configurations.map((c) => [c.attr, c.after.status])).toEqual([[APP, 'built']]);
    expect(tl!.flakeNix).toEqual({ before: w.nixText, after: toolNix });
    expect(tl!.tagBumps).toEqual([{ input: 'tool', from: 'v1.0.0', to: 'v1.1.0' }]);
    expect(changedRootInputs(tl!.lock.before, tl!.lock.after)).toEqual(['tool']);
    expect(lockedOf(tl!.lock.after, 'tool')?.rev).toBe(w.revs['tool@v1.1.0']);
    expect(th!.flakeNix).toBeUndefined();
    expect(th!.tagBumps).toBeUndefined();
    expect(changedRootInputs(th!.lock.before, th!.lock.after)).toEqual(['themes']);
    expect(lockedOf(th!.lock.after, 'tool')?.rev).toBe(w.revs['tool@v1.0.0']);
    expect(renderReport({ ...report, flakes: [tl!] }).markdown).toContain('- `tool`: v1.0.0 → v1.1.0 (release tag)');
    expect(renderReport({ ...report, flakes: [th!] }).markdown).not.toContain('release tag');

    // each pair is what Nix locks itself, and it builds
    pairBuilds(w, toolNix, tl!.lock.after, 'v1.1.0 dark\n');
    pairBuilds(w, w.nixText, th!.lock.after, 'v1.0.0 light\n');
    expect(read(w, 'flake.nix').equals(nixBefore)).toBe(true);
    expect(read(w, 'flake.lock').equals(lockBefore)).toBe(true);
  }, 300_000);

  test('a failing group evaluation in the plan puts flake.nix and flake.lock back byte for byte', async () => {
    const w = makeTagWorld(false);
    const deps = await ports();
    const nixBefore = read(w, 'flake.nix');
    const lockBefore = read(w, 'flake.lock');
    let evals = 0;
    const failing: UpdateDeps = {
      ...deps,
      nix: {
        ...deps.nix,
        evalExprJson: (...args: Parameters<UpdateDeps['nix']['evalExprJson']>) => {
          // before, after, then the groups' (themes, tool): tool's pair is in place when it fails
          if (++evals === 4) {
            expect(read(w, 'flake.nix').toString('utf8')).toContain('?ref=v1.1.0"');
            throw new Error('evaluator on fire');
          }
          return deps.nix.evalExprJson(...args);
        },
      },
    };
    await expect(runPlan({ ...req(w), group: { kind: 'per-input' } }, failing)).rejects.toThrow('evaluator on fire');
    expect(read(w, 'flake.nix').equals(nixBefore)).toBe(true);
    expect(read(w, 'flake.lock').equals(lockBefore)).toBe(true);
  }, 300_000);

  test("SIGTERM during a group's evaluation: the interrupt's undo puts flake.nix and flake.lock back byte for byte", async () => {
    const w = makeTagWorld(false);
    const deps = await ports();
    const nixBefore = read(w, 'flake.nix');
    const lockBefore = read(w, 'flake.lock');
    const said: string[] = [];
    const interrupts = new InterruptController({
      stopProcesses: async () => [],
      killProcesses: () => undefined,
      say: (line) => said.push(line),
      exit: (code) => said.push(`exit ${code}`),
    });
    let evals = 0;
    const signalled: UpdateDeps = {
      ...deps,
      interrupts,
      nix: {
        ...deps.nix,
        evalExprJson: async (...args: Parameters<UpdateDeps['nix']['evalExprJson']>) => {
          if (++evals === 4) {
            // tool's group: its pair is in place when the signal arrives; the handling ends with the exit
            expect(read(w, 'flake.nix').toString('utf8')).toContain('?ref=v1.1.0"');
            void interrupts.handle('SIGTERM');
            while (!said.some((l) => l.startsWith('exit'))) await new Promise((r) => setTimeout(r, 5));
          }
          return deps.nix.evalExprJson(...args);
        },
      },
    };
    await expect(runPlan({ ...req(w), group: { kind: 'per-input' } }, signalled)).rejects.toThrow(InterruptedError);
    expect(said.join('\n')).toContain('restored flake.nix');
    expect(said.join('\n')).toContain('restored flake.lock');
    expect(read(w, 'flake.nix').equals(nixBefore)).toBe(true);
    expect(read(w, 'flake.lock').equals(lockBefore)).toBe(true);
  }, 300_000);
});

describe('a named group of several inputs whose update breaks a target is bisected within the group', () => {
  test('update: {nixpkgs, fonts} where nixpkgs breaks alpha → the group proposes fonts only; per-input groups are not bisected', async () => {
    const world = makeBisectWorld();
    roots.push(world.root);
    const lockFile = path.join(world.flake, 'flake.lock');
    const before = readFileSync(lockFile);
    world.bumpNixpkgs({ ...VERSIONS, hello: '2.13', curl: '8.10.0' }, ['curl']);
    const fontsRev = world.bumpSource(world.fonts, 'serif');
    world.bumpSource(world.themes, 'light');
    const real = await ports();
    // every derivation set handed to `nix build`, to see that no trial is built twice
    const built: string[] = [];
    const deps: UpdateDeps = {
      ...real,
      nix: { ...real.nix, build: (drvs: readonly string[]) => (built.push([...drvs].sort().join(' ')), real.nix.build(drvs)) },
    };
    const report = await runUpdate(
      {
        workspace: world.flake,
        paths: ['.'],
        inputs: [],
        build: { mode: 'auto' },
        dryRun: false,
        bisect: { maxBuilds: 8 },
        group: parseGroup('group', 'pair=nixpkgs,fonts;themes=themes'),
      },
      deps,
    );
    // the flake's bisection and the group's share their trials: no derivation set is built twice
    expect(built.length).toBe(new Set(built).size);
    expect(built.length).toBe(1 + report.flakes[0]!.bisect!.builds + report.groups![0]!.groups[0]!.flake.bisect!.builds);
    writeFileSync(lockFile, before);
    const [pair, themes] = report.groups![0]!.groups;
    expect([pair!.name, pair!.inputs, themes!.name]).toEqual(['pair', ['fonts', 'nixpkgs'], 'themes']);
    const g: FlakeReport = pair!.flake;
    expect(g.bisect?.heldBack.map((h) => [h.input, h.targets])).toEqual([['nixpkgs', [ALPHA]]]);
    expect(g.bisect?.heldBack[0]!.evidence.logTail).toContain('curl: test suite failed');
    expect(g.bisect?.proposal).toBe('proposed');
    expect(g.bisect!.builds).toBeLessThanOrEqual(8);
    // the group's proposal: its lock without nixpkgs, so fonts only; themes (another group) never moved in it
    expect(changedRootInputs(g.lock.before, g.lock.after)).toEqual(['fonts']);
    expect(lockedOf(g.lock.after, 'fonts')?.rev).toBe(fontsRev);
    // its inputs are what its lock moves; nixpkgs is shown as held back, not as updated
    expect(g.inputs.map((c) => c.name)).toEqual(['fonts']);
    expect(g.heldBackInputs?.map((c) => c.name)).toEqual(['nixpkgs']);
    // the pull request's body names who was held back
    const md = renderReport({ ...report, flakes: [g] }).markdown;
    expect(md).toContain('### 🔎 Inputs held back');
    expect(md).toMatch(/\*\*`nixpkgs`\*\*/);
    // a one-input group is never bisected
    expect(themes!.flake.bisect).toBeUndefined();
    // Nix takes the proposal as it is
    writeFileSync(lockFile, g.lock.after);
    execFileSync('nix', ['flake', 'metadata', '--json', '--no-update-lock-file', world.flake], { stdio: ['ignore', 'pipe', 'ignore'] });
    expect(readFileSync(lockFile, 'utf8')).toBe(g.lock.after);
    writeFileSync(lockFile, before);
  }, 600_000);

  test("stages: {tool, themes} where tool's new tag breaks app → the shard bisects the group; it proposes themes only, flake.nix as it was", async () => {
    const w = makeTagWorld(true);
    const deps = await ports();
    const nixBefore = read(w, 'flake.nix');
    const lockBefore = read(w, 'flake.lock');
    const { plan } = await runPlan({ ...req(w), group: parseGroup('group', 'both=tool,themes'), shards: 1 }, deps);
    const shard = await runBuild(plan, plan.shards[0]!, { workspace: w.flake }, deps, { bisect: { maxBuilds: 8 } });
    expect(read(w, 'flake.nix').equals(nixBefore)).toBe(true);
    expect(read(w, 'flake.lock').equals(lockBefore)).toBe(true);
    const bisect = shard.flakes[0]!.groups![0]!.bisect!;
    expect([bisect.proposal, bisect.heldBack.map((h) => [h.input, h.tagBump])]).toEqual([
      'proposed',
      [['tool', { from: 'v1.0.0', to: 'v1.1.0' }]],
    ]);
    const report = mergeBuilds(plan, [{ file: 'build-0.json', build: parseBuild(serializeBuild(shard), 'build-0.json') }], {
      dryRun: true,
    });
    const g = report.groups![0]!.groups[0]!.flake;
    expect(changedRootInputs(g.lock.before, g.lock.after)).toEqual(['themes']);
    expect(g.inputs.map((c) => c.name)).toEqual(['themes']);
    expect(g.heldBackInputs?.map((c) => c.name)).toEqual(['tool']);
    expect(g.flakeNix).toEqual({ before: w.nixText, after: w.nixText });
    expect(g.tagBumps).toEqual([]);
    expect(renderReport({ ...report, flakes: [g] }).markdown).toContain('`flake.nix` keeps v1.0.0.');
    pairBuilds(w, w.nixText, g.lock.after, 'v1.0.0 light\n');
  }, 600_000);
});
