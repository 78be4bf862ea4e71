import {
  EXIT
} from "./chunk-PRLAEPIX.js";
import "./chunk-YLVDSGH3.js";

// src/cli/update-output.ts
async function finishReport(config, report, openPr, logger, io) {
  if (config.format === "json") {
    const { renderJson } = await import("./update-json-NPWIVEEN.js");
    io.stdout(renderJson(report));
  } else {
    const { renderReport } = await import("./update-report-CYBR4W6F.js");
    io.stdout(renderReport(report, { heading: "flake-steward update", maxLength: Number.POSITIVE_INFINITY }).markdown);
  }
  if (openPr && config.update.dryRun) {
    logger.info("Dry run: no pull request.");
  } else if (openPr) {
    const { publish, wirePublish } = await import("./publish-4PNNBFU4.js");
    const outcome = await publish(config, report, wirePublish(config, logger, { env: io.env }));
    if (outcome.error) throw outcome.error;
  }
  const { decideOnBuildFailure } = await import("./build-failure-policy-QRIY2YQ6.js");
  const decision = decideOnBuildFailure(report, config.update.onBuildFailure, config.pr.draft);
  if (decision.failure === void 0) return EXIT.ok;
  if (decision.failRun) {
    logger.error(decision.failure);
    return EXIT.failure;
  }
  logger.warning(decision.failure);
  return EXIT.ok;
}
export {
  finishReport
};
