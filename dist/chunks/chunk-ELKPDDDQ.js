import {
  UsageError
} from "./chunk-6FGB7YHV.js";

// src/core/config.ts
var COMMANDS = ["lint", "fix", "update", "plan", "build", "report", "review"];
var FAIL_ON = ["error", "warning", "notice", "never"];
var RULE_SETTINGS = ["error", "warning", "notice", "off"];
var ON_BUILD_FAILURE = ["fail", "draft", "skip-pr", "report"];
var COMMIT_MODES = ["api", "git"];
var AUTO_MERGE = ["off", "merge", "squash", "rebase"];
var FORMATS = ["text", "json", "sarif", "markdown"];
var NEWER_TAGS = ["forges", "any", "off"];
var DEFAULTS = {
  paths: ["."],
  failOn: "error",
  maxAge: 30,
  newerTags: "forges",
  branch: "flake-steward/update",
  title: "flake.lock: update",
  onBuildFailure: "draft",
  commitMode: "api",
  autoMerge: "off",
  maxCommits: 50,
  bisectMaxBuilds: 8,
  planDir: ".flake-steward/plan",
  buildsDir: ".flake-steward/builds",
  apiUrl: "https://api.github.com",
  serverUrl: "https://github.com",
  graphqlUrl: "https://api.github.com/graphql"
};
function parseEnum(setting, value, allowed) {
  const v = value.trim();
  if (allowed.includes(v)) return v;
  throw new UsageError(`invalid value '${value}' for ${setting}`, `expected one of: ${allowed.join(", ")}`);
}
var TRUE = ["true", "True", "TRUE", "yes", "on", "1"];
var FALSE = ["false", "False", "FALSE", "no", "off", "0"];
function parseBool(setting, value) {
  const v = value.trim();
  if (TRUE.includes(v)) return true;
  if (FALSE.includes(v)) return false;
  throw new UsageError(`invalid value '${value}' for ${setting}`, "expected true or false");
}
function parseShards(setting, value) {
  const v = value.trim();
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 256) {
    throw new UsageError(`invalid value '${value}' for ${setting}`, "expected a whole number from 1 to 256");
  }
  return Number(v);
}
function parseShard(setting, value) {
  const v = value.trim();
  if (!/^(?:0|[1-9][0-9]{0,2})$/.test(v) || Number(v) > 255) {
    throw new UsageError(
      `invalid value '${value}' for ${setting}`,
      "expected a shard of the plan (0, 1, …), as its matrix output gives it: ${{ matrix.shard }}"
    );
  }
  return v;
}
function parseNonNegativeInt(setting, value) {
  const v = value.trim();
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(Number(v))) {
    throw new UsageError(`invalid value '${value}' for ${setting}`, "expected a whole number of 0 or more");
  }
  return Number(v);
}
function parseList(value) {
  return value.split(/[\s,]+/).map((s) => s.trim()).filter((s) => s !== "");
}
function parseRules(setting, value) {
  const entries = [];
  for (const item of parseList(value)) {
    const eq = item.indexOf("=");
    if (eq <= 0) {
      throw new UsageError(`invalid item '${item}' in ${setting}`, "expected rule-id=error|warning|notice|off");
    }
    entries.push([
      item.slice(0, eq),
      parseEnum(`${setting} (${item.slice(0, eq)})`, item.slice(eq + 1), RULE_SETTINGS)
    ]);
  }
  return Object.fromEntries(entries);
}
var INPUT_GLOB_SEGMENT = /^(?:\*\*|[A-Za-z*?][A-Za-z0-9_*?-]*)$/;
var INPUT_GLOB_FORM = "an input name or glob such as nixpkgs, home-manager/nixpkgs or nixpkgs-*: a letter first, then letters, digits, - or _";
function isInputGlob(glob) {
  return glob.split("/").every((segment) => INPUT_GLOB_SEGMENT.test(segment));
}
function parseInputGlob(setting, glob) {
  if (!isInputGlob(glob))
    throw new UsageError(`invalid input name '${glob}' in ${setting}`, `expected ${INPUT_GLOB_FORM}`);
  return glob;
}
function parseMaxAge(setting, value) {
  let maxAge;
  const byInput = [];
  for (const item of parseList(value)) {
    const eq = item.indexOf("=");
    if (eq < 0) {
      maxAge = parseNonNegativeInt(setting, item);
      continue;
    }
    const glob = item.slice(0, eq);
    if (!isInputGlob(glob)) {
      throw new UsageError(
        `invalid input name '${glob}' in ${setting}`,
        `expected DAYS or INPUT=DAYS, where INPUT is ${INPUT_GLOB_FORM}`
      );
    }
    byInput.push([glob, parseNonNegativeInt(`${setting} (${glob})`, item.slice(eq + 1))]);
  }
  return { maxAge, byInput: Object.fromEntries(byInput) };
}
var GROUP_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,62}$/;
function parseGroup(setting, value) {
  const v = value.trim();
  if (v === "" || v === "all") return { kind: "all" };
  if (v === "per-input") return { kind: "per-input" };
  const form = "expected all, per-input, or named groups such as nix=nixpkgs*,home-manager;rest=*";
  const groups = [];
  for (const item of v.split(/[;\n]+/).map((s) => s.trim()).filter((s) => s !== "")) {
    const eq = item.indexOf("=");
    if (eq <= 0) throw new UsageError(`invalid group '${item}' in ${setting}`, form);
    const name = item.slice(0, eq).trim();
    if (!GROUP_NAME.test(name) || name === "all" || name === "per-input") {
      throw new UsageError(
        `invalid group name '${name}' in ${setting}`,
        "expected a letter, then letters, digits, - or _ (at most 63), other than all and per-input"
      );
    }
    if (groups.some((g) => g.name === name)) throw new UsageError(`group '${name}' is named twice in ${setting}`, form);
    const globs = parseList(item.slice(eq + 1));
    if (globs.length === 0) throw new UsageError(`group '${name}' in ${setting} names no input`, form);
    for (const g of globs) {
      if (g.includes("/") || !isInputGlob(g)) {
        throw new UsageError(
          `invalid input name '${g}' in group '${name}' of ${setting}`,
          "expected a root input name or glob such as nixpkgs or nixpkgs-*: a letter first, then letters, digits, - or _"
        );
      }
    }
    groups.push({ name, globs });
  }
  if (groups.length === 0) throw new UsageError(`invalid value '${value}' for ${setting}`, form);
  return { kind: "named", groups };
}
function parseBuild(setting, value) {
  const items = parseList(value);
  if (items.length === 0 || items.length === 1 && items[0] === "auto") return { mode: "auto" };
  if (items.length === 1 && items[0] === "none") return { mode: "none" };
  for (const a of items) {
    if (a === "auto" || a === "none" || !/^[A-Za-z0-9_'"\-.+]+$/.test(a)) {
      throw new UsageError(
        `invalid value '${value}' for ${setting}`,
        "expected auto, none, or a list of flake attribute paths such as nixosConfigurations.host.config.system.build.toplevel"
      );
    }
  }
  return { mode: "list", attrs: items };
}
function parseRepository(setting, value) {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value.trim());
  if (!m) throw new UsageError(`invalid repository '${value}' for ${setting}`, "expected owner/repo");
  return { owner: m[1], repo: m[2] };
}
function parseIdentity(setting, value) {
  const m = /^\s*(.+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(value);
  if (!m) throw new UsageError(`invalid identity '${value}' for ${setting}`, "expected Name <email@example.com>");
  return { name: m[1], email: m[2] };
}
function parseRelativePath(setting, value) {
  const v = value.trim();
  if (v === "") return ".";
  if (v.startsWith("/") || v.split("/").includes("..")) {
    throw new UsageError(
      `invalid path '${value}' for ${setting}`,
      "expected a path inside the repository, such as . or nix/flake or **/flake.nix"
    );
  }
  return v.replace(/\/flake\.(nix|lock)$/, "").replace(/\/+$/, "") || ".";
}

export {
  COMMANDS,
  FAIL_ON,
  RULE_SETTINGS,
  ON_BUILD_FAILURE,
  COMMIT_MODES,
  AUTO_MERGE,
  FORMATS,
  NEWER_TAGS,
  DEFAULTS,
  parseEnum,
  parseBool,
  parseShards,
  parseShard,
  parseNonNegativeInt,
  parseList,
  parseRules,
  parseInputGlob,
  parseMaxAge,
  parseGroup,
  parseBuild,
  parseRepository,
  parseIdentity,
  parseRelativePath
};
