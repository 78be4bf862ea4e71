/**
 * Grouped pull requests (`group: per-input` or named groups, issue 14): per flake whose lock moved, the moved root
 * inputs are split into groups (src/update/input-groups.ts), and each group gets a report of its own, as if only its
 * inputs had been updated:
 *   - its lock is the trial lock in which only the group's root inputs moved to the new lock's exact entries
 *     (src/update/lock-surgery.ts: follows kept consistent, never a fresh `nix flake update`); a group whose lock
 *     cannot be made is refused with one line (its pull request is left as it is);
 *   - the plan's targets are evaluated with that lock on the "after" side (one `nix eval`, the lock written in the
 *     working tree and put back byte for byte afterwards, on failure and on SIGINT/SIGTERM too), paired with the
 *     plan's "before" side, and the changed ones built through the build stage (src/app/build.ts; the before side
 *     is in the store already) and merged (src/update/merge-builds.ts) into the group's FlakeReport, whose inputs
 *     are only the group's.
 * Nix processes per group: one `nix eval`, then, when a derivation changed, one `nix build` and one `nix path-info`.
 * A flake whose update also moved release tags in flake.nix is not grouped (trial locks pair with one flake.nix).
 */
import path from 'node:path';
import type { GroupSetting } from '../core/config.js';
import { mergeBuilds } from '../update/merge-builds.js';
import { changedRootInputs, trialLock, TrialLockError } from '../update/lock-surgery.js';
import { assignGroups } from '../update/input-groups.js';
import { assignShards, sealPlan, type Plan, type PlannedFlake, type PlannedTarget } from '../update/plan-file.js';
import type { Installable, Target } from '../update/targets.js';
import type { FlakeGroups, GroupReport } from '../update/update-result.js';
import { runBuild } from './build.js';
import { evaluateSide, guarded, pairPlanned, restoreLock, type UpdateDeps, type UpdateRequest } from './plan.js';

const installable = (t: PlannedTarget): Installable => ({ attr: t.attr, kind: t.kind, name: t.name });

/** The plan's "before" side of a flake, as the targets evaluated then. */
function beforeTargets(flake: PlannedFlake): Target[] {
  return flake.targets.flatMap((t) =>
    t.before
      ? [
          {
            installable: installable(t),
            ...(t.before.drvPath !== undefined ? { drvPath: t.before.drvPath } : {}),
            ...(t.before.evalError !== undefined ? { evalError: t.before.evalError } : {}),
          },
        ]
      : [],
  );
}

/** The groups of every flake of the plan, in its order (a flake whose lock did not move has none). */
export async function groupReports(
  plan: Plan,
  setting: GroupSetting,
  req: UpdateRequest,
  deps: UpdateDeps,
): Promise<FlakeGroups[]> {
  const out: FlakeGroups[] = [];
  for (const flake of plan.flakes) out.push(await groupFlake(plan, flake, setting, req, deps));
  return out;
}

async function groupFlake(
  plan: Plan,
  flake: PlannedFlake,
  setting: GroupSetting,
  req: UpdateRequest,
  deps: UpdateDeps,
): Promise<FlakeGroups> {
  const { logger } = deps;
  const none: FlakeGroups = { dir: flake.dir, groups: [], refused: [] };
  if (flake.lock.before === flake.lock.after) return none;
  const changed = changedRootInputs(flake.lock.before, flake.lock.after, flake.lockFile);
  const split = assignGroups(setting, changed);
  if (split.leftOut.length > 0) {
    logger.info(`${flake.lockFile}: in no group, not proposed: ${split.leftOut.join(', ')}`);
  }
  if (split.refused.length > 0) {
    logger.warning(
      `${flake.lockFile}: ${split.refused.length} root input(s) whose name is not a flake id are in no pull request`,
    );
  }
  if (flake.flakeNix !== undefined) {
    const why = 'the update also moved release tags in flake.nix; grouped pull requests pair with one flake.nix';
    logger.warning(`${flake.lockFile}: not grouped: ${why}`);
    return { ...none, refused: split.groups.map((g) => ({ name: g.name, why })) };
  }
  const groups: GroupReport[] = [];
  const refused: { name: string; why: string }[] = [];
  for (const g of split.groups) {
    let lock: string;
    try {
      lock = trialLock(flake.lock.before, flake.lock.after, new Set(g.inputs), flake.lockFile);
    } catch (e) {
      if (!(e instanceof TrialLockError)) throw e;
      logger.warning(`${flake.lockFile}: no pull request for group ${g.name}: its lock cannot be made (${e.message})`);
      refused.push({ name: g.name, why: e.message });
      continue;
    }
    const report = await logger.group(`Group ${g.name} of ${flake.lockFile} (${g.inputs.join(', ')})`, () =>
      groupReport(plan, flake, lock, req, deps),
    );
    groups.push({ name: g.name, inputs: g.inputs, flake: report });
  }
  return { dir: flake.dir, groups, refused };
}

/** The report of one group: the plan's flake with `lock` as its "after" side, evaluated, built and merged. */
async function groupReport(
  plan: Plan,
  flake: PlannedFlake,
  lock: string,
  req: UpdateRequest,
  deps: UpdateDeps,
): Promise<GroupReport['flake']> {
  const { fs } = deps;
  const abs = path.resolve(req.workspace, flake.dir);
  const lockAbs = path.join(abs, 'flake.lock');
  const original = (await fs.read(lockAbs)) ?? Buffer.from(flake.lock.before, 'utf8');
  const remove = deps.interrupts?.onInterrupt(async () =>
    (await restoreLock({ lockAbs, original }, fs)) ? `restored ${flake.lockFile}` : `${flake.lockFile} unchanged`,
  );
  const before = beforeTargets(flake);
  let after;
  try {
    await guarded(deps, () => fs.writeAtomic(lockAbs, Buffer.from(lock, 'utf8')));
    after = await evaluateSide(
      { abs, dir: flake.dir },
      req,
      deps,
      before.map((t) => t.installable),
    );
  } finally {
    await guarded(deps, () => restoreLock({ lockAbs, original }, fs));
    remove?.();
  }
  const system = after.system ?? flake.system;
  const grouped: PlannedFlake = {
    dir: flake.dir,
    lockFile: flake.lockFile,
    flakeNixSha256: flake.flakeNixSha256,
    ...(system !== undefined ? { system } : {}),
    skipped: after.skipped.length > 0 ? after.skipped : flake.skipped,
    ...(after.listingError ? { listingError: after.listingError } : {}),
    lock: { before: flake.lock.before, after: lock },
    targets: pairPlanned(before, after.targets),
  };
  const { id: _id, shards: _shards, ...content } = plan;
  const one = sealPlan(assignShards({ ...content, flakes: [grouped] }, 1));
  const builds = [];
  for (const shard of one.shards) {
    builds.push({ file: `shard ${shard}`, build: await runBuild(one, shard, req, deps, { instantiated: true }) });
  }
  const report = mergeBuilds(one, builds, {
    dryRun: req.dryRun,
    now: deps.clock.now(),
    ...(req.hosts ? { hosts: req.hosts } : {}),
  });
  return report.flakes[0]!;
}
