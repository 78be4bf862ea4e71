/** The plan as a person reads it (`flake-steward plan`, and the action's log): what moved, what builds where. */
import { isUnchangedTarget, targetLabel, type Plan } from '../update/plan-file.js';
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
  for (const shard of plan.shards) {
    const targets = plan.flakes.flatMap((f) =>
      f.targets.filter((t) => t.shard === shard).map((t) => neutralise(targetLabel(f, t))),
    );
    lines.push(`  shard ${shard}: ${targets.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
