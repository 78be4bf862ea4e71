/**
 * Where the bundled action (run `npm run bundle` first) finds the repository it opens the pull request in: the
 * workflow context of @actions/github, which reads GITHUB_REPOSITORY and, when that is unset, the `repository` of
 * the event payload (GITHUB_EVENT_PATH). With neither, or with an event file that is not JSON, the step fails with
 * one line and no stack trace, before any Nix work.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, runAction } from '../support/action.js';
import { startGitHubServer, type GitHubServer } from '../support/github/server.js';
import { OWNER, runBundledAction, UpdateWorld, type ActionResult } from '../fixtures/e2e/update-world.js';

const TOKEN = 'ghs_e2eWorkflowContext_5a6b7c8d9e0f1234';
const NAME = 'context';

let gh: GitHubServer;
let w: UpdateWorld;
let ws: string;

beforeAll(async () => {
  gh = await startGitHubServer({ token: TOKEN });
  w = await UpdateWorld.create('context');
  ws = await w.checkout(gh, NAME);
}, 120_000);

afterAll(async () => {
  await gh?.close();
  await w?.cleanup();
});

/** `command: update` on the checkout, with the environment GitHub gives minus GITHUB_REPOSITORY, plus `env`. */
function runWithoutRepository(env: Record<string, string> = {}): Promise<ActionResult> {
  const { GITHUB_REPOSITORY: _, ...base } = w.actionEnv(gh, NAME, ws);
  return runBundledAction({ command: 'update', token: gh.token, build: 'none' }, { ...base, ...env }, w.tempRoot);
}

const errors = (stdout: string): string[] => stdout.split('\n').filter((l) => l.startsWith('::error'));
const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('the repository of the pull request', () => {
  test('neither GITHUB_REPOSITORY nor an event: one line saying what is missing, no pull request', async () => {
    const r = await runWithoutRepository();
    expect(r.code).toBe(1);
    expect(errors(r.stdout)).toEqual([
      expect.stringContaining("command 'update' needs GITHUB_REPOSITORY (owner/repo) to open the pull request"),
    ]);
    noStackTrace(r.stdout + r.stderr);
    expect(gh.calls('pulls/create')).toHaveLength(0);
  });

  test('from the event payload when GITHUB_REPOSITORY is unset: the pull request is opened there', async () => {
    const rev = await w.bump('2');
    const event = path.join(w.tempRoot, 'event.json');
    writeFileSync(event, JSON.stringify({ repository: { name: NAME, owner: { login: OWNER } } }));
    const r = await runWithoutRepository({ GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'workflow_dispatch' });
    expect({ code: r.code, log: r.code === 0 ? '' : `${r.stdout}\n${r.stderr}` }).toEqual({ code: 0, log: '' });
    const open = gh.openPulls(OWNER, NAME);
    expect(open).toHaveLength(1);
    expect(r.outputs['pull-request-url']).toBe(`${gh.url}/${OWNER}/${NAME}/pull/${open[0]!.number}`);
    expect(JSON.parse(r.outputs['updated-inputs']!)).toEqual([expect.objectContaining({ input: 'dep', to: rev })]);
  }, 120_000);
});

describe('a GITHUB_REPOSITORY that is not owner/repo', () => {
  test.each(['octo', 'a/b/c'])('%s: one line quoting it, no stack trace', (repository) => {
    const r = runAction(
      { command: 'lint' },
      { GITHUB_WORKSPACE: path.join(repoRoot, 'examples', 'flake'), GITHUB_REPOSITORY: repository },
    );
    expect(r.code).toBe(1);
    expect(errors(r.stdout)).toEqual([
      `::error::invalid repository '${repository}' for GITHUB_REPOSITORY (expected owner/repo)`,
    ]);
    noStackTrace(r.stdout + r.stderr);
  });
});

describe('an event file that is not JSON', () => {
  test('fails the step with one line naming GITHUB_EVENT_PATH, no stack trace', () => {
    const event = path.join(w.tempRoot, 'broken-event.json');
    writeFileSync(event, '{"repository": ');
    const r = runAction(
      { command: 'lint' },
      { GITHUB_WORKSPACE: path.join(repoRoot, 'examples', 'flake'), GITHUB_EVENT_PATH: event },
    );
    expect(r.code).toBe(1);
    expect(errors(r.stdout)).toEqual([
      expect.stringMatching(/^::error::cannot read the workflow's event file GITHUB_EVENT_PATH '.*broken-event\.json'/),
    ]);
    noStackTrace(r.stdout + r.stderr);
  });
});
