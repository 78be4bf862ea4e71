import {
  runBuild
} from "./chunk-46QH5X44.js";
import {
  mergeBuilds,
  placeLocks
} from "./chunk-CPETD74Z.js";
import "./chunk-LJNLQWMJ.js";
import "./chunk-WYFOGVTW.js";
import "./chunk-ZRNIQLM2.js";
import {
  runPlan
} from "./chunk-PTXESPYV.js";
import "./chunk-KQDEDPFO.js";
import "./chunk-GYRCVODP.js";
import "./chunk-BMNEXWVU.js";
import "./chunk-7HIKED5Z.js";
import "./chunk-GJL3B6YX.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";

// src/app/update.ts
async function runUpdate(req, deps) {
  const { plan } = await runPlan({ ...req, shards: 1 }, deps);
  const builds = [];
  for (const shard of plan.shards) {
    builds.push({ file: `shard ${shard}`, build: await runBuild(plan, shard, req, deps, { instantiated: true }) });
  }
  const report = mergeBuilds(plan, builds, {
    dryRun: req.dryRun,
    now: deps.clock.now(),
    ...req.hosts ? { hosts: req.hosts } : {}
  });
  if (!req.dryRun) await placeLocks(plan, req.workspace, deps);
  return report;
}
export {
  runUpdate
};
