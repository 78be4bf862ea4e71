import {
  readPlan
} from "./chunk-QSC3DW74.js";
import {
  BUILD_FORMAT,
  buildFileName,
  serializeBuild
} from "./chunk-KOIIPLET.js";
import {
  summarizeClosureDiff
} from "./chunk-WYFOGVTW.js";
import {
  closureOf,
  closureSize
} from "./chunk-ZRNIQLM2.js";
import {
  TrialLockError,
  changedRootInputs,
  evaluateAttrs,
  firstError,
  flakeEvaluator,
  flakeNixSha256,
  guarded,
  resolveTargets,
  restoreLock,
  tailLines,
  trialLock
} from "./chunk-777FHHKZ.js";
import {
  groupAsFlake,
  shardLabels
} from "./chunk-LNUD2RHY.js";
import {
  DEFAULTS
} from "./chunk-ELKPDDDQ.js";
import {
  TagBumpMismatch,
  flakeNixWithTagBumps
} from "./chunk-LQO26QTC.js";
import {
  ExecError,
  UserError
} from "./chunk-6FGB7YHV.js";

// src/app/build.ts
import path2 from "node:path";

// src/app/bisect.ts
import path from "node:path";

// src/update/bisect-search.ts
var Bound = class extends Error {
};
async function bisectInputs(changed, oracle, maxBuilds = DEFAULTS.bisectMaxBuilds) {
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

// src/app/bisect.ts
function brokenByUpdate(flake) {
  return flake.configurations.filter((c) => c.before.status === "built" && c.after.status === "failed");
}
async function bisectFlake(flake, abs, options, deps, memo) {
  const broken = brokenByUpdate(flake);
  if (broken.length === 0 || flake.lock.before === flake.lock.after) return flake;
  const changed = changedRootInputs(flake.lock.before, flake.lock.after, flake.lockFile);
  if (changed.length < 2) return flake;
  const { fs, logger } = deps;
  const tags = await trialFlakeNix(flake, abs, changed, deps);
  if (tags === "refused") return flake;
  const lockAbs = path.join(abs, "flake.lock");
  const original = Buffer.from(flake.lock.before, "utf8");
  const restore = async () => {
    const lock = await restoreLock({ lockAbs, original }, fs);
    const nix = tags ? await restoreLock({ lockAbs: tags.abs, original: tags.original }, fs) : false;
    const files = [lock ? flake.lockFile : void 0, nix ? tags.file : void 0].filter((f) => f !== void 0);
    return files.length > 0 ? `restored ${files.join(" and ")}` : `${flake.lockFile} unchanged`;
  };
  const remove = deps.interrupts?.onInterrupt(restore);
  let builds = 0;
  const evaluate = flakeEvaluator(abs, deps.nix);
  const lines = options.logLines ?? 60;
  const logs = /* @__PURE__ */ new Map();
  const logOf = (drv) => {
    let log = logs.get(drv);
    if (!log) logs.set(drv, log = deps.nix.log(drv));
    return log;
  };
  const trialOf = (moved) => ({
    lock: trialLock(flake.lock.before, flake.lock.after, moved, flake.lockFile),
    ...tags ? { flakeNix: flakeNixWithTagBumps(tags.before, tags.file, tags.bumps, moved) } : {}
  });
  const tryLock = async (trial, all) => {
    const key = JSON.stringify([abs, trial.lock, trial.flakeNix ?? null]);
    const known = memo.get(key) ?? /* @__PURE__ */ new Map();
    memo.set(key, known);
    const failures = /* @__PURE__ */ new Map();
    for (const t of all) {
      const k = known.get(t.attr);
      if (k) failures.set(t.attr, k);
    }
    const targets = all.filter((t) => !known.has(t.attr));
    if (targets.length === 0) {
      logger.info(`already built in this run with this lock: ${all.map((t) => t.attr).join(", ")}`);
      return failures;
    }
    builds++;
    await guarded(deps, () => fs.writeAtomic(lockAbs, Buffer.from(trial.lock, "utf8")));
    if (tags && trial.flakeNix !== void 0) {
      await guarded(deps, () => restoreLock({ lockAbs: tags.abs, original: Buffer.from(trial.flakeNix, "utf8") }, fs));
    }
    const evaluated = await evaluateAttrs(evaluate, targets);
    const drvs = evaluated.flatMap((t) => t.drvPath !== void 0 ? [t.drvPath] : []);
    const results = drvs.length > 0 ? await deps.nix.build(drvs) : /* @__PURE__ */ new Map();
    deps.interrupts?.throwIfInterrupted();
    for (const t of evaluated) {
      const r = t.drvPath !== void 0 ? results.get(t.drvPath) : void 0;
      let failure = null;
      if (r === void 0) {
        failure = { message: "evaluation failed", logTail: t.evalError ?? "it did not evaluate" };
      } else if (!r.ok) {
        const failedDrv = r.failedDrvs[0];
        const log = failedDrv !== void 0 ? await logOf(failedDrv) : "";
        failure = { message: firstError(r.message), logTail: tailLines(log.trim() !== "" ? log : r.message, lines) };
      }
      known.set(t.installable.attr, failure);
      if (failure) failures.set(t.installable.attr, failure);
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
            const failure = (await tryLock(trialOf(moved), [target])).get(c.attr);
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
    if (!isTrialStop(e)) {
      await guarded(deps, restore).catch(() => void 0);
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
      const trial = trialOf(new Set(changed.filter((i) => !heldBack.has(i))));
      const failures = await logger.group(
        `Build the update without ${[...heldBack.keys()].join(", ")}`,
        () => tryLock(trial, broken.map((c) => ({ attr: c.attr, kind: c.kind, name: c.name })))
      );
      proposal = failures.size === 0 ? "proposed" : "still-fails";
      if (failures.size === 0) proposed = trial;
    }
  } catch (e) {
    if (!isTrialStop(e)) throw e;
    note = e.message;
  } finally {
    await guarded(deps, restore);
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
      exact: h.exact,
      ...tagBumpOf(tags?.bumps, input)
    })),
    proposal,
    ...note !== void 0 ? { note: firstError(note) } : {}
  };
  if (proposed === void 0) return { ...flake, bisect: outcome };
  return {
    ...flake,
    bisect: outcome,
    lock: { ...flake.lock, after: proposed.lock },
    // the held-back inputs keep their tags: flake.nix without their bumps, and those bumps not reported as done
    ...tags && proposed.flakeNix !== void 0 ? {
      flakeNix: { before: tags.before, after: proposed.flakeNix },
      tagBumps: tags.bumps.filter((b) => !heldBack.has(b.input))
    } : {}
  };
}
function isTrialStop(e) {
  return e instanceof TrialLockError || e instanceof TagBumpMismatch || e instanceof ExecError;
}
function tagBumpOf(bumps, input) {
  const b = bumps?.find((x) => x.input === input);
  return b ? { tagBump: { from: b.from, to: b.to } } : {};
}
async function trialFlakeNix(flake, abs, changed, deps) {
  const texts = flake.flakeNix;
  if (texts === void 0 || texts.before === texts.after) return void 0;
  const file = flake.dir === "." ? "flake.nix" : `${flake.dir}/flake.nix`;
  const nixAbs = path.join(abs, "flake.nix");
  const bumps = flake.tagBumps ?? [];
  const current = await deps.fs.read(nixAbs);
  let why;
  if (current === void 0 || current.toString("utf8") !== texts.before) {
    why = `${file} is not the one the update started from`;
  } else {
    try {
      if (flakeNixWithTagBumps(texts.before, file, bumps, new Set(changed)) !== texts.after) {
        why = `the release-tag bumps of inputs whose lock moved do not give the updated ${file}`;
      }
    } catch (e) {
      if (!(e instanceof TagBumpMismatch)) throw e;
      why = e.message;
    }
  }
  if (why !== void 0) {
    deps.logger.warning(`${flake.lockFile}: not bisected: ${why}`);
    return "refused";
  }
  return { abs: nixAbs, file, original: current, before: texts.before, bumps };
}

// src/app/build.ts
async function runBuild(plan, shard, req, deps, options = {}) {
  if (!plan.shards.includes(shard)) {
    throw new UserError(
      `the plan has no shard ${shard}`,
      void 0,
      void 0,
      plan.shards.length === 0 ? "nothing changed that needs a build: skip the build jobs when the plan has no shards (shard-count is 0)" : `its shards are ${plan.shards.length === 1 ? "0" : `0 to ${plan.shards.length - 1}`}: pass one of them (from the matrix output)`
    );
  }
  const work = shardWork(plan, shard);
  let sides = [];
  if (options.instantiated) sides = work.map(plannedSides);
  else if (plan.review) sides = await evaluateReviewShard(plan, work, req, deps);
  else for (const w of work) sides.push(await evaluateShard(w, req, deps));
  const { logger, nix } = deps;
  const drvs = [
    ...new Set(
      sides.flatMap((s) => [...s.before, ...s.after, ...s.groups.flatMap((g) => g.after)]).flatMap((x) => x.drvPath !== void 0 ? [x.drvPath] : [])
    )
  ];
  let results = /* @__PURE__ */ new Map();
  let infos = /* @__PURE__ */ new Map();
  if (drvs.length > 0) {
    const labels = shardLabels(plan).get(shard) ?? [];
    logger.info(`building ${drvs.length} derivation(s) of ${labels.length} changed output(s): ${labels.join(", ")}`);
    results = await logger.group(`Build shard ${shard} before and after`, () => nix.build(drvs));
    deps.interrupts?.throwIfInterrupted();
    const outPaths = [...new Set([...results.values()].flatMap((r) => r.ok ? Object.values(r.outputs) : []))];
    if (outPaths.length > 0) infos = await nix.pathInfoClosure(outPaths);
  }
  const logs = /* @__PURE__ */ new Map();
  const memo = /* @__PURE__ */ new Map();
  const out = [];
  for (const [i, s] of sides.entries()) {
    const w = work[i];
    const before = await sideResults("before", s.before, results, infos, logs, req, deps);
    const after = await sideResults("after", s.after, results, infos, logs, req, deps);
    const configurations = pairSides(w.targets, before, after);
    const bisect = options.bisect && !plan.review ? await bisectShard(w.flake, configurations, req, deps, options.bisect, memo) : void 0;
    const groups = [];
    for (const [j, g] of s.groups.entries()) {
      const { group, targets } = w.groups[j];
      const own = await sideResults("after", g.after, results, infos, logs, req, deps, ` (group ${group.name})`);
      const paired = pairSides(targets, before, own);
      const bisected = options.bisect && !plan.review && group.inputs.length > 1 ? await bisectShard(groupAsFlake(w.flake, group), paired, req, deps, options.bisect, memo) : void 0;
      groups.push({ name: group.name, configurations: paired, ...bisected ? { bisect: bisected } : {} });
    }
    out.push({
      dir: w.flake.dir,
      configurations,
      ...bisect ? { bisect } : {},
      ...w.flake.grouping ? { groups } : {}
    });
  }
  return { format: BUILD_FORMAT, planId: plan.id, shard, flakes: out };
}
function shardWork(plan, shard) {
  return plan.flakes.flatMap((flake) => {
    const targets = flake.targets.filter((t) => t.shard === shard);
    const groups = (flake.grouping?.groups ?? []).flatMap((group) => {
      const own = group.targets.filter((t) => t.shard === shard);
      return own.length > 0 ? [{ group, targets: own }] : [];
    });
    if (targets.length === 0 && groups.length === 0) return [];
    const attrs = /* @__PURE__ */ new Set();
    const before = [...targets, ...groups.flatMap((g) => g.targets)].filter(
      (t) => t.before !== null && attrs.size < attrs.add(t.attr).size
    );
    return [{ flake, targets, groups, before }];
  });
}
var installable = (t) => ({ attr: t.attr, kind: t.kind, name: t.name });
var asTarget = (t, s) => ({
  installable: installable(t),
  ...s.drvPath !== void 0 ? { drvPath: s.drvPath } : {},
  ...s.evalError !== void 0 ? { evalError: s.evalError } : {}
});
function plannedSides(w) {
  const after = (targets) => targets.flatMap((t) => t.after ? [asTarget(t, t.after)] : []);
  return {
    before: w.before.map((t) => asTarget(t, t.before)),
    after: after(w.targets),
    groups: w.groups.map((g) => ({ after: after(g.targets) }))
  };
}
async function evaluateShard(w, req, deps) {
  const { flake } = w;
  const { fs, logger } = deps;
  const abs = path2.resolve(req.workspace, flake.dir);
  if (await flakeNixSha256(fs, abs) !== flake.flakeNixSha256) {
    throw new UserError(
      `${flake.dir === "." ? "flake.nix" : `${flake.dir}/flake.nix`} is not the one the plan was made from`,
      flake.dir === "." ? "flake.nix" : `${flake.dir}/flake.nix`,
      void 0,
      "check out the commit the plan job used (all jobs of one workflow run check out the same commit by default)"
    );
  }
  const lockAbs = path2.join(abs, "flake.lock");
  const current = await fs.read(lockAbs);
  const existed = current !== void 0;
  const original = current ?? Buffer.alloc(0);
  const restore = async () => {
    if (!existed) {
      await fs.remove(lockAbs);
      return true;
    }
    return restoreLock({ lockAbs, original }, fs);
  };
  const remove = deps.interrupts?.onInterrupt(
    async () => await restore() ? `restored ${flake.lockFile}` : `${flake.lockFile} unchanged`
  );
  const removeNixUndo = restorePlannedFlakeNixOnInterrupt(flake, abs, deps);
  const evaluate = flakeEvaluator(abs, deps.nix);
  const one = async (which, targets, lock, planned) => {
    const group = planned?.name;
    await guarded(deps, () => fs.writeAtomic(lockAbs, Buffer.from(lock, "utf8")));
    await placePlannedFlakeNix(flake, abs, which, deps, planned);
    const listed = targets.filter((t) => t[which] !== null);
    const of = group === void 0 ? flake.dir : `${flake.dir}, group ${group}`;
    const got = await logger.group(
      `Evaluate shard targets ${which} the update (${of})`,
      async () => resolveTargets(evaluate, await evaluateAttrs(evaluate, listed.map(installable)))
    );
    got.forEach((x, i) => {
      const planned2 = listed[i][which]?.drvPath;
      if (planned2 !== void 0 && x.drvPath !== void 0 && x.drvPath !== planned2) {
        logger.warning(
          `${x.installable.attr} (${which}${group === void 0 ? "" : `, group ${group}`}): the derivation is ${x.drvPath}, not the plan's ${planned2}; built as evaluated here (run the build job on the plan job's system)`
        );
      }
    });
    return got;
  };
  try {
    const before = await one("before", w.before, flake.lock.before);
    const after = w.targets.length > 0 ? await one("after", w.targets, flake.lock.after) : [];
    const groups = [];
    for (const g of w.groups) groups.push({ after: await one("after", g.targets, g.group.lock, g.group) });
    return { before, after, groups };
  } finally {
    await guarded(deps, restore);
    await placePlannedFlakeNix(flake, abs, "before", deps);
    remove?.();
    removeNixUndo?.();
  }
}
async function placePlannedFlakeNix(flake, abs, which, deps, group) {
  if (!flake.flakeNix) return;
  const text = which === "after" && group ? group.flakeNix ?? flake.flakeNix.before : flake.flakeNix[which];
  const original = Buffer.from(text, "utf8");
  await guarded(deps, () => restoreLock({ lockAbs: path2.join(abs, "flake.nix"), original }, deps.fs));
}
function restorePlannedFlakeNixOnInterrupt(flake, abs, deps) {
  const texts = flake.flakeNix;
  if (!texts) return void 0;
  const file = flake.dir === "." ? "flake.nix" : `${flake.dir}/flake.nix`;
  return deps.interrupts?.onInterrupt(
    async () => await restoreLock({ lockAbs: path2.join(abs, "flake.nix"), original: Buffer.from(texts.before, "utf8") }, deps.fs) ? `restored ${file}` : `${file} unchanged`
  );
}
async function evaluateReviewShard(plan, work, req, deps) {
  const review = plan.review;
  if (!deps.trees) {
    throw new UserError("a review's plan is built with git: the base commit is checked out into a work tree");
  }
  const { git, scratch } = deps.trees;
  const top = await git.topLevel(req.workspace);
  if (top === void 0) {
    throw new UserError(`${req.workspace} is not in a git repository`, void 0, void 0, "build a review plan in a clone");
  }
  const prefix = path2.relative(top, req.workspace);
  const temp = await scratch.make();
  const made = [];
  const tree = async (sha, name) => {
    if (await git.commitOf(top, sha) === void 0) await git.fetchCommit(top, "origin", sha);
    const at = path2.join(temp, name);
    if (!await git.addWorktree(top, at, sha)) {
      throw new UserError(
        `git cannot check out ${sha.slice(0, 12)} into a work tree`,
        void 0,
        void 0,
        "check out with fetch-depth: 0, so the base commit is in the clone"
      );
    }
    made.push(at);
    return at;
  };
  try {
    const headTop = await git.commitOf(top, "HEAD") === review.head.sha ? top : await tree(review.head.sha, "head");
    const baseTop = await tree(review.base.sha, "base");
    const out = [];
    for (const { flake, targets } of work) {
      const side = async (which, root) => {
        const listed = targets.filter((t) => t[which] !== null);
        const evaluate = flakeEvaluator(path2.join(root, prefix, flake.dir), deps.nix);
        return deps.logger.group(
          `Evaluate shard targets on the ${which === "before" ? "base" : "head"} (${flake.dir})`,
          async () => resolveTargets(evaluate, await evaluateAttrs(evaluate, listed.map(installable)))
        );
      };
      out.push({ before: await side("before", baseTop), after: await side("after", headTop), groups: [] });
    }
    return out;
  } finally {
    for (const at of made.reverse()) await git.removeWorktree(top, at);
    await scratch.remove(temp);
  }
}
async function bisectShard(flake, configurations, req, deps, options, memo) {
  const report = {
    dir: flake.dir,
    lockFile: flake.lockFile,
    inputs: [],
    configurations,
    skipped: [],
    lock: flake.lock,
    ...flake.flakeNix ? { flakeNix: flake.flakeNix, tagBumps: flake.tagBumps ?? [] } : {}
  };
  const done = await bisectFlake(report, path2.resolve(req.workspace, flake.dir), options, deps, memo);
  if (!done.bisect) return void 0;
  if (done.bisect.proposal !== "proposed") return done.bisect;
  return { ...done.bisect, lock: done.lock.after, ...done.flakeNix ? { flakeNix: done.flakeNix.after } : {} };
}
async function sideResults(side, targets, results, infos, logs, req, deps, of = "") {
  const own = targets.flatMap((x) => {
    const r = x.drvPath !== void 0 ? results.get(x.drvPath) : void 0;
    return r ? [r] : [];
  });
  await failureLogs(own, req, deps, logs);
  const built = targets.map((x) => {
    const { installable: i } = x;
    const r = x.drvPath !== void 0 ? results.get(x.drvPath) : void 0;
    if (r?.ok) {
      const outs = Object.values(r.outputs);
      const closure = closureOf(outs, infos);
      return { installable: i, closure, result: { status: "built", outPaths: outs, closureSize: closureSize(closure) } };
    }
    return { installable: i, result: { status: "failed", failure: failureOf(x, r, side, logs, req) } };
  });
  const failed = built.filter((b) => b.result.status === "failed").length;
  if (failed > 0) deps.logger.warning(`${side} the update${of}: ${failed} of ${built.length} failed to build`);
  return built;
}
async function failureLogs(results, req, deps, logs) {
  const drvs = [];
  for (const r of results) if (!r.ok) {
    for (const d of r.failedDrvs) if (!drvs.includes(d)) drvs.push(d);
  }
  for (const drv of drvs.slice(0, req.maxLogs ?? 5)) {
    if (!logs.has(drv)) logs.set(drv, tailLines(await deps.nix.log(drv), req.logLines ?? 60));
  }
}
function failureOf(x, r, side, logs, req) {
  if (r === void 0) {
    const message = x.evalError ?? "it was not evaluated";
    return {
      side,
      attr: x.installable.attr,
      message: `evaluation failed: ${firstError(message)}`,
      logTail: tailLines(message, req.logLines ?? 60)
    };
  }
  const failedDrv = r.failedDrvs[0];
  const log = r.failedDrvs.map((d) => logs.get(d) ?? "").find((l) => l.trim() !== "");
  return {
    side,
    attr: x.installable.attr,
    drvPath: r.drvPath,
    ...failedDrv !== void 0 ? { failedDrv } : {},
    message: firstError(r.message),
    logTail: log ?? tailLines(r.message, req.logLines ?? 60)
  };
}
var ABSENT = { status: "absent" };
function pairSides(targets, before, after) {
  const b = new Map(before.map((x) => [x.installable.attr, x]));
  const a = new Map(after.map((x) => [x.installable.attr, x]));
  const attrs = targets.map((t) => t.attr).filter((attr) => a.has(attr) || b.has(attr));
  return attrs.map((attr) => {
    const x = a.get(attr);
    const y = b.get(attr);
    const i = (x ?? y).installable;
    const diff = x?.closure && y?.closure ? summarizeClosureDiff(y.closure, x.closure) : void 0;
    return {
      attr,
      kind: i.kind,
      name: i.name,
      before: y?.result ?? ABSENT,
      after: x?.result ?? ABSENT,
      ...diff ? { diff } : {}
    };
  });
}
async function runBuildStage(config, shard, deps) {
  const plan = await readPlan(deps.files, config.update.planDir);
  const bisect = config.update.bisect ? { maxBuilds: config.update.bisectMaxBuilds ?? DEFAULTS.bisectMaxBuilds } : void 0;
  const build = await runBuild(plan, shard, { workspace: config.workspace }, deps, bisect ? { bisect } : {});
  return deps.files.writeBuild(config.update.buildsDir, buildFileName(shard), serializeBuild(build));
}

export {
  runBuild,
  runBuildStage
};
