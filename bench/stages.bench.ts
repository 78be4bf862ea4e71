/**
 * The stages of a matrix update (issue 11):
 *  - `report` merging 200 build files: a plan of 200 changed NixOS configurations (300 store paths each, every third
 *    upgraded), one shard each, their build files in one folder per artifact; timed: read and check the plan and
 *    every build file, merge, render the Markdown report (what `flake-steward report --dry-run` does after start-up);
 *  - the single-runner update on a local flake world (real Nix; two NixOS hosts, a Home Manager user, a package and
 *    a check) where one input bump changes one of them: `node dist/cli.js update --dry-run --format json`, a new
 *    nixpkgs revision each run so the changed derivation is really built. `FLAKE_STEWARD_BENCH_CLI` runs another
 *    bundle (an older one, for before/after figures). Skipped where Nix is not installed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { summarizeClosureDiff } from '../src/closure/diff.js';
import { readPlan, runReport } from '../src/app/report.js';
import { reviewMarkdown } from '../src/app/review-publish.js';
import { MemoryLogger, systemClock } from '../src/core/ports.js';
import { renderReport } from '../src/render/update-report.js';
import { buildFileName, serializeBuild } from '../src/update/build-file.js';
import { assignShards, PLAN_FORMAT, sealPlan, serializePlan, type PlannedTarget } from '../src/update/plan-file.js';
import { nodeFs } from '../src/workspace/fs.js';
import { stageFiles } from '../src/workspace/stage-files.js';
import { INITIAL, makeWorld, type World } from '../__tests__/integration/update/update-world.js';
import type { BenchCase } from './harness.js';

const LOCK = `${JSON.stringify({ nodes: { root: { inputs: {} } }, root: 'root', version: 7 }, null, 2)}\n`;
const hash = (i: number, salt: number): string => `${salt}${i.toString(36)}`.padStart(32, '0');

function closures(packages: number): { before: Map<string, number>; after: Map<string, number> } {
  const before = new Map<string, number>();
  const after = new Map<string, number>();
  for (let i = 0; i < packages; i++) {
    before.set(`/nix/store/${hash(i, 0)}-pkg${i}-1.${i}`, 10_000 + i);
    const up = i % 3 === 0;
    after.set(`/nix/store/${hash(i, up ? 1 : 0)}-pkg${i}-1.${up ? i + 1 : i}`, 10_000 + i);
  }
  return { before, after };
}

let mergeDir: string | undefined;

function setupMerge(builds: number, packages: number): void {
  if (mergeDir) return;
  mergeDir = mkdtempSync(path.join(os.tmpdir(), 'fs-bench-stages-'));
  const drv = (name: string): string => `/nix/store/${'d'.repeat(32)}-${name}.drv`;
  const targets: PlannedTarget[] = Array.from({ length: builds }, (_, i) => ({
    attr: `nixosConfigurations.host${i}.config.system.build.toplevel`,
    kind: 'nixos',
    name: `host${i}`,
    before: { drvPath: drv(`before-${i}`) },
    after: { drvPath: drv(`after-${i}`) },
    shard: null,
  }));
  const plan = sealPlan(
    assignShards({
      format: PLAN_FORMAT,
      nixVersion: 'nix (Nix) 2.8.0',
      requestedInputs: [],
      flakes: [
        { dir: '.', lockFile: 'flake.lock', flakeNixSha256: 'f'.repeat(64), skipped: [], lock: { before: LOCK, after: LOCK }, targets },
      ],
    }),
  );
  mkdirSync(path.join(mergeDir, 'plan'));
  writeFileSync(path.join(mergeDir, 'plan', 'plan.json'), serializePlan(plan));
  const { before, after } = closures(packages);
  const diff = summarizeClosureDiff(before, after);
  for (const t of plan.flakes[0]!.targets) {
    const shard = t.shard!;
    const dir = path.join(mergeDir, 'builds', `flake-steward-build-${shard}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, buildFileName(shard)),
      serializeBuild({
        format: 1,
        planId: plan.id,
        shard,
        flakes: [
          {
            dir: '.',
            configurations: [
              {
                attr: t.attr,
                kind: t.kind,
                name: t.name,
                before: { status: 'built', outPaths: [`/nix/store/${hash(1, 7)}-a`], closureSize: diff.sizeBefore },
                after: { status: 'built', outPaths: [`/nix/store/${hash(2, 7)}-b`], closureSize: diff.sizeAfter },
                diff,
              },
            ],
          },
        ],
      }),
    );
  }
}

let world: World | undefined;
let bumps = 0;
const nixInstalled = (): boolean => spawnSync('nix', ['--version'], { stdio: 'ignore' }).status === 0;

export const stageCases: BenchCase[] = [
  {
    name: 'stages: report merging 200 build files (200 configurations x 300 paths): read, check, merge, render',
    runs: 5,
    setup: () => setupMerge(200, 300),
    run: async () => {
      const files = stageFiles();
      const report = await runReport(
        { workspace: mergeDir!, planDir: path.join(mergeDir!, 'plan'), buildsDir: path.join(mergeDir!, 'builds'), dryRun: true },
        { fs: nodeFs, files, logger: new MemoryLogger(), clock: systemClock },
      );
      const md = renderReport(report).markdown;
      const plan = await readPlan(files, path.join(mergeDir!, 'plan'));
      return { configurations: String(report.flakes[0]!.configurations.length), shards: String(plan.shards.length), chars: String(md.length) };
    },
  },
  {
    name: 'stages: review comment of the 200 merged build files (lint: 1,000 findings new, 1,000 present), within 65,536 chars',
    runs: 5,
    setup: () => setupMerge(200, 300),
    run: async () => {
      const report = await runReport(
        { workspace: mergeDir!, planDir: path.join(mergeDir!, 'plan'), buildsDir: path.join(mergeDir!, 'builds'), dryRun: true },
        { fs: nodeFs, files: stageFiles(), logger: new MemoryLogger(), clock: systemClock },
      );
      const finding = (i: number) => ({
        rule: 'duplicates/duplicate-input',
        severity: 'warning' as const,
        message: `input${i}/nixpkgs is a second copy of nixpkgs`,
        file: 'flake.nix',
        input: `input${i}/nixpkgs`,
        line: i + 1,
        column: 1,
        endLine: i + 1,
        endColumn: 2,
      });
      const md = reviewMarkdown({
        report,
        lint: { introduced: Array.from({ length: 1000 }, (_, i) => finding(i)), present: Array.from({ length: 1000 }, (_, i) => finding(i + 1000)) },
        sides: { base: { ref: 'main', sha: 'a'.repeat(40) }, head: { ref: 'HEAD', sha: 'b'.repeat(40) } },
        noFlakeChanges: false,
      });
      return { chars: String(md.length) };
    },
  },
  {
    name: 'stages: single-runner update --dry-run, 1 of 5 outputs changed (real Nix, a new revision each run)',
    runs: 5,
    setup: () => {
      if (!world && nixInstalled()) world = makeWorld();
    },
    run: (): Record<string, string> => {
      if (!world) return { skipped: 'no nix' };
      bumps++;
      world.bumpNixpkgs({ versions: { ...INITIAL.versions, openssl: `3.1.${bumps}.${process.pid}` } }, `openssl ${bumps}`);
      const cli = process.env['FLAKE_STEWARD_BENCH_CLI'] ?? path.join(process.cwd(), 'dist', 'cli.js');
      const r = spawnSync(process.execPath, [cli, 'update', world.flake, '--dry-run', '--format', 'json', '--on-build-failure', 'report'], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      if (r.status !== 0) throw new Error(`update failed: ${r.stderr}`);
      const json = JSON.parse(r.stdout) as { flakes: { configurations: { before: { status: string }; after: { status: string } }[] }[] };
      const built = json.flakes[0]!.configurations.filter((c) => c.after.status === 'built').length;
      const unchanged = json.flakes[0]!.configurations.filter((c) => c.after.status === 'unchanged').length;
      return { built: String(built), unchanged: String(unchanged) };
    },
  },
];


process.on('exit', () => {
  if (mergeDir) rmSync(mergeDir, { recursive: true, force: true });
  world?.dispose();
});
