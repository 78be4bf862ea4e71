// The one pull request, end to end against the local GitHub server (every request checked against GitHub's REST
// description and GraphQL schema): create, refresh, close, labels, reviewers, draft, auto-merge, verified commits,
// git mode with auth only in the environment, and faults (retried, waited out, reported, never half-made state).
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GitHubAPIError } from '../../../src/core/errors.js';
import { runProcess } from '../../../src/exec/process.js';
import { stagingBranch } from '../../../src/github/commit-files.js';
import type { MemoryLogger } from '../../../src/core/ports.js';
import type { GitHubClient } from '../../../src/github/client.js';
import {
  closePullRequestIfOpen,
  publishPullRequest,
  type PublishOptions,
  type PublishResult,
} from '../../../src/github/publish-pull-request.js';
import { markerFor } from '../../../src/github/pulls.js';
import { testClient } from '../../support/github/client.js';
import type { FaultRule } from '../../support/github/faults.js';
import { findToken } from '../../support/github/secrets.js';
import { startGitHubServer, type CreateRepositoryOptions, type GitHubServer } from '../../support/github/server.js';

const TOKEN = 'ghs_publishTEST_9f8e7d6c5b4a39281706';
const OWNER = 'acme';
const BRANCH = 'flake-steward/update';
const MARKER = markerFor('.');
const BASE_LOCK = '{\n  "nodes": { "nixpkgs": { "locked": { "rev": "aaaa" } } },\n  "version": 7\n}\n';
const lock = (rev: string): string => BASE_LOCK.replace('aaaa', rev);
const digest = (s: string | Buffer): string => createHash('sha256').update(s).digest('hex').slice(0, 16);

let gh: GitHubServer;
// Everything the code under test wrote, for the token scan at the end.
const loggers: MemoryLogger[] = [];
const outputs: string[] = [];

function newClient(): { client: GitHubClient; logger: MemoryLogger } {
  const c = testClient(gh);
  loggers.push(c.logger);
  return c;
}

/** publishPullRequest, recording its result or error for the token scan. */
async function publish(client: GitHubClient, opts: PublishOptions): Promise<PublishResult> {
  try {
    const r = await publishPullRequest(client, opts);
    outputs.push(JSON.stringify(r));
    return r;
  } catch (e) {
    outputs.push(String(e), (e as Error).stack ?? '');
    throw e;
  }
}
let tmp: string;
let repoCount = 0;

beforeAll(async () => {
  gh = await startGitHubServer({ token: TOKEN });
  tmp = await mkdtemp(path.join(os.tmpdir(), 'publish-test-'));
}, 30_000);

afterAll(async () => {
  if (process.env['GH_PROFILE']) {
    const by = new Map<string, { n: number; ms: number }>();
    for (const r of gh.requests) {
      const k = r.operation ?? r.path;
      const e = by.get(k) ?? { n: 0, ms: 0 };
      by.set(k, { n: e.n + 1, ms: e.ms + r.ms });
    }
    console.log(
      [...by]
        .sort((a, b) => b[1].ms - a[1].ms)
        .map(([k, v]) => `${k} n=${v.n} total=${v.ms}ms avg=${(v.ms / v.n).toFixed(1)}`)
        .join('\n'),
    );
  }
  await gh?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

afterEach(() => {
  gh.faults.clear();
  // Every test ends with no request that GitHub's description would reject (reported once, for the test that sent it).
  try {
    gh.assertNoViolations();
  } finally {
    gh.violations.length = 0;
  }
});

/** A fresh repository per test, so tests do not see each other's pull requests. */
async function newRepo(opts: Partial<CreateRepositoryOptions> = {}): Promise<string> {
  repoCount += 1;
  const name = `infra-${repoCount}`;
  await gh.createRepository({
    owner: OWNER,
    name,
    files: { 'flake.lock': BASE_LOCK, 'flake.nix': '{ }\n' },
    teams: ['nix-team'],
    ...opts,
  });
  return name;
}

function options(name: string, rev: string, extra: Partial<PublishOptions> = {}): PublishOptions {
  const contents = lock(rev);
  return {
    repository: { owner: OWNER, repo: name },
    branch: BRANCH,
    marker: MARKER,
    files: [{ path: 'flake.lock', contents }],
    commitMessage: `flake.lock: update\n\nnixpkgs: aaaa → ${rev}`,
    title: `flake.lock: update nixpkgs to ${rev}`,
    // The body names the content it describes, so a test can tell a stale body from a fresh one.
    body: `## Updates\n\nnixpkgs → ${rev}\n\ncontent: ${digest(contents)}`,
    labels: ['dependencies', 'nix'],
    ...extra,
  };
}

/** No branch without an open pull request; every open pull request's body describes what its branch holds. */
async function assertConsistent(name: string, opts: { allowStaging?: boolean } = {}): Promise<void> {
  const repo = gh.repo(OWNER, name);
  const branches = await gh.branches(OWNER, name);
  const open = gh.openPulls(OWNER, name);
  for (const b of branches.keys()) {
    if (b === 'main') continue;
    if (opts.allowStaging && b === stagingBranch(BRANCH)) continue;
    expect({ branch: b, hasOpenPull: open.some((p) => p.headRef === b) }).toEqual({ branch: b, hasOpenPull: true });
  }
  expect(open.filter((p) => p.headRef === BRANCH).length).toBeLessThanOrEqual(1);
  for (const p of open) {
    const file = await repo.git!.readFile(branches.get(p.headRef)!, 'flake.lock');
    expect(p.body).toContain(`content: ${digest(file!.contents)}`);
  }
}

describe('the one pull request', () => {
  test('created: verified commit on the base head, labels created, assignees, reviewers and teams', async () => {
    const name = await newRepo({ collaborators: ['alice', 'bob'] });
    const { client, logger } = newClient();
    const baseSha = (await gh.branches(OWNER, name)).get('main')!;
    const result = await publish(
      client,
      options(name, 'bbbb', { assignees: ['alice'], reviewers: ['bob'], teamReviewers: ['acme/nix-team'] }),
    );

    expect(result.operation).toBe('created');
    expect(result.warnings).toEqual([]);
    const open = gh.openPulls(OWNER, name);
    expect(open).toHaveLength(1);
    const pr = open[0]!;
    expect(result.number).toBe(pr.number);
    expect(result.url).toBe(`${gh.url}/${OWNER}/${name}/pull/${pr.number}`);
    expect(pr.title).toBe('flake.lock: update nixpkgs to bbbb');
    expect(pr.body).toContain(MARKER);
    expect(pr.labels).toEqual(['dependencies', 'nix']);
    expect(pr.assignees).toEqual(['alice']);
    expect(pr.requestedReviewers).toEqual(['bob']);
    expect(pr.requestedTeams).toEqual(['nix-team']);
    expect(pr.draft).toBe(false);
    // The labels did not exist: they were created with our description, not implicitly by GitHub.
    expect(gh.repo(OWNER, name).labels.map((l) => [l.name, l.description])).toEqual([
      ['dependencies', 'Created by flake-steward'],
      ['nix', 'Created by flake-steward'],
    ]);

    const repo = gh.repo(OWNER, name);
    const head = (await gh.branches(OWNER, name)).get(BRANCH)!;
    expect(result.commit).toBe(head);
    expect(repo.verified.has(head)).toBe(true);
    const info = (await repo.git!.commitInfo(head))!;
    expect(info.parents).toEqual([baseSha]);
    expect(info.message).toBe('flake.lock: update\n\nnixpkgs: aaaa → bbbb');
    expect(info.author.name).toBe('github-actions[bot]');
    expect((await repo.git!.readFile(head, 'flake.lock'))!.contents.toString()).toBe(lock('bbbb'));
    expect([...(await gh.branches(OWNER, name)).keys()].sort()).toEqual([BRANCH, 'main']);
    expect(gh.calls('createCommitOnBranch')).not.toHaveLength(0);
    expect(
      await findToken(TOKEN, { texts: { logs: JSON.stringify(logger.lines), result: JSON.stringify(result) } }),
    ).toEqual([]);
    await assertConsistent(name);
  });

  test('refreshed: the same pull request, a new commit on the base head, no second pull request; unchanged → no commit', async () => {
    const name = await newRepo();
    const { client } = newClient();
    const first = await publish(client, options(name, 'bbbb'));
    const second = await publish(client, options(name, 'cccc'));
    expect(second).toMatchObject({ operation: 'updated', number: first.number });
    const pulls = gh.repo(OWNER, name).pulls;
    expect(pulls).toHaveLength(1);
    expect(pulls[0]!.state).toBe('open');
    expect(pulls[0]!.title).toBe('flake.lock: update nixpkgs to cccc');
    const repo = gh.repo(OWNER, name);
    const head = (await gh.branches(OWNER, name)).get(BRANCH)!;
    expect((await repo.git!.commitInfo(head))!.parents).toEqual([(await gh.branches(OWNER, name)).get('main')]);
    expect((await repo.git!.readFile(head, 'flake.lock'))!.contents.toString()).toBe(lock('cccc'));
    await assertConsistent(name);

    const commitsBefore = gh.calls('createCommitOnBranch').length;
    const third = await publish(client, options(name, 'cccc', { title: 'retitled' }));
    expect(third).toMatchObject({ operation: 'updated', number: first.number, commit: head });
    expect(gh.calls('createCommitOnBranch').length).toBe(commitsBefore);
    expect(gh.repo(OWNER, name).pulls[0]!.title).toBe('retitled');
  });

  test('refreshed after the base moved: the branch is rebuilt on the new base head', async () => {
    const name = await newRepo();
    const { client } = newClient();
    await publish(client, options(name, 'bbbb'));
    const repo = gh.repo(OWNER, name);
    const main = (await gh.branches(OWNER, name)).get('main')!;
    const moved = await repo.git!.createCommit({
      parent: main,
      changes: [{ path: 'README.md', contents: 'new\n' }],
      message: 'docs',
      author: { name: 'Dev', email: 'dev@example.com' },
      committer: { name: 'Dev', email: 'dev@example.com' },
    });
    await repo.git!.updateRef('refs/heads/main', moved, main);
    const r = await publish(client, options(name, 'bbbb'));
    expect(r.operation).toBe('updated');
    expect((await repo.git!.commitInfo(r.commit!))!.parents).toEqual([moved]);
    expect(gh.openPulls(OWNER, name)).toHaveLength(1);
  });

  test('closed when nothing changes any more: comment, branch deleted; then nothing to do', async () => {
    const name = await newRepo();
    const { client } = newClient();
    const created = await publish(client, options(name, 'bbbb'));
    const closed = await publish(client, options(name, 'aaaa')); // the base's own lock
    expect(closed).toMatchObject({ operation: 'closed', number: created.number });
    const pr = gh.repo(OWNER, name).pulls[0]!;
    expect(pr.state).toBe('closed');
    expect(gh.repo(OWNER, name).comments.map((c) => c.issueNumber)).toEqual([created.number]);
    expect([...(await gh.branches(OWNER, name)).keys()]).toEqual(['main']);
    expect(
      (
        await closePullRequestIfOpen(client, {
          repository: { owner: OWNER, repo: name },
          branch: BRANCH,
          marker: MARKER,
        })
      ).operation,
    ).toBe('none');
  });

  test('draft on request, then marked ready; back to draft (GraphQL conversions)', async () => {
    const name = await newRepo();
    const { client } = newClient();
    await publish(client, options(name, 'bbbb', { draft: true }));
    expect(gh.openPulls(OWNER, name)[0]!.draft).toBe(true);
    await publish(client, options(name, 'cccc', { draft: false }));
    expect(gh.openPulls(OWNER, name)[0]!.draft).toBe(false);
    expect(gh.calls('markPullRequestReadyForReview')).toHaveLength(1);
    await publish(client, options(name, 'dddd', { draft: true }));
    expect(gh.openPulls(OWNER, name)[0]!.draft).toBe(true);
    expect(gh.calls('convertPullRequestToDraft')).toHaveLength(1);
  });

  test('auto-merge through GraphQL; a repository without auto-merge gets a warning that says which setting', async () => {
    const name = await newRepo();
    const { client } = newClient();
    const first = await publish(client, options(name, 'bbbb', { autoMerge: 'squash' }));
    expect(first.warnings).toEqual([]);
    expect(gh.openPulls(OWNER, name)[0]!.autoMerge?.mergeMethod).toBe('SQUASH');

    const off = await newRepo({ settings: { allowAutoMerge: false } });
    const r = await publish(client, options(off, 'bbbb', { autoMerge: 'merge' }));
    expect(r.operation).toBe('created');
    expect(r.warnings.join('\n')).toMatch(/Allow auto-merge/);
    expect(gh.openPulls(OWNER, off)[0]!.autoMerge).toBeUndefined();
  });

  test('signoff names the identity GitHub commits as', async () => {
    const name = await newRepo();
    const { client } = newClient();
    const r = await publish(client, options(name, 'bbbb', { signoff: true }));
    const info = (await gh.repo(OWNER, name).git!.commitInfo(r.commit!))!;
    expect(info.message).toMatch(
      /\n\nSigned-off-by: github-actions\[bot\] <41898282\+github-actions\[bot\]@users\.noreply\.github\.com>$/,
    );
  });

  test('a pull request opened by hand from our branch (no marker) is adopted, not duplicated', async () => {
    const name = await newRepo();
    const { client } = newClient();
    await publish(client, options(name, 'bbbb'));
    const pr = gh.openPulls(OWNER, name)[0]!;
    pr.body = 'edited by a human';
    const r = await publish(client, options(name, 'cccc'));
    expect(r).toMatchObject({ operation: 'updated', number: pr.number });
    expect(gh.openPulls(OWNER, name)[0]!.body).toContain(MARKER);
  });
});

describe('commit-mode: git', () => {
  test('pushes to the repository with auth only in the environment; .git/config never holds the token', async () => {
    const name = await newRepo();
    const checkout = path.join(tmp, `checkout-${name}`);
    const header = (t: string) => `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${t}`).toString('base64')}`;
    const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
    await runProcess(
      'git',
      ['-c', `http.extraheader=${header(TOKEN)}`, 'clone', '--quiet', `${gh.url}/${OWNER}/${name}.git`, checkout],
      { env },
    );
    // What actions/checkout leaves behind with persist-credentials: a header of its own (here a stale token). Ours
    // must replace it for the push, not add a second one.
    await runProcess(
      'git',
      ['-C', checkout, 'config', `http.${gh.url}/.extraheader`, header('ghs_stale_checkout_token')],
      { env },
    );
    const { client, logger } = newClient();
    const author = { name: 'Flake Bot', email: 'bot@example.com' };
    const r = await publish(
      client,
      options(name, 'bbbb', { commitMode: 'git', git: { cwd: checkout }, author, committer: author, signoff: true }),
    );
    expect(r.operation).toBe('created');
    const repo = gh.repo(OWNER, name);
    const info = (await repo.git!.commitInfo(r.commit!))!;
    expect(info.author).toMatchObject(author);
    expect(info.message).toMatch(/Signed-off-by: Flake Bot <bot@example.com>$/);
    expect(info.parents).toEqual([(await gh.branches(OWNER, name)).get('main')]);
    expect(repo.verified.has(r.commit!)).toBe(false); // pushed, not written by GitHub
    expect(
      gh
        .calls('git-receive-pack')
        .filter((c) => c.status === 200)
        .every((c) => c.authenticated),
    ).toBe(true);
    expect(gh.calls('git-receive-pack').some((c) => c.status === 200)).toBe(true);
    // The checkout's own state is untouched: HEAD, index and work tree.
    expect((await runProcess('git', ['-C', checkout, 'status', '--porcelain'], { env })).stdout).toBe('');
    expect(await readFile(path.join(checkout, 'flake.lock'), 'utf8')).toBe(BASE_LOCK);
    const config = await readFile(path.join(checkout, '.git', 'config'), 'utf8');
    expect(config).toContain(Buffer.from('x-access-token:ghs_stale_checkout_token').toString('base64'));
    expect(
      await findToken(TOKEN, { dirs: [path.join(checkout, '.git')], texts: { logs: JSON.stringify(logger.lines) } }),
    ).toEqual([]);

    // Refresh in git mode: the same pull request, a lease on the old head.
    const again = await publish(client, options(name, 'cccc', { commitMode: 'git', git: { cwd: checkout }, author }));
    expect(again).toMatchObject({ operation: 'updated', number: r.number });
    expect(await findToken(TOKEN, { dirs: [path.join(checkout, '.git')] })).toEqual([]);
    await assertConsistent(name);
  });
});

describe('faults', () => {
  test('a 502 is retried and the run succeeds', async () => {
    const name = await newRepo();
    const { client } = newClient();
    gh.faults.add({ match: { operation: 'pulls/create' }, respond: { kind: 'status', status: 502 } });
    gh.faults.add({ match: { operation: 'createCommitOnBranch' }, respond: { kind: 'status', status: 502 } });
    const r = await publish(client, options(name, 'bbbb'));
    expect(r.operation).toBe('created');
    expect(gh.faults.fired()).toEqual([1, 1]);
    expect(gh.openPulls(OWNER, name)).toHaveLength(1);
    await assertConsistent(name);
  });

  test('a primary rate limit with a short reset is waited out', async () => {
    const name = await newRepo();
    const { client, logger } = newClient();
    gh.faults.add({ match: { operation: 'pulls/list' }, respond: { kind: 'rate-limit', resetIn: 5 } });
    const r = await publish(client, options(name, 'bbbb'));
    expect(r.operation).toBe('created');
    expect(logger.lines.some((l) => l.level === 'warning' && /rate limit.*waiting \d+ s/.test(l.message))).toBe(true);
  });

  test('a primary rate limit with a long reset is reported, and nothing is left half-made', async () => {
    const name = await newRepo();
    const { client } = newClient();
    gh.faults.add({ match: { operation: 'pulls/create' }, respond: { kind: 'rate-limit', resetIn: 3600 } });
    const err = await publish(client, options(name, 'bbbb')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubAPIError);
    expect((err as Error).message).toMatch(
      /could not create the pull request in acme\/infra-\d+: GitHub's API rate limit is used up until \d\d:\d\d UTC \(in (59|60) min\)/,
    );
    expect([...(await gh.branches(OWNER, name)).keys()]).toEqual(['main']);
    await assertConsistent(name);
  });

  test('a secondary rate limit (429, retry-after) on the GraphQL commit is retried', async () => {
    const name = await newRepo();
    const { client } = newClient();
    gh.faults.add({
      match: { operation: 'createCommitOnBranch' },
      respond: { kind: 'secondary-rate-limit', status: 429, retryAfter: 3 },
    });
    const r = await publish(client, options(name, 'bbbb'));
    expect(r.operation).toBe('created');
    expect(gh.faults.fired()).toEqual([1]);
  });

  test('422 "already exists" after a lost answer: the pull request is found and updated, not duplicated', async () => {
    const name = await newRepo();
    const { client } = newClient();
    gh.faults.add({
      match: { operation: 'pulls/create' },
      respond: { kind: 'status', status: 502 },
      afterEffect: true,
    });
    const r = await publish(client, options(name, 'bbbb'));
    expect(r.operation).toBe('updated');
    expect(
      gh
        .calls('pulls/create')
        .filter((c) => c.path.includes(`/${name}/`))
        .map((c) => c.status),
    ).toEqual([502, 422]);
    expect(gh.repo(OWNER, name).pulls).toHaveLength(1);
    await assertConsistent(name);
  });

  test('permission problems are reported with the workflow line or repository setting to change', async () => {
    const name = await newRepo({ settings: { actionsCanCreatePullRequests: false } });
    const { client } = newClient();
    const e1 = await publish(client, options(name, 'bbbb')).catch((e: unknown) => e);
    expect((e1 as Error).message).toMatch(
      /Allow GitHub Actions to create and approve pull requests.*Settings → Actions → General/,
    );
    expect([...(await gh.branches(OWNER, name)).keys()]).toEqual(['main']);

    const other = await newRepo();
    gh.state.permissions = { ...gh.state.permissions, pullRequests: 'read' };
    try {
      const e2 = await publish(client, options(other, 'bbbb')).catch((e: unknown) => e);
      expect(e2).toBeInstanceOf(GitHubAPIError);
      expect((e2 as GitHubAPIError).status).toBe(403);
      expect((e2 as Error).message).toMatch(
        /the token lacks pull-requests: write; add `permissions: pull-requests: write` to the workflow/,
      );
      await assertConsistent(other);
    } finally {
      gh.state.permissions = { ...gh.state.permissions, pullRequests: 'write' };
    }
  });

  // Every write of a create and of a refresh fails in turn, for good (every retry too). Whatever breaks, the
  // repository is never left with a branch that has no pull request or a pull request whose body describes another
  // commit than its branch holds; and the next run without faults converges to the one right pull request.
  const writes: { op: string; respond: FaultRule['respond'] }[] = [
    { op: 'git/create-ref', respond: { kind: 'status', status: 500 } },
    { op: 'createCommitOnBranch', respond: { kind: 'status', status: 502 } },
    { op: 'git/update-ref', respond: { kind: 'status', status: 500 } },
    { op: 'git/delete-ref', respond: { kind: 'status', status: 500 } },
    { op: 'pulls/create', respond: { kind: 'error', status: 403, message: 'Resource not accessible by integration' } },
    { op: 'pulls/update', respond: { kind: 'status', status: 502 } },
    { op: 'issues/add-labels', respond: { kind: 'status', status: 500 } },
    {
      op: 'issues/create-label',
      respond: { kind: 'error', status: 403, message: 'Resource not accessible by integration' },
    },
    { op: 'pulls/list', respond: { kind: 'status', status: 503 } },
  ];
  test('no half-made state when any one write keeps failing, on create and on refresh; the next run converges', async () => {
    const run = async (op: string, respond: FaultRule['respond'], kind: 'create' | 'refresh'): Promise<void> => {
      const name = await newRepo();
      const { client } = newClient();
      if (kind === 'refresh') await publish(client, options(name, 'bbbb'));
      // Scoped to this repository (REST by path, GraphQL by the repository its variables name), so all cases run
      // at once without touching each other.
      const match =
        op === 'createCommitOnBranch'
          ? { operation: op, body: new RegExp(`"${OWNER}/${name}"`) }
          : { operation: op, path: new RegExp(`^/repos/${OWNER}/${name}(/|$)`) };
      gh.faults.add({ match, respond, times: Infinity });
      const outcome = await publish(client, options(name, 'cccc')).then(
        (r) => r.operation,
        (e: unknown) => (e instanceof GitHubAPIError ? 'error' : `unexpected ${String(e)}`),
      );
      expect(['created', 'updated', 'error']).toContain(outcome);
      await assertConsistent(name, { allowStaging: op === 'git/delete-ref' });
      faulted.push(name);
    };
    const faulted: string[] = [];
    const cases = writes.flatMap(({ op, respond }) =>
      (['create', 'refresh'] as const).map((kind) => ({ op, respond, kind })),
    );
    const results = await Promise.allSettled(cases.map((c) => run(c.op, c.respond, c.kind)));
    const failed = results.flatMap((r, i) =>
      r.status === 'rejected' ? [`${cases[i]!.op} (${cases[i]!.kind}): ${String(r.reason)}`] : [],
    );
    expect(failed).toEqual([]);
    gh.faults.clear();
    // Without faults, the next run converges to the one right pull request.
    await Promise.all(
      faulted.map(async (name) => {
        const { client } = newClient();
        const again = await publish(client, options(name, 'cccc'));
        expect(['created', 'updated']).toContain(again.operation);
        const open = gh.openPulls(OWNER, name);
        expect(open).toHaveLength(1);
        expect(open[0]!.labels).toEqual(['dependencies', 'nix']);
        await assertConsistent(name);
      }),
    );
    expect(faulted).toHaveLength(cases.length);
  }, 60_000);
});

test('the token appears in no log line, result, error, recorded request or file written during these tests', async () => {
  expect(loggers.length).toBeGreaterThan(10);
  expect(outputs.length).toBeGreaterThan(30);
  const texts = {
    logs: JSON.stringify(loggers.flatMap((l) => l.lines)),
    outputs: outputs.join('\n'),
    requests: JSON.stringify(gh.requests),
  };
  expect(await findToken(TOKEN, { texts, dirs: [tmp] })).toEqual([]);
  // The scan does see the token, raw or as git's basic-auth value, when it is there.
  const basic = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
  expect(await findToken(TOKEN, { texts: { raw: `a ${TOKEN} b`, header: `AUTHORIZATION: basic ${basic}` } })).toEqual([
    'raw',
    'header',
  ]);
});
