/**
 * The action face of `build`: one shard of the plan in `plan-dir` built before and after, its build file written
 * into `builds-dir` (inside the workspace) for actions/upload-artifact; the output `build-file` says where. A build
 * that fails is a result for the report, not a failed step: the report job decides with `on-build-failure`.
 */
import * as core from '@actions/core';
import type { Config } from '../core/config.js';
import { UsageError } from '../core/errors.js';
import type { Logger } from '../core/ports.js';
import { stageFiles } from '../workspace/stage-files.js';
import { scratchDirs } from '../workspace/scratch-dir.js';
import { createGit } from '../git/git.js';
import { runBuildStage } from '../app/build.js';
import { actionNixDeps } from './nix-deps.js';
import { Outputs } from './constants.js';

export async function runBuildAction(config: Config, logger: Logger): Promise<void> {
  const shard = config.update.shard;
  if (shard === undefined) {
    throw new UsageError("command 'build' needs the input shard", 'pass shard: ${{ matrix.shard }} from the plan job\'s matrix output');
  }
  const deps = await actionNixDeps(config, logger);
  const written = await runBuildStage(config, shard, {
    ...deps,
    files: stageFiles(config.workspace),
    trees: { git: createGit(), scratch: scratchDirs },
  });
  logger.info(`build file written to ${written}`);
  core.setOutput(Outputs.BuildFile, written);
}
