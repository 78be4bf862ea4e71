/**
 * The build stage (`flake-steward build`, and the middle of `update`): one shard of a plan, both sides, from exactly
 * the plan's locks. It never runs `nix flake update`.
 *
 * Nix processes per shard: in a process that did not make the plan, per flake and side one `nix eval` of the shard's
 * targets with that side's lock in place (the plan's texts, written over the working tree's lock and put back after);
 * in the process that made it (`instantiated`: `update`), none, since the plan's store derivations are already in
 * this store. Then one `nix build --keep-going` of the derivations of both sides, one `nix path-info --recursive`
 * of every output, and per failed derivation one `nix log` (at most `maxLogs` per side). Results are matched to
 * targets by derivation path.
 */
import path from 'node:path';
import { summarizeClosureDiff } from '../closure/diff.js';
import { closureOf, closureSize, type PathInfo } from '../closure/reference-graph.js';
import { UserError } from '../core/errors.js';
import type { BuildResult } from '../nix-cli/nix.js';
import { BUILD_FORMAT, buildFileName, serializeBuild, type BuildFile, type ShardBisect } from '../update/build-file.js';
import { bisectFlake, type BisectOptions, type TrialMemo } from './bisect.js';
import { DEFAULTS, type Config } from '../core/config.js';
import type { StageFiles } from '../workspace/stage-files.js';
import type { ScratchDirs } from '../workspace/scratch-dir.js';
import type { Git } from '../core/ports.js';
import { readPlan } from './report.js';
import { groupAsFlake, shardLabels, type Plan, type PlannedFlake, type PlannedGroup, type PlannedSide, type PlannedTarget } from '../update/plan-file.js';
import { evaluateAttrs, resolveTargets, type Installable, type Target } from '../update/targets.js';
import type { BuildFailure, ConfigurationReport, FlakeReport, Side, SideResult } from '../update/update-result.js';
import {
  firstError,
  flakeEvaluator,
  flakeNixSha256,
  guarded,
  restoreLock,
  tailLines,
  type UpdateDeps,
  type UpdateRequest,
} from './plan.js';

export interface BuildDeps extends UpdateDeps {
  /**
   * For a review's plan built in another process than the one that made it: the base commit (and a head other than
   * the checkout's) is checked out into a work tree of its own, as the review did.
   */
  readonly trees?: {
    readonly git: Pick<Git, 'topLevel' | 'commitOf' | 'addWorktree' | 'removeWorktree' | 'fetchCommit'>;
    readonly scratch: ScratchDirs;
  };
}

export interface BuildOptions {
  /** The plan was made in this process: its derivations are in this store, nothing is evaluated again. */
  readonly instantiated?: boolean;
  /** Bisect the shard's targets the update breaks (a matrix shard, and `update` in one process); absent: off. */
  readonly bisect?: BisectOptions;
}

/** Builds shard `shard` of `plan` and returns its build file. */
export async function runBuild(
  plan: Plan,
  shard: string,
  req: Pick<UpdateRequest, 'workspace' | 'maxLogs' | 'logLines'>,
  deps: BuildDeps,
  options: BuildOptions = {},
): Promise<BuildFile> {
  if (!plan.shards.includes(shard)) {
    throw new UserError(
      `the plan has no shard ${shard}`,
      undefined,
      undefined,
      plan.shards.length === 0
        ? 'nothing changed that needs a build: skip the build jobs when the plan has no shards (shard-count is 0)'
        : `its shards are ${plan.shards.length === 1 ? '0' : `0 to ${plan.shards.length - 1}`}: pass one of them (from the matrix output)`,
    );
  }
  const work = shardWork(plan, shard);
  let sides: ShardSides[] = [];
  if (options.instantiated) sides = work.map(plannedSides);
  else if (plan.review) sides = await evaluateReviewShard(plan, work, req, deps);
  else for (const w of work) sides.push(await evaluateShard(w, req, deps));
  const { logger, nix } = deps;
  const drvs = [
    ...new Set(
      sides
        .flatMap((s) => [...s.before, ...s.after, ...s.groups.flatMap((g) => g.after)])
        .flatMap((x) => (x.drvPath !== undefined ? [x.drvPath] : [])),
    ),
  ];
  let results: ReadonlyMap<string, BuildResult> = new Map();
  let infos: ReadonlyMap<string, PathInfo> = new Map();
  if (drvs.length > 0) {
    const labels = shardLabels(plan).get(shard) ?? [];
    logger.info(`building ${drvs.length} derivation(s) of ${labels.length} changed output(s): ${labels.join(', ')}`);
    results = await logger.group(`Build shard ${shard} before and after`, () => nix.build(drvs));
    // A build stopped by SIGINT/SIGTERM returns as failed like any other: it is no finding to report.
    deps.interrupts?.throwIfInterrupted();
    const outPaths = [...new Set([...results.values()].flatMap((r) => (r.ok ? Object.values(r.outputs) : [])))];
    if (outPaths.length > 0) infos = await nix.pathInfoClosure(outPaths);
  }
  const logs = new Map<string, string>();
  // the trials of this shard's bisections (a flake's and its groups'): each trial built once
  const memo: TrialMemo = new Map();
  const out: BuildFile['flakes'][number][] = [];
  for (const [i, s] of sides.entries()) {
    const w = work[i]!;
    const before = await sideResults('before', s.before, results, infos, logs, req, deps);
    const after = await sideResults('after', s.after, results, infos, logs, req, deps);
    const configurations = pairSides(w.targets, before, after);
    const bisect = options.bisect && !plan.review ? await bisectShard(w.flake, configurations, req, deps, options.bisect, memo) : undefined;
    // a group's targets: the shard's "before" results (the same lock), its own "after" ones; a group of several
    // inputs whose targets the group's update breaks is bisected within its inputs (a per-input group never is)
    const groups: { name: string; configurations: ConfigurationReport[]; bisect?: ShardBisect }[] = [];
    for (const [j, g] of s.groups.entries()) {
      const { group, targets } = w.groups[j]!;
      const own = await sideResults('after', g.after, results, infos, logs, req, deps, ` (group ${group.name})`);
      const paired = pairSides(targets, before, own);
      const bisected =
        options.bisect && !plan.review && group.inputs.length > 1
          ? await bisectShard(groupAsFlake(w.flake, group), paired, req, deps, options.bisect, memo)
          : undefined;
      groups.push({ name: group.name, configurations: paired, ...(bisected ? { bisect: bisected } : {}) });
    }
    out.push({
      dir: w.flake.dir,
      configurations,
      ...(bisect ? { bisect } : {}),
      ...(w.flake.grouping ? { groups } : {}),
    });
  }
  return { format: BUILD_FORMAT, planId: plan.id, shard, flakes: out };
}

/**
 * One flake's part of a shard: the full update's targets, each group's, and the "before" side they share (a group's
 * "before" is the plan's: the same lock), by attribute.
 */
interface ShardWork {
  readonly flake: PlannedFlake;
  readonly targets: readonly PlannedTarget[];
  readonly groups: readonly { readonly group: PlannedGroup; readonly targets: readonly PlannedTarget[] }[];
  /** The targets whose "before" side is built: the full update's and the groups', each attribute once. */
  readonly before: readonly PlannedTarget[];
}

/** The targets of both sides of one flake of a shard, ready to build. */
interface ShardSides {
  readonly before: Target[];
  readonly after: Target[];
  /** Each group's "after" side, in the order of `ShardWork.groups`. */
  readonly groups: readonly { readonly after: Target[] }[];
}

/** The flakes of `shard`, in plan order, each with its targets and its groups' targets in the shard. */
function shardWork(plan: Plan, shard: string): ShardWork[] {
  return plan.flakes.flatMap((flake): ShardWork[] => {
    const targets = flake.targets.filter((t) => t.shard === shard);
    const groups = (flake.grouping?.groups ?? []).flatMap((group) => {
      const own = group.targets.filter((t) => t.shard === shard);
      return own.length > 0 ? [{ group, targets: own }] : [];
    });
    if (targets.length === 0 && groups.length === 0) return [];
    const attrs = new Set<string>();
    const before = [...targets, ...groups.flatMap((g) => g.targets)].filter(
      (t) => t.before !== null && attrs.size < attrs.add(t.attr).size,
    );
    return [{ flake, targets, groups, before }];
  });
}

const installable = (t: PlannedTarget): Installable => ({ attr: t.attr, kind: t.kind, name: t.name });

const asTarget = (t: PlannedTarget, s: PlannedSide): Target => ({
  installable: installable(t),
  ...(s.drvPath !== undefined ? { drvPath: s.drvPath } : {}),
  ...(s.evalError !== undefined ? { evalError: s.evalError } : {}),
});

/** The plan's own sides of a flake's part of a shard, as evaluated when it was made. */
function plannedSides(w: ShardWork): ShardSides {
  const after = (targets: readonly PlannedTarget[]): Target[] => targets.flatMap((t) => (t.after ? [asTarget(t, t.after)] : []));
  return {
    before: w.before.map((t) => asTarget(t, t.before!)),
    after: after(w.targets),
    groups: w.groups.map((g) => ({ after: after(g.targets) })),
  };
}

/**
 * The shard's targets of one flake evaluated on both sides, each side's lock (the plan's text) in place; the working
 * tree's own lock goes back afterwards, byte for byte, on failure and on SIGINT/SIGTERM too. A derivation that is
 * not the plan's is built as evaluated here, with a warning (the build job runs another system or checkout).
 */
async function evaluateShard(
  w: ShardWork,
  req: Pick<UpdateRequest, 'workspace'>,
  deps: UpdateDeps,
): Promise<ShardSides> {
  const { flake } = w;
  const { fs, logger } = deps;
  const abs = path.resolve(req.workspace, flake.dir);
  if ((await flakeNixSha256(fs, abs)) !== flake.flakeNixSha256) {
    throw new UserError(
      `${flake.dir === '.' ? 'flake.nix' : `${flake.dir}/flake.nix`} is not the one the plan was made from`,
      flake.dir === '.' ? 'flake.nix' : `${flake.dir}/flake.nix`,
      undefined,
      'check out the commit the plan job used (all jobs of one workflow run check out the same commit by default)',
    );
  }
  const lockAbs = path.join(abs, 'flake.lock');
  const current = await fs.read(lockAbs);
  const existed = current !== undefined;
  const original = current ?? Buffer.alloc(0);
  const restore = async (): Promise<boolean> => {
    if (!existed) {
      await fs.remove(lockAbs);
      return true;
    }
    return restoreLock({ lockAbs, original }, fs);
  };
  const remove = deps.interrupts?.onInterrupt(async () =>
    (await restore()) ? `restored ${flake.lockFile}` : `${flake.lockFile} unchanged`,
  );
  const removeNixUndo = restorePlannedFlakeNixOnInterrupt(flake, abs, deps);
  const evaluate = flakeEvaluator(abs, deps.nix);
  /**
   * The targets' side `which`, with `lock` in place (a group's own lock for its "after" side, and the group's flake.nix:
   * its inputs' release-tag bumps only, or the user's when it moves none).
   */
  const one = async (
    which: 'before' | 'after',
    targets: readonly PlannedTarget[],
    lock: string,
    planned?: PlannedGroup,
  ): Promise<Target[]> => {
    const group = planned?.name;
    await guarded(deps, () => fs.writeAtomic(lockAbs, Buffer.from(lock, 'utf8')));
    await placePlannedFlakeNix(flake, abs, which, deps, planned);
    const listed = targets.filter((t) => t[which] !== null);
    const of = group === undefined ? flake.dir : `${flake.dir}, group ${group}`;
    const got = await logger.group(`Evaluate shard targets ${which} the update (${of})`, async () =>
      resolveTargets(evaluate, await evaluateAttrs(evaluate, listed.map(installable))),
    );
    got.forEach((x, i) => {
      const planned = listed[i]![which]?.drvPath;
      if (planned !== undefined && x.drvPath !== undefined && x.drvPath !== planned) {
        logger.warning(
          `${x.installable.attr} (${which}${group === undefined ? '' : `, group ${group}`}): the derivation is ${x.drvPath}, not the plan's ${planned}; built as evaluated here (run the build job on the plan job's system)`,
        );
      }
    });
    return got;
  };
  try {
    const before = await one('before', w.before, flake.lock.before);
    const after = w.targets.length > 0 ? await one('after', w.targets, flake.lock.after) : [];
    const groups: { after: Target[] }[] = [];
    for (const g of w.groups) groups.push({ after: await one('after', g.targets, g.group.lock, g.group) });
    return { before, after, groups };
  } finally {
    await guarded(deps, restore);
    await placePlannedFlakeNix(flake, abs, 'before', deps);
    remove?.();
    removeNixUndo?.();
  }
}

// ---------------------------------------------------------------- release-tag bumps: the plan's flake.nix per side

/**
 * The plan's flake.nix of side `which` in the working tree (when the plan bumped a release tag; else nothing); a
 * group's "after" side: the group's flake.nix (the user's when the group moves no bumped input).
 */
async function placePlannedFlakeNix(
  flake: PlannedFlake,
  abs: string,
  which: 'before' | 'after',
  deps: Pick<UpdateDeps, 'fs' | 'interrupts'>,
  group?: PlannedGroup,
): Promise<void> {
  if (!flake.flakeNix) return;
  const text = which === 'after' && group ? (group.flakeNix ?? flake.flakeNix.before) : flake.flakeNix[which];
  const original = Buffer.from(text, 'utf8');
  await guarded(deps, () => restoreLock({ lockAbs: path.join(abs, 'flake.nix'), original }, deps.fs));
}

/** On SIGINT/SIGTERM, the working tree's flake.nix (the plan's `before`, checked by hash) goes back. */
function restorePlannedFlakeNixOnInterrupt(
  flake: PlannedFlake,
  abs: string,
  deps: Pick<UpdateDeps, 'fs' | 'interrupts'>,
): (() => void) | undefined {
  const texts = flake.flakeNix;
  if (!texts) return undefined;
  const file = flake.dir === '.' ? 'flake.nix' : `${flake.dir}/flake.nix`;
  return deps.interrupts?.onInterrupt(async () =>
    (await restoreLock({ lockAbs: path.join(abs, 'flake.nix'), original: Buffer.from(texts.before, 'utf8') }, deps.fs))
      ? `restored ${file}`
      : `${file} unchanged`,
  );
}

/**
 * A review's shard evaluated as the review did: the base from a work tree of its commit, the head from the checkout
 * when it is the plan's head commit (else from a work tree too); no lock is written. The work trees are removed
 * afterwards, on failure too.
 */
async function evaluateReviewShard(
  plan: Plan,
  work: readonly ShardWork[],
  req: Pick<UpdateRequest, 'workspace'>,
  deps: BuildDeps,
): Promise<ShardSides[]> {
  const review = plan.review!;
  if (!deps.trees) {
    throw new UserError("a review's plan is built with git: the base commit is checked out into a work tree");
  }
  const { git, scratch } = deps.trees;
  const top = await git.topLevel(req.workspace);
  if (top === undefined) {
    throw new UserError(`${req.workspace} is not in a git repository`, undefined, undefined, 'build a review plan in a clone');
  }
  const prefix = path.relative(top, req.workspace);
  const temp = await scratch.make();
  const made: string[] = [];
  const tree = async (sha: string, name: string): Promise<string> => {
    if ((await git.commitOf(top, sha)) === undefined) await git.fetchCommit(top, 'origin', sha);
    const at = path.join(temp, name);
    if (!(await git.addWorktree(top, at, sha))) {
      throw new UserError(
        `git cannot check out ${sha.slice(0, 12)} into a work tree`,
        undefined,
        undefined,
        'check out with fetch-depth: 0, so the base commit is in the clone',
      );
    }
    made.push(at);
    return at;
  };
  try {
    const headTop = (await git.commitOf(top, 'HEAD')) === review.head.sha ? top : await tree(review.head.sha, 'head');
    const baseTop = await tree(review.base.sha, 'base');
    const out: ShardSides[] = [];
    // a review's plan has no groups: each flake's targets are the shard's own
    for (const { flake, targets } of work) {
      const side = async (which: 'before' | 'after', root: string): Promise<Target[]> => {
        const listed = targets.filter((t) => t[which] !== null);
        const evaluate = flakeEvaluator(path.join(root, prefix, flake.dir), deps.nix);
        return deps.logger.group(`Evaluate shard targets on the ${which === 'before' ? 'base' : 'head'} (${flake.dir})`, async () =>
          resolveTargets(evaluate, await evaluateAttrs(evaluate, listed.map(installable))),
        );
      };
      out.push({ before: await side('before', baseTop), after: await side('after', headTop), groups: [] });
    }
    return out;
  } finally {
    for (const at of made.reverse()) await git.removeWorktree(top, at);
    await scratch.remove(temp);
  }
}

/**
 * The shard's bisection of one flake (src/app/bisect.ts), with the lock it proposes (and its flake.nix, when the
 * update moved release tags); undefined when none ran.
 */
async function bisectShard(
  flake: PlannedFlake,
  configurations: readonly ConfigurationReport[],
  req: Pick<UpdateRequest, 'workspace'>,
  deps: UpdateDeps,
  options: BisectOptions,
  memo: TrialMemo,
): Promise<ShardBisect | undefined> {
  const report: FlakeReport = {
    dir: flake.dir,
    lockFile: flake.lockFile,
    inputs: [],
    configurations,
    skipped: [],
    lock: flake.lock,
    ...(flake.flakeNix ? { flakeNix: flake.flakeNix, tagBumps: flake.tagBumps ?? [] } : {}),
  };
  const done = await bisectFlake(report, path.resolve(req.workspace, flake.dir), options, deps, memo);
  if (!done.bisect) return undefined;
  if (done.bisect.proposal !== 'proposed') return done.bisect;
  // the proposal: its lock, and the flake.nix paired with it when the update moved release tags
  return { ...done.bisect, lock: done.lock.after, ...(done.flakeNix ? { flakeNix: done.flakeNix.after } : {}) };
}

/** One side's results: built (with its closure) or failed (with its log; at most `maxLogs` per side). */
async function sideResults(
  side: Side,
  targets: readonly Target[],
  results: ReadonlyMap<string, BuildResult>,
  infos: ReadonlyMap<string, PathInfo>,
  logs: Map<string, string>,
  req: Pick<UpdateRequest, 'maxLogs' | 'logLines'>,
  deps: UpdateDeps,
  of = '',
): Promise<Built[]> {
  const own = targets.flatMap((x) => {
    const r = x.drvPath !== undefined ? results.get(x.drvPath) : undefined;
    return r ? [r] : [];
  });
  await failureLogs(own, req, deps, logs);
  // By derivation path: outputs that share a derivation share its result.
  const built = targets.map((x): Built => {
    const { installable: i } = x;
    const r = x.drvPath !== undefined ? results.get(x.drvPath) : undefined;
    if (r?.ok) {
      const outs = Object.values(r.outputs);
      const closure = closureOf(outs, infos);
      return { installable: i, closure, result: { status: 'built', outPaths: outs, closureSize: closureSize(closure) } };
    }
    return { installable: i, result: { status: 'failed', failure: failureOf(x, r, side, logs, req) } };
  });
  const failed = built.filter((b) => b.result.status === 'failed').length;
  if (failed > 0) deps.logger.warning(`${side} the update${of}: ${failed} of ${built.length} failed to build`);
  return built;
}

interface Built {
  readonly installable: Installable;
  readonly result: SideResult;
  /** Store path → NAR size, when built. */
  readonly closure?: ReadonlyMap<string, number>;
}

/**
 * `nix log` of each distinct failed derivation of one side (at most `maxLogs`), tail only, into `logs` ('' when Nix
 * kept none); a log already fetched for the other side is not fetched again.
 */
async function failureLogs(
  results: readonly BuildResult[],
  req: Pick<UpdateRequest, 'maxLogs' | 'logLines'>,
  deps: UpdateDeps,
  logs: Map<string, string>,
): Promise<void> {
  const drvs: string[] = [];
  for (const r of results) if (!r.ok) for (const d of r.failedDrvs) if (!drvs.includes(d)) drvs.push(d);
  for (const drv of drvs.slice(0, req.maxLogs ?? 5)) {
    if (!logs.has(drv)) logs.set(drv, tailLines(await deps.nix.log(drv), req.logLines ?? 60));
  }
}

/** A build failure, or (no build result) an evaluation failure. */
function failureOf(
  x: Target,
  r: Extract<BuildResult, { ok: false }> | undefined,
  side: Side,
  logs: ReadonlyMap<string, string>,
  req: Pick<UpdateRequest, 'logLines'>,
): BuildFailure {
  if (r === undefined) {
    const message = x.evalError ?? 'it was not evaluated';
    return {
      side,
      attr: x.installable.attr,
      message: `evaluation failed: ${firstError(message)}`,
      logTail: tailLines(message, req.logLines ?? 60),
    };
  }
  const failedDrv = r.failedDrvs[0];
  const log = r.failedDrvs.map((d) => logs.get(d) ?? '').find((l) => l.trim() !== '');
  return {
    side,
    attr: x.installable.attr,
    drvPath: r.drvPath,
    ...(failedDrv !== undefined ? { failedDrv } : {}),
    message: firstError(r.message),
    logTail: log ?? tailLines(r.message, req.logLines ?? 60),
  };
}

const ABSENT: SideResult = { status: 'absent' };

/** The configurations of `targets` (the shard's, in the plan's order), with the package diff where both sides built. */
function pairSides(targets: readonly PlannedTarget[], before: readonly Built[], after: readonly Built[]): ConfigurationReport[] {
  const b = new Map(before.map((x) => [x.installable.attr, x]));
  const a = new Map(after.map((x) => [x.installable.attr, x]));
  const attrs = targets.map((t) => t.attr).filter((attr) => a.has(attr) || b.has(attr));
  return attrs.map((attr) => {
    const x = a.get(attr);
    const y = b.get(attr);
    const i = (x ?? y)!.installable;
    const diff = x?.closure && y?.closure ? summarizeClosureDiff(y.closure, x.closure) : undefined;
    return {
      attr,
      kind: i.kind,
      name: i.name,
      before: y?.result ?? ABSENT,
      after: x?.result ?? ABSENT,
      ...(diff ? { diff } : {}),
    };
  });
}

/** The `build` stage of a Config: the plan read from its directory, shard `shard` built, its build file written. */
export async function runBuildStage(
  config: Config,
  shard: string,
  deps: BuildDeps & { readonly files: StageFiles },
): Promise<string> {
  const plan = await readPlan(deps.files, config.update.planDir);
  const bisect = config.update.bisect ? { maxBuilds: config.update.bisectMaxBuilds ?? DEFAULTS.bisectMaxBuilds } : undefined;
  const build = await runBuild(plan, shard, { workspace: config.workspace }, deps, bisect ? { bisect } : {});
  return deps.files.writeBuild(config.update.buildsDir, buildFileName(shard), serializeBuild(build));
}
