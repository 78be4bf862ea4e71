import {
  terminalLogger
} from "./chunk-YO7SSYIK.js";
import {
  configFromFlags
} from "./chunk-DJJ6S3NH.js";
import "./chunk-QNWLOSHO.js";
import "./chunk-WI2ORBNR.js";
import "./chunk-VF4F3FAK.js";
import "./chunk-HOZ3T3AG.js";
import "./chunk-ELKPDDDQ.js";
import {
  EXIT
} from "./chunk-PRLAEPIX.js";
import "./chunk-LOBXAA3U.js";
import "./chunk-OTUWSOVN.js";
import {
  UsageError
} from "./chunk-6FGB7YHV.js";
import "./chunk-6WGRO25Q.js";
import "./chunk-YLVDSGH3.js";

// src/cli/commands/build.ts
var buildCommand = {
  name: "build",
  summary: "Second stage of a matrix update: build one shard of a plan before and after, write its build file",
  usage: "flake-steward build [DIR] --plan DIR --shard N [--out DIR]",
  help: `Builds shard N of the plan in --plan (written by \`flake-steward plan\` on the same commit) for the flake in
DIR (default: the current directory): puts the plan's locks in place one after the other, evaluates the shard's
outputs, builds them before and after the update, puts flake.lock back, and writes build-N.json (closure sizes,
package diffs, failures with the tail of their logs) into --out. It never runs \`nix flake update\`: every shard
builds exactly the locks of the plan. Remote builders and substituters set in nix.conf or --nix-options apply.

Options:
  --plan DIR                the plan directory (default .flake-steward/plan)
  --shard N                 the shard to build (from the plan's matrix)
  --out DIR                 where build-N.json goes (default .flake-steward/builds)
  --nix-options "..."       extra options for every nix call
  --accept-flake-config     let the flake's nixConfig apply

Exit codes: 0 build file written (failed builds are in it, for the report), 1 an error, 2 usage error.

Examples:
  flake-steward build --plan /tmp/plan --shard 0 --out /tmp/builds`,
  options: {
    plan: { type: "string" },
    shard: { type: "string" },
    out: { type: "string" },
    "nix-options": { type: "string" },
    "accept-flake-config": { type: "boolean" }
  },
  async run(positionals, values, io) {
    const config = await configFromFlags(
      "build",
      positionals,
      { ...values, "plan-dir": values["plan"], "builds-dir": values["out"] },
      io
    );
    const shard = config.update.shard;
    if (shard === void 0) throw new UsageError("build needs --shard N", "pass a shard of the plan: 0, 1, …");
    const logger = terminalLogger(io, { groups: true });
    const [{ runBuildStage }, { wireUpdate }, { stageFiles }, { createGit }, { scratchDirs }] = await Promise.all([
      import("./build-7XE3VMOW.js"),
      import("./update-ports-QQC5KZRO.js"),
      import("./stage-files-X26PXTS2.js"),
      import("./git-VNIKJ7OI.js"),
      import("./scratch-dir-YM2FCPY2.js")
    ]);
    const deps = await wireUpdate({ settings: config.update, logger, env: io.env });
    const written = await runBuildStage(config, shard, {
      ...deps,
      files: stageFiles(),
      trees: { git: createGit({ env: io.env }), scratch: scratchDirs }
    });
    logger.info(`build file written to ${written}`);
    return EXIT.ok;
  }
};
export {
  buildCommand
};
