/**
 * The plan stage of an update (`flake-steward plan`, and the first step of `update`): preflight, update each flake's
 * lock (Nix writes it), evaluate both sides once, and say which targets changed and in which shard each is built.
 * Effects only through ports (`UpdateNix`, `Fs`, `Logger`, `Clock`).
 *
 * Nix processes per flake, whatever the number of configurations: one update; then, only when the lock changed, per
 * side one `nix eval` (the outputs and their `drvPath`s, or the `drvPath`s of the listed attributes). An output that
 * does not evaluate adds one `nix eval` of it alone (and, when the listing fails as a whole, one listing by name
 * alone). A target whose derivation is the same before and after is unchanged: it goes in no shard, nothing builds it.
 * With `group` (per-input or named groups), per group of moved root inputs one more `nix eval`: its "after" side with
 * its own lock in place (src/app/plan-groups.ts); its changed targets go in the shard of the same attribute.
 *
 * The lock: the update runs first, so an up-to-date flake costs one Nix call. When the lock moved, the original bytes
 * are put back for the "before" evaluation and Nix's new lock for the "after" one; then the original goes back for
 * good: the plan carries both texts, and whoever publishes (the report, or `update`) writes the new one. On any
 * failure the original lock is restored byte for byte; on SIGINT/SIGTERM (`deps.interrupts`) the same restore runs
 * once Nix's process group is gone, and the engine's own lock writes are refused from then on.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { DEFAULTS, type BuildSelection, type Config, type GroupSetting } from '../core/config.js';
import { ExecError, UserError } from '../core/errors.js';
import type { Clock, Git, Logger } from '../core/ports.js';
import type { Interrupts } from '../exec/interrupt.js';
import { showPath, type LockFile } from '../flake/flake-types.js';
import { resolveLock } from '../flake/follows.js';
import { parseLock } from '../flake/lock.js';
import type { NixVersion } from '../nix-cli/nix-version.js';
import {
  discoveryApply,
  discoveryExpression,
  evaluateAttrs,
  parseDiscovery,
  resolveTargets,
  staticSelection,
  type Discovery,
  type EvaluateFlake,
  type Installable,
  type Skipped,
  type Target,
} from '../update/targets.js';
import type { Fs } from '../workspace/fs.js';
import type { DiscoverHints } from '../workspace/flake-dirs.js';
import type { StageFiles } from '../workspace/stage-files.js';
import type { ForgeHosts } from '../forge/forge-repo.js';
import { diffLocks } from '../update/lock-diff.js';
import {
  assignShards,
  isUnchangedTarget,
  PLAN_FORMAT,
  sealPlan,
  serializePlan,
  type Plan,
  type PlannedFlake,
  type PlannedGroup,
  type PlannedGrouping,
  type PlannedSide,
  type PlannedTarget,
} from '../update/plan-file.js';
import { groupLocks } from './plan-groups.js';
import type { UpdateNix } from './update-nix.js';
import { releaseTagBumps, tagsAskedOnce, type FlakeNixBump } from './release-tag-bump.js';

export interface UpdateDeps {
  readonly nix: UpdateNix;
  readonly fs: Fs;
  readonly logger: Logger;
  readonly clock: Clock;
  /** Where the restore of every lock is registered for SIGINT/SIGTERM; none in tests that send no signal. */
  readonly interrupts?: Interrupts;
  /** Asks remotes for their tags, for inputs pinned to a release tag; without it, no tag is bumped. */
  readonly tags?: Pick<Git, 'remoteTags'>;
}

/** What plan, build, report and update are asked, from the same Config (`updateRequest`). */
export interface UpdateRequest {
  /** Absolute directory the `paths` are relative to. */
  readonly workspace: string;
  /** Flake directories or globs, relative to the workspace. */
  readonly paths: readonly string[];
  /** Input paths to update; empty: all. */
  readonly inputs: readonly string[];
  readonly build: BuildSelection;
  readonly dryRun: boolean;
  /** Shards of the plan (default: one per changed target; at most 256). */
  readonly shards?: number;
  /** Extra forge hosts for compare links (GitHub Enterprise). */
  readonly hosts?: ForgeHosts;
  /** What to do when no flake is found, in the face's words (default: the action's). */
  readonly hints?: DiscoverHints;
  /** Most `nix log` calls per side. Default 5. */
  readonly maxLogs?: number;
  /** Lines of each build log kept. Default 60. */
  readonly logLines?: number;
  /** Bisect a target broken by the update (`update` in one process); absent: off (`bisect: false`). */
  readonly bisect?: { readonly maxBuilds: number };
  /** Grouped pull requests (`group`); absent: `all`. */
  readonly group?: GroupSetting;
  /** False (`release-tags: false`): no release tag is moved, no remote asked, flake.nix never touched; absent: on. */
  readonly releaseTags?: boolean;
}

export interface FlakeTarget {
  /** Relative to the workspace (`.`). */
  readonly dir: string;
  readonly abs: string;
  readonly lockRel: string;
  readonly lockAbs: string;
  readonly original: Buffer;
  readonly lock: LockFile;
  /** Requested inputs this flake has (all when none were requested). */
  readonly inputs: readonly string[];
  /** False when inputs were requested and this flake has none of them. */
  readonly selected: boolean;
}

/** A plan and the flakes it was made of (their original lock bytes, for the update that goes on in this process). */
export interface PlanRun {
  readonly plan: Plan;
  readonly flakes: readonly FlakeTarget[];
}

/** Plans the update of every flake of the request; every lock is as it was when it returns. */
export async function runPlan(req: UpdateRequest, depsIn: UpdateDeps): Promise<PlanRun> {
  // each remote's release tags asked once for the whole run (several flakes may pin the same input)
  const deps = depsIn.tags ? { ...depsIn, tags: tagsAskedOnce(depsIn.tags) } : depsIn;
  const version = await preflightNix(deps);
  const targets = await preflightFlakes(req, deps);
  const flakes: PlannedFlake[] = [];
  // Interrupted, every lock goes back (as on a failure below, but also the one being updated), once Nix is stopped.
  const removeUndos = targets.map((t) =>
    deps.interrupts?.onInterrupt(async () =>
      (await restoreLock(t, deps.fs)) ? `restored ${t.lockRel}` : `${t.lockRel} unchanged`,
    ),
  );
  try {
    for (const t of targets) {
      const planned = await planFlake(t, req, deps);
      const grouped = req.group && req.group.kind !== 'all' ? req.group : undefined;
      flakes.push(grouped ? { ...planned, grouping: await planGrouping(t, planned, grouped, req, deps) } : planned);
    }
  } finally {
    for (const remove of removeUndos) remove?.();
  }
  const plan = sealPlan(
    assignShards({ format: PLAN_FORMAT, nixVersion: version.raw, requestedInputs: req.inputs, flakes }, req.shards),
  );
  const unchanged = plan.flakes.flatMap((f) => f.targets.filter(isUnchangedTarget).map((t) => t.attr));
  if (unchanged.length > 0) deps.logger.info(`unchanged (same derivation before and after): ${unchanged.join(', ')}`);
  deps.logger.info(`plan ${plan.id}: ${plan.shards.length} shard(s)`);
  return { plan, flakes: targets };
}

// ---------------------------------------------------------------- preflight

/** A failure to start `nix` at all, as the user error that says what to add; any other error as it is. */
export function nixNotInstalled(e: unknown): unknown {
  if (e instanceof ExecError && e.code === null) {
    return new UserError(
      'Nix is not installed (no `nix` on PATH)',
      undefined,
      undefined,
      'add a step that installs Nix before flake-steward, e.g. `uses: DeterminateSystems/nix-installer-action@main`',
    );
  }
  return e;
}

async function preflightNix(deps: UpdateDeps): Promise<NixVersion> {
  try {
    return await deps.nix.version();
  } catch (e) {
    throw nixNotInstalled(e);
  }
}

async function preflightFlakes(req: UpdateRequest, deps: UpdateDeps): Promise<FlakeTarget[]> {
  const { fs } = deps;
  const targets: FlakeTarget[] = [];
  const found = new Set<string>();
  // the flake directories lint selects too (src/workspace/flake-dirs.ts); a directory named with only a flake.lock
  // is refused below, since Nix updates a flake.nix's lock
  const discover = { ...(req.hints ? { hints: req.hints } : {}), onWarning: (line: string) => deps.logger.warning(line) };
  for (const dir of await fs.flakeDirs(req.workspace, req.paths, discover)) {
    const abs = path.resolve(req.workspace, dir);
    const lockRel = dir === '.' ? 'flake.lock' : `${dir}/flake.lock`;
    const lockAbs = path.join(abs, 'flake.lock');
    if (!(await fs.exists(path.join(abs, 'flake.nix')))) {
      throw new UserError(
        `no flake.nix in ${dir === '.' ? 'the workspace' : `'${dir}'`}`,
        dir === '.' ? 'flake.nix' : `${dir}/flake.nix`,
        undefined,
        'point path/paths at a directory that holds flake.nix',
      );
    }
    const original = await fs.read(lockAbs);
    if (original === undefined) {
      throw new UserError(
        'flake.lock is missing',
        lockRel,
        undefined,
        `run \`nix flake lock${dir === '.' ? '' : ` ${dir}`}\` and commit flake.lock; the update compares against it`,
      );
    }
    const lock = parseLock(original.toString('utf8'), lockRel);
    const paths = new Set([...resolveLock(lock).values()].map((r) => showPath(r.path)));
    const inputs = req.inputs.filter((i) => paths.has(i));
    for (const i of inputs) found.add(i);
    targets.push({
      dir,
      abs,
      lockRel,
      lockAbs,
      original,
      lock,
      inputs,
      selected: req.inputs.length === 0 || inputs.length > 0,
    });
  }
  const missing = req.inputs.filter((i) => !found.has(i));
  if (missing.length > 0) {
    const known = targets.flatMap((t) => [...(t.lock.nodes.get(t.lock.root)?.inputs.keys() ?? [])]);
    throw new UserError(
      `no input ${missing.map((m) => `'${m}'`).join(', ')} in ${targets.map((t) => t.lockRel).join(', ')}`,
      targets[0]?.lockRel,
      undefined,
      `the inputs setting names input paths such as ${[...new Set(known)].slice(0, 5).join(', ') || 'nixpkgs'}`,
    );
  }
  return targets;
}

// ---------------------------------------------------------------- one flake

/**
 * Puts the original lock back, byte for byte (only when it differs, so an untouched file keeps its mtime); true
 * when it wrote.
 */
export async function restoreLock(t: Pick<FlakeTarget, 'lockAbs' | 'original'>, fs: Fs): Promise<boolean> {
  const now = await fs.read(t.lockAbs);
  if (now !== undefined && now.equals(t.original)) return false;
  await fs.writeAtomic(t.lockAbs, t.original);
  return true;
}

/** A write of the engine's own: the interrupt handler's restore waits for it, and after a signal it is refused. */
export function guarded<T>(deps: Pick<UpdateDeps, 'interrupts'>, write: () => Promise<T>): Promise<T> {
  return deps.interrupts ? deps.interrupts.guard(write) : write();
}


/** sha256 (hex) of the flake's flake.nix: a build or report on another checkout is refused. */
export async function flakeNixSha256(fs: Fs, flakeAbs: string): Promise<string> {
  const bytes = (await fs.read(path.join(flakeAbs, 'flake.nix'))) ?? Buffer.alloc(0);
  return createHash('sha256').update(bytes).digest('hex');
}

async function planFlake(t: FlakeTarget, req: UpdateRequest, deps: UpdateDeps): Promise<PlannedFlake> {
  const { fs, logger, nix } = deps;
  const originalText = t.original.toString('utf8');
  const base = { dir: t.dir, lockFile: t.lockRel, flakeNixSha256: await flakeNixSha256(fs, t.abs) };
  const unchanged = (): PlannedFlake => ({
    ...base,
    skipped: [],
    lock: { before: originalText, after: originalText },
    targets: [],
  });
  if (!t.selected) {
    logger.info(`${t.lockRel}: none of the requested inputs; not updated`);
    return unchanged();
  }
  const write = (bytes: Buffer): Promise<void> => guarded(deps, () => fs.writeAtomic(t.lockAbs, bytes));
  const nixAbs = path.join(t.abs, 'flake.nix');
  const nixFile = t.dir === '.' ? 'flake.nix' : `${t.dir}/flake.nix`;
  // Release tags: flake.nix moves to the newer tags before the update, so Nix relocks those inputs there.
  const bump = req.releaseTags === false ? undefined : await planTagBumps(t, nixAbs, nixFile, deps);
  const writeNix = (side: 'before' | 'after'): Promise<void> =>
    bump ? guarded(deps, () => fs.writeAtomic(nixAbs, bump[side])) : Promise.resolve();
  const removeNixUndo = bump
    ? deps.interrupts?.onInterrupt(async () =>
        (await restoreFile(nixAbs, bump.before, fs)) ? `restored ${nixFile}` : `${nixFile} unchanged`,
      )
    : undefined;
  try {
    await writeNix('after');
    const what = t.inputs.length > 0 ? t.inputs.join(', ') : 'all inputs';
    await logger.group(`Update ${t.lockRel} (${what})`, () => nix.updateLock(t.abs, t.inputs));
    const updated = await fs.read(t.lockAbs);
    if (updated === undefined) throw new UserError('Nix removed flake.lock during the update', t.lockRel);
    if (updated.equals(t.original)) {
      logger.info(`${t.lockRel}: already up to date`);
      return unchanged();
    }
    const afterText = updated.toString('utf8');
    const afterLock = parseLock(afterText, t.lockRel);
    const inputs = diffLocks(
      { lock: t.lock, inputs: [...resolveLock(t.lock).values()] },
      { lock: afterLock, inputs: [...resolveLock(afterLock).values()] },
    );
    logger.info(`${t.lockRel}: ${inputs.length} input(s) changed: ${inputs.map((c) => c.name).join(', ')}`);

    // Both sides are evaluated, each with its lock in place; the builds name store derivations, which need no lock.
    await write(t.original);
    await writeNix('before');
    const before = await logger.group(`Evaluate before the update (${t.dir})`, () => evaluateSide(t, req, deps));
    await write(updated);
    await writeNix('after');
    const after = await logger.group(`Evaluate after the update (${t.dir})`, () =>
      evaluateSide(
        t,
        req,
        deps,
        before.targets.map((x) => x.installable),
      ),
    );
    const system = after.system ?? before.system;
    return {
      ...base,
      ...(system !== undefined ? { system } : {}),
      skipped: mergeSkipped(before.skipped, after.skipped),
      ...(after.listingError ? { listingError: after.listingError } : {}),
      lock: { before: originalText, after: afterText },
      ...(bump
        ? { flakeNix: { before: bump.before.toString('utf8'), after: bump.after.toString('utf8') }, tagBumps: bump.bumps }
        : {}),
      targets: pairPlanned(before.targets, after.targets),
    };
  } finally {
    // the plan carries both locks; the working tree keeps its own until a report or `update` publishes
    await guarded(deps, () => restoreLock(t, fs));
    if (bump) await guarded(deps, () => restoreFile(nixAbs, bump.before, fs));
    removeNixUndo?.();
  }
}

/**
 * The groups of a planned flake (src/app/plan-groups.ts), each with its "after" side evaluated with the group's lock
 * in place, and its flake.nix when it moves a release tag (else the user's, as it is; one `nix eval` per group; the
 * list from before when the listing fails), and paired with the plan's "before" side. The working tree's lock and
 * flake.nix go back byte for byte afterwards, on failure too, and on SIGINT/SIGTERM (the lock through the restore
 * `runPlan` registered, flake.nix through one registered here).
 */
async function planGrouping(
  t: FlakeTarget,
  flake: PlannedFlake,
  setting: GroupSetting,
  req: UpdateRequest,
  deps: UpdateDeps,
): Promise<PlannedGrouping> {
  const { fs, logger } = deps;
  const { groups: locks, refused } = groupLocks(flake, setting, logger);
  const before = flake.targets.flatMap((x): Target[] =>
    x.before ? [{ installable: { attr: x.attr, kind: x.kind, name: x.name }, ...x.before }] : [],
  );
  const nixAbs = path.join(t.abs, 'flake.nix');
  const nixFile = t.dir === '.' ? 'flake.nix' : `${t.dir}/flake.nix`;
  // the user's flake.nix as it is in the working tree (byte for byte), when a group writes another
  const userNix = locks.some((g) => g.flakeNix !== undefined) ? await fs.read(nixAbs) : undefined;
  const removeNixUndo = userNix
    ? deps.interrupts?.onInterrupt(async () =>
        (await restoreFile(nixAbs, userNix, fs)) ? `restored ${nixFile}` : `${nixFile} unchanged`,
      )
    : undefined;
  const groups: PlannedGroup[] = [];
  try {
    for (const g of locks) {
      const after = await logger.group(`Evaluate group ${g.name} of ${flake.lockFile} (${g.inputs.join(', ')})`, async () => {
        await guarded(deps, () => fs.writeAtomic(t.lockAbs, Buffer.from(g.lock, 'utf8')));
        if (userNix) {
          const text = g.flakeNix !== undefined ? Buffer.from(g.flakeNix, 'utf8') : userNix;
          await guarded(deps, () => restoreFile(nixAbs, text, fs));
        }
        return evaluateSide(
          t,
          req,
          deps,
          before.map((x) => x.installable),
        );
      });
      const system = after.system ?? flake.system;
      groups.push({
        name: g.name,
        inputs: g.inputs,
        lock: g.lock,
        ...(g.flakeNix !== undefined ? { flakeNix: g.flakeNix, tagBumps: g.tagBumps ?? [] } : {}),
        ...(system !== undefined ? { system } : {}),
        skipped: after.skipped.length > 0 ? after.skipped : flake.skipped,
        ...(after.listingError ? { listingError: after.listingError } : {}),
        targets: pairPlanned(before, after.targets),
      });
    }
  } finally {
    await guarded(deps, () => restoreLock(t, fs));
    if (userNix) await guarded(deps, () => restoreFile(nixAbs, userNix, fs));
    removeNixUndo?.();
  }
  return { groups, refused };
}

/** Puts `original` back at `file` when it differs (an untouched file keeps its mtime); true when it wrote. */
async function restoreFile(file: string, original: Buffer, fs: Fs): Promise<boolean> {
  return restoreLock({ lockAbs: file, original }, fs);
}

/**
 * The release-tag bumps of the flake's flake.nix (none without a Git port or when nothing is newer; not called with
 * `release-tags: false`).
 */
async function planTagBumps(
  t: FlakeTarget,
  nixAbs: string,
  nixFile: string,
  deps: UpdateDeps,
): Promise<FlakeNixBump | undefined> {
  if (!deps.tags) return undefined;
  const before = await deps.fs.read(nixAbs);
  if (before === undefined) return undefined;
  const roots = t.inputs.filter((i) => !i.includes('/'));
  if (t.inputs.length > 0 && roots.length === 0) return undefined;
  return releaseTagBumps(before, nixFile, roots, { git: deps.tags, logger: deps.logger });
}

const side = (x: Target | undefined): PlannedSide | null =>
  x === undefined
    ? null
    : {
        ...(x.drvPath !== undefined ? { drvPath: x.drvPath } : {}),
        ...(x.evalError !== undefined ? { evalError: x.evalError } : {}),
      };

/** Targets by attribute across the two sides: the after side's order, then those only before. */
export function pairPlanned(before: readonly Target[], after: readonly Target[]): PlannedTarget[] {
  const b = new Map(before.map((x) => [x.installable.attr, x]));
  const a = new Map(after.map((x) => [x.installable.attr, x]));
  const attrs = [...a.keys(), ...[...b.keys()].filter((k) => !a.has(k))];
  return attrs.map((attr) => {
    const x = a.get(attr);
    const y = b.get(attr);
    const { kind, name } = (x ?? y)!.installable;
    return { attr, kind, name, before: side(y), after: side(x), shard: null };
  });
}

export function mergeSkipped(a: readonly Skipped[], b: readonly Skipped[]): Skipped[] {
  const out = [...b];
  for (const s of a) if (!out.some((x) => x.attr === s.attr)) out.push(s);
  return out;
}

// ---------------------------------------------------------------- one side: what it offers, and its derivations

export interface Evaluated {
  readonly system?: string;
  readonly skipped: readonly Skipped[];
  /** In listing order, each with its derivation (absent: it did not evaluate, `evalError` says why). */
  readonly targets: readonly Target[];
  /** The outputs could not be listed on this side (the other side's list was evaluated instead). */
  readonly listingError?: string;
}

/** The evaluator of a flake's outputs: `nix eval --impure` of `builtins.getFlake` on its path. */
export function flakeEvaluator(flakeAbs: string, nix: UpdateNix): EvaluateFlake {
  return (apply) => nix.evalExprJson(discoveryExpression(flakeAbs), apply);
}

/** One side's outputs and their derivations, with that side's lock in place: one listing (failure path: more). */
export async function evaluateSide(
  t: Pick<FlakeTarget, 'abs' | 'dir'>,
  req: Pick<UpdateRequest, 'build'>,
  deps: Pick<UpdateDeps, 'nix' | 'logger'>,
  fallback?: readonly Installable[],
): Promise<Evaluated> {
  const { nix, logger } = deps;
  const evaluate = flakeEvaluator(t.abs, nix);
  const selected = staticSelection(req.build);
  let targets: readonly Target[];
  let system: string | undefined;
  let skipped: readonly Skipped[] = [];
  let listingError: string | undefined;
  if (selected === 'discover') {
    let d: Discovery | undefined;
    try {
      d = parseDiscovery(await evaluate(discoveryApply()));
    } catch (e) {
      if (!(e instanceof ExecError)) throw e;
      // An output fails in a way tryEval cannot catch, or the listing itself does: list the names alone.
      try {
        d = parseDiscovery(await evaluate(discoveryApply(undefined, { drvPaths: false })));
      } catch (e2) {
        // After the update, a flake whose outputs no longer evaluate is a finding, not a crash: build the list from
        // before, so each output's failure is reported. Before the update there is nothing to compare with.
        if (!(e2 instanceof ExecError)) throw e2;
        if (fallback === undefined) {
          throw new UserError(
            `the outputs of ${t.dir === '.' ? 'the flake' : `'${t.dir}'`} cannot be evaluated before the update: ${firstError(e2.stderr || e2.message)}`,
            t.dir === '.' ? 'flake.nix' : `${t.dir}/flake.nix`,
            undefined,
            'fix the flake first (`nix flake show` shows the error), or list what to build with the build setting',
          );
        }
        listingError = firstError(e2.stderr || e2.message);
        logger.warning(`the outputs cannot be listed after the update: ${listingError}`);
      }
    }
    if (d) {
      targets = d.targets;
      system = d.system;
      skipped = d.skipped;
    } else {
      targets = await evaluateAttrs(evaluate, fallback ?? []);
    }
  } else {
    targets = await evaluateAttrs(evaluate, selected);
  }
  // Failure path only: the outputs whose derivation is not known yet are evaluated alone.
  targets = await resolveTargets(evaluate, targets);
  return { ...(system ? { system } : {}), ...(listingError ? { listingError } : {}), skipped, targets };
}

/** The first `error:` line of Nix's message (without the prefix), else its first line. */
export function firstError(message: string): string {
  const lines = message.split('\n').map((l) => l.trim());
  const err = lines.find((l) => l.startsWith('error:'));
  return (err ?? lines.find((l) => l !== '') ?? 'build failed').replace(/^error:\s*/, '');
}

/** The last `n` lines of a build log (trailing blank space left out). */
export function tailLines(text: string, n: number): string {
  return text.trimEnd().split('\n').slice(-n).join('\n');
}

// ---------------------------------------------------------------- the request of a Config (both faces)

/** Extra forge hosts for compare links: the GitHub server's (GITHUB_SERVER_URL), unless it is github.com. */
export function serverForgeHosts(serverUrl: string): ForgeHosts | undefined {
  try {
    const host = new URL(serverUrl).host;
    return host.toLowerCase() === 'github.com' ? undefined : { github: [host] };
  } catch {
    return undefined;
  }
}

/** The request the action and the CLI make of the same Config. */
export function updateRequest(config: Config): UpdateRequest {
  const hosts = serverForgeHosts(config.pr.serverUrl);
  return {
    workspace: config.workspace,
    paths: config.paths,
    inputs: config.update.inputs,
    build: config.update.build,
    dryRun: config.update.dryRun,
    ...(hosts ? { hosts } : {}),
    ...(config.update.bisect ? { bisect: { maxBuilds: config.update.bisectMaxBuilds ?? DEFAULTS.bisectMaxBuilds } } : {}),
    ...(config.update.group && config.update.group.kind !== 'all' ? { group: config.update.group } : {}),
    ...(config.update.releaseTags === false ? { releaseTags: false } : {}),
  };
}

/** The request of the `plan` stage: the update's, with the number of shards asked for. */
export function planRequest(config: Config): UpdateRequest {
  return { ...updateRequest(config), ...(config.update.shards !== undefined ? { shards: config.update.shards } : {}) };
}

/** Writes plan.json into the plan directory; returns where. */
export async function writePlanDir(files: StageFiles, dir: string, plan: Plan): Promise<string> {
  return files.writePlan(dir, serializePlan(plan));
}
