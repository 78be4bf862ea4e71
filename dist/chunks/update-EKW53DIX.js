import {
  runBuild
} from "./chunk-EWC6DE7R.js";
import {
  mergeBuilds,
  placeLocks
} from "./chunk-YL744WNF.js";
import "./chunk-NS4GPMAN.js";
import "./chunk-WYFOGVTW.js";
import "./chunk-ZRNIQLM2.js";
import {
  runPlan
} from "./chunk-OZ4IPSYP.js";
import "./chunk-GLJIDGAD.js";
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
