import {
  readFlakeNix
} from "./chunk-MYWD7JSL.js";
import {
  applyEdits
} from "./chunk-GCMNXKNT.js";
import {
  require_compare,
  require_parse
} from "./chunk-ZPSPCVQY.js";
import {
  DEFAULT_HOST
} from "./chunk-7HIKED5Z.js";
import {
  tryParseFlakeRef
} from "./chunk-OTUWSOVN.js";
import {
  UserError
} from "./chunk-6FGB7YHV.js";
import {
  __commonJS,
  __toESM
} from "./chunk-YLVDSGH3.js";

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var valid2 = (version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    };
    module.exports = valid2;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var prerelease2 = (version, options) => {
      const parsed = parse(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease2;
  }
});

// src/flake/release-tags.ts
var import_compare = __toESM(require_compare(), 1);
var import_valid = __toESM(require_valid(), 1);
var import_prerelease = __toESM(require_prerelease(), 1);
var TAGS_PREFIX = "refs/tags/";
var VERSION_TAG = /^(v?)(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/;
var REMOTE_SCHEMES = /^(?:https?|ssh|git|file):\/\//;
function tagVersion(tag) {
  const m = VERSION_TAG.exec(tag);
  if (!m || (0, import_valid.default)(m[2]) === null) return void 0;
  return { v: m[1] === "v", version: m[2] };
}
function isPrerelease(version) {
  return ((0, import_prerelease.default)(version)?.length ?? 0) > 0;
}
function forgeRemote(type, owner, repo, host) {
  const h = host ?? DEFAULT_HOST[type];
  return type === "sourcehut" ? `https://${h}/${owner}/${repo}` : `https://${h}/${owner}/${repo}.git`;
}
function refOffset(reference, ref, forge) {
  const q = reference.indexOf("?");
  if (q >= 0) {
    const query = reference.slice(q + 1).split("#")[0];
    let at = q + 1;
    for (const part of query.split("&")) {
      if (part.startsWith("ref=")) return part.slice(4) === ref ? at + 4 : void 0;
      at += part.length + 1;
    }
  }
  if (!forge) return void 0;
  const pathEnd = q >= 0 ? q : reference.length;
  const start = pathEnd - ref.length;
  return reference.slice(start, pathEnd) === ref && reference[start - 1] === "/" ? start : void 0;
}
function tagPinOf(reference) {
  const parsed = tryParseFlakeRef(reference);
  if (!parsed.ok) return void 0;
  const a = parsed.attrs;
  const type = a["type"];
  const ref = a["ref"];
  if (typeof ref !== "string" || a["rev"] !== void 0) return void 0;
  let remote;
  if (type === "github" || type === "gitlab" || type === "sourcehut") {
    const host = typeof a["host"] === "string" ? a["host"] : void 0;
    remote = forgeRemote(type, String(a["owner"]), String(a["repo"]), host);
  } else if (type === "git" && typeof a["url"] === "string" && REMOTE_SCHEMES.test(a["url"])) {
    remote = a["url"];
  } else return void 0;
  const tag = ref.startsWith(TAGS_PREFIX) ? ref.slice(TAGS_PREFIX.length) : ref;
  const version = tagVersion(tag);
  if (!version || ref.startsWith("refs/") !== ref.startsWith(TAGS_PREFIX)) return void 0;
  const at = refOffset(reference, ref, type !== "git");
  if (at === void 0) return void 0;
  const start = at + (ref.length - tag.length);
  return { type, ref, tag, version: version.version, start, end: start + tag.length, remote };
}
function newestTag(pin, tags) {
  const withV = pin.tag.startsWith("v");
  const pre = isPrerelease(pin.version);
  let best;
  for (const tag of tags) {
    const t = tagVersion(tag);
    if (!t || !pre && isPrerelease(t.version) || (0, import_compare.default)(t.version, pin.version) <= 0) continue;
    const order = best ? (0, import_compare.default)(t.version, best.version) : 1;
    if (order > 0 || order === 0 && t.v === withV && best.v !== withV) best = { tag, ...t };
  }
  return best?.tag;
}
function retaggedReference(reference, pin, tag) {
  return reference.slice(0, pin.start) + tag + reference.slice(pin.end);
}
function verbatimOffset(text, url) {
  const { start, end } = { start: url.span.start.offset, end: url.span.end.offset };
  const source = text.slice(start, end);
  if (source === url.value) return start;
  for (const q of ['"', "''"]) {
    if (source.length >= 2 * q.length && source.startsWith(q) && source.endsWith(q)) {
      if (source.slice(q.length, source.length - q.length) === url.value) return start + q.length;
    }
  }
  return void 0;
}
function declaredTagPins(flake, only) {
  const out = [];
  for (const d of flake.inputs) {
    if (d.url === void 0 || only !== void 0 && !only.has(d.name)) continue;
    const pin = tagPinOf(d.url.value);
    const offset = pin ? verbatimOffset(flake.text, d.url) : void 0;
    if (pin && offset !== void 0) out.push({ input: d.name, pin, offset });
  }
  return out;
}
function tagBumpEdit(p, tag) {
  return { start: p.offset + p.pin.start, end: p.offset + p.pin.end, newText: tag };
}
var TagBumpMismatch = class extends Error {
};
function flakeNixWithTagBumps(text, file, bumps, moved) {
  const chosen = bumps.filter((b) => moved === void 0 || moved.has(b.input));
  if (chosen.length === 0) return text;
  let pins;
  try {
    pins = declaredTagPins(readFlakeNix(text, file), new Set(chosen.map((b) => b.input)));
  } catch (e) {
    if (e instanceof UserError) throw new TagBumpMismatch(`${file} cannot be read: ${e.message}`);
    throw e;
  }
  const byInput = /* @__PURE__ */ new Map();
  for (const p of pins) {
    if (byInput.has(p.input)) throw new TagBumpMismatch(`${file} declares ${p.input} twice`);
    byInput.set(p.input, p);
  }
  const edits = [];
  const done = /* @__PURE__ */ new Set();
  for (const b of chosen) {
    const p = byInput.get(b.input);
    if (p === void 0 || p.pin.tag !== b.from || done.has(b.input)) {
      throw new TagBumpMismatch(`${file} does not pin ${b.input} at ${b.from} (once)`);
    }
    done.add(b.input);
    edits.push(tagBumpEdit(p, b.to));
  }
  return applyEdits(text, edits);
}

export {
  VERSION_TAG,
  newestTag,
  retaggedReference,
  declaredTagPins,
  tagBumpEdit,
  TagBumpMismatch,
  flakeNixWithTagBumps
};
