import {
  runBuild
} from "./chunk-ZDI2ICCB.js";
import {
  mergeBuilds,
  placeLocks
} from "./chunk-G3CRAC2W.js";
import "./chunk-AMUBEGAG.js";
import "./chunk-WYFOGVTW.js";
import "./chunk-ZRNIQLM2.js";
import {
  runPlan
} from "./chunk-WKEPWRVQ.js";
import "./chunk-6PF5QNYR.js";
import "./chunk-5TBM3YKZ.js";
import "./chunk-GGPTOJQB.js";
import "./chunk-QR3A3VEL.js";
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
