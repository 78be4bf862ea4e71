/**
 * `flake-steward update --open-pr` end to end (run `npm run bundle` first): the bundled CLI (`node dist/cli.js`) on a
 * real checkout whose `origin` is a repository of the local GitHub server, real Nix 2.8, the token from GITHUB_TOKEN
 * and the API from GITHUB_API_URL, the repository read from the origin remote. Through the same publish use case
 * as the action:
 *   1. it creates the pull request, with the very body, title, branch and labels the action writes for the same
 *      world (the action runs on a twin repository);
 *   2. after another upstream commit it refreshes the same pull request (operation `updated`);
 *   3. without GITHUB_TOKEN it fails at once with one line and exit code 2, before any Nix work (no nix on PATH);
 * and the token appears in nothing the CLI printed or wrote.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot, tempEnv } from '../support/action.js';
import { findToken } from '../support/github/secrets.js';
import { startGitHubServer, type GitHubServer } from '../support/github/server.js';
import { OWNER, UpdateWorld, type ActionResult } from '../fixtures/e2e/update-world.js';

const TOKEN = 'ghs_e2eCliOpenPR_5e6f7a8b9c0d1e2f3a4b';
const BRANCH = 'flake-steward/update';
const CLI = process.env['FLAKE_STEWARD_E2E_CLI'] ?? path.join(repoRoot, 'dist', 'cli.js');
const PR_FLAGS = ['--labels', 'dependencies,nix', '--reviewers', 'alice', '--assignees', 'bob'];
const PR_INPUTS = { labels: 'dependencies, nix', reviewers: 'alice', assignees: 'bob' };

interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

let gh: GitHubServer;
let w: UpdateWorld;
let actionDir: string;
let cliDir: string;
let runsDir: string;
const printed: string[] = [];

beforeAll(async () => {
  gh = await startGitHubServer({ token: TOKEN });
  w = await UpdateWorld.create('cli-pr');
  actionDir = await w.checkout(gh, 'action-twin', { collaborators: ['alice', 'bob'] });
  cliDir = await w.checkout(gh, 'cli', { collaborators: ['alice', 'bob'] });
  runsDir = w.world.path('cli-runs');
  await mkdir(runsDir);
}, 120_000);

afterAll(async () => {
  await gh?.close();
  await w?.cleanup();
});

/** `node dist/cli.js update DIR ARGS…` with the world's environment and the GitHub variables (no GITHUB_REPOSITORY). */
async function runCli(args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<CliResult> {
  const tmp = await mkdtemp(path.join(runsDir, 'run-'));
  const child = spawn(process.execPath, [CLI, 'update', cliDir, ...args], {
    cwd: cliDir,
    env: {
      ...w.world.env,
      ...tempEnv(tmp),
      GITHUB_TOKEN: TOKEN,
      GITHUB_API_URL: gh.apiUrl,
      GITHUB_SERVER_URL: gh.url,
      GITHUB_GRAPHQL_URL: gh.graphqlUrl,
      FLAKE_STEWARD_TEST_TIME_UNIT_MS: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  clearTimeout(timer);
  const r = { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
  printed.push(r.stdout, r.stderr);
  return r;
}

const shown = (r: CliResult | ActionResult): string => `exit ${r.code}\n${r.stdout}\n${r.stderr}`;
const ok = (r: CliResult | ActionResult) => ({ code: r.code, log: r.code === 0 ? '' : shown(r) });

describe('flake-steward update --open-pr', () => {
  let number: number;

  test('creates the pull request with the body, title, branch and labels the action writes', async () => {
    const rev2 = await w.bump('2');
    const action = await w.run(gh, 'action-twin', actionDir, PR_INPUTS);
    expect(ok(action)).toEqual({ code: 0, log: '' });
    expect(action.outputs['pull-request-operation']).toBe('created');

    const r = await runCli(['--open-pr', ...PR_FLAGS]);
    expect(ok(r)).toEqual({ code: 0, log: '' });
    const open = gh.openPulls(OWNER, 'cli');
    expect(open).toHaveLength(1);
    const pr = open[0]!;
    number = pr.number;
    expect(r.stderr).toContain(`Pull request: created #${pr.number} ${gh.url}/${OWNER}/cli/pull/${pr.number}\n`);
    // stdout is the report, as without --open-pr
    expect(r.stdout).toContain('## flake-steward update');

    const twin = gh.openPulls(OWNER, 'action-twin')[0]!;
    expect(pr.body).toContain(rev2.slice(0, 7));
    expect(pr.body).toMatch(/\| app \| 1 \| 2 \|/);
    expect(pr.body).toBe(twin.body);
    expect([pr.title, pr.headRef, pr.draft, pr.labels, pr.requestedReviewers, pr.assignees]).toEqual([
      twin.title,
      twin.headRef,
      twin.draft,
      twin.labels,
      twin.requestedReviewers,
      twin.assignees,
    ]);
    expect(pr.headRef).toBe(BRANCH);

    // The commit: verified, on the base head, the lock as Nix wrote it (the checkout's file).
    const repo = gh.repo(OWNER, 'cli');
    const head = (await gh.branches(OWNER, 'cli')).get(BRANCH)!;
    expect(repo.verified.has(head)).toBe(true);
    expect((await repo.git!.commitInfo(head))!.parents).toEqual([(await gh.branches(OWNER, 'cli')).get('main')]);
    expect((await repo.git!.readFile(head, 'flake.lock'))!.contents.toString()).toBe(
      await readFile(path.join(cliDir, 'flake.lock'), 'utf8'),
    );
    gh.assertNoViolations();
  }, 300_000);

  test('a second run after another upstream commit refreshes the same pull request', async () => {
    const rev3 = await w.bump('3');
    await w.world.git(cliDir, ['checkout', '--quiet', '--', 'flake.lock']);
    const r = await runCli(['--open-pr', ...PR_FLAGS]);
    expect(ok(r)).toEqual({ code: 0, log: '' });
    expect(r.stderr).toContain(`Pull request: updated #${number} `);
    const pulls = gh.repo(OWNER, 'cli').pulls;
    expect(pulls).toHaveLength(1);
    expect(pulls[0]!.state).toBe('open');
    expect(pulls[0]!.body).toContain(rev3.slice(0, 7));
    expect(pulls[0]!.body).toMatch(/\| app \| 1 \| 3 \|/);
    const head = (await gh.branches(OWNER, 'cli')).get(BRANCH)!;
    expect((await gh.repo(OWNER, 'cli').git!.readFile(head, 'flake.lock'))!.contents.toString()).toContain(rev3);
    gh.assertNoViolations();
  }, 300_000);

  test('without GITHUB_TOKEN: one line, exit 2, before any Nix work (no nix on PATH), nothing changed', async () => {
    const lock = await readFile(path.join(cliDir, 'flake.lock'), 'utf8');
    const calls = gh.requests.length;
    const noNix = w.world.path('no-nix-bin');
    await mkdir(noNix, { recursive: true });
    const r = await runCli(['--open-pr'], { GITHUB_TOKEN: '', PATH: noNix });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'flake-steward update: error: --open-pr needs a GitHub token in GITHUB_TOKEN (export GITHUB_TOKEN with contents: write and pull-requests: write, or drop --open-pr)\n',
    );
    expect(await readFile(path.join(cliDir, 'flake.lock'), 'utf8')).toBe(lock);
    expect(gh.requests.length).toBe(calls);
  });

  test('the token is in nothing the CLI printed or wrote', async () => {
    expect(printed.length).toBeGreaterThan(0);
    const texts = Object.fromEntries(printed.map((t, i) => [`printed-${i}`, t]));
    expect(await findToken(TOKEN, { texts, dirs: [cliDir, runsDir] })).toEqual([]);
  });
});
