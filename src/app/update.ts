/**
 * The update use case: the plan (src/app/plan.ts), the build of each of its shards (src/app/build.ts) and the
 * report (src/update/merge-builds.ts, src/app/report.ts) in one process, through the same functions as the
 * `plan`/`build`/`report` stages of a job matrix, so both give the same report.
 *
 * In one process the plan has one shard (all changed targets in one `nix build --keep-going`), and its derivations
 * are already in the store: the build evaluates nothing again. Nix processes per flake, whatever the number of
 * configurations: one update; when the lock changed, one `nix eval` per side; then, only when a derivation changed,
 * one `nix build` of the changed derivations of both sides and one `nix path-info --recursive` of every output (a
 * failed build adds one `nix log` per failed derivation, at most `maxLogs` per side). A lock-only change builds
 * nothing. The locks: the plan leaves every one as it was; without dry run the new ones are written at the end.
 * With `bisect`, a target that built before and fails after, when several root inputs moved, is bisected by the
 * build (src/app/bisect.ts: at most `maxBuilds` more builds per flake, and per group of several inputs; a trial
 * already built for the flake is not built again for a group), and the merge proposes the lock without the culprits.
 * With `group` other than `all` (and not a dry run), the plan also makes each group of moved root inputs its lock
 * and evaluates its "after" side (src/app/plan-groups.ts: one `nix eval` per group), the same build builds the
 * groups' changed derivations (a derivation shared with the full update once), and the merge gives each group its
 * report (`report.groups`), one pull request each: the path of a job matrix's plan, build and report. With `bisect`,
 * a group of several inputs whose update breaks a target is bisected too, within its inputs (its pull request then
 * moves the rest of the group and names who was held back); a per-input group never is.
 */
import { mergeBuilds, type ReadBuild } from '../update/merge-builds.js';
import type { UpdateReport } from '../update/update-result.js';
import { runBuild } from './build.js';
import { runPlan, type UpdateDeps, type UpdateRequest } from './plan.js';
import { placeLocks, proposedPlan } from './report.js';

/** Runs the update over every flake of the request and returns the report. */
export async function runUpdate(req: UpdateRequest, deps: UpdateDeps): Promise<UpdateReport> {
  // grouped pull requests: nothing to publish in a dry run, so no groups are made
  const { group: _group, ...rest } = req;
  const { plan } = await runPlan({ ...(req.dryRun ? rest : req), shards: 1 }, deps);
  // the build bisects what the update broke, as a shard of a job matrix does; the merge takes its proposals
  const bisect = req.bisect
    ? { maxBuilds: req.bisect.maxBuilds, ...(req.logLines !== undefined ? { logLines: req.logLines } : {}) }
    : undefined;
  const builds: ReadBuild[] = [];
  for (const shard of plan.shards) {
    const build = await runBuild(plan, shard, req, deps, { instantiated: true, ...(bisect ? { bisect } : {}) });
    builds.push({ file: `shard ${shard}`, build });
  }
  const report = mergeBuilds(plan, builds, {
    dryRun: req.dryRun,
    now: deps.clock.now(),
    ...(req.hosts ? { hosts: req.hosts } : {}),
  });
  // the lock each flake proposes: Nix's new one, or the bisection's without the inputs it held back
  if (!req.dryRun) await placeLocks(proposedPlan(plan, report), req.workspace, deps);
  return report;
}
