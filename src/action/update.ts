/**
 * The action face of `update`: run the engine, write the job summary (the full report, always), set the outputs
 * `updated-inputs` and `has-updates`, hand the report to the publish step (the publish use case, src/app/publish.ts)
 * and set the pull-request outputs from its outcome; then `on-build-failure` (src/update/build-failure-policy.ts)
 * says whether the step fails.
 */
import * as core from '@actions/core';
import type { Config } from '../core/config.js';
import { UsageError } from '../core/errors.js';
import type { Logger } from '../core/ports.js';
import { safeJson } from '../render/neutralise.js';
import { renderReport } from '../render/update-report.js';
import { decideOnBuildFailure } from '../update/build-failure-policy.js';
import { hasUpdates, updatedInputsOutput, type UpdateReport } from '../update/update-result.js';
import { runUpdate } from '../app/update.js';
import { updateRequest, type UpdateDeps } from '../app/plan.js';
import { actionNixDeps } from './nix-deps.js';
import type { PublishOutcome, WirePublishOptions } from '../app/publish.js';
import { Outputs } from './constants.js';
import { failStep, writeSummary } from './actions-logger.js';

/** What the publish step gets: the report, the config, and where the full report lives. */
export interface PullRequestStepInput {
  readonly config: Config;
  readonly report: UpdateReport;
  readonly logger: Logger;
  /** The run's page, whose job summary holds the full report (for a shortened PR body). */
  readonly fullReportUrl?: string;
}

/**
 * The publish step: called after the report, the summary and the outputs, unless the run is a dry run. It owns the
 * branch, the commit (the lock files are in the working tree as Nix wrote them) and the pull request; the face sets
 * the outputs from its outcome.
 */
export type PullRequestStep = (input: PullRequestStepInput) => Promise<PublishOutcome>;

export interface UpdateActionSteps {
  readonly pullRequest?: PullRequestStep;
  /** The engine's ports; real ones (Nix on PATH, the file system) unless given (tests). */
  readonly deps?: UpdateDeps;
}

/** Job summaries are limited to 1 MiB per step. */
const SUMMARY_MAX = 1_000_000;

/** `https://github.com/o/r/actions/runs/123`: the page with this run's job summary. */
export function runUrl(config: Config, env: Readonly<Record<string, string | undefined>>): string | undefined {
  const id = env['GITHUB_RUN_ID'];
  const repo = config.pr.repository;
  if (!id || !repo) return undefined;
  return `${config.pr.serverUrl.replace(/\/+$/, '')}/${repo.owner}/${repo.repo}/actions/runs/${id}`;
}

/**
 * The publish step of the action for this config: the publish use case on the real ports (or those given). Checks
 * up front (before any Nix work) that a pull request can be made at all: a token and a repository, unless it is a
 * dry run.
 */
export function pullRequestStep(config: Config, options: WirePublishOptions = {}): PullRequestStep {
  if (!config.update.dryRun) {
    if (!config.pr.token && !options.client) {
      throw new UsageError(
        `command '${config.command}' needs a token to open the pull request`,
        'pass token: ${{ secrets.GITHUB_TOKEN }} (the default) with permissions contents: write and pull-requests: write, or set dry-run: true',
      );
    }
    if (!config.pr.repository) {
      throw new UsageError(
        `command '${config.command}' needs GITHUB_REPOSITORY (owner/repo) to open the pull request`,
        'run it in a GitHub Actions workflow, or set dry-run: true',
      );
    }
  }
  return async (input) => {
    const { publish, wirePublish } = await import('../app/publish.js');
    const ports = wirePublish(input.config, input.logger, options);
    return publish(
      input.config,
      input.report,
      ports,
      input.fullReportUrl ? { fullReportUrl: input.fullReportUrl } : {},
    );
  };
}

/** The pull-request outputs of an outcome. */
function setPullRequestOutputs(outcome: PublishOutcome): void {
  core.setOutput(Outputs.PullRequestOperation, outcome.outputs.operation);
  core.setOutput(Outputs.PullRequestNumber, outcome.outputs.number);
  core.setOutput(Outputs.PullRequestUrl, outcome.outputs.url);
}

export async function runUpdateAction(
  config: Config,
  logger: Logger,
  steps: UpdateActionSteps = {},
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<void> {
  if (config.command !== 'update') {
    throw new UsageError(`command '${config.command}' is not the update`);
  }
  const deps = steps.deps ?? (await actionNixDeps(config, logger));
  const report = await runUpdate(updateRequest(config), deps);
  await finishUpdateAction(config, report, logger, steps, env);
}

/**
 * The end of `update` and of `report`, one function for both: the job summary, the outputs, the pull request and
 * `on-build-failure`.
 */
export async function finishUpdateAction(
  config: Config,
  report: UpdateReport,
  logger: Logger,
  steps: Pick<UpdateActionSteps, 'pullRequest'>,
  env: Readonly<Record<string, string | undefined>>,
): Promise<void> {
  const settings = config.update;
  const updated = updatedInputsOutput(report);
  // the same JSON, with nothing raw in it should @actions/core fall back to printing `::set-output`
  core.setOutput(Outputs.UpdatedInputs, safeJson(updated));
  core.setOutput(Outputs.HasUpdates, String(hasUpdates(report)));
  if (config.jobSummary) {
    const summary = renderReport(report, { heading: 'flake-steward update', maxLength: SUMMARY_MAX });
    await writeSummary(summary.markdown);
  }
  logger.info(
    updated.length > 0
      ? `Updated: ${updated.map((u) => (u.flake === '.' ? u.input : `${u.flake}: ${u.input}`)).join(', ')}`
      : 'No input changed.',
  );

  if (steps.pullRequest && !settings.dryRun) {
    const url = runUrl(config, env);
    const outcome = await steps.pullRequest({ config, report, logger, ...(url ? { fullReportUrl: url } : {}) });
    setPullRequestOutputs(outcome);
    if (outcome.error) throw outcome.error;
  } else {
    // A dry run (or no pull-request step) touches no pull request; the output says so rather than staying unset.
    core.setOutput(Outputs.PullRequestOperation, 'none');
  }

  const decision = decideOnBuildFailure(report, settings.onBuildFailure, config.pr.draft);
  if (decision.failure !== undefined) {
    if (decision.failRun) failStep(decision.failure);
    else logger.warning(decision.failure);
  }
}
