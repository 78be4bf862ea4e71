/**
 * Switching `group` modes, end to end (`node dist/index.js`, run `npm run bundle` first), real Nix 2.8 on a local world
 * of three `git+file:` inputs (dep, tool, docs), against the local GitHub API. Our pull requests of the mode left
 * behind are closed (found by our marker and our branch naming), with a comment naming what replaced them:
 *   1. `group: all`: one pull request on `flake-steward/update`;
 *   2. `per-input` restricted to `inputs: dep`: dep's pull request opens; the single one stays (the run does not cover
 *      tool and docs), as does a pull request someone else opened from a branch named like ours;
 *   3. `per-input`: three pull requests; the single one closed, its comment naming the three, its branch deleted;
 *   4. named groups `core=dep,tool;rest=*`: the per-input ones closed as superseded by core's and rest's;
 *   5. `core` renamed `base`: core's pull request closed as superseded by base's; rest's refreshed in place;
 *   6. back to `group: all`: one new pull request; base's and rest's closed, naming it.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startGitHubServer, type GitHubServer } from '../support/github/server.js';
import { OWNER, UpdateWorld, type ActionResult } from '../fixtures/e2e/update-world.js';

const TOKEN = 'ghs_e2eGroupSwitch_0a1b2c3d4e5f6071829';
const NAME = 'infra';
const INPUTS = ['dep', 'tool', 'docs'] as const;
const SINGLE = 'flake-steward/update';
const branchOf = (group: string): string => `${SINGLE}-${group}`;

let gh: GitHubServer;
let w: UpdateWorld;
let ws: string;

beforeAll(async () => {
  gh = await startGitHubServer({ token: TOKEN });
  w = await UpdateWorld.create('group-switch', { extra: ['tool', 'docs'] });
  ws = await w.checkout(gh, NAME);
  for (const i of INPUTS) await w.bumpInput(i, '2');
}, 120_000);

afterAll(async () => {
  await gh?.close();
  await w?.cleanup();
});

/** One run of the action with these inputs, the checkout's flake.lock put back first (the run rewrites it). */
async function run(inputs: Record<string, string>): Promise<ActionResult> {
  await w.world.git(ws, ['checkout', '--quiet', '--', 'flake.lock']);
  const r = await w.run(gh, NAME, ws, inputs);
  expect({ code: r.code, out: r.code === 0 ? '' : `exit ${r.code}\n${r.stdout}\n${r.stderr}` }).toEqual({
    code: 0,
    out: '',
  });
  return r;
}

const open = () => gh.openPulls(OWNER, NAME);
const pullFrom = (branch: string) => open().find((p) => p.headRef === branch);
const pull = (n: number) => gh.repo(OWNER, NAME).pulls.find((p) => p.number === n)!;
const commentsOn = (n: number) => gh.comments(OWNER, NAME, n).map((c) => c.body);

/** The pull request `n` is closed, its one comment saying it is superseded and naming each of `by`, its branch gone. */
async function expectSuperseded(n: number, branch: string, by: readonly number[]): Promise<void> {
  expect(pull(n).state).toBe('closed');
  const comments = commentsOn(n);
  expect(comments).toHaveLength(1);
  expect(comments[0]).toContain('superseded');
  for (const k of by) expect(comments[0]).toContain(`#${k}`);
  expect((await gh.branches(OWNER, NAME)).has(branch)).toBe(false);
}

describe('switching group modes closes the pull requests of the mode left behind', () => {
  let single: number;
  let foreign: number;
  const perInput: Record<string, number> = {};
  const named: Record<string, number> = {};

  test('group: all opens the single pull request', async () => {
    const r = await run({});
    expect(r.outputs['pull-request-operation']).toBe('created');
    expect(open().map((p) => p.headRef)).toEqual([SINGLE]);
    single = pullFrom(SINGLE)!.number;
    expect(pull(single).body).toContain('<!-- flake-steward:. -->');
    gh.assertNoViolations();
  }, 300_000);

  test('per-input restricted to dep: dep opens, the single pull request stays (the run does not cover it)', async () => {
    // someone else's pull request from a branch named like a group's, without our marker: never ours to close
    const repo = gh.repo(OWNER, NAME);
    const main = (await gh.branches(OWNER, NAME)).get('main')!;
    const who = { name: 'Someone', email: 's@example.com', date: '2024-02-01T00:00:00Z' };
    const c = await repo.git!.createCommit({
      parent: main,
      changes: [{ path: 'README', contents: 'hello\n' }],
      message: 'readme',
      author: who,
      committer: who,
    });
    await repo.git!.updateRef(`refs/heads/${branchOf('manual')}`, c);
    foreign = (
      await gh.openPull(OWNER, NAME, {
        head: branchOf('manual'),
        title: 'a readme',
        body: 'not from flake-steward',
        user: 'someone',
      })
    ).number;

    await run({ group: 'per-input', inputs: 'dep' });
    perInput['dep'] = pullFrom(branchOf('dep'))!.number;
    expect(pull(single).state).toBe('open');
    expect(commentsOn(single)).toEqual([]);
    expect(pull(foreign).state).toBe('open');
    gh.assertNoViolations();
  }, 300_000);

  test('per-input: three pull requests; the single one closed, naming them', async () => {
    await run({ group: 'per-input' });
    for (const i of INPUTS) perInput[i] = pullFrom(branchOf(i))!.number;
    expect(
      open()
        .map((p) => p.number)
        .sort(),
    ).toEqual([...Object.values(perInput), foreign].sort());
    await expectSuperseded(single, SINGLE, Object.values(perInput));
    expect(commentsOn(single)[0]).toContain('group: per-input');
    for (const i of INPUTS) expect(commentsOn(perInput[i]!)).toEqual([]);
    expect(pull(foreign).state).toBe('open');
    gh.assertNoViolations();
  }, 300_000);

  test('named groups: the per-input pull requests closed as superseded by the groups', async () => {
    await run({ group: 'core=dep,tool;rest=*' });
    named['core'] = pullFrom(branchOf('core'))!.number;
    named['rest'] = pullFrom(branchOf('rest'))!.number;
    expect(
      open()
        .map((p) => p.number)
        .sort(),
    ).toEqual([named['core'], named['rest'], foreign].sort());
    for (const i of INPUTS) await expectSuperseded(perInput[i]!, branchOf(i), [named['core']!, named['rest']!]);
    gh.assertNoViolations();
  }, 300_000);

  test('a renamed group: its old pull request closed as superseded; the other refreshed in place', async () => {
    await run({ group: 'base=dep,tool;rest=*' });
    named['base'] = pullFrom(branchOf('base'))!.number;
    expect(pullFrom(branchOf('rest'))!.number).toBe(named['rest']);
    await expectSuperseded(named['core']!, branchOf('core'), [named['base']]);
    expect(commentsOn(named['core']!)[0]).toContain('`core` is no longer a group');
    expect(commentsOn(named['rest']!)).toEqual([]);
    gh.assertNoViolations();
  }, 300_000);

  test('back to group: all: one new pull request; the grouped ones closed, naming it', async () => {
    const r = await run({});
    expect(r.outputs['pull-request-operation']).toBe('created');
    const again = pullFrom(SINGLE)!.number;
    expect(again).not.toBe(single);
    expect(
      open()
        .map((p) => p.number)
        .sort(),
    ).toEqual([again, foreign].sort());
    await expectSuperseded(named['base']!, branchOf('base'), [again]);
    await expectSuperseded(named['rest']!, branchOf('rest'), [again]);
    expect(commentsOn(named['rest']!)[0]).toContain('group: all');
    expect(pull(foreign).state).toBe('open');
    gh.assertNoViolations();
  }, 300_000);
});
