import {
  PR_OPTIONS,
  PR_OPTIONS_HELP
} from "./chunk-WXUAG6FL.js";
import {
  terminalLogger
} from "./chunk-YO7SSYIK.js";
import {
  CLI_DISCOVER_HINTS
} from "./chunk-DJJ6S3NH.js";
import "./chunk-QNWLOSHO.js";
import "./chunk-WI2ORBNR.js";
import "./chunk-VF4F3FAK.js";
import "./chunk-HOZ3T3AG.js";
import {
  parseEnum
} from "./chunk-ELKPDDDQ.js";
import "./chunk-LOBXAA3U.js";
import "./chunk-OTUWSOVN.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-6WGRO25Q.js";
import "./chunk-YLVDSGH3.js";

// src/cli/commands/update.ts
var updateCommand = {
  name: "update",
  summary: "Update flake inputs, build every configuration before and after, and report the package changes",
  usage: "flake-steward update [DIR] [--inputs a,b] [--build auto|none|ATTRS] [--dry-run] [--format markdown|json] [--on-build-failure fail|draft|skip-pr|report] [--open-pr [PR options]]",
  help: `Runs the update of the flake in DIR (default: the current directory): updates its inputs with Nix
(all, or the listed input paths), evaluates what the flake offers for this system before and after the update,
builds, on both sides, the outputs whose derivation changed (the others are reported as unchanged, unbuilt),
and prints the report: inputs moved (from -> to, compare links), per configuration the package versions that
changed and the closure size, and every build that failed with the tail of its log.
With --open-pr it then creates or refreshes the one pull request, as the action does (same branch, same body);
without it nothing talks to GitHub.

Options:
  --paths P                 flake directories or globs under DIR (repeatable): ., hosts/*, **/flake.nix
  --inputs a,b              input paths to update (nixpkgs, home-manager/nixpkgs); default: all
  --build auto|none|ATTRS   auto: nixosConfigurations, homeConfigurations, darwinConfigurations (on darwin),
                            packages, devShells and checks of this system; none; or the listed attribute paths
  --dry-run                 restore the original flake.lock afterwards (byte for byte); opens no pull request
  --format markdown|json    the report's form on stdout (default markdown)
  --on-build-failure fail|draft|skip-pr|report
                            when a build fails after the update: fail (default): exit 1 and no pull request;
                            draft: the pull request is a draft with the failure on top; skip-pr: no pull request
                            for that flake; report: the pull request as configured. Only fail exits 1.
  --nix-options "..."       extra options for every nix call (e.g. "--option cores 2")
  --accept-flake-config     let the flake's nixConfig apply
  --bisect true|false       when an output built before and fails after, and several inputs moved, find the
                            inputs that break it and propose the update without them (default true)
  --bisect-max-builds N     most extra builds of that search per flake, the check of the rest included (default 8)
  --release-tags true|false move inputs pinned to a release tag (github:o/r/v1.2.3, ?ref=v1.2.3) to the newest
                            one in flake.nix (default true); false: no remote asked, flake.nix never touched
  --group all|per-input|NAME=GLOBS;...
                            with --open-pr: all (default): one pull request per flake; per-input: one per updated
                            root input (branch <branch>-<input>); or named groups such as nix=nixpkgs*,home-manager;rest=*
                            (first matching group wins; an input no group matches is left out)

${PR_OPTIONS_HELP}

Exit codes: 0 report printed (and the pull request made), 1 a build failed after the update (with fail) or an
error, 2 usage error (--open-pr without GITHUB_TOKEN is one, before any Nix work).

Examples:
  flake-steward update --dry-run
  flake-steward update ./nix --inputs nixpkgs --build nixosConfigurations.host.config.system.build.toplevel
  GITHUB_TOKEN=... flake-steward update --open-pr --on-build-failure draft --labels dependencies`,
  // Read into the Config by src/cli/update-flags.ts (loaded when the command runs, not with the command list).
  options: {
    inputs: { type: "string" },
    build: { type: "string" },
    "dry-run": { type: "boolean" },
    paths: { type: "string", multiple: true },
    format: { type: "string" },
    "on-build-failure": { type: "string" },
    "nix-options": { type: "string" },
    "accept-flake-config": { type: "boolean" },
    bisect: { type: "string" },
    "bisect-max-builds": { type: "string" },
    "release-tags": { type: "string" },
    group: { type: "string" },
    ...PR_OPTIONS
  },
  async run(positionals, values, io) {
    const { updateConfigFromFlags, UPDATE_FORMATS } = await import("./update-flags-24NKZMWV.js");
    const { createGit } = await import("./git-VNIKJ7OI.js");
    const config = await updateConfigFromFlags(positionals, values, { ...io, git: createGit({ env: io.env }) });
    parseEnum("--format", config.format, UPDATE_FORMATS);
    const openPr = values["open-pr"] === true;
    const logger = terminalLogger(io, { groups: true });
    if (config.pr.token) logger.setSecret(config.pr.token);
    const [{ runUpdate }, { updateRequest }, { wireUpdate }] = await Promise.all([
      import("./update-J3JH26XN.js"),
      import("./plan-4IEIX47B.js"),
      import("./update-ports-QQC5KZRO.js")
    ]);
    const deps = await wireUpdate({ settings: config.update, logger, env: io.env });
    const report = await runUpdate({ ...updateRequest(config), hints: CLI_DISCOVER_HINTS }, deps);
    const { finishReport } = await import("./update-output-ICK5OBZR.js");
    return finishReport(config, report, openPr, logger, io);
  }
};
export {
  updateCommand
};
