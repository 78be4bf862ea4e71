import {
  terminalLogger
} from "./chunk-YO7SSYIK.js";
import {
  parseEnum
} from "./chunk-IEGUFCAI.js";
import {
  EXIT
} from "./chunk-PRLAEPIX.js";
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

Pull request (named like the action's inputs):
  --open-pr                 create or refresh the pull request; the token comes from GITHUB_TOKEN (never
                            printed), the API from GITHUB_API_URL (default https://api.github.com) and
                            GITHUB_SERVER_URL (default https://github.com)
  --repository OWNER/REPO   default: the origin remote of DIR (https, ssh or git@ form, on that server)
  --base BRANCH             base branch (default: the repository's default branch)
  --branch BRANCH           the update's branch (default flake-steward/update)
  --title TEXT              pull request title (default "flake.lock: update")
  --labels L,...            labels (created when missing); --assignees U,...; --reviewers U,...;
                            --team-reviewers T,... (each repeatable)
  --draft                   open the pull request as a draft
  --auto-merge off|merge|squash|rebase
  --commit-mode api|git     api (default): a verified commit through GitHub's API; git: push with git
  --commit-message TEXT     default: generated from the updated inputs
  --author "Name <email>"   --committer "Name <email>" (commit-mode git)
  --signoff                 add a Signed-off-by trailer
  --max-commits N           upstream commits listed per input in the body (default 50)

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
    "open-pr": { type: "boolean" },
    repository: { type: "string" },
    base: { type: "string" },
    branch: { type: "string" },
    title: { type: "string" },
    labels: { type: "string", multiple: true },
    assignees: { type: "string", multiple: true },
    reviewers: { type: "string", multiple: true },
    "team-reviewers": { type: "string", multiple: true },
    draft: { type: "boolean" },
    "auto-merge": { type: "string" },
    "commit-mode": { type: "string" },
    "commit-message": { type: "string" },
    author: { type: "string" },
    committer: { type: "string" },
    signoff: { type: "boolean" },
    "max-commits": { type: "string" }
  },
  async run(positionals, values, io) {
    const { updateConfigFromFlags, UPDATE_FORMATS } = await import("./update-flags-MJSMP2EW.js");
    const { createGit } = await import("./git-MCSGEI5S.js");
    const config = await updateConfigFromFlags(positionals, values, { ...io, git: createGit({ env: io.env }) });
    parseEnum("--format", config.format, UPDATE_FORMATS);
    const openPr = values["open-pr"] === true;
    const logger = terminalLogger(io, { groups: true });
    if (config.pr.token) logger.setSecret(config.pr.token);
    const [{ runUpdate, updateRequest }, { wireUpdate }] = await Promise.all([
      import("./update-5NQGJZAF.js"),
      import("./update-ports-R6U43NNM.js")
    ]);
    const deps = await wireUpdate({ settings: config.update, logger, env: io.env });
    const report = await runUpdate(updateRequest(config), deps);
    if (config.format === "json") {
      const { renderJson } = await import("./update-json-UUHWJDHE.js");
      io.stdout(renderJson(report));
    } else {
      const { renderReport } = await import("./update-report-QEADF5RR.js");
      io.stdout(
        renderReport(report, { heading: "flake-steward update", maxLength: Number.POSITIVE_INFINITY }).markdown
      );
    }
    if (openPr && config.update.dryRun) {
      logger.info("Dry run: no pull request.");
    } else if (openPr) {
      const { publish, wirePublish } = await import("./publish-UPTMJO4Z.js");
      const outcome = await publish(config, report, wirePublish(config, logger, { env: io.env }));
      if (outcome.error) throw outcome.error;
    }
    const { decideOnBuildFailure } = await import("./build-failure-policy-X22MMYQQ.js");
    const decision = decideOnBuildFailure(report, config.update.onBuildFailure, config.pr.draft);
    if (decision.failure === void 0) return EXIT.ok;
    if (decision.failRun) {
      logger.error(decision.failure);
      return EXIT.failure;
    }
    logger.warning(decision.failure);
    return EXIT.ok;
  }
};
export {
  updateCommand
};
