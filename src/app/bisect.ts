/**
 * The bisection of a broken update (issue 14): when a target that built before the update fails after it and more
 * than one root input moved, find the inputs whose move alone breaks it, and propose the update without them.
 *
 * Each trial writes a lock in which only some root inputs moved (src/update/lock-surgery.ts: the new lock's exact
 * entries, never a fresh `nix flake update`), evaluates the target's derivation with it (one `nix eval`) and builds
 * it (one `nix build`); src/update/bisect-search.ts decides which sets to try. Then the lock with every changed input moved
 * but the culprits is built for every failing target (one more build); when it builds, it becomes the flake's
 * proposed lock (`lock.after`), which the update writes and publishes. At most `maxBuilds` builds per flake in all.
 *
 * With release-tag bumps (the update moved tags in flake.nix, src/app/release-tag-bump.ts), a trial is a pair: the
 * lock, and the flake.nix in which only the tag bumps of the moved inputs are applied (src/flake/release-tags.ts
 * `flakeNixWithTagBumps`), since an input held back needs its old reference there or Nix relocks it (its lock
 * entry's `original` names the old tag). The proposal then carries the flake.nix without the culprits' bumps, and a
 * held-back bump is no longer reported as done.
 *
 * The working tree's lock (and flake.nix, when a trial writes one) is put back byte for byte afterwards, on failure
 * and on SIGINT/SIGTERM too (`guarded` writes, an `onInterrupt` restore), as in the plan.
 */
import path from 'node:path';
import { ExecError } from '../core/errors.js';
import { bisectInputs, type Verdict } from '../update/bisect-search.js';
import { changedRootInputs, trialLock, TrialLockError } from '../update/lock-surgery.js';
import { flakeNixWithTagBumps, TagBumpMismatch, type TagBump } from '../flake/release-tags.js';
import { evaluateAttrs, type Installable } from '../update/targets.js';
import type { BisectOutcome, ConfigurationReport, FlakeReport, HeldBackInput } from '../update/update-result.js';
import { firstError, flakeEvaluator, guarded, restoreLock, tailLines, type UpdateDeps } from './plan.js';

export interface BisectOptions {
  /** Most extra builds per flake, the check of the proposed lock included (`bisect-max-builds`). */
  readonly maxBuilds: number;
  /** Lines of each build log kept. Default 60. */
  readonly logLines?: number;
}

/**
 * What the trials of one build found, per flake directory, trial (lock and flake.nix) and target: the failure, or
 * null when it built. Shared by the bisections of one shard (the flake's and its groups'), so a trial a group needs
 * that the flake's bisection already built is not built again (Nix would build a failing derivation again).
 */
export type TrialMemo = Map<string, Map<string, Failure | null>>;

/** Targets that built before the update and fail after it: what a bisection can explain. */
export function brokenByUpdate(flake: FlakeReport): ConfigurationReport[] {
  return flake.configurations.filter((c) => c.before.status === 'built' && c.after.status === 'failed');
}

export interface Failure {
  readonly message: string;
  readonly logTail: string;
}

/** One flake: the search per broken target, then the proposed lock without the culprits, checked by a build. */
export async function bisectFlake(
  flake: FlakeReport,
  abs: string,
  options: BisectOptions,
  deps: UpdateDeps,
  memo: TrialMemo,
): Promise<FlakeReport> {
  const broken = brokenByUpdate(flake);
  if (broken.length === 0 || flake.lock.before === flake.lock.after) return flake;
  const changed = changedRootInputs(flake.lock.before, flake.lock.after, flake.lockFile);
  if (changed.length < 2) return flake;
  const { fs, logger } = deps;
  const tags = await trialFlakeNix(flake, abs, changed, deps);
  if (tags === 'refused') return flake;
  const lockAbs = path.join(abs, 'flake.lock');
  const original = Buffer.from(flake.lock.before, 'utf8');
  /** Both files back as they were (flake.nix only when the trials write one); what was put back, for the log. */
  const restore = async (): Promise<string> => {
    const lock = await restoreLock({ lockAbs, original }, fs);
    const nix = tags ? await restoreLock({ lockAbs: tags.abs, original: tags.original }, fs) : false;
    const files = [lock ? flake.lockFile : undefined, nix ? tags!.file : undefined].filter((f) => f !== undefined);
    return files.length > 0 ? `restored ${files.join(' and ')}` : `${flake.lockFile} unchanged`;
  };
  const remove = deps.interrupts?.onInterrupt(restore);
  let builds = 0;
  const evaluate = flakeEvaluator(abs, deps.nix);
  const lines = options.logLines ?? 60;
  // one `nix log` per failed derivation (targets often fail in the same dependency)
  const logs = new Map<string, Promise<string>>();
  const logOf = (drv: string): Promise<string> => {
    let log = logs.get(drv);
    if (!log) logs.set(drv, (log = deps.nix.log(drv)));
    return log;
  };
  /** The trial in which exactly `moved` moved: the lock, and flake.nix with only their tag bumps. */
  const trialOf = (moved: ReadonlySet<string>): Trial => ({
    lock: trialLock(flake.lock.before, flake.lock.after, moved, flake.lockFile),
    ...(tags ? { flakeNix: flakeNixWithTagBumps(tags.before, tags.file, tags.bumps, moved) } : {}),
  });
  /** Builds the targets with `trial` in place (its lock, and its flake.nix when it has one); the failures. */
  const tryLock = async (trial: Trial, all: readonly Installable[]): Promise<Map<string, Failure>> => {
    const key = JSON.stringify([abs, trial.lock, trial.flakeNix ?? null]);
    const known = memo.get(key) ?? new Map<string, Failure | null>();
    memo.set(key, known);
    const failures = new Map<string, Failure>();
    for (const t of all) {
      const k = known.get(t.attr);
      if (k) failures.set(t.attr, k);
    }
    const targets = all.filter((t) => !known.has(t.attr));
    if (targets.length === 0) {
      logger.info(`already built in this run with this lock: ${all.map((t) => t.attr).join(', ')}`);
      return failures;
    }
    builds++;
    await guarded(deps, () => fs.writeAtomic(lockAbs, Buffer.from(trial.lock, 'utf8')));
    if (tags && trial.flakeNix !== undefined) {
      // written atomically, and only when it differs from what is there (an unchanged flake.nix keeps its mtime)
      await guarded(deps, () => restoreLock({ lockAbs: tags.abs, original: Buffer.from(trial.flakeNix!, 'utf8') }, fs));
    }
    const evaluated = await evaluateAttrs(evaluate, targets);
    const drvs = evaluated.flatMap((t) => (t.drvPath !== undefined ? [t.drvPath] : []));
    const results = drvs.length > 0 ? await deps.nix.build(drvs) : new Map();
    deps.interrupts?.throwIfInterrupted();
    for (const t of evaluated) {
      const r = t.drvPath !== undefined ? results.get(t.drvPath) : undefined;
      let failure: Failure | null = null;
      if (r === undefined) {
        failure = { message: 'evaluation failed', logTail: t.evalError ?? 'it did not evaluate' };
      } else if (!r.ok) {
        const failedDrv = r.failedDrvs[0];
        const log = failedDrv !== undefined ? await logOf(failedDrv) : '';
        failure = { message: firstError(r.message), logTail: tailLines(log.trim() !== '' ? log : r.message, lines) };
      }
      known.set(t.installable.attr, failure);
      if (failure) failures.set(t.installable.attr, failure);
    }
    return failures;
  };
  const heldBack = new Map<string, { targets: string[]; evidence: Failure; interaction: boolean; exact: boolean }>();
  let note: string | undefined;
  try {
    for (const c of broken) {
      // one build is kept for the check of the proposed lock
      const budget = options.maxBuilds - 1 - builds;
      if (budget <= 0) break;
      const target: Installable = { attr: c.attr, kind: c.kind, name: c.name };
      const seen = new Map<string, Failure>();
      const found = await logger.group(`Bisect ${c.attr} (${changed.length} inputs moved: ${changed.join(', ')})`, () =>
        bisectInputs(
          changed,
          async (moved): Promise<Verdict> => {
            const failure = (await tryLock(trialOf(moved), [target])).get(c.attr);
            logger.info(`moved ${[...moved].sort().join(', ') || 'nothing'}: ${failure ? 'fails' : 'builds'}`);
            if (failure) seen.set([...moved].sort().join('\0'), failure);
            return failure ? 'fail' : 'ok';
          },
          budget,
        ),
      );
      const evidence = seen.get(found.culprits.join('\0')) ??
        (c.after.failure ? { message: c.after.failure.message, logTail: c.after.failure.logTail } : { message: 'failed', logTail: '' });
      logger.info(`${c.attr}: ${found.exact ? '' : 'among '}${found.culprits.join(', ')} (${found.builds} build(s))`);
      if (found.culprits.length === changed.length) continue; // nothing can be left out
      for (const input of found.culprits) {
        const h = heldBack.get(input);
        if (h) h.targets.push(c.attr);
        else heldBack.set(input, { targets: [c.attr], evidence, interaction: found.interaction, exact: found.exact });
      }
    }
  } catch (e) {
    if (!isTrialStop(e)) {
      // after a signal the write is refused: the interrupt's own restore puts the files back
      await guarded(deps, restore).catch(() => undefined);
      remove?.();
      throw e;
    }
    note = e.message;
    logger.warning(`bisection of ${flake.lockFile} stopped: ${firstError(e.message)}`);
  }
  let proposal: BisectOutcome['proposal'] = 'none';
  let proposed: Trial | undefined;
  try {
    if (heldBack.size > 0 && note === undefined) {
      const trial = trialOf(new Set(changed.filter((i) => !heldBack.has(i))));
      const failures = await logger.group(`Build the update without ${[...heldBack.keys()].join(', ')}`, () =>
        tryLock(trial, broken.map((c) => ({ attr: c.attr, kind: c.kind, name: c.name }))),
      );
      proposal = failures.size === 0 ? 'proposed' : 'still-fails';
      if (failures.size === 0) proposed = trial;
    }
  } catch (e) {
    if (!isTrialStop(e)) throw e;
    note = e.message;
  } finally {
    await guarded(deps, restore);
    remove?.();
  }
  const outcome: BisectOutcome = {
    builds,
    maxBuilds: options.maxBuilds,
    heldBack: [...heldBack].map(([input, h]): HeldBackInput => ({
      input,
      targets: h.targets,
      evidence: h.evidence,
      ...(h.interaction ? { interaction: true } : {}),
      exact: h.exact,
      ...tagBumpOf(tags?.bumps, input),
    })),
    proposal,
    ...(note !== undefined ? { note: firstError(note) } : {}),
  };
  if (proposed === undefined) return { ...flake, bisect: outcome };
  return {
    ...flake,
    bisect: outcome,
    lock: { ...flake.lock, after: proposed.lock },
    // the held-back inputs keep their tags: flake.nix without their bumps, and those bumps not reported as done
    ...(tags && proposed.flakeNix !== undefined
      ? {
          flakeNix: { before: tags.before, after: proposed.flakeNix },
          tagBumps: tags.bumps.filter((b) => !heldBack.has(b.input)),
        }
      : {}),
  };
}

/** One trial: the lock, and the flake.nix paired with it when the update moved release tags. */
interface Trial {
  readonly lock: string;
  readonly flakeNix?: string;
}

/** What stops a search with what it knows (a trial that cannot be made, or a Nix call that failed), not the run. */
function isTrialStop(e: unknown): e is Error {
  return e instanceof TrialLockError || e instanceof TagBumpMismatch || e instanceof ExecError;
}

/** The held-back input's release-tag bump, when the update made one (for the report). */
function tagBumpOf(bumps: readonly TagBump[] | undefined, input: string): { tagBump?: { from: string; to: string } } {
  const b = bumps?.find((x) => x.input === input);
  return b ? { tagBump: { from: b.from, to: b.to } } : {};
}

/** What the trials of a flake whose update moved release tags need of its flake.nix. */
interface TrialTags {
  /** flake.nix in the working tree, and as the user wrote it (the plan's `before`, put back afterwards). */
  readonly abs: string;
  readonly file: string;
  readonly original: Buffer;
  readonly before: string;
  readonly bumps: readonly TagBump[];
}

/**
 * With release-tag bumps, what the trials need (undefined without: the trials write the lock only); `refused` when
 * they cannot be paired: the working tree's flake.nix is not the plan's, or the bumps applied to it do not give the
 * update's flake.nix (a warning says which; the flake is not bisected).
 */
async function trialFlakeNix(
  flake: FlakeReport,
  abs: string,
  changed: readonly string[],
  deps: Pick<UpdateDeps, 'fs' | 'logger'>,
): Promise<TrialTags | 'refused' | undefined> {
  const texts = flake.flakeNix;
  if (texts === undefined || texts.before === texts.after) return undefined;
  const file = flake.dir === '.' ? 'flake.nix' : `${flake.dir}/flake.nix`;
  const nixAbs = path.join(abs, 'flake.nix');
  const bumps = flake.tagBumps ?? [];
  const current = await deps.fs.read(nixAbs);
  let why: string | undefined;
  if (current === undefined || current.toString('utf8') !== texts.before) {
    why = `${file} is not the one the update started from`;
  } else {
    try {
      if (flakeNixWithTagBumps(texts.before, file, bumps, new Set(changed)) !== texts.after) {
        why = `the release-tag bumps of inputs whose lock moved do not give the updated ${file}`;
      }
    } catch (e) {
      if (!(e instanceof TagBumpMismatch)) throw e;
      why = e.message;
    }
  }
  if (why !== undefined) {
    deps.logger.warning(`${flake.lockFile}: not bisected: ${why}`);
    return 'refused';
  }
  return { abs: nixAbs, file, original: current!, before: texts.before, bumps };
}

