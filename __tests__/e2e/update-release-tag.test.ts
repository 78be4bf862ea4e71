/**
 * Release tags end to end through the bundled action (issue 14, "Release tags": `node dist/index.js`, or the bundle
 * FLAKE_STEWARD_E2E_BUNDLE names, with INPUT_*, real Nix and git, the local GitHub API): a world whose input `dep` is
 * pinned `?ref=v1.0.0` in a repository tagged v1.0.0, v1.1.0 and v1.2.0-rc1 (and whose main branch moved on past
 * them), and a second input `other` with a new upstream commit.
 *   1. `command: update`: one `git ls-remote --tags` of dep; the pull request's commit rewrites the tag in flake.nix
 *      and nothing else (v1.1.0: a pre-release is no release for a release pin), locks dep at v1.1.0's commit, and its
 *      body lists "v1.0.0 → v1.1.0 (release tag)";
 *   2. `release-tags: false`: no ls-remote at all, flake.nix is not in the commit, dep stays at v1.0.0 — only
 *      `other` moves.
 * Every git process the action (and Nix) runs is traced (GIT_TRACE), so "no ls-remote" is observed, not assumed.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { startGitHubServer, type GitHubServer } from '../support/github/server.js';
import { OWNER, runBundledAction, UpdateWorld, type ActionResult } from '../fixtures/e2e/update-world.js';

const TOKEN = 'ghs_e2eReleaseTag_0a1b2c3d4e5f60718293';
const NAME = 'tagged';
const BRANCH = 'flake-steward/update';

let gh: GitHubServer;
let w: UpdateWorld;
let ws: string;

beforeAll(async () => {
  gh = await startGitHubServer({ token: TOKEN });
  w = await UpdateWorld.create('release-tag', { extra: ['other'], depTags: ['v1.0.0', 'v1.1.0', 'v1.2.0-rc1'] });
  ws = await w.checkout(gh, NAME);
}, 120_000);

afterAll(async () => {
  await gh?.close();
  await w?.cleanup();
});

/** The action on the checkout (reset to the base first, as a fresh checkout is), with every git command traced. */
async function run(inputs: Record<string, string> = {}): Promise<{ r: ActionResult; lsRemote: string[] }> {
  await w.world.git(ws, ['checkout', '--quiet', '--', 'flake.nix', 'flake.lock']);
  const trace = path.join(w.world.dir, 'git-trace.txt');
  await rm(trace, { force: true });
  const r = await runBundledAction(
    { command: 'update', token: gh.token, ...inputs },
    { ...w.actionEnv(gh, NAME, ws), GIT_TRACE: trace },
    w.tempRoot,
  );
  const traced = await readFile(trace, 'utf8').catch(() => '');
  const lsRemote = traced
    .split('\n')
    .filter((l) => /trace: built-in: git ls-remote\b/.test(l))
    .map((l) => l.slice(l.indexOf('git ls-remote')));
  return { r, lsRemote };
}

const failed = (r: ActionResult): string => (r.code === 0 ? '' : `exit ${r.code}\n${r.stdout}\n${r.stderr}`);

async function headFiles(): Promise<{ nix: string; lock: { nodes: Record<string, { locked: { rev: string }; original: { ref?: string } }> } }> {
  const repo = gh.repo(OWNER, NAME);
  const head = (await gh.branches(OWNER, NAME)).get(BRANCH)!;
  return {
    nix: (await repo.git!.readFile(head, 'flake.nix'))!.contents.toString(),
    lock: JSON.parse((await repo.git!.readFile(head, 'flake.lock'))!.contents.toString()) as never,
  };
}

describe('an input pinned to a release tag', () => {
  test('update: the newest release written in flake.nix (nothing else), locked at its commit, named in the body', async () => {
    const otherRev = await w.bumpInput('other', '2');
    const { r, lsRemote } = await run();
    expect({ code: r.code, out: failed(r) }).toEqual({ code: 0, out: '' });
    expect(lsRemote).toEqual([`git ls-remote --tags --refs -- file://${w.dep.dir}`]);
    expect(r.outputs['pull-request-operation']).toBe('created');

    const { nix, lock } = await headFiles();
    const original = w.files['flake.nix']!;
    expect(original.split('ref=v1.0.0')).toHaveLength(2);
    expect(nix).toBe(original.replace('ref=v1.0.0', 'ref=v1.1.0'));
    expect(lock.nodes['dep']!.original.ref).toBe('v1.1.0');
    expect(lock.nodes['dep']!.locked.rev).toBe(w.tags['v1.1.0']);
    expect(lock.nodes['other']!.locked.rev).toBe(otherRev);

    const pr = gh.openPulls(OWNER, NAME)[0]!;
    expect(pr.body).toContain('- `dep`: v1.0.0 → v1.1.0 (release tag)');
    expect(pr.body).not.toContain('v1.2.0-rc1');
    gh.assertNoViolations();
  }, 300_000);

  test('release-tags: false: no ls-remote, flake.nix not in the commit, dep stays at v1.0.0', async () => {
    const otherRev = await w.bumpInput('other', '3');
    const { r, lsRemote } = await run({ 'release-tags': 'false' });
    expect({ code: r.code, out: failed(r) }).toEqual({ code: 0, out: '' });
    expect(lsRemote).toEqual([]);
    expect(r.outputs['pull-request-operation']).toBe('updated');

    const { nix, lock } = await headFiles();
    expect(nix).toBe(w.files['flake.nix']);
    expect(lock.nodes['dep']!.original.ref).toBe('v1.0.0');
    expect(lock.nodes['dep']!.locked.rev).toBe(w.tags['v1.0.0']);
    expect(lock.nodes['other']!.locked.rev).toBe(otherRev);
    const pr = gh.openPulls(OWNER, NAME)[0]!;
    expect(pr.body).not.toContain('(release tag)');
    gh.assertNoViolations();
  }, 300_000);
});
