import {
  TrialLockError,
  bisectReport,
  changedRootInputs,
  runBuild,
  trialLock
} from "./chunk-5Y6XYH4F.js";
import {
  mergeBuilds,
  placeLocks,
  proposedPlan
} from "./chunk-PC5NAVK2.js";
import "./chunk-ZPLUOZPA.js";
import "./chunk-WYFOGVTW.js";
import "./chunk-ZRNIQLM2.js";
import {
  evaluateSide,
  guarded,
  pairPlanned,
  restoreLock,
  runPlan
} from "./chunk-SJ6KJSHZ.js";
import "./chunk-364K447V.js";
import {
  assignShards,
  sealPlan
} from "./chunk-6YWQCLUQ.js";
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
import "./chunk-BMNEXWVU.js";
import "./chunk-7HIKED5Z.js";
import "./chunk-GJL3B6YX.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";

// src/app/group-update.ts
import path from "node:path";

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
  const abs = path.resolve(req.workspace, flake.dir);
  const lockAbs = path.join(abs, "flake.lock");
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
  if (!req.dryRun) await placeLocks(proposedPlan(plan, report), req.workspace, deps);
  return report;
}
export {
  runUpdate
};
