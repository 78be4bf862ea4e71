/**
 * The action face of `review` (on `pull_request`) and of `report` on a review's result (on `workflow_run`).
 *
 * `review`: the pull request from the event (@actions/github's context: base and head commits, number, whether the
 * head is a fork, whether Dependabot opened it); the review use case on the checkout; the job summary always; then
 * either the one comment (a token that can write) or — for a fork's or Dependabot's pull request, whose token is
 * read-only and which get no secrets — the result directory (`plan-dir`) for a `workflow_run` workflow to publish.
 * Outputs `has-changes`, `configurations-failed`, `comment-url`; the step fails when the head breaks a build the
 * base built and `on-build-failure` is `fail`.
 *
 * `report` on a review's result: the pull request comes from the triggering run's event (`workflow_run`), never
 * from the artifact, which must name the same pull request and head commit.
 */
import * as core from '@actions/core';
import type * as GitHub from '@actions/github';
import type { Config } from '../core/config.js';
import { UsageError } from '../core/errors.js';
import type { Logger } from '../core/ports.js';
import { systemClock } from '../core/ports.js';
import { reviewBreakage } from '../update/build-failure-policy.js';
import { failedAfter, hasUpdates } from '../update/update-result.js';
import { matrixOf, type Plan } from '../update/plan-file.js';
import { safeJson } from '../render/neutralise.js';
import { renderPlanSummary } from '../render/plan-summary.js';
import { confinedFs } from '../workspace/fs.js';
import { scratchDirs } from '../workspace/scratch-dir.js';
import { stageFiles } from '../workspace/stage-files.js';
import { createGit } from '../git/git.js';
import { statusOf } from '../github/api-errors.js';
import { pullRequestOfRun } from '../github/pull-comment.js';
import { serverForgeHosts } from '../app/plan.js';
import { planReview, reviewRequest, runReview } from '../app/review.js';
import {
  checkReviewTarget,
  commentUrlOf,
  publishReview,
  reviewMarkdown,
  reviewOfPlan,
  writeReviewResult,
  type ReviewData,
} from '../app/review-publish.js';
import { wirePublish } from '../app/publish.js';
import { actionNixDeps } from './nix-deps.js';
import { Outputs } from './constants.js';
import { failStep, writeSummary } from './actions-logger.js';
import { runUrl } from './update.js';

const SUMMARY_MAX = 1_000_000;

type Env = Readonly<Record<string, string | undefined>>;

interface PullRequestEvent {
  readonly number: number;
  readonly base: { readonly sha: string; readonly ref?: string; readonly repo?: { readonly full_name?: string } };
  readonly head: { readonly sha: string; readonly ref?: string; readonly repo?: { readonly full_name?: string } | null };
  readonly user?: { readonly login?: string };
}

async function githubContext(): Promise<typeof GitHub.context> {
  return (await import('@actions/github')).context;
}

const isSha = (s: unknown): s is string => typeof s === 'string' && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(s);

/** The pull request of a `pull_request` event, checked. */
function pullRequestOf(context: typeof GitHub.context): PullRequestEvent {
  const pr = context.payload.pull_request as PullRequestEvent | undefined;
  if (!pr || !Number.isSafeInteger(pr.number) || !isSha(pr.base?.sha) || !isSha(pr.head?.sha)) {
    throw new UsageError(
      `command 'review' runs on pull_request events (this run's event is ${context.eventName || 'unknown'})`,
      'trigger the workflow with on: pull_request (see .github/workflows/examples/review.yml), or run `flake-steward review --base REF` yourself',
    );
  }
  return pr;
}

function setReviewOutputs(data: ReviewData): void {
  core.setOutput(Outputs.HasChanges, String(!data.noFlakeChanges && (hasUpdates(data.report) || data.report.flakes.length > 0)));
  core.setOutput(Outputs.ConfigurationsFailed, String(failedAfter(data.report).length));
}

/**
 * A review has no pull request of its own to make a draft of or to skip: the step fails when the head breaks a build
 * the base built (or adds a broken output) unless `on-build-failure: report` (then a warning); an output failing on
 * the base too is a warning.
 */
function decide(config: Config, data: ReviewData, logger: Logger): void {
  const { breaks, alsoOnBase } = reviewBreakage(data.report);
  if (alsoOnBase.length > 0) logger.warning(`failing on the base too: ${alsoOnBase.join(', ')}`);
  if (breaks.length === 0) return;
  const line = `the head breaks the build: ${breaks.length} build(s) failed: ${breaks.join(', ')}`;
  if (config.update.onBuildFailure !== 'report') failStep(line);
  else logger.warning(line);
}

export async function runReviewAction(config: Config, logger: Logger, env: Env = process.env): Promise<void> {
  const context = await githubContext();
  const pr = pullRequestOf(context);
  const baseRepo = pr.base.repo?.full_name;
  const headRepo = pr.head.repo?.full_name;
  const fork = headRepo === undefined || headRepo === null || headRepo.toLowerCase() !== baseRepo?.toLowerCase();
  const dependabot = [context.actor, pr.user?.login].includes('dependabot[bot]');
  // a fork's token is always read-only; Dependabot's is by default (a workflow can raise it): tried, then fallen back
  const readOnly = fork || !config.pr.token;

  const deps = await actionNixDeps(config, logger, { withToken: !readOnly });
  const request = reviewRequest(config, {
    base: pr.base.sha,
    rulesSetting: "input 'rules'",
    confine: true,
    pullRequest: { number: pr.number, headSha: pr.head.sha },
  });
  const reviewDeps = { ...deps, git: createGit({ env }), scratch: scratchDirs, fsWithin: (root: string) => confinedFs(root) };
  if (config.update.shards !== undefined) {
    // a review fanned out over a job matrix: the plan only, as `command: plan` writes it; build and report follow
    const planned = await planReview(request, reviewDeps, config.update.shards);
    const written = await writeReviewResult(stageFiles(config.workspace), config.update.planDir, { ...planned, builds: [] });
    const summary = renderPlanSummary(planned.plan);
    logger.info(summary.trimEnd());
    logger.info(`review plan written to ${written}`);
    core.setOutput(Outputs.Matrix, safeJson(matrixOf(planned.plan)));
    core.setOutput(Outputs.ShardCount, String(planned.plan.shards.length));
    core.setOutput(Outputs.PlanDir, config.update.planDir);
    core.setOutput(Outputs.HasChanges, String(!planned.noFlakeChanges));
    return;
  }
  const run = await runReview(request, reviewDeps);
  const data: ReviewData = { report: run.report, lint: run.lint, sides: run.sides, noFlakeChanges: run.noFlakeChanges };
  setReviewOutputs(data);
  if (config.jobSummary) await writeSummary(reviewMarkdown(data, { maxLength: SUMMARY_MAX }));

  const leaveResult = async (why: string): Promise<void> => {
    const written = await writeReviewResult(stageFiles(config.workspace), config.update.planDir, run);
    logger.info(
      `${why}: no comment from this job; the review is in the job summary and in ${written} for a workflow_run workflow to publish (command: report; see .github/workflows/examples/review-comment.yml)`,
    );
    core.setOutput(Outputs.PlanDir, config.update.planDir);
    core.setOutput(Outputs.CommentUrl, '');
  };
  if (readOnly) {
    await leaveResult(fork ? "a pull request from a fork (the token is read-only)" : 'no token');
  } else {
    const url = runUrl(config, env);
    try {
      const result = await publishReview(config, data, pr.number, wirePublish(config, logger, { env }), {
        ...(url ? { fullReportUrl: url } : {}),
      });
      core.setOutput(Outputs.CommentUrl, commentUrlOf(result));
    } catch (e) {
      if (statusOf(e) !== 403) throw e;
      await leaveResult(
        dependabot
          ? "Dependabot's pull request (its token is read-only unless the workflow grants pull-requests: write)"
          : 'the token cannot comment (it needs pull-requests: write)',
      );
    }
  }
  decide(config, data, logger);
}

interface WorkflowRunEvent {
  readonly head_sha?: unknown;
  readonly head_branch?: unknown;
  readonly head_repository?: { readonly owner?: { readonly login?: unknown }; readonly name?: unknown } | null;
  readonly pull_requests?: readonly { readonly number?: unknown }[];
  readonly event?: unknown;
}

/**
 * `report` on a review's plan: on `pull_request` (a review fanned out over a job matrix, in the pull request's own
 * workflow) its builds merged and the comment posted on that pull request; on `workflow_run`, the result a read-only
 * review job left, posted on the triggering run's pull request.
 */
export async function runReviewReportAction(config: Config, plan: Plan, logger: Logger, env: Env = process.env): Promise<void> {
  const context = await githubContext();
  if (context.eventName === 'pull_request') {
    const pr = pullRequestOf(context);
    const data = await reviewOfPlan(plan, stageFiles(config.workspace), config.update.planDir, { clock: systemClock, logger }, config.update.buildsDir);
    checkReviewTarget(data.sides, { number: pr.number, headSha: pr.head.sha });
    setReviewOutputs(data);
    if (config.jobSummary) await writeSummary(reviewMarkdown(data, { maxLength: SUMMARY_MAX }));
    const url = runUrl(config, env);
    const result = await publishReview(config, data, pr.number, wirePublish(config, logger, { env }), {
      ...(url ? { fullReportUrl: url } : {}),
    });
    core.setOutput(Outputs.CommentUrl, commentUrlOf(result));
    decide(config, data, logger);
    return;
  }
  const runEvent = context.payload.workflow_run as WorkflowRunEvent | undefined;
  if (context.eventName !== 'workflow_run' || !runEvent || !isSha(runEvent.head_sha)) {
    throw new UsageError(
      `a review's result is published on workflow_run events (this run's event is ${context.eventName || 'unknown'})`,
      'see .github/workflows/examples/review-comment.yml',
    );
  }
  if (!config.pr.token || !config.pr.repository) {
    throw new UsageError("command 'report' needs a token and the repository to comment", 'pass token: ${{ secrets.GITHUB_TOKEN }} with pull-requests: write');
  }
  const files = stageFiles(config.workspace);
  const hosts = serverForgeHosts(config.pr.serverUrl);
  const data = await reviewOfPlan(plan, files, config.update.planDir, {
    clock: systemClock,
    logger,
    ...(hosts ? { hosts } : {}),
  });
  const ports = wirePublish(config, logger, { env });
  const owner = runEvent.head_repository?.owner?.login;
  const repo = runEvent.head_repository?.name;
  const number = await pullRequestOfRun(ports.github, config.pr.repository, {
    headSha: runEvent.head_sha,
    ...(typeof owner === 'string' ? { headOwner: owner } : {}),
    ...(typeof repo === 'string' ? { headRepo: repo } : {}),
    ...(typeof runEvent.head_branch === 'string' ? { headBranch: runEvent.head_branch } : {}),
    pullRequests: (runEvent.pull_requests ?? []).flatMap((p) => (typeof p.number === 'number' ? [p.number] : [])),
  });
  const target = checkReviewTarget(data.sides, { number, headSha: runEvent.head_sha });
  setReviewOutputs(data);
  if (config.jobSummary) await writeSummary(reviewMarkdown(data, { maxLength: SUMMARY_MAX }));
  const result = await publishReview(config, data, target, ports);
  core.setOutput(Outputs.CommentUrl, commentUrlOf(result));
  decide(config, data, logger);
}
