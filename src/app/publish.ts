/**
 * The pull-request step of `update` (the `PullRequestStep` hook of ./update.ts): for each flake of the report, one
 * pull request that carries its `flake.lock` exactly as Nix wrote it, with a body that tells the whole story.
 *
 * Per flake, in order:
 *  1. the build gate (`on-build-failure`): `fail` — no pull request for any flake (the update face fails the step);
 *     `skip-pr` — no pull request for a flake whose build failed (a warning); `draft` — the pull request is (or
 *     becomes) a draft, the failure first in its body; `report` — the pull request as configured, failure in the body;
 *  2. the lock did not change: close our pull request if one is open (comment, branch deleted);
 *  3. commit lists for every updated input on the GitHub host the token is for (compare API; any API trouble
 *     degrades to the compare link and a few words why, never a failure);
 *  4. the body (report of this flake with commit lists, under 60,000 characters; the job summary keeps the full
 *     report), the commit message (generated unless `commit-message` is set), then `publishPullRequest`.
 * Outputs: `pull-request-number`, `pull-request-url`, `pull-request-operation` (`created|updated|closed|none`). With
 * several flakes they describe the first flake whose pull request was created, updated or closed.
 *
 * The token reaches GitHub only through the client (masked there) and git only through per-command environment
 * (commit-mode git, src/github/commit-files.ts).
 */
import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config, OnBuildFailure } from '../core/config.js';
import { UsageError } from '../core/errors.js';
import type { Logger } from '../core/ports.js';
import { runProcess, type ProcessRunner } from '../exec/process.js';
import { branchForFlake } from '../github/branch.js';
import { createGitHubClient, type GitHubClient, type GitHubClientOptions } from '../github/client.js';
import { listCommits, ownHost, type ClientForHost, type CommitList } from '../github/commit-list.js';
import { closePullRequestIfOpen, publishPullRequest, type PublishResult } from '../github/publish-pull-request.js';
import { markerFor } from '../github/pulls.js';
import { commitMessage } from '../render/commit-message.js';
import { commitKey, renderReport, MAX_LENGTH } from '../render/update-report.js';
import { hasGlobChars as isGlob } from '../core/glob.js';
import type { InputChange } from '../update/lock-diff.js';
import { failedAfter, type FlakeReport, type UpdateReport } from '../update/update-result.js';
import { Outputs } from '../action/constants.js';
import type { PullRequestStep, PullRequestStepInput } from '../action/update.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * FOR TESTS ONLY: milliseconds per second of every wait of the GitHub client (retry backoff, rate-limit resets),
 * which also stops spacing writes a second apart. End-to-end tests of the bundled action set it so that a run that
 * waits out a "60 s" rate limit takes 60 ms; every decision stays the same. Unset in production.
 */
export const TEST_TIME_UNIT_ENV = 'FLAKE_STEWARD_TEST_TIME_UNIT_MS';

/** Client options from the test-only environment variable above (the one place it is read). */
export function testTiming(env: Env): Partial<GitHubClientOptions> {
  const raw = env[TEST_TIME_UNIT_ENV];
  if (raw === undefined || raw === '') return {};
  if (!/^\d+$/.test(raw)) throw new UsageError(`invalid value '${raw}' for ${TEST_TIME_UNIT_ENV}`, 'expected a number');
  return { timeUnitMs: Number(raw), spaceWrites: false };
}

export type PullRequestOperation = PublishResult['operation'];

/** What the step does for one flake, decided from the report and the settings alone. */
export type FlakePlan =
  | { readonly kind: 'publish'; readonly draft: boolean; readonly failed: readonly string[] }
  | { readonly kind: 'close' }
  | { readonly kind: 'skip'; readonly why: string; readonly warn: boolean };

export interface FlakeTarget {
  readonly flake: FlakeReport;
  readonly branch: string;
  readonly marker: string;
  readonly title: string;
  readonly plan: FlakePlan;
}

/** True when each flake gets its own branch and pull request: several paths, a glob, or several flakes found. */
export function severalFlakes(config: Config, report: UpdateReport): boolean {
  return config.paths.length > 1 || config.paths.some(isGlob) || report.flakes.length > 1;
}

/** The gate and the lock decide what happens to one flake's pull request. */
export function planFlake(
  flake: FlakeReport,
  onBuildFailure: OnBuildFailure,
  draft: boolean,
  anyFailure: boolean,
): FlakePlan {
  const failed = flake.configurations.filter((c) => c.after.status === 'failed').map((c) => c.attr);
  if (onBuildFailure === 'fail' && anyFailure) {
    return { kind: 'skip', why: 'builds failed after the update (on-build-failure: fail)', warn: false };
  }
  if (flake.lock.before === flake.lock.after) return { kind: 'close' };
  if (failed.length === 0) return { kind: 'publish', draft, failed };
  switch (onBuildFailure) {
    case 'skip-pr':
      return {
        kind: 'skip',
        why: `${failed.length} build(s) failed after the update: ${failed.join(', ')} (on-build-failure: skip-pr)`,
        warn: true,
      };
    case 'draft':
      return { kind: 'publish', draft: true, failed };
    default:
      return { kind: 'publish', draft, failed };
  }
}

/** Branch, marker, title and plan for every flake of the report, in report order. */
export function planPullRequests(config: Config, report: UpdateReport): FlakeTarget[] {
  const several = severalFlakes(config, report);
  const anyFailure = failedAfter(report).length > 0;
  return report.flakes.map((flake) => ({
    flake,
    branch: branchForFlake(config.pr.branch, flake.dir, several),
    marker: markerFor(flake.dir),
    title: several ? `${config.pr.title} (${flake.dir})` : config.pr.title,
    plan: planFlake(flake, config.update.onBuildFailure, config.pr.draft, anyFailure),
  }));
}

/** Updated inputs whose commits the client can list (same GitHub host), one per flake directory and input. */
export function commitListTargets(flake: FlakeReport, clientFor: ClientForHost): InputChange[] {
  return flake.inputs.filter((c) => {
    const repo = c.after?.repo ?? c.before?.repo;
    return (
      c.kind === 'updated' &&
      repo?.forge === 'github' &&
      c.before?.rev !== undefined &&
      c.after?.rev !== undefined &&
      clientFor(repo.host) !== undefined
    );
  });
}

/** Commit lists for the body, keyed by `commitKey(flake dir, input)`; never throws for API trouble. */
export async function commitLists(
  flake: FlakeReport,
  clientFor: ClientForHost,
  maxCommits: number,
): Promise<Map<string, CommitList>> {
  const out = new Map<string, CommitList>();
  if (maxCommits <= 0) return out;
  for (const change of commitListTargets(flake, clientFor)) {
    out.set(commitKey(flake.dir, change.name), await listCommits(clientFor, change, { maxCommits }));
  }
  return out;
}

/** The pull request body of one flake: its report, commit lists filled in, our marker first. */
export function pullRequestBody(
  report: UpdateReport,
  target: FlakeTarget,
  commits: ReadonlyMap<string, CommitList>,
  fullReportUrl: string | undefined,
): string {
  const one: UpdateReport = { ...report, flakes: [target.flake] };
  return renderReport(one, {
    marker: target.marker,
    commits,
    maxLength: MAX_LENGTH,
    ...(fullReportUrl ? { fullReportUrl } : {}),
  }).markdown;
}

/** `flake.lock` of a flake as a path from the repository root (the workspace may sit below it). */
async function repositoryPath(workspace: string, lockFile: string, run: ProcessRunner): Promise<string> {
  const r = await run('git', ['-C', workspace, 'rev-parse', '--show-prefix'], { check: false });
  const prefix = r.code === 0 ? r.stdout.trim() : '';
  return path.posix.join(prefix, lockFile);
}

export interface PullRequestStepOptions {
  /** Where outputs go; `core.setOutput` by default. */
  readonly setOutput?: (name: string, value: string) => void;
  /** The client to use (tests); built from the config otherwise. */
  readonly client?: GitHubClient;
  /** The process runner for git (repository path, commit-mode git). */
  readonly runner?: ProcessRunner;
  readonly env?: Env;
}

/**
 * The step for a run with this config. Checks up front (before any Nix work) that a pull request can be made at
 * all: a token and a repository, unless it is a dry run.
 */
export function pullRequestStep(config: Config, options: PullRequestStepOptions = {}): PullRequestStep {
  if (!config.update.dryRun) {
    if (!config.pr.token && !options.client) {
      throw new UsageError(
        "command 'update' needs a token to open the pull request",
        'pass token: ${{ secrets.GITHUB_TOKEN }} (the default) with permissions contents: write and pull-requests: write, or set dry-run: true',
      );
    }
    if (!config.pr.repository) {
      throw new UsageError(
        "command 'update' needs GITHUB_REPOSITORY (owner/repo) to open the pull request",
        'run it in a GitHub Actions workflow, or set dry-run: true',
      );
    }
  }
  return (input) => runPullRequestStep(input, options);
}

async function runPullRequestStep(input: PullRequestStepInput, options: PullRequestStepOptions): Promise<void> {
  const { config, report, logger } = input;
  const setOutput = options.setOutput ?? ((name: string, value: string) => core.setOutput(name, value));
  const run = options.runner ?? runProcess;
  const env = options.env ?? process.env;
  const repository = config.pr.repository;
  if (!repository) throw new UsageError("command 'update' needs GITHUB_REPOSITORY (owner/repo)");
  const client =
    options.client ??
    createGitHubClient({
      ...(config.pr.token ? { token: config.pr.token } : {}),
      apiUrl: config.pr.apiUrl,
      serverUrl: config.pr.serverUrl,
      logger,
      ...testTiming(env),
    });
  const clientFor = ownHost(client);

  const results: { target: FlakeTarget; result: PublishResult }[] = [];
  const errors: { target: FlakeTarget; error: unknown }[] = [];
  for (const target of planPullRequests(config, report)) {
    const { flake, plan } = target;
    const where = report.flakes.length > 1 ? ` for ${flake.dir}` : '';
    try {
      const result = await logger.group(`Pull request${where}`, () =>
        publishFlake(input, target, { client, clientFor, run, logger }),
      );
      results.push({ target, result });
      if (plan.kind === 'skip') continue;
      const what = result.number !== undefined ? ` #${result.number} ${result.url ?? ''}`.trimEnd() : '';
      logger.info(`Pull request${where}: ${result.operation}${what}`);
    } catch (e) {
      errors.push({ target, error: e });
    }
  }

  const shown = results.find((r) => r.result.operation !== 'none') ?? results[0];
  setOutput(Outputs.PullRequestOperation, shown?.result.operation ?? 'none');
  setOutput(Outputs.PullRequestNumber, shown?.result.number !== undefined ? String(shown.result.number) : '');
  setOutput(Outputs.PullRequestUrl, shown?.result.url ?? '');

  if (errors.length === 1 && report.flakes.length === 1) throw errors[0]!.error;
  if (errors.length > 0) {
    const lines = errors.map(({ target, error }) => {
      const msg = error instanceof Error ? error.message : String(error);
      return `${target.flake.dir}: ${msg}`;
    });
    throw new Error(`the pull request failed for ${errors.length} flake(s):\n${lines.join('\n')}`);
  }
}

interface Effects {
  readonly client: GitHubClient;
  readonly clientFor: ClientForHost;
  readonly run: ProcessRunner;
  readonly logger: Logger;
}

async function publishFlake(input: PullRequestStepInput, target: FlakeTarget, fx: Effects): Promise<PublishResult> {
  const { config, report } = input;
  const { flake, plan } = target;
  const repository = config.pr.repository!;
  const common = {
    repository,
    ...(config.pr.base ? { base: config.pr.base } : {}),
    branch: target.branch,
    marker: target.marker,
  };
  if (plan.kind === 'skip') {
    if (plan.warn) fx.logger.warning(`No pull request for ${flake.lockFile}: ${plan.why}.`);
    else fx.logger.info(`No pull request for ${flake.lockFile}: ${plan.why}.`);
    return { operation: 'none', warnings: [] };
  }
  if (plan.kind === 'close') {
    fx.logger.info(`${flake.lockFile} did not change: closing the pull request from ${target.branch} if one is open.`);
    return closePullRequestIfOpen(fx.client, common);
  }

  const workspaceLock = path.resolve(config.workspace, flake.lockFile);
  // The file as Nix wrote it (the engine leaves it in the working tree); the report's copy when it is gone.
  const contents = await readFile(workspaceLock, 'utf8').catch(() => flake.lock.after);
  if (contents !== flake.lock.after) {
    fx.logger.warning(
      `${flake.lockFile} changed after the update (it no longer matches what Nix wrote); committing Nix's version.`,
    );
  }
  const commits = await commitLists(flake, fx.clientFor, config.pr.maxCommits);
  const body = pullRequestBody(report, target, commits, input.fullReportUrl);
  if (plan.failed.length > 0) {
    fx.logger.warning(
      `${plan.failed.length} build(s) failed after the update (${plan.failed.join(', ')}): the pull request ${
        plan.draft ? 'is a draft' : 'is opened'
      } with the failure on top (on-build-failure: ${config.update.onBuildFailure}).`,
    );
  }
  const one: UpdateReport = { ...report, flakes: [flake] };
  return publishPullRequest(fx.client, {
    ...common,
    files: [{ path: await repositoryPath(config.workspace, flake.lockFile, fx.run), contents: flake.lock.after }],
    commitMessage: config.pr.commitMessage ?? commitMessage(one),
    title: target.title,
    body,
    labels: config.pr.labels,
    assignees: config.pr.assignees,
    reviewers: config.pr.reviewers,
    teamReviewers: config.pr.teamReviewers,
    draft: plan.draft,
    autoMerge: config.pr.autoMerge,
    commitMode: config.pr.commitMode,
    signoff: config.pr.signoff,
    ...(config.pr.author ? { author: config.pr.author } : {}),
    ...(config.pr.committer ? { committer: config.pr.committer } : {}),
    git: { cwd: config.workspace, runner: fx.run },
  });
}
