/**
 * The bisection of a broken update with real Nix on a local world (issue 14): one update moves three root inputs
 * (nixpkgs, themes, fonts) and nixpkgs breaks the configuration `alpha`. Every trial lock is accepted by
 * `nix flake metadata` as it is; the update names nixpkgs with the log tail, proposes a lock that moves the other two,
 * which Nix accepts and which builds, within the bound; with bisect off the update is as before.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runUpdate } from '../../../src/app/update.js';
import { wireUpdate } from '../../../src/app/update-ports.js';
import { MemoryLogger } from '../../../src/core/ports.js';
import { runProcess } from '../../../src/exec/process.js';
import { commitMessage } from '../../../src/render/commit-message.js';
import { renderJson } from '../../../src/render/update-json.js';
import { renderReport } from '../../../src/render/update-report.js';
import { changedRootInputs, lockedOf, trialLock } from '../../../src/update/lock-surgery.js';
import type { UpdateReport } from '../../../src/update/update-result.js';
import { makeBisectWorld, VERSIONS, type BisectWorld } from './bisect-world.js';
import { git } from './update-world.js';

const settings = {
  inputs: [],
  build: { mode: 'auto' as const },
  dryRun: false,
  onBuildFailure: 'report' as const,
  nixOptions: [],
  acceptFlakeConfig: false,
};

/** Calls of the Nix port's build (one `nix build`, plus one more of the rest when some of several fail). */
let nixBuilds = 0;

const ALPHA = 'nixosConfigurations.alpha.config.system.build.toplevel';

async function update(
  world: BisectWorld,
  bisect: { maxBuilds: number } | undefined,
  dryRun: boolean,
): Promise<UpdateReport> {
  nixBuilds = 0;
  const wired = await wireUpdate({ settings, logger: new MemoryLogger(), runner: runProcess });
  const deps = {
    ...wired,
    nix: {
      ...wired.nix,
      build: (drvs: readonly string[]) => {
        nixBuilds++;
        return wired.nix.build(drvs);
      },
    },
  };
  return runUpdate(
    {
      workspace: world.flake,
      paths: ['.'],
      inputs: [],
      build: { mode: 'auto' },
      dryRun,
      ...(bisect ? { bisect } : {}),
    },
    deps,
  );
}

const metadata = (dir: string): { locks: { nodes: Record<string, { locked?: { rev?: string } }> } } =>
  JSON.parse(
    execFileSync('nix', ['flake', 'metadata', '--json', dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );

describe('bisect on a local world with three moving inputs', () => {
  let world: BisectWorld;
  let lockFile: string;
  let before: Buffer;
  let revs: { nixpkgs: string; themes: string; fonts: string };
  beforeAll(() => {
    world = makeBisectWorld();
    lockFile = path.join(world.flake, 'flake.lock');
    before = readFileSync(lockFile);
    revs = {
      nixpkgs: world.bumpNixpkgs({ ...VERSIONS, curl: '8.10.0' }, ['curl']),
      themes: world.bumpSource(world.themes, 'light'),
      fonts: world.bumpSource(world.fonts, 'serif'),
    };
  }, 120_000);
  afterAll(() => world.dispose());

  test('bisect off: the old behaviour (all three moved, alpha failing, no bisection, no extra build)', async () => {
    const report = await update(world, undefined, true);
    const flake = report.flakes[0]!;
    expect(flake.bisect).toBeUndefined();
    expect(nixBuilds).toBe(1);
    expect(changedRootInputs(flake.lock.before, flake.lock.after)).toEqual(['fonts', 'nixpkgs', 'themes']);
    expect(flake.configurations.find((c) => c.attr === ALPHA)?.after.status).toBe('failed');
    expect(readFileSync(lockFile).equals(before)).toBe(true);
    expect(JSON.parse(renderJson(report)).heldBack).toEqual([]);
    expect(renderReport(report).markdown).not.toContain('Inputs held back');
  }, 120_000);

  test('every trial lock is accepted by nix flake metadata as it is, and locks what it says', async () => {
    const report = await update(world, undefined, true);
    const { before: b, after: a } = report.flakes[0]!.lock;
    const changed = changedRootInputs(b, a);
    try {
      for (let mask = 0; mask < 1 << changed.length; mask++) {
        const moved = new Set(changed.filter((_, i) => mask & (1 << i)));
        const text = trialLock(b, a, moved);
        writeFileSync(lockFile, text);
        const meta = metadata(world.flake);
        expect(readFileSync(lockFile, 'utf8')).toBe(text); // Nix had nothing to change
        for (const name of changed) {
          const want = moved.has(name) ? lockedOf(a, name)?.rev : lockedOf(b, name)?.rev;
          expect(lockedOf(JSON.stringify(meta.locks), name)?.rev).toBe(want);
        }
        // tools/nixpkgs follows the root's nixpkgs, whichever side it is
        expect(lockedOf(text, 'tools/nixpkgs')?.rev).toBe(lockedOf(text, 'nixpkgs')?.rev);
      }
    } finally {
      writeFileSync(lockFile, before);
    }
  }, 120_000);

  test('bisect on: nixpkgs held back with the log tail; the lock moves themes and fonts, Nix accepts it, it builds', async () => {
    const report = await update(world, { maxBuilds: 8 }, false);
    try {
      const flake = report.flakes[0]!;
      const b = flake.bisect!;
      expect(b.heldBack.map((h) => [h.input, h.targets, h.exact])).toEqual([['nixpkgs', [ALPHA], true]]);
      expect(b.heldBack[0]!.evidence.logTail).toContain('curl: test suite failed');
      expect(b.proposal).toBe('proposed');
      expect(b.builds).toBeGreaterThan(0);
      expect(b.builds).toBeLessThanOrEqual(8);
      expect(nixBuilds - 1).toBe(b.builds); // the update's one build, then the bisection's

      // the lock written: themes and fonts moved, nixpkgs (and tools/nixpkgs through the follows) not
      const written = readFileSync(lockFile, 'utf8');
      expect(written).toBe(flake.lock.after);
      expect(lockedOf(written, 'nixpkgs')?.rev).toBe(lockedOf(flake.lock.before, 'nixpkgs')?.rev);
      expect(lockedOf(written, 'themes')?.rev).toBe(revs.themes);
      expect(lockedOf(written, 'fonts')?.rev).toBe(revs.fonts);
      metadata(world.flake);
      expect(readFileSync(lockFile, 'utf8')).toBe(written);
      const built = JSON.parse(
        execFileSync('nix', ['build', '--no-link', '--json', `${world.flake}#${ALPHA}`], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        }),
      ) as { outputs: { out: string } }[];
      const out = built[0]!.outputs.out;
      expect(readFileSync(out, 'utf8')).toContain('light serif');

      const md = renderReport(report).markdown;
      expect(md).toContain('Inputs held back');
      expect(md).toMatch(/\*\*`nixpkgs`\*\*: updating it alone breaks `nixosConfigurations\.alpha/);
      expect(md).toContain('curl: test suite failed');
      const json = JSON.parse(renderJson(report));
      expect(json.heldBack).toEqual([expect.objectContaining({ flake: '.', input: 'nixpkgs', targets: [ALPHA] })]);
      expect(json.bisectBuilds).toBe(b.builds);

      // the pull request moves what the written lock moves: nixpkgs is shown as held back (with its move), never as
      // updated — not in the inputs table, the headline, the commit message or the JSON's inputs
      expect(flake.inputs.map((c) => c.name).sort()).toEqual(['fonts', 'themes']);
      expect(flake.heldBackInputs?.map((c) => c.name)).toEqual(['nixpkgs']);
      expect(flake.heldBackInputs?.[0]?.after?.rev).toBe(revs.nixpkgs);
      expect(md).toMatch(/^\*\*2 inputs updated/m);
      expect(md).toMatch(new RegExp(`Not in this pull request: \`${String(lockedOf(flake.lock.before, 'nixpkgs')!.rev).slice(0, 7)}`));
      // alpha builds with the proposed lock: a note, not a failure of this pull request (its log tail is above, once)
      expect(md).toMatch(/> \[!NOTE\]\n> 1 build failed with every input moved, and builds with the lock this pull request proposes/);
      expect(md).not.toContain('[!CAUTION]');
      expect(md).not.toContain('### ❌ Build failures');
      expect(md.split('curl: test suite failed')).toHaveLength(2);
      const table = md.slice(md.indexOf('### Inputs'));
      expect(table).not.toMatch(/\|\s*`nixpkgs`/);
      const message = commitMessage(report);
      expect(message.split('\n')[0]).toBe('flake.lock: update fonts, themes');
      expect(message).not.toContain('nixpkgs');
      expect(json.flakes[0].inputs.map((c: { name: string }) => c.name).sort()).toEqual(['fonts', 'themes']);
      expect(json.flakes[0].heldBackInputs.map((c: { name: string }) => c.name)).toEqual(['nixpkgs']);
    } finally {
      git(world.flake, 'checkout', 'flake.lock');
    }
  }, 240_000);

  test('the bound: with two builds allowed, at most two, and no guess is proposed as found', async () => {
    const report = await update(world, { maxBuilds: 2 }, true);
    const b = report.flakes[0]!.bisect!;
    expect(b.builds).toBeLessThanOrEqual(2);
    expect(nixBuilds - 1).toBe(b.builds);
    for (const h of b.heldBack) expect(h.exact).toBe(false);
    expect(readFileSync(lockFile).equals(before)).toBe(true);
  }, 120_000);
});
