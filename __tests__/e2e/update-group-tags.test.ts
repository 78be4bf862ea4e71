/**
 * `command: update` with `group: per-input` on a flake whose update moves a release tag, end to end (`node
 * dist/index.js`, run `npm run bundle` first), real Nix 2.8 and git against the local GitHub API (issue 14). `tool`
 * is pinned to `?ref=v1.0.0` and gets v1.1.0; `dep` follows a branch and moves. Two pull requests: tool's commits
 * flake.nix with only its tag moved and flake.lock moving only tool, and lists the bump; dep's commits flake.lock
 * only, flake.nix as on main.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startGitHubServer, type GitHubServer } from '../support/github/server.js';
import { OWNER, UpdateWorld } from '../fixtures/e2e/update-world.js';

const TOKEN = 'ghs_e2eGroupTags_0a1b2c3d4e5f6071829';
const NAME = 'tagged';

let gh: GitHubServer;
let w: UpdateWorld;
let ws: string;

beforeAll(async () => {
  gh = await startGitHubServer({ token: TOKEN });
  w = await UpdateWorld.create('group-tags', { extra: ['tool'], tagged: ['tool'] });
  ws = await w.checkout(gh, NAME);
}, 120_000);

afterAll(async () => {
  await gh?.close();
  await w?.cleanup();
});

type Lock = { nodes: Record<string, { locked?: { rev?: string }; original?: { ref?: string } }> };

describe('per-input pull requests when one input moves its release tag', () => {
  test("tool's pull request commits flake.nix (its tag moved) and flake.lock; dep's commits flake.lock only", async () => {
    const repo = gh.repo(OWNER, NAME);
    const main = (await gh.branches(OWNER, NAME)).get('main')!;
    const mainNix = (await repo.git!.readFile(main, 'flake.nix'))!.contents.toString();
    const toolRev = await w.bumpInput('tool', '2');
    await w.world.git(w.inputs['tool']!.dir, ['tag', 'v1.1.0']);
    const depRev = await w.bumpInput('dep', '2');
    const r = await w.run(gh, NAME, ws, { group: 'per-input' });
    expect({ code: r.code, out: r.code === 0 ? '' : `${r.stdout}\n${r.stderr}` }).toEqual({ code: 0, out: '' });

    const branches = await gh.branches(OWNER, NAME);
    const fileOn = async (branch: string, file: string): Promise<string> =>
      (await repo.git!.readFile(branches.get(branch)!, file))!.contents.toString();
    const pulls = gh.openPulls(OWNER, NAME);
    expect(pulls.map((p) => p.headRef).sort()).toEqual(['flake-steward/update-dep', 'flake-steward/update-tool']);

    // tool: flake.nix with its tag moved (nothing else), the lock moving tool to v1.1.0's commit
    const toolNix = await fileOn('flake-steward/update-tool', 'flake.nix');
    expect(toolNix).toBe(mainNix.replace('?ref=v1.0.0"', '?ref=v1.1.0"'));
    expect(toolNix).not.toBe(mainNix);
    const toolLock = JSON.parse(await fileOn('flake-steward/update-tool', 'flake.lock')) as Lock;
    expect([toolLock.nodes['tool']?.locked?.rev, toolLock.nodes['tool']?.original?.ref]).toEqual([toolRev, 'v1.1.0']);
    expect(toolLock.nodes['dep']?.locked?.rev).not.toBe(depRev);
    const head = branches.get('flake-steward/update-tool')!;
    expect((await repo.git!.changedFiles(main, head)).map((c) => c.path).sort()).toEqual(['flake.lock', 'flake.nix']);
    const toolPull = pulls.find((p) => p.headRef === 'flake-steward/update-tool')!;
    expect(toolPull.body).toContain('v1.0.0 → v1.1.0 (release tag)');

    // dep: flake.nix as on main, the lock moving dep only
    expect(await fileOn('flake-steward/update-dep', 'flake.nix')).toBe(mainNix);
    const depHead = branches.get('flake-steward/update-dep')!;
    expect((await repo.git!.changedFiles(main, depHead)).map((c) => c.path)).toEqual(['flake.lock']);
    const depLock = JSON.parse(await fileOn('flake-steward/update-dep', 'flake.lock')) as Lock;
    expect([depLock.nodes['dep']?.locked?.rev, depLock.nodes['tool']?.original?.ref]).toEqual([depRev, 'v1.0.0']);
    expect(pulls.find((p) => p.headRef === 'flake-steward/update-dep')!.body).not.toContain('(release tag)');
    gh.assertNoViolations();
  }, 300_000);
});
