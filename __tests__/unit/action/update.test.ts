/**
 * The action face of `update` with the engine on a fake Nix: the job summary holds the report, the outputs
 * `updated-inputs` and `has-updates` are set in GITHUB_OUTPUT's format, the pull-request hook gets the report and
 * its outcome becomes the pull-request outputs (its error raised after them), and `on-build-failure: fail` fails
 * the step.
 */
import { afterAll, afterEach, beforeEach, expect, test } from '@jest/globals';
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pullRequestStep, runUpdateAction, runUrl, type PullRequestStepInput } from '../../../src/action/update.js';
import type { PublishOutcome } from '../../../src/app/publish.js';
import { DEFAULTS, type Config } from '../../../src/core/config.js';
import { MemoryLogger } from '../../../src/core/ports.js';
import { createNix } from '../../../src/nix-cli/nix.js';
import { nixFeatures, parseNixVersion } from '../../../src/nix-cli/nix-version.js';
import { nodeFs } from '../../../src/workspace/fs.js';
import { updatePort } from '../../../src/app/update-nix.js';
import type { UpdateDeps } from '../../../src/app/plan.js';
import { parseOutputFile } from '../../support/action.js';
import { fakeNix, lockText, REV_A, REV_B } from '../update/fake-nix.js';

let dir: string;
const saved = { ...process.env };
// @actions/core keeps the summary file path of its first write: one file for the whole test file.
const summaryFile = path.join(os.tmpdir(), `fs-update-action-summary-${process.pid}.md`);

beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'fs-update-action-'));
  await fsp.mkdir(path.join(dir, 'ws'));
  await fsp.writeFile(path.join(dir, 'ws', 'flake.nix'), '{ outputs = _: { }; }\n');
  await fsp.writeFile(path.join(dir, 'ws', 'flake.lock'), lockText(REV_A, 'nixpkgs', 1_700_000_000));
  await fsp.writeFile(path.join(dir, 'output'), '');
  await fsp.writeFile(summaryFile, '');
  process.env['GITHUB_OUTPUT'] = path.join(dir, 'output');
  process.env['GITHUB_STEP_SUMMARY'] = summaryFile;
  process.exitCode = undefined;
});
afterAll(async () => {
  await fsp.rm(summaryFile, { force: true });
});
afterEach(async () => {
  process.env = { ...saved };
  process.exitCode = undefined;
  await fsp.rm(dir, { recursive: true, force: true });
});

function config(update: Partial<Config['update']> = {}): Config {
  return {
    command: 'update',
    workspace: path.join(dir, 'ws'),
    paths: ['.'],
    jobSummary: true,
    format: 'text',
    lint: { failOn: 'error', rules: {}, maxAge: 30, maxAgeByInput: {}, ignore: [], allowedOwners: [] },
    update: {
      inputs: [],
      build: { mode: 'auto' },
      dryRun: false,
      onBuildFailure: 'fail',
      nixOptions: [],
      acceptFlakeConfig: false,
      planDir: '/nonexistent/plan',
      buildsDir: '/nonexistent/builds',
      ...update,
    },
    pr: {
      apiUrl: DEFAULTS.apiUrl,
      serverUrl: DEFAULTS.serverUrl,
      graphqlUrl: DEFAULTS.graphqlUrl,
      repository: { owner: 'octo', repo: 'flake' },
      branch: DEFAULTS.branch,
      commitMode: 'api',
      title: DEFAULTS.title,
      labels: [],
      assignees: [],
      reviewers: [],
      teamReviewers: [],
      draft: false,
      autoMerge: 'off',
      signoff: false,
      maxCommits: 50,
    },
  };
}

function deps(breakAfter?: string): UpdateDeps {
  const fake = fakeNix(path.join(dir, 'ws'), { configurations: 2, ...(breakAfter ? { breakAfter } : {}) });
  const logger = new MemoryLogger();
  const options = { nixOptions: [], acceptFlakeConfig: false };
  const nix = createNix({
    runner: fake.runner,
    features: nixFeatures(parseNixVersion('nix (Nix) 2.8.0')),
    options,
    logger,
  });
  return {
    nix: updatePort(nix),
    fs: nodeFs,
    logger,
    clock: { now: () => new Date('2023-11-30T00:00:00Z') },
  };
}

const NONE: PublishOutcome = { flakes: [], outputs: { operation: 'none', number: '', url: '' } };

async function outputs(): Promise<Record<string, string>> {
  return parseOutputFile(await fsp.readFile(path.join(dir, 'output'), 'utf8'));
}

test('outputs, job summary, and the pull-request hook with the report and the run link', async () => {
  const calls: PullRequestStepInput[] = [];
  await runUpdateAction(
    config(),
    new MemoryLogger(),
    {
      deps: deps(),
      pullRequest: async (input) => {
        calls.push(input);
        return NONE;
      },
    },
    { GITHUB_RUN_ID: '42' },
  );
  const out = await outputs();
  expect(out['has-updates']).toBe('true');
  expect(JSON.parse(out['updated-inputs']!)).toEqual([
    expect.objectContaining({ flake: '.', input: 'nixpkgs', kind: 'updated', from: REV_A, to: REV_B }),
  ]);
  const summary = await fsp.readFile(summaryFile, 'utf8');
  expect(summary).toContain('## flake-steward update');
  expect(summary).toContain('| hello | 2.12 | 2.13 |');
  expect(calls).toHaveLength(1);
  expect(calls[0]!.fullReportUrl).toBe('https://github.com/octo/flake/actions/runs/42');
  expect(calls[0]!.report.flakes[0]!.lock.after).toBe(lockText(REV_B, 'nixpkgs_2', 1_700_864_000));
  expect(process.exitCode).toBeUndefined();
});

test('a dry run restores the lock and does not call the pull-request hook', async () => {
  let called = false;
  await runUpdateAction(config({ dryRun: true }), new MemoryLogger(), {
    deps: deps(),
    pullRequest: async () => {
      called = true;
      return NONE;
    },
  });
  expect(called).toBe(false);
  expect(await fsp.readFile(path.join(dir, 'ws', 'flake.lock'), 'utf8')).toBe(
    lockText(REV_A, 'nixpkgs', 1_700_000_000),
  );
  expect((await outputs())['has-updates']).toBe('true');
  expect((await outputs())['pull-request-operation']).toBe('none');
});

test('on-build-failure: fail fails the step after writing the report; report only warns', async () => {
  await runUpdateAction(config(), new MemoryLogger(), { deps: deps('host1') });
  expect(process.exitCode).toBe(1);
  expect(await fsp.readFile(summaryFile, 'utf8')).toContain('### ❌ Build failures');
  process.exitCode = undefined;
  await fsp.writeFile(path.join(dir, 'ws', 'flake.lock'), lockText(REV_A, 'nixpkgs', 1_700_000_000));
  const logger = new MemoryLogger();
  await runUpdateAction(config({ onBuildFailure: 'report' }), logger, { deps: deps('host1') });
  expect(process.exitCode).toBeUndefined();
  expect(logger.lines.some((l) => l.level === 'warning' && l.message.includes('host1'))).toBe(true);
});

test('runUrl needs a run id and a repository', () => {
  expect(runUrl(config(), {})).toBeUndefined();
  expect(
    runUrl({ ...config(), pr: { ...config().pr, serverUrl: 'https://ghe.example.com/' } }, { GITHUB_RUN_ID: '7' }),
  ).toBe('https://ghe.example.com/octo/flake/actions/runs/7');
});

test("the pull-request outputs are the outcome's; its error is raised once they are set", async () => {
  const created: PublishOutcome = {
    flakes: [],
    outputs: { operation: 'created', number: '7', url: 'https://github.com/octo/flake/pull/7' },
  };
  await runUpdateAction(config(), new MemoryLogger(), { deps: deps(), pullRequest: async () => created });
  expect(await outputs()).toEqual(
    expect.objectContaining({
      'pull-request-operation': 'created',
      'pull-request-number': '7',
      'pull-request-url': 'https://github.com/octo/flake/pull/7',
    }),
  );
  await fsp.writeFile(path.join(dir, 'output'), '');
  await fsp.writeFile(path.join(dir, 'ws', 'flake.lock'), lockText(REV_A, 'nixpkgs', 1_700_000_000));
  const failed = { ...created, error: new Error('the pull request failed for 1 flake(s)') };
  await expect(
    runUpdateAction(config(), new MemoryLogger(), { deps: deps(), pullRequest: async () => failed }),
  ).rejects.toThrow('the pull request failed');
  expect((await outputs())['pull-request-operation']).toBe('created');
});

test('the publish step needs a token and a repository unless it is a dry run, before any work', () => {
  const c = config();
  expect(() => pullRequestStep(c)).toThrow(/needs a token/);
  const withToken = { ...c, pr: { ...c.pr, token: 'ghs_x' } };
  expect(() => pullRequestStep({ ...withToken, pr: { ...withToken.pr, repository: undefined } })).toThrow(
    /GITHUB_REPOSITORY/,
  );
  expect(() => pullRequestStep(withToken)).not.toThrow();
  expect(() => pullRequestStep({ ...c, update: { ...c.update, dryRun: true } })).not.toThrow();
});
