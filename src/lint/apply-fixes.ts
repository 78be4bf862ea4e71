/**
 * The fix workflow shared by the CLI and the action: lint, plan the edits, show them (dry run) or check they parse,
 * refuse a dirty flake.nix, write atomically, `nix flake lock` (or say to run it), lint again.
 */
import path from 'node:path';
import { ExecError, stringifyError } from '../engine/errors.js';
import type { Logger } from '../engine/ports.js';
import { runProcess, type ProcessRunner } from '../exec/run.js';
import { writeAtomic } from '../workspace/atomic-write.js';
import { checkClean, checkParses, fixTargets, planDiff, planFixes, type FixPlan } from './fix.js';
import type { LintRun } from './results.js';
import { lint, type LintRequest } from './run.js';

export interface FixRequest extends LintRequest {
  readonly dryRun: boolean;
  readonly runner?: ProcessRunner;
  /** Environment for nix (default this process's). */
  readonly nixEnv?: Readonly<Record<string, string | undefined>>;
}

/** Runs `nix flake lock` in the flake's directory; says what to do when Nix is not here. */
async function relock(
  dir: string,
  runner: ProcessRunner,
  logger: Logger,
  env: Readonly<Record<string, string | undefined>> | undefined,
): Promise<'locked' | 'no-nix'> {
  const { detectNix, createNix } = await import('../nix-cli/nix.js');
  let features;
  try {
    features = (await detectNix({ runner, ...(env ? { env } : {}) })).features;
  } catch (e) {
    if (e instanceof ExecError && e.code === null) return 'no-nix';
    throw e;
  }
  const nix = createNix({
    runner,
    features,
    options: { nixOptions: [], acceptFlakeConfig: false, ...(env ? { env } : {}) },
    logger,
  });
  await nix.lock(dir);
  return 'locked';
}

export interface FixOutcome {
  readonly plans: readonly FixPlan[];
  readonly locked: readonly string[];
  readonly noNix: readonly string[];
  readonly after?: LintRun;
}

/** Applies the fixes (or shows them with dryRun), relocks, lints again. Messages go through `say`. */
export async function applyFixes(req: FixRequest, say: (line: string) => void, logger: Logger): Promise<FixOutcome> {
  const runner = req.runner ?? runProcess;
  const before = await lint(req);
  const plans = before.flakes.map(planFixes).filter((p): p is FixPlan => p !== undefined);
  if (plans.length === 0) {
    say('nothing to fix: no finding has a fix that can be applied automatically');
    return { plans, locked: [], noNix: [], after: before };
  }
  for (const plan of plans) await checkParses(plan);
  if (req.dryRun) {
    for (const plan of plans) say((await planDiff(plan)).trimEnd());
    return { plans, locked: [], noNix: [] };
  }
  const files = await fixTargets(runner, req, plans);
  for (const plan of plans) await checkClean(runner, files.get(plan)!, plan.file);
  const locked: string[] = [];
  const noNix: string[] = [];
  for (const plan of plans) {
    await writeAtomic(files.get(plan)!, plan.after);
    say(`${plan.file}: applied ${plan.applied.length} fix${plan.applied.length === 1 ? '' : 'es'}`);
    for (const f of plan.applied) say(`  ${f.rule}${f.input ? ` (${f.input})` : ''}: ${f.fix!.description}`);
    if (plan.deferred.length > 0)
      say(
        `  ${plan.deferred.length} more fix${plan.deferred.length === 1 ? '' : 'es'} overlapped with these; run flake-steward fix again to apply them`,
      );
    const abs = path.join(req.workspace, plan.dir);
    try {
      if ((await relock(abs, runner, logger, req.nixEnv)) === 'locked') {
        locked.push(plan.dir);
        say(`${plan.dir}: ran nix flake lock`);
      } else {
        noNix.push(plan.dir);
        say(`${plan.dir}: Nix is not installed here: run \`nix flake lock\` in ${plan.dir} and commit flake.lock`);
      }
    } catch (e) {
      throw new Error(`${plan.file} was fixed, but nix flake lock failed in ${plan.dir}: ${stringifyError(e)}`);
    }
  }
  const after = await lint(req);
  return { plans, locked, noNix, after };
}
