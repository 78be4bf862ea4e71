import {
  assertValidBranchName
} from "./chunk-HOZ3T3AG.js";
import {
  AUTO_MERGE,
  COMMANDS,
  COMMIT_MODES,
  DEFAULTS,
  FAIL_ON,
  FORMATS,
  NEWER_TAGS,
  ON_BUILD_FAILURE,
  parseBool,
  parseBuild,
  parseEnum,
  parseGroup,
  parseIdentity,
  parseList,
  parseMaxAge,
  parseNonNegativeInt,
  parseRelativePath,
  parseRules,
  parseShard,
  parseShards
} from "./chunk-ELKPDDDQ.js";
import {
  UsageError
} from "./chunk-6FGB7YHV.js";

// src/core/build-config.ts
import path from "node:path";

// src/core/split-args.ts
function splitArgs(setting, value) {
  const out = [];
  let cur = "";
  let inWord = false;
  let quote = null;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quote === "'") {
      if (c === "'") quote = null;
      else cur += c;
    } else if (quote === '"') {
      if (c === '"') quote = null;
      else if (c === "\\" && i + 1 < value.length && '"\\$`'.includes(value[i + 1])) cur += value[++i];
      else cur += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === "\\" && i + 1 < value.length) {
      cur += value[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) out.push(cur);
      cur = "";
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (quote) throw new UsageError(`unterminated ${quote} quote in ${setting}`, "close the quote");
  if (inWord) out.push(cur);
  return out;
}

// src/core/build-config.ts
var Setting = {
  Command: "command",
  Path: "path",
  Paths: "paths",
  Token: "token",
  Format: "format",
  FailOn: "fail-on",
  Rules: "rules",
  MaxAge: "max-age",
  NewerTags: "newer-tags",
  Ignore: "ignore",
  AllowedOwners: "allowed-nixpkgs-owners",
  SarifFile: "sarif-file",
  JobSummary: "job-summary",
  UpdateInputs: "inputs",
  Build: "build",
  DryRun: "dry-run",
  OnBuildFailure: "on-build-failure",
  NixOptions: "nix-options",
  AcceptFlakeConfig: "accept-flake-config",
  Base: "base",
  Branch: "branch",
  CommitMode: "commit-mode",
  Title: "title",
  CommitMessage: "commit-message",
  Labels: "labels",
  Assignees: "assignees",
  Reviewers: "reviewers",
  TeamReviewers: "team-reviewers",
  Draft: "draft",
  AutoMerge: "auto-merge",
  Author: "author",
  Committer: "committer",
  Signoff: "signoff",
  MaxCommits: "max-commits",
  Shards: "shards",
  Shard: "shard",
  PlanDir: "plan-dir",
  BuildsDir: "builds-dir",
  Bisect: "bisect",
  BisectMaxBuilds: "bisect-max-builds",
  ReleaseTags: "release-tags",
  Group: "group"
};
function buildConfig(source, context) {
  const raw = (name) => (source.get(name) ?? "").trim();
  const given = (name) => raw(name) === "" ? void 0 : raw(name);
  const parsed = (name, parse, fallback) => {
    const v = given(name);
    return v === void 0 ? fallback : parse(source.label(name), v);
  };
  const optional = (name, parse) => {
    const v = given(name);
    return v === void 0 ? void 0 : parse(source.label(name), v);
  };
  const list = (name) => parseList(raw(name));
  const branch = (name, value) => {
    assertValidBranchName(value, source.label(name));
    return value;
  };
  const command = parsed(Setting.Command, (s, v) => parseEnum(s, v, COMMANDS), "lint");
  const pathsName = given(Setting.Paths) !== void 0 ? Setting.Paths : Setting.Path;
  const pathsRaw = list(pathsName);
  const paths = (pathsRaw.length > 0 ? pathsRaw : DEFAULTS.paths).map(
    (p) => parseRelativePath(source.label(pathsName), p)
  );
  const maxAge = optional(Setting.MaxAge, parseMaxAge);
  const newerTags = optional(Setting.NewerTags, (s, v) => parseEnum(s, v, NEWER_TAGS));
  const sarif = given(Setting.SarifFile);
  const token = given(Setting.Token);
  const apiUrl = context.env["GITHUB_API_URL"] || DEFAULTS.apiUrl;
  const author = optional(Setting.Author, parseIdentity);
  const committer = optional(Setting.Committer, parseIdentity);
  const base = given(Setting.Base);
  const commitMessage = given(Setting.CommitMessage);
  const failOn = optional(Setting.FailOn, (s, v) => parseEnum(s, v, FAIL_ON));
  const shards = optional(Setting.Shards, parseShards);
  const shard = optional(Setting.Shard, parseShard);
  const group = parsed(Setting.Group, parseGroup, { kind: "all" });
  const dirSetting = (name, fallback) => path.resolve(context.cwd, given(name) ?? fallback);
  return {
    command,
    workspace: context.workspace,
    paths,
    jobSummary: parsed(Setting.JobSummary, parseBool, true),
    format: parsed(Setting.Format, (s, v) => parseEnum(s, v, FORMATS), "text"),
    lint: {
      ...failOn !== void 0 ? { failOn } : {},
      rules: parseRules(source.label(Setting.Rules), raw(Setting.Rules)),
      ...maxAge?.maxAge !== void 0 ? { maxAge: maxAge.maxAge } : {},
      maxAgeByInput: maxAge?.byInput ?? {},
      ignore: list(Setting.Ignore),
      allowedOwners: list(Setting.AllowedOwners),
      ...newerTags !== void 0 ? { newerTags } : {},
      ...sarif !== void 0 ? { sarifFile: path.resolve(context.cwd, sarif) } : {}
    },
    update: {
      inputs: list(Setting.UpdateInputs),
      build: parseBuild(source.label(Setting.Build), raw(Setting.Build)),
      dryRun: parsed(Setting.DryRun, parseBool, false),
      onBuildFailure: parsed(
        Setting.OnBuildFailure,
        (s, v) => parseEnum(s, v, ON_BUILD_FAILURE),
        DEFAULTS.onBuildFailure
      ),
      nixOptions: splitArgs(source.label(Setting.NixOptions), raw(Setting.NixOptions)),
      acceptFlakeConfig: parsed(Setting.AcceptFlakeConfig, parseBool, false),
      ...shards !== void 0 ? { shards } : {},
      planDir: dirSetting(Setting.PlanDir, DEFAULTS.planDir),
      buildsDir: dirSetting(Setting.BuildsDir, DEFAULTS.buildsDir),
      ...shard !== void 0 ? { shard } : {},
      bisect: parsed(Setting.Bisect, parseBool, true),
      bisectMaxBuilds: parsed(Setting.BisectMaxBuilds, parseNonNegativeInt, DEFAULTS.bisectMaxBuilds),
      releaseTags: parsed(Setting.ReleaseTags, parseBool, true),
      ...group.kind !== "all" ? { group } : {}
    },
    pr: {
      ...token !== void 0 ? { token } : {},
      apiUrl,
      serverUrl: context.env["GITHUB_SERVER_URL"] || DEFAULTS.serverUrl,
      graphqlUrl: context.env["GITHUB_GRAPHQL_URL"] || `${apiUrl.replace(/\/+$/, "")}/graphql`,
      ...context.repository ? { repository: context.repository } : {},
      ...base !== void 0 ? { base: branch(Setting.Base, base) } : {},
      branch: branch(Setting.Branch, given(Setting.Branch) ?? DEFAULTS.branch),
      commitMode: parsed(Setting.CommitMode, (s, v) => parseEnum(s, v, COMMIT_MODES), DEFAULTS.commitMode),
      title: given(Setting.Title) ?? DEFAULTS.title,
      ...commitMessage !== void 0 ? { commitMessage } : {},
      labels: list(Setting.Labels),
      assignees: list(Setting.Assignees),
      reviewers: list(Setting.Reviewers),
      teamReviewers: list(Setting.TeamReviewers),
      draft: parsed(Setting.Draft, parseBool, false),
      autoMerge: parsed(Setting.AutoMerge, (s, v) => parseEnum(s, v, AUTO_MERGE), DEFAULTS.autoMerge),
      ...author ? { author } : {},
      ...committer ? { committer } : {},
      signoff: parsed(Setting.Signoff, parseBool, false),
      maxCommits: parsed(Setting.MaxCommits, parseNonNegativeInt, DEFAULTS.maxCommits)
    }
  };
}

export {
  Setting,
  buildConfig
};
