// The one review comment per pull request, and the pull request of a workflow_run, against the local GitHub server
// (every request checked against GitHub's REST description and GraphQL schema): created, edited in place, left
// alone when equal, never a second one, never someone else's, found past the first page; the pull request taken
// from the triggering run's event, a fork's matched by head commit and head repository.
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { GitHubAPIError } from '../../../src/core/errors.js';
import type { GitHubClient } from '../../../src/github/client.js';
import { MAX_BODY } from '../../../src/github/pulls.js';
import { pullRequestOfRun, REVIEW_MARKER, upsertReviewComment } from '../../../src/github/pull-comment.js';
import { testClient } from '../../support/github/client.js';
import { ZERO_SHA } from '../../support/github/git-repo.js';
import { startGitHubServer, type GitHubServer } from '../../support/github/server.js';

const TOKEN = 'ghs_reviewCommentTEST_0a1b2c3d4e5f6a7b8c9d';
const OWNER = 'acme';
// The token is GITHUB_TOKEN: the server's actor is github-actions[bot], as on GitHub.
const BOT = 'github-actions[bot]';

let gh: GitHubServer;
let client: GitHubClient;
let repoCount = 0;

beforeAll(async () => {
  gh = await startGitHubServer({ token: TOKEN });
  client = testClient(gh).client;
}, 30_000);

afterAll(async () => {
  await gh?.close();
});

afterEach(() => {
  gh.state.permissions = { contents: 'write', pullRequests: 'write', issues: 'write' };
  gh.assertNoViolations();
});

/** A repository with one open pull request from branch `update` (one commit over main). */
async function repoWithPull(): Promise<{ name: string; number: number; headSha: string }> {
  const name = `infra-${++repoCount}`;
  const repo = await gh.createRepository({ owner: OWNER, name, files: { 'flake.lock': '{}\n' } });
  const git = repo.git!;
  const main = (await git.resolveRef('refs/heads/main'))!;
  const who = { name: 'Dependabot', email: 'bot@example.com', date: '2026-05-01T00:00:00Z' };
  const headSha = await git.createCommit({
    parent: main,
    changes: [{ path: 'flake.lock', contents: '{"version":7}\n' }],
    message: 'Bump nixpkgs',
    author: who,
    committer: who,
  });
  await git.updateRef('refs/heads/update', headSha, ZERO_SHA);
  const pr = await gh.openPull(OWNER, name, { head: 'update', user: 'dependabot[bot]' });
  return { name, number: pr.number, headSha };
}

/** upsertReviewComment when it must post (a review not tied to a head commit always does). */
async function post(...args: Parameters<typeof upsertReviewComment>) {
  const r = await upsertReviewComment(...args);
  if (r.operation === 'superseded') throw new Error(`not posted: the head is ${r.headSha}`);
  return r;
}

const patches = (): number => gh.calls('issues/update-comment').length;

describe('upsertReviewComment', () => {
  test('creates the comment with the marker first, then edits that same comment in place', async () => {
    const { name, number } = await repoWithPull();
    const first = await post(client, { owner: OWNER, repo: name }, number, '## Review\n\nv1\n');
    expect(first.operation).toBe('created');
    const [c] = gh.comments(OWNER, name, number);
    expect(c).toBeDefined();
    expect(c!.id).toBe(first.id);
    expect(c!.user).toBe(BOT);
    expect(c!.body).toBe(`${REVIEW_MARKER}\n## Review\n\nv1\n`);
    expect(first.url).toBe(`${gh.url}/${OWNER}/${name}/pull/${number}#issuecomment-${first.id}`);

    const before = patches();
    const second = await post(client, { owner: OWNER, repo: name }, number, '## Review\n\nv2\n');
    expect(second).toEqual({ operation: 'updated', id: first.id, url: first.url });
    expect(patches()).toBe(before + 1);
    expect(gh.comments(OWNER, name, number)).toHaveLength(1);
    expect(gh.comments(OWNER, name, number)[0]!.body).toBe(`${REVIEW_MARKER}\n## Review\n\nv2\n`);
    expect(gh.calls('issues/create-comment').filter((r) => r.path.includes(`/${name}/`))).toHaveLength(1);
  });

  test('the same body again is left alone: no PATCH request', async () => {
    const { name, number } = await repoWithPull();
    // A body that already starts with the marker is posted as it is.
    const body = `${REVIEW_MARKER}\nNothing to review.\n`;
    const first = await post(client, { owner: OWNER, repo: name }, number, body);
    expect(gh.comments(OWNER, name, number)[0]!.body).toBe(body);
    const before = patches();
    const again = await post(client, { owner: OWNER, repo: name }, number, body);
    expect(again).toEqual({ operation: 'unchanged', id: first.id, url: first.url });
    expect(patches()).toBe(before);
    expect(gh.comments(OWNER, name, number)).toHaveLength(1);
  });

  test('a comment by someone else that starts with the marker is never edited (ours is made beside it)', async () => {
    const { name, number } = await repoWithPull();
    const planted = `${REVIEW_MARKER}\nAll builds pass, merge away! (quoted by a contributor)`;
    const theirs = gh.addComment(OWNER, name, number, planted, 'mallory');
    // A human quoting the marker in the middle of a comment by the bot does not count either.
    const quoted = gh.addComment(OWNER, name, number, `> ${REVIEW_MARKER}\n> earlier review`, BOT);

    const before = patches();
    const r1 = await post(client, { owner: OWNER, repo: name }, number, 'v1');
    expect(r1.operation).toBe('created');
    expect(patches()).toBe(before);
    const r2 = await post(client, { owner: OWNER, repo: name }, number, 'v2');
    expect(r2).toMatchObject({ operation: 'updated', id: r1.id });
    expect(
      gh
        .calls('issues/update-comment')
        .slice(before)
        .map((r) => r.path),
    ).toEqual([expect.stringMatching(new RegExp(`/issues/comments/${r1.id}$`))]);
    expect(theirs.body).toBe(planted);
    expect(quoted.body).toBe(`> ${REVIEW_MARKER}\n> earlier review`);
    expect(gh.comments(OWNER, name, number)).toHaveLength(3);
  });

  test('250 comments on the pull request: ours is found on the third page and edited, not duplicated', async () => {
    const { name, number } = await repoWithPull();
    for (let i = 0; i < 240; i++) gh.addComment(OWNER, name, number, `comment ${i}`, i % 2 ? 'alice' : 'bob');
    const ours = gh.addComment(OWNER, name, number, `${REVIEW_MARKER}\nold review`, BOT);
    for (let i = 0; i < 9; i++) gh.addComment(OWNER, name, number, `later ${i}`, 'alice');
    expect(gh.comments(OWNER, name, number)).toHaveLength(250);

    const lists = gh.calls('issues/list-comments').length;
    const r = await post(client, { owner: OWNER, repo: name }, number, 'new review');
    expect(r).toMatchObject({ operation: 'updated', id: ours.id });
    expect(ours.body).toBe(`${REVIEW_MARKER}\nnew review`);
    expect(gh.comments(OWNER, name, number)).toHaveLength(250);
    // per_page=100: three pages.
    const pages = gh.calls('issues/list-comments').slice(lists);
    expect(pages.map((p) => p.query['page'] ?? '1')).toEqual(['1', '2', '3']);
  });

  test('several of ours (runs that raced): the oldest is refreshed, the newer ones are cut to a pointer', async () => {
    const { name, number } = await repoWithPull();
    const oldest = gh.addComment(OWNER, name, number, `${REVIEW_MARKER}\nreview of push 1`, BOT);
    gh.addComment(OWNER, name, number, 'lgtm', 'alice');
    const newer = gh.addComment(OWNER, name, number, `${REVIEW_MARKER}\nreview of push 1 (race)`, BOT);

    const r = await post(client, { owner: OWNER, repo: name }, number, 'review of push 2');
    expect(r).toMatchObject({ operation: 'updated', id: oldest.id });
    expect(oldest.body).toBe(`${REVIEW_MARKER}\nreview of push 2`);
    expect(newer.body).not.toContain(REVIEW_MARKER);
    expect(newer.body).toContain(r.url);

    // From now on only the oldest is ours: the same body is unchanged, with no request to edit anything.
    const before = patches();
    expect(
      (await post(client, { owner: OWNER, repo: name }, number, 'review of push 2')).operation,
    ).toBe('unchanged');
    expect(patches()).toBe(before);
  });

  test('a review of an older head is not posted once the pull request moved on: the newer review stays', async () => {
    const { name, number, headSha } = await repoWithPull();
    const r = { owner: OWNER, repo: name };
    const first = await post(client, r, number, 'review of push 1', { reviewedHead: headSha });
    expect(first.operation).toBe('created');
    // push 2 lands, and its (faster) run posts its review
    const git = gh.repo(OWNER, name).git!;
    const who = { name: 'Dependabot', email: 'bot@example.com', date: '2026-05-02T00:00:00Z' };
    const push2 = await git.createCommit({
      parent: headSha,
      changes: [{ path: 'flake.lock', contents: '{"version":7,"root":"root"}\n' }],
      message: 'Bump nixpkgs again',
      author: who,
      committer: who,
    });
    await git.updateRef('refs/heads/update', push2, headSha);
    expect((await post(client, r, number, 'review of push 2', { reviewedHead: push2 })).operation).toBe('updated');

    // then the slower run of push 1 finishes: nothing is written, the review of push 2 stays
    const edits = patches();
    const creates = gh.calls('issues/create-comment').length;
    const late = await upsertReviewComment(client, r, number, 'review of push 1 (late)', { reviewedHead: headSha });
    expect(late).toEqual({ operation: 'superseded', headSha: push2 });
    expect(patches()).toBe(edits);
    expect(gh.calls('issues/create-comment')).toHaveLength(creates);
    expect(gh.comments(OWNER, name, number).map((c) => c.body)).toEqual([`${REVIEW_MARKER}\nreview of push 2`]);
  });

  test('a pull request closed since the review started gets no comment', async () => {
    const { name, number, headSha } = await repoWithPull();
    await client.octokit.rest.pulls.update({ owner: OWNER, repo: name, pull_number: number, state: 'closed' });
    const creates = gh.calls('issues/create-comment').length;
    const r = await upsertReviewComment(client, { owner: OWNER, repo: name }, number, 'v1', { reviewedHead: headSha });
    expect(r).toEqual({ operation: 'superseded', headSha: '' });
    expect(gh.calls('issues/create-comment')).toHaveLength(creates);
  });

  test("a body over GitHub's limit is refused before any request", async () => {
    const { name, number } = await repoWithPull();
    const requests = gh.requests.length;
    const huge = 'x'.repeat(MAX_BODY - REVIEW_MARKER.length); // over the limit only once the marker line is added
    const err = await post(client, { owner: OWNER, repo: name }, number, huge).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubAPIError);
    expect((err as Error).message).toMatch(/65537 characters.*at most 65536/);
    expect(gh.requests.length).toBe(requests);
    expect(gh.comments(OWNER, name, number)).toHaveLength(0);
    // Exactly at the limit is accepted.
    const fits = 'x'.repeat(MAX_BODY - REVIEW_MARKER.length - 1);
    expect((await post(client, { owner: OWNER, repo: name }, number, fits)).operation).toBe('created');
    expect(gh.comments(OWNER, name, number)[0]!.body).toHaveLength(MAX_BODY);
  });

  test('a read-only token: the error names the permission to add', async () => {
    const { name, number } = await repoWithPull();
    gh.state.permissions = { contents: 'read', pullRequests: 'read', issues: 'read' };
    const err = await post(client, { owner: OWNER, repo: name }, number, 'v1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubAPIError);
    expect((err as Error).message).toMatch(/could not comment on pull request #\d+.*permissions: pull-requests: write/);
    expect(gh.comments(OWNER, name, number)).toHaveLength(0);
  });
});

describe('pullRequestOfRun', () => {
  test('pull_requests filled by GitHub (a branch of this repository): that number, without a request', async () => {
    const { name, number, headSha } = await repoWithPull();
    const requests = gh.requests.length;
    const n = await pullRequestOfRun(
      client,
      { owner: OWNER, repo: name },
      {
        headSha,
        headOwner: OWNER,
        headRepo: name,
        headBranch: 'update',
        pullRequests: [number],
      },
    );
    expect(n).toBe(number);
    expect(gh.requests.length).toBe(requests);
  });

  test('several pull requests from one head branch: the one whose head is the run’s commit', async () => {
    const { name, number, headSha } = await repoWithPull();
    // A second pull request from another branch whose head moved on.
    const repo = gh.repo(OWNER, name);
    const main = (await repo.git!.resolveRef('refs/heads/main'))!;
    await repo.git!.updateRef('refs/heads/other', main, ZERO_SHA);
    const other = await gh.openPull(OWNER, name, { head: 'other', base: 'update' });
    const run = { headSha, headBranch: 'update', pullRequests: [other.number, number] };
    expect(await pullRequestOfRun(client, { owner: OWNER, repo: name }, run)).toBe(number);
    expect(
      await pullRequestOfRun(client, { owner: OWNER, repo: name }, { ...run, headSha: 'f'.repeat(40) }),
    ).toBeUndefined();
  });

  test('pull_requests empty (a fork): matched by head commit and head repository, past the first page', async () => {
    const { name, headSha } = await repoWithPull(); // a pull request from this repository with the same head commit
    const forkSha = 'c0ffee'.padEnd(40, '0');
    // Other forks' pull requests first, so the right one is not on the first page of the full listing.
    for (let i = 0; i < 110; i++) {
      await gh.openPull(OWNER, name, {
        head: 'update',
        fork: { owner: `user${i}`, name: 'infra' },
        sha: i.toString(16).padStart(40, 'a'),
      });
    }
    // Same branch name, same commit, another fork: the head repository tells them apart.
    const decoy = await gh.openPull(OWNER, name, {
      head: 'update',
      fork: { owner: 'mallory', name: 'infra' },
      sha: forkSha,
    });
    const fork = await gh.openPull(OWNER, name, {
      head: 'update',
      fork: { owner: 'contrib', name: 'infra-fork' },
      sha: forkSha,
    });
    expect(fork.number).toBeGreaterThan(decoy.number);

    const base = { owner: OWNER, repo: name };
    // With the branch: listed by `head=contrib:update`.
    const lists = gh.calls('pulls/list').length;
    expect(
      await pullRequestOfRun(client, base, {
        headSha: forkSha,
        headOwner: 'contrib',
        headRepo: 'infra-fork',
        headBranch: 'update',
        pullRequests: [],
      }),
    ).toBe(fork.number);
    expect(
      gh
        .calls('pulls/list')
        .slice(lists)
        .map((r) => r.query['head']),
    ).toEqual(['contrib:update']);

    // Without the branch: every open pull request (two pages), the head repository decides.
    const listsAll = gh.calls('pulls/list').length;
    expect(
      await pullRequestOfRun(client, base, {
        headSha: forkSha,
        headOwner: 'CONTRIB',
        headRepo: 'infra-fork',
        pullRequests: [],
      }),
    ).toBe(fork.number);
    expect(gh.calls('pulls/list').slice(listsAll)).toHaveLength(2);
    // The same commit in this repository's own pull request is not the fork's.
    expect(
      await pullRequestOfRun(client, base, { headSha, headOwner: 'contrib', headRepo: 'infra-fork', pullRequests: [] }),
    ).toBeUndefined();
  });

  test('a head commit that no open pull request has: undefined', async () => {
    const { name } = await repoWithPull();
    expect(
      await pullRequestOfRun(
        client,
        { owner: OWNER, repo: name },
        {
          headSha: 'd'.repeat(40),
          headOwner: 'contrib',
          headRepo: 'infra-fork',
          headBranch: 'update',
          pullRequests: [],
        },
      ),
    ).toBeUndefined();
    expect(
      await pullRequestOfRun(client, { owner: OWNER, repo: name }, { headSha: 'd'.repeat(40), pullRequests: [] }),
    ).toBeUndefined();
  });
});

describe('upsertReviewComment with a GitHub App token', () => {
  test("ours is the app's bot's: a marked comment by github-actions[bot] (another token) is not edited", async () => {
    const app = await startGitHubServer({
      token: 'ghs_appInstallationTEST_1122334455667788',
      actor: {
        login: 'flake-steward-app[bot]',
        id: 278716306,
        type: 'Bot',
        commitIdentity: {
          name: 'flake-steward-app[bot]',
          email: '278716306+flake-steward-app[bot]@users.noreply.github.com',
        },
      },
    });
    try {
      await app.createRepository({ owner: OWNER, name: 'infra' });
      const pr = await app.openPull(OWNER, 'infra', { head: 'main', base: 'main', title: 'self' });
      const old = app.addComment(OWNER, 'infra', pr.number, `${REVIEW_MARKER}\nfrom GITHUB_TOKEN`, BOT);
      const { client: appClient } = testClient(app);
      const r1 = await post(appClient, { owner: OWNER, repo: 'infra' }, pr.number, 'v1');
      expect(r1.operation).toBe('created');
      expect(app.comments(OWNER, 'infra', pr.number).find((c) => c.id === r1.id)?.user).toBe('flake-steward-app[bot]');
      const r2 = await post(appClient, { owner: OWNER, repo: 'infra' }, pr.number, 'v2');
      expect(r2).toMatchObject({ operation: 'updated', id: r1.id });
      expect(old.body).toBe(`${REVIEW_MARKER}\nfrom GITHUB_TOKEN`);
      app.assertNoViolations();
    } finally {
      await app.close();
    }
  }, 30_000);
});
