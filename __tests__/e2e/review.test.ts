/**
 * `command: review` end to end (run `npm run bundle` first): the bundled action (`node dist/index.js`) on a real
 * checkout of a repository of the local GitHub server, with GITHUB_EVENT_PATH holding a real-shaped `pull_request`
 * event, and real Nix. Someone's lockfile pull request (dep 1 -> 2) gets one comment; a second push edits that same
 * comment; a fork's pull request gets no comment from its read-only job, only the result directory, which
 * `command: report` on a `workflow_run` event then publishes on the pull request of the triggering run. A result
 * that names another pull request is refused; a head that breaks the build fails the step with the log tail in the
 * comment.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gitAuthEnv } from '../../src/github/commit-files.js';
import { parsePlan, sealPlan, serializePlan } from '../../src/update/plan-file.js';
import { startGitHubServer, type GitHubServer } from '../support/github/server.js';
import { OWNER, runBundledAction, UpdateWorld, type ActionResult } from '../fixtures/e2e/update-world.js';

const TOKEN = 'ghs_e2eReview_0a1b2c3d4e5f60718293';
const NAME = 'infra';
const BRANCH = 'dependabot/nix/dep';
const MARKER = '<!-- flake-steward:review -->';

let gh: GitHubServer;
let w: UpdateWorld;
let ws: string;
let baseSha: string;

const git = async (args: string[], env: Record<string, string> = {}): Promise<string> =>
  (await w.world.git(ws, args, env)).stdout.trim();

/** Locks dep at its newest revision, commits on BRANCH and pushes it; returns the new head commit. */
async function pushLockUpdate(message: string): Promise<string> {
  await w.world.update(ws, ['dep']);
  await git(['commit', '-q', '-am', message]);
  await git(['push', '-q', '--force', 'origin', `HEAD:refs/heads/${BRANCH}`], gitAuthEnv(gh.url, gh.token));
  return git(['rev-parse', 'HEAD']);
}

function eventFile(name: string, payload: unknown): string {
  const file = path.join(w.tempRoot, `${name}.json`);
  writeFileSync(file, JSON.stringify(payload));
  return file;
}

function pullRequestEvent(number: number, headSha: string, headRepo = `${OWNER}/${NAME}`, user = 'alice') {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      base: { ref: 'main', sha: baseSha, repo: { full_name: `${OWNER}/${NAME}` } },
      head: { ref: BRANCH, sha: headSha, repo: { full_name: headRepo } },
      user: { login: user },
    },
    repository: { name: NAME, owner: { login: OWNER }, full_name: `${OWNER}/${NAME}` },
  };
}

function review(event: unknown, inputs: Record<string, string> = {}, actor = 'alice'): Promise<ActionResult> {
  return runBundledAction(
    { command: 'review', token: gh.token, 'plan-dir': '.flake-steward/review', ...inputs },
    {
      ...w.actionEnv(gh, NAME, ws),
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile('pull-request', event),
      GITHUB_ACTOR: actor,
    },
    w.tempRoot,
  );
}

const errors = (stdout: string): string[] => stdout.split('\n').filter((l) => l.startsWith('::error'));

beforeAll(async () => {
  gh = await startGitHubServer({ token: TOKEN });
  w = await UpdateWorld.create('review');
  ws = await w.checkout(gh, NAME);
  baseSha = await git(['rev-parse', 'HEAD']);
  await git(['checkout', '-q', '-b', BRANCH]);
}, 120_000);

afterAll(async () => {
  await gh?.close();
  await w?.cleanup();
});

let pr: number;
let commentId: number;

describe('review on pull_request', () => {

  test('the first run creates the one comment: the moved input, both revisions, the package change', async () => {
    const old = await w.dep.rev();
    const rev = await w.bump('2');
    const head = await pushLockUpdate('flake.lock: update dep');
    pr = (await gh.openPull(OWNER, NAME, { head: BRANCH, title: 'Bump dep', user: 'alice' })).number;
    const r = await review(pullRequestEvent(pr, head), {}, 'alice');
    expect({ code: r.code, errors: errors(r.stdout) }).toEqual({ code: 0, errors: [] });
    const comments = gh.comments(OWNER, NAME, pr);
    expect(comments).toHaveLength(1);
    commentId = comments[0]!.id;
    const body = comments[0]!.body;
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toContain(old.slice(0, 7));
    expect(body).toContain(rev.slice(0, 7));
    expect(body).toContain('app');
    expect(r.outputs['comment-url']).toContain(String(commentId));
    expect(r.outputs['has-changes']).toBe('true');
    expect(r.outputs['configurations-failed']).toBe('0');
    expect(r.summary).toContain('flake-steward review');
    gh.assertNoViolations();
  }, 180_000);

  test('a second push edits the same comment', async () => {
    const rev = await w.bump('3');
    const head = await pushLockUpdate('flake.lock: update dep again');
    const r = await review(pullRequestEvent(pr, head), {}, 'alice');
    expect({ code: r.code, errors: errors(r.stdout) }).toEqual({ code: 0, errors: [] });
    const comments = gh.comments(OWNER, NAME, pr);
    expect(comments.map((c) => c.id)).toEqual([commentId]);
    expect(comments[0]!.body).toContain(rev.slice(0, 7));
    expect(gh.calls('issues/create-comment')).toHaveLength(1);
    expect(gh.calls('issues/update-comment')).toHaveLength(1);
    gh.assertNoViolations();
  }, 180_000);

  test("the slower run of an older push posts nothing: the newer push's review stays", async () => {
    const newest = await git(['rev-parse', 'HEAD']);
    const older = await git(['rev-parse', 'HEAD~1']);
    const before = gh.comments(OWNER, NAME, pr).map((c) => c.body);
    const edits = gh.calls('issues/update-comment').length;
    await git(['checkout', '-q', '--detach', older]);
    try {
      const r = await review(pullRequestEvent(pr, older), {}, 'alice');
      expect({ code: r.code, errors: errors(r.stdout) }).toEqual({ code: 0, errors: [] });
      expect(r.stdout).toContain(`review comment not posted: pull request #${pr} is at ${newest.slice(0, 12)} now`);
      expect(r.outputs['comment-url']).toBe('');
      expect(gh.comments(OWNER, NAME, pr).map((c) => c.body)).toEqual(before);
      expect(gh.calls('issues/update-comment')).toHaveLength(edits);
      expect(gh.calls('issues/create-comment')).toHaveLength(1);
      gh.assertNoViolations();
    } finally {
      await git(['checkout', '-q', '-']);
    }
  }, 180_000);

  test("Dependabot's read-only token: no comment, the result directory instead, and the step still succeeds", async () => {
    await w.bump('3.1');
    const head = await pushLockUpdate('flake.lock: update dep (dependabot)');
    gh.state.permissions = { contents: 'read', pullRequests: 'read', issues: 'read' };
    try {
      const before = gh.comments(OWNER, NAME, pr).map((c) => c.body);
      const r = await review(pullRequestEvent(pr, head, `${OWNER}/${NAME}`, 'dependabot[bot]'), {}, 'dependabot[bot]');
      expect({ code: r.code, errors: errors(r.stdout) }).toEqual({ code: 0, errors: [] });
      expect(gh.comments(OWNER, NAME, pr).map((c) => c.body)).toEqual(before);
      expect(r.outputs['comment-url']).toBe('');
      expect(r.stdout).toContain("Dependabot's pull request (its token is read-only unless the workflow grants pull-requests: write)");
      expect(readFileSync(path.join(ws, '.flake-steward', 'review', 'plan.json'), 'utf8')).toContain(`"number": ${pr}`);
    } finally {
      gh.state.permissions = { contents: 'write', pullRequests: 'write', issues: 'write' };
    }
  }, 180_000);

  test('a head that breaks the build: the step fails, the comment has the log tail', async () => {
    await w.bump('4', { broken: true });
    const head = await pushLockUpdate('flake.lock: update dep (broken)');
    const r = await review(pullRequestEvent(pr, head), {}, 'alice');
    expect(r.code).toBe(1);
    expect(errors(r.stdout)).toEqual([expect.stringContaining('the head breaks the build: 1 build(s) failed')]);
    expect(r.outputs['configurations-failed']).toBe('1');
    const comments = gh.comments(OWNER, NAME, pr);
    expect(comments.map((c) => c.id)).toEqual([commentId]);
    expect(comments[0]!.body).toContain('the new dep broke the build');
    gh.assertNoViolations();
  }, 180_000);
});

describe("a fork's pull request: the result directory, then report on workflow_run", () => {
  let forkPr: number;
  let headSha: string;
  let resultDir: string;

  test('review writes the result directory and posts nothing', async () => {
    await git(['reset', '-q', '--hard', 'HEAD~1']); // back to dep 3.1, which builds
    headSha = await git(['rev-parse', 'HEAD']);
    forkPr = (await gh.openPull(OWNER, NAME, { head: 'patch-1', fork: { owner: 'mallory', name: NAME }, sha: headSha }))
      .number;
    const before = gh.calls('issues/create-comment').length + gh.calls('issues/update-comment').length;
    const r = await review(pullRequestEvent(forkPr, headSha, `mallory/${NAME}`, 'mallory'), {}, 'mallory');
    expect({ code: r.code, errors: errors(r.stdout) }).toEqual({ code: 0, errors: [] });
    expect(gh.comments(OWNER, NAME, forkPr)).toHaveLength(0);
    expect(gh.calls('issues/create-comment').length + gh.calls('issues/update-comment').length).toBe(before);
    expect(r.outputs['comment-url']).toBe('');
    resultDir = path.join(ws, '.flake-steward', 'review');
    expect(readFileSync(path.join(resultDir, 'plan.json'), 'utf8')).toContain(`"number": ${forkPr}`);
    expect(r.summary).toContain('flake-steward review');
  }, 180_000);

  /** `command: report` in a fresh workspace holding only the downloaded artifact, on a workflow_run event. */
  function report(artifact: string, run: { pullRequests?: number[] } = {}): Promise<ActionResult> {
    const dir = w.world.path('report-job', String(Date.now()));
    mkdirSync(dir, { recursive: true });
    cpSync(artifact, path.join(dir, 'result'), { recursive: true });
    const event = {
      action: 'completed',
      workflow_run: {
        id: 99,
        event: 'pull_request',
        head_sha: headSha,
        head_branch: 'patch-1',
        head_repository: { name: NAME, owner: { login: 'mallory' }, full_name: `mallory/${NAME}` },
        pull_requests: (run.pullRequests ?? []).map((number) => ({ number })),
      },
      repository: { name: NAME, owner: { login: OWNER }, full_name: `${OWNER}/${NAME}` },
    };
    return runBundledAction(
      { command: 'report', token: gh.token, 'plan-dir': 'result' },
      {
        ...w.actionEnv(gh, NAME, dir),
        GITHUB_EVENT_NAME: 'workflow_run',
        GITHUB_EVENT_PATH: eventFile('workflow-run', event),
      },
      w.tempRoot,
    );
  }

  test('report on workflow_run posts it on the triggering run’s pull request', async () => {
    const r = await report(resultDir);
    expect({ code: r.code, errors: errors(r.stdout) }).toEqual({ code: 0, errors: [] });
    const comments = gh.comments(OWNER, NAME, forkPr);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(MARKER)).toBe(true);
    expect(r.outputs['comment-url']).toContain(String(comments[0]!.id));
    gh.assertNoViolations();
  }, 120_000);

  test('an artifact that names another pull request is refused; nothing posted', async () => {
    const forged = w.world.path('forged');
    cpSync(resultDir, forged, { recursive: true });
    const planFile = path.join(forged, 'plan.json');
    const plan = parsePlan(readFileSync(planFile, 'utf8'), 'plan.json');
    const { id: _id, ...content } = plan;
    // an attacker can recompute the id: the pull request must come from the event, not from the file
    const other = sealPlan({ ...content, review: { ...plan.review!, pullRequest: { number: 1, headSha } } });
    writeFileSync(planFile, serializePlan(other));
    writeFileSync(
      path.join(forged, 'lint.json'),
      readFileSync(path.join(forged, 'lint.json'), 'utf8').replace(plan.id, other.id),
    );
    writeFileSync(
      path.join(forged, 'build-0.json'),
      readFileSync(path.join(forged, 'build-0.json'), 'utf8').replace(plan.id, other.id),
    );
    const before = gh.comments(OWNER, NAME, 1).length;
    const r = await report(forged);
    expect(r.code).toBe(1);
    expect(errors(r.stdout)).toEqual([
      expect.stringContaining(`the review result is for pull request #1, but the triggering run is for #${forkPr}`),
    ]);
    expect(gh.comments(OWNER, NAME, 1)).toHaveLength(before);
  }, 120_000);
});

describe('a review fanned out over a job matrix, in the pull request\'s own workflow', () => {
  test('review with shards plans; build per shard; report on pull_request edits the one comment', async () => {
    await git(['checkout', '-q', '-B', BRANCH]);
    const rev = await w.bump('5');
    const head = await pushLockUpdate('flake.lock: update dep (matrix)');
    const event = pullRequestEvent(pr, head);
    const run = (inputs: Record<string, string>) =>
      runBundledAction(
        { token: gh.token, 'plan-dir': '.flake-steward/mplan', 'builds-dir': '.flake-steward/mbuilds', ...inputs },
        { ...w.actionEnv(gh, NAME, ws), GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile('matrix', event) },
        w.tempRoot,
      );
    const plan = await run({ command: 'review', shards: '2' });
    expect({ code: plan.code, errors: errors(plan.stdout) }).toEqual({ code: 0, errors: [] });
    const matrix = JSON.parse(plan.outputs['matrix']!) as { include: { shard: string }[] };
    expect(plan.outputs['shard-count']).toBe(String(matrix.include.length));
    expect(matrix.include.length).toBeGreaterThan(0);
    const updatesBefore = gh.calls('issues/update-comment').length;
    for (const { shard } of matrix.include) {
      const b = await run({ command: 'build', shard, 'builds-dir': `.flake-steward/mbuilds/${shard}` });
      expect({ shard, code: b.code, errors: errors(b.stdout) }).toEqual({ shard, code: 0, errors: [] });
    }
    expect(gh.calls('issues/update-comment')).toHaveLength(updatesBefore);
    const report = await run({ command: 'report' });
    // dep still carries the `broken` file of the bump before: the merged builds fail the step as the review does
    expect({ code: report.code, errors: errors(report.stdout) }).toEqual({
      code: 1,
      errors: ['::error::the head breaks the build: 1 build(s) failed: packages.x86_64-linux.app'],
    });
    const comments = gh.comments(OWNER, NAME, pr);
    expect(comments.map((c) => c.id)).toEqual([commentId]);
    expect(comments[0]!.body).toContain(rev.slice(0, 7));
    expect(comments[0]!.body).toContain('the new dep broke the build');
    expect(report.outputs['comment-url']).toContain(String(commentId));
    gh.assertNoViolations();
  }, 240_000);
});
