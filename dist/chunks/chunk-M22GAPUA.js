import {
  readPlan
} from "./chunk-3WWC73SH.js";
import {
  BUILD_FORMAT,
  buildFileName,
  serializeBuild
} from "./chunk-WABOPAL3.js";
import {
  summarizeClosureDiff
} from "./chunk-WYFOGVTW.js";
import {
  closureOf,
  closureSize
} from "./chunk-ZRNIQLM2.js";
import {
  evaluateAttrs,
  firstError,
  flakeEvaluator,
  flakeNixSha256,
  guarded,
  resolveTargets,
  restoreLock
} from "./chunk-FWKX6JPY.js";
import {
  shardTargets,
  targetLabel
} from "./chunk-2AH7UBCJ.js";
import {
  UserError
} from "./chunk-6FGB7YHV.js";

// src/app/build.ts
import path from "node:path";
async function runBuild(plan, shard, req, deps, options = {}) {
  if (!plan.shards.includes(shard)) {
    throw new UserError(
      `the plan has no shard ${shard}`,
      void 0,
      void 0,
      plan.shards.length === 0 ? "nothing changed that needs a build: skip the build jobs when the plan has no shards (shard-count is 0)" : `its shards are ${plan.shards.length === 1 ? "0" : `0 to ${plan.shards.length - 1}`}: pass one of them (from the matrix output)`
    );
  }
  const items = shardTargets(plan, shard);
  const flakes = plan.flakes.filter((f) => items.some((i) => i.flake === f));
  const targetsOf = (flake) => flake.targets.filter((t) => t.shard === shard);
  let sides = [];
  if (options.instantiated) sides = flakes.map((flake) => ({ flake, ...plannedSides(targetsOf(flake)) }));
  else if (plan.review) sides = await evaluateReviewShard(plan, flakes, targetsOf, req, deps);
  else for (const flake of flakes) sides.push({ flake, ...await evaluateShard(flake, targetsOf(flake), req, deps) });
  const { logger, nix } = deps;
  const drvs = [
    ...new Set(sides.flatMap((s) => [...s.before, ...s.after]).flatMap((x) => x.drvPath !== void 0 ? [x.drvPath] : []))
  ];
  let results = /* @__PURE__ */ new Map();
  let infos = /* @__PURE__ */ new Map();
  if (drvs.length > 0) {
    const labels = items.map(({ flake, target }) => targetLabel(flake, target));
    logger.info(`building ${drvs.length} derivation(s) of ${labels.length} changed output(s): ${labels.join(", ")}`);
    results = await logger.group(`Build shard ${shard} before and after`, () => nix.build(drvs));
    deps.interrupts?.throwIfInterrupted();
    const outPaths = [...new Set([...results.values()].flatMap((r) => r.ok ? Object.values(r.outputs) : []))];
    if (outPaths.length > 0) infos = await nix.pathInfoClosure(outPaths);
  }
  const logs = /* @__PURE__ */ new Map();
  const out = [];
  for (const s of sides) {
    const before = await sideResults("before", s.before, results, infos, logs, req, deps);
    const after = await sideResults("after", s.after, results, infos, logs, req, deps);
    out.push({ dir: s.flake.dir, configurations: pairSides(s.flake, before, after) });
  }
  return { format: BUILD_FORMAT, planId: plan.id, shard, flakes: out };
}
var installable = (t) => ({ attr: t.attr, kind: t.kind, name: t.name });
var asTarget = (t, s) => ({
  installable: installable(t),
  ...s.drvPath !== void 0 ? { drvPath: s.drvPath } : {},
  ...s.evalError !== void 0 ? { evalError: s.evalError } : {}
});
function plannedSides(targets) {
  return {
    before: targets.flatMap((t) => t.before ? [asTarget(t, t.before)] : []),
    after: targets.flatMap((t) => t.after ? [asTarget(t, t.after)] : [])
  };
}
async function evaluateShard(flake, targets, req, deps) {
  const { fs, logger } = deps;
  const abs = path.resolve(req.workspace, flake.dir);
  if (await flakeNixSha256(fs, abs) !== flake.flakeNixSha256) {
    throw new UserError(
      `${flake.dir === "." ? "flake.nix" : `${flake.dir}/flake.nix`} is not the one the plan was made from`,
      flake.dir === "." ? "flake.nix" : `${flake.dir}/flake.nix`,
      void 0,
      "check out the commit the plan job used (all jobs of one workflow run check out the same commit by default)"
    );
  }
  const lockAbs = path.join(abs, "flake.lock");
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
  const one = async (which) => {
    await guarded(deps, () => fs.writeAtomic(lockAbs, Buffer.from(flake.lock[which], "utf8")));
    await placePlannedFlakeNix(flake, abs, which, deps);
    const listed = targets.filter((t) => t[which] !== null);
    const got = await logger.group(
      `Evaluate shard targets ${which} the update (${flake.dir})`,
      async () => resolveTargets(evaluate, await evaluateAttrs(evaluate, listed.map(installable)))
    );
    got.forEach((x, i) => {
      const planned = listed[i][which]?.drvPath;
      if (planned !== void 0 && x.drvPath !== void 0 && x.drvPath !== planned) {
        logger.warning(
          `${x.installable.attr} (${which}): the derivation is ${x.drvPath}, not the plan's ${planned}; built as evaluated here (run the build job on the plan job's system)`
        );
      }
    });
    return got;
  };
  try {
    return { before: await one("before"), after: await one("after") };
  } finally {
    await guarded(deps, restore);
    await placePlannedFlakeNix(flake, abs, "before", deps);
    remove?.();
    removeNixUndo?.();
  }
}
async function placePlannedFlakeNix(flake, abs, which, deps) {
  if (!flake.flakeNix) return;
  const original = Buffer.from(flake.flakeNix[which], "utf8");
  await guarded(deps, () => restoreLock({ lockAbs: path.join(abs, "flake.nix"), original }, deps.fs));
}
function restorePlannedFlakeNixOnInterrupt(flake, abs, deps) {
  const texts = flake.flakeNix;
  if (!texts) return void 0;
  const file = flake.dir === "." ? "flake.nix" : `${flake.dir}/flake.nix`;
  return deps.interrupts?.onInterrupt(
    async () => await restoreLock({ lockAbs: path.join(abs, "flake.nix"), original: Buffer.from(texts.before, "utf8") }, deps.fs) ? `restored ${file}` : `${file} unchanged`
  );
}
async function evaluateReviewShard(plan, flakes, targetsOf, req, deps) {
  const review = plan.review;
  if (!deps.trees) {
    throw new UserError("a review's plan is built with git: the base commit is checked out into a work tree");
  }
  const { git, scratch } = deps.trees;
  const top = await git.topLevel(req.workspace);
  if (top === void 0) {
    throw new UserError(`${req.workspace} is not in a git repository`, void 0, void 0, "build a review plan in a clone");
  }
  const prefix = path.relative(top, req.workspace);
  const temp = await scratch.make();
  const made = [];
  const tree = async (sha, name) => {
    if (await git.commitOf(top, sha) === void 0) await git.fetchCommit(top, "origin", sha);
    const at = path.join(temp, name);
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
    for (const flake of flakes) {
      const targets = targetsOf(flake);
      const side = async (which, root) => {
        const listed = targets.filter((t) => t[which] !== null);
        const evaluate = flakeEvaluator(path.join(root, prefix, flake.dir), deps.nix);
        return deps.logger.group(
          `Evaluate shard targets on the ${which === "before" ? "base" : "head"} (${flake.dir})`,
          async () => resolveTargets(evaluate, await evaluateAttrs(evaluate, listed.map(installable)))
        );
      };
      out.push({ flake, before: await side("before", baseTop), after: await side("after", headTop) });
    }
    return out;
  } finally {
    for (const at of made.reverse()) await git.removeWorktree(top, at);
    await scratch.remove(temp);
  }
}
async function sideResults(side, targets, results, infos, logs, req, deps) {
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
  if (failed > 0) deps.logger.warning(`${side} the update: ${failed} of ${built.length} failed to build`);
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
function tailLines(text, n) {
  const lines = text.replace(/\s+$/, "").split("\n");
  return lines.slice(-n).join("\n");
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
function pairSides(flake, before, after) {
  const b = new Map(before.map((x) => [x.installable.attr, x]));
  const a = new Map(after.map((x) => [x.installable.attr, x]));
  const attrs = flake.targets.map((t) => t.attr).filter((attr) => a.has(attr) || b.has(attr));
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
  const build = await runBuild(plan, shard, { workspace: config.workspace }, deps);
  return deps.files.writeBuild(config.update.buildsDir, buildFileName(shard), serializeBuild(build));
}

export {
  runBuild,
  runBuildStage
};
