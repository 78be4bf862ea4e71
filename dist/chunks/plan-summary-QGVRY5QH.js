import {
  isUnchangedTarget,
  shardLabels
} from "./chunk-LNUD2RHY.js";
import "./chunk-LQO26QTC.js";
import "./chunk-MYWD7JSL.js";
import "./chunk-GCMNXKNT.js";
import "./chunk-ZPSPCVQY.js";
import "./chunk-5Z4T2RLS.js";
import "./chunk-M6HMDD4M.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-7HIKED5Z.js";
import "./chunk-OTUWSOVN.js";
import "./chunk-6FGB7YHV.js";
import {
  neutralise,
  neutraliseText
} from "./chunk-6WGRO25Q.js";
import "./chunk-YLVDSGH3.js";

// src/render/plan-summary.ts
var INPUTS_SHOWN = 10;
function renderPlanSummary(plan) {
  const lines = [`plan ${plan.id}: ${plan.shards.length} shard(s)`];
  for (const f of plan.flakes) {
    const moved = f.lock.before !== f.lock.after;
    const unchanged = f.targets.filter(isUnchangedTarget);
    lines.push(
      `${neutralise(f.lockFile)}: ${moved ? "updated" : "unchanged"}; ${f.targets.length - unchanged.length} output(s) to build, ${unchanged.length} unchanged`
    );
    if (f.grouping) lines.push(...groupLines(f.grouping));
  }
  const labels = shardLabels(plan);
  for (const shard of plan.shards) {
    lines.push(`  shard ${shard}: ${(labels.get(shard) ?? []).map((l) => neutralise(l)).join(", ")}`);
  }
  return `${lines.join("\n")}
`;
}
function groupLines(grouping) {
  const lines = [];
  for (const g of grouping.groups) {
    const shown = g.inputs.slice(0, INPUTS_SHOWN).map((i) => neutralise(i));
    if (g.inputs.length > INPUTS_SHOWN) shown.push(`and ${g.inputs.length - INPUTS_SHOWN} more`);
    const changed = g.targets.filter((t) => !isUnchangedTarget(t)).length;
    lines.push(`  group ${neutralise(g.name)} (${shown.join(", ")}): ${changed} of ${g.targets.length} output(s) changed`);
  }
  for (const r of grouping.refused) lines.push(`  group ${neutralise(r.name)}: refused: ${neutraliseText(r.why)}`);
  return lines;
}
export {
  renderPlanSummary
};
