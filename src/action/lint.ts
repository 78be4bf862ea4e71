import * as core from '@actions/core';
import type { Config } from '../engine/config.js';
import type { Logger } from '../engine/ports.js';
import { Outputs } from './constants.js';

// Foundation placeholder, replaced by the lint engine (issue 4): reports that no rules ran.
export async function runLintAction(config: Config, logger: Logger): Promise<void> {
  logger.info(`flake-steward ${config.command}: ${config.paths.join(', ')}`);
  core.setOutput(Outputs.Findings, 0);
  core.setOutput(Outputs.Errors, 0);
  core.setOutput(Outputs.Warnings, 0);
  if (config.jobSummary) await core.summary.addHeading('flake-steward lint').addRaw('No findings.').write();
}
