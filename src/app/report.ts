/**
 * The report stage (`flake-steward report`, and the end of `update`): the plan and every shard's build file merged
 * into the report (src/update/merge-builds.ts), then, unless it is a dry run, the new locks put in the working tree
 * for the publish step, exactly as `update` leaves them. The files are read as untrusted input (src/update/
 * plan-file.ts, build-file.ts); a file of another plan or a corrupt one stops the report before anything is written
 * or published.
 */
import path from 'node:path';
import { UserError } from '../core/errors.js';
import type { Logger, Clock } from '../core/ports.js';
import type { ForgeHosts } from '../forge/forge-repo.js';
import { parseBuild } from '../update/build-file.js';
import { mergeBuilds, missingShards, type ReadBuild } from '../update/merge-builds.js';
import { parsePlan, type Plan } from '../update/plan-file.js';
import type { UpdateReport } from '../update/update-result.js';
import type { Fs } from '../workspace/fs.js';
import type { StageFiles } from '../workspace/stage-files.js';
import { flakeNixSha256, guarded, serverForgeHosts, type UpdateDeps } from './plan.js';
import type { Config } from '../core/config.js';

export interface ReportRequest {
  readonly workspace: string;
  readonly planDir: string;
  readonly buildsDir: string;
  readonly dryRun: boolean;
  readonly hosts?: ForgeHosts;
  /** The plan, when the caller read it already (`readPlan` of `planDir`). */
  readonly plan?: Plan;
}

export interface ReportDeps {
  readonly fs: Fs;
  readonly files: StageFiles;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly interrupts?: UpdateDeps['interrupts'];
}

/** The plan in a plan directory, checked. */
export async function readPlan(files: StageFiles, dir: string): Promise<Plan> {
  const { file, text } = await files.readPlan(dir);
  return parsePlan(text, file);
}

/** Merges the plan and the build files into the report; without dry run, the new locks go in the working tree. */
export async function runReport(req: ReportRequest, deps: ReportDeps): Promise<UpdateReport> {
  const plan = req.plan ?? (await readPlan(deps.files, req.planDir));
  const builds: ReadBuild[] = (await deps.files.readBuilds(req.buildsDir)).map(({ file, text }) => ({
    file,
    build: parseBuild(text, file),
  }));
  const report = mergeBuilds(plan, builds, {
    dryRun: req.dryRun,
    now: deps.clock.now(),
    ...(req.hosts ? { hosts: req.hosts } : {}),
  });
  for (const m of missingShards(plan, builds)) {
    deps.logger.warning(
      `shard ${m.shard} (${m.targets.join(', ')}) left no build file: its job failed or was cancelled; reported as not built`,
    );
  }
  if (!req.dryRun) await placeLocks(proposedPlan(plan, report), req.workspace, deps);
  return report;
}

/**
 * The plan with each flake's lock as the report proposes it: Nix's new one, or a bisection's without what it held
 * back; and its flake.nix likewise (a held-back input keeps its release tag).
 */
export function proposedPlan(plan: Plan, report: UpdateReport): Plan {
  return {
    ...plan,
    flakes: plan.flakes.map((f, i) => {
      const r = report.flakes[i];
      if (r === undefined) return f;
      return { ...f, lock: r.lock, ...(f.flakeNix && r.flakeNix ? { flakeNix: r.flakeNix, tagBumps: r.tagBumps ?? [] } : {}) };
    }),
  };
}

/**
 * Puts each flake's new lock (the plan's) in the working tree, for the publish step. The working tree must be the
 * plan's: its flake.nix and its lock as the plan found them; otherwise nothing is written.
 */
export async function placeLocks(
  plan: Plan,
  workspace: string,
  deps: Pick<ReportDeps, 'fs' | 'interrupts'>,
): Promise<void> {
  const { fs } = deps;
  const moved = plan.flakes.filter((f) => f.lock.before !== f.lock.after || flakeNixMoved(f));
  for (const f of moved) {
    const abs = path.resolve(workspace, f.dir);
    const nixFile = f.dir === '.' ? 'flake.nix' : `${f.dir}/flake.nix`;
    const now = (await fs.read(path.join(abs, 'flake.lock')))?.toString('utf8');
    if ((await flakeNixSha256(fs, abs)) !== f.flakeNixSha256 || now !== f.lock.before) {
      throw new UserError(
        `${now !== f.lock.before ? f.lockFile : nixFile} is not the one the plan was made from`,
        now !== f.lock.before ? f.lockFile : nixFile,
        undefined,
        'run the report on the commit the plan job checked out (the default for jobs of one workflow run)',
      );
    }
  }
  for (const f of moved) {
    const file = path.resolve(workspace, f.dir, 'flake.lock');
    await guarded(deps, () => fs.writeAtomic(file, Buffer.from(f.lock.after, 'utf8')));
    // a release-tag bump: flake.nix as the plan rewrote it (the hash check above held it to the plan's `before`)
    if (flakeNixMoved(f)) {
      const nix = path.resolve(workspace, f.dir, 'flake.nix');
      await guarded(deps, () => fs.writeAtomic(nix, Buffer.from(f.flakeNix!.after, 'utf8')));
    }
  }
}

/** True when the plan rewrote the flake's flake.nix (a release-tag bump). */
function flakeNixMoved(f: Plan['flakes'][number]): boolean {
  return f.flakeNix !== undefined && f.flakeNix.before !== f.flakeNix.after;
}

/** The `report` stage of a Config: the plan directory (or its `plan`, already read) and the build files of its settings. */
export function runReportStage(config: Config, deps: ReportDeps, plan?: Plan): Promise<UpdateReport> {
  const hosts = serverForgeHosts(config.pr.serverUrl);
  return runReport(
    {
      workspace: config.workspace,
      planDir: config.update.planDir,
      buildsDir: config.update.buildsDir,
      dryRun: config.update.dryRun,
      ...(hosts ? { hosts } : {}),
      ...(plan ? { plan } : {}),
    },
    deps,
  );
}
