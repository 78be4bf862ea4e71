/**
 * `command: update` with `group: per-input`, end to end (`node dist/index.js`, run `npm run bundle` first), real Nix
 * 2.8 on a local world of three `git+file:` inputs (dep, tool, docs; one package each), against the local GitHub API:
 *   1. all three move upstream → three pull requests, each on its own branch with its own marker, its lock moving only
 *      its input (the others stay at the base's revisions), its body naming only its package;
 *   2. all three move again → the same three pull requests refreshed (same numbers, new revisions);
 *   3. dep's pull request is merged into main (so dep no longer moves) → its pull request is closed with a comment
 *      saying it was updated elsewhere, its branch deleted; the other two refreshed on the new base.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { gitAuthEnv } from '../../src/github/commit-files.js';
import { startGitHubServer, type GitHubServer } from '../support/github/server.js';
import { OWNER, UpdateWorld, type ActionResult } from '../fixtures/e2e/update-world.js';

const TOKEN = 'ghs_e2eGroupPR_0a1b2c3d4e5f60718293aa';
const NAME = 'infra';
const INPUTS = ['dep', 'tool', 'docs'] as const;
const branchOf = (input: string): string => `flake-steward/update-${input}`;

let gh: GitHubServer;
let w: UpdateWorld;
let ws: string;

beforeAll(async () => {
  gh = await startGitHubServer({ token: TOKEN });
  w = await UpdateWorld.create('group', { extra: ['tool', 'docs'] });
  ws = await w.checkout(gh, NAME);
}, 120_000);

afterAll(async () => {
  await gh?.close();
  await w?.cleanup();
});

function run(): Promise<ActionResult> {
  return w.run(gh, NAME, ws, { group: 'per-input', labels: 'dependencies' });
}

function failed(r: ActionResult): string {
  return `exit ${r.code}\n${r.stdout}\n${r.stderr}`;
}

type Lock = { nodes: Record<string, { locked?: { rev?: string } }> };

/** The locked rev of each input in the flake.lock of `ref` (a branch) on the server. */
async function revsOn(ref: string): Promise<Record<string, string | undefined>> {
  const repo = gh.repo(OWNER, NAME);
  const head = (await gh.branches(OWNER, NAME)).get(ref)!;
  const lock = JSON.parse((await repo.git!.readFile(head, 'flake.lock'))!.contents.toString()) as Lock;
  return Object.fromEntries(INPUTS.map((i) => [i, lock.nodes[i]?.locked?.rev]));
}

const pullFrom = (input: string) => gh.openPulls(OWNER, NAME).find((p) => p.headRef === branchOf(input));

describe('per-input pull requests through their life', () => {
  const numbers: Record<string, number> = {};
  let base: Record<string, string | undefined>;

  test('three inputs move: three pull requests, each moving only its input', async () => {
    base = await revsOn('main');
    const revs: Record<string, string> = {};
    for (const i of INPUTS) revs[i] = await w.bumpInput(i, '2');
    const r = await run();
    expect({ code: r.code, out: r.code === 0 ? '' : failed(r) }).toEqual({ code: 0, out: '' });
    expect(r.outputs['pull-request-operation']).toBe('created');

    const open = gh.openPulls(OWNER, NAME);
    expect(open.map((p) => p.headRef).sort()).toEqual(INPUTS.map(branchOf).sort());
    for (const i of INPUTS) {
      const pr = pullFrom(i)!;
      numbers[i] = pr.number;
      expect(pr.title).toBe(`flake.lock: update ${i}`);
      expect(pr.labels).toEqual(['dependencies']);
      expect(pr.body).toContain(`<!-- flake-steward:. group:${i} -->`);
      // its own package moved, no other
      expect(pr.body).toMatch(new RegExp(`\\| ${i} \\| 1 \\| 2 \\|`));
      for (const o of INPUTS.filter((x) => x !== i)) {
        expect(pr.body).not.toMatch(new RegExp(`\\| ${o} \\| 1 \\| 2 \\|`));
        expect(pr.body).not.toContain(revs[o]!.slice(0, 7));
      }
      // its lock: its input at the new revision, the others as on main
      expect(await revsOn(branchOf(i))).toEqual({ ...base, [i]: revs[i] });
    }
    expect(new Set(Object.values(numbers)).size).toBe(3);
    gh.assertNoViolations();
  }, 300_000);

  test('another upstream commit of each: the same three pull requests refreshed', async () => {
    const revs: Record<string, string> = {};
    for (const i of INPUTS) revs[i] = await w.bumpInput(i, '3');
    await w.world.git(ws, ['checkout', '--quiet', '--', 'flake.lock']);
    const r = await run();
    expect({ code: r.code, out: r.code === 0 ? '' : failed(r) }).toEqual({ code: 0, out: '' });
    expect(r.outputs['pull-request-operation']).toBe('updated');
    expect(gh.repo(OWNER, NAME).pulls).toHaveLength(3);
    for (const i of INPUTS) {
      const pr = pullFrom(i)!;
      expect(pr.number).toBe(numbers[i]);
      expect(pr.body).toMatch(new RegExp(`\\| ${i} \\| 1 \\| 3 \\|`));
      expect(pr.body).toContain(revs[i]!.slice(0, 7));
      expect(await revsOn(branchOf(i))).toEqual({ ...base, [i]: revs[i] });
    }
    gh.assertNoViolations();
  }, 300_000);

  test("dep's pull request merged: dep no longer moves, its pull request closed with a comment", async () => {
    const repo = gh.repo(OWNER, NAME);
    const branches = await gh.branches(OWNER, NAME);
    const lock = (await repo.git!.readFile(branches.get(branchOf('dep'))!, 'flake.lock'))!.contents.toString();
    const main = branches.get('main')!;
    const who = { name: 'Maintainer', email: 'm@example.com', date: '2024-02-01T00:00:00Z' };
    const merged = await repo.git!.createCommit({
      parent: main,
      changes: [{ path: 'flake.lock', contents: lock }],
      message: 'Merge: flake.lock: update dep',
      author: who,
      committer: who,
    });
    await repo.git!.updateRef('refs/heads/main', merged, main);
    await w.world.git(ws, ['fetch', '--quiet', 'origin'], { ...gitAuthEnv(gh.url, gh.token) });
    await w.world.git(ws, ['reset', '--quiet', '--hard', 'origin/main']);
    const onMain = await revsOn('main');

    const r = await run();
    expect({ code: r.code, out: r.code === 0 ? '' : failed(r) }).toEqual({ code: 0, out: '' });
    // dep's pull request: closed, with the comment, its branch gone
    const dep = repo.pulls.find((p) => p.number === numbers['dep'])!;
    expect(dep.state).toBe('closed');
    const comments = repo.comments.filter((c) => c.issueNumber === numbers['dep']);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('`dep` no longer moves');
    expect(comments[0]!.body).toContain('updated elsewhere');
    const now = await gh.branches(OWNER, NAME);
    expect(now.has(branchOf('dep'))).toBe(false);
    // the other two: open, the same numbers, on the new main (dep at main's revision)
    expect(gh.openPulls(OWNER, NAME).map((p) => p.number).sort()).toEqual([numbers['docs'], numbers['tool']].sort());
    for (const i of ['tool', 'docs']) {
      const head = now.get(branchOf(i))!;
      expect((await repo.git!.commitInfo(head))!.parents).toEqual([now.get('main')]);
      expect((await revsOn(branchOf(i)))['dep']).toBe(onMain['dep']);
      expect(repo.comments.filter((c) => c.issueNumber === numbers[i])).toEqual([]);
    }
    gh.assertNoViolations();
  }, 300_000);
});
