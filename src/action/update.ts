/**
 * The action face of `update`: run the engine, write the job summary (the full report, always), set the outputs
 * `updated-inputs` and `has-updates`, then hand the report to the pull-request step (`pullRequest` hook).
 */
import * as core from '@actions/core';
import type { Config } from '../core/config.js';
import { UsageError } from '../core/errors.js';
import type { Logger } from '../core/ports.js';
import { safeJson } from '../render/neutralise.js';
import { renderReport } from '../render/update-report.js';
import { confinedFs } from '../workspace/fs.js';
import type { ForgeHosts } from '../forge/forge-repo.js';
import { failedAfter, hasUpdates, updatedInputsOutput, type UpdateReport } from '../update/update-result.js';
import { runUpdate, type UpdateDeps } from '../app/update.js';
import { wireUpdate } from '../app/update-ports.js';
import { Outputs } from './constants.js';
import { failStep, writeSummary } from './actions-logger.js';

/** What the pull-request step gets: the report, the config, and where the full report lives. */
export interface PullRequestStepInput {
  readonly config: Config;
  readonly report: UpdateReport;
  readonly logger: Logger;
  /** The run's page, whose job summary holds the full report (for a shortened PR body). */
  readonly fullReportUrl?: string;
}

/**
 * THE HOOK for the pull-request step (issue 6): called after the report, the summary and the outputs, unless the
 * run is a dry run. It owns the branch, the commit (the lock files are in the working tree as Nix wrote them), the
 * PR and its outputs, and `on-build-failure: draft | skip-pr`.
 */
export type PullRequestStep = (input: PullRequestStepInput) => Promise<void>;

export interface UpdateActionSteps {
  readonly pullRequest?: PullRequestStep;
  /** The engine's ports; real ones (Nix on PATH, the file system) unless given (tests). */
  readonly deps?: UpdateDeps;
}

/** Job summaries are limited to 1 MiB per step. */
const SUMMARY_MAX = 1_000_000;

function forgeHosts(serverUrl: string): ForgeHosts | undefined {
  try {
    const host = new URL(serverUrl).host;
    return host.toLowerCase() === 'github.com' ? undefined : { github: [host] };
  } catch {
    return undefined;
  }
}

/** `https://github.com/o/r/actions/runs/123`: the page with this run's job summary. */
export function runUrl(config: Config, env: Readonly<Record<string, string | undefined>>): string | undefined {
  const id = env['GITHUB_RUN_ID'];
  const repo = config.pr.repository;
  if (!id || !repo) return undefined;
  return `${config.pr.serverUrl.replace(/\/+$/, '')}/${repo.owner}/${repo.repo}/actions/runs/${id}`;
}

export async function runUpdateAction(
  config: Config,
  logger: Logger,
  steps: UpdateActionSteps = {},
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<void> {
  if (config.command !== 'update') {
    throw new UsageError(`command '${config.command}' is not available yet in this version`);
  }
  const settings = config.update;
  const deps =
    steps.deps ??
    (await wireUpdate({
      settings,
      logger,
      serverUrl: config.pr.serverUrl,
      fs: confinedFs(config.workspace),
      ...(config.pr.token ? { token: config.pr.token } : {}),
    }));
  const hosts = forgeHosts(config.pr.serverUrl);
  const report = await runUpdate(
    {
      workspace: config.workspace,
      paths: config.paths,
      inputs: settings.inputs,
      build: settings.build,
      dryRun: settings.dryRun,
      ...(hosts ? { hosts } : {}),
    },
    deps,
  );

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
    await steps.pullRequest({ config, report, logger, ...(url ? { fullReportUrl: url } : {}) });
  } else {
    // A dry run (or no pull-request step) touches no pull request; the output says so rather than staying unset.
    core.setOutput(Outputs.PullRequestOperation, 'none');
  }

  const failed = failedAfter(report);
  if (failed.length > 0) {
    const what = failed.map((f) => f.configuration.attr).join(', ');
    if (settings.onBuildFailure === 'fail') {
      failStep(`${failed.length} build(s) failed after the update: ${what}`);
    } else {
      logger.warning(`${failed.length} build(s) failed after the update: ${what}`);
    }
  }
}
