import {
  configFromFlags
} from "./chunk-DJJ6S3NH.js";
import "./chunk-QNWLOSHO.js";
import "./chunk-WI2ORBNR.js";
import "./chunk-VF4F3FAK.js";
import "./chunk-HOZ3T3AG.js";
import {
  DEFAULTS,
  parseRepository
} from "./chunk-ELKPDDDQ.js";
import "./chunk-LOBXAA3U.js";
import "./chunk-OTUWSOVN.js";
import {
  UsageError
} from "./chunk-6FGB7YHV.js";
import "./chunk-6WGRO25Q.js";
import "./chunk-YLVDSGH3.js";

// src/git/remote-repository.ts
function shownRemote(url) {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, (_m, scheme) => scheme);
}
function splitRemote(url) {
  const u = url.trim();
  const scheme = /^(https?|ssh|git\+ssh|ssh\+git):\/\/(?:[^@/]*@)?(\[[^\]]+\]|[^/:]+)(?::\d*)?\/(.*)$/i.exec(u);
  if (scheme) return { host: scheme[2], path: scheme[3] };
  const scp = /^(?:[^@/:]+@)?([^/:]+):(?!\/\/)(.*)$/.exec(u);
  if (scp && !u.includes("://")) return { host: scp[1], path: scp[2] };
  return void 0;
}
function hostname(serverUrl) {
  try {
    return new URL(serverUrl).hostname.toLowerCase();
  } catch {
    return serverUrl.toLowerCase();
  }
}
function repositoryOfRemote(url, serverUrl, remote = "origin") {
  const shown = shownRemote(url);
  const hint = "pass --repository owner/repo";
  const parts = splitRemote(url);
  if (!parts) {
    throw new UsageError(`cannot tell the GitHub repository from the ${remote} remote '${shown}'`, hint);
  }
  const expected = hostname(serverUrl);
  const host = parts.host.replace(/^\[|\]$/g, "").toLowerCase();
  if (host !== expected) {
    throw new UsageError(
      `the ${remote} remote '${shown}' is not on the GitHub server ${expected} (GITHUB_SERVER_URL)`,
      hint
    );
  }
  const m = /^\/*([^/]+)\/([^/]+?)(?:\.git)?\/*$/.exec(parts.path);
  if (!m) throw new UsageError(`cannot tell the GitHub repository from the ${remote} remote '${shown}'`, hint);
  try {
    return parseRepository(`the ${remote} remote`, `${m[1]}/${m[2]}`);
  } catch {
    throw new UsageError(`cannot tell the GitHub repository from the ${remote} remote '${shown}'`, hint);
  }
}

// src/cli/update-flags.ts
var UPDATE_FORMATS = ["markdown", "json"];
async function repositoryOf(values, openPr, workspace, ctx) {
  const given = typeof values["repository"] === "string" ? values["repository"].trim() : void 0;
  if (given !== void 0) return parseRepository("--repository", given);
  if (!openPr) return void 0;
  const url = await ctx.git.remoteUrl(workspace, "origin");
  if (url === void 0) {
    throw new UsageError(
      `--open-pr needs the repository, and ${workspace} has no origin remote`,
      "pass --repository owner/repo"
    );
  }
  return repositoryOfRemote(url, ctx.env["GITHUB_SERVER_URL"] || DEFAULTS.serverUrl);
}
async function updateConfigFromFlags(positionals, values, ctx, command = "update") {
  const openPr = values["open-pr"] === true;
  const dryRun = values["dry-run"] === true;
  const bare = await configFromFlags(command, positionals, values, ctx);
  if (openPr && !dryRun && !bare.pr.token) {
    throw new UsageError(
      "--open-pr needs a GitHub token in GITHUB_TOKEN",
      "export GITHUB_TOKEN with contents: write and pull-requests: write, or drop --open-pr"
    );
  }
  const repository = await repositoryOf(values, openPr && !dryRun, bare.workspace, ctx);
  return repository ? { ...bare, pr: { ...bare.pr, repository } } : bare;
}
export {
  UPDATE_FORMATS,
  updateConfigFromFlags
};
