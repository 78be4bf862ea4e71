import {
  isUnchangedTarget,
  shardLabels
} from "./chunk-7M7PQ25D.js";
import "./chunk-6FGB7YHV.js";
import {
  neutralise
} from "./chunk-6WGRO25Q.js";
import "./chunk-YLVDSGH3.js";

// src/render/plan-summary.ts
function renderPlanSummary(plan) {
  const lines = [`plan ${plan.id}: ${plan.shards.length} shard(s)`];
  for (const f of plan.flakes) {
    const moved = f.lock.before !== f.lock.after;
    const unchanged = f.targets.filter(isUnchangedTarget);
    lines.push(
      `${neutralise(f.lockFile)}: ${moved ? "updated" : "unchanged"}; ${f.targets.length - unchanged.length} output(s) to build, ${unchanged.length} unchanged`
    );
  }
  const labels = shardLabels(plan);
  for (const shard of plan.shards) {
    lines.push(`  shard ${shard}: ${(labels.get(shard) ?? []).map((l) => neutralise(l)).join(", ")}`);
  }
  return `${lines.join("\n")}
`;
}
export {
  renderPlanSummary
};
