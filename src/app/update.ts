/**
 * The update engine: for each flake, update the lock (Nix writes it), build what the flake offers before and after,
 * diff the inputs (by path) and the closures (per configuration), and return the report. Effects only through ports
 * (`UpdateNix`, `Fs`, `Logger`, `Clock`).
 *
 * Nix processes per flake, whatever the number of configurations: one update; then, only when the lock changed,
 * per side one `nix eval` (the outputs and their `drvPath`s, or the `drvPath`s of the listed attributes); then, only
 * when a derivation changed, one `nix build --keep-going` of the store derivations of both sides whose output's
 * derivation differs before and after (no second evaluation; results matched by derivation path) and one
 * `nix path-info --recursive` of every output. An output whose derivation is the same on both sides is `unchanged`
 * and built on neither side: a lock-only change builds nothing. A failed build adds the port's attribution calls
 * and one `nix log` per failed derivation (at most `maxLogs` per side); an output that does not evaluate adds one
 * `nix eval` of it alone (and, when the listing fails as a whole, one listing by name alone).
 *
 * The lock: the update runs first, so an up-to-date flake costs one Nix call and no build. When the lock moved,
 * the original bytes are put back for the "before" evaluation and Nix's new lock for the "after" one (the build
 * names store derivations and needs neither). On any failure, and at the end of a dry run, the original lock is
 * restored byte for byte. On SIGINT/SIGTERM (`deps.interrupts`) the same restore runs once Nix's process group is
 * gone, and the engine's own lock writes are refused from then on.
 */
import path from 'node:path';
import { summarizeClosureDiff } from '../closure/diff.js';
import { closureOf, closureSize, type PathInfo } from '../closure/reference-graph.js';
import type { BuildSelection, Config } from '../core/config.js';
import { ExecError, UserError } from '../core/errors.js';
import type { Clock, Logger } from '../core/ports.js';
import type { Interrupts } from '../exec/interrupt.js';
import { showPath, type LockFile } from '../flake/flake-types.js';
import { resolveLock } from '../flake/follows.js';
import { parseLock } from '../flake/lock.js';
import type { BuildResult } from '../nix-cli/nix.js';
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
import type { ForgeHosts } from '../forge/forge-repo.js';
import { diffLocks } from '../update/lock-diff.js';
import type { UpdateNix } from './update-nix.js';
import type {
  BuildFailure,
  ConfigurationReport,
  FlakeReport,
  Side,
  SideResult,
  UpdateReport,
} from '../update/update-result.js';

export interface UpdateDeps {
  readonly nix: UpdateNix;
  readonly fs: Fs;
  readonly logger: Logger;
  readonly clock: Clock;
  /** Where the restore of every lock is registered for SIGINT/SIGTERM; none in tests that send no signal. */
  readonly interrupts?: Interrupts;
}

export interface UpdateRequest {
  /** Absolute directory the `paths` are relative to. */
  readonly workspace: string;
  /** Flake directories or globs, relative to the workspace. */
  readonly paths: readonly string[];
  /** Input paths to update; empty: all. */
  readonly inputs: readonly string[];
  readonly build: BuildSelection;
  readonly dryRun: boolean;
  /** Extra forge hosts for compare links (GitHub Enterprise). */
  readonly hosts?: ForgeHosts;
  /** Most `nix log` calls per side. Default 5. */
  readonly maxLogs?: number;
  /** Lines of each build log kept. Default 60. */
  readonly logLines?: number;
}

interface FlakeTarget {
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

/** Runs the update over every flake of the request and returns the report. */
export async function runUpdate(req: UpdateRequest, deps: UpdateDeps): Promise<UpdateReport> {
  const version = await preflightNix(deps);
  const targets = await preflightFlakes(req, deps);
  const flakes: FlakeReport[] = [];
  // Interrupted, every lock goes back (as on a failure below, but also the one being updated), once Nix is stopped.
  const removeUndos = targets.map((t) =>
    deps.interrupts?.onInterrupt(async () =>
      (await restoreLock(t, deps.fs)) ? `restored ${t.lockRel}` : `${t.lockRel} unchanged`,
    ),
  );
  try {
    for (const t of targets) flakes.push(await updateFlake(t, req, deps));
  } catch (e) {
    // The flakes updated before this failure go back too: a run either completes or leaves every lock as it was.
    for (const t of targets.slice(0, flakes.length)) await guarded(deps, () => restoreLock(t, deps.fs));
    throw e;
  } finally {
    for (const remove of removeUndos) remove?.();
  }
  return { version: 1, nixVersion: version.raw, dryRun: req.dryRun, requestedInputs: req.inputs, flakes };
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
  for (const dir of await fs.flakeDirs(req.workspace, req.paths)) {
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
async function restoreLock(t: FlakeTarget, fs: Fs): Promise<boolean> {
  const now = await fs.read(t.lockAbs);
  if (now !== undefined && now.equals(t.original)) return false;
  await fs.writeAtomic(t.lockAbs, t.original);
  return true;
}

/** A write of the engine's own: the interrupt handler's restore waits for it, and after a signal it is refused. */
function guarded<T>(deps: UpdateDeps, write: () => Promise<T>): Promise<T> {
  return deps.interrupts ? deps.interrupts.guard(write) : write();
}

async function updateFlake(t: FlakeTarget, req: UpdateRequest, deps: UpdateDeps): Promise<FlakeReport> {
  const { fs, logger, nix } = deps;
  const unchanged = (): FlakeReport => ({
    dir: t.dir,
    lockFile: t.lockRel,
    inputs: [],
    configurations: [],
    skipped: [],
    lock: { before: t.original.toString('utf8'), after: t.original.toString('utf8') },
  });
  if (!t.selected) {
    logger.info(`${t.lockRel}: none of the requested inputs; not updated`);
    return unchanged();
  }
  const restore = (): Promise<boolean> => guarded(deps, () => restoreLock(t, fs));
  const write = (bytes: Buffer): Promise<void> => guarded(deps, () => fs.writeAtomic(t.lockAbs, bytes));
  try {
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
      { now: deps.clock.now(), ...(req.hosts ? { hosts: req.hosts } : {}) },
    );
    logger.info(`${t.lockRel}: ${inputs.length} input(s) changed: ${inputs.map((c) => c.name).join(', ')}`);

    // Both sides are evaluated first, each with its lock in place; the builds name store derivations, which need
    // no lock, so only the targets whose derivation moved are built, both sides in one `nix build`.
    await write(t.original);
    const before = await logger.group(`Evaluate before the update (${t.dir})`, () => evaluateSide(t, req, deps));
    await write(updated);
    const after = await logger.group(`Evaluate after the update (${t.dir})`, () =>
      evaluateSide(
        t,
        req,
        deps,
        before.targets.map((x) => x.installable),
      ),
    );
    const built = await logger.group(`Build what changed (${t.dir})`, () => buildChanged(before, after, req, deps));

    if (req.dryRun) await restore();
    else {
      // A build may rewrite an incomplete lock; what stays is exactly what `nix flake update` wrote.
      const now = await fs.read(t.lockAbs);
      if (now === undefined || !now.equals(updated)) await write(updated);
    }
    const system = after.system ?? before.system;
    return {
      dir: t.dir,
      lockFile: t.lockRel,
      ...(system !== undefined ? { system } : {}),
      inputs,
      configurations: pairSides(built.before, built.after),
      skipped: mergeSkipped(before.skipped, after.skipped),
      ...(after.listingError ? { listingError: after.listingError } : {}),
      lock: { before: t.original.toString('utf8'), after: afterText },
    };
  } catch (e) {
    await restore();
    throw e;
  }
}

// ---------------------------------------------------------------- one side: discover, build, closures

interface Built {
  readonly installable: Installable;
  readonly result: SideResult;
  /** Store path → NAR size, when built. */
  readonly closure?: ReadonlyMap<string, number>;
}

interface Evaluated {
  readonly system?: string;
  readonly skipped: readonly Skipped[];
  /** In listing order, each with its derivation (absent: it did not evaluate, `evalError` says why). */
  readonly targets: readonly Target[];
  /** The outputs could not be listed on this side (the other side's list was evaluated instead). */
  readonly listingError?: string;
}

/** One side's outputs and their derivations, with that side's lock in place: one listing (failure path: more). */
async function evaluateSide(
  t: FlakeTarget,
  req: UpdateRequest,
  deps: UpdateDeps,
  fallback?: readonly Installable[],
): Promise<Evaluated> {
  const { nix, logger } = deps;
  const evaluate: EvaluateFlake = (apply) => nix.evalExprJson(discoveryExpression(t.abs), apply);
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

/**
 * The attributes whose derivation is the same on both sides: the update cannot change what they build, so they are
 * built on neither side. An output that did not evaluate on a side, or exists on one side only, is not among them.
 */
export function sameDerivation(before: readonly Target[], after: readonly Target[]): Map<string, string> {
  const drvBefore = new Map(before.map((x) => [x.installable.attr, x.drvPath]));
  const same = new Map<string, string>();
  for (const x of after) {
    const drv = x.drvPath;
    if (drv !== undefined && drvBefore.get(x.installable.attr) === drv) same.set(x.installable.attr, drv);
  }
  return same;
}

/**
 * Builds, in one `nix build --keep-going`, the derivations of both sides whose target changed (none at all when
 * no derivation did), then one `nix path-info --recursive` of every output; results matched by derivation path.
 */
async function buildChanged(
  before: Evaluated,
  after: Evaluated,
  req: UpdateRequest,
  deps: UpdateDeps,
): Promise<{ before: readonly Built[]; after: readonly Built[] }> {
  const { nix, logger } = deps;
  const same = sameDerivation(before.targets, after.targets);
  const changed = (side: Evaluated): Target[] => side.targets.filter((x) => !same.has(x.installable.attr));
  const sides = { before: changed(before), after: changed(after) };
  if (same.size > 0) logger.info(`unchanged (same derivation before and after): ${[...same.keys()].join(', ')}`);
  const drvs = [
    ...new Set([...sides.before, ...sides.after].flatMap((x) => (x.drvPath !== undefined ? [x.drvPath] : []))),
  ];
  let results: ReadonlyMap<string, BuildResult> = new Map();
  let infos: ReadonlyMap<string, PathInfo> = new Map();
  if (drvs.length > 0) {
    const attrs = [...new Set([...sides.before, ...sides.after].map((x) => x.installable.attr))];
    logger.info(`building ${drvs.length} derivation(s) of ${attrs.length} changed output(s): ${attrs.join(', ')}`);
    results = await nix.build(drvs);
    // A build stopped by SIGINT/SIGTERM returns as failed like any other: it is no finding to report.
    deps.interrupts?.throwIfInterrupted();
    const outPaths = [...new Set([...results.values()].flatMap((r) => (r.ok ? Object.values(r.outputs) : [])))];
    if (outPaths.length > 0) infos = await nix.pathInfoClosure(outPaths);
  }
  const logs = new Map<string, string>();
  const outcome = (side: Side, evaluated: Evaluated): Promise<Built[]> =>
    sideResults(side, evaluated.targets, same, results, infos, logs, req, deps);
  return { before: await outcome('before', before), after: await outcome('after', after) };
}

/** One side's results: unchanged, built (with its closure) or failed (with its log; at most `maxLogs` per side). */
async function sideResults(
  side: Side,
  targets: readonly Target[],
  same: ReadonlyMap<string, string>,
  results: ReadonlyMap<string, BuildResult>,
  infos: ReadonlyMap<string, PathInfo>,
  logs: Map<string, string>,
  req: UpdateRequest,
  deps: UpdateDeps,
): Promise<Built[]> {
  const own = targets.flatMap((x) => {
    const r = x.drvPath !== undefined && !same.has(x.installable.attr) ? results.get(x.drvPath) : undefined;
    return r ? [r] : [];
  });
  await failureLogs(own, req, deps, logs);
  // By derivation path: outputs that share a derivation share its result.
  const built = targets.map((x): Built => {
    const { installable } = x;
    const drvPath = same.get(installable.attr);
    if (drvPath !== undefined) return { installable, result: { status: 'unchanged', drvPath } };
    const r = x.drvPath !== undefined ? results.get(x.drvPath) : undefined;
    if (r?.ok) {
      const outs = Object.values(r.outputs);
      const closure = closureOf(outs, infos);
      return { installable, closure, result: { status: 'built', outPaths: outs, closureSize: closureSize(closure) } };
    }
    return { installable, result: { status: 'failed', failure: failureOf(x, r, side, logs, req) } };
  });
  const failed = built.filter((b) => b.result.status === 'failed').length;
  if (failed > 0) deps.logger.warning(`${side} the update: ${failed} of ${built.length} failed to build`);
  return built;
}

/**
 * `nix log` of each distinct failed derivation of one side (at most `maxLogs`), tail only, into `logs` ('' when Nix
 * kept none); a log already fetched for the other side is not fetched again.
 */
async function failureLogs(
  results: readonly BuildResult[],
  req: UpdateRequest,
  deps: UpdateDeps,
  logs: Map<string, string>,
): Promise<void> {
  const drvs: string[] = [];
  for (const r of results) if (!r.ok) for (const d of r.failedDrvs) if (!drvs.includes(d)) drvs.push(d);
  for (const drv of drvs.slice(0, req.maxLogs ?? 5)) {
    if (!logs.has(drv)) logs.set(drv, tailLines(await deps.nix.log(drv), req.logLines ?? 60));
  }
}

function tailLines(text: string, n: number): string {
  const lines = text.replace(/\s+$/, '').split('\n');
  return lines.slice(-n).join('\n');
}

/** The first `error:` line of Nix's message (without the prefix), else its first line. */
export function firstError(message: string): string {
  const lines = message.split('\n').map((l) => l.trim());
  const err = lines.find((l) => l.startsWith('error:'));
  return (err ?? lines.find((l) => l !== '') ?? 'build failed').replace(/^error:\s*/, '');
}

/** A build failure, or (no build result) an evaluation failure. */
function failureOf(
  x: Target,
  r: Extract<BuildResult, { ok: false }> | undefined,
  side: Side,
  logs: ReadonlyMap<string, string>,
  req: UpdateRequest,
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

/** Configurations by attribute across the two sides: the after side's order, then those only before. */
function pairSides(before: readonly Built[], after: readonly Built[]): ConfigurationReport[] {
  const b = new Map(before.map((x) => [x.installable.attr, x]));
  const a = new Map(after.map((x) => [x.installable.attr, x]));
  const attrs = [...a.keys(), ...[...b.keys()].filter((k) => !a.has(k))];
  return attrs.map((attr) => {
    const x = a.get(attr);
    const y = b.get(attr);
    const installable = (x ?? y)!.installable;
    const diff = x?.closure && y?.closure ? summarizeClosureDiff(y.closure, x.closure) : undefined;
    return {
      attr,
      kind: installable.kind,
      name: installable.name,
      before: y?.result ?? ABSENT,
      after: x?.result ?? ABSENT,
      ...(diff ? { diff } : {}),
    };
  });
}

function mergeSkipped(a: readonly Skipped[], b: readonly Skipped[]): Skipped[] {
  const out = [...b];
  for (const s of a) if (!out.some((x) => x.attr === s.attr)) out.push(s);
  return out;
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
  };
}
