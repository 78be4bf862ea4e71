/**
 * The action face of `report`: the plan in `plan-dir` and the build files under `builds-dir` merged into the
 * report, then exactly what `update` does with it (job summary, outputs, the pull request, `on-build-failure`).
 */
import type { Config } from '../core/config.js';
import type { Logger } from '../core/ports.js';
import { systemClock } from '../core/ports.js';
import { processInterrupts } from '../exec/interrupt.js';
import { confinedFs } from '../workspace/fs.js';
import { stageFiles } from '../workspace/stage-files.js';
import { runReportStage } from '../app/report.js';
import { finishUpdateAction, type PullRequestStep } from './update.js';

export async function runReportAction(
  config: Config,
  logger: Logger,
  pullRequest: PullRequestStep,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<void> {
  const report = await runReportStage(config, {
    fs: confinedFs(config.workspace),
    files: stageFiles(config.workspace),
    logger,
    clock: systemClock,
    interrupts: processInterrupts,
  });
  await finishUpdateAction(config, report, logger, { pullRequest }, env);
}
