import {
  dirArgument
} from "./chunk-QNWLOSHO.js";
import {
  Setting,
  buildConfig
} from "./chunk-WI2ORBNR.js";

// src/cli/read-flags.ts
import path from "node:path";
var CLI_DEFAULTS = {
  update: { [Setting.OnBuildFailure]: "fail", [Setting.Format]: "markdown" },
  report: { [Setting.OnBuildFailure]: "fail", [Setting.Format]: "markdown" },
  review: { [Setting.OnBuildFailure]: "fail", [Setting.Format]: "markdown" }
};
var CLI_DISCOVER_HINTS = {
  dir: "give the directory of your flake, or its flake.nix or flake.lock, as DIR; or --paths relative to DIR",
  glob: "--paths takes directories or globs relative to DIR, such as . or hosts/* or **/flake.nix"
};
function flagSource(command, values, env) {
  return {
    get(name) {
      if (name === Setting.Command) return command;
      if (name === Setting.Token) return values["open-pr"] === true ? env["GITHUB_TOKEN"] : void 0;
      if (name === Setting.JobSummary) return "false";
      const v = values[name] ?? CLI_DEFAULTS[command]?.[name];
      if (v === void 0) return void 0;
      const items = (Array.isArray(v) ? v : [v]).map((x) => x === true ? "true" : x === false ? "false" : x);
      return items.join("\n");
    },
    label: (name) => `--${name}`
  };
}
async function configFromFlags(command, positionals, values, io, repository) {
  const workspace = await dirArgument(command, positionals, io);
  return buildConfig(flagSource(command, values, io.env), {
    workspace,
    cwd: path.resolve(io.cwd),
    env: io.env,
    ...repository ? { repository } : {}
  });
}

export {
  CLI_DISCOVER_HINTS,
  configFromFlags
};
