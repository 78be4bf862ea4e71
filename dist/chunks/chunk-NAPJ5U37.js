import {
  confine,
  memoLinks,
  rootOf
} from "./chunk-MDGUUJEU.js";
import {
  DEFAULTS,
  FAIL_ON,
  RULE_SETTINGS,
  parseEnum,
  parseInputGlob,
  parseList,
  parseMaxAge,
  parseRules
} from "./chunk-FSOVZGCB.js";
import {
  unescapeString
} from "./chunk-5GZB3ASF.js";
import {
  compareText,
  globToRegExp,
  hasGlobChars
} from "./chunk-H56A37KT.js";
import {
  UserError
} from "./chunk-6FGB7YHV.js";

// src/workspace/flake-dirs.ts
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

// src/nix/edit.ts
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function locAt(text, offset, starts = lineStarts(text)) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { offset, line: lo + 1, column: offset - starts[lo] + 1 };
}
function spanAt(text, start, end) {
  const starts = lineStarts(text);
  return { start: locAt(text, start, starts), end: locAt(text, end, starts) };
}
function applyEdits(text, edits) {
  const sorted = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  let out = "";
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos || e.end < e.start || e.end > text.length) {
      throw new Error(`overlapping or out-of-range edit at offset ${e.start}`);
    }
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}
var IDENT = /^[A-Za-z_][A-Za-z0-9_'-]*$/;
var KEYWORDS = /* @__PURE__ */ new Set(["if", "then", "else", "assert", "with", "let", "in", "rec", "inherit", "or"]);
function attrName(name) {
  return IDENT.test(name) && !KEYWORDS.has(name) ? name : JSON.stringify(name).replace(/\$\{/g, "\\${");
}
function inputsAttrPath(path2) {
  return path2.map((p) => `inputs.${attrName(p)}`).join(".");
}
function lineStartOf(text, offset) {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
function lineEndOf(text, offset) {
  const nl = text.indexOf("\n", offset);
  return nl < 0 ? text.length : nl;
}
function indentAt(text, offset) {
  const start = lineStartOf(text, offset);
  return /^[ \t]*/.exec(text.slice(start))[0];
}
function eol(text) {
  return text.includes("\r\n") ? "\r\n" : "\n";
}
function bindingEnd(text, end) {
  if (text[end - 1] === ";") return end;
  const m = /^[ \t]*;/.exec(text.slice(end));
  return m ? end + m[0].length : end;
}
function readAttrPath(text, offset) {
  const segments = [];
  const segmentEnds = [];
  let i = offset;
  const skip = () => {
    for (; ; ) {
      const m = /^(?:\s+|#[^\n]*|\/\*[\s\S]*?\*\/)/.exec(text.slice(i, i + 4096));
      if (!m || m[0] === "") return;
      i += m[0].length;
    }
  };
  for (; ; ) {
    skip();
    const rest = text.slice(i, i + 1024);
    const id = /^[A-Za-z_][A-Za-z0-9_'-]*/.exec(rest);
    const str = /^"((?:[^"\\$]|\\[\s\S]|\$(?!\{))*)"/.exec(rest);
    if (id) {
      segments.push(id[0]);
      i += id[0].length;
    } else if (str) {
      segments.push(unescapeString(str[1]));
      i += str[0].length;
    } else {
      return { segments, segmentEnds, eq: -1 };
    }
    segmentEnds.push(i);
    skip();
    if (text[i] === ".") {
      i++;
      continue;
    }
    return { segments, segmentEnds, eq: text[i] === "=" && text[i + 1] !== "=" ? i : -1 };
  }
}
function insertLineAfter(text, start, end, line) {
  const after = bindingEnd(text, end);
  const lineEnd = lineEndOf(text, after);
  const rest = text.slice(after, lineEnd).replace(/\r$/, "");
  if (/^\s*(#.*)?$/.test(rest)) {
    const at = text[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd;
    return { start: at, end: at, newText: `${eol(text)}${indentAt(text, start)}${line}` };
  }
  return { start: after, end: after, newText: ` ${line}` };
}
function insertIntoSet(text, start, end, line) {
  let close = bindingEnd(text, end) - 1;
  while (close > start && /[\s;]/.test(text[close])) close--;
  if (text[close] !== "}") return void 0;
  const closeLineStart = lineStartOf(text, close);
  const beforeClose = text.slice(closeLineStart, close);
  if (/^[ \t]*$/.test(beforeClose)) {
    let inner;
    for (let p = closeLineStart - 1; p > start; ) {
      const ls = lineStartOf(text, p);
      const content = text.slice(ls, p).replace(/\r$/, "");
      if (content.trim() !== "" && ls > lineStartOf(text, start)) {
        inner = /^[ \t]*/.exec(content)[0];
        break;
      }
      if (ls <= lineStartOf(text, start)) break;
      p = ls - 1;
    }
    const closeIndent = beforeClose;
    const indent = inner ?? closeIndent + (closeIndent.includes("	") ? "	" : "  ");
    return { start: closeLineStart, end: closeLineStart, newText: `${indent}${line}${eol(text)}` };
  }
  const spaceBefore = text[close - 1] === " " ? "" : " ";
  return { start: close, end: close, newText: `${spaceBefore}${line} ` };
}
function removeBinding(text, start, end) {
  const stop = bindingEnd(text, end);
  const ls = lineStartOf(text, start);
  const le = lineEndOf(text, stop);
  const before = text.slice(ls, start);
  const after = text.slice(stop, le).replace(/\r$/, "");
  if (/^[ \t]*$/.test(before) && /^\s*(#.*)?$/.test(after)) {
    const next = le < text.length ? le + 1 : le;
    return { start: ls, end: next, newText: "" };
  }
  const spaces = /^[ \t]*/.exec(text.slice(stop))[0].length;
  return { start, end: stop + spaces, newText: "" };
}

// src/lint/settings-file.ts
var SETTINGS_FILE = ".flake-steward.json";
var KEYS = ["$schema", "fail-on", "rules", "max-age", "ignore", "allowed-nixpkgs-owners", "supported-until"];
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
    supportedUntil: { ...f.supportedUntil }
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
async function walk(root) {
  const out = ["."];
  const queue = ["."];
  while (queue.length > 0 && out.length < MAX_DIRS) {
    const rel = queue.shift();
    let entries;
    try {
      entries = await readdir(path.join(root, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (!e.isDirectory() || SKIP.has(e.name) || e.name.startsWith("result-")) continue;
      const child = rel === "." ? e.name : `${rel}/${e.name}`;
      out.push(child);
      queue.push(child);
    }
  }
  return out;
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
      all ??= await walk(workspace);
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
  lineStarts,
  locAt,
  spanAt,
  applyEdits,
  attrName,
  inputsAttrPath,
  readAttrPath,
  insertLineAfter,
  insertIntoSet,
  removeBinding,
  SETTINGS_FILE,
  parseSettingsFile,
  effectiveOptions,
  discoverFlakes
};
