import {
  EXIT
} from "./chunk-PRLAEPIX.js";
import "./chunk-YLVDSGH3.js";

// src/cli/review-output.ts
async function finishReview(config, format, data, logger, io) {
  if (format === "json") {
    const { renderReviewJson } = await import("./update-json-NPWIVEEN.js");
    io.stdout(
      renderReviewJson({
        report: data.report,
        base: data.sides.base,
        head: data.sides.head,
        noFlakeChanges: data.noFlakeChanges,
        lint: data.lint
      })
    );
  } else {
    const { reviewMarkdown } = await import("./review-publish-2MXJ5U25.js");
    io.stdout(`${reviewMarkdown(data, { maxLength: Number.POSITIVE_INFINITY })}
`);
  }
  const { reviewBreakage } = await import("./build-failure-policy-QRIY2YQ6.js");
  const { breaks, alsoOnBase } = reviewBreakage(data.report);
  if (alsoOnBase.length > 0) logger.warning(`failing on the base too: ${alsoOnBase.join(", ")}`);
  if (breaks.length === 0) return EXIT.ok;
  const line = `the head breaks the build: ${breaks.length} build(s) failed: ${breaks.join(", ")}`;
  if (config.update.onBuildFailure !== "report") {
    logger.error(line);
    return EXIT.failure;
  }
  logger.warning(line);
  return EXIT.ok;
}
export {
  finishReview
};
