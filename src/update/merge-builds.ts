/**
 * The report of a planned update: the plan (inputs moved, targets, which are unchanged) and the build file of every
 * shard merged into the `UpdateReport` that every face renders and publishes. The one path from builds to a report:
 * a single-runner `update` merges its own builds through it, so a matrix run and a single run report alike.
 *
 * A build file of another plan, of a shard the plan does not have, or whose targets are not the shard's is refused
 * (one UserError naming the file); a shard with no build file is not dropped: each of its targets is reported as a
 * failure after the update saying so, which `on-build-failure` then treats as any failed build.
 */
import { UserError } from '../core/errors.js';
import type { ForgeHosts } from '../forge/forge-repo.js';
import { resolveLock } from '../flake/follows.js';
import { parseLock } from '../flake/lock.js';
import type { LockFile, ResolvedInput } from '../flake/flake-types.js';
import type { BuildFile, ShardBisect } from './build-file.js';
import { diffLocks, type InputChange } from './lock-diff.js';
import { flakeNixWithTagBumps, TagBumpMismatch } from '../flake/release-tags.js';
import { groupAsFlake, isUnchangedTarget, shardLabels, targetLabel, type Plan, type PlannedFlake, type PlannedTarget } from './plan-file.js';
import type {
  BisectOutcome,
  ConfigurationReport,
  FlakeGroups,
  FlakeReport,
  HeldBackInput,
  SideResult,
  UpdateReport,
} from './update-result.js';

/** A build file as read, with the path it was read from (relative, for messages). */
export interface ReadBuild {
  readonly file: string;
  readonly build: BuildFile;
}

export interface MergeOptions {
  readonly dryRun: boolean;
  /** Reference time for input ages. */
  readonly now?: Date;
  readonly hosts?: ForgeHosts;
}

const BUILDS_HINT = 'give report the build files of this run only (the artifacts of its build jobs)';

/** The shards of `plan` that no build file covers, with their targets' labels. */
export function missingShards(plan: Plan, builds: readonly ReadBuild[]): { shard: string; targets: string[] }[] {
  const have = new Set(builds.map((b) => b.build.shard));
  const labels = shardLabels(plan);
  return plan.shards.filter((s) => !have.has(s)).map((shard) => ({ shard, targets: labels.get(shard) ?? [] }));
}

/** The bisections of one flake merged: the outcome, and what it proposes (the lock, and flake.nix with it). */
export interface MergedBisection {
  readonly outcome: BisectOutcome;
  readonly lock?: string;
  readonly flakeNix?: string;
}

/**
 * The bisections the shards of one flake ran, as one: a single shard's as it is; several shards' held-back inputs
 * together, their builds added, and their proposed lock (with its flake.nix) only when every shard proposed the same
 * pair (else the full update stays proposed: no shard built the lock without all of them).
 */
export function mergeBisections(parts: readonly ShardBisect[]): MergedBisection | undefined {
  if (parts.length === 0) return undefined;
  if (parts.length === 1) {
    const { lock, flakeNix, ...outcome } = parts[0]!;
    if (lock === undefined || outcome.proposal !== 'proposed') return { outcome };
    return { outcome, lock, ...(flakeNix !== undefined ? { flakeNix } : {}) };
  }
  const held = new Map<string, HeldBackInput>();
  for (const p of parts) {
    for (const h of p.heldBack) {
      const seen = held.get(h.input);
      held.set(h.input, seen ? { ...seen, targets: [...seen.targets, ...h.targets] } : h);
    }
  }
  const pairOf = (p: ShardBisect): string | undefined =>
    p.proposal === 'proposed' && p.lock !== undefined ? JSON.stringify([p.lock, p.flakeNix ?? null]) : undefined;
  const pairs = new Set(parts.map(pairOf));
  const agreedPart = pairs.size === 1 && [...pairs][0] !== undefined ? parts[0] : undefined;
  const agreed = agreedPart?.lock;
  const notes = parts.flatMap((p) => (p.note !== undefined ? [p.note] : []));
  const outcome: BisectOutcome = {
    builds: parts.reduce((n, p) => n + p.builds, 0),
    maxBuilds: parts[0]!.maxBuilds,
    heldBack: [...held.values()],
    proposal: agreed !== undefined ? 'proposed' : held.size > 0 ? 'still-fails' : 'none',
    ...(agreed === undefined && held.size > 0
      ? { note: `bisected in ${parts.length} shards, whose proposals differ: the lock without every held-back input was not built` }
      : notes.length > 0
        ? { note: notes[0]! }
        : {}),
  };
  if (agreed === undefined) return { outcome };
  return { outcome, lock: agreed, ...(agreedPart!.flakeNix !== undefined ? { flakeNix: agreedPart!.flakeNix } : {}) };
}

/**
 * With a bisection's proposal, the flake's flake.nix and release-tag bumps as proposed: the plan's flake.nix with
 * only the bumps of the inputs not held back (the held-back ones are no longer done). The flake.nix a build file
 * carries must be exactly that text (it came back as an artifact): anything else is refused.
 */
function proposedTags(
  f: PlannedFlake,
  bisected: MergedBisection | undefined,
): Pick<FlakeReport, 'flakeNix' | 'tagBumps'> {
  if (!f.flakeNix) return {};
  const all = f.tagBumps ?? [];
  if (bisected?.lock === undefined) return { flakeNix: f.flakeNix, tagBumps: all };
  const held = new Set(bisected.outcome.heldBack.map((h) => h.input));
  const kept = all.filter((b) => !held.has(b.input));
  const file = f.dir === '.' ? 'flake.nix' : `${f.dir}/flake.nix`;
  let expected: string | undefined;
  try {
    expected = flakeNixWithTagBumps(f.flakeNix.before, file, kept);
  } catch (e) {
    if (!(e instanceof TagBumpMismatch)) throw e;
  }
  if (expected === undefined || bisected.flakeNix !== expected) {
    throw new UserError(
      `the bisection of ${f.lockFile} proposes a ${file} that is not the plan's with the release-tag bumps of the inputs it moves`,
      f.lockFile,
      undefined,
      BUILDS_HINT,
    );
  }
  return { flakeNix: { before: f.flakeNix.before, after: expected }, tagBumps: kept };
}

/**
 * Refuses build files that do not belong to `plan`; returns the configurations by flake dir, group (none: the full
 * update) and attribute.
 */
function indexBuilds(
  plan: Plan,
  builds: readonly ReadBuild[],
): { byKey: Map<string, ConfigurationReport>; bisections: Map<string, ShardBisect[]> } {
  const shards = new Set(plan.shards);
  // each shard's targets (the full update's and the groups'), found in one pass over the plan
  const keysOf = new Map<string, string[]>();
  const expect = (shard: string | null, k: string): void => {
    if (shard === null) return;
    const keys = keysOf.get(shard);
    if (keys) keys.push(k);
    else keysOf.set(shard, [k]);
  };
  const groupsOf = new Map<string, Set<string>>();
  for (const f of plan.flakes) {
    for (const t of f.targets) expect(t.shard, key(f.dir, t.attr));
    for (const g of f.grouping?.groups ?? []) for (const t of g.targets) expect(t.shard, key(f.dir, t.attr, g.name));
    groupsOf.set(f.dir, new Set((f.grouping?.groups ?? []).map((g) => g.name)));
  }
  const seen = new Map<string, string>();
  const byKey = new Map<string, ConfigurationReport>();
  // each flake's (key(dir, '')) and group's (key(dir, '', group)) bisections, in the order of the build files
  const bisections = new Map<string, ShardBisect[]>();
  const bisection = (k: string, b: ShardBisect | undefined): void => {
    if (b === undefined) return;
    const list = bisections.get(k);
    if (list) list.push(b);
    else bisections.set(k, [b]);
  };
  for (const { file, build } of builds) {
    if (build.planId !== plan.id) {
      throw new UserError(
        `the build file belongs to plan ${build.planId}, not to this plan ${plan.id}`,
        file,
        undefined,
        BUILDS_HINT,
      );
    }
    if (!shards.has(build.shard)) {
      throw new UserError(`the build file is for shard ${build.shard}, which the plan does not have`, file, undefined, BUILDS_HINT);
    }
    const other = seen.get(build.shard);
    if (other !== undefined) {
      throw new UserError(`two build files for shard ${build.shard}: ${other} and ${file}`, file, undefined, BUILDS_HINT);
    }
    seen.set(build.shard, file);
    const expected = new Set(keysOf.get(build.shard));
    const take = (dir: string, c: ConfigurationReport, group?: string): void => {
      const k = key(dir, c.attr, group);
      if (!expected.delete(k)) {
        throw new UserError(
          `the build file reports ${c.attr} in ${dir}${group === undefined ? '' : ` (group ${group})`}, which is not a target of shard ${build.shard} in the plan`,
          file,
          undefined,
          BUILDS_HINT,
        );
      }
      byKey.set(k, c);
    };
    for (const f of build.flakes) {
      for (const c of f.configurations) take(f.dir, c);
      bisection(key(f.dir, ''), f.bisect);
      for (const g of f.groups ?? []) {
        if (!groupsOf.get(f.dir)?.has(g.name)) {
          throw new UserError(
            `the build file reports group ${g.name} of ${f.dir}, which the plan does not have`,
            file,
            undefined,
            BUILDS_HINT,
          );
        }
        for (const c of g.configurations) take(f.dir, c, g.name);
        bisection(key(f.dir, '', g.name), g.bisect);
      }
    }
    const left = [...expected][0];
    if (left !== undefined) {
      const [dir, attr, group] = left.split('\0');
      throw new UserError(
        `the build file has no result for ${attr} in ${dir}${group ? ` (group ${group})` : ''}, a target of shard ${build.shard}`,
        file,
        undefined,
        BUILDS_HINT,
      );
    }
  }
  return { byKey, bisections };
}

/** A configuration's key: flake dir, attribute, and the group (none: the full update's). */
const key = (dir: string, attr: string, group?: string): string => `${dir}\0${attr}\0${group ?? ''}`;

/** An unchanged target, or one whose shard left no build file. */
function plannedConfiguration(flake: PlannedFlake, t: PlannedTarget): ConfigurationReport {
  const base = { attr: t.attr, kind: t.kind, name: t.name };
  if (isUnchangedTarget(t)) {
    const unchanged: SideResult = { status: 'unchanged', drvPath: t.before!.drvPath! };
    return { ...base, before: unchanged, after: unchanged };
  }
  const message = `not built: shard ${t.shard ?? '?'} left no build file (its job failed or was cancelled)`;
  return {
    ...base,
    before: { status: 'absent' },
    after: {
      status: 'failed',
      failure: {
        side: 'after',
        attr: t.attr,
        message,
        logTail: `${targetLabel(flake, t)}: ${message}; re-run the failed build job, then the report`,
      },
    },
  };
}

/** Same change: same input, same kind, same revision (or locked source) after. */
const changeKey = (c: InputChange): string =>
  JSON.stringify([c.name, c.kind, c.after?.rev ?? null, c.after?.narHash ?? null, c.after?.url ?? null]);

/** Lock texts parsed and resolved once per merge (the flake's `before` serves the flake, its proposal and groups). */
type ResolvedLocks = Map<string, { lock: LockFile; inputs: ResolvedInput[] }>;

function resolvedLock(cache: ResolvedLocks, text: string, lockFile: string): { lock: LockFile; inputs: ResolvedInput[] } {
  let r = cache.get(text);
  if (!r) {
    const lock = parseLock(text, lockFile);
    cache.set(text, (r = { lock, inputs: [...resolveLock(lock).values()] }));
  }
  return r;
}

/** Merge options and the merge's parsed locks. */
type DiffOptions = Pick<MergeOptions, 'now' | 'hosts'> & { readonly locks: ResolvedLocks };

/** The inputs one lock moves against another (none when the texts are equal). */
function lockChanges(lockFile: string, before: string, after: string, options: DiffOptions): InputChange[] {
  if (before === after) return [];
  return diffLocks(resolvedLock(options.locks, before, lockFile), resolvedLock(options.locks, after, lockFile), {
    ...(options.now ? { now: options.now } : {}),
    ...(options.hosts ? { hosts: options.hosts } : {}),
  });
}

/**
 * A flake's inputs when a bisection's lock is proposed: `inputs` what the proposed lock moves, `heldBackInputs` the
 * moves of the full update (`flake.inputs`) it does not make.
 */
function proposedChanges(
  flake: Pick<FlakeReport, 'lockFile' | 'lock' | 'inputs'>,
  proposedLock: string,
  options: DiffOptions,
): Pick<FlakeReport, 'inputs' | 'heldBackInputs'> {
  const inputs = lockChanges(flake.lockFile, flake.lock.before, proposedLock, options);
  const made = new Set(inputs.map(changeKey));
  const held = flake.inputs.filter((c) => !made.has(changeKey(c)));
  return { inputs, ...(held.length > 0 ? { heldBackInputs: held } : {}) };
}

/**
 * One flake's report (the flake's own, or a group's as a flake of its own: `groupAsFlake`), `configs` its results,
 * `bisected` its merged bisection: with a proposal, the lock, flake.nix and inputs are the proposal's, and the moves
 * it does not make are the held-back ones.
 */
function flakeReportOf(
  view: PlannedFlake,
  configurations: ConfigurationReport[],
  bisected: MergedBisection | undefined,
  options: DiffOptions,
): FlakeReport {
  const full = lockChanges(view.lockFile, view.lock.before, view.lock.after, options);
  return {
    dir: view.dir,
    lockFile: view.lockFile,
    ...(view.system !== undefined ? { system: view.system } : {}),
    ...(bisected?.lock !== undefined
      ? proposedChanges({ lockFile: view.lockFile, lock: view.lock, inputs: full }, bisected.lock, options)
      : { inputs: full }),
    configurations,
    skipped: view.skipped,
    ...(view.listingError !== undefined ? { listingError: view.listingError } : {}),
    lock: bisected?.lock !== undefined ? { ...view.lock, after: bisected.lock } : view.lock,
    ...(bisected ? { bisect: bisected.outcome } : {}),
    ...proposedTags(view, bisected),
  };
}

/** The report of `plan` with the results of `builds` (each checked against the plan). */
export function mergeBuilds(plan: Plan, builds: readonly ReadBuild[], merge: MergeOptions): UpdateReport {
  const options: DiffOptions = { ...merge, locks: new Map() };
  const { byKey, bisections } = indexBuilds(plan, builds);
  const flakes = plan.flakes.map((f): FlakeReport => {
    const bisected = mergeBisections(bisections.get(key(f.dir, '')) ?? []);
    const configurations = f.targets.map((t) => byKey.get(key(f.dir, t.attr)) ?? plannedConfiguration(f, t));
    return flakeReportOf(f, configurations, bisected, options);
  });
  // grouped pull requests: each group's report, as if only its inputs had been updated (its lock and flake.nix, its
  // builds), and its own bisection (a shard bisects a named group's broken targets within the group's inputs)
  const groups = plan.flakes.some((f) => f.grouping !== undefined)
    ? plan.flakes.map(
        (f): FlakeGroups => ({
          dir: f.dir,
          groups: (f.grouping?.groups ?? []).map((g) => {
            const bisected = mergeBisections(bisections.get(key(f.dir, '', g.name)) ?? []);
            const configurations = g.targets.map((t) => byKey.get(key(f.dir, t.attr, g.name)) ?? plannedConfiguration(f, t));
            return { name: g.name, inputs: g.inputs, flake: flakeReportOf(groupAsFlake(f, g), configurations, bisected, options) };
          }),
          refused: f.grouping?.refused ?? [],
        }),
      )
    : undefined;
  return {
    version: 1,
    nixVersion: plan.nixVersion,
    dryRun: merge.dryRun,
    requestedInputs: plan.requestedInputs,
    flakes,
    ...(groups ? { groups } : {}),
  };
}
