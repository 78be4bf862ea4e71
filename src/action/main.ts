import { stringifyError } from '../engine/errors.js';
import { readConfig } from './inputs.js';
import { actionsLogger, failStep } from './logger.js';
import { runLintAction } from './lint.js';
import { pullRequestStep } from './pull-request.js';
import { runUpdateAction } from './update.js';

/** Reads the inputs, runs the command, reports. Every failure ends here as one line in setFailed. */
export async function run(): Promise<void> {
  try {
    const config = readConfig();
    switch (config.command) {
      case 'lint':
      case 'fix':
        await runLintAction(config, actionsLogger);
        break;
      case 'update':
        await runUpdateAction(config, actionsLogger, { pullRequest: pullRequestStep(config) });
        break;
    }
  } catch (e) {
    failStep(stringifyError(e));
  }
}
