import {
  PLAN_FORMAT,
  assignShards,
  groupTagBumps,
  isUnchangedTarget,
  sealPlan,
  serializePlan
} from "./chunk-LNUD2RHY.js";
import {
  commitUrl,
  compareUrl,
  repoLabel
} from "./chunk-GYRCVODP.js";
import {
  DEFAULTS
} from "./chunk-ELKPDDDQ.js";
import {
  TagBumpMismatch,
  declaredTagPins,
  flakeNixWithTagBumps,
  newestTag
} from "./chunk-LQO26QTC.js";
import {
  readFlakeNix
} from "./chunk-MYWD7JSL.js";
import {
  analyzeLock,
  resolveLock,
  showPath
} from "./chunk-HFN6JY3P.js";
import {
  globMatch
} from "./chunk-T54OW3UP.js";
import {
  parseLock
} from "./chunk-LOBXAA3U.js";
import {
  forgeRepoOf,
  lockedRev,
  lockedTag
} from "./chunk-7HIKED5Z.js";
import {
  ExecError,
  UserError,
  stripAnsi,
  tail
} from "./chunk-6FGB7YHV.js";

// src/app/plan.ts
import { createHash } from "node:crypto";
import path from "node:path";

// src/update/targets.ts
function nixString(s) {
  return `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\$\{/g, "\\${")}"`;
}
function discoveryExpression(flakeRef) {
  return `builtins.getFlake ${nixString(flakeRef)}`;
}
var DRV = `drv = x:
    let r = builtins.tryEval (x.drvPath or null);
    in if r.success && builtins.isString r.value then r.value else null;`;
function discoveryApply(system, opts = {}) {
  const sys = system !== void 0 ? nixString(system) : "builtins.currentSystem";
  return `flake:
let
  system = ${sys};
  withDrvPaths = ${opts.drvPaths === false ? "false" : "true"};
  attrs = x: if builtins.isAttrs x then x else { };
  names = x: builtins.attrNames (attrs x);
  ${DRV}
  drvIf = wanted: x: if withDrvPaths && wanted then drv x else null;
  perSystem = out:
    let set = attrs ((attrs (flake.\${out} or { })).\${system} or { });
    in map (n: { name = n; drvPath = drvIf true set.\${n}; }) (names set);
  sysOf = c:
    let r = builtins.tryEval (
      let p = (attrs c).pkgs or null; in
      if builtins.isAttrs p && p ? stdenv then p.stdenv.hostPlatform.system else null);
    in if r.success && builtins.isString r.value then r.value else null;
  configs = out: enabled: select:
    map (n:
      let c = flake.\${out}.\${n}; s = sysOf c;
      in { name = n; system = s; drvPath = drvIf (enabled && (s == null || s == system)) (select c); })
    (names (flake.\${out} or { }));
in {
  inherit system;
  nixos = configs "nixosConfigurations" true (c: c.config.system.build.toplevel or null);
  home = configs "homeConfigurations" true (c: c.activationPackage or null);
  darwin = configs "darwinConfigurations" (builtins.match ".*-darwin" system != null) (c: c.system or null);
  packages = perSystem "packages";
  devShells = perSystem "devShells";
  checks = perSystem "checks";
}`;
}
function attrPathNames(attr) {
  const exact = attr.startsWith(".");
  const names = splitAttrPath(exact ? attr.slice(1) : attr).map(
    (p) => p.length >= 2 && p.startsWith('"') && p.endsWith('"') ? p.slice(1, -1).replace(/\\(.)/gs, "$1") : p
  );
  return { names, exact };
}
var LOOKUP = `system = builtins.currentSystem;
  at = path: builtins.foldl' (v: n: if builtins.isAttrs v && v ? \${n} then v.\${n} else null) flake path;
  first = ps: if ps == [ ] then null else let v = at (builtins.head ps); in if v != null then v else first (builtins.tail ps);
  find = exact: path: first (if exact then [ path ] else [ ([ "packages" system ] ++ path) ([ "legacyPackages" system ] ++ path) path ]);`;
function nixPath(attr) {
  const { names, exact } = attrPathNames(attr);
  return { exact, path: `[ ${names.map(nixString).join(" ")} ]` };
}
function attrsApply(attrs) {
  const items = attrs.map((a) => {
    const p = nixPath(a);
    return `(drv (find ${p.exact} ${p.path}))`;
  });
  return `flake:
let
  ${LOOKUP}
  ${DRV}
in [ ${items.join(" ")} ]`;
}
function attrApply(attr) {
  const p = nixPath(attr);
  const shown = nixString(attr.replace(/^\./, ""));
  const where = p.exact ? shown : `"packages." + system + "." + ${shown} + "', 'legacyPackages." + system + "." + ${shown} + "' or '" + ${shown}`;
  return `flake:
let
  ${LOOKUP}
  v = find ${p.exact} ${p.path};
in
if v == null then throw ("flake does not provide attribute '" + ${where} + "'")
else if builtins.isAttrs v && v ? drvPath then v.drvPath
else throw ("'" + ${shown} + "' is not a derivation")`;
}
function attrName(name) {
  return /^[A-Za-z_][A-Za-z0-9_'-]*$/.test(name) ? name : nixString(name);
}
function isRecord(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
function badShape(what) {
  throw new UserError(
    `unexpected output of the output listing (${what})`,
    void 0,
    void 0,
    "this is a flake-steward bug; please report it with your Nix version"
  );
}
var isDrvPath = (x) => typeof x === "string" && x.startsWith("/") && x.endsWith(".drv");
function drvPathOf(x, what) {
  if (x === void 0 || x === null) return void 0;
  if (!isDrvPath(x)) badShape(`${what} has a drvPath that is not a store derivation`);
  return x;
}
function outputList(x, what) {
  if (!Array.isArray(x)) badShape(`${what} is not a list`);
  return x.map((o) => {
    if (!isRecord(o) || typeof o["name"] !== "string") badShape(`${what} entry without a name`);
    const drvPath = drvPathOf(o["drvPath"], `${what} entry`);
    return { name: o["name"], ...drvPath !== void 0 ? { drvPath } : {} };
  });
}
function configList(x, what) {
  const outputs = outputList(x, what);
  return outputs.map((o, i) => {
    const system = x[i]["system"];
    if (system !== null && typeof system !== "string") badShape(`${what} entry with a bad system`);
    return { ...o, system };
  });
}
function parseRaw(json) {
  if (!isRecord(json) || typeof json["system"] !== "string") badShape("not an object with a system");
  return {
    system: json["system"],
    nixos: configList(json["nixos"], "nixos"),
    home: configList(json["home"], "home"),
    darwin: configList(json["darwin"], "darwin"),
    packages: outputList(json["packages"], "packages"),
    devShells: outputList(json["devShells"], "devShells"),
    checks: outputList(json["checks"], "checks")
  };
}
function isDarwin(system) {
  return system.endsWith("-darwin");
}
function parseDiscovery(json) {
  const raw2 = parseRaw(json);
  const system = raw2.system;
  const targets = [];
  const skipped = [];
  const target = (installable, o) => ({
    installable,
    ...o.drvPath !== void 0 ? { drvPath: o.drvPath } : {}
  });
  const configs = (list, output, suffix, kind, enabled) => {
    for (const c of list) {
      const attr = `${output}.${attrName(c.name)}.${suffix}`;
      if (!enabled || c.system !== null && c.system !== system) {
        skipped.push({ attr, system: c.system ?? "darwin" });
      } else {
        targets.push(target({ attr, kind, name: c.name }, c));
      }
    }
  };
  configs(raw2.nixos, "nixosConfigurations", "config.system.build.toplevel", "nixos", true);
  configs(raw2.home, "homeConfigurations", "activationPackage", "home", true);
  configs(raw2.darwin, "darwinConfigurations", "system", "darwin", isDarwin(system));
  const perSystem = (list, output, kind) => {
    for (const o of list) {
      targets.push(target({ attr: `${output}.${attrName(system)}.${attrName(o.name)}`, kind, name: o.name }, o));
    }
  };
  perSystem(raw2.packages, "packages", "package");
  perSystem(raw2.devShells, "devShells", "devShell");
  perSystem(raw2.checks, "checks", "check");
  return { system, targets, skipped };
}
function parseDrvPaths(json, count) {
  if (!Array.isArray(json) || json.length !== count) badShape(`expected a list of ${count} derivations`);
  return json.map((x, i) => drvPathOf(x, `attribute ${i + 1}`));
}
function parseDrvPath(json) {
  if (!isDrvPath(json)) badShape("expected a store derivation path");
  return json;
}
function evalMessage(e) {
  return tail(stripAnsi(e.stderr || e.message), 20);
}
async function evaluateAttrs(evaluate, installables) {
  if (installables.length === 0) return [];
  let drvPaths;
  try {
    drvPaths = parseDrvPaths(await evaluate(attrsApply(installables.map((i) => i.attr))), installables.length);
  } catch (e) {
    if (!(e instanceof ExecError)) throw e;
    return installables.map((installable) => ({ installable }));
  }
  return installables.map((installable, i) => {
    const drvPath = drvPaths[i];
    return drvPath !== void 0 ? { installable, drvPath } : { installable };
  });
}
async function resolveTargets(evaluate, targets) {
  const out = [];
  for (const t of targets) {
    if (t.drvPath !== void 0 || t.evalError !== void 0) {
      out.push(t);
      continue;
    }
    try {
      out.push({ installable: t.installable, drvPath: parseDrvPath(await evaluate(attrApply(t.installable.attr))) });
    } catch (e) {
      if (!(e instanceof ExecError)) throw e;
      out.push({ installable: t.installable, evalError: evalMessage(e) });
    }
  }
  return out;
}
function classifyAttr(attr) {
  const parts = splitAttrPath(attr);
  const unq = (s) => (s ?? "").replace(/^"(.*)"$/, "$1");
  const [top, a, b] = parts;
  if (top === "nixosConfigurations" && parts.length >= 2) return { attr, kind: "nixos", name: unq(a) };
  if (top === "homeConfigurations" && parts.length >= 2) return { attr, kind: "home", name: unq(a) };
  if (top === "darwinConfigurations" && parts.length >= 2) return { attr, kind: "darwin", name: unq(a) };
  if (top === "packages" && parts.length === 3) return { attr, kind: "package", name: unq(b) };
  if (top === "devShells" && parts.length === 3) return { attr, kind: "devShell", name: unq(b) };
  if (top === "checks" && parts.length === 3) return { attr, kind: "check", name: unq(b) };
  return { attr, kind: "attr", name: attr };
}
function splitAttrPath(attr) {
  const out = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < attr.length; i++) {
    const c = attr[i];
    if (c === "\\" && quoted && i + 1 < attr.length) {
      cur += c + attr[++i];
    } else if (c === '"') {
      quoted = !quoted;
      cur += c;
    } else if (c === "." && !quoted) {
      out.push(cur);
      cur = "";
    } else {
      cur += c;
    }
  }
  out.push(cur);
  return out;
}
function staticSelection(selection) {
  if (selection.mode === "none") return [];
  if (selection.mode === "list") return selection.attrs.map(classifyAttr);
  return "discover";
}

// src/update/lock-diff.ts
var DAY = 86400;
function str(attrs, key) {
  const v = attrs?.[key];
  return typeof v === "string" && v !== "" ? v : void 0;
}
function num(attrs, key) {
  const v = attrs?.[key];
  return typeof v === "number" && Number.isFinite(v) ? v : void 0;
}
function isoDate(unixSeconds) {
  return new Date(unixSeconds * 1e3).toISOString().slice(0, 10);
}
function canonical(attrs) {
  if (!attrs) return "";
  return JSON.stringify(
    Object.keys(attrs).sort().map((k) => [k, attrs[k]])
  );
}
function describeLocked(lock, nodeKey, hosts) {
  const node = lock.nodes.get(nodeKey);
  if (!node) return void 0;
  const locked = node.locked ?? node.original;
  if (!locked) {
    return { node: nodeKey, type: "self", label: "this flake" };
  }
  const repo = forgeRepoOf(locked, hosts);
  const rev = lockedRev(locked, hosts);
  const tag = lockedTag(locked, hosts);
  const url = str(locked, "url");
  const lastModified = num(locked, "lastModified");
  const ref = str(locked, "ref") ?? str(node.original, "ref");
  const narHash = str(locked, "narHash");
  const label = repo ? repoLabel(repo) : url ?? locked.type;
  return {
    node: nodeKey,
    type: locked.type,
    label,
    ...rev !== void 0 ? { rev } : {},
    ...tag !== void 0 ? { tag } : {},
    ...ref !== void 0 ? { ref } : {},
    ...url !== void 0 ? { url } : {},
    ...narHash !== void 0 ? { narHash } : {},
    ...lastModified !== void 0 ? { lastModified, date: isoDate(lastModified) } : {},
    ...repo ? { repo } : {},
    ...repo && rev ? { revUrl: commitUrl(repo, rev) } : {}
  };
}
function sameRepo(a, b) {
  return a !== void 0 && b !== void 0 && a.forge === b.forge && a.host.toLowerCase() === b.host.toLowerCase() && a.owner.toLowerCase() === b.owner.toLowerCase() && a.repo.toLowerCase() === b.repo.toLowerCase();
}
function byPath(inputs) {
  const m = /* @__PURE__ */ new Map();
  for (const r of inputs) if (!m.has(showPath(r.path))) m.set(showPath(r.path), r);
  return m;
}
function samePath(a, b) {
  return a !== void 0 && b !== void 0 && showPath(a) === showPath(b) && a.length === b.length;
}
function updatedChange(path2, before, after, options) {
  const fromRef = before.rev ?? before.tag;
  const toRef = after.rev ?? after.tag;
  const link = fromRef && toRef && fromRef !== toRef && sameRepo(before.repo, after.repo) ? compareUrl(after.repo, fromRef, toRef) : void 0;
  const spanDays = before.lastModified !== void 0 && after.lastModified !== void 0 ? Math.round((after.lastModified - before.lastModified) / DAY) : void 0;
  const ageDays = options.now && after.lastModified !== void 0 ? Math.max(0, Math.floor((options.now.getTime() / 1e3 - after.lastModified) / DAY)) : void 0;
  return {
    path: path2,
    name: showPath(path2),
    kind: "updated",
    before,
    after,
    ...link ? { compareUrl: link } : {},
    ...spanDays !== void 0 ? { spanDays } : {},
    ...ageDays !== void 0 ? { ageDays } : {},
    urlChanged: before.url !== after.url
  };
}
function diffLocks(before, after, options = {}) {
  const old = byPath(before.inputs);
  const now = byPath(after.inputs);
  const hosts = options.hosts;
  const changes = [];
  const side2 = (lock, r) => r.node !== void 0 ? describeLocked(lock, r.node, hosts) : void 0;
  for (const [name, a] of now) {
    const b = old.get(name);
    const path2 = a.path;
    if (!b) {
      const src = a.follows ? void 0 : side2(after.lock, a);
      changes.push({
        path: path2,
        name,
        kind: "added",
        ...src ? { after: src } : {},
        ...a.follows ? { followsAfter: a.follows } : {},
        urlChanged: false
      });
      continue;
    }
    if (a.follows || b.follows) {
      if (samePath(a.follows, b.follows)) continue;
      const beforeSrc = b.follows ? void 0 : side2(before.lock, b);
      const afterSrc = a.follows ? void 0 : side2(after.lock, a);
      changes.push({
        path: path2,
        name,
        kind: "follows",
        ...beforeSrc ? { before: beforeSrc } : {},
        ...afterSrc ? { after: afterSrc } : {},
        ...b.follows ? { followsBefore: b.follows } : {},
        ...a.follows ? { followsAfter: a.follows } : {},
        urlChanged: false
      });
      continue;
    }
    if (a.node === void 0 || b.node === void 0) continue;
    const bn = before.lock.nodes.get(b.node);
    const an = after.lock.nodes.get(a.node);
    if (canonical(bn?.locked) === canonical(an?.locked)) continue;
    const bs = side2(before.lock, b);
    const as = side2(after.lock, a);
    if (bs && as) changes.push(updatedChange(path2, bs, as, options));
  }
  for (const [name, b] of old) {
    if (now.has(name)) continue;
    const src = b.follows ? void 0 : side2(before.lock, b);
    changes.push({
      path: b.path,
      name,
      kind: "removed",
      ...src ? { before: src } : {},
      ...b.follows ? { followsBefore: b.follows } : {},
      urlChanged: false
    });
  }
  return changes;
}

// src/update/input-groups.ts
var FLAKE_ID = /^[A-Za-z][A-Za-z0-9_-]{0,62}$/;
function assignGroups(setting, changed) {
  if (setting.kind === "all")
    return { groups: changed.length > 0 ? [{ name: "all", inputs: [...changed] }] : [], leftOut: [], refused: [] };
  if (setting.kind === "per-input") {
    return {
      groups: changed.filter((i) => FLAKE_ID.test(i)).map((i) => ({ name: i, inputs: [i] })),
      leftOut: [],
      refused: changed.filter((i) => !FLAKE_ID.test(i))
    };
  }
  const members = new Map(setting.groups.map((g) => [g.name, []]));
  const leftOut = [];
  for (const input of changed) {
    const g = setting.groups.find((x) => x.globs.some((glob) => globMatch(glob, input)));
    if (g) members.get(g.name).push(input);
    else leftOut.push(input);
  }
  return {
    groups: setting.groups.flatMap((g) => {
      const inputs = members.get(g.name);
      return inputs.length > 0 ? [{ name: g.name, inputs }] : [];
    }),
    leftOut,
    refused: []
  };
}

// src/update/lock-surgery.ts
var TrialLockError = class extends Error {
};
function raw(text, file) {
  parseLock(text, file);
  const value = JSON.parse(text);
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === "number" && !Number.isSafeInteger(v)) {
      throw new TrialLockError(`${file} holds the number ${v}, which a trial lock cannot copy exactly`);
    }
    if (Array.isArray(v)) stack.push(...v);
    else if (v !== null && typeof v === "object") stack.push(...Object.values(v));
  }
  return value;
}
var own = (o, k) => Object.prototype.hasOwnProperty.call(o, k) ? o[k] : void 0;
function subtreeText(lock, edge) {
  if (edge === void 0) return "absent";
  if (Array.isArray(edge)) return JSON.stringify({ follows: edge });
  const seen = /* @__PURE__ */ new Map();
  const order = [];
  const visit = (key) => {
    const known = seen.get(key);
    if (known !== void 0) return known;
    const id = order.length;
    seen.set(key, id);
    order.push("");
    const node = own(lock.nodes, key) ?? {};
    const { inputs = {}, ...rest } = node;
    const edges = Object.keys(inputs).sort().map((name) => {
      const e = inputs[name];
      return [name, Array.isArray(e) ? { follows: e } : { node: visit(e) }];
    });
    order[id] = canonical2({ ...rest, inputs: Object.fromEntries(edges) });
    return id;
  };
  visit(edge);
  return order.join("\n");
}
function canonical2(v) {
  return JSON.stringify(sortKeys(v));
}
function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v !== null && typeof v === "object") {
    const out = {};
    for (const k of Object.keys(v).sort()) {
      Object.defineProperty(out, k, { value: sortKeys(v[k]), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return v;
}
function changedRootInputs(beforeText, afterText, file = "flake.lock") {
  const before = raw(beforeText, file);
  const after = raw(afterText, file);
  const b = before.nodes[before.root].inputs ?? {};
  const a = after.nodes[after.root].inputs ?? {};
  const names = [.../* @__PURE__ */ new Set([...Object.keys(b), ...Object.keys(a)])].sort();
  return names.filter((n) => subtreeText(before, own(b, n)) !== subtreeText(after, own(a, n)));
}
function trialLock(beforeText, afterText, moved, file = "flake.lock") {
  const before = raw(beforeText, file);
  const after = raw(afterText, file);
  if (before.version !== after.version) {
    throw new TrialLockError(`the lock's version changed in the update (${before.version} → ${after.version})`);
  }
  const oldRoot = before.nodes[before.root];
  const newRoot = after.nodes[after.root];
  const oldInputs = oldRoot.inputs ?? {};
  const newInputs = newRoot.inputs ?? {};
  const out = {};
  const used = /* @__PURE__ */ new Set([before.root]);
  const rootInputs = {};
  const keepOld = (key) => {
    const stack = [key];
    while (stack.length > 0) {
      const k = stack.pop();
      if (used.has(k)) continue;
      used.add(k);
      const node = own(before.nodes, k);
      out[k] = node;
      for (const e of Object.values(node.inputs ?? {})) if (!Array.isArray(e)) stack.push(e);
    }
  };
  const names = [.../* @__PURE__ */ new Set([...Object.keys(oldInputs), ...Object.keys(newInputs)])];
  for (const name of names) {
    if (moved.has(name)) continue;
    const e = own(oldInputs, name);
    if (e === void 0) continue;
    rootInputs[name] = e;
    if (!Array.isArray(e)) keepOld(e);
  }
  const renamed = /* @__PURE__ */ new Map();
  const freeKey = (key) => {
    if (!used.has(key)) return key;
    for (let n = 2; ; n++) if (!used.has(`${key}_${n}`)) return `${key}_${n}`;
  };
  const copyNew = (key) => {
    const first = renamed.get(key);
    if (first !== void 0) return first;
    const stack = [key];
    const assigned = [];
    while (stack.length > 0) {
      const k = stack.pop();
      if (renamed.has(k)) continue;
      const to = freeKey(k);
      used.add(to);
      renamed.set(k, to);
      assigned.push(k);
      const inputs = own(after.nodes, k).inputs ?? {};
      for (const e of Object.values(inputs).reverse()) if (!Array.isArray(e) && !renamed.has(e)) stack.push(e);
    }
    for (const k of assigned) {
      const node = own(after.nodes, k);
      const copy = { ...node };
      if (node.inputs) {
        copy.inputs = Object.fromEntries(
          Object.entries(node.inputs).map(([n, e]) => [n, Array.isArray(e) ? e : renamed.get(e)])
        );
      }
      out[renamed.get(k)] = copy;
    }
    return renamed.get(key);
  };
  for (const name of names) {
    if (!moved.has(name)) continue;
    const e = own(newInputs, name);
    if (e === void 0) continue;
    rootInputs[name] = Array.isArray(e) ? e : copyNew(e);
  }
  const ordered = {};
  for (const n of Object.keys(newInputs).concat(Object.keys(oldInputs))) {
    const e = own(rootInputs, n);
    if (e !== void 0 && own(ordered, n) === void 0) ordered[n] = e;
  }
  out[before.root] = { ...oldRoot, inputs: ordered };
  const text = `${JSON.stringify(sortKeys({ nodes: out, root: before.root, version: after.version }), null, 2)}
`;
  const problem = analyzeLock(parseLock(text, file)).problems[0];
  if (problem) {
    throw new TrialLockError(`moving ${[...moved].sort().join(", ") || "nothing"} alone: ${problem.message}`);
  }
  return text;
}

// src/app/plan-groups.ts
function groupLocks(flake, setting, logger) {
  if (flake.lock.before === flake.lock.after) return { groups: [], refused: [] };
  const changed = changedRootInputs(flake.lock.before, flake.lock.after, flake.lockFile);
  const split = assignGroups(setting, changed);
  if (split.leftOut.length > 0) {
    logger.info(`${flake.lockFile}: in no group, not proposed: ${split.leftOut.join(", ")}`);
  }
  if (split.refused.length > 0) {
    logger.warning(
      `${flake.lockFile}: ${split.refused.length} root input(s) whose name is not a flake id are in no pull request`
    );
  }
  const groups = [];
  const refused = [];
  for (const g of split.groups) {
    try {
      const lock = trialLock(flake.lock.before, flake.lock.after, new Set(g.inputs), flake.lockFile);
      const tags = groupTagBumps(flake, g.inputs);
      groups.push({ ...g, lock, ...tags ? { flakeNix: tags.flakeNix, tagBumps: tags.tagBumps } : {} });
    } catch (e) {
      if (!(e instanceof TrialLockError) && !(e instanceof TagBumpMismatch)) throw e;
      const what = e instanceof TrialLockError ? "its lock" : "its flake.nix";
      logger.warning(`${flake.lockFile}: no pull request for group ${g.name}: ${what} cannot be made (${e.message})`);
      refused.push({ name: g.name, why: e.message });
    }
  }
  return { groups, refused };
}

// src/app/release-tag-bump.ts
async function releaseTagBumps(before, file, inputs, deps) {
  const text = before.toString("utf8");
  let pins;
  try {
    pins = declaredTagPins(readFlakeNix(text, file), inputs.length > 0 ? new Set(inputs) : void 0);
  } catch (e) {
    if (e instanceof UserError) return void 0;
    throw e;
  }
  const bumps = [];
  for (const p of pins) {
    const tags = await deps.git.remoteTags(p.pin.remote);
    if (tags === void 0) {
      deps.logger.warning(`${file}: the tags of ${p.input} could not be listed (git ls-remote failed); it stays at ${p.pin.tag}`);
      continue;
    }
    const to = newestTag(p.pin, tags);
    if (to === void 0) continue;
    bumps.push({ input: p.input, from: p.pin.tag, to });
  }
  if (bumps.length === 0) return void 0;
  let after;
  try {
    after = flakeNixWithTagBumps(text, file, bumps);
  } catch (e) {
    if (!(e instanceof TagBumpMismatch)) throw e;
    deps.logger.warning(`${file}: no release tag moved: ${e.message}`);
    return void 0;
  }
  deps.logger.info(`${file}: release tag ${bumps.map((b) => `${b.input} ${b.from} -> ${b.to}`).join(", ")}`);
  return { before, after: Buffer.from(after, "utf8"), bumps };
}
function tagsAskedOnce(git) {
  const asked = /* @__PURE__ */ new Map();
  return {
    remoteTags(url) {
      let answer = asked.get(url);
      if (!answer) asked.set(url, answer = git.remoteTags(url));
      return answer;
    }
  };
}

// src/app/plan.ts
async function runPlan(req, depsIn) {
  const deps = depsIn.tags ? { ...depsIn, tags: tagsAskedOnce(depsIn.tags) } : depsIn;
  const version = await preflightNix(deps);
  const targets = await preflightFlakes(req, deps);
  const flakes = [];
  const removeUndos = targets.map(
    (t) => deps.interrupts?.onInterrupt(
      async () => await restoreLock(t, deps.fs) ? `restored ${t.lockRel}` : `${t.lockRel} unchanged`
    )
  );
  try {
    for (const t of targets) {
      const planned = await planFlake(t, req, deps);
      const grouped = req.group && req.group.kind !== "all" ? req.group : void 0;
      flakes.push(grouped ? { ...planned, grouping: await planGrouping(t, planned, grouped, req, deps) } : planned);
    }
  } finally {
    for (const remove of removeUndos) remove?.();
  }
  const plan = sealPlan(
    assignShards({ format: PLAN_FORMAT, nixVersion: version.raw, requestedInputs: req.inputs, flakes }, req.shards)
  );
  const unchanged = plan.flakes.flatMap((f) => f.targets.filter(isUnchangedTarget).map((t) => t.attr));
  if (unchanged.length > 0) deps.logger.info(`unchanged (same derivation before and after): ${unchanged.join(", ")}`);
  deps.logger.info(`plan ${plan.id}: ${plan.shards.length} shard(s)`);
  return { plan, flakes: targets };
}
function nixNotInstalled(e) {
  if (e instanceof ExecError && e.code === null) {
    return new UserError(
      "Nix is not installed (no `nix` on PATH)",
      void 0,
      void 0,
      "add a step that installs Nix before flake-steward, e.g. `uses: DeterminateSystems/nix-installer-action@main`"
    );
  }
  return e;
}
async function preflightNix(deps) {
  try {
    return await deps.nix.version();
  } catch (e) {
    throw nixNotInstalled(e);
  }
}
async function preflightFlakes(req, deps) {
  const { fs } = deps;
  const targets = [];
  const found = /* @__PURE__ */ new Set();
  const discover = { ...req.hints ? { hints: req.hints } : {}, onWarning: (line) => deps.logger.warning(line) };
  for (const dir of await fs.flakeDirs(req.workspace, req.paths, discover)) {
    const abs = path.resolve(req.workspace, dir);
    const lockRel = dir === "." ? "flake.lock" : `${dir}/flake.lock`;
    const lockAbs = path.join(abs, "flake.lock");
    if (!await fs.exists(path.join(abs, "flake.nix"))) {
      throw new UserError(
        `no flake.nix in ${dir === "." ? "the workspace" : `'${dir}'`}`,
        dir === "." ? "flake.nix" : `${dir}/flake.nix`,
        void 0,
        "point path/paths at a directory that holds flake.nix"
      );
    }
    const original = await fs.read(lockAbs);
    if (original === void 0) {
      throw new UserError(
        "flake.lock is missing",
        lockRel,
        void 0,
        `run \`nix flake lock${dir === "." ? "" : ` ${dir}`}\` and commit flake.lock; the update compares against it`
      );
    }
    const lock = parseLock(original.toString("utf8"), lockRel);
    const paths = new Set([...resolveLock(lock).values()].map((r) => showPath(r.path)));
    const inputs = req.inputs.filter((i) => paths.has(i));
    for (const i of inputs) found.add(i);
    targets.push({
      dir,
      abs,
      lockRel,
      lockAbs,
      original,
      lock,
      inputs,
      selected: req.inputs.length === 0 || inputs.length > 0
    });
  }
  const missing = req.inputs.filter((i) => !found.has(i));
  if (missing.length > 0) {
    const known = targets.flatMap((t) => [...t.lock.nodes.get(t.lock.root)?.inputs.keys() ?? []]);
    throw new UserError(
      `no input ${missing.map((m) => `'${m}'`).join(", ")} in ${targets.map((t) => t.lockRel).join(", ")}`,
      targets[0]?.lockRel,
      void 0,
      `the inputs setting names input paths such as ${[...new Set(known)].slice(0, 5).join(", ") || "nixpkgs"}`
    );
  }
  return targets;
}
async function restoreLock(t, fs) {
  const now = await fs.read(t.lockAbs);
  if (now !== void 0 && now.equals(t.original)) return false;
  await fs.writeAtomic(t.lockAbs, t.original);
  return true;
}
function guarded(deps, write) {
  return deps.interrupts ? deps.interrupts.guard(write) : write();
}
async function flakeNixSha256(fs, flakeAbs) {
  const bytes = await fs.read(path.join(flakeAbs, "flake.nix")) ?? Buffer.alloc(0);
  return createHash("sha256").update(bytes).digest("hex");
}
async function planFlake(t, req, deps) {
  const { fs, logger, nix } = deps;
  const originalText = t.original.toString("utf8");
  const base = { dir: t.dir, lockFile: t.lockRel, flakeNixSha256: await flakeNixSha256(fs, t.abs) };
  const unchanged = () => ({
    ...base,
    skipped: [],
    lock: { before: originalText, after: originalText },
    targets: []
  });
  if (!t.selected) {
    logger.info(`${t.lockRel}: none of the requested inputs; not updated`);
    return unchanged();
  }
  const write = (bytes) => guarded(deps, () => fs.writeAtomic(t.lockAbs, bytes));
  const nixAbs = path.join(t.abs, "flake.nix");
  const nixFile = t.dir === "." ? "flake.nix" : `${t.dir}/flake.nix`;
  const bump = req.releaseTags === false ? void 0 : await planTagBumps(t, nixAbs, nixFile, deps);
  const writeNix = (side2) => bump ? guarded(deps, () => fs.writeAtomic(nixAbs, bump[side2])) : Promise.resolve();
  const removeNixUndo = bump ? deps.interrupts?.onInterrupt(
    async () => await restoreFile(nixAbs, bump.before, fs) ? `restored ${nixFile}` : `${nixFile} unchanged`
  ) : void 0;
  try {
    await writeNix("after");
    const what = t.inputs.length > 0 ? t.inputs.join(", ") : "all inputs";
    await logger.group(`Update ${t.lockRel} (${what})`, () => nix.updateLock(t.abs, t.inputs));
    const updated = await fs.read(t.lockAbs);
    if (updated === void 0) throw new UserError("Nix removed flake.lock during the update", t.lockRel);
    if (updated.equals(t.original)) {
      logger.info(`${t.lockRel}: already up to date`);
      return unchanged();
    }
    const afterText = updated.toString("utf8");
    const afterLock = parseLock(afterText, t.lockRel);
    const inputs = diffLocks(
      { lock: t.lock, inputs: [...resolveLock(t.lock).values()] },
      { lock: afterLock, inputs: [...resolveLock(afterLock).values()] }
    );
    logger.info(`${t.lockRel}: ${inputs.length} input(s) changed: ${inputs.map((c) => c.name).join(", ")}`);
    await write(t.original);
    await writeNix("before");
    const before = await logger.group(`Evaluate before the update (${t.dir})`, () => evaluateSide(t, req, deps));
    await write(updated);
    await writeNix("after");
    const after = await logger.group(
      `Evaluate after the update (${t.dir})`,
      () => evaluateSide(
        t,
        req,
        deps,
        before.targets.map((x) => x.installable)
      )
    );
    const system = after.system ?? before.system;
    return {
      ...base,
      ...system !== void 0 ? { system } : {},
      skipped: mergeSkipped(before.skipped, after.skipped),
      ...after.listingError ? { listingError: after.listingError } : {},
      lock: { before: originalText, after: afterText },
      ...bump ? { flakeNix: { before: bump.before.toString("utf8"), after: bump.after.toString("utf8") }, tagBumps: bump.bumps } : {},
      targets: pairPlanned(before.targets, after.targets)
    };
  } finally {
    await guarded(deps, () => restoreLock(t, fs));
    if (bump) await guarded(deps, () => restoreFile(nixAbs, bump.before, fs));
    removeNixUndo?.();
  }
}
async function planGrouping(t, flake, setting, req, deps) {
  const { fs, logger } = deps;
  const { groups: locks, refused } = groupLocks(flake, setting, logger);
  const before = flake.targets.flatMap(
    (x) => x.before ? [{ installable: { attr: x.attr, kind: x.kind, name: x.name }, ...x.before }] : []
  );
  const nixAbs = path.join(t.abs, "flake.nix");
  const nixFile = t.dir === "." ? "flake.nix" : `${t.dir}/flake.nix`;
  const userNix = locks.some((g) => g.flakeNix !== void 0) ? await fs.read(nixAbs) : void 0;
  const removeNixUndo = userNix ? deps.interrupts?.onInterrupt(
    async () => await restoreFile(nixAbs, userNix, fs) ? `restored ${nixFile}` : `${nixFile} unchanged`
  ) : void 0;
  const groups = [];
  try {
    for (const g of locks) {
      const after = await logger.group(`Evaluate group ${g.name} of ${flake.lockFile} (${g.inputs.join(", ")})`, async () => {
        await guarded(deps, () => fs.writeAtomic(t.lockAbs, Buffer.from(g.lock, "utf8")));
        if (userNix) {
          const text = g.flakeNix !== void 0 ? Buffer.from(g.flakeNix, "utf8") : userNix;
          await guarded(deps, () => restoreFile(nixAbs, text, fs));
        }
        return evaluateSide(
          t,
          req,
          deps,
          before.map((x) => x.installable)
        );
      });
      const system = after.system ?? flake.system;
      groups.push({
        name: g.name,
        inputs: g.inputs,
        lock: g.lock,
        ...g.flakeNix !== void 0 ? { flakeNix: g.flakeNix, tagBumps: g.tagBumps ?? [] } : {},
        ...system !== void 0 ? { system } : {},
        skipped: after.skipped.length > 0 ? after.skipped : flake.skipped,
        ...after.listingError ? { listingError: after.listingError } : {},
        targets: pairPlanned(before, after.targets)
      });
    }
  } finally {
    await guarded(deps, () => restoreLock(t, fs));
    if (userNix) await guarded(deps, () => restoreFile(nixAbs, userNix, fs));
    removeNixUndo?.();
  }
  return { groups, refused };
}
async function restoreFile(file, original, fs) {
  return restoreLock({ lockAbs: file, original }, fs);
}
async function planTagBumps(t, nixAbs, nixFile, deps) {
  if (!deps.tags) return void 0;
  const before = await deps.fs.read(nixAbs);
  if (before === void 0) return void 0;
  const roots = t.inputs.filter((i) => !i.includes("/"));
  if (t.inputs.length > 0 && roots.length === 0) return void 0;
  return releaseTagBumps(before, nixFile, roots, { git: deps.tags, logger: deps.logger });
}
var side = (x) => x === void 0 ? null : {
  ...x.drvPath !== void 0 ? { drvPath: x.drvPath } : {},
  ...x.evalError !== void 0 ? { evalError: x.evalError } : {}
};
function pairPlanned(before, after) {
  const b = new Map(before.map((x) => [x.installable.attr, x]));
  const a = new Map(after.map((x) => [x.installable.attr, x]));
  const attrs = [...a.keys(), ...[...b.keys()].filter((k) => !a.has(k))];
  return attrs.map((attr) => {
    const x = a.get(attr);
    const y = b.get(attr);
    const { kind, name } = (x ?? y).installable;
    return { attr, kind, name, before: side(y), after: side(x), shard: null };
  });
}
function mergeSkipped(a, b) {
  const out = [...b];
  for (const s of a) if (!out.some((x) => x.attr === s.attr)) out.push(s);
  return out;
}
function flakeEvaluator(flakeAbs, nix) {
  return (apply) => nix.evalExprJson(discoveryExpression(flakeAbs), apply);
}
async function evaluateSide(t, req, deps, fallback) {
  const { nix, logger } = deps;
  const evaluate = flakeEvaluator(t.abs, nix);
  const selected = staticSelection(req.build);
  let targets;
  let system;
  let skipped = [];
  let listingError;
  if (selected === "discover") {
    let d;
    try {
      d = parseDiscovery(await evaluate(discoveryApply()));
    } catch (e) {
      if (!(e instanceof ExecError)) throw e;
      try {
        d = parseDiscovery(await evaluate(discoveryApply(void 0, { drvPaths: false })));
      } catch (e2) {
        if (!(e2 instanceof ExecError)) throw e2;
        if (fallback === void 0) {
          throw new UserError(
            `the outputs of ${t.dir === "." ? "the flake" : `'${t.dir}'`} cannot be evaluated before the update: ${firstError(e2.stderr || e2.message)}`,
            t.dir === "." ? "flake.nix" : `${t.dir}/flake.nix`,
            void 0,
            "fix the flake first (`nix flake show` shows the error), or list what to build with the build setting"
          );
        }
        listingError = firstError(e2.stderr || e2.message);
        logger.warning(`the outputs cannot be listed after the update: ${listingError}`);
      }
    }
    if (d) {
      targets = d.targets;
      system = d.system;
      skipped = d.skipped;
    } else {
      targets = await evaluateAttrs(evaluate, fallback ?? []);
    }
  } else {
    targets = await evaluateAttrs(evaluate, selected);
  }
  targets = await resolveTargets(evaluate, targets);
  return { ...system ? { system } : {}, ...listingError ? { listingError } : {}, skipped, targets };
}
function firstError(message) {
  const lines = message.split("\n").map((l) => l.trim());
  const err = lines.find((l) => l.startsWith("error:"));
  return (err ?? lines.find((l) => l !== "") ?? "build failed").replace(/^error:\s*/, "");
}
function tailLines(text, n) {
  return text.trimEnd().split("\n").slice(-n).join("\n");
}
function serverForgeHosts(serverUrl) {
  try {
    const host = new URL(serverUrl).host;
    return host.toLowerCase() === "github.com" ? void 0 : { github: [host] };
  } catch {
    return void 0;
  }
}
function updateRequest(config) {
  const hosts = serverForgeHosts(config.pr.serverUrl);
  return {
    workspace: config.workspace,
    paths: config.paths,
    inputs: config.update.inputs,
    build: config.update.build,
    dryRun: config.update.dryRun,
    ...hosts ? { hosts } : {},
    ...config.update.bisect ? { bisect: { maxBuilds: config.update.bisectMaxBuilds ?? DEFAULTS.bisectMaxBuilds } } : {},
    ...config.update.group && config.update.group.kind !== "all" ? { group: config.update.group } : {},
    ...config.update.releaseTags === false ? { releaseTags: false } : {}
  };
}
function planRequest(config) {
  return { ...updateRequest(config), ...config.update.shards !== void 0 ? { shards: config.update.shards } : {} };
}
async function writePlanDir(files, dir, plan) {
  return files.writePlan(dir, serializePlan(plan));
}

export {
  diffLocks,
  TrialLockError,
  changedRootInputs,
  trialLock,
  evaluateAttrs,
  resolveTargets,
  runPlan,
  nixNotInstalled,
  restoreLock,
  guarded,
  flakeNixSha256,
  pairPlanned,
  mergeSkipped,
  flakeEvaluator,
  evaluateSide,
  firstError,
  tailLines,
  serverForgeHosts,
  updateRequest,
  planRequest,
  writePlanDir
};
