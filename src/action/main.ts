import { installInterruptHandler, interruption } from '../exec/interrupt.js';
import { readConfig } from './read-inputs.js';
import { actionsLogger, failStep, failureLine } from './actions-logger.js';
// Each command's face is imported when that command runs: in the one-file dist/index.js (scripts/bundle.mjs says
// why it is not split) esbuild then evaluates a face's modules only at that import, so a lint job runs no update code.

/** Reads the inputs, runs the command, reports. Every failure ends here as one line in setFailed. */
export async function run(): Promise<void> {
  // Cancelled (SIGINT, then SIGTERM from the runner): Nix stopped, the user's files put back, one error line, exit
  // 130/143 (src/exec/interrupt.ts).
  installInterruptHandler((line) => actionsLogger.error(`flake-steward: ${line}`));
  try {
    const config = await readConfig();
    switch (config.command) {
      case 'lint':
      case 'fix': {
        const { runLintAction } = await import('./lint.js');
        await runLintAction(config, actionsLogger);
        break;
      }
      case 'update': {
        const { pullRequestStep, runUpdateAction } = await import('./update.js');
        await runUpdateAction(config, actionsLogger, { pullRequest: pullRequestStep(config) });
        break;
      }
      case 'plan': {
        const { runPlanAction } = await import('./plan.js');
        await runPlanAction(config, actionsLogger);
        break;
      }
      case 'build': {
        const { runBuildAction } = await import('./build.js');
        await runBuildAction(config, actionsLogger);
        break;
      }
      case 'report': {
        const { runReportAction } = await import('./report.js');
        await runReportAction(config, actionsLogger);
        break;
      }
      case 'review': {
        const { runReviewAction } = await import('./review.js');
        await runReviewAction(config, actionsLogger);
        break;
      }
    }
  } catch (e) {
    // Failing because of a signal: the handler restores, says so in one line and exits; this error is not news.
    const interrupted = interruption();
    if (interrupted) await interrupted;
    failStep(failureLine(e));
  }
}
