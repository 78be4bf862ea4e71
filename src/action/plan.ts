/**
 * The action face of `plan`: the plan use case, plan.json written into `plan-dir` (inside the workspace), the
 * outputs `matrix` (for `strategy.matrix` of the build jobs), `shard-count` (0: nothing to build, skip the build
 * jobs) and `plan-dir`, and the plan in the job summary.
 */
import * as core from '@actions/core';
import type { Config } from '../core/config.js';
import type { Logger } from '../core/ports.js';
import { safeJson } from '../render/neutralise.js';
import { renderPlanSummary } from '../render/plan-summary.js';
import { matrixOf } from '../update/plan-file.js';
import { stageFiles } from '../workspace/stage-files.js';
import { runPlan, planRequest, writePlanDir } from '../app/plan.js';
import { actionNixDeps } from './nix-deps.js';
import { Outputs } from './constants.js';
import { writeSummary } from './actions-logger.js';
import { fence } from '../render/markdown.js';

export async function runPlanAction(config: Config, logger: Logger): Promise<void> {
  const deps = await actionNixDeps(config, logger);
  const { plan } = await runPlan(planRequest(config), deps);
  const written = await writePlanDir(stageFiles(config.workspace), config.update.planDir, plan);
  const summary = renderPlanSummary(plan);
  logger.info(summary.trimEnd());
  logger.info(`plan written to ${written}`);
  core.setOutput(Outputs.Matrix, safeJson(matrixOf(plan)));
  core.setOutput(Outputs.ShardCount, String(plan.shards.length));
  core.setOutput(Outputs.PlanDir, config.update.planDir);
  if (config.jobSummary) await writeSummary(`## flake-steward plan\n\n${fence(summary, '')}\n`);
}
