/**
 * The end of `flake-steward review` and of `report` on a review's plan, one function for both: the review on stdout
 * (the comment's Markdown, or JSON) and the exit code (1 when the head breaks a build, unless
 * `--on-build-failure report`).
 */
import type { Config } from '../core/config.js';
import type { Logger } from '../core/ports.js';
import type { ReviewData } from '../app/review-publish.js';
import { EXIT, type CliIO } from './command.js';

export async function finishReview(
  config: Config,
  format: 'markdown' | 'json',
  data: ReviewData,
  logger: Logger,
  io: CliIO,
): Promise<number> {
  if (format === 'json') {
    const { renderReviewJson } = await import('../render/update-json.js');
    io.stdout(
      renderReviewJson({
        report: data.report,
        base: data.sides.base,
        head: data.sides.head,
        noFlakeChanges: data.noFlakeChanges,
        lint: data.lint,
      }),
    );
  } else {
    const { reviewMarkdown } = await import('../app/review-publish.js');
    io.stdout(`${reviewMarkdown(data, { maxLength: Number.POSITIVE_INFINITY })}\n`);
  }
  const { reviewBreakage } = await import('../update/build-failure-policy.js');
  const { breaks, alsoOnBase } = reviewBreakage(data.report);
  if (alsoOnBase.length > 0) logger.warning(`failing on the base too: ${alsoOnBase.join(', ')}`);
  if (breaks.length === 0) return EXIT.ok;
  const line = `the head breaks the build: ${breaks.length} build(s) failed: ${breaks.join(', ')}`;
  if (config.update.onBuildFailure !== 'report') {
    logger.error(line);
    return EXIT.failure;
  }
  logger.warning(line);
  return EXIT.ok;
}
