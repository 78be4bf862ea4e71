import {
  PR_OPTIONS,
  PR_OPTIONS_HELP
} from "./chunk-WXUAG6FL.js";
import {
  terminalLogger
} from "./chunk-YO7SSYIK.js";
import {
  parseEnum
} from "./chunk-ELKPDDDQ.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-6WGRO25Q.js";
import "./chunk-YLVDSGH3.js";

// src/cli/commands/report.ts
var reportCommand = {
  name: "report",
  summary: "Last stage of a matrix update: merge the plan and every build file into the report (and the pull request)",
  usage: "flake-steward report [DIR] --plan DIR --builds DIR [--dry-run] [--format markdown|json] [--open-pr [PR options]]",
  help: `Reads the plan in --plan and every build file under --builds (at its top, or one folder per artifact as
actions/download-artifact lays them out), checks each against the plan, and prints the same report as
\`flake-steward update\`. A shard with no build file is reported as not built (its job failed or was cancelled);
a build file of another plan, or a corrupt one, stops the report with one line and nothing written. Without
--dry-run the plan's new flake.lock is put in DIR (which must be the commit the plan was made on).

Options:
  --plan DIR                the plan directory (default .flake-steward/plan)
  --builds DIR              where the build files are (default .flake-steward/builds)
  --dry-run                 leave flake.lock as it is; opens no pull request
  --format markdown|json    the report's form on stdout (default markdown)
  --on-build-failure fail|draft|skip-pr|report
                            as for update (default fail)

${PR_OPTIONS_HELP}

Exit codes: 0 report printed (and the pull request made), 1 a build failed after the update (with fail) or an
error, 2 usage error.

Examples:
  flake-steward report --plan /tmp/plan --builds /tmp/builds --format json --dry-run`,
  options: {
    plan: { type: "string" },
    builds: { type: "string" },
    "dry-run": { type: "boolean" },
    format: { type: "string" },
    "on-build-failure": { type: "string" },
    ...PR_OPTIONS
  },
  async run(positionals, values, io) {
    const { updateConfigFromFlags, UPDATE_FORMATS } = await import("./update-flags-24NKZMWV.js");
    const { createGit } = await import("./git-VNIKJ7OI.js");
    const renamed = { ...values, "plan-dir": values["plan"], "builds-dir": values["builds"] };
    const config = await updateConfigFromFlags(positionals, renamed, { ...io, git: createGit({ env: io.env }) }, "report");
    parseEnum("--format", config.format, UPDATE_FORMATS);
    const logger = terminalLogger(io, { groups: true });
    if (config.pr.token) logger.setSecret(config.pr.token);
    const [{ runReportStage }, { stageFiles }, { finishReport }] = await Promise.all([
      import("./report-CS5G22OY.js"),
      import("./stage-files-X26PXTS2.js"),
      import("./update-output-ICK5OBZR.js")
    ]);
    const { nodeFs } = await import("./fs-BNWRB3ZG.js");
    const { systemClock } = await import("./ports-2AETYBLE.js");
    const { processInterrupts } = await import("./interrupt-W5RKEB7J.js");
    const { readPlan } = await import("./report-CS5G22OY.js");
    const plan = await readPlan(stageFiles(), config.update.planDir);
    if (plan.review) {
      const [{ reviewOfPlan }, { finishReview }] = await Promise.all([
        import("./review-publish-2MXJ5U25.js"),
        import("./review-output-SQZCULWC.js")
      ]);
      const data = await reviewOfPlan(plan, stageFiles(), config.update.planDir, { clock: systemClock, logger }, config.update.buildsDir);
      return finishReview(config, config.format === "json" ? "json" : "markdown", data, logger, io);
    }
    const report = await runReportStage(config, {
      fs: nodeFs,
      files: stageFiles(),
      logger,
      clock: systemClock,
      interrupts: processInterrupts
    }, plan);
    return finishReport(config, report, values["open-pr"] === true, logger, io);
  }
};
export {
  reportCommand
};
