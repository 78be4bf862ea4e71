/**
 * The action face of `report`: the plan in `plan-dir` and the build files under `builds-dir` merged into the
 * report, then exactly what `update` does with it (job summary, outputs, the pull request, `on-build-failure`).
 * A review's result directory (a plan with `review` set) is published as the review's comment instead
 * (./review.ts), on the pull request of the triggering `workflow_run`.
 */
import type { Config } from '../core/config.js';
import type { Logger } from '../core/ports.js';
import { systemClock } from '../core/ports.js';
import { processInterrupts } from '../exec/interrupt.js';
import { confinedFs } from '../workspace/fs.js';
import { stageFiles } from '../workspace/stage-files.js';
import { readPlan, runReportStage } from '../app/report.js';
import { finishUpdateAction, pullRequestStep } from './update.js';

export async function runReportAction(
  config: Config,
  logger: Logger,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<void> {
  const files = stageFiles(config.workspace);
  const plan = await readPlan(files, config.update.planDir);
  if (plan.review) {
    const { runReviewReportAction } = await import('./review.js');
    await runReviewReportAction(config, plan, logger, env);
    return;
  }
  // the pull request is checked up front (token, repository), before anything is read or written
  const pullRequest = pullRequestStep(config);
  const report = await runReportStage(config, {
    fs: confinedFs(config.workspace),
    files,
    logger,
    clock: systemClock,
    interrupts: processInterrupts,
  }, plan);
  await finishUpdateAction(config, report, logger, { pullRequest }, env);
}
