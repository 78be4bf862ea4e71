import {
  attrName,
  compareText,
  globMatch,
  inputsAttrPath,
  insertIntoSet,
  insertLineAfter,
  lineStarts,
  locAt,
  readAttrPath,
  removeBinding
} from "./chunk-OZJ4M35K.js";
import {
  resolverFor,
  showPath
} from "./chunk-5TBM3YKZ.js";
import {
  lockedRev,
  lockedTag,
  repoLocationOf,
  shortRev
} from "./chunk-QR3A3VEL.js";
import {
  UsageError
} from "./chunk-6FGB7YHV.js";

// src/lint/rule-engine.ts
var SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
var ONE_BELOW = { error: "warning", warning: "notice", notice: "notice" };
function checkRuleIds(rules, configured, setting) {
  const known = new Set(rules.map((r) => r.id));
  for (const id of Object.keys(configured)) {
    if (!known.has(id)) {
      const near = [...known].filter((k) => k.endsWith(`/${id.split("/").pop()}`) || k.startsWith(id));
      throw new UsageError(
        `unknown rule '${id}' in ${setting}`,
        near.length > 0 ? `did you mean ${near.join(" or ")}?` : `rules are: ${[...known].join(", ")}`
      );
    }
  }
}
function isIgnored(finding, ignore) {
  if (finding.input === void 0) return false;
  for (const entry of ignore) {
    const colon = entry.indexOf(":");
    if (colon > 0) {
      if (entry.slice(0, colon) === finding.rule && globMatch(entry.slice(colon + 1), finding.input)) return true;
    } else if (globMatch(entry, finding.input)) {
      return true;
    }
  }
  return false;
}
function compareFindings(a, b) {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || compareText(a.input ?? "", b.input ?? "") || compareText(a.message, b.message);
}
function runRules(ctx, rules) {
  const findings = [];
  const notices = [];
  const skippedForNix = [];
  const seen = /* @__PURE__ */ new Set();
  for (const rule of rules) {
    const setting = ctx.options.rules[rule.id] ?? rule.defaultSeverity;
    if (setting === "off") continue;
    if (rule.needs.includes("nix") && !ctx.flake) {
      if (!ctx.hasNix) skippedForNix.push(rule.id);
      continue;
    }
    if (rule.needs.includes("lock") && !ctx.lock) continue;
    let raw;
    try {
      raw = rule.check(ctx);
    } catch (e) {
      notices.push(`rule ${rule.id} failed on ${ctx.nixPath}: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    for (const r of raw) {
      const finding = {
        rule: rule.id,
        severity: r.minor === true ? ONE_BELOW[setting] : setting,
        message: r.message,
        file: r.in === "nix" ? ctx.nixPath : ctx.lockPath,
        line: r.line,
        column: r.column,
        endLine: r.endLine,
        endColumn: r.endColumn,
        ...r.input !== void 0 ? { input: r.input } : {},
        ...r.fix ? { fix: r.fix } : {}
      };
      if (isIgnored(finding, ctx.options.ignore)) continue;
      const key = `${finding.rule}\0${finding.file}\0${finding.line}\0${finding.column}\0${finding.input}\0${finding.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(finding);
    }
  }
  if (skippedForNix.length > 0) {
    notices.unshift(
      `${ctx.nixPath} not found: linting ${ctx.lockPath} alone (lock-only mode); ${skippedForNix.length} rules that read flake.nix were skipped`
    );
  }
  findings.sort(compareFindings);
  return { findings, notices };
}
function fails(findings, failOn) {
  if (failOn === "never") return false;
  const limit = SEVERITY_RANK[failOn];
  return findings.some((f) => SEVERITY_RANK[f.severity] <= limit);
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
  let lines2 = lineCache.get(key);
  if (!lines2) {
    lines2 = (ctx.lockText ?? "").split("\n");
    lineCache.set(key, lines2);
  }
  return lines2;
}
function lockLineRegion(ctx, line) {
  const text = lockLines(ctx)[line - 1] ?? "";
  const first = text.search(/\S/);
  const column = first < 0 ? 1 : first + 1;
  const end = text.replace(/\s+$/, "").length + 1;
  return { line, column, endLine: line, endColumn: Math.max(end, column) };
}
function lockInputLine(ctx, parent, name) {
  const lines2 = lockLines(ctx);
  const needle = `"${name}"`;
  let inInputs = false;
  for (let i = parent.line; i < lines2.length && i < parent.line + 400; i++) {
    const l = lines2[i];
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

// src/lint/fix-edits.ts
var lines;
function toTextEdit(text, e) {
  if (lines?.text !== text) lines = { text, starts: lineStarts(text) };
  return {
    span: { start: locAt(text, e.start, lines.starts), end: locAt(text, e.end, lines.starts) },
    newText: e.newText
  };
}
function shapeOf(text, decl) {
  let sibling;
  for (const b of decl.bindings.length > 0 ? decl.bindings : [decl.span]) {
    const read = readAttrPath(text, b.start.offset);
    if (read.eq < 0) continue;
    const segs = read.segments;
    const k = segs[0] === "inputs" && segs[1] === decl.name ? 1 : segs[0] === decl.name ? 0 : -1;
    if (k < 0) continue;
    if (segs.length - 1 === k) {
      const value = text.slice(read.eq + 1).trimStart();
      if (value.startsWith("{")) return { kind: "set", binding: b };
      if (value.startsWith('"') || value.startsWith("''")) return { kind: "shorthand", binding: b };
      continue;
    }
    const prefix = (k === 1 ? "inputs." : "") + attrName(decl.name);
    if (!sibling || b.end.offset > sibling.binding.end.offset) sibling = { kind: "sibling", binding: b, prefix };
  }
  return sibling;
}
function followsFix(ctx, copy, target) {
  const t = JSON.stringify(showPath(target));
  const rel = inputsAttrPath(copy.slice(1));
  const dotted = `inputs.${attrName(copy[0])}.${rel}.follows = ${t};`;
  const flake = ctx.flake;
  const decl = flake ? declaredAt(ctx, [copy[0]]) : void 0;
  if (!flake || !decl) {
    return { description: `Add \`${dotted}\` to the inputs of flake.nix`, text: dotted, edits: [] };
  }
  const shape = shapeOf(flake.text, decl);
  if (shape?.kind === "set") {
    const line = `${rel}.follows = ${t};`;
    const e = insertIntoSet(flake.text, shape.binding.start.offset, shape.binding.end.offset, line);
    if (e) {
      return {
        description: `Add \`${line}\` to the declaration of ${copy[0]}`,
        text: line,
        edits: [toTextEdit(flake.text, e)]
      };
    }
  }
  if (shape?.kind === "sibling") {
    const line = `${shape.prefix}.${rel}.follows = ${t};`;
    const e = insertLineAfter(flake.text, shape.binding.start.offset, shape.binding.end.offset, line);
    return {
      description: `Add \`${line}\` after the declaration of ${copy[0]}`,
      text: line,
      edits: [toTextEdit(flake.text, e)]
    };
  }
  return {
    description: `Write ${copy[0]} as \`inputs.${attrName(copy[0])}.url = "…";\` and add \`${dotted}\``,
    text: dotted,
    edits: []
  };
}
function contains(outer, inner) {
  return outer.start.offset <= inner.start.offset && inner.end.offset <= outer.end.offset;
}
var bindingIndex = /* @__PURE__ */ new WeakMap();
function bindingsOf(ctx) {
  const key = ctx.flake;
  let index = bindingIndex.get(key);
  if (!index) {
    index = allDeclared(ctx).flatMap((decl) => decl.bindings.map((span) => ({ span, decl })));
    index.sort((a, b) => a.span.start.offset - b.span.start.offset);
    bindingIndex.set(key, index);
  }
  return index;
}
function removeOverrideFix(ctx, decl) {
  const description = `Remove the override of ${showPath(decl.path)}`;
  const flake = ctx.flake;
  if (!flake) return { description, text: "", edits: [] };
  const own = [];
  const mine = /* @__PURE__ */ new Set();
  const walk = (d) => {
    mine.add(d);
    own.push(...d.bindings.length > 0 ? d.bindings : [d.span]);
    d.inputs.forEach(walk);
  };
  walk(decl);
  const spans = own.filter((s, i) => !own.some((o, j) => j !== i && contains(o, s) && !(contains(s, o) && j > i))).sort((a, b) => a.start.offset - b.start.offset);
  const isOwn = (b) => own.some((o) => o.start.offset === b.start.offset && o.end.offset === b.end.offset);
  const all = bindingsOf(ctx);
  for (const s of spans) {
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (all[mid].span.start.offset < s.start.offset) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < all.length && all[k].span.start.offset <= s.end.offset; k++) {
      const { span: b, decl: other } = all[k];
      if (mine.has(other) || !contains(s, b)) continue;
      const ancestor = other.path.length < decl.path.length && other.path.every((p, i) => p === decl.path[i]);
      if (ancestor && isOwn(b)) continue;
      return { description, text: "", edits: [] };
    }
  }
  const edits = spans.map((s) => toTextEdit(flake.text, removeBinding(flake.text, s.start.offset, s.end.offset)));
  return { description, text: "", edits };
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

// src/lint/rules/duplicates-duplicate-input.ts
var MAX_LISTED = 6;
function rootAliases(ctx) {
  const out = /* @__PURE__ */ new Map();
  const root = ctx.lock?.nodes.get(ctx.lock.root);
  for (const [name, edge] of root?.inputs ?? []) {
    if (edge.kind === "node") continue;
    const node = ctx.resolved.get(name)?.node;
    if (node === void 0) continue;
    const list = out.get(node);
    if (list) list.push([name]);
    else out.set(node, [[name]]);
  }
  return out;
}
function duplicateGroups(ctx) {
  const lock = ctx.lock;
  const bySource = /* @__PURE__ */ new Map();
  const aliases = rootAliases(ctx);
  for (const [key, held] of pathsByNode(ctx)) {
    const node = lock.nodes.get(key);
    if (!node || key === lock.root) continue;
    const source = sourceOf(node);
    if (!source || source.pinned) continue;
    const k = `${source.key}\0${node.flake}`;
    const list = bySource.get(k);
    const alias = aliases.get(key);
    const paths = alias ? [...alias, ...held].sort(comparePaths) : held;
    const copy = { key, node, source, paths };
    if (list) list.push(copy);
    else bySource.set(k, [copy]);
  }
  return [...bySource.values()].filter((g) => g.length > 1);
}
function describeCopy(c) {
  const rev = shortRev(c.node.locked?.["rev"]);
  const date = lastModified(c.node)?.toISOString().slice(0, 10);
  const detail = [c.source.ref ? `ref ${c.source.ref}` : void 0, rev, date].filter(Boolean).join(", ");
  return `${showPath(c.paths[0])}${detail ? ` (${detail})` : ""}`;
}
function distance(copy, target) {
  const t = showPath(target.paths[0]);
  const a = copy.node.locked?.["rev"];
  const b = target.node.locked?.["rev"];
  if (a !== void 0 && a === b) return `the same revision as ${t}`;
  const revs = a && b ? ` (${shortRev(a)} vs ${shortRev(b)})` : "";
  const da = lastModified(copy.node);
  const db = lastModified(target.node);
  if (!da || !db) return `a different revision from ${t}${revs}`;
  const days = daysBetween(db, da);
  if (days === 0) return `a different revision from ${t}, the same day${revs}`;
  const n = Math.abs(days);
  return `${n} day${n === 1 ? "" : "s"} ${days < 0 ? "older" : "newer"} than ${t}${revs}`;
}
function preference(rootOrder, c) {
  const p = c.paths[0];
  return [p.length, rootOrder.get(p[0]) ?? 1e9, -(lastModified(c.node)?.getTime() ?? 0)];
}
function rootOrderOf(ctx) {
  const order = /* @__PURE__ */ new Map();
  (ctx.flake?.inputs ?? []).forEach((d, i) => {
    if (!order.has(d.name)) order.set(d.name, i);
  });
  return order;
}
function byScore(score) {
  return (a, b) => {
    const sa = score(a);
    const sb = score(b);
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sa[i] - sb[i];
    return comparePaths(a.paths[0], b.paths[0]);
  };
}
var lastName = (c) => c.paths[0][c.paths[0].length - 1];
var branchOf = (c) => c.source.ref === void 0 ? "u" : `r:${c.source.ref}`;
var HELPER_REPOS = /* @__PURE__ */ new Set([
  "flake-utils",
  "flake-utils-plus",
  "flake-compat",
  "flake-parts",
  "nixpkgs.lib",
  "gitignore.nix",
  "nix-github-actions",
  "flake-schemas",
  "nix-filter"
]);
var HELPER_OWNERS = /* @__PURE__ */ new Set(["nix-systems"]);
function isHelperFlake(node, source) {
  if (isNixpkgs(node)) return false;
  const repo = source.repo?.toLowerCase();
  const owner = source.owner?.toLowerCase();
  return repo !== void 0 && HELPER_REPOS.has(repo) || owner !== void 0 && HELPER_OWNERS.has(owner);
}
var Kept = class _Kept {
  twins = /* @__PURE__ */ new Map();
  bestOf = /* @__PURE__ */ new Map();
  /**
   * The preferred root input per bucket: by branch and name, by branch, by name over every branch, named as its
   * repository, and overall.
   */
  rootBest = /* @__PURE__ */ new Map();
  rank = /* @__PURE__ */ new Map();
  compare;
  constructor(rootOrder) {
    this.compare = byScore((c) => {
      let r = this.rank.get(c);
      if (!r) this.rank.set(c, r = preference(rootOrder, c));
      return r;
    });
  }
  // Buckets: by branch (`r:` + ref, `u` for none), by branch and last input name, and over every named branch (`d`).
  static buckets(c) {
    const ref = c.source.ref === void 0 ? "u" : `r:${c.source.ref}`;
    const name = lastName(c);
    const out = [ref, `${ref}\0${name}`];
    if (c.source.ref !== void 0) out.push("d", `d\0${name}`);
    return out;
  }
  add(c) {
    if (c.paths[0].length === 1) {
      if (!this.twins.has(c.source.ref)) this.twins.set(c.source.ref, c);
      const ref = branchOf(c);
      const name = lastName(c);
      const named = name.toLowerCase() === c.source.repo?.toLowerCase() ? ["repo"] : [];
      for (const b of [`${ref}\0${name}`, ref, `*\0${name}`, ...named, "*"]) {
        const best = this.rootBest.get(b);
        if (!best || this.compare(c, best) < 0) this.rootBest.set(b, c);
      }
    }
    for (const b of _Kept.buckets(c)) {
      const best = this.bestOf.get(b);
      if (!best || this.compare(c, best) < 0) this.bestOf.set(b, c);
    }
  }
  /**
   * The root input a dependency's copy should follow, whatever its branch: on the same branch with the same name,
   * on the same branch, with the same name, named as the repository (`nixpkgs` for NixOS/nixpkgs), one that asks
   * for no branch, else the preferred one; undefined when no root input has the source.
   */
  rootTarget(c) {
    const ref = branchOf(c);
    const name = lastName(c);
    for (const b of [`${ref}\0${name}`, ref, `*\0${name}`, "repo", "u", "*"]) {
      const t = this.rootBest.get(b);
      if (t) return t;
    }
    return void 0;
  }
  /** The first root input kept on the same branch. */
  twin(c) {
    return this.twins.get(c.source.ref);
  }
  /**
   * The copy `c` should follow when no root input has the source: on the same branch first, then with the same
   * input name, then by preference; a copy that asks for no branch is compatible with every branch, one that asks
   * for a branch with that branch and with copies that ask for none.
   */
  target(c) {
    const name = lastName(c);
    const same = c.source.ref === void 0 ? "u" : `r:${c.source.ref}`;
    const other = c.source.ref === void 0 ? "d" : "u";
    for (const b of [`${same}\0${name}`, same, `${other}\0${name}`, other]) {
      const t = this.bestOf.get(b);
      if (t) return t;
    }
    return void 0;
  }
};
var duplicatesDuplicateInput = {
  id: "duplicates/duplicate-input",
  defaultSeverity: "warning",
  needs: ["lock"],
  fixable: true,
  docs: {
    summary: "One source (same type, host and owner/repo ignoring case, or the same URL) is locked as several nodes: a dependency's copy of a root input's source whatever its branch, two root inputs on the same branch, or copies on one branch when no root input has the source.",
    why: "Each copy is fetched, evaluated and often built separately: two or three nixpkgs in one system mean slower evaluation, more downloads and mixed library versions, even when the copy follows another nixpkgs branch (home-manager on `nixpkgs-unstable` next to a root `nixos-unstable`). The message lists every input path holding a copy, how far apart the copies are and their branches when they differ. A copy of a small helper flake (flake-utils, flake-utils-plus, flake-compat, flake-parts, nixpkgs.lib, gitignore.nix, nix-github-actions, flake-schemas, nix-filter, any nix-systems repository) costs a few files, not a second nixpkgs: it is reported one severity below the rule's setting (a notice by default, a warning when the rule is set to `error`; with `notice` every copy is a notice). nixpkgs, its forks and channels are never helpers.",
    fix: 'Make the copy follow the root input that has the source, with the line the finding gives, in the file\'s own style (`flake-steward fix` adds it): `inputs.home-manager.inputs.nixpkgs.follows = "nixpkgs";`, then `nix flake lock`. The root input chosen is on the same branch as the copy, else has the same name, else is named as the repository (`nixpkgs`), else is the first declared. When no root input has the source, the line follows the copy of the nearest dependency instead; declaring the source as a root input and making every copy follow it is the sturdier fix. Root inputs that track different branches on purpose (`nixpkgs` and `nixpkgs-stable`) and copies pinned to a `rev` are not reported; to silence one copy, ignore it (`duplicates/duplicate-input:**/systems`).',
    example: 'inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";\ninputs.home-manager.url = "github:nix-community/home-manager";\n# home-manager brings its own nixpkgs (nixos-unstable or nixpkgs-unstable): two copies in flake.lock'
  },
  check(ctx) {
    const out = [];
    const groups = duplicateGroups(ctx);
    const rootOrder = rootOrderOf(ctx);
    const kept = new Map(groups.map((g) => [g, new Kept(rootOrder)]));
    const listing = new Map(
      groups.map((g) => {
        const all = [...g].sort((a, b) => comparePaths(a.paths[0], b.paths[0])).map(describeCopy);
        const shown = all.length > MAX_LISTED ? [...all.slice(0, MAX_LISTED), `${all.length - MAX_LISTED} more`] : all;
        return [g, shown.join("; ")];
      })
    );
    const scores = /* @__PURE__ */ new Map();
    const pref = (c) => {
      let v = scores.get(c.key);
      if (!v) scores.set(c.key, v = preference(rootOrder, c));
      return v;
    };
    const order = groups.flatMap((g) => g.map((c) => ({ g, c }))).sort((x, y) => byScore(pref)(x.c, y.c));
    const fixed = /* @__PURE__ */ new Set();
    const under = (p) => {
      let key = "";
      for (let i = 0; i < p.length - 1; i++) {
        key = i === 0 ? p[0] : `${key}\0${p[i]}`;
        if (fixed.has(key)) return true;
      }
      return false;
    };
    for (const { g, c } of order) {
      const paths = c.paths.filter((p) => !under(p));
      if (paths.length === 0) continue;
      const copy = { ...c, paths };
      const path = paths[0];
      const keep = kept.get(g);
      const weight = isHelperFlake(copy.node, copy.source) ? { minor: true } : {};
      if (path.length === 1) {
        const twin = keep.twin(copy);
        keep.add(copy);
        if (!twin) continue;
        const other = showPath(twin.paths[0]);
        out.push({
          ...anchor(ctx, path),
          ...weight,
          input: showPath(path),
          message: `${showPath(path)} and ${other} are the same source (${copy.source.label}${copy.source.ref ? ` ${copy.source.ref}` : ""}) locked twice; ${showPath(path)} is ${distance(copy, twin)}: use one of them, or make ${showPath(path)} follow ${other}`,
          fix: {
            description: `Replace the reference of ${showPath(path)} with a follows of ${other}`,
            text: `inputs.${attrName(path[0])}.follows = ${JSON.stringify(other)};`,
            edits: []
          }
        });
        continue;
      }
      const rootTarget = keep.rootTarget(copy);
      const target = rootTarget ?? keep.target(copy);
      if (!target) {
        keep.add(copy);
        continue;
      }
      fixed.add(path.join("\0"));
      const t = target.paths[0];
      const fix = followsFix(ctx, path, t);
      const branches = copy.source.ref !== void 0 && target.source.ref !== void 0 && copy.source.ref !== target.source.ref ? `, on ${copy.source.ref} where ${showPath(t)} tracks ${target.source.ref}` : "";
      const todo = rootTarget ? `add \`${fix.text}\`` : `no root input has it: add \`${fix.text}\`, or declare it as a root input and make every copy follow that`;
      out.push({
        ...anchor(ctx, path, { ancestor: true }),
        ...weight,
        input: showPath(path),
        message: `${showPath(path)} is one of ${g.length} copies of ${copy.source.label} in flake.lock (${listing.get(g)}); it is ${distance(copy, target)}${branches}: ${todo}`,
        fix
      });
    }
    return out;
  }
};

// src/lint/lint-result.ts
function allFindings(run) {
  return run.flakes.flatMap((f) => f.findings);
}
function counts(findings) {
  const c = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function countsLine(findings) {
  const c = counts(findings);
  return `${plural(c.error, "error")}, ${plural(c.warning, "warning")}, ${plural(c.notice, "notice")}`;
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
function branchOf2(node) {
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
    const b = branchOf2(node);
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
      const b = branchOf2(node);
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

// src/render/lint-hints.ts
function lintHints(findings) {
  const stale = findings.filter((f) => f.rule === "freshness/stale-input").length;
  if (stale === 0) return [];
  return [`To update ${stale === 1 ? "the stale input" : `the ${stale} stale inputs`}: ${UPDATE_COMMANDS}.`];
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

export {
  SEVERITY_RANK,
  checkRuleIds,
  runRules,
  fails,
  branchForRelease,
  isPublishedNixpkgsRef,
  lastSupportedDay,
  isSupported,
  latestRelease,
  spanRegion,
  allDeclared,
  declaredAt,
  nodeAt,
  lockLineRegion,
  inputFinding,
  pathsByNode,
  rootNodes,
  removeOverrideFix,
  sourceOf,
  originOf,
  isNixpkgs,
  duplicateGroups,
  duplicatesDuplicateInput,
  findInput,
  findDeclared,
  followsPath,
  trackingOf,
  releaseBranchOf,
  isUnstableNixpkgs,
  freshnessStaleInput,
  allFindings,
  counts,
  plural,
  countsLine,
  lintHints
};
