import {
  isUnchangedTarget,
  targetLabel
} from "./chunk-2AH7UBCJ.js";
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
  for (const shard of plan.shards) {
    const targets = plan.flakes.flatMap(
      (f) => f.targets.filter((t) => t.shard === shard).map((t) => neutralise(targetLabel(f, t)))
    );
    lines.push(`  shard ${shard}: ${targets.join(", ")}`);
  }
  return `${lines.join("\n")}
`;
}
export {
  renderPlanSummary
};
