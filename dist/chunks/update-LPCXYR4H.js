import {
  runBuild
} from "./chunk-M22GAPUA.js";
import {
  mergeBuilds,
  placeLocks
} from "./chunk-3WWC73SH.js";
import "./chunk-WABOPAL3.js";
import "./chunk-WYFOGVTW.js";
import "./chunk-ZRNIQLM2.js";
import {
  evaluateAttrs,
  evaluateSide,
  firstError,
  flakeEvaluator,
  guarded,
  pairPlanned,
  restoreLock,
  runPlan
} from "./chunk-FWKX6JPY.js";
import "./chunk-364K447V.js";
import {
  assignShards,
  sealPlan
} from "./chunk-2AH7UBCJ.js";
import "./chunk-5YAWDXD3.js";
import "./chunk-GYRCVODP.js";
import "./chunk-GCMNXKNT.js";
import "./chunk-DTUGL6IJ.js";
import "./chunk-5Z4T2RLS.js";
import "./chunk-M6HMDD4M.js";
import "./chunk-5GZB3ASF.js";
import {
  globMatch
} from "./chunk-T54OW3UP.js";
import {
  analyzeLock
} from "./chunk-BMNEXWVU.js";
import "./chunk-7HIKED5Z.js";
import {
  parseLock
} from "./chunk-GJL3B6YX.js";
import {
  ExecError
} from "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";

// src/app/bisect.ts
import path from "node:path";

// src/update/bisect-search.ts
var DEFAULT_MAX_BUILDS = 8;
var Bound = class extends Error {
};
async function bisectInputs(changed, oracle, maxBuilds = DEFAULT_MAX_BUILDS) {
  const all = [...new Set(changed)].sort();
  const keyOf = (s) => JSON.stringify([...s].sort());
  const known = /* @__PURE__ */ new Map([
    [keyOf([]), "ok"],
    [keyOf(all), "fail"]
  ]);
  let builds = 0;
  let smallest = all;
  let interaction = false;
  const fails = async (moved) => {
    const key = keyOf(moved);
    let v = known.get(key);
    if (v === void 0) {
      if (builds >= maxBuilds) throw new Bound();
      builds++;
      v = await oracle(new Set(moved));
      known.set(key, v);
      if (v === "fail" && moved.length < smallest.length) smallest = [...moved].sort();
    }
    return v === "fail";
  };
  const search = async (candidates, base) => {
    if (candidates.length <= 1) return [...candidates];
    const half = Math.ceil(candidates.length / 2);
    const first = candidates.slice(0, half);
    const second = candidates.slice(half);
    if (await fails([...base, ...first])) return search(first, base);
    if (await fails([...base, ...second])) return search(second, base);
    interaction = true;
    const a = await search(first, [...base, ...second]);
    const b = await search(second, [...base, ...a]);
    return [...a, ...b];
  };
  if (all.length === 0) return { culprits: [], exact: true, interaction: false, builds: 0 };
  try {
    const culprits = (await search(all, [])).sort();
    return { culprits, exact: true, interaction: interaction && culprits.length > 1, builds };
  } catch (e) {
    if (!(e instanceof Bound)) throw e;
    return { culprits: smallest, exact: false, interaction: false, builds };
  }
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
    order[id] = canonical({ ...rest, inputs: Object.fromEntries(edges) });
    return id;
  };
  visit(edge);
  return order.join("\n");
}
function canonical(v) {
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

// src/app/bisect.ts
function brokenByUpdate(flake) {
  return flake.configurations.filter((c) => c.before.status === "built" && c.after.status === "failed");
}
async function bisectReport(report, workspace, options, deps) {
  const flakes = [];
  for (const f of report.flakes) flakes.push(await bisectFlake(f, path.resolve(workspace, f.dir), options, deps));
  return { ...report, flakes };
}
async function bisectFlake(flake, abs, options, deps) {
  const broken = brokenByUpdate(flake);
  if (broken.length === 0 || flake.lock.before === flake.lock.after) return flake;
  const changed = changedRootInputs(flake.lock.before, flake.lock.after, flake.lockFile);
  if (changed.length < 2) return flake;
  const { fs, logger } = deps;
  if (flake.flakeNix !== void 0) {
    logger.warning(`${flake.lockFile}: not bisected, the update also moved release tags in flake.nix`);
    return flake;
  }
  const lockAbs = path.join(abs, "flake.lock");
  const original = Buffer.from(flake.lock.before, "utf8");
  const remove = deps.interrupts?.onInterrupt(
    async () => await restoreLock({ lockAbs, original }, fs) ? `restored ${flake.lockFile}` : `${flake.lockFile} unchanged`
  );
  let builds = 0;
  const evaluate = flakeEvaluator(abs, deps.nix);
  const lines = options.logLines ?? 60;
  const tryLock = async (lockText, targets) => {
    builds++;
    await guarded(deps, () => fs.writeAtomic(lockAbs, Buffer.from(lockText, "utf8")));
    const failures = /* @__PURE__ */ new Map();
    const evaluated = await evaluateAttrs(evaluate, targets);
    const drvs = evaluated.flatMap((t) => t.drvPath !== void 0 ? [t.drvPath] : []);
    const results = drvs.length > 0 ? await deps.nix.build(drvs) : /* @__PURE__ */ new Map();
    deps.interrupts?.throwIfInterrupted();
    for (const t of evaluated) {
      const r = t.drvPath !== void 0 ? results.get(t.drvPath) : void 0;
      if (r?.ok) continue;
      if (r === void 0) {
        failures.set(t.installable.attr, { message: "evaluation failed", logTail: t.evalError ?? "it did not evaluate" });
        continue;
      }
      const failedDrv = r.failedDrvs[0];
      const log = failedDrv !== void 0 ? await deps.nix.log(failedDrv) : "";
      failures.set(t.installable.attr, {
        message: firstError(r.message),
        logTail: tail(log.trim() !== "" ? log : r.message, lines)
      });
    }
    return failures;
  };
  const heldBack = /* @__PURE__ */ new Map();
  let note;
  try {
    for (const c of broken) {
      const budget = options.maxBuilds - 1 - builds;
      if (budget <= 0) break;
      const target = { attr: c.attr, kind: c.kind, name: c.name };
      const seen = /* @__PURE__ */ new Map();
      const found = await logger.group(
        `Bisect ${c.attr} (${changed.length} inputs moved: ${changed.join(", ")})`,
        () => bisectInputs(
          changed,
          async (moved) => {
            const text = trialLock(flake.lock.before, flake.lock.after, moved, flake.lockFile);
            const failure = (await tryLock(text, [target])).get(c.attr);
            logger.info(`moved ${[...moved].sort().join(", ") || "nothing"}: ${failure ? "fails" : "builds"}`);
            if (failure) seen.set([...moved].sort().join("\0"), failure);
            return failure ? "fail" : "ok";
          },
          budget
        )
      );
      const evidence = seen.get(found.culprits.join("\0")) ?? (c.after.failure ? { message: c.after.failure.message, logTail: c.after.failure.logTail } : { message: "failed", logTail: "" });
      logger.info(`${c.attr}: ${found.exact ? "" : "among "}${found.culprits.join(", ")} (${found.builds} build(s))`);
      if (found.culprits.length === changed.length) continue;
      for (const input of found.culprits) {
        const h = heldBack.get(input);
        if (h) h.targets.push(c.attr);
        else heldBack.set(input, { targets: [c.attr], evidence, interaction: found.interaction, exact: found.exact });
      }
    }
  } catch (e) {
    if (!(e instanceof TrialLockError) && !(e instanceof ExecError)) {
      await guarded(deps, () => restoreLock({ lockAbs, original }, fs)).catch(() => void 0);
      remove?.();
      throw e;
    }
    note = e.message;
    logger.warning(`bisection of ${flake.lockFile} stopped: ${firstError(e.message)}`);
  }
  let proposal = "none";
  let proposed;
  try {
    if (heldBack.size > 0 && note === void 0) {
      const rest = new Set(changed.filter((i) => !heldBack.has(i)));
      const text = trialLock(flake.lock.before, flake.lock.after, rest, flake.lockFile);
      const failures = await logger.group(
        `Build the update without ${[...heldBack.keys()].join(", ")}`,
        () => tryLock(text, broken.map((c) => ({ attr: c.attr, kind: c.kind, name: c.name })))
      );
      proposal = failures.size === 0 ? "proposed" : "still-fails";
      if (failures.size === 0) proposed = text;
    }
  } catch (e) {
    if (!(e instanceof TrialLockError) && !(e instanceof ExecError)) throw e;
    note = e.message;
  } finally {
    await guarded(deps, () => restoreLock({ lockAbs, original }, fs));
    remove?.();
  }
  const outcome = {
    builds,
    maxBuilds: options.maxBuilds,
    heldBack: [...heldBack].map(([input, h]) => ({
      input,
      targets: h.targets,
      evidence: h.evidence,
      ...h.interaction ? { interaction: true } : {},
      exact: h.exact
    })),
    proposal,
    ...note !== void 0 ? { note: firstError(note) } : {}
  };
  return { ...flake, bisect: outcome, ...proposed !== void 0 ? { lock: { ...flake.lock, after: proposed } } : {} };
}
function tail(text, n) {
  return text.replace(/\s+$/, "").split("\n").slice(-n).join("\n");
}

// src/app/group-update.ts
import path2 from "node:path";

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

// src/app/group-update.ts
var installable = (t) => ({ attr: t.attr, kind: t.kind, name: t.name });
function beforeTargets(flake) {
  return flake.targets.flatMap(
    (t) => t.before ? [
      {
        installable: installable(t),
        ...t.before.drvPath !== void 0 ? { drvPath: t.before.drvPath } : {},
        ...t.before.evalError !== void 0 ? { evalError: t.before.evalError } : {}
      }
    ] : []
  );
}
async function groupReports(plan, setting, req, deps) {
  const out = [];
  for (const flake of plan.flakes) out.push(await groupFlake(plan, flake, setting, req, deps));
  return out;
}
async function groupFlake(plan, flake, setting, req, deps) {
  const { logger } = deps;
  const none = { dir: flake.dir, groups: [], refused: [] };
  if (flake.lock.before === flake.lock.after) return none;
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
  if (flake.flakeNix !== void 0) {
    const why = "the update also moved release tags in flake.nix; grouped pull requests pair with one flake.nix";
    logger.warning(`${flake.lockFile}: not grouped: ${why}`);
    return { ...none, refused: split.groups.map((g) => ({ name: g.name, why })) };
  }
  const groups = [];
  const refused = [];
  for (const g of split.groups) {
    let lock;
    try {
      lock = trialLock(flake.lock.before, flake.lock.after, new Set(g.inputs), flake.lockFile);
    } catch (e) {
      if (!(e instanceof TrialLockError)) throw e;
      logger.warning(`${flake.lockFile}: no pull request for group ${g.name}: its lock cannot be made (${e.message})`);
      refused.push({ name: g.name, why: e.message });
      continue;
    }
    const report = await logger.group(
      `Group ${g.name} of ${flake.lockFile} (${g.inputs.join(", ")})`,
      () => groupReport(plan, flake, lock, req, deps)
    );
    groups.push({ name: g.name, inputs: g.inputs, flake: report });
  }
  return { dir: flake.dir, groups, refused };
}
async function groupReport(plan, flake, lock, req, deps) {
  const { fs } = deps;
  const abs = path2.resolve(req.workspace, flake.dir);
  const lockAbs = path2.join(abs, "flake.lock");
  const original = await fs.read(lockAbs) ?? Buffer.from(flake.lock.before, "utf8");
  const remove = deps.interrupts?.onInterrupt(
    async () => await restoreLock({ lockAbs, original }, fs) ? `restored ${flake.lockFile}` : `${flake.lockFile} unchanged`
  );
  const before = beforeTargets(flake);
  let after;
  try {
    await guarded(deps, () => fs.writeAtomic(lockAbs, Buffer.from(lock, "utf8")));
    after = await evaluateSide(
      { abs, dir: flake.dir },
      req,
      deps,
      before.map((t) => t.installable)
    );
  } finally {
    await guarded(deps, () => restoreLock({ lockAbs, original }, fs));
    remove?.();
  }
  const system = after.system ?? flake.system;
  const grouped = {
    dir: flake.dir,
    lockFile: flake.lockFile,
    flakeNixSha256: flake.flakeNixSha256,
    ...system !== void 0 ? { system } : {},
    skipped: after.skipped.length > 0 ? after.skipped : flake.skipped,
    ...after.listingError ? { listingError: after.listingError } : {},
    lock: { before: flake.lock.before, after: lock },
    targets: pairPlanned(before, after.targets)
  };
  const { id: _id, shards: _shards, ...content } = plan;
  const one = sealPlan(assignShards({ ...content, flakes: [grouped] }, 1));
  const builds = [];
  for (const shard of one.shards) {
    builds.push({ file: `shard ${shard}`, build: await runBuild(one, shard, req, deps, { instantiated: true }) });
  }
  const report = mergeBuilds(one, builds, {
    dryRun: req.dryRun,
    now: deps.clock.now(),
    ...req.hosts ? { hosts: req.hosts } : {}
  });
  return report.flakes[0];
}

// src/app/update.ts
async function runUpdate(req, deps) {
  const { plan } = await runPlan({ ...req, shards: 1 }, deps);
  const builds = [];
  for (const shard of plan.shards) {
    builds.push({ file: `shard ${shard}`, build: await runBuild(plan, shard, req, deps, { instantiated: true }) });
  }
  let report = mergeBuilds(plan, builds, {
    dryRun: req.dryRun,
    now: deps.clock.now(),
    ...req.hosts ? { hosts: req.hosts } : {}
  });
  if (req.bisect) {
    report = await bisectReport(
      report,
      req.workspace,
      { maxBuilds: req.bisect.maxBuilds, ...req.logLines !== void 0 ? { logLines: req.logLines } : {} },
      deps
    );
  }
  if (req.group && req.group.kind !== "all" && !req.dryRun) {
    report = { ...report, groups: await groupReports(plan, req.group, req, deps) };
  }
  const proposed = { ...plan, flakes: plan.flakes.map((f, i) => ({ ...f, lock: report.flakes[i]?.lock ?? f.lock })) };
  if (!req.dryRun) await placeLocks(proposed, req.workspace, deps);
  return report;
}
export {
  runUpdate
};
