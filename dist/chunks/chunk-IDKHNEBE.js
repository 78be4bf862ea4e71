import {
  confine,
  memoLinks,
  rootOf
} from "./chunk-MDGUUJEU.js";
import {
  DEFAULTS,
  FAIL_ON,
  NEWER_TAGS,
  RULE_SETTINGS,
  parseEnum,
  parseInputGlob,
  parseList,
  parseMaxAge,
  parseRules
} from "./chunk-ELKPDDDQ.js";
import {
  locAt
} from "./chunk-GCMNXKNT.js";
import {
  compareText
} from "./chunk-QR34APMT.js";
import {
  globToRegExp,
  hasGlobChars
} from "./chunk-T54OW3UP.js";
import {
  UserError
} from "./chunk-6FGB7YHV.js";

// src/workspace/flake-dirs.ts
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

// src/lint/settings-file.ts
var SETTINGS_FILE = ".flake-steward.json";
var KEYS = [
  "$schema",
  "fail-on",
  "rules",
  "max-age",
  "ignore",
  "allowed-nixpkgs-owners",
  "supported-until",
  "newer-tags"
];
function keyPosition(text, key) {
  const i = text.indexOf(JSON.stringify(key));
  if (i < 0) return void 0;
  const l = locAt(text, i);
  return { line: l.line, column: l.column };
}
function jsonErrorPosition(text, e) {
  const lc = /line (\d+) column (\d+)/.exec(e.message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(e.message);
  if (pos) {
    const l = locAt(text, Math.min(Number(pos[1]), text.length));
    return { line: l.line, column: l.column };
  }
  return { line: 1, column: 1 };
}
function strings(value) {
  if (typeof value === "string") return parseList(value);
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.flatMap((v) => parseList(v));
  return void 0;
}
function parseSettingsFile(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UserError(
      `${SETTINGS_FILE} is not valid JSON: ${e.message}`,
      file,
      jsonErrorPosition(text, e)
    );
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new UserError(`${SETTINGS_FILE} must hold a JSON object`, file, { line: 1, column: 1 });
  }
  const obj = data;
  const fail = (key, message, hint) => {
    throw new UserError(message, file, keyPosition(text, key) ?? { line: 1, column: 1 }, hint);
  };
  const wrap = (key, f) => {
    try {
      return f();
    } catch (e) {
      if (e instanceof UserError) return fail(key, e.message, e.hint);
      throw e;
    }
  };
  const out = {};
  for (const key of Object.keys(obj)) {
    if (!KEYS.includes(key))
      fail(key, `unknown setting "${key}" in ${SETTINGS_FILE}`, `settings are: ${KEYS.slice(1).join(", ")}`);
  }
  const setting = (key) => `"${key}" in ${SETTINGS_FILE}`;
  const v = (key) => obj[key];
  if (v("fail-on") !== void 0) {
    const raw = v("fail-on");
    if (typeof raw !== "string")
      fail("fail-on", `${setting("fail-on")} must be a string`, `one of ${FAIL_ON.join(", ")}`);
    out.failOn = wrap("fail-on", () => parseEnum(setting("fail-on"), raw, FAIL_ON));
  }
  if (v("rules") !== void 0) {
    const raw = v("rules");
    if (typeof raw === "string") out.rules = wrap("rules", () => parseRules(setting("rules"), raw));
    else if (typeof raw === "object" && raw !== null && !Array.isArray(raw)) {
      const rules = [];
      for (const [id, sev] of Object.entries(raw)) {
        if (typeof sev !== "string") fail("rules", `${setting("rules")}: the value for ${id} must be a string`);
        rules.push([id, wrap("rules", () => parseEnum(`${setting("rules")} (${id})`, sev, RULE_SETTINGS))]);
      }
      out.rules = Object.fromEntries(rules);
    } else fail("rules", `${setting("rules")} must be an object such as {"freshness/stale-input": "off"}`);
  }
  if (v("max-age") !== void 0) {
    const raw = v("max-age");
    if (typeof raw !== "number" && typeof raw !== "string")
      fail("max-age", `${setting("max-age")} must be a number of days or a string such as "30,nixpkgs=7"`);
    const m = wrap("max-age", () => parseMaxAge(setting("max-age"), String(raw)));
    if (m.maxAge !== void 0) out.maxAge = m.maxAge;
    out.maxAgeByInput = m.byInput;
  }
  for (const [key, field] of [
    ["ignore", "ignore"],
    ["allowed-nixpkgs-owners", "allowedOwners"]
  ]) {
    if (v(key) === void 0) continue;
    const list = strings(v(key));
    if (!list) fail(key, `${setting(key)} must be a list of strings`);
    out[field] = list;
  }
  if (v("supported-until") !== void 0) {
    const raw = v("supported-until");
    if (typeof raw !== "object" || raw === null || Array.isArray(raw))
      fail(
        "supported-until",
        `${setting("supported-until")} must be an object such as {"nixpkgs-legacy": "2027-03-31"}`
      );
    const map = [];
    for (const [glob, day] of Object.entries(raw)) {
      wrap("supported-until", () => parseInputGlob(setting("supported-until"), glob));
      if (typeof day !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`)))
        fail(
          "supported-until",
          `${setting("supported-until")}: '${String(day)}' for ${glob} is not a date`,
          "expected YYYY-MM-DD"
        );
      map.push([glob, day]);
    }
    out.supportedUntil = Object.fromEntries(map);
  }
  if (v("newer-tags") !== void 0) {
    const raw = v("newer-tags");
    if (typeof raw !== "string")
      fail("newer-tags", `${setting("newer-tags")} must be a string`, `one of ${NEWER_TAGS.join(", ")}`);
    const value = wrap("newer-tags", () => parseEnum(setting("newer-tags"), raw, NEWER_TAGS));
    if (value === "any")
      fail(
        "newer-tags",
        `${setting("newer-tags")} cannot be "any": a pull request can change this file, and "any" lets flake.nix choose which hosts lint contacts`,
        `set the action input newer-tags: any (or --newer-tags any) in a workflow that does not run on forks' pull requests; the file may say "forges" or "off"`
      );
    out.newerTags = value;
  }
  return out;
}
function effectiveOptions(settings, file) {
  const f = file ?? {};
  return {
    ...settings,
    failOn: settings.failOn ?? f.failOn ?? DEFAULTS.failOn,
    rules: { ...f.rules, ...settings.rules },
    maxAge: settings.maxAge ?? f.maxAge ?? DEFAULTS.maxAge,
    // given globs first: the first glob that matches an input decides its max age
    maxAgeByInput: Object.fromEntries([
      ...Object.entries(settings.maxAgeByInput),
      ...Object.entries(f.maxAgeByInput ?? {}).filter(([k]) => !Object.hasOwn(settings.maxAgeByInput, k))
    ]),
    ignore: [...f.ignore ?? [], ...settings.ignore],
    allowedOwners: [...f.allowedOwners ?? [], ...settings.allowedOwners],
    supportedUntil: { ...f.supportedUntil },
    newerTags: settings.newerTags ?? f.newerTags ?? DEFAULTS.newerTags
  };
}

// src/workspace/flake-dirs.ts
var SKIP = /* @__PURE__ */ new Set([".git", "node_modules", ".direnv", ".devenv", ".jj", ".hg", "result"]);
var MAX_DIRS = 2e4;
async function isFile(p) {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}
async function isFlakeDir(dir) {
  return isFile(path.join(dir, "flake.nix"));
}
async function isNamedFlakeDir(dir) {
  return await isFlakeDir(dir) || await isFile(path.join(dir, "flake.lock"));
}
async function walk(root, max) {
  const out = ["."];
  let next = 0;
  while (next < out.length) {
    const rel = out[next++];
    let entries;
    try {
      entries = await readdir(path.join(root, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (!e.isDirectory() || SKIP.has(e.name) || e.name.startsWith("result-")) continue;
      if (out.length >= max) return { dirs: out, truncated: true };
      out.push(rel === "." ? e.name : `${rel}/${e.name}`);
    }
  }
  return { dirs: out, truncated: false };
}
var FLAKE_FILES = ["flake.nix", "flake.lock", SETTINGS_FILE];
var AREA = "the workspace";
function confinement(workspace) {
  const links = memoLinks();
  return { root: rootOf(workspace, links), links };
}
function confineDir(c, dir) {
  const hint = "flake-steward reads nothing outside the workspace; point path or paths at a directory of the repository";
  confine(c.root, dir, { shown: dir, area: AREA, hint }, c.links);
}
function confineFiles(c, dir) {
  const hint = "flake-steward reads nothing outside the workspace; commit the file itself rather than a link to it";
  for (const name of FLAKE_FILES) {
    const shown = path.posix.join(dir, name);
    confine(c.root, shown, { shown, area: AREA, hint }, c.links);
  }
}
var ACTION_HINTS = {
  dir: "set path (or paths) to the directory of your flake",
  glob: "paths are directories or globs relative to the repository, such as . or hosts/* or **/flake.nix"
};
async function discoverFlakes(workspace, paths, options = {}) {
  const c = options.confine ? confinement(workspace) : void 0;
  const hints = options.hints ?? ACTION_HINTS;
  const found = /* @__PURE__ */ new Set();
  let all;
  for (const raw of paths.length > 0 ? paths : ["."]) {
    const entry = raw.replace(/\/+$/, "").replace(/^\.\//, "") || ".";
    if (hasGlobChars(entry)) {
      if (all === void 0) {
        const max = options.maxDirs ?? MAX_DIRS;
        const walked = await walk(workspace, max);
        all = walked.dirs;
        if (walked.truncated) {
          options.onWarning?.(
            `the search for flakes (${entry}) stopped after ${max.toLocaleString("en-US")} directories: flakes in directories beyond them were not looked for; name their directories in paths`
          );
        }
      }
      const re = globToRegExp(entry);
      let matched = 0;
      for (const dir of all) {
        if ((dir === "." ? re.test("") || re.test(".") : re.test(dir)) && await isFlakeDir(path.join(workspace, dir))) {
          found.add(dir);
          matched++;
        }
      }
      if (matched === 0) {
        throw new UserError(`no flake matches '${raw}' under ${workspace}`, void 0, void 0, hints.glob);
      }
    } else {
      const dir = path.posix.normalize(entry);
      if (c) confineDir(c, dir);
      const abs = path.join(workspace, dir);
      if (!await isNamedFlakeDir(abs)) {
        throw new UserError(
          `no flake.nix or flake.lock in ${dir === "." ? workspace : dir}`,
          void 0,
          void 0,
          hints.dir
        );
      }
      found.add(dir);
    }
  }
  const dirs = [...found].sort((a, b) => a === "." ? -1 : b === "." ? 1 : compareText(a, b));
  if (c) for (const dir of dirs) confineFiles(c, dir);
  return dirs;
}

export {
  SETTINGS_FILE,
  parseSettingsFile,
  effectiveOptions,
  discoverFlakes
};
