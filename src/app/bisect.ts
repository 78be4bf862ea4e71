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
 * The working tree's lock is put back byte for byte afterwards, on failure and on SIGINT/SIGTERM too (`guarded`
 * writes, an `onInterrupt` restore), as in the plan.
 */
import path from 'node:path';
import { ExecError } from '../core/errors.js';
import { bisectInputs, type Verdict } from '../update/bisect-search.js';
import { changedRootInputs, trialLock, TrialLockError } from '../update/lock-surgery.js';
import { evaluateAttrs, type Installable } from '../update/targets.js';
import type { BisectOutcome, ConfigurationReport, FlakeReport, HeldBackInput, UpdateReport } from '../update/update-result.js';
import { firstError, flakeEvaluator, guarded, restoreLock, type UpdateDeps } from './plan.js';

export interface BisectOptions {
  /** Most extra builds per flake, the check of the proposed lock included (`bisect-max-builds`). */
  readonly maxBuilds: number;
  /** Lines of each build log kept. Default 60. */
  readonly logLines?: number;
}

/** Targets that built before the update and fail after it: what a bisection can explain. */
export function brokenByUpdate(flake: FlakeReport): ConfigurationReport[] {
  return flake.configurations.filter((c) => c.before.status === 'built' && c.after.status === 'failed');
}

/** The report with each flake's broken targets bisected (flakes with nothing to bisect as they were). */
export async function bisectReport(
  report: UpdateReport,
  workspace: string,
  options: BisectOptions,
  deps: UpdateDeps,
): Promise<UpdateReport> {
  const flakes: FlakeReport[] = [];
  for (const f of report.flakes) flakes.push(await bisectFlake(f, path.resolve(workspace, f.dir), options, deps));
  return { ...report, flakes };
}

interface Failure {
  readonly message: string;
  readonly logTail: string;
}

/** One flake: the search per broken target, then the proposed lock without the culprits, checked by a build. */
export async function bisectFlake(
  flake: FlakeReport,
  abs: string,
  options: BisectOptions,
  deps: UpdateDeps,
): Promise<FlakeReport> {
  const broken = brokenByUpdate(flake);
  if (broken.length === 0 || flake.lock.before === flake.lock.after) return flake;
  const changed = changedRootInputs(flake.lock.before, flake.lock.after, flake.lockFile);
  if (changed.length < 2) return flake;
  const { fs, logger } = deps;
  if (flake.flakeNix !== undefined) {
    // trial locks pair with one flake.nix; with release-tag bumps the update changed both: not bisected (yet)
    logger.warning(`${flake.lockFile}: not bisected, the update also moved release tags in flake.nix`);
    return flake;
  }
  const lockAbs = path.join(abs, 'flake.lock');
  const original = Buffer.from(flake.lock.before, 'utf8');
  const remove = deps.interrupts?.onInterrupt(async () =>
    (await restoreLock({ lockAbs, original }, fs)) ? `restored ${flake.lockFile}` : `${flake.lockFile} unchanged`,
  );
  let builds = 0;
  const evaluate = flakeEvaluator(abs, deps.nix);
  const lines = options.logLines ?? 60;
  /** Builds the targets with `lockText` in place; the failure of each that fails. */
  const tryLock = async (lockText: string, targets: readonly Installable[]): Promise<Map<string, Failure>> => {
    builds++;
    await guarded(deps, () => fs.writeAtomic(lockAbs, Buffer.from(lockText, 'utf8')));
    const failures = new Map<string, Failure>();
    const evaluated = await evaluateAttrs(evaluate, targets);
    const drvs = evaluated.flatMap((t) => (t.drvPath !== undefined ? [t.drvPath] : []));
    const results = drvs.length > 0 ? await deps.nix.build(drvs) : new Map();
    deps.interrupts?.throwIfInterrupted();
    for (const t of evaluated) {
      const r = t.drvPath !== undefined ? results.get(t.drvPath) : undefined;
      if (r?.ok) continue;
      if (r === undefined) {
        failures.set(t.installable.attr, { message: 'evaluation failed', logTail: t.evalError ?? 'it did not evaluate' });
        continue;
      }
      const failedDrv = r.failedDrvs[0];
      const log = failedDrv !== undefined ? await deps.nix.log(failedDrv) : '';
      failures.set(t.installable.attr, {
        message: firstError(r.message),
        logTail: tail(log.trim() !== '' ? log : r.message, lines),
      });
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
            const text = trialLock(flake.lock.before, flake.lock.after, moved, flake.lockFile);
            const failure = (await tryLock(text, [target])).get(c.attr);
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
    if (!(e instanceof TrialLockError) && !(e instanceof ExecError)) {
      // after a signal the write is refused: the interrupt's own restore puts the lock back
      await guarded(deps, () => restoreLock({ lockAbs, original }, fs)).catch(() => undefined);
      remove?.();
      throw e;
    }
    note = e.message;
    logger.warning(`bisection of ${flake.lockFile} stopped: ${firstError(e.message)}`);
  }
  let proposal: BisectOutcome['proposal'] = 'none';
  let proposed: string | undefined;
  try {
    if (heldBack.size > 0 && note === undefined) {
      const rest = new Set(changed.filter((i) => !heldBack.has(i)));
      const text = trialLock(flake.lock.before, flake.lock.after, rest, flake.lockFile);
      const failures = await logger.group(`Build the update without ${[...heldBack.keys()].join(', ')}`, () =>
        tryLock(text, broken.map((c) => ({ attr: c.attr, kind: c.kind, name: c.name }))),
      );
      proposal = failures.size === 0 ? 'proposed' : 'still-fails';
      if (failures.size === 0) proposed = text;
    }
  } catch (e) {
    if (!(e instanceof TrialLockError) && !(e instanceof ExecError)) throw e;
    note = e.message;
  } finally {
    await guarded(deps, () => restoreLock({ lockAbs, original }, fs));
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
    })),
    proposal,
    ...(note !== undefined ? { note: firstError(note) } : {}),
  };
  return { ...flake, bisect: outcome, ...(proposed !== undefined ? { lock: { ...flake.lock, after: proposed } } : {}) };
}

function tail(text: string, n: number): string {
  return text.trimEnd().split('\n').slice(-n).join('\n');
}
