/**
 * `command: update` end to end (run `npm run bundle` first): the build gate, faults and git mode, each on its own
 * repository of the local GitHub server and a real checkout of it, with real Nix.
 *   - an update that breaks the build: `on-build-failure: draft` (the default) opens a draft with the failure
 *     first; `skip-pr` opens nothing, and the step succeeds with a warning;
 *   - a rate limit too far away to wait for is reported, the run fails, and no half-made state is left (no branch
 *     without a pull request); the next run succeeds;
 *   - `commit-mode: git` pushes the commit to the server's bare repository over HTTP, with the author given;
 *   - the token appears in no output, log or file.
 * The fault and git-mode runs use `build: none` (the builds are covered above and in update-pr.test.ts).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { findToken, tokenForms } from '../support/github/secrets.js';
import { startGitHubServer, type GitHubServer } from '../support/github/server.js';
import { commands, OWNER, UpdateWorld, type ActionResult } from '../fixtures/e2e/update-world.js';

const TOKEN = 'ghs_e2eUpdateGate_f00dfacecafe1234beef';
const BRANCH = 'flake-steward/update';

let gh: GitHubServer;
let broken: UpdateWorld;
let fine: UpdateWorld;
const runs: ActionResult[] = [];

beforeAll(async () => {
  gh = await startGitHubServer({ token: TOKEN });
  broken = await UpdateWorld.create('gate-broken');
  await broken.bump('2', { broken: true });
  fine = await UpdateWorld.create('gate-fine');
  await fine.bump('2');
}, 120_000);

afterAll(async () => {
  await gh?.close();
  await broken?.cleanup();
  await fine?.cleanup();
});

async function run(
  w: UpdateWorld,
  name: string,
  dir: string,
  inputs: Record<string, string> = {},
): Promise<ActionResult> {
  const r = await w.run(gh, name, dir, inputs);
  runs.push(r);
  return r;
}

const shown = (r: ActionResult): string => `exit ${r.code}\n${r.stdout}\n${r.stderr}`;
const ok = (r: ActionResult) => ({ code: r.code, log: r.code === 0 ? '' : shown(r) });
const branchNames = async (name: string): Promise<string[]> => [...(await gh.branches(OWNER, name)).keys()].sort();

describe('on-build-failure', () => {
  test('draft (the default): a draft pull request with the failure first; the step succeeds with a warning', async () => {
    const dir = await broken.checkout(gh, 'draft');
    const r = await run(broken, 'draft', dir);
    expect(ok(r)).toEqual({ code: 0, log: '' });
    expect(r.outputs['pull-request-operation']).toBe('created');
    const open = gh.openPulls(OWNER, 'draft');
    expect(open).toHaveLength(1);
    const pr = open[0]!;
    expect(pr.draft).toBe(true);
    const body = pr.body ?? '';
    const caution = body.indexOf('[!CAUTION]');
    expect(caution).toBeGreaterThan(-1);
    // The failure comes before everything but the headline: before the inputs table.
    expect(caution).toBeLessThan(body.indexOf('### Inputs'));
    expect(body).toContain('packages.x86_64-linux.app');
    expect(body).toContain('app: the new dep broke the build');
    expect(commands(r.stdout, 'warning').join('\n')).toMatch(/build\(s\) failed after the update/);
    expect(commands(r.stdout, 'error')).toEqual([]);
    gh.assertNoViolations();
  }, 240_000);

  test('skip-pr: no pull request, no branch, operation none; the step succeeds with a warning', async () => {
    const dir = await broken.checkout(gh, 'skip');
    const r = await run(broken, 'skip', dir, { 'on-build-failure': 'skip-pr' });
    expect(ok(r)).toEqual({ code: 0, log: '' });
    expect(r.outputs['has-updates']).toBe('true');
    expect(r.outputs['pull-request-operation']).toBe('none');
    expect(r.outputs['pull-request-number']).toBe('');
    expect(gh.repo(OWNER, 'skip').pulls).toEqual([]);
    expect(await branchNames('skip')).toEqual(['main']);
    expect(commands(r.stdout, 'warning').join('\n')).toMatch(/No pull request for flake\.lock: .*skip-pr/);
    // The job summary still has the report with the failure.
    expect(r.summary).toContain('app: the new dep broke the build');
    gh.assertNoViolations();
  }, 240_000);
});

describe('faults and git mode', () => {
  test('a rate limit too far away is reported: the run fails, nothing half-made is left; the next run succeeds', async () => {
    const dir = await fine.checkout(gh, 'ratelimit');
    gh.faults.add({
      match: { operation: 'pulls/create' },
      respond: { kind: 'rate-limit', resetIn: 3600 },
      times: Infinity,
    });
    const r = await run(fine, 'ratelimit', dir, { build: 'none' });
    gh.faults.clear();
    expect(r.code).toBe(1);
    const errors = commands(r.stdout, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/rate limit/i);
    expect(r.outputs['pull-request-operation']).toBe('none');
    // The branch was made, the pull request refused: the branch is gone again.
    expect(gh.calls('git/create-ref').length).toBeGreaterThan(0);
    expect(gh.repo(OWNER, 'ratelimit').pulls).toEqual([]);
    expect(await branchNames('ratelimit')).toEqual(['main']);

    await fine.world.git(dir, ['checkout', '--quiet', '--', 'flake.lock']);
    const again = await run(fine, 'ratelimit', dir, { build: 'none' });
    expect(ok(again)).toEqual({ code: 0, log: '' });
    expect(again.outputs['pull-request-operation']).toBe('created');
    expect(gh.openPulls(OWNER, 'ratelimit')).toHaveLength(1);
    expect(await branchNames('ratelimit')).toEqual([BRANCH, 'main']);
    gh.assertNoViolations();
  }, 240_000);

  test('commit-mode git: the commit pushed over HTTP to the bare repository, with the author given', async () => {
    const dir = await fine.checkout(gh, 'gitmode');
    const apiCommits = gh.calls('createCommitOnBranch').length;
    const pushes = gh.calls('git-receive-pack').length;
    const r = await run(fine, 'gitmode', dir, {
      build: 'none',
      'commit-mode': 'git',
      author: 'Flake Bot <bot@example.com>',
      signoff: 'true',
    });
    expect(ok(r)).toEqual({ code: 0, log: '' });
    expect(r.outputs['pull-request-operation']).toBe('created');
    expect(gh.calls('createCommitOnBranch')).toHaveLength(apiCommits);
    expect(gh.calls('git-receive-pack').length).toBeGreaterThan(pushes);

    const repo = gh.repo(OWNER, 'gitmode');
    const branches = await gh.branches(OWNER, 'gitmode');
    const head = branches.get(BRANCH)!;
    const info = (await repo.git!.commitInfo(head))!;
    expect(info.parents).toEqual([branches.get('main')]);
    expect(info.author).toMatchObject({ name: 'Flake Bot', email: 'bot@example.com' });
    expect(info.message).toMatch(/^flake\.lock: update dep\n[\s\S]*\nSigned-off-by: Flake Bot <bot@example\.com>\n?$/);
    expect(repo.verified.has(head)).toBe(false);
    const lock = (await repo.git!.readFile(head, 'flake.lock'))!.contents.toString();
    expect(lock).toContain(await fine.dep.rev());
    expect(gh.openPulls(OWNER, 'gitmode').map((p) => p.headRef)).toEqual([BRANCH]);
    // The checkout's HEAD and index are untouched: the commit was built on a temporary index.
    const status = await fine.world.git(dir, ['status', '--porcelain']);
    expect(status.stdout.trim()).toBe('M flake.lock');
    gh.assertNoViolations();
  }, 240_000);
});

test('the token is in no output, log, summary or file of any run (checkouts and their .git included)', async () => {
  expect(runs.length).toBe(5);
  const texts: Record<string, string> = {};
  runs.forEach((r, i) => {
    texts[`run${i}.stderr`] = r.stderr;
    // `::add-mask::` lines register the token with the runner, which consumes them (they never reach the log).
    texts[`run${i}.stdout`] = r.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    expect(r.stdout.split('\n')[0]).toBe(`::add-mask::${TOKEN}`);
  });
  expect(await findToken(TOKEN, { texts, dirs: [broken.world.dir, fine.world.dir] })).toEqual([]);
  // The scan finds the token in git's form too (so an extraheader written to .git/config would fail this test).
  expect(await findToken(TOKEN, { texts: { header: tokenForms(TOKEN)[1]! } })).toEqual(['header']);
});
