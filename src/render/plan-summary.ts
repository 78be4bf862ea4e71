/** The plan as a person reads it (`flake-steward plan`, and the action's log): what moved, what builds where. */
import { isUnchangedTarget, shardLabels, type Plan } from '../update/plan-file.js';
import { neutralise } from './neutralise.js';

export function renderPlanSummary(plan: Plan): string {
  const lines = [`plan ${plan.id}: ${plan.shards.length} shard(s)`];
  for (const f of plan.flakes) {
    const moved = f.lock.before !== f.lock.after;
    const unchanged = f.targets.filter(isUnchangedTarget);
    lines.push(
      `${neutralise(f.lockFile)}: ${moved ? 'updated' : 'unchanged'}; ${f.targets.length - unchanged.length} output(s) to build, ${unchanged.length} unchanged`,
    );
  }
  const labels = shardLabels(plan);
  for (const shard of plan.shards) {
    lines.push(`  shard ${shard}: ${(labels.get(shard) ?? []).map((l) => neutralise(l)).join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
