import {
  EXIT
} from "./chunk-PRLAEPIX.js";
import "./chunk-YLVDSGH3.js";

// src/cli/review-output.ts
async function finishReview(config, format, data, logger, io) {
  if (format === "json") {
    const { renderReviewJson } = await import("./update-json-GWFNBNML.js");
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
    const { reviewMarkdown } = await import("./review-publish-QMIYXZOS.js");
    io.stdout(`${reviewMarkdown(data, { maxLength: Number.POSITIVE_INFINITY })}
`);
  }
  const { decideOnBuildFailure } = await import("./build-failure-policy-X22MMYQQ.js");
  const decision = decideOnBuildFailure(data.report, config.update.onBuildFailure, false);
  if (decision.failure === void 0) return EXIT.ok;
  const line = `the head breaks the build: ${decision.failure.replace(/ after the update/, "")}`;
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
