/**
 * The plan as a person reads it (`flake-steward plan`, and the action's log): what moved, what builds where, and
 * with grouped pull requests (`group: per-input` or named groups) each flake's groups — name, inputs, how many of its
 * outputs changed — and the groups refused with why. Every name and message from the plan is neutralised.
 */
import { isUnchangedTarget, shardLabels, type Plan, type PlannedGrouping } from '../update/plan-file.js';
import { neutralise, neutraliseText } from './neutralise.js';

/** Inputs named per group; beyond, their count. */
const INPUTS_SHOWN = 10;

export function renderPlanSummary(plan: Plan): string {
  const lines = [`plan ${plan.id}: ${plan.shards.length} shard(s)`];
  for (const f of plan.flakes) {
    const moved = f.lock.before !== f.lock.after;
    const unchanged = f.targets.filter(isUnchangedTarget);
    lines.push(
      `${neutralise(f.lockFile)}: ${moved ? 'updated' : 'unchanged'}; ${f.targets.length - unchanged.length} output(s) to build, ${unchanged.length} unchanged`,
    );
    if (f.grouping) lines.push(...groupLines(f.grouping));
  }
  const labels = shardLabels(plan);
  for (const shard of plan.shards) {
    lines.push(`  shard ${shard}: ${(labels.get(shard) ?? []).map((l) => neutralise(l)).join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

function groupLines(grouping: PlannedGrouping): string[] {
  const lines: string[] = [];
  for (const g of grouping.groups) {
    const shown = g.inputs.slice(0, INPUTS_SHOWN).map((i) => neutralise(i));
    if (g.inputs.length > INPUTS_SHOWN) shown.push(`and ${g.inputs.length - INPUTS_SHOWN} more`);
    const changed = g.targets.filter((t) => !isUnchangedTarget(t)).length;
    lines.push(`  group ${neutralise(g.name)} (${shown.join(', ')}): ${changed} of ${g.targets.length} output(s) changed`);
  }
  for (const r of grouping.refused) lines.push(`  group ${neutralise(r.name)}: refused: ${neutraliseText(r.why)}`);
  return lines;
}
