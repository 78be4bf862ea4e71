import {
  compareText
} from "./chunk-QR34APMT.js";
import {
  resolverFor,
  showPath
} from "./chunk-HFN6JY3P.js";
import {
  globMatch
} from "./chunk-T54OW3UP.js";
import {
  lockedRev,
  lockedTag,
  repoLocationOf
} from "./chunk-7HIKED5Z.js";

// src/lint/where.ts
function spanRegion(span) {
  return { line: span.start.line, column: span.start.column, endLine: span.end.line, endColumn: span.end.column };
}
function allDeclared(ctx) {
  const out = [];
  const walk = (list) => {
    for (const d of list) {
      out.push(d);
      walk(d.inputs);
    }
  };
  walk(ctx.flake?.inputs ?? []);
  return out;
}
var declaredCache = /* @__PURE__ */ new WeakMap();
function declaredAt(ctx, path) {
  if (!ctx.flake || path.length === 0) return void 0;
  let index = declaredCache.get(ctx.flake);
  if (!index) {
    const built = /* @__PURE__ */ new Map();
    const stack = [[void 0, ctx.flake.inputs]];
    while (stack.length > 0) {
      const [prefix, list] = stack.pop();
      for (const d of list) {
        const key = prefix === void 0 ? d.name : `${prefix}\0${d.name}`;
        if (built.has(key)) continue;
        built.set(key, d);
        stack.push([key, d.inputs]);
      }
    }
    declaredCache.set(ctx.flake, index = built);
  }
  return index.get(path.join("\0"));
}
function nearestDeclared(ctx, path) {
  for (let n = path.length; n > 0; n--) {
    const d = declaredAt(ctx, path.slice(0, n));
    if (d) return d;
  }
  return void 0;
}
function nodeAt(ctx, path) {
  const r = ctx.resolved.get(showPath(path));
  return r?.node !== void 0 ? ctx.lock?.nodes.get(r.node) : void 0;
}
var lineCache = /* @__PURE__ */ new WeakMap();
function lockLines(ctx) {
  const key = ctx;
  let lines = lineCache.get(key);
  if (!lines) {
    lines = (ctx.lockText ?? "").split("\n");
    lineCache.set(key, lines);
  }
  return lines;
}
function lockLineRegion(ctx, line) {
  const text = lockLines(ctx)[line - 1] ?? "";
  const first = text.search(/\S/);
  const column = first < 0 ? 1 : first + 1;
  const end = text.trimEnd().length + 1;
  return { line, column, endLine: line, endColumn: Math.max(end, column) };
}
function lockInputLine(ctx, parent, name) {
  const lines = lockLines(ctx);
  const needle = `"${name}"`;
  let inInputs = false;
  for (let i = parent.line; i < lines.length && i < parent.line + 400; i++) {
    const l = lines[i];
    if (/^\s*"inputs"\s*:/.test(l)) inInputs = true;
    else if (inInputs && l.trimStart().startsWith(needle)) return i + 1;
    else if (inInputs && /^\s*}/.test(l)) break;
  }
  return parent.line;
}
function lockRegionOf(ctx, path) {
  if (!ctx.lock) return void 0;
  if (path.length > 0) {
    const parent = path.length === 1 ? ctx.lock.nodes.get(ctx.lock.root) : nodeAt(ctx, path.slice(0, -1));
    if (parent && parent.inputs.has(path[path.length - 1])) {
      return lockLineRegion(ctx, lockInputLine(ctx, parent, path[path.length - 1]));
    }
  }
  const node = nodeAt(ctx, path);
  if (node) return lockLineRegion(ctx, node.line);
  return void 0;
}
function lockNodeRegion(ctx, node) {
  return lockLineRegion(ctx, node.line);
}
function anchor(ctx, path, opts = {}) {
  const decl = opts.ancestor ? nearestDeclared(ctx, path) : declaredAt(ctx, path);
  if (decl) return { in: "nix", ...spanRegion(decl.span) };
  const r = ctx.resolved.get(showPath(path));
  const node = r && r.follows === void 0 ? nodeAt(ctx, path) : void 0;
  if (node && opts.preferNode !== false) return { in: "lock", ...lockNodeRegion(ctx, node) };
  const region = lockRegionOf(ctx, path);
  if (region) return { in: "lock", ...region };
  return { in: "lock", line: 1, column: 1, endLine: 1, endColumn: 2 };
}
function inputFinding(ctx, path, message, opts = {}) {
  return { ...anchor(ctx, path, opts), message, input: showPath(path) };
}
var pathsCache = /* @__PURE__ */ new WeakMap();
function pathsByNode(ctx) {
  const hit = pathsCache.get(ctx.resolved);
  if (hit) return hit;
  const out = /* @__PURE__ */ new Map();
  pathsCache.set(ctx.resolved, out);
  for (const r of ctx.resolved.values()) {
    if (r.follows !== void 0 || r.node === void 0) continue;
    const list = out.get(r.node);
    if (list) list.push(r.path);
    else out.set(r.node, [r.path]);
  }
  for (const list of out.values()) list.sort(comparePaths);
  return out;
}
function comparePaths(a, b) {
  return a.length - b.length || compareText(showPath(a), showPath(b));
}
function rootNodes(ctx) {
  const out = [];
  const root = ctx.lock?.nodes.get(ctx.lock.root);
  if (!root) return out;
  for (const [name, edge] of root.inputs) {
    if (edge.kind !== "node") continue;
    const node = ctx.lock.nodes.get(edge.key);
    if (node) out.push({ name, path: [name], node });
  }
  return out;
}

// src/lint/calendar.ts
function release(year, month) {
  return { name: `${String(year % 100).padStart(2, "0")}.${String(month).padStart(2, "0")}`, year, month };
}
function parseRelease(text) {
  const m = /^(\d\d)\.(\d\d)$/.exec(text);
  if (!m) return void 0;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return void 0;
  return release(2e3 + Number(m[1]), month);
}
var RELEASE_BRANCH = /^(?:refs\/heads\/)?(?:nixos|nixpkgs|release|nix-darwin)-(\d\d\.\d\d)(?:-(?:small|darwin|aarch64))*$/;
function releaseOfBranch(branch) {
  const m = RELEASE_BRANCH.exec(branch);
  return m ? parseRelease(m[1]) : void 0;
}
function branchForRelease(branch, r) {
  const m = RELEASE_BRANCH.exec(branch);
  if (!m) return void 0;
  const at = branch.lastIndexOf(m[1]);
  return `${branch.slice(0, at)}${r.name}${branch.slice(at + m[1].length)}`;
}
function isPublishedNixpkgsRef(ref) {
  const r = ref.replace(/^refs\/(?:heads|tags)\//, "");
  if (/^(?:master|nixos-unstable|nixos-unstable-small|nixpkgs-unstable|staging|staging-next)$/.test(r)) return true;
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*-updates$/.test(r)) return true;
  const m = /^(?:nixos-(\d\d\.\d\d)(?:-small)?|nixpkgs-(\d\d\.\d\d)-darwin|release-(\d\d\.\d\d)|staging(?:-next)?-(\d\d\.\d\d)|(\d\d\.\d\d)(?:-beta)?)$/.exec(
    r
  );
  const yymm = m?.slice(1).find((x) => x !== void 0);
  return yymm !== void 0 && parseRelease(yymm) !== void 0;
}
function supportEnds(r) {
  return new Date(Date.UTC(r.year, r.month - 1 + 8, 1));
}
function lastSupportedDay(r) {
  return new Date(supportEnds(r).getTime() - 864e5).toISOString().slice(0, 10);
}
function isSupported(r, now) {
  return now.getTime() < supportEnds(r).getTime();
}
function latestRelease(now) {
  let year = now.getUTCFullYear();
  const month = now.getUTCMonth() + 1;
  if (month === 12) return release(year, 11);
  if (month >= 6) return release(year, 5);
  year -= 1;
  return release(year, 11);
}
function daysBetween(a, b) {
  return Math.floor((b.getTime() - a.getTime()) / 864e5);
}

// src/lint/source.ts
var str = (a, k) => {
  const v = a?.[k];
  return typeof v === "string" && v !== "" ? v : void 0;
};
function normalizeUrl(url) {
  const m = /^([a-z0-9+.-]+:\/\/)([^/?#]*)(.*)$/i.exec(url);
  let out = m ? `${m[1].toLowerCase()}${m[2].toLowerCase()}${m[3]}` : url;
  out = out.replace(/\/+$/, "").replace(/\.git$/, "");
  return out;
}
function coordinates(a) {
  const r = repoLocationOf(a);
  return r ? { host: r.host, owner: r.owner, repo: r.repo } : void 0;
}
function sourceFromAttrs(a, original) {
  const dir = str(original, "dir") ?? str(a, "dir");
  const dirPart = dir ? `?dir=${dir}` : "";
  const ref = str(original, "ref") ?? (a.type === "git" || a.type === "hg" ? str(a, "ref") : void 0);
  const pinned = str(original, "rev") !== void 0;
  const type = a.type;
  if (type === "github" || type === "gitlab" || type === "sourcehut") {
    const at = coordinates(a);
    if (!at) return void 0;
    const hostLabel = str(a, "host") ? `${at.host}/` : "";
    return {
      key: `${type}:${at.host}/${at.owner.toLowerCase()}/${at.repo.toLowerCase()}${dirPart}`,
      label: `${type}:${hostLabel}${str(a, "owner")}/${str(a, "repo")}${dirPart}`,
      ...ref ? { ref } : {},
      pinned,
      ...at
    };
  }
  const url = str(a, "url");
  if (url) {
    return {
      key: `${type}:${normalizeUrl(url)}${dirPart}`,
      label: `${type}+${url}${dirPart}`.replace(/^(tarball|file)\+/, ""),
      ...ref ? { ref } : {},
      pinned,
      ...coordinates(a)
    };
  }
  const p = str(a, "path");
  if (type === "path" && p) return { key: `path:${p}`, label: `path:${p}`, pinned };
  return void 0;
}
function sourceOf(node) {
  const original = node.original;
  const locked = node.locked;
  if (original && original.type !== "indirect") return sourceFromAttrs(original, original);
  if (locked) return sourceFromAttrs(locked, original);
  return void 0;
}
function originOf(node) {
  if (node.locked && node.locked.type !== "indirect") return sourceFromAttrs(node.locked, node.original);
  if (node.original && node.original.type !== "indirect") return sourceFromAttrs(node.original, node.original);
  return void 0;
}
function nixpkgsRelease(node) {
  const original = node.original;
  const ref = str(original, "ref");
  if (ref) {
    const r = releaseOfBranch(ref);
    if (r) return { release: r, branch: ref };
  }
  const url = str(original, "url") ?? str(node.locked, "url");
  if (url) {
    for (const seg of url.split(/[/?#&=]/)) {
      const r = releaseOfBranch(seg);
      if (r) return { release: r, branch: seg };
    }
    const fh = /flakehub\.com\/f\/[^/]+\/nixpkgs\/0\.(\d\d)(\d\d)\./i.exec(url);
    if (fh) {
      const r = releaseOfBranch(`nixos-${fh[1]}.${fh[2]}`);
      if (r) return { release: r, branch: `${fh[1]}.${fh[2]}` };
    }
  }
  return void 0;
}
function isNixpkgs(node) {
  const o = originOf(node);
  if (o?.repo && o.repo.toLowerCase() === "nixpkgs") return true;
  if (str(node.original, "id") === "nixpkgs") return true;
  const url = str(node.original, "url") ?? str(node.locked, "url") ?? "";
  if (/^https?:\/\/(?:channels\.)?nixos\.org\//i.test(url) || /releases\.nixos\.org\//i.test(url)) return true;
  if (/flakehub\.com\/f\/[^/]+\/nixpkgs\//i.test(url)) return true;
  return false;
}
function lastModified(node) {
  const v = node.locked?.["lastModified"];
  return typeof v === "number" && Number.isFinite(v) ? new Date(v * 1e3) : void 0;
}

// src/lint/resolve.ts
function lookup(r) {
  return r.kind === "dangling" ? { kind: "missing", missing: r.missing } : r;
}
function findInput(lock, path) {
  return lookup(resolverFor(lock).resolve(path));
}
function findDeclared(lock, declaring, target) {
  return lookup(resolverFor(lock).resolveDeclared(declaring, target));
}
function followsPath(written) {
  return written === "" ? [] : written.split("/").filter((s) => s !== "");
}

// src/lint/ref-tracking.ts
var VERSION_TAG = /^v?\d+(?:\.\d+)*(?:[-+][0-9A-Za-z][0-9A-Za-z.+-]*)?$/;
var str2 = (a, k) => {
  const v = a?.[k];
  return typeof v === "string" && v !== "" ? v : void 0;
};
function isTagRef(ref) {
  if (ref.startsWith("refs/tags/")) return true;
  if (ref.startsWith("refs/heads/")) return false;
  return VERSION_TAG.test(ref) && (ref.includes(".") || ref.startsWith("v"));
}
function trackingOf(node) {
  const original = node.original;
  if (!original) return { kind: "branch" };
  if (str2(original, "rev") !== void 0 || lockedRev(original) !== void 0) return { kind: "commit" };
  const archiveTag = lockedTag(original);
  if (archiveTag !== void 0) {
    return isTagRef(archiveTag) ? { kind: "tag", tag: archiveTag } : { kind: "branch", branch: archiveTag };
  }
  const ref = str2(original, "ref");
  if (ref === void 0) return { kind: "branch" };
  if (isTagRef(ref)) return { kind: "tag", tag: ref.replace(/^refs\/tags\//, "") };
  return { kind: "branch", branch: ref.replace(/^refs\/heads\//, "") };
}
function releaseBranchOf(node) {
  if (isNixpkgs(node)) return nixpkgsRelease(node);
  const t = trackingOf(node);
  if (t.kind !== "branch" || t.branch === void 0) return void 0;
  const release2 = releaseOfBranch(t.branch);
  return release2 ? { release: release2, branch: t.branch } : void 0;
}
var UNSTABLE = /* @__PURE__ */ new Set(["master", "nixos-unstable", "nixos-unstable-small", "nixpkgs-unstable"]);
function isUnstableNixpkgs(node) {
  if (!isNixpkgs(node) || nixpkgsRelease(node)) return false;
  const url = str2(node.original, "url");
  if (url !== void 0) {
    if (/flakehub\.com\/f\/[^/]+\/nixpkgs\/0\.1[.*]/i.test(url)) return true;
    return url.split(/[/?#&=]/).some((seg) => UNSTABLE.has(seg));
  }
  const t = trackingOf(node);
  return t.kind === "branch" && (t.branch === void 0 || UNSTABLE.has(t.branch));
}

// src/lint/rules/freshness-stale-input.ts
function maxAgeFor(options, input) {
  for (const [glob, days] of Object.entries(options.maxAgeByInput)) if (globMatch(glob, input)) return days;
  return options.maxAge;
}
function namedInMaxAge(options, input) {
  return Object.keys(options.maxAgeByInput).some((glob) => globMatch(glob, input));
}
var UPDATE_COMMANDS = "`nix flake update NAME` (Nix 2.19 and later) or `nix flake lock --update-input NAME`, or let `flake-steward update` open the pull request";
function branchOf(node) {
  const t = trackingOf(node);
  const s = sourceOf(node);
  if (t.kind !== "branch" || !s) return void 0;
  return { key: s.key, branch: t.branch };
}
var newestCache = /* @__PURE__ */ new WeakMap();
function newestByBranch(ctx) {
  const lock = ctx.lock;
  let out = newestCache.get(lock);
  if (out) return out;
  out = /* @__PURE__ */ new Map();
  for (const node of lock.nodes.values()) {
    const b = branchOf(node);
    const when = lastModified(node);
    if (!b || !when) continue;
    const k = `${b.key}\0${b.branch ?? ""}`;
    const seen = out.get(k);
    if (!seen || when > seen.when) out.set(k, { node, when });
  }
  newestCache.set(lock, out);
  return out;
}
var day = (d) => d.toISOString().slice(0, 10);
var freshnessStaleInput = {
  id: "freshness/stale-input",
  defaultSeverity: "warning",
  needs: ["lock"],
  docs: {
    summary: "A root input that follows a branch is behind: the lock holds a newer commit of the same branch (another copy), or it is a nixpkgs input (or one named in `max-age`) locked to a commit older than `max-age` days (default 30; per input: `max-age: 30,nixpkgs=7`).",
    why: "Old inputs miss security fixes, and the longer an update waits the bigger (and harder to review) it gets. Lint reads files only, so it judges an input against what the lock shows of its upstream branch: a newer copy of the same branch elsewhere in the lock is proof the input is behind. nixpkgs branches move every few days, so a nixpkgs commit older than `max-age` is behind too. Other inputs are not judged by the age of their commit alone, because many repositories rarely change (nix-systems/default has had no commit in years); name them in `max-age` (`max-age: 30,home-manager=30`, or `30,*=30` for every input) to have them judged by age. Inputs pinned to a commit (`rev`) or a tag (a version such as `46.1`, `v1.2.3`, or `refs/tags/…`), which `nix flake update` never moves, and release branches out of support (`freshness/unsupported-branch` reports those) are not reported.",
    fix: `Update it: ${UPDATE_COMMANDS}.`,
    example: '"lastModified": 1700000000  (2023-11-14: a nixpkgs commit 30+ days before the run)'
  },
  check(ctx) {
    const out = [];
    const newest = newestByBranch(ctx);
    for (const { name, path, node } of rootNodes(ctx)) {
      if (node.locked?.type === "path") continue;
      const b = branchOf(node);
      const when = lastModified(node);
      if (!b || !when) continue;
      const release2 = releaseBranchOf(node);
      if (release2 && !isSupported(release2.release, ctx.now)) continue;
      const limit = maxAgeFor(ctx.options, name);
      const label = b.branch ? ` (${b.branch})` : "";
      const ahead = newest.get(`${b.key}\0${b.branch ?? ""}`);
      const behind = ahead ? daysBetween(when, ahead.when) : 0;
      if (ahead && behind > limit) {
        const at = pathsByNode(ctx).get(ahead.node.key)?.[0]?.join("/");
        const where = at ? `the copy at '${at}'` : `lock node '${ahead.node.key}'`;
        out.push(
          inputFinding(
            ctx,
            path,
            `input '${name}'${label} is ${behind} days behind ${where} (${day(when)} vs ${day(ahead.when)}; max-age ${limit})`
          )
        );
        continue;
      }
      if (!isNixpkgs(node) && !namedInMaxAge(ctx.options, name)) continue;
      const age = daysBetween(when, ctx.now);
      if (age <= limit) continue;
      out.push(
        inputFinding(
          ctx,
          path,
          `input '${name}'${label} is locked to ${day(when)}, ${age} days old (max-age ${limit})`
        )
      );
    }
    return out;
  }
};

export {
  branchForRelease,
  isPublishedNixpkgsRef,
  lastSupportedDay,
  isSupported,
  latestRelease,
  daysBetween,
  spanRegion,
  allDeclared,
  declaredAt,
  nodeAt,
  lockLineRegion,
  lockNodeRegion,
  anchor,
  inputFinding,
  pathsByNode,
  comparePaths,
  rootNodes,
  normalizeUrl,
  sourceOf,
  originOf,
  isNixpkgs,
  lastModified,
  findInput,
  findDeclared,
  followsPath,
  trackingOf,
  releaseBranchOf,
  isUnstableNixpkgs,
  UPDATE_COMMANDS,
  freshnessStaleInput
};
