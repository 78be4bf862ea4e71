// The local GitHub server itself: it must reject what GitHub's description rejects, keep state the way GitHub does,
// serve git over HTTP with auth, and inject faults on the Nth call. Plain Octokit (no retry/throttling) drives it.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { Octokit } from '@octokit/rest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runProcess } from '../../../src/exec/process.js';
import { startGitHubServer, type GitHubServer } from '../../support/github/server.js';

let gh: GitHubServer;
let octokit: Octokit;
let tmp: string;
const OWNER = 'acme';
const REPO = 'infra';

async function status(p: Promise<unknown>): Promise<number> {
  try {
    await p;
    return 200;
  } catch (e) {
    return (e as { status?: number }).status ?? -1;
  }
}

beforeAll(async () => {
  gh = await startGitHubServer({ token: 'ghs_servertest_secret_value' });
  await gh.createRepository({ owner: OWNER, name: REPO, files: { 'flake.lock': '{"version":7}\n' }, teams: ['nix'] });
  octokit = new Octokit({ auth: gh.token, baseUrl: gh.apiUrl, log: { debug() {}, info() {}, warn() {}, error() {} } });
  tmp = await mkdtemp(path.join(os.tmpdir(), 'gh-server-test-'));
}, 30_000);

afterAll(async () => {
  await gh?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('request validation against the OpenAPI description', () => {
  test('a body that does not fit the schema is answered 400 and recorded as a violation', async () => {
    const before = gh.violations.length;
    const s = await status(
      octokit.request('POST /repos/{owner}/{repo}/pulls', {
        owner: OWNER,
        repo: REPO,
        head: 'x',
        base: 'main',
        title: 't',
        draft: 'yes' as unknown as boolean,
      }),
    );
    expect(s).toBe(400);
    expect(
      gh.violations
        .slice(before)
        .map((v) => v.message)
        .join('\n'),
    ).toMatch(/pulls\/create.*draft.*boolean/);
  });

  test('an unknown route, an undeclared query parameter and an undeclared body property are violations', async () => {
    const before = gh.violations.length;
    expect(await status(octokit.request('GET /repos/{owner}/{repo}/no-such-thing', { owner: OWNER, repo: REPO }))).toBe(
      404,
    );
    expect(
      await status(octokit.request('GET /repos/{owner}/{repo}/pulls', { owner: OWNER, repo: REPO, haed: 'typo' })),
    ).toBe(400);
    expect(
      await status(
        octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
          owner: OWNER,
          repo: REPO,
          pull_number: 1,
          titel: 'x',
        }),
      ),
    ).toBe(400);
    const found = gh.violations.slice(before).map((v) => v.message);
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/not an operation/);
    expect(found[1]).toMatch(/query parameter 'haed'/);
    expect(found[2]).toMatch(/body property 'titel'/);
    expect(() => gh.assertNoViolations()).toThrow(/do not match GitHub's API description/);
    gh.violations.length = 0;
  });

  test('a wrong token is 401 Bad credentials', async () => {
    const bad = new Octokit({
      auth: 'ghs_wrong',
      baseUrl: gh.apiUrl,
      log: { debug() {}, info() {}, warn() {}, error() {} },
    });
    expect(await status(bad.rest.repos.get({ owner: OWNER, repo: REPO }))).toBe(401);
  });
});

describe('state', () => {
  test('refs, a verified commit through GraphQL, a pull request, labels, reviewers; pulls close like on GitHub', async () => {
    const main = await octokit.rest.git.getRef({ owner: OWNER, repo: REPO, ref: 'heads/main' });
    const base = main.data.object.sha;
    await octokit.rest.git.createRef({ owner: OWNER, repo: REPO, ref: 'refs/heads/feature/x', sha: base });
    expect(
      await status(octokit.rest.git.createRef({ owner: OWNER, repo: REPO, ref: 'refs/heads/feature/x', sha: base })),
    ).toBe(422);

    const stale = await status(
      octokit.graphql(
        `mutation($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { commit { oid } } }`,
        {
          input: {
            branch: { repositoryNameWithOwner: `${OWNER}/${REPO}`, branchName: 'feature/x' },
            expectedHeadOid: '0'.repeat(40),
            message: { headline: 'x' },
            fileChanges: { additions: [] },
          },
        },
      ),
    );
    expect(stale).toBe(-1); // a GraphQL error (HTTP 200), not an HTTP status

    const made = await octokit.graphql<{
      createCommitOnBranch: { commit: { oid: string; signature: { isValid: boolean } } };
    }>(
      `mutation($input: CreateCommitOnBranchInput!) {
         createCommitOnBranch(input: $input) { commit { oid signature { isValid } } }
       }`,
      {
        input: {
          branch: { repositoryNameWithOwner: `${OWNER}/${REPO}`, branchName: 'feature/x' },
          expectedHeadOid: base,
          message: { headline: 'flake.lock: update', body: 'details' },
          fileChanges: {
            additions: [{ path: 'flake.lock', contents: Buffer.from('{"version":7,"x":1}\n').toString('base64') }],
          },
        },
      },
    );
    const sha = made.createCommitOnBranch.commit.oid;
    expect(made.createCommitOnBranch.commit.signature.isValid).toBe(true);
    const commit = await octokit.rest.repos.getCommit({ owner: OWNER, repo: REPO, ref: sha });
    expect(commit.data.commit.verification?.verified).toBe(true);
    expect(commit.data.parents.map((p) => p.sha)).toEqual([base]);
    expect(commit.data.commit.message).toBe('flake.lock: update\n\ndetails');
    const content = await octokit.rest.repos.getContent({
      owner: OWNER,
      repo: REPO,
      path: 'flake.lock',
      ref: 'feature/x',
    });
    expect(Buffer.from((content.data as { content: string }).content, 'base64').toString()).toBe(
      '{"version":7,"x":1}\n',
    );

    const pr = await octokit.rest.pulls.create({
      owner: OWNER,
      repo: REPO,
      head: 'feature/x',
      base: 'main',
      title: 'T',
      body: 'B',
    });
    const again = await octokit.rest.pulls
      .create({ owner: OWNER, repo: REPO, head: 'feature/x', base: 'main', title: 'T' })
      .catch((e: { status: number; response: { data: { errors: { message: string }[] } } }) => e);
    expect((again as { status: number }).status).toBe(422);
    expect(JSON.stringify((again as { response: { data: unknown } }).response.data)).toMatch(
      /A pull request already exists for acme:feature\/x/,
    );

    await octokit.rest.issues.addLabels({ owner: OWNER, repo: REPO, issue_number: pr.data.number, labels: ['deps'] });
    await octokit.rest.pulls.requestReviewers({
      owner: OWNER,
      repo: REPO,
      pull_number: pr.data.number,
      reviewers: ['alice'],
      team_reviewers: ['nix'],
    });
    expect(
      await status(
        octokit.rest.pulls.requestReviewers({
          owner: OWNER,
          repo: REPO,
          pull_number: pr.data.number,
          team_reviewers: ['nope'],
        }),
      ),
    ).toBe(422);
    const got = await octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: pr.data.number });
    expect(got.data.labels.map((l) => l.name)).toEqual(['deps']);
    expect(got.data.requested_reviewers?.map((u) => u.login)).toEqual(['alice']);
    expect(got.data.requested_teams?.map((t) => t.slug)).toEqual(['nix']);
    expect(got.data.head.sha).toBe(sha);

    // Resetting the head branch to the base closes the pull request for good, as on GitHub.
    await octokit.rest.git.updateRef({ owner: OWNER, repo: REPO, ref: 'heads/feature/x', sha: base, force: true });
    const closed = await octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: pr.data.number });
    expect(closed.data.state).toBe('closed');
    expect(
      await status(octokit.rest.pulls.update({ owner: OWNER, repo: REPO, pull_number: pr.data.number, state: 'open' })),
    ).toBe(422);
    await octokit.rest.git.deleteRef({ owner: OWNER, repo: REPO, ref: 'heads/feature/x' });
    expect(await status(octokit.rest.git.getRef({ owner: OWNER, repo: REPO, ref: 'heads/feature/x' }))).toBe(404);
    gh.assertNoViolations();
  });

  test('list endpoints paginate with link headers', async () => {
    const repo = gh.repo(OWNER, REPO);
    for (let i = 0; i < 75; i++)
      await octokit.rest.issues.createLabel({ owner: OWNER, repo: REPO, name: `label-${i}` });
    const first = await octokit.rest.issues.listLabelsForRepo({ owner: OWNER, repo: REPO, per_page: 30 });
    expect(first.data).toHaveLength(30);
    expect(first.headers.link).toMatch(/rel="next".*rel="last"/);
    const all = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, {
      owner: OWNER,
      repo: REPO,
      per_page: 30,
    });
    expect(all.map((l) => l.name)).toEqual(repo.labels.map((l) => l.name));
    expect(all.length).toBeGreaterThanOrEqual(75);
    gh.assertNoViolations();
  });

  test('seeded comparisons of an upstream repository page through their commits', async () => {
    const commits = Array.from({ length: 120 }, (_, i) => ({
      sha: (i + 1).toString(16).padStart(40, 'a'),
      message: `commit ${i}`,
    }));
    gh.seedCompare('NixOS', 'nixpkgs', 'old', 'new', commits);
    const p3 = await octokit.rest.repos.compareCommitsWithBasehead({
      owner: 'NixOS',
      repo: 'nixpkgs',
      basehead: 'old...new',
      per_page: 50,
      page: 3,
    });
    expect(p3.data.total_commits).toBe(120);
    expect(p3.data.commits.map((c) => c.commit.message)).toEqual(commits.slice(100).map((c) => c.message));
    expect(p3.headers.link).toMatch(/rel="prev"/);
    expect(p3.headers.link).not.toMatch(/rel="next"/);
    gh.assertNoViolations();
  });
});

describe('git over HTTP', () => {
  test('clone and push need the token; a push moves the refs the API shows', async () => {
    const url = `${gh.url}/${OWNER}/${REPO}.git`;
    const dir = path.join(tmp, 'clone');
    const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
    const denied = await runProcess('git', ['clone', '--quiet', url, path.join(tmp, 'denied')], { env, check: false });
    expect(denied.code).not.toBe(0);
    const header = `Authorization: Basic ${Buffer.from(`x-access-token:${gh.token}`).toString('base64')}`;
    const authEnv = { ...env, GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'http.extraHeader', GIT_CONFIG_VALUE_0: header };
    await runProcess('git', ['clone', '--quiet', url, dir], { env: authEnv });
    expect(await readFile(path.join(dir, 'flake.lock'), 'utf8')).toBe('{"version":7}\n');
    await writeFile(path.join(dir, 'new.txt'), 'hello\n');
    const id = {
      GIT_AUTHOR_NAME: 'T',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 'T',
      GIT_COMMITTER_EMAIL: 't@example.com',
    };
    await runProcess('git', ['-C', dir, 'add', 'new.txt'], { env: authEnv });
    await runProcess('git', ['-C', dir, 'commit', '--quiet', '-m', 'pushed'], { env: { ...authEnv, ...id } });
    await runProcess('git', ['-C', dir, 'push', '--quiet', 'origin', 'HEAD:refs/heads/pushed'], { env: authEnv });
    const local = (await runProcess('git', ['-C', dir, 'rev-parse', 'HEAD'], { env })).stdout.trim();
    const ref = await octokit.rest.git.getRef({ owner: OWNER, repo: REPO, ref: 'heads/pushed' });
    expect(ref.data.object.sha).toBe(local);
    expect(gh.calls('git-receive-pack').some((r) => r.status === 200 && r.authenticated)).toBe(true);
  });
});

describe('faults', () => {
  test('the Nth matching call fails with the chosen answer; others pass', async () => {
    gh.faults.add({ match: { operation: 'repos/get' }, nth: 2, respond: { kind: 'status', status: 502 } });
    gh.faults.add({ match: { operation: 'pulls/list' }, respond: { kind: 'rate-limit', resetIn: 120 } });
    expect(await status(octokit.rest.repos.get({ owner: OWNER, repo: REPO }))).toBe(200);
    expect(await status(octokit.rest.repos.get({ owner: OWNER, repo: REPO }))).toBe(502);
    expect(await status(octokit.rest.repos.get({ owner: OWNER, repo: REPO }))).toBe(200);
    const limited = await octokit.rest.pulls
      .list({ owner: OWNER, repo: REPO })
      .catch((e: { status: number; response: { headers: Record<string, string> } }) => e);
    expect((limited as { status: number }).status).toBe(403);
    const headers = (limited as { response: { headers: Record<string, string> } }).response.headers;
    expect(headers['x-ratelimit-remaining']).toBe('0');
    expect(Number(headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000 + 100);
    expect(gh.faults.fired()).toEqual([1, 1]);
    gh.faults.clear();
  });

  test('a lost answer: the change is made, the client sees the failure', async () => {
    gh.faults.add({
      match: { operation: 'issues/create-label' },
      respond: { kind: 'status', status: 502 },
      afterEffect: true,
    });
    expect(await status(octokit.rest.issues.createLabel({ owner: OWNER, repo: REPO, name: 'lost' }))).toBe(502);
    expect(gh.repo(OWNER, REPO).labels.some((l) => l.name === 'lost')).toBe(true);
    gh.faults.clear();
  });

  test('GraphQL queries that do not validate against the schema are violations', async () => {
    const before = gh.violations.length;
    await status(octokit.graphql(`query { repository(owner: "acme", name: "infra") { nope } }`));
    expect(
      gh.violations
        .slice(before)
        .map((v) => v.message)
        .join(),
    ).toMatch(/Cannot query field "nope" on type "Repository"/);
    gh.violations.length = before;
  });
});
