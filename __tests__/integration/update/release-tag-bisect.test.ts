/**
 * Release-tag bumps meet the bisection, with real Nix and git on a local world (no network; issue 14). `tool` is
 * pinned to `?ref=v1.0.0` and its newest tag v1.1.0 breaks the package `app`; `lib` is pinned to `?ref=v0.1.0`
 * and moves to v0.2.0 harmlessly; `themes` follows a branch and moves too. The update bisects (each trial a pair:
 * flake.nix with only the moved inputs' tag bumps, and the trial lock), holds back tool's bump (flake.nix keeps
 * v1.0.0, byte for byte elsewhere), moves lib's tag and themes; `nix flake metadata` accepts the result as it is
 * (no relock) and it builds. The same through the stages (plan, a shard's build that bisects, report). A bisection
 * stopped by an error puts both files back byte for byte. With `release-tags: false`, no remote is asked and
 * flake.nix is never touched.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBuild } from '../../../src/app/build.js';
import { runPlan, type UpdateDeps } from '../../../src/app/plan.js';
import { placeLocks, proposedPlan } from '../../../src/app/report.js';
import { runUpdate } from '../../../src/app/update.js';
import { wireUpdate } from '../../../src/app/update-ports.js';
import { MemoryLogger } from '../../../src/core/ports.js';
import { InterruptController, InterruptedError } from '../../../src/exec/interrupt.js';
import { renderJson } from '../../../src/render/update-json.js';
import { renderReport } from '../../../src/render/update-report.js';
import { parseBuild, serializeBuild } from '../../../src/update/build-file.js';
import { lockedOf } from '../../../src/update/lock-surgery.js';
import { mergeBuilds } from '../../../src/update/merge-builds.js';
import { currentSystem, git } from './update-world.js';

const settings = { nixOptions: [], acceptFlakeConfig: false };
const system = currentSystem();
const APP = `packages.${system}.app`;

interface TagWorld {
  readonly flake: string;
  readonly nixText: string;
  readonly revs: Record<string, string>;
}

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

function flakeText(urls: Record<string, string>): string {
  // odd formatting on purpose: only lib's tag may change
  return `{
  description   = "tag bisect";   # tool stays at v1.0.0 when its bump breaks app
  inputs = {
    tool = { url = "${urls['tool']}?ref=v1.0.0";  flake = false; };
    lib.url   =  "${urls['lib']}?ref=v0.1.0";
    lib.flake = false;
    themes = { url = "${urls['themes']}"; flake = false; };
  };
  outputs = { self, tool, lib, themes }:
    let read = src: f: builtins.replaceStrings [ "\\n" ] [ "" ] (builtins.readFile "\${src}/\${f}");
    in {
      packages."${system}".app = builtins.derivation {
        name = "app";
        system = "${system}";
        builder = "/bin/sh";
        args = [ "-c" (if read tool "mode" == "broken"
          then "echo tool \${read tool "version"}: test suite failed >&2; exit 1"
          else "echo \${read tool "version"} \${read lib "version"} \${read themes "value"} > $out") ];
      };
    };
}
`;
}

/** A fresh world: tool tagged v1.0.0 then v1.1.0 (broken), lib v0.1.0 then v0.2.0, themes moved after the lock. */
function makeTagWorld(): TagWorld {
  const root = mkdtempSync(path.join(os.tmpdir(), 'fs-tag-bisect-'));
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
  for (const d of ['tool', 'lib', 'themes', 'flake']) {
    mkdirSync(dir(d));
    git(dir(d), 'init', '-q', '-b', 'main');
  }
  commit(dir('tool'), { version: 'v1.0.0\n', mode: 'ok\n' }, 'v1.0.0');
  commit(dir('lib'), { version: 'v0.1.0\n' }, 'v0.1.0');
  commit(dir('themes'), { value: 'dark\n' });
  const nixText = flakeText({ tool: `git+file://${dir('tool')}`, lib: `git+file://${dir('lib')}`, themes: `git+file://${dir('themes')}` });
  writeFileSync(path.join(dir('flake'), 'flake.nix'), nixText);
  git(dir('flake'), 'add', '-A');
  execFileSync('nix', ['flake', 'lock', dir('flake')], { stdio: 'ignore' });
  git(dir('flake'), 'add', '-A');
  git(dir('flake'), 'commit', '-q', '-m', 'init');
  // upstream moves: a new tool tag that breaks app, a new lib tag, a new themes commit
  commit(dir('tool'), { version: 'v1.1.0\n', mode: 'broken\n' }, 'v1.1.0');
  commit(dir('lib'), { version: 'v0.2.0\n' }, 'v0.2.0');
  commit(dir('themes'), { value: 'light\n' });
  return { flake: dir('flake'), nixText, revs };
}

/** The real ports, with every remote asked for its tags and every `nix build` counted. */
async function ports(): Promise<{ deps: UpdateDeps; asked: string[]; builds: () => number }> {
  const wired = await wireUpdate({ settings, logger: new MemoryLogger() });
  const asked: string[] = [];
  let builds = 0;
  const deps: UpdateDeps = {
    ...wired,
    nix: {
      ...wired.nix,
      build: (drvs: readonly string[]) => {
        builds++;
        return wired.nix.build(drvs);
      },
    },
    tags: {
      remoteTags: (url: string) => {
        asked.push(url);
        return wired.tags!.remoteTags(url);
      },
    },
  };
  return { deps, asked, builds: () => builds };
}

const read = (w: TagWorld, f: string): string => readFileSync(path.join(w.flake, f), 'utf8');

/** Nix takes the flake as it is (no relock: the lock is byte-identical after), and app builds to `expected`. */
function acceptedAndBuilds(w: TagWorld, expected: string): void {
  const lock = read(w, 'flake.lock');
  execFileSync('nix', ['flake', 'metadata', '--json', '--no-update-lock-file', w.flake], { stdio: ['ignore', 'pipe', 'ignore'] });
  expect(read(w, 'flake.lock')).toBe(lock);
  const built = JSON.parse(
    execFileSync('nix', ['build', '--no-link', '--json', '--no-update-lock-file', `${w.flake}#app`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as { outputs: { out: string } }[];
  expect(readFileSync(built[0]!.outputs.out, 'utf8')).toBe(expected);
  expect(read(w, 'flake.lock')).toBe(lock);
}

/** flake.nix with lib's tag moved and nothing else. */
const libOnly = (w: TagWorld): string => {
  const out = w.nixText.replace('?ref=v0.1.0"', '?ref=v0.2.0"');
  expect(out).not.toBe(w.nixText);
  return out;
};

describe('an update whose new release tag breaks a target, beside other moving inputs', () => {
  test('update: tool’s tag bump held back (flake.nix keeps v1.0.0), lib and themes moved; accepted and built', async () => {
    const w = makeTagWorld();
    const { deps, builds } = await ports();
    const report = await runUpdate(
      { workspace: w.flake, paths: ['.'], inputs: [], build: { mode: 'auto' }, dryRun: false, bisect: { maxBuilds: 8 } },
      deps,
    );
    const f = report.flakes[0]!;
    const b = f.bisect!;
    expect(b.heldBack.map((h) => [h.input, h.targets, h.exact, h.tagBump])).toEqual([
      ['tool', [APP], true, { from: 'v1.0.0', to: 'v1.1.0' }],
    ]);
    expect(b.heldBack[0]!.evidence.logTail).toContain('tool v1.1.0: test suite failed');
    expect(b.proposal).toBe('proposed');
    expect(b.builds).toBeLessThanOrEqual(8);
    expect(builds() - 1).toBe(b.builds);

    // flake.nix: lib's tag moved, tool's kept, every other byte as written; the held-back bump is not listed as done
    expect(read(w, 'flake.nix')).toBe(libOnly(w));
    expect(f.flakeNix).toEqual({ before: w.nixText, after: libOnly(w) });
    expect(f.tagBumps).toEqual([{ input: 'lib', from: 'v0.1.0', to: 'v0.2.0' }]);
    // the lock: tool at v1.0.0's commit (its entry as before), lib at v0.2.0's, themes at its new head
    const lock = read(w, 'flake.lock');
    expect(lock).toBe(f.lock.after);
    expect(lockedOf(lock, 'tool')?.rev).toBe(w.revs['tool@v1.0.0']);
    expect(lockedOf(lock, 'lib')?.rev).toBe(w.revs['lib@v0.2.0']);
    expect(lockedOf(lock, 'themes')?.rev).toBe(w.revs['themes@head']);
    acceptedAndBuilds(w, 'v1.0.0 v0.2.0 light\n');

    const md = renderReport(report).markdown;
    expect(md).toMatch(/\*\*`tool`\*\*: updating it to release tag v1\.1\.0 alone breaks `packages\./);
    expect(md).toContain('`flake.nix` keeps v1.0.0.');
    expect(md).toContain('- `lib`: v0.1.0 → v0.2.0 (release tag)');
    expect(md).not.toContain('- `tool`: v1.0.0 → v1.1.0 (release tag)');
    const json = JSON.parse(renderJson(report)) as { heldBack: unknown[]; flakes: { tagBumps: unknown[] }[] };
    expect(json.heldBack).toEqual([expect.objectContaining({ input: 'tool', tagBump: { from: 'v1.0.0', to: 'v1.1.0' } })]);
    expect(json.flakes[0]!.tagBumps).toEqual([{ input: 'lib', from: 'v0.1.0', to: 'v0.2.0' }]);
  }, 300_000);

  test('stages: the shard that saw the failure bisects it; its build file carries the flake.nix the report writes', async () => {
    const w = makeTagWorld();
    const { deps } = await ports();
    const req = { workspace: w.flake, paths: ['.'], inputs: [], build: { mode: 'auto' as const }, dryRun: false };
    const { plan } = await runPlan({ ...req, shards: 1 }, deps);
    expect(plan.flakes[0]!.tagBumps?.map((t) => t.input).sort()).toEqual(['lib', 'tool']);
    const nixBefore = readFileSync(path.join(w.flake, 'flake.nix'));
    const lockBefore = readFileSync(path.join(w.flake, 'flake.lock'));
    // another process: nothing instantiated, the shard evaluates and bisects with its own trials
    const shard = await runBuild(plan, plan.shards[0]!, { workspace: w.flake }, deps, { bisect: { maxBuilds: 8 } });
    expect(readFileSync(path.join(w.flake, 'flake.nix')).equals(nixBefore)).toBe(true);
    expect(readFileSync(path.join(w.flake, 'flake.lock')).equals(lockBefore)).toBe(true);
    const bisect = shard.flakes[0]!.bisect!;
    expect([bisect.proposal, bisect.flakeNix, bisect.heldBack.map((h) => h.input)]).toEqual(['proposed', libOnly(w), ['tool']]);
    // through the artifact's schema, merged, and written by the report
    const file = parseBuild(serializeBuild(shard), 'build-0.json');
    const report = mergeBuilds(plan, [{ file: 'build-0.json', build: file }], { dryRun: false });
    await placeLocks(proposedPlan(plan, report), w.flake, deps);
    expect(read(w, 'flake.nix')).toBe(libOnly(w));
    expect(read(w, 'flake.lock')).toBe(bisect.lock);
    expect(report.flakes[0]!.tagBumps).toEqual([{ input: 'lib', from: 'v0.1.0', to: 'v0.2.0' }]);
    acceptedAndBuilds(w, 'v1.0.0 v0.2.0 light\n');
  }, 300_000);

  test('a bisection stopped by an error puts flake.nix and flake.lock back byte for byte', async () => {
    const w = makeTagWorld();
    const { deps } = await ports();
    const nixBefore = readFileSync(path.join(w.flake, 'flake.nix'));
    const lockBefore = readFileSync(path.join(w.flake, 'flake.lock'));
    let calls = 0;
    const failing: UpdateDeps = {
      ...deps,
      nix: {
        ...deps.nix,
        build: (drvs: readonly string[]) => {
          // the update's own build, then the first trial: the trial's files are in place when it throws
          if (++calls === 2) {
            expect(read(w, 'flake.nix')).not.toBe(w.nixText);
            throw new Error('the runner died');
          }
          return deps.nix.build(drvs);
        },
      },
    };
    await expect(
      runUpdate(
        { workspace: w.flake, paths: ['.'], inputs: [], build: { mode: 'auto' }, dryRun: false, bisect: { maxBuilds: 8 } },
        failing,
      ),
    ).rejects.toThrow('the runner died');
    expect(calls).toBe(2);
    expect(readFileSync(path.join(w.flake, 'flake.nix')).equals(nixBefore)).toBe(true);
    expect(readFileSync(path.join(w.flake, 'flake.lock')).equals(lockBefore)).toBe(true);
  }, 300_000);

  test('SIGTERM during a trial: the interrupt’s undo puts flake.nix and flake.lock back byte for byte', async () => {
    const w = makeTagWorld();
    const { deps } = await ports();
    const nixBefore = readFileSync(path.join(w.flake, 'flake.nix'));
    const lockBefore = readFileSync(path.join(w.flake, 'flake.lock'));
    const said: string[] = [];
    const interrupts = new InterruptController({
      stopProcesses: async () => [],
      killProcesses: () => undefined,
      say: (line) => said.push(line),
      exit: (code) => said.push(`exit ${code}`),
    });
    let calls = 0;
    const signalled: UpdateDeps = {
      ...deps,
      interrupts,
      nix: {
        ...deps.nix,
        build: async (drvs: readonly string[]) => {
          if (++calls < 2) return deps.nix.build(drvs);
          // the first trial's files are in place when the signal arrives; the handling ends with the exit
          void interrupts.handle('SIGTERM');
          while (!said.some((l) => l.startsWith('exit'))) await new Promise((r) => setTimeout(r, 5));
          return deps.nix.build(drvs);
        },
      },
    };
    await expect(
      runUpdate(
        { workspace: w.flake, paths: ['.'], inputs: [], build: { mode: 'auto' }, dryRun: false, bisect: { maxBuilds: 8 } },
        signalled,
      ),
    ).rejects.toThrow(InterruptedError);
    expect(said.join('\n')).toContain('restored flake.lock and flake.nix');
    expect(said).toContain('exit 143');
    expect(readFileSync(path.join(w.flake, 'flake.nix')).equals(nixBefore)).toBe(true);
    expect(readFileSync(path.join(w.flake, 'flake.lock')).equals(lockBefore)).toBe(true);
  }, 300_000);
});

describe('release-tags: false', () => {
  test('no remote is asked for its tags, flake.nix is never touched; the rest of the update as before', async () => {
    const w = makeTagWorld();
    const { deps, asked } = await ports();
    const nixBefore = readFileSync(path.join(w.flake, 'flake.nix'));
    const report = await runUpdate(
      { workspace: w.flake, paths: ['.'], inputs: [], build: { mode: 'auto' }, dryRun: false, releaseTags: false },
      deps,
    );
    expect(asked).toEqual([]);
    const f = report.flakes[0]!;
    expect([f.flakeNix, f.tagBumps]).toEqual([undefined, undefined]);
    expect(readFileSync(path.join(w.flake, 'flake.nix')).equals(nixBefore)).toBe(true);
    // the pins hold: tool and lib at their tags' commits; themes moved
    const lock = read(w, 'flake.lock');
    expect(lockedOf(lock, 'tool')?.rev).toBe(w.revs['tool@v1.0.0']);
    expect(lockedOf(lock, 'lib')?.rev).toBe(w.revs['lib@v0.1.0']);
    expect(lockedOf(lock, 'themes')?.rev).toBe(w.revs['themes@head']);
    acceptedAndBuilds(w, 'v1.0.0 v0.1.0 light\n');

    // on (the default), the same ports ask both remotes: the spy sees what the switch stops
    const dry = await runUpdate(
      { workspace: w.flake, paths: ['.'], inputs: [], build: { mode: 'auto' }, dryRun: true },
      deps,
    );
    expect(asked).toHaveLength(2);
    expect(dry.flakes[0]!.tagBumps?.map((b) => b.input)).toEqual(['tool', 'lib']);
    expect(readFileSync(path.join(w.flake, 'flake.nix')).equals(nixBefore)).toBe(true);
  }, 300_000);
});
