/**
 * The end of `flake-steward update` and `flake-steward report`, one function for both: the report on stdout
 * (Markdown or JSON), the pull request with `--open-pr` (the publish use case the action runs), and the exit code
 * `on-build-failure` gives.
 */
import type { Config } from '../core/config.js';
import type { Logger } from '../core/ports.js';
import type { UpdateReport } from '../update/update-result.js';
import { EXIT, type CliIO } from './command.js';

export async function finishReport(
  config: Config,
  report: UpdateReport,
  openPr: boolean,
  logger: Logger,
  io: CliIO,
): Promise<number> {
  if (config.format === 'json') {
    const { renderJson } = await import('../render/update-json.js');
    io.stdout(renderJson(report));
  } else {
    const { renderReport } = await import('../render/update-report.js');
    io.stdout(renderReport(report, { heading: 'flake-steward update', maxLength: Number.POSITIVE_INFINITY }).markdown);
  }

  if (openPr && config.update.dryRun) {
    logger.info('Dry run: no pull request.');
  } else if (openPr) {
    const { publish, wirePublish } = await import('../app/publish.js');
    const outcome = await publish(config, report, wirePublish(config, logger, { env: io.env }));
    if (outcome.error) throw outcome.error;
  }

  const { decideOnBuildFailure } = await import('../update/build-failure-policy.js');
  const decision = decideOnBuildFailure(report, config.update.onBuildFailure, config.pr.draft);
  if (decision.failure === undefined) return EXIT.ok;
  if (decision.failRun) {
    logger.error(decision.failure);
    return EXIT.failure;
  }
  logger.warning(decision.failure);
  return EXIT.ok;
}
