import {
  SETTINGS_FILE,
  discoverFlakes,
  effectiveOptions,
  parseSettingsFile
} from "./chunk-IDKHNEBE.js";
import {
  Setting
} from "./chunk-WI2ORBNR.js";
import {
  LOCK_LIMIT,
  NIX_LIMIT,
  SETTINGS_LIMIT,
  readBoundedText
} from "./chunk-VF4F3FAK.js";
import {
  shortRev
} from "./chunk-GYRCVODP.js";
import {
  DEFAULTS
} from "./chunk-ELKPDDDQ.js";
import {
  declaredTagPins,
  newestTag,
  retaggedReference,
  tagBumpEdit
} from "./chunk-LQO26QTC.js";
import {
  FLAKE_ATTRIBUTES,
  UnknownAttributeError,
  readFlakeNix
} from "./chunk-MYWD7JSL.js";
import {
  attrName,
  inputsAttrPath,
  insertIntoSet,
  insertLineAfter,
  lineStarts,
  locAt,
  readAttrPath,
  removeBinding,
  spanAt
} from "./chunk-GCMNXKNT.js";
import {
  Suggester
} from "./chunk-5Z4T2RLS.js";
import {
  createGit
} from "./chunk-TTFCFZ4G.js";
import {
  allDeclared,
  anchor,
  branchForRelease,
  comparePaths,
  daysBetween,
  declaredAt,
  findDeclared,
  findInput,
  followsPath,
  freshnessStaleInput,
  inputFinding,
  isNixpkgs,
  isPublishedNixpkgsRef,
  isSupported,
  isUnstableNixpkgs,
  lastModified,
  lastSupportedDay,
  latestRelease,
  lockLineRegion,
  lockNodeRegion,
  nodeAt,
  normalizeUrl,
  originOf,
  pathsByNode,
  releaseBranchOf,
  rootNodes,
  sourceOf,
  spanRegion,
  trackingOf
} from "./chunk-NCRQW533.js";
import {
  checkRuleIds,
  fails,
  isIgnored,
  runRules
} from "./chunk-AFL4INF5.js";
import {
  cycleFrom,
  resolveLock,
  samePath,
  showCycle,
  showPath
} from "./chunk-HFN6JY3P.js";
import {
  globMatch
} from "./chunk-T54OW3UP.js";
import {
  parseLock
} from "./chunk-LOBXAA3U.js";
import {
  repoLocationOf
} from "./chunk-7HIKED5Z.js";
import {
  printFlakeRef,
  sameFlakeRef,
  tryParseFlakeRef
} from "./chunk-OTUWSOVN.js";
import {
  UserError
} from "./chunk-6FGB7YHV.js";
import {
  neutralise
} from "./chunk-6WGRO25Q.js";

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
  const key2 = ctx.flake;
  let index = bindingIndex.get(key2);
  if (!index) {
    index = allDeclared(ctx).flatMap((decl) => decl.bindings.map((span) => ({ span, decl })));
    index.sort((a, b) => a.span.start.offset - b.span.start.offset);
    bindingIndex.set(key2, index);
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
  for (const [key2, held] of pathsByNode(ctx)) {
    const node = lock.nodes.get(key2);
    if (!node || key2 === lock.root) continue;
    const source = sourceOf(node);
    if (!source || source.pinned) continue;
    const k = `${source.key}\0${node.flake}`;
    const list = bySource.get(k);
    const alias = aliases.get(key2);
    const paths = alias ? [...alias, ...held].sort(comparePaths) : held;
    const copy = { key: key2, node, source, paths };
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
        const shown2 = all.length > MAX_LISTED ? [...all.slice(0, MAX_LISTED), `${all.length - MAX_LISTED} more`] : all;
        return [g, shown2.join("; ")];
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
      let key2 = "";
      for (let i = 0; i < p.length - 1; i++) {
        key2 = i === 0 ? p[0] : `${key2}\0${p[i]}`;
        if (fixed.has(key2)) return true;
      }
      return false;
    };
    for (const { g, c } of order) {
      const paths = c.paths.filter((p) => !under(p));
      if (paths.length === 0) continue;
      const copy = { ...c, paths };
      const path3 = paths[0];
      const keep = kept.get(g);
      const weight = isHelperFlake(copy.node, copy.source) ? { minor: true } : {};
      if (path3.length === 1) {
        const twin = keep.twin(copy);
        keep.add(copy);
        if (!twin) continue;
        const other = showPath(twin.paths[0]);
        out.push({
          ...anchor(ctx, path3),
          ...weight,
          input: showPath(path3),
          message: `${showPath(path3)} and ${other} are the same source (${copy.source.label}${copy.source.ref ? ` ${copy.source.ref}` : ""}) locked twice; ${showPath(path3)} is ${distance(copy, twin)}: use one of them, or make ${showPath(path3)} follow ${other}`,
          fix: {
            description: `Replace the reference of ${showPath(path3)} with a follows of ${other}`,
            text: `inputs.${attrName(path3[0])}.follows = ${JSON.stringify(other)};`,
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
      fixed.add(path3.join("\0"));
      const t = target.paths[0];
      const fix = followsFix(ctx, path3, t);
      const branches = copy.source.ref !== void 0 && target.source.ref !== void 0 && copy.source.ref !== target.source.ref ? `, on ${copy.source.ref} where ${showPath(t)} tracks ${target.source.ref}` : "";
      const todo = rootTarget ? `add \`${fix.text}\`` : `no root input has it: add \`${fix.text}\`, or declare it as a root input and make every copy follow that`;
      out.push({
        ...anchor(ctx, path3, { ancestor: true }),
        ...weight,
        input: showPath(path3),
        message: `${showPath(path3)} is one of ${g.length} copies of ${copy.source.label} in flake.lock (${listing.get(g)}); it is ${distance(copy, target)}${branches}: ${todo}`,
        fix
      });
    }
    return out;
  }
};

// src/lint/rules/follows-cycle.ts
var key = (p) => p.join("\0");
function declaredCycles(byKey) {
  const next = (d) => {
    const target = followsPath(d.follows.value);
    for (let n = target.length; n > 0; n--) {
      const t = byKey.get(key(target.slice(0, n)));
      if (t) return t;
    }
    return void 0;
  };
  const result = /* @__PURE__ */ new Map();
  for (const [start, first] of byKey) {
    if (result.has(start)) continue;
    const walk = [];
    const at = /* @__PURE__ */ new Map();
    let found;
    let entry = -1;
    for (let d = first; d; d = next(d)) {
      const k = key(d.path);
      if (result.has(k)) {
        found = result.get(k);
        break;
      }
      const seen = at.get(k);
      if (seen !== void 0) {
        entry = seen;
        break;
      }
      at.set(k, walk.length);
      walk.push(d);
    }
    const members = entry >= 0 ? walk.slice(entry).map((d) => d.path) : [];
    walk.forEach((d, i) => result.set(key(d.path), entry >= 0 ? cycleFrom(members, Math.max(i - entry, 0)) : found));
  }
  return result;
}
var followsCycle = {
  id: "follows/cycle",
  defaultSeverity: "error",
  needs: [],
  docs: {
    summary: "A chain of `follows` leads back to where it started.",
    why: "None of the inputs on the cycle has a source. Nix 2.8 even writes such a lock, then fails as soon as one of them is used (`error: stack overflow (possible infinite recursion)`); newer Nix reports `follow cycle detected: [a -> b -> a]`.",
    fix: "Break the chain: give one of the inputs a `url` instead of a `follows`.",
    example: 'inputs.nixpkgs.follows = "nixpkgs-unstable";\ninputs.nixpkgs-unstable.follows = "nixpkgs";'
  },
  check(ctx) {
    const out = [];
    const reported = /* @__PURE__ */ new Set();
    const declared = allDeclared(ctx);
    const follows = /* @__PURE__ */ new Map();
    for (const d of declared) if (d.follows) follows.set(key(d.path), d);
    const cycles = declaredCycles(follows);
    for (const d of declared) {
      if (!d.follows) continue;
      const target = followsPath(d.follows.value);
      if (samePath(target, d.path)) continue;
      let cycle = cycles.get(key(d.path));
      if (!cycle && ctx.lock && target.length > 0) {
        const r = findDeclared(ctx.lock, d.path, target);
        if (r.kind === "cycle") cycle = r;
      }
      if (!cycle) continue;
      reported.add(showPath(d.path));
      out.push({
        in: "nix",
        ...spanRegion(d.follows.span),
        input: showPath(d.path),
        message: `follows cycle: ${showCycle(cycle.cycle, cycle.omitted)}; none of these inputs has a source, and using one fails`
      });
    }
    if (ctx.lock) {
      for (const r of ctx.resolved.values()) {
        if (r.follows === void 0 || samePath(r.follows, r.path)) continue;
        if (reported.has(showPath(r.path)) || follows.has(key(r.path))) continue;
        const found = findDeclared(ctx.lock, r.path, r.follows);
        if (found.kind !== "cycle") continue;
        out.push(inputFinding(ctx, r.path, `flake.lock has a follows cycle: ${showCycle(found.cycle, found.omitted)}`));
      }
    }
    return out;
  }
};

// src/lint/rules/follows-non-existent-target.ts
var followsNonExistentTarget = {
  id: "follows/non-existent-target",
  defaultSeverity: "error",
  needs: ["lock"],
  docs: {
    summary: "A `follows` names an input path that does not exist.",
    why: "Nix refuses to lock or evaluate the flake: `error: input 'hm/nixpkgs' follows a non-existent input 'nixpkgz'`.",
    fix: 'Point the `follows` at an input that exists (paths are relative to the flake that declares them: in your flake.nix, a root input name such as `"nixpkgs"`, or `"a/b"` for input b of input a), or remove it.',
    example: 'inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";\ninputs.home-manager.url = "github:nix-community/home-manager";\ninputs.home-manager.inputs.nixpkgs.follows = "nixpkgz";'
  },
  check(ctx) {
    const lock = ctx.lock;
    const out = [];
    const reported = /* @__PURE__ */ new Set();
    const declaredRoots = new Set((ctx.flake?.inputs ?? []).map((d) => d.name));
    for (const d of allDeclared(ctx)) {
      if (!d.follows) continue;
      const target = followsPath(d.follows.value);
      if (target.length === 0) continue;
      const r = findInput(lock, target);
      if (r.kind !== "missing") continue;
      if (r.missing.length === 1 && declaredRoots.has(r.missing[0])) continue;
      reported.add(showPath(d.path));
      out.push({
        in: "nix",
        ...spanRegion(d.follows.span),
        input: showPath(d.path),
        message: `${showPath(d.path)} follows '${d.follows.value}', which does not exist: ${describeMissing(r.missing)}; Nix fails with "follows a non-existent input"`
      });
    }
    for (const r of ctx.resolved.values()) {
      if (r.follows === void 0 || r.follows.length === 0) continue;
      const key2 = showPath(r.path);
      if (reported.has(key2)) continue;
      const found = findInput(lock, r.follows);
      if (found.kind !== "missing") continue;
      const decl = declaredAt(ctx, r.path);
      if (decl?.follows) continue;
      out.push(
        inputFinding(
          ctx,
          r.path,
          `flake.lock has ${key2} following '${showPath(r.follows)}', which does not exist: ${describeMissing(found.missing)}`
        )
      );
    }
    return out;
  }
};
function describeMissing(missing) {
  if (missing.length === 1) return `there is no root input '${missing[0]}'`;
  return `input '${showPath(missing.slice(0, -1))}' has no input '${missing[missing.length - 1]}'`;
}

// src/lint/rules/follows-override-of-missing-input.ts
var MAX_LISTED2 = 20;
function* take(items, n) {
  if (n <= 0) return;
  for (const x of items) {
    yield x;
    if (--n === 0) return;
  }
}
var followsOverrideOfMissingInput = {
  id: "follows/override-of-missing-input",
  defaultSeverity: "warning",
  needs: ["nix", "lock"],
  fixable: true,
  docs: {
    summary: "An override `inputs.a.inputs.x…` names an input `x` that the locked `a` does not have.",
    why: "Nix ignores such an override (Nix 2.8 silently; newer versions with a warning), so the `follows` you believe de-duplicates nixpkgs does nothing — often after the dependency renamed or dropped its input.",
    fix: "Remove the override (`flake-steward fix` does), or point it at the input's current name (see the dependency's flake.nix).",
    example: 'inputs.flake-utils.url = "github:numtide/flake-utils";\n# flake-utils has no input nixpkgs:\ninputs.flake-utils.inputs.nixpkgs.follows = "nixpkgs";'
  },
  check(ctx) {
    const lock = ctx.lock;
    const out = [];
    for (const d of allDeclared(ctx)) {
      if (d.path.length < 2) continue;
      const parentPath = d.path.slice(0, -1);
      const parentDecl = declaredAt(ctx, parentPath);
      if (parentDecl?.follows) continue;
      const parent = findInput(lock, parentPath);
      if (parent.kind !== "node") continue;
      const node = lock.nodes.get(parent.key);
      if (!node || node.inputs.has(d.name)) continue;
      const parentName = showPath(parentPath);
      const has = [...take(node.inputs.keys(), MAX_LISTED2 + 1)];
      const listed = has.length > MAX_LISTED2 ? `${has.slice(0, MAX_LISTED2).join(", ")}, …` : has.join(", ");
      const why = !node.flake ? `${parentName} is not a flake (flake = false), so it has no inputs to override` : has.length > 0 ? `the locked ${parentName} has no input '${d.name}' (its inputs: ${listed})` : `the locked ${parentName} has no inputs at all`;
      out.push({
        in: "nix",
        ...spanRegion(d.span),
        input: showPath(d.path),
        message: `override of ${showPath(d.path)} has no effect: ${why}; Nix ignores it`,
        fix: removeOverrideFix(ctx, d)
      });
    }
    return out;
  }
};

// src/lint/rules/follows-self.ts
var followsSelf = {
  id: "follows/self",
  defaultSeverity: "warning",
  needs: [],
  docs: {
    summary: "An input follows itself.",
    why: 'It is a one-step cycle: the input has no source. Nix 2.8 locks it (`"d": ["d"]`) and fails only when the input is used (`stack overflow (possible infinite recursion)`). Usually a typo for another input name.',
    fix: 'Point the `follows` at the input you meant (often `"nixpkgs"` from a nested override), or give the input a `url`.',
    example: 'inputs.nixpkgs.follows = "nixpkgs";'
  },
  check(ctx) {
    const out = [];
    for (const d of allDeclared(ctx)) {
      if (!d.follows) continue;
      if (!samePath(followsPath(d.follows.value), d.path)) continue;
      out.push({
        in: "nix",
        ...spanRegion(d.follows.span),
        input: showPath(d.path),
        message: `${showPath(d.path)} follows itself ("${d.follows.value}")`
      });
    }
    for (const r of ctx.resolved.values()) {
      if (r.follows === void 0 || !samePath(r.follows, r.path)) continue;
      if (declaredAt(ctx, r.path)?.follows) continue;
      out.push(inputFinding(ctx, r.path, `flake.lock has ${showPath(r.path)} following itself`));
    }
    return out;
  }
};

// src/lint/rules/follows-url-and-follows.ts
var followsUrlAndFollows = {
  id: "follows/url-and-follows",
  defaultSeverity: "error",
  needs: ["nix"],
  docs: {
    summary: "An input sets both a reference (`url`, or `type`/`owner`/…) and `follows`.",
    why: "Nix uses the `follows` and silently drops the reference, so the flake does not use the source it names.",
    fix: "Keep one: delete the `url` to share the followed input, or delete the `follows` to use the URL.",
    example: 'inputs.home-manager = {\n  url = "github:nix-community/home-manager";\n  follows = "hm-stable";\n};'
  },
  check(ctx) {
    const out = [];
    for (const d of allDeclared(ctx)) {
      if (!d.follows) continue;
      const ref = d.url ?? d.attrs;
      if (!ref) continue;
      const shown2 = d.url ? `url "${d.url.value}"` : "an attribute-set reference";
      out.push({
        in: "nix",
        ...spanRegion(d.follows.span),
        input: showPath(d.path),
        message: `${showPath(d.path)} has both ${shown2} and follows "${d.follows.value}": Nix uses the follows and ignores the reference; keep one`
      });
    }
    return out;
  }
};

// src/lint/release-fix.ts
function segmentAt(url, branch) {
  for (let at = url.lastIndexOf(branch); at >= 0; at = at === 0 ? -1 : url.lastIndexOf(branch, at - 1)) {
    const before = url[at - 1];
    const after = url[at + branch.length];
    if ((before === "/" || before === "=") && (after === void 0 || "/?&#".includes(after))) return at;
  }
  return -1;
}
function moveReleaseFix(ctx, decl, moving, to) {
  const text = ctx.flake?.text;
  const url = decl?.url;
  if (text === void 0 || !decl || !url) return void 0;
  const branch = moving.branch;
  const toBranch = branchForRelease(branch, to) ?? to.name;
  const description = `Move ${decl.name} from ${branch} to ${toBranch}`;
  const at = segmentAt(url.value, branch);
  if (at < 0) return void 0;
  const moved = `url = ${JSON.stringify(url.value.slice(0, at) + toBranch + url.value.slice(at + branch.length))};`;
  const literal = text.slice(url.span.start.offset, url.span.end.offset);
  const inBranch = branch.lastIndexOf(moving.release.name);
  const plain = literal === JSON.stringify(url.value) && !literal.includes("\\") && !literal.includes("${");
  if (!plain || inBranch < 0) return { description, text: moved, edits: [] };
  const start = url.span.start.offset + 1 + at + inBranch;
  return { description, text: moved, edits: [{ span: spanAt(text, start, start + 5), newText: to.name }] };
}

// src/lint/root-refs.ts
var refsCache = /* @__PURE__ */ new WeakMap();
function rootRefs(ctx) {
  return rootIndex(ctx).list;
}
function rootIndex(ctx) {
  const key2 = ctx.lock ?? ctx.flake ?? ctx;
  const hit = refsCache.get(key2);
  if (hit) return hit;
  const out = ctx.lock ? rootNodes(ctx) : (ctx.flake?.inputs ?? []).flatMap((d) => {
    if (!d.url) return [];
    const r = tryParseFlakeRef(d.url.value);
    if (!r.ok) return [];
    const node = { key: d.name, inputs: /* @__PURE__ */ new Map(), original: r.attrs, flake: true, line: 1 };
    return [{ name: d.name, path: d.path, node }];
  });
  const byName = /* @__PURE__ */ new Map();
  for (const r of out) if (!byName.has(r.name)) byName.set(r.name, r);
  const index = { list: out, byName };
  refsCache.set(key2, index);
  return index;
}
function nixpkgsUsedBy(ctx, name) {
  const { byName } = rootIndex(ctx);
  let target;
  if (ctx.lock) {
    const r = ctx.resolved.get(showPath([name, "nixpkgs"]));
    if (r?.follows !== void 0) {
      const node = nodeAt(ctx, [name, "nixpkgs"]);
      if (node && isNixpkgs(node)) return { name: showPath(r.follows), node };
      return void 0;
    }
  } else {
    const follows = declaredAt(ctx, [name, "nixpkgs"])?.follows?.value;
    if (follows !== void 0) target = follows;
  }
  const found = byName.get(target ?? "nixpkgs");
  return found && isNixpkgs(found.node) ? { name: found.name, node: found.node } : void 0;
}

// src/lint/rules/freshness-unsupported-branch.ts
function overridden(overrides, input, now) {
  for (const [glob, day] of Object.entries(overrides)) {
    if (!globMatch(glob, input)) continue;
    const end = Date.parse(`${day}T00:00:00Z`) + 864e5;
    return Number.isFinite(end) && now.getTime() < end;
  }
  return false;
}
var freshnessUnsupportedBranch = {
  id: "freshness/unsupported-branch",
  defaultSeverity: "warning",
  needs: [],
  fixable: true,
  docs: {
    summary: "A root input tracks a release branch whose NixOS release is out of support: nixpkgs (`nixos-YY.MM`, `nixpkgs-YY.MM-darwin`, `release-YY.MM`, with `-small`), or a flake that follows NixOS releases (Home Manager `release-YY.MM`, nix-darwin `nix-darwin-YY.MM`).",
    why: "The branch gets no more security fixes. Support is computed from the release calendar on the day of the run (a release each May and November; the previous one is supported until the end of the month after the next release), so the rule never lags a release.",
    fix: 'Move to the current release branch (the message names it): `flake-steward fix` changes the release in the input\'s `url` in flake.nix, nothing else, and relocks. A release-branched input used with an unstable nixpkgs is left to `freshness/release-mismatch`. To keep an old branch on purpose, set `supported-until` for the input in `.flake-steward.json` (`{"supported-until": {"nixpkgs-legacy": "2027-03-31"}}`) or ignore it (`ignore: freshness/unsupported-branch:nixpkgs-legacy`).',
    example: 'inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-23.11"; # unsupported since 2024-07-01'
  },
  check(ctx) {
    const out = [];
    const latest = latestRelease(ctx.now);
    for (const { name, path: path3, node } of rootRefs(ctx)) {
      const r = releaseBranchOf(node);
      if (!r || isSupported(r.release, ctx.now)) continue;
      if (overridden(ctx.options.supportedUntil, name, ctx.now)) continue;
      let to = latest;
      if (!isNixpkgs(node)) {
        const used = nixpkgsUsedBy(ctx, name)?.node;
        const usedRelease = used ? releaseBranchOf(used)?.release : void 0;
        if (usedRelease && isSupported(usedRelease, ctx.now)) to = usedRelease;
        else if (used && isUnstableNixpkgs(used)) to = void 0;
      }
      const branch = /^\d/.test(r.branch) ? `release ${r.branch}` : r.branch;
      const release = isNixpkgs(node) ? `NixOS ${r.release.name} is` : `for NixOS ${r.release.name},`;
      const toBranch = to ? branchForRelease(r.branch, to) : void 0;
      const move = !to ? "the nixpkgs it is used with is unstable (see freshness/release-mismatch)" : toBranch ? `move to ${toBranch}` : `move to the ${to.name} release`;
      const message = `input '${name}' tracks ${branch}, ${release} out of support since ${lastSupportedDay(r.release)}; ${move}`;
      const decl = declaredAt(ctx, path3);
      const fix = to ? moveReleaseFix(ctx, decl, r, to) : void 0;
      const at = decl?.url ? { in: "nix", ...spanRegion(decl.url.span), input: name } : inputFinding(ctx, path3, "");
      out.push({ ...at, message, ...fix ? { fix } : {} });
    }
    return out;
  }
};

// src/lint/rules/freshness-release-mismatch.ts
var RELEASE_BRANCHED = /* @__PURE__ */ new Set(["nix-community/home-manager", "nix-darwin/nix-darwin", "lnl7/nix-darwin"]);
var freshnessReleaseMismatch = {
  id: "freshness/release-mismatch",
  defaultSeverity: "warning",
  needs: [],
  docs: {
    summary: "A root input on a NixOS release branch (Home Manager `release-YY.MM`, nix-darwin `nix-darwin-YY.MM`, any `release-YY.MM`/`nixos-YY.MM` branch of a flake) is used with a nixpkgs on another release or on unstable, or Home Manager or nix-darwin on their default branch with a nixpkgs release.",
    why: 'Home Manager and nix-darwin are written against one nixpkgs release and use its option and package names; Home Manager warns "You are using Home Manager version X and Nixpkgs version Y" for exactly this mismatch, and evaluation errors follow. The nixpkgs an input is used with is the root input its `nixpkgs` follows, else the root `nixpkgs`.',
    fix: 'Use the branch of the same release on both sides: `release-26.05` with `nixos-26.05`, and the default branch (master) with `nixos-unstable`/`nixpkgs-unstable`; and let the input follow that nixpkgs (`inputs.home-manager.inputs.nixpkgs.follows = "nixpkgs";`).',
    example: 'inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";\ninputs.home-manager.url = "github:nix-community/home-manager/release-22.11";'
  },
  check(ctx) {
    const out = [];
    for (const { name, path: path3, node } of rootRefs(ctx)) {
      if (isNixpkgs(node)) continue;
      const used = nixpkgsUsedBy(ctx, name);
      if (!used) continue;
      const mine = releaseBranchOf(node);
      const theirs = releaseBranchOf(used.node);
      const unstable = isUnstableNixpkgs(used.node);
      let message;
      if (mine) {
        if (theirs && theirs.release.name !== mine.release.name) {
          message = `input '${name}' tracks ${mine.branch} (NixOS ${mine.release.name}) but is used with nixpkgs '${used.name}' on ${theirs.branch} (${theirs.release.name}): use the branches of one release`;
        } else if (unstable) {
          message = `input '${name}' tracks ${mine.branch} (NixOS ${mine.release.name}) but is used with nixpkgs '${used.name}' on unstable: use ${name}'s default branch with unstable, or a nixos-${mine.release.name} nixpkgs`;
        }
      } else if (theirs) {
        const t = trackingOf(node);
        const s = sourceOf(node);
        const known = s?.owner && s.repo && RELEASE_BRANCHED.has(`${s.owner}/${s.repo}`.toLowerCase());
        if (known && t.kind === "branch" && (t.branch === void 0 || t.branch === "master")) {
          message = `input '${name}' follows its default branch (for nixpkgs unstable) but is used with nixpkgs '${used.name}' on ${theirs.branch} (${theirs.release.name}): use its ${theirs.release.name} release branch`;
        }
      }
      if (!message) continue;
      const decl = declaredAt(ctx, path3);
      if (decl?.url) out.push({ in: "nix", ...spanRegion(decl.url.span), input: name, message });
      else out.push(inputFinding(ctx, path3, message));
    }
    return out;
  }
};

// src/lint/rules/freshness-unpublished-branch.ts
function isOfficialNixpkgs(node) {
  if (node.original?.type === "indirect") return node.original["id"] === "nixpkgs";
  const o = originOf(node);
  return o?.host === "github.com" && o.owner?.toLowerCase() === "nixos" && o.repo?.toLowerCase() === "nixpkgs";
}
var freshnessUnpublishedBranch = {
  id: "freshness/unpublished-branch",
  defaultSeverity: "warning",
  needs: [],
  docs: {
    summary: "A root input takes NixOS/nixpkgs at a ref NixOS does not publish: not `master`, `nixos-unstable`, `nixos-unstable-small`, `nixpkgs-unstable`, `nixos-YY.MM`, `nixos-YY.MM-small`, `nixpkgs-YY.MM-darwin`, `release-YY.MM`, `staging*`, `*-updates`, or a release tag `YY.MM`.",
    why: "Such a ref is a typo (`nixos-unstabel`), a branch that was deleted, or one that never existed: `nix flake lock` fails on it, or the lock holds a commit nobody maintains. flake-checker reports the same.",
    fix: "Use a channel branch: `nixos-unstable` (or `nixpkgs-unstable` off NixOS), or `nixos-YY.MM` for a release (`nixpkgs-YY.MM-darwin` on macOS). Pin a commit with a `rev` instead of a branch name.",
    example: 'inputs.nixpkgs.url = "github:NixOS/nixpkgs/this-should-fail";'
  },
  check(ctx) {
    const out = [];
    for (const { name, path: path3, node } of rootRefs(ctx)) {
      if (!isOfficialNixpkgs(node)) continue;
      const t = trackingOf(node);
      const ref = t.kind === "branch" ? t.branch : t.kind === "tag" ? t.tag : void 0;
      if (ref === void 0 || isPublishedNixpkgsRef(ref)) continue;
      const message = `input '${name}' takes NixOS/nixpkgs at '${ref}', which NixOS does not publish: use nixos-unstable or a nixos-YY.MM release branch`;
      const decl = declaredAt(ctx, path3);
      if (decl?.url) out.push({ in: "nix", ...spanRegion(decl.url.span), input: name, message });
      else out.push(inputFinding(ctx, path3, message));
    }
    return out;
  }
};

// src/lint/newer-tag-policy.ts
var NEWER_TAG_RULE = "freshness/newer-tag";
var PUBLIC_FORGE_HOSTS = ["github.com", "gitlab.com", "codeberg.org", "git.sr.ht"];
var FORGE_URL = /^https:\/\/([a-z.]+)((?:\/[A-Za-z0-9._~-]+)+)\/?$/;
function isPublicForgeRemote(remote) {
  const m = FORGE_URL.exec(remote);
  if (!m || !PUBLIC_FORGE_HOSTS.includes(m[1])) return false;
  return m[2].split("/").every((seg) => seg !== "." && seg !== "..");
}
function mayAskTags(policy, remote) {
  if (policy === "off") return false;
  if (policy === "any") return true;
  return isPublicForgeRemote(remote);
}
function tagQuestions(ctx) {
  const policy = ctx.options.newerTags ?? DEFAULTS.newerTags;
  if (!ctx.flake || policy === "off" || ctx.options.rules[NEWER_TAG_RULE] === "off") return { ask: [], refused: [] };
  const ask = [];
  const refused = [];
  for (const p of declaredTagPins(ctx.flake)) {
    if (isIgnored({ rule: NEWER_TAG_RULE, input: p.input }, ctx.options.ignore)) continue;
    (mayAskTags(policy, p.pin.remote) ? ask : refused).push({ input: p.input, remote: p.pin.remote });
  }
  return { ask, refused };
}

// src/lint/rules/freshness-newer-tag.ts
var freshnessNewerTag = {
  id: NEWER_TAG_RULE,
  defaultSeverity: "notice",
  needs: ["nix"],
  fixable: true,
  docs: {
    summary: "A root input is pinned to a release tag (`github:owner/repo/v1.2.3`, `?ref=v1.2.3`, `?ref=refs/tags/1.2.3`) and its repository has a newer release: the tag `semver` orders highest, a pre-release only when the pin is one.",
    why: "A tag never moves, so `nix flake update` keeps the input where it is forever and its age says nothing (`freshness/stale-input` leaves tag pins alone). Lint asks the repository for its tags (`git ls-remote --tags`) before the rules run; it evaluates nothing. Which repositories it may ask is the `newer-tags` setting: `forges` (default) only public forges (`github:`, `gitlab:`, `sourcehut:` and https URLs on github.com, gitlab.com, codeberg.org, git.sr.ht), so a fork's pull request can at most make it ask a public forge; `any` every remote git can reach (self-hosted forges; not for workflows that lint forks' pull requests); `off` none. `review` lints both sides the same way and asks each repository once for both. At most 32 repositories are asked per run, a few at a time; one that does not answer (or lists over 4 MiB of tags) is a log line, never a finding.",
    fix: "Move the pin to the newest tag (the message names it) and relock: `flake-steward fix` rewrites the tag in the input's `url` in flake.nix, nothing else, and runs `nix flake lock`; or let `flake-steward update` do it in its pull request. To stay on a release on purpose, ignore it (`ignore: freshness/newer-tag:tool`).",
    example: 'inputs.tool.url = "github:owner/tool/v1.0.0"; # the repository has tagged v1.2.0'
  },
  check(ctx) {
    const out = [];
    const flake = ctx.flake;
    for (const p of declaredTagPins(flake)) {
      const tags = ctx.remoteTags?.get(p.pin.remote);
      if (tags === void 0) continue;
      const to = newestTag(p.pin, tags);
      const url = declaredAt(ctx, [p.input])?.url;
      if (to === void 0 || url === void 0) continue;
      const edit = tagBumpEdit(p, to);
      const fix = {
        description: `Move ${p.input} from ${p.pin.tag} to ${to}, then relock (nix flake lock)`,
        text: `url = ${JSON.stringify(retaggedReference(url.value, p.pin, to))};`,
        edits: [{ span: spanAt(flake.text, edit.start, edit.end), newText: to }]
      };
      out.push({
        in: "nix",
        ...spanRegion(url.span),
        input: p.input,
        message: `input '${p.input}' is pinned to release tag ${p.pin.tag}; ${to} is the newest release`,
        fix
      });
    }
    return out;
  }
};

// src/lint/schema-names.ts
var REGISTRY_IDS = /* @__PURE__ */ new Set([
  "nixpkgs",
  "home-manager",
  "nix-darwin",
  "flake-utils",
  "flake-parts",
  "nixos-hardware",
  "nur",
  "sops-nix",
  "disko",
  "systems",
  "templates",
  "nix",
  "hydra",
  "fenix",
  "poetry2nix",
  "emacs-overlay",
  "nixops",
  "patchelf"
]);
var cache = /* @__PURE__ */ new WeakMap();
function flakeNames(ctx) {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const flake = ctx.flake;
  if (!flake) return { unknownAttributes: [], misspeltArguments: /* @__PURE__ */ new Map() };
  const locked = ctx.lock?.nodes.get(ctx.lock.root)?.inputs;
  const known = new Set(FLAKE_ATTRIBUTES);
  const top = new Suggester(FLAKE_ATTRIBUTES);
  const unknownAttributes = [];
  let outputsTypo;
  for (const a of flake.shape?.attributes ?? []) {
    if (known.has(a.value)) continue;
    const suggestion2 = top.suggest(a.value);
    if (suggestion2 === "outputs" && !flake.shape?.outputs && !outputsTypo) outputsTypo = { name: a, suggestion: suggestion2 };
    unknownAttributes.push({ name: a, ...suggestion2 ? { suggestion: suggestion2 } : {} });
  }
  const declared = new Set(flake.inputs.map((d) => d.name));
  const inputs = new Suggester(flake.inputs.map((d) => d.name));
  const misspeltArguments = /* @__PURE__ */ new Map();
  for (const f of flake.outputsFormals) {
    if (f.value === "self" || declared.has(f.value) || misspeltArguments.has(f.value)) continue;
    if (locked?.has(f.value) || REGISTRY_IDS.has(f.value)) continue;
    const suggestion2 = inputs.suggest(f.value);
    if (suggestion2) misspeltArguments.set(f.value, { name: f, suggestion: suggestion2 });
  }
  const out = { unknownAttributes, ...outputsTypo ? { outputsTypo } : {}, misspeltArguments };
  cache.set(ctx, out);
  return out;
}

// src/lint/rules/hygiene-indirect-input.ts
function suggestion(node) {
  const locked = node?.locked;
  if (!locked || locked.type === "indirect") return void 0;
  const keep = { type: locked.type };
  for (const k of ["owner", "repo", "host", "url", "path", "dir"])
    if (locked[k] !== void 0) keep[k] = locked[k];
  const ref = node?.original?.["ref"];
  if (typeof ref === "string") keep["ref"] = ref;
  try {
    return printFlakeRef(keep);
  } catch {
    return void 0;
  }
}
var advice = (name, node) => {
  const s = suggestion(node);
  return s ? `write the full reference, e.g. inputs.${name}.url = "${s}";` : "write the full reference (github:OWNER/REPO/BRANCH)";
};
function isIndirect(url) {
  const r = tryParseFlakeRef(url);
  return r.ok && r.attrs.type === "indirect";
}
var hygieneIndirectInput = {
  id: "hygiene/indirect-input",
  defaultSeverity: "warning",
  needs: [],
  docs: {
    summary: "A root input is a registry reference (`nixpkgs`, `nixpkgs/nixos-unstable`, `flake:x`), or is not declared at all and only named as an `outputs` argument (which Nix resolves through the registry).",
    why: "The registry differs between machines and Nix versions (and can be changed by any user), so `nix flake update` on another machine may lock a different source.",
    fix: 'Declare the input with its full reference, e.g. `inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";`.',
    example: 'inputs.nixpkgs.url = "nixpkgs/nixos-unstable";\n# or: no inputs at all, and outputs = { self, nixpkgs }: …'
  },
  check(ctx) {
    const out = [];
    const nodes = new Map(rootNodes(ctx).map((r) => [r.name, r.node]));
    if (ctx.flake) {
      const declared = /* @__PURE__ */ new Set();
      for (const d of ctx.flake.inputs) {
        declared.add(d.name);
        if (d.follows) continue;
        if (d.attrs && d.attrs.value.type !== "indirect") continue;
        if (d.url && !isIndirect(d.url.value)) continue;
        const how = d.url ? `a registry reference ("${d.url.value}")` : "declared without a url, so Nix looks its name up in the registry";
        out.push({
          in: "nix",
          ...spanRegion(d.url?.span ?? d.span),
          input: d.name,
          message: `input '${d.name}' is ${how}; the registry differs between machines: ${advice(d.name, nodes.get(d.name))}`
        });
      }
      const misspelt = flakeNames(ctx).misspeltArguments;
      for (const f of ctx.flake.outputsFormals) {
        if (f.value === "self" || declared.has(f.value) || misspelt.has(f.value)) continue;
        declared.add(f.value);
        out.push({
          in: "nix",
          ...spanRegion(f.span),
          input: f.value,
          message: `'${f.value}' is an argument of outputs but not declared in inputs, so Nix resolves it through the flake registry: ${advice(f.value, nodes.get(f.value))}`
        });
      }
      return out;
    }
    for (const { name, path: path3, node } of rootNodes(ctx)) {
      if (node.original?.type !== "indirect") continue;
      const id = String(node.original["id"] ?? name);
      const ref = typeof node.original["ref"] === "string" ? `/${node.original["ref"]}` : "";
      out.push(
        inputFinding(
          ctx,
          path3,
          `input '${name}' is locked from the registry reference '${id}${ref}'; the registry differs between machines: ${advice(name, node)}`
        )
      );
    }
    return out;
  }
};

// src/lint/rules/hygiene-insecure-url.ts
var INSECURE = /^(?:[a-z]+\+)?http:\/\//i;
function insecureUrl(a) {
  const url = a?.["url"];
  return typeof url === "string" && INSECURE.test(url) ? url : void 0;
}
var hygieneInsecureUrl = {
  id: "hygiene/insecure-url",
  defaultSeverity: "error",
  needs: [],
  docs: {
    summary: "An input is fetched over plain `http://` (`http://…`, `git+http://…`, `tarball+http://…`).",
    why: "Anyone on the network path can serve different content when the input is next updated; the lock then pins whatever they served.",
    fix: "Use `https://` (or `git+https://`, `git+ssh://`).",
    example: 'inputs.mylib.url = "git+http://git.example.org/mylib";'
  },
  check(ctx) {
    const out = [];
    const reported = /* @__PURE__ */ new Set();
    for (const d of allDeclared(ctx)) {
      const url = d.url?.value ?? insecureUrl(d.attrs?.value);
      if (url === void 0 || !INSECURE.test(url)) continue;
      reported.add(showPath(d.path));
      out.push({
        in: "nix",
        ...spanRegion((d.url ?? d.attrs).span),
        input: showPath(d.path),
        message: `${showPath(d.path)} is fetched over plain http (${url}): use https`
      });
    }
    if (ctx.lock) {
      for (const [key2, paths] of pathsByNode(ctx)) {
        const node = ctx.lock.nodes.get(key2);
        const url = insecureUrl(node?.original) ?? insecureUrl(node?.locked);
        if (!url) continue;
        if (paths.some((p) => reported.has(showPath(p)) || declaredAt(ctx, p))) continue;
        const path3 = paths[0];
        out.push(
          inputFinding(ctx, path3, `${showPath(path3)} is fetched over plain http (${url}): use https`, {
            ancestor: false
          })
        );
      }
    }
    return out;
  }
};

// src/lint/rules/hygiene-local-path-input.ts
function absoluteLocal(a) {
  if (!a) return void 0;
  const path3 = a["path"];
  if (a.type === "path" && typeof path3 === "string" && path3.startsWith("/nix/store/") && typeof a["narHash"] === "string")
    return void 0;
  if (a.type === "path" && typeof path3 === "string" && path3.startsWith("/")) return `path:${path3}`;
  const url = a["url"];
  if ((a.type === "git" || a.type === "hg" || a.type === "tarball" || a.type === "file") && typeof url === "string") {
    if (/^file:\/\//i.test(url) || url.startsWith("/")) return `${a.type === "git" ? "git+" : ""}${url}`;
  }
  return void 0;
}
var hygieneLocalPathInput = {
  id: "hygiene/local-path-input",
  defaultSeverity: "warning",
  needs: ["lock"],
  docs: {
    summary: "flake.lock pins an input by an absolute local path (`path:/home/…`, `git+file:///…`).",
    why: "A committed lock with a path on your machine does not work anywhere else: CI and other users cannot fetch it. (A `/nix/store/…` path locked with its `narHash` is not reported: Nix can substitute it from a binary cache.)",
    fix: "Point the input at a forge or URL others can reach, or use a path relative to the flake (`path:./sub`, which lock version 7 records relative to its parent).",
    example: 'inputs.mylib.url = "git+file:///home/alice/src/mylib";'
  },
  check(ctx) {
    const lock = ctx.lock;
    const out = [];
    for (const [key2, paths] of pathsByNode(ctx)) {
      const node = lock.nodes.get(key2);
      const where = absoluteLocal(node?.locked) ?? (node?.locked ? void 0 : absoluteLocal(node?.original));
      if (!where) continue;
      const path3 = paths[0];
      out.push(
        inputFinding(
          ctx,
          path3,
          `${showPath(path3)} is locked from a local absolute path (${where}), which only exists on one machine`
        )
      );
    }
    return out;
  }
};

// src/lint/rules/hygiene-unlocked-input.ts
var GIT_LIKE = /* @__PURE__ */ new Set(["git", "github", "gitlab", "sourcehut", "hg"]);
var hygieneUnlockedInput = {
  id: "hygiene/unlocked-input",
  defaultSeverity: "error",
  needs: ["lock"],
  docs: {
    summary: "A lock entry does not pin its input: no `narHash`, or no `rev` for a git-like input (git, github, gitlab, sourcehut, hg).",
    why: 'Nix refuses such a lock entry ("Lock file contains unlocked input", unless `--allow-dirty-locks`), or fetches whatever the source serves today: the build is not reproducible.',
    fix: "Lock from a clean state: commit or stash local changes in path/git inputs, then run `nix flake lock` (or `nix flake update NAME`) and commit flake.lock.",
    example: '"locked": { "type": "git", "url": "file:///home/me/src/dep" }'
  },
  check(ctx) {
    const lock = ctx.lock;
    const out = [];
    for (const [key2, paths] of pathsByNode(ctx)) {
      if (key2 === lock.root) continue;
      const node = lock.nodes.get(key2);
      if (!node) continue;
      const path3 = paths[0];
      const locked = node.locked;
      if (!locked) {
        out.push(
          inputFinding(ctx, path3, `${showPath(path3)} has no "locked" entry in flake.lock`, { preferNode: true })
        );
        continue;
      }
      const relative = locked.type === "path" && typeof locked["path"] === "string" && !locked["path"].startsWith("/");
      if (relative || node.parent !== void 0) continue;
      const missing = [];
      if (GIT_LIKE.has(locked.type) && typeof locked["rev"] !== "string") missing.push("rev");
      if (typeof locked["narHash"] !== "string") missing.push("narHash");
      if (missing.length === 0) continue;
      out.push(
        inputFinding(
          ctx,
          path3,
          `${showPath(path3)} is not locked: its lock entry has no ${missing.join(" and no ")}; run \`nix flake lock\` from a clean state`,
          { preferNode: true }
        )
      );
    }
    return out;
  }
};

// src/lint/rules/lock-invalid.ts
var lockInvalid = {
  id: "lock/invalid",
  defaultSeverity: "error",
  needs: [],
  docs: {
    summary: "flake.lock is not a lock file Nix can read: not JSON, merge-conflict markers, an unknown version, or an input pointing at a node that does not exist.",
    why: "Every Nix command on the flake fails on it, and the lock rules cannot check anything until it reads.",
    fix: "Resolve the conflict or the JSON error at the position given, or delete flake.lock and run `nix flake lock` to write it again (that re-locks every input to its newest revision).",
    example: '{\n  "nodes": {\n<<<<<<< HEAD\n    "nixpkgs": { … }\n=======\n    "nixpkgs": { … }\n>>>>>>> update\n  },\n  "root": "root",\n  "version": 7\n}'
  },
  check(ctx) {
    const p = ctx.lockProblem;
    if (!p) return [];
    return [
      {
        in: "lock",
        line: p.line,
        column: p.column,
        endLine: p.line,
        endColumn: p.column + 1,
        message: p.hint ? `${p.message} (${p.hint})` : p.message
      }
    ];
  }
};

// src/lint/rules/lock-old-version.ts
var lockOldVersion = {
  id: "lock/old-version",
  defaultSeverity: "warning",
  needs: ["lock"],
  docs: {
    summary: "flake.lock is in format version 5 or 6; current Nix writes version 7.",
    why: "Old formats still read, but tools (and Nix itself in future) drop them; version 7 adds relative path inputs (`parent`).",
    fix: "Let Nix rewrite the lock: any command that changes it writes version 7, such as `nix flake update` (or updating one input: `nix flake update NAME` on Nix 2.19 and later, `nix flake lock --update-input NAME` before).",
    example: '{\n  "nodes": { … },\n  "root": "root",\n  "version": 5\n}'
  },
  check(ctx) {
    const lock = ctx.lock;
    if (lock.version === 7) return [];
    const lines2 = (ctx.lockText ?? "").split("\n");
    const at = lines2.findIndex((l) => /"version"\s*:/.test(l));
    return [
      {
        in: "lock",
        ...lockLineRegion(ctx, at >= 0 ? at + 1 : 1),
        message: `flake.lock is in format version ${lock.version}; Nix writes version 7 whenever it rewrites the lock: run \`nix flake update\` (or update one input) to move it to version 7`
      }
    ];
  }
};

// src/lint/rules/lock-tampered-entry.ts
var str = (a, k) => {
  const v = a[k];
  return typeof v === "string" && v !== "" ? v : void 0;
};
var COPIED = /* @__PURE__ */ new Set(["github", "gitlab", "sourcehut", "git", "hg"]);
function sameRepo(a, b) {
  if (a.host !== b.host) return false;
  const fold = (s) => a.forge || a.host === "flakehub.com" ? s.toLowerCase() : s;
  return fold(a.owner) === fold(b.owner) && fold(a.repo) === fold(b.repo);
}
var isLocalUrl = (url) => /^(?:(?:git|hg)\+)?file:/i.test(url);
function sourceMismatch(original, locked) {
  if (original.type === "indirect" || original.type === "path" || locked.type === "path") return false;
  if (original.type === "tarball" || original.type === "file") {
    if (locked.type !== original.type) return false;
    const a2 = repoLocationOf(original);
    const b2 = repoLocationOf(locked);
    return a2 !== void 0 && b2 !== void 0 && !sameRepo(a2, b2);
  }
  if (!COPIED.has(original.type)) return false;
  if (locked.type !== original.type) return true;
  const dirA = str(original, "dir");
  const dirB = str(locked, "dir");
  if (dirA !== void 0 && dirB !== void 0 && dirA !== dirB) return true;
  if (original.type === "git" || original.type === "hg") {
    const urlA = str(original, "url");
    const urlB = str(locked, "url");
    if (urlA === void 0 || urlB === void 0 || isLocalUrl(urlA) || isLocalUrl(urlB)) return false;
    if (normalizeUrl(urlA) === normalizeUrl(urlB)) return false;
    const a2 = repoLocationOf(original);
    const b2 = repoLocationOf(locked);
    if (a2 && b2) return !sameRepo(a2, b2);
    return true;
  }
  const a = repoLocationOf(original);
  const b = repoLocationOf(locked);
  if (!a || !b) return false;
  return !sameRepo(a, b);
}
function label(a) {
  const keep = { type: a.type };
  for (const k of ["owner", "repo", "host", "url", "dir"]) if (a[k] !== void 0) keep[k] = a[k];
  try {
    return printFlakeRef(keep);
  } catch {
    return `${a.type}:${str(a, "owner") ?? ""}/${str(a, "repo") ?? ""}${str(a, "url") ?? ""}`;
  }
}
var lockTamperedEntry = {
  id: "lock/tampered-entry",
  defaultSeverity: "error",
  needs: ["lock"],
  docs: {
    summary: "A flake.lock entry whose `original` names one source and whose `locked` another (another owner, repository, host or URL).",
    why: "Nix never writes such an entry: it copies the source from `original` into `locked` and adds the revision. Nix compares flake.nix with `original` only and fetches `locked`, so an entry edited by hand (or in a pull request) can make a reviewed `github:NixOS/nixpkgs` build from someone else's repository while the diff of flake.nix shows nothing.",
    fix: "Re-lock the input from flake.nix: `nix flake update NAME` (Nix 2.19 and later; `nix flake lock --update-input NAME` before), and review where the entry came from.",
    example: '"nixpkgs": {\n  "locked": { "owner": "pretty-shady", "repo": "nixpkgs", "rev": "…", "type": "github", … },\n  "original": { "owner": "NixOS", "ref": "nixos-unstable", "repo": "nixpkgs", "type": "github" }\n}'
  },
  check(ctx) {
    const lock = ctx.lock;
    const out = [];
    const paths = pathsByNode(ctx);
    for (const node of lock.nodes.values()) {
      if (!node.original || !node.locked || !sourceMismatch(node.original, node.locked)) continue;
      const path3 = paths.get(node.key)?.[0];
      const who = path3 ? `input '${showPath(path3)}'` : `node '${node.key}'`;
      out.push({
        in: "lock",
        ...lockNodeRegion(ctx, node),
        ...path3 ? { input: showPath(path3) } : {},
        message: `flake.lock entry of ${who} has original ${label(node.original)} but locked ${label(node.locked)}: Nix never writes that (an edited lock?), and it fetches the locked one; re-lock it from flake.nix`
      });
    }
    return out;
  }
};

// src/lint/rules/policy-nixpkgs-owner.ts
var OFFICIAL_HOSTS = /* @__PURE__ */ new Set(["github.com", "flakehub.com"]);
var policyNixpkgsOwner = {
  id: "policy/nixpkgs-owner",
  defaultSeverity: "warning",
  needs: ["lock"],
  docs: {
    summary: "A nixpkgs root input (named `nixpkgs`, or any repository called nixpkgs) does not come from NixOS/nixpkgs.",
    why: "A fork can lag security fixes or carry changes nobody reviewed; it should be a decision, not an accident.",
    fix: "Use `github:NixOS/nixpkgs/…`, or allow the owner: `allowed-nixpkgs-owners: my-org` (or `my-org/nixpkgs`).",
    example: 'inputs.nixpkgs.url = "github:someone/nixpkgs/nixos-unstable";'
  },
  check(ctx) {
    const out = [];
    const allowed = ctx.options.allowedOwners.map((a) => a.toLowerCase());
    for (const { name, path: path3, node } of rootNodes(ctx)) {
      if (name !== "nixpkgs" && !isNixpkgs(node)) continue;
      const url = String(node.locked?.["url"] ?? node.original?.["url"] ?? "");
      if (/^https?:\/\/(?:[a-z]+\.)?nixos\.org\//i.test(url)) continue;
      const o = originOf(node);
      if (!o?.owner || !o.repo) continue;
      if (o.owner.toLowerCase() === "nixos" && o.repo.toLowerCase() === "nixpkgs" && OFFICIAL_HOSTS.has(o.host ?? ""))
        continue;
      const who = `${o.owner}/${o.repo}`;
      if (allowed.includes(o.owner.toLowerCase()) || allowed.includes(who.toLowerCase())) continue;
      out.push(
        inputFinding(
          ctx,
          path3,
          `input '${name}' takes nixpkgs from ${o.host && o.host !== "github.com" ? `${o.host}/` : ""}${who}, not NixOS/nixpkgs: if this fork is intended, allow it with allowed-nixpkgs-owners: ${o.owner}`
        )
      );
    }
    return out;
  }
};

// src/lint/rules/schema-missing-outputs.ts
var schemaMissingOutputs = {
  id: "schema/missing-outputs",
  defaultSeverity: "error",
  needs: ["nix"],
  docs: {
    summary: "flake.nix has no `outputs` attribute (often a misspelling such as `ouputs`).",
    why: "Nix refuses the flake on every command: `flake '…' lacks attribute 'outputs'`.",
    fix: "Add `outputs = { self, ... }: { … };`, or correct the misspelt name to `outputs`.",
    example: '{\n  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";\n  ouputs = { self, nixpkgs }: { };\n}'
  },
  check(ctx) {
    const shape = ctx.flake.shape;
    if (!shape || shape.outputs) return [];
    const typo = flakeNames(ctx).outputsTypo;
    if (typo)
      return [
        {
          in: "nix",
          ...spanRegion(typo.name.span),
          message: `flake lacks attribute 'outputs': did you mean 'outputs' instead of '${typo.name.value}'?`
        }
      ];
    const at = shape.span.start;
    return [
      {
        in: "nix",
        line: at.line,
        column: at.column,
        endLine: at.line,
        endColumn: at.column + 1,
        message: "flake lacks attribute 'outputs': add outputs = { self, ... }: { … };"
      }
    ];
  }
};

// src/lint/rules/schema-outputs-not-a-function.ts
var schemaOutputsNotAFunction = {
  id: "schema/outputs-not-a-function",
  defaultSeverity: "error",
  needs: ["nix"],
  docs: {
    summary: "`outputs` is written as a set, a string, a list or another value that is not a function.",
    why: "Nix calls `outputs` with the inputs, so it refuses the flake on every command: `expected a function but got a set`.",
    fix: "Make it a function of the inputs: `outputs = { self, nixpkgs, ... }: { … };`.",
    example: "{\n  inputs = { };\n  outputs = {\n    # omit some configuration...\n  };\n}"
  },
  check(ctx) {
    const outputs = ctx.flake.shape?.outputs;
    if (!outputs?.type || outputs.type === "a function") return [];
    return [
      {
        in: "nix",
        ...spanRegion(outputs.span),
        message: `expected a function but got ${outputs.type}: outputs must be a function of the inputs, e.g. outputs = { self, ... }: { … };`
      }
    ];
  }
};

// src/lint/rules/schema-unknown-attribute.ts
var schemaUnknownAttribute = {
  id: "schema/unknown-attribute",
  defaultSeverity: "error",
  needs: [],
  docs: {
    summary: 'flake.nix has an attribute Nix does not read: at the top (`descripton`), in an input (`ulr` instead of `url`), or in a reference written as attributes (`ownr` in `{ type = "github"; … }`).',
    why: "Nix refuses the flake on every command: `flake '…' has an unsupported attribute 'descripton'`, `unexpected flake input attribute 'ulr'`, or `unsupported input attribute 'ownr'`.",
    fix: "Correct the name (the finding says which one is meant when there is a near one), or remove the attribute. A flake has `description`, `inputs`, `outputs` and `nixConfig`; an input has `url`, `flake`, `follows` and `inputs` (or a reference written as attributes with a `type`, and then the attributes its fetcher takes).",
    example: '{\n  inputs.home-manager.ulr = "github:nix-community/home-manager";\n  outputs = { self, home-manager }: { };\n}'
  },
  check(ctx) {
    const out = [];
    const p = ctx.nixProblem;
    if (p?.unknownAttribute) {
      const near = p.unknownAttribute.suggestion;
      out.push({
        in: "nix",
        line: p.line,
        column: p.column,
        endLine: p.line,
        endColumn: p.column + p.unknownAttribute.name.length,
        message: near ? `${p.message}: did you mean '${near}'?` : p.hint ? `${p.message} (${p.hint})` : p.message
      });
    }
    if (!ctx.flake) return out;
    const names = flakeNames(ctx);
    for (const a of names.unknownAttributes) {
      if (a.name === names.outputsTypo?.name) continue;
      out.push({
        in: "nix",
        ...spanRegion(a.name.span),
        message: a.suggestion ? `flake has an unsupported attribute '${a.name.value}': did you mean '${a.suggestion}'?` : `flake has an unsupported attribute '${a.name.value}' (a flake has ${FLAKE_ATTRIBUTES.join(", ")})`
      });
    }
    return out;
  }
};

// src/lint/rules/schema-unknown-outputs-argument.ts
var schemaUnknownOutputsArgument = {
  id: "schema/unknown-outputs-argument",
  defaultSeverity: "error",
  needs: ["nix"],
  docs: {
    summary: "An argument of `outputs` is not a declared input but nearly the name of one (`home-manger` beside the input `home-manager`).",
    why: "Nix takes every `outputs` argument that is not a declared input as an input from the flake registry (`flake:home-manger`): it fails with `cannot find flake 'flake:home-manger' in the flake registries`, or, where a registry has that name, locks an unrelated flake. Running `nix flake lock` would not help.",
    fix: "Correct the argument (and its uses in the body) to the declared input name.",
    example: '{\n  inputs.home-manager.url = "github:nix-community/home-manager";\n  outputs = { self, nixpkgs, home-manger }: { };\n}'
  },
  check(ctx) {
    const out = [];
    for (const [name, m] of flakeNames(ctx).misspeltArguments) {
      out.push({
        in: "nix",
        ...spanRegion(m.name.span),
        input: name,
        message: `outputs argument '${name}' is not a declared input, so Nix looks it up in the flake registry ("cannot find flake 'flake:${name}' in the flake registries"): did you mean '${m.suggestion}'?`
      });
    }
    return out;
  }
};

// src/lint/rules/sync-follows-not-locked.ts
var shown = (p) => p.length === 0 ? '"" (the flake itself)' : `'${showPath(p)}'`;
var syncFollowsNotLocked = {
  id: "sync/follows-not-locked",
  defaultSeverity: "error",
  needs: ["nix", "lock"],
  docs: {
    summary: "A `follows` in flake.nix that flake.lock does not reflect, or a `follows` in flake.lock that flake.nix no longer declares.",
    why: "The lock was not regenerated after the `follows` changed: the de-duplication you see in flake.nix is not what Nix builds (or the other way round).",
    fix: "Run `nix flake lock` and commit flake.lock.",
    example: `# flake.nix
inputs.home-manager.inputs.nixpkgs.follows = "nixpkgs";
# flake.lock still has home-manager's own nixpkgs node: "nixpkgs": "nixpkgs_2"`
  },
  check(ctx) {
    const lock = ctx.lock;
    const out = [];
    const parentOf = (p) => p.length === 1 ? lock.nodes.get(lock.root) : nodeAt(ctx, p.slice(0, -1));
    for (const d of allDeclared(ctx)) {
      if (!d.follows) continue;
      const parent = parentOf(d.path);
      const edge = parent?.inputs.get(d.name);
      if (!edge) continue;
      const want = followsPath(d.follows.value);
      if (edge.kind === "follows" && samePath(edge.path, want)) continue;
      const has = edge.kind === "follows" ? `follows ${shown(edge.path)}` : "its own locked copy";
      out.push({
        in: "nix",
        ...spanRegion(d.follows.span),
        input: showPath(d.path),
        message: `flake.nix has ${showPath(d.path)} follow ${shown(want)}, but flake.lock has ${has}: run \`nix flake lock\``
      });
    }
    const reported = new Set(out.map((f) => f.input));
    const parents = pathsByNode(ctx);
    const root = lock.nodes.get(lock.root);
    const visit = root ? [[[[]], root]] : [];
    for (const [key2, paths] of parents) {
      const n = lock.nodes.get(key2);
      if (n) visit.push([paths, n]);
    }
    for (const [paths, node] of visit) {
      for (const [name, edge] of node.inputs) {
        if (edge.kind !== "follows") continue;
        const target = edge.path;
        const fromDependency = target.length > 0 && paths.some((p) => p.length > 0 && target[0] === p[0]);
        if (fromDependency) continue;
        const candidates = paths.map((p) => [...p, name]);
        if (candidates.some((c) => reported.has(showPath(c)))) continue;
        const declared = candidates.map((c) => declaredAt(ctx, c)).find((d) => d !== void 0);
        if (declared?.follows) continue;
        const at = candidates[0];
        out.push(
          inputFinding(
            ctx,
            at,
            declared ? `flake.lock has ${showPath(at)} following ${shown(target)}, but flake.nix gives it its own reference: run \`nix flake lock\`` : `flake.lock has ${showPath(at)} following ${shown(target)}, which flake.nix does not declare: run \`nix flake lock\``,
            { preferNode: false }
          )
        );
      }
    }
    return out;
  }
};

// src/lint/rules/sync-missing-from-lock.ts
var syncMissingFromLock = {
  id: "sync/missing-from-lock",
  defaultSeverity: "error",
  needs: ["nix"],
  docs: {
    summary: "flake.nix declares an input (or takes one as an `outputs` argument) that flake.lock does not have, or there is no flake.lock at all.",
    why: "The lock is out of date: Nix re-locks on the next command (writing the newest revision of that input), so what CI builds differs from what was reviewed.",
    fix: "Run `nix flake lock` and commit flake.lock.",
    example: 'inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";\ninputs.agenix.url = "github:ryantm/agenix"; # added, lock not updated'
  },
  check(ctx) {
    const flake = ctx.flake;
    if (ctx.lockProblem) return [];
    const declared = new Map(flake.inputs.map((d) => [d.name, d.span]));
    const misspelt = flakeNames(ctx).misspeltArguments;
    for (const f of flake.outputsFormals)
      if (f.value !== "self" && !declared.has(f.value) && !misspelt.has(f.value)) declared.set(f.value, f.span);
    if (declared.size === 0) return [];
    if (!ctx.hasLock) {
      const span = flake.inputsSpan ?? declared.values().next().value;
      return [
        {
          in: "nix",
          ...spanRegion(span),
          message: `flake.nix has ${declared.size} input${declared.size === 1 ? "" : "s"} but there is no ${ctx.lockPath}: run \`nix flake lock\` and commit flake.lock`
        }
      ];
    }
    const root = ctx.lock?.nodes.get(ctx.lock.root);
    if (!root) return [];
    const out = [];
    for (const [name, span] of declared) {
      if (root.inputs.has(name)) continue;
      out.push({
        in: "nix",
        ...spanRegion(span),
        input: name,
        message: `input '${name}' is declared in flake.nix but missing from flake.lock: run \`nix flake lock\``
      });
    }
    return out;
  }
};

// src/lint/rules/sync-reference-changed.ts
function show(attrs) {
  try {
    return printFlakeRef(attrs);
  } catch {
    return JSON.stringify(attrs);
  }
}
var syncReferenceChanged = {
  id: "sync/reference-changed",
  defaultSeverity: "error",
  needs: ["nix", "lock"],
  docs: {
    summary: "An input's reference in flake.nix differs from the `original` recorded for it in flake.lock.",
    why: "The lock still pins the old source or branch: Nix re-locks that input on the next command, so the lock in the pull request is not what will be built.",
    fix: "Run `nix flake lock` and commit flake.lock.",
    example: '# flake.nix\ninputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.11";\n# flake.lock, root input nixpkgs\n"original": { "owner": "NixOS", "ref": "nixos-24.05", "repo": "nixpkgs", "type": "github" }'
  },
  check(ctx) {
    const lock = ctx.lock;
    const out = [];
    for (const d of allDeclared(ctx)) {
      if (d.follows || !d.url && !d.attrs) continue;
      const parent = d.path.length === 1 ? lock.nodes.get(lock.root) : nodeAt(ctx, d.path.slice(0, -1));
      const edge = parent?.inputs.get(d.name);
      if (!edge || edge.kind !== "node") continue;
      const original = lock.nodes.get(edge.key)?.original;
      if (!original) continue;
      const isFlake = d.flake?.value ?? true;
      let declared = [];
      if (d.url) {
        for (const dialect of ["current", "nix-2.8"]) {
          const r = tryParseFlakeRef(d.url.value, { isFlake, dialect });
          if (r.ok) declared.push(r.attrs);
        }
      } else if (d.attrs) {
        declared = [d.attrs.value];
      }
      if (declared.length === 0) continue;
      if (declared.some((a) => sameFlakeRef(a, original))) continue;
      if (original.type === "path" && declared.some((a) => a.type === "path")) continue;
      const where = d.url ?? d.attrs;
      out.push({
        in: "nix",
        ...spanRegion(where.span),
        input: showPath(d.path),
        message: `${showPath(d.path)} is declared as '${d.url ? d.url.value : show(declared[0])}' but flake.lock was locked from '${show(original)}': run \`nix flake lock\``
      });
    }
    return out;
  }
};

// src/lint/rules/sync-undeclared-in-lock.ts
var syncUndeclaredInLock = {
  id: "sync/undeclared-in-lock",
  defaultSeverity: "warning",
  needs: ["nix", "lock"],
  docs: {
    summary: "flake.lock has a root input that flake.nix neither declares nor takes as an `outputs` argument.",
    why: "A leftover of a removed input: it is fetched for nothing, and it confuses readers and tools (and `nix flake update` keeps refreshing it).",
    fix: "Run `nix flake lock` to drop it, and commit flake.lock.",
    example: "# flake.nix no longer mentions agenix, but flake.lock still has root.inputs.agenix"
  },
  check(ctx) {
    const flake = ctx.flake;
    const root = ctx.lock.nodes.get(ctx.lock.root);
    if (!root) return [];
    const known = new Set(flake.inputs.map((d) => d.name));
    for (const f of flake.outputsFormals) known.add(f.value);
    const out = [];
    for (const name of root.inputs.keys()) {
      if (known.has(name)) continue;
      out.push(
        inputFinding(
          ctx,
          [name],
          `flake.lock has input '${name}', which flake.nix does not declare: run \`nix flake lock\` to remove it`,
          { preferNode: false }
        )
      );
    }
    return out;
  }
};

// src/lint/rules/syntax-parse-error.ts
var syntaxParseError = {
  id: "syntax/parse-error",
  defaultSeverity: "error",
  needs: [],
  docs: {
    summary: "flake.nix does not parse as Nix.",
    why: "Nix cannot evaluate the flake at all; every other check of flake.nix is skipped until it parses.",
    fix: "Correct the syntax at the position given (the message is worded like Nix's own parser error).",
    example: '{\n  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable"\n  outputs = { self, nixpkgs }: { };\n}'
  },
  check(ctx) {
    const p = ctx.nixProblem;
    if (!p || p.unknownAttribute) return [];
    return [
      {
        in: "nix",
        line: p.line,
        column: p.column,
        endLine: p.line,
        endColumn: p.column + 1,
        message: p.hint ? `${p.message} (${p.hint})` : p.message
      }
    ];
  }
};

// src/lint/rules/index.ts
var RULES = [
  syntaxParseError,
  schemaMissingOutputs,
  schemaOutputsNotAFunction,
  schemaUnknownAttribute,
  schemaUnknownOutputsArgument,
  lockInvalid,
  lockOldVersion,
  lockTamperedEntry,
  followsNonExistentTarget,
  followsOverrideOfMissingInput,
  followsCycle,
  followsUrlAndFollows,
  followsSelf,
  duplicatesDuplicateInput,
  syncMissingFromLock,
  syncUndeclaredInLock,
  syncReferenceChanged,
  syncFollowsNotLocked,
  hygieneIndirectInput,
  hygieneUnlockedInput,
  hygieneInsecureUrl,
  hygieneLocalPathInput,
  freshnessStaleInput,
  freshnessUnsupportedBranch,
  freshnessReleaseMismatch,
  freshnessUnpublishedBranch,
  freshnessNewerTag,
  policyNixpkgsOwner
];
var RULES_BY_ID = new Map(RULES.map((r) => [r.id, r]));

// src/app/lint-tag-lookup.ts
var MAX_REMOTES = 32;
var PARALLEL = 4;
var BUDGET_MS = 6e4;
var REMOTE_MS = 2e4;
function tagLookup(deps) {
  const max = deps.maxRemotes ?? MAX_REMOTES;
  const limit = Math.max(1, deps.parallel ?? PARALLEL);
  const now = deps.now ?? Date.now;
  const budget = deps.budgetMs ?? BUDGET_MS;
  let started;
  const late = /* @__PURE__ */ new Set();
  const asked = /* @__PURE__ */ new Map();
  let running = 0;
  const waiting = [];
  const unchecked = /* @__PURE__ */ new Set();
  let saidBound = false;
  const said = /* @__PURE__ */ new Set();
  const info = (line) => {
    if (said.has(line)) return;
    said.add(line);
    deps.logger?.info(line);
  };
  const slot = async (f) => {
    if (running >= limit) await new Promise((go) => waiting.push(go));
    running++;
    try {
      return await f();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
  const ask = (remote) => slot(async () => {
    started ??= now();
    const left = budget - (now() - started);
    if (left <= 0) {
      late.add(remote);
      return void 0;
    }
    try {
      return await deps.git.remoteTags(remote, { anonymous: true, timeoutMs: Math.min(left, deps.remoteMs ?? REMOTE_MS) });
    } catch {
      return void 0;
    }
  });
  return {
    async withTags(ctx) {
      const { ask: questions } = tagQuestions(ctx);
      if (questions.length === 0) return ctx;
      const mine = /* @__PURE__ */ new Map();
      for (const q of questions) {
        let answer = mine.get(q.remote) ?? asked.get(q.remote);
        if (!answer) {
          if (asked.size >= max) {
            unchecked.add(JSON.stringify([ctx.nixPath, q.input]));
            continue;
          }
          answer = ask(q.remote);
          asked.set(q.remote, answer);
        }
        mine.set(q.remote, answer);
      }
      const tags = /* @__PURE__ */ new Map();
      for (const [remote, answer] of mine) {
        const got = await answer;
        if (got !== void 0) tags.set(remote, got);
      }
      for (const q of questions) {
        if (mine.has(q.remote) && !tags.has(q.remote))
          info(
            late.has(q.remote) ? `${neutralise(ctx.nixPath)}: the release tags of input '${neutralise(q.input)}' were not asked: the ${budget >= 1e3 ? `${Math.round(budget / 1e3)} s` : `${budget} ms`} this run gives tag lookups were spent; it is not checked for a newer release` : `${neutralise(ctx.nixPath)}: the release tags of input '${neutralise(q.input)}' could not be listed (git ls-remote ${neutralise(q.remote)} did not answer); it is not checked for a newer release`
          );
      }
      return { ...ctx, remoteTags: tags };
    },
    done() {
      if (unchecked.size === 0 || saidBound) return;
      saidBound = true;
      const n = unchecked.size;
      info(
        `newer-tags: more than ${max} repositories to ask for release tags in one run; ${n} tag-pinned input${n === 1 ? " was" : "s were"} not checked for a newer release`
      );
    }
  };
}

// src/app/lint.ts
import path2 from "node:path";

// src/lint/lint-context.ts
function problemOf(e) {
  if (e instanceof UserError) {
    return {
      message: e.message,
      line: e.position?.line ?? 1,
      column: e.position?.column ?? 1,
      ...e.hint ? { hint: e.hint } : {},
      ...e instanceof UnknownAttributeError ? { unknownAttribute: { name: e.attribute, ...e.suggestion ? { suggestion: e.suggestion } : {} } } : {}
    };
  }
  throw e;
}
function lintContext(files, now, options) {
  const { nixPath, lockPath, nix: nixRead, lock: lockRead } = files;
  const nixText = nixRead instanceof UserError ? void 0 : nixRead;
  const lockText = lockRead instanceof UserError ? void 0 : lockRead;
  let flake;
  let nixProblem = nixRead instanceof UserError ? problemOf(nixRead) : void 0;
  if (nixText !== void 0) {
    try {
      flake = readFlakeNix(nixText, nixPath);
    } catch (e) {
      nixProblem = problemOf(e);
    }
  }
  let lock;
  let lockProblem = lockRead instanceof UserError ? problemOf(lockRead) : void 0;
  let resolved = /* @__PURE__ */ new Map();
  if (lockText !== void 0) {
    try {
      lock = parseLock(lockText, lockPath);
      resolved = new Map([...resolveLock(lock).values()].map((r) => [showPath(r.path), r]));
    } catch (e) {
      lock = void 0;
      lockProblem = problemOf(e);
    }
  }
  return {
    nixPath,
    lockPath,
    ...flake ? { flake } : {},
    ...nixProblem ? { nixProblem } : {},
    ...nixText !== void 0 ? { nixText } : {},
    hasNix: nixRead !== void 0,
    ...lock ? { lock } : {},
    ...lockText !== void 0 ? { lockText } : {},
    ...lockProblem ? { lockProblem } : {},
    hasLock: lockRead !== void 0,
    resolved,
    now,
    options
  };
}

// src/workspace/read-flake.ts
import path from "node:path";
async function readBounded(file, shown2, limit) {
  return readBoundedText(file, shown2, limit).catch((e) => {
    if (e instanceof UserError) return e;
    throw e;
  });
}
async function readFlakeTexts(workspace, dir) {
  const abs = path.join(workspace, dir);
  const nixPath = path.posix.join(dir, "flake.nix");
  const lockPath = path.posix.join(dir, "flake.lock");
  const [nix, lock] = await Promise.all([
    readBounded(path.join(abs, "flake.nix"), nixPath, NIX_LIMIT),
    readBounded(path.join(abs, "flake.lock"), lockPath, LOCK_LIMIT)
  ]);
  return { nixPath, lockPath, nix, lock };
}
async function readSettingsFile(dir, shownDir) {
  const shown2 = path.posix.join(shownDir, SETTINGS_FILE);
  const text = await readBoundedText(path.join(dir, SETTINGS_FILE), shown2, SETTINGS_LIMIT);
  return text === void 0 ? void 0 : parseSettingsFile(text, shown2);
}

// src/app/lint.ts
function lintRequest(config, ports) {
  return {
    workspace: config.workspace,
    paths: config.paths,
    settings: config.lint,
    rulesSetting: ports.label(Setting.Rules),
    clock: ports.clock,
    confine: ports.confine,
    ...ports.hints ? { hints: ports.hints } : {},
    git: ports.git ?? createGit(),
    ...ports.logger ? { logger: ports.logger } : {}
  };
}
function runLint(config, ports) {
  return lint(lintRequest(config, ports));
}
var loadFlake = async (workspace, dir, now, options) => lintContext(await readFlakeTexts(workspace, dir), now, options);
async function lintFlake(req, dir, load = loadFlake, tags) {
  const abs = path2.join(req.workspace, dir);
  const file = await readSettingsFile(abs, dir);
  if (file?.rules) checkRuleIds(RULES, file.rules, `"rules" in ${path2.posix.join(dir, SETTINGS_FILE)}`);
  const options = effectiveOptions(req.settings, file);
  const read = await load(req.workspace, dir, req.clock.now(), options);
  const ctx = tags ? await tags.withTags(read) : read;
  const { findings, notices } = runRules(ctx, RULES);
  return { dir, ctx, findings, notices, failOn: options.failOn };
}
async function lint(req, load = loadFlake) {
  checkRuleIds(RULES, req.settings.rules, req.rulesSetting);
  const dirs = await discoverFlakes(req.workspace, req.paths, {
    confine: req.confine === true,
    ...req.hints ? { hints: req.hints } : {},
    ...req.logger ? { onWarning: (line) => req.logger.warning(line) } : {}
  });
  const own = req.tags ? void 0 : req.git ? tagLookup({ git: req.git, ...req.logger ? { logger: req.logger } : {} }) : void 0;
  const tags = req.tags ?? own;
  const flakes = [];
  for (const dir of dirs) flakes.push(await lintFlake(req, dir, load, tags));
  own?.done();
  return { flakes };
}
function runFails(run) {
  return run.flakes.some((f) => fails(f.findings, f.failOn));
}

export {
  RULES,
  tagLookup,
  lintRequest,
  runLint,
  lint,
  runFails
};
