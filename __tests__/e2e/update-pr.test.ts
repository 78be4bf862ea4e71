/**
 * `command: update` end to end, the way GitHub runs it: `node dist/index.js` (run `npm run bundle` first) with
 * INPUT_* and GITHUB_* variables, on a real checkout of a flake world cloned from the local GitHub server, real
 * Nix 2.8 updating, building and diffing, against the local GitHub API (every request checked against GitHub's
 * OpenAPI description and GraphQL schema). One pull request through its life:
 *   1. a new upstream commit → branch, verified commit on the base head, PR created with labels and reviewers,
 *      outputs set (a 502 on the create is retried and the run still succeeds);
 *   2. another upstream commit → the same PR updated, no second PR (a rate limit on the update is waited out);
 *   3. the base branch catches up by hand → nothing to update → the PR closed with a comment, its branch deleted;
 * and the token appears in no output, log or file of any of the runs.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { gitAuthEnv } from '../../src/github/commit-files.js';
import { findToken, tokenForms } from '../support/github/secrets.js';
import { startGitHubServer, type GitHubServer } from '../support/github/server.js';
import { commands, OWNER, UpdateWorld, type ActionResult } from '../fixtures/e2e/update-world.js';

const TOKEN = 'ghs_e2eUpdatePR_0a1b2c3d4e5f60718293';
const NAME = 'infra';
const BRANCH = 'flake-steward/update';

let gh: GitHubServer;
let w: UpdateWorld;
let ws: string;
const runs: ActionResult[] = [];

beforeAll(async () => {
  gh = await startGitHubServer({ token: TOKEN });
  w = await UpdateWorld.create('pr');
  ws = await w.checkout(gh, NAME, { collaborators: ['alice', 'bob'], teams: ['nix-team'] });
}, 120_000);

afterAll(async () => {
  await gh?.close();
  await w?.cleanup();
});

async function run(inputs: Record<string, string> = {}): Promise<ActionResult> {
  const r = await w.run(gh, NAME, ws, {
    labels: 'dependencies, nix',
    reviewers: 'alice',
    'team-reviewers': 'acme/nix-team',
    assignees: 'bob',
    ...inputs,
  });
  runs.push(r);
  return r;
}

function failed(r: ActionResult): string {
  return `exit ${r.code}\n${r.stdout}\n${r.stderr}`;
}

const mainHead = async (): Promise<string> => (await gh.branches(OWNER, NAME)).get('main')!;

describe('one pull request through its life', () => {
  let number: number;
  let rev2: string;

  test('first run: branch, verified commit on the base head, PR with labels and reviewers, outputs', async () => {
    rev2 = await w.bump('2');
    gh.faults.add({ match: { operation: 'pulls/create' }, respond: { kind: 'status', status: 502 } });
    const r = await run();
    expect({ code: r.code, out: r.code === 0 ? '' : failed(r) }).toEqual({ code: 0, out: '' });

    const open = gh.openPulls(OWNER, NAME);
    expect(open).toHaveLength(1);
    const pr = open[0]!;
    number = pr.number;
    expect(r.outputs['pull-request-operation']).toBe('created');
    expect(r.outputs['pull-request-number']).toBe(String(pr.number));
    expect(r.outputs['pull-request-url']).toBe(`${gh.url}/${OWNER}/${NAME}/pull/${pr.number}`);
    expect(r.outputs['has-updates']).toBe('true');
    const updated = JSON.parse(r.outputs['updated-inputs']!) as { input: string; to: string }[];
    expect(updated).toEqual([expect.objectContaining({ flake: '.', input: 'dep', kind: 'updated', to: rev2 })]);

    // The 502 was retried: two creates, one PR.
    expect(gh.calls('pulls/create').map((c) => c.status)).toEqual([502, 201]);
    expect(pr.headRef).toBe(BRANCH);
    expect(pr.draft).toBe(false);
    expect(pr.labels).toEqual(['dependencies', 'nix']);
    expect(pr.requestedReviewers).toEqual(['alice']);
    expect(pr.requestedTeams).toEqual(['nix-team']);
    expect(pr.assignees).toEqual(['bob']);
    // The body: the inputs and the package diff Nix's builds produced.
    expect(pr.body).toContain('`dep`');
    expect(pr.body).toContain(rev2.slice(0, 7));
    expect(pr.body).toMatch(/\| app \| 1 \| 2 \|/);
    // The job summary has the full report.
    expect(r.summary).toContain('## flake-steward update');
    expect(r.summary).toMatch(/\| app \| 1 \| 2 \|/);

    const repo = gh.repo(OWNER, NAME);
    const head = (await gh.branches(OWNER, NAME)).get(BRANCH)!;
    expect(repo.verified.has(head)).toBe(true);
    const info = (await repo.git!.commitInfo(head))!;
    expect(info.parents).toEqual([await mainHead()]);
    expect(info.message).toMatch(/^flake\.lock: update dep\n/);
    const lock = JSON.parse((await repo.git!.readFile(head, 'flake.lock'))!.contents.toString()) as {
      nodes: { dep: { locked: { rev: string } } };
    };
    expect(lock.nodes.dep.locked.rev).toBe(rev2);
    // Only our branch besides main: the staging branch of the API commit is gone.
    expect([...(await gh.branches(OWNER, NAME)).keys()].sort()).toEqual([BRANCH, 'main']);
    gh.assertNoViolations();
  }, 240_000);

  test('second run with a new upstream commit: the same PR updated, no second PR', async () => {
    const rev3 = await w.bump('3');
    // The checkout is fresh on each scheduled run: the workspace lock goes back to the base's.
    await w.world.git(ws, ['checkout', '--quiet', '--', 'flake.lock']);
    gh.faults.add({ match: { operation: 'pulls/update' }, respond: { kind: 'rate-limit', resetIn: 30 } });
    const r = await run();
    expect({ code: r.code, out: r.code === 0 ? '' : failed(r) }).toEqual({ code: 0, out: '' });
    expect(r.outputs['pull-request-operation']).toBe('updated');
    expect(r.outputs['pull-request-number']).toBe(String(number));
    // The rate limit was waited out (about 30 s at the test's 1 ms per second), and said so in a warning.
    expect(commands(r.stdout, 'warning').join('\n')).toMatch(/rate limit reached \(PATCH [^)]*\); waiting 3\d s/);
    expect(gh.calls('pulls/update').map((c) => c.status)).toEqual([403, 200]);

    const pulls = gh.repo(OWNER, NAME).pulls;
    expect(pulls).toHaveLength(1);
    expect(pulls[0]!.state).toBe('open');
    expect(pulls[0]!.body).toContain(rev3.slice(0, 7));
    expect(pulls[0]!.body).not.toContain(rev2.slice(0, 7));
    expect(pulls[0]!.body).toMatch(/\| app \| 1 \| 3 \|/);
    const repo = gh.repo(OWNER, NAME);
    const head = (await gh.branches(OWNER, NAME)).get(BRANCH)!;
    expect(repo.verified.has(head)).toBe(true);
    expect((await repo.git!.commitInfo(head))!.parents).toEqual([await mainHead()]);
    expect((await repo.git!.readFile(head, 'flake.lock'))!.contents.toString()).toContain(rev3);
    gh.assertNoViolations();
  }, 240_000);

  test('nothing to update (the base caught up): the PR closed with a comment, its branch deleted', async () => {
    const repo = gh.repo(OWNER, NAME);
    const branches = await gh.branches(OWNER, NAME);
    // A maintainer brings main to the same lock by hand (the PR itself stays open).
    const lock = (await repo.git!.readFile(branches.get(BRANCH)!, 'flake.lock'))!.contents.toString();
    const base = branches.get('main')!;
    const who = { name: 'Maintainer', email: 'm@example.com', date: '2024-02-01T00:00:00Z' };
    const merged = await repo.git!.createCommit({
      parent: base,
      changes: [{ path: 'flake.lock', contents: lock }],
      message: 'flake.lock: update by hand',
      author: who,
      committer: who,
    });
    await repo.git!.updateRef('refs/heads/main', merged, base);
    // The next run's checkout is of the new main.
    await w.world.git(ws, ['fetch', '--quiet', 'origin'], { ...gitAuth() });
    await w.world.git(ws, ['reset', '--quiet', '--hard', 'origin/main']);

    const r = await run();
    expect({ code: r.code, out: r.code === 0 ? '' : failed(r) }).toEqual({ code: 0, out: '' });
    expect(r.outputs['has-updates']).toBe('false');
    expect(r.outputs['updated-inputs']).toBe('[]');
    expect(r.outputs['pull-request-operation']).toBe('closed');
    expect(r.outputs['pull-request-number']).toBe(String(number));
    expect(gh.openPulls(OWNER, NAME)).toEqual([]);
    expect([...(await gh.branches(OWNER, NAME)).keys()]).toEqual(['main']);
    expect(repo.comments.filter((c) => c.issueNumber === number)).toHaveLength(1);
    expect(commands(r.stdout, 'error')).toEqual([]);
    gh.assertNoViolations();
  }, 240_000);

  test('the token is in no output, log, summary or file of any run (workspace .git included)', async () => {
    expect(runs.length).toBe(3);
    const texts: Record<string, string> = {};
    // `::add-mask::` lines are how the action asks the runner to mask the token; the runner consumes them (they
    // never reach the log). Each run registers the token and git's form of it before anything else is printed.
    for (const r of runs) {
      const lines = r.stdout.split('\n');
      const masks = lines.filter((l) => l.startsWith('::add-mask::'));
      expect(new Set(masks)).toEqual(
        new Set(
          tokenForms(TOKEN)
            .slice(0, 2)
            .map((f) => `::add-mask::${f}`),
        ),
      );
      expect(lines[0]).toBe(`::add-mask::${TOKEN}`);
    }
    runs.forEach((r, i) => {
      texts[`run${i}.stderr`] = r.stderr;
      texts[`run${i}.stdout`] = r.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n');
    });
    // Every file the runs wrote: outputs, summaries, the checkout, Nix's home and cache inside the world.
    expect(await findToken(TOKEN, { texts, dirs: [w.world.dir] })).toEqual([]);
    // And the scan does find it where it is (the test's own environment for git), so it can fail.
    expect(await findToken(TOKEN, { texts: { env: JSON.stringify(gitAuth()) } })).toEqual(['env']);
  });
});

function gitAuth(): Record<string, string> {
  return gitAuthEnv(gh.url, gh.token);
}
