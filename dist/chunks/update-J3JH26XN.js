import {
  runBuild
} from "./chunk-D7CQ6OT4.js";
import {
  mergeBuilds,
  placeLocks,
  proposedPlan
} from "./chunk-QSC3DW74.js";
import "./chunk-KOIIPLET.js";
import "./chunk-WYFOGVTW.js";
import "./chunk-ZRNIQLM2.js";
import {
  runPlan
} from "./chunk-777FHHKZ.js";
import "./chunk-LNUD2RHY.js";
import "./chunk-GYRCVODP.js";
import "./chunk-ELKPDDDQ.js";
import "./chunk-LQO26QTC.js";
import "./chunk-MYWD7JSL.js";
import "./chunk-GCMNXKNT.js";
import "./chunk-ZPSPCVQY.js";
import "./chunk-5Z4T2RLS.js";
import "./chunk-M6HMDD4M.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-HFN6JY3P.js";
import "./chunk-T54OW3UP.js";
import "./chunk-LOBXAA3U.js";
import "./chunk-7HIKED5Z.js";
import "./chunk-OTUWSOVN.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";

// src/app/update.ts
async function runUpdate(req, deps) {
  const { group: _group, ...rest } = req;
  const { plan } = await runPlan({ ...req.dryRun ? rest : req, shards: 1 }, deps);
  const bisect = req.bisect ? { maxBuilds: req.bisect.maxBuilds, ...req.logLines !== void 0 ? { logLines: req.logLines } : {} } : void 0;
  const builds = [];
  for (const shard of plan.shards) {
    const build = await runBuild(plan, shard, req, deps, { instantiated: true, ...bisect ? { bisect } : {} });
    builds.push({ file: `shard ${shard}`, build });
  }
  const report = mergeBuilds(plan, builds, {
    dryRun: req.dryRun,
    now: deps.clock.now(),
    ...req.hosts ? { hosts: req.hosts } : {}
  });
  if (!req.dryRun) await placeLocks(proposedPlan(plan, report), req.workspace, deps);
  return report;
}
export {
  runUpdate
};
