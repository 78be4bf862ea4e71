/**
 * Grouped pull requests across a job matrix, end to end (`node dist/index.js`, run `npm run bundle` first), real Nix
 * 2.8 on the local world of three `git+file:` inputs (dep, tool, docs; one package each), against the local GitHub
 * API: with `group: per-input`, the action's `plan` (the groups, their locks and shards in plan.json), one `build`
 * process per shard (each build file in its own artifact folder, carrying its groups' results) and `report` open the
 * same three pull requests — branch, title, body and flake.lock — as `update` on one runner does in another
 * repository of the same flake, with no warning; flake.lock stays byte-identical through plan and build.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { startGitHubServer, type GitHubServer } from '../support/github/server.js';
import { OWNER, UpdateWorld, runBundledAction, type ActionResult } from '../fixtures/e2e/update-world.js';

const TOKEN = 'ghs_e2eGroupMatrix_0a1b2c3d4e5f6071829';
const INPUTS = ['dep', 'tool', 'docs'] as const;
const SINGLE = 'single';
const MATRIX = 'matrix';
const branchOf = (input: string): string => `flake-steward/update-${input}`;

let gh: GitHubServer;
let w: UpdateWorld;
let single: string;
let matrix: string;

beforeAll(async () => {
  gh = await startGitHubServer({ token: TOKEN });
  w = await UpdateWorld.create('group-matrix', { extra: ['tool', 'docs'] });
  single = await w.checkout(gh, SINGLE);
  matrix = await w.checkout(gh, MATRIX);
  for (const i of INPUTS) await w.bumpInput(i, '2');
}, 120_000);

afterAll(async () => {
  await gh?.close();
  await w?.cleanup();
});

const SETTINGS = { group: 'per-input', labels: 'dependencies' };

function stage(inputs: Record<string, string>): Promise<ActionResult> {
  return runBundledAction(inputs, w.actionEnv(gh, MATRIX, matrix), w.tempRoot);
}

function ok(r: ActionResult): { code: number; problems: string[] } {
  return {
    code: r.code,
    problems: r.stdout.split('\n').filter((l) => l.startsWith('::error') || l.startsWith('::warning')),
  };
}

/** A pull request of `repo` from `input`'s branch, as a reviewer sees it, and the flake.lock of its branch. */
async function pullOf(repo: string, input: string) {
  const pr = gh.openPulls(OWNER, repo).find((p) => p.headRef === branchOf(input));
  if (!pr) return undefined;
  const head = (await gh.branches(OWNER, repo)).get(branchOf(input))!;
  const lock = (await gh.repo(OWNER, repo).git!.readFile(head, 'flake.lock'))!.contents.toString();
  return { title: pr.title, labels: pr.labels, draft: pr.draft, body: (pr.body ?? '').replaceAll(`${OWNER}/${repo}`, 'REPO'), lock };
}

describe('group: per-input through plan → build per shard → report', () => {
  let shards: string[];
  const lock = (): string => readFileSync(path.join(matrix, 'flake.lock'), 'utf8');
  let lockBefore: string;

  test('plan: the groups in plan.json, each with its lock; the lock left as it was', async () => {
    lockBefore = lock();
    const r = await stage({ command: 'plan', ...SETTINGS });
    expect(ok(r)).toEqual({ code: 0, problems: [] });
    const include = (JSON.parse(r.outputs['matrix']!) as { include: { shard: string; targets: string }[] }).include;
    shards = include.map((m) => m.shard);
    // one shard per package: each group's changed target shares its shard with the full update's
    expect(include.map((m) => m.targets).sort()).toEqual([...INPUTS].sort());
    const plan = JSON.parse(readFileSync(path.join(matrix, '.flake-steward', 'plan', 'plan.json'), 'utf8')) as {
      flakes: { grouping?: { groups: { name: string; inputs: string[]; targets: { name: string; shard: string | null }[] }[] } }[];
    };
    const groups = plan.flakes[0]!.grouping!.groups;
    expect(groups.map((g) => [g.name, g.inputs]).sort()).toEqual(INPUTS.map((i) => [i, [i]]).sort());
    for (const g of groups) {
      // each group moves its own package only
      expect(g.targets.filter((t) => t.shard !== null).map((t) => t.name)).toEqual([g.name]);
    }
    expect(lock()).toBe(lockBefore);
  }, 300_000);

  test('build: each shard in its own process; its build file carries its group results', async () => {
    for (const shard of shards) {
      const r = await stage({ command: 'build', shard, 'builds-dir': `.flake-steward/builds/build-${shard}` });
      expect({ shard, ...ok(r) }).toEqual({ shard, code: 0, problems: [] });
      const dir = path.join(matrix, '.flake-steward', 'builds', `build-${shard}`);
      expect(readdirSync(dir)).toEqual([`build-${shard}.json`]);
      const build = JSON.parse(readFileSync(path.join(dir, `build-${shard}.json`), 'utf8')) as {
        flakes: { configurations: { name: string }[]; groups: { name: string; configurations: { name: string }[] }[] }[];
      };
      const [own] = build.flakes[0]!.configurations.map((c) => c.name);
      expect(build.flakes[0]!.groups.map((g) => [g.name, g.configurations.map((c) => c.name)])).toEqual([[own, [own]]]);
      expect(lock()).toBe(lockBefore);
    }
  }, 300_000);

  test('report: the same three pull requests as update on one runner, and no warning', async () => {
    const report = await stage({ command: 'report', token: gh.token, ...SETTINGS });
    expect(ok(report)).toEqual({ code: 0, problems: [] });
    expect(report.outputs['pull-request-operation']).toBe('created');

    const update = await w.run(gh, SINGLE, single, SETTINGS);
    expect(ok(update)).toEqual({ code: 0, problems: [] });

    expect(gh.openPulls(OWNER, MATRIX).map((p) => p.headRef).sort()).toEqual(INPUTS.map(branchOf).sort());
    for (const i of INPUTS) {
      const fromMatrix = await pullOf(MATRIX, i);
      expect(fromMatrix?.title).toBe(`flake.lock: update ${i}`);
      expect(fromMatrix?.body).toMatch(new RegExp(`\\| ${i} \\| 1 \\| 2 \\|`));
      expect(fromMatrix).toEqual(await pullOf(SINGLE, i));
    }
    gh.assertNoViolations();
  }, 300_000);
});
