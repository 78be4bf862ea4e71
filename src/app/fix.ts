/**
 * The fix workflow shared by the CLI and the action: lint, plan the edits, show them (dry run) or check they parse,
 * refuse a dirty flake.nix, write atomically, `nix flake lock` (or say to run it), lint again.
 *
 * flake.nix and flake.lock never disagree: when `nix flake lock` fails, or SIGINT/SIGTERM arrives, after flake.nix
 * was written, both files go back to their exact bytes from before (the interrupt handler does it once Nix's process
 * group is gone), and the output says so; otherwise the relock is what brings them in line.
 */
import path from 'node:path';
import { ExecError, stringifyError, UserError } from '../core/errors.js';
import type { Git, Logger } from '../core/ports.js';
import { processInterrupts, type Interrupts } from '../exec/interrupt.js';
import { runProcess, type ProcessRunner } from '../exec/process.js';
import { nodeFs } from '../workspace/fs.js';
import { writeAtomic } from '../workspace/atomic-write.js';
import { checkParses, planDiff, planFixes, type FixPlan } from '../lint/fix-plan.js';
import { confine, realPath, rootOf } from '../workspace/confine.js';
import { createGit, repositoryRoot } from '../git/git.js';
import type { LintRun } from '../lint/lint-result.js';
import type { Config } from '../core/config.js';
import { lint, lintRequest, type LintPorts, type LintRequest } from './lint.js';

export interface FixRequest extends LintRequest {
  readonly dryRun: boolean;
  readonly runner?: ProcessRunner;
  /** Environment for nix (default this process's). */
  readonly nixEnv?: Readonly<Record<string, string | undefined>>;
  /** Where the roll-back is registered for SIGINT/SIGTERM; default this process's. */
  readonly interrupts?: Interrupts;
  /** Where the dry run's patch is applied from outside a git work tree (the CLI's working directory). */
  readonly cwd?: string;
}

/** Runs `nix flake lock` in the flake's directory; says what to do when Nix is not here. */
async function relock(
  dir: string,
  runner: ProcessRunner,
  logger: Logger,
  env: Readonly<Record<string, string | undefined>> | undefined,
  interrupts: Interrupts,
): Promise<'locked' | 'no-nix'> {
  const { detectNix, createNix } = await import('../nix-cli/nix.js');
  let features;
  try {
    features = (await detectNix({ runner, ...(env ? { env } : {}) })).features;
  } catch (e) {
    // Interrupted, the runner starts nothing: that is not a missing Nix.
    if (e instanceof ExecError && e.code === null && !interrupts.interrupted()) return 'no-nix';
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

/** flake.nix and flake.lock as they were before fix wrote anything (a lock that did not exist: undefined). */
interface Saved {
  readonly nixAbs: string;
  readonly nixShown: string;
  readonly nix: Buffer;
  readonly lockAbs: string;
  readonly lockShown: string;
  readonly lock: Buffer | undefined;
}

/** `nixAbs`: where flake.nix really is (fixTargets); the lock is read and restored through a link, as Nix writes it. */
async function save(workspace: string, plan: FixPlan, nixAbs: string): Promise<Saved> {
  const lockAbs = path.join(workspace, plan.dir, 'flake.lock');
  const nix = await nodeFs.read(nixAbs);
  if (nix === undefined) throw new Error(`${plan.file} disappeared while fix ran; nothing was written`);
  const lockShown = plan.dir === '.' ? 'flake.lock' : `${plan.dir}/flake.lock`;
  return { nixAbs, nixShown: plan.file, nix, lockAbs, lockShown, lock: await nodeFs.read(lockAbs) };
}

/**
 * Puts flake.nix and flake.lock back to their saved bytes (each only when it differs; through a temp file and a
 * rename; a lock Nix created is removed). Says what it did.
 */
async function rollBack(s: Saved): Promise<string> {
  const said: string[] = [];
  const nixNow = await nodeFs.read(s.nixAbs);
  if (nixNow !== undefined && nixNow.equals(s.nix)) said.push(`${s.nixShown} unchanged`);
  else {
    await nodeFs.writeAtomic(s.nixAbs, s.nix);
    said.push(`rolled ${s.nixShown} back to its original bytes`);
  }
  const lockNow = await nodeFs.read(s.lockAbs);
  if (s.lock === undefined) {
    if (lockNow !== undefined) {
      await nodeFs.remove(s.lockAbs);
      said.push(`removed the ${s.lockShown} Nix had begun`);
    }
  } else if (lockNow !== undefined && lockNow.equals(s.lock)) said.push(`${s.lockShown} unchanged`);
  else {
    await nodeFs.writeAtomic(s.lockAbs, s.lock);
    said.push(`restored ${s.lockShown}`);
  }
  return said.join(', ');
}

/**
 * Refuses when flake.nix has uncommitted changes (the fix would mix with them). Outside a git work tree, or without
 * git, there is nothing to protect against and the fix goes ahead.
 */
export async function checkClean(git: Git, absFile: string, shown: string): Promise<'clean' | 'no-git'> {
  const status = await git.fileStatus(absFile);
  if (status === undefined) return 'no-git';
  if (status.trim() !== '') {
    throw new UserError(
      `${shown} has uncommitted changes; fix will not mix its edits with them`,
      shown,
      undefined,
      'commit or stash them first, or run flake-steward fix --dry-run to see the diff',
    );
  }
  return 'clean';
}

/**
 * Where each plan's flake.nix really is, to check and write it there. The flake's directory, its flake.nix and its
 * flake.lock (which `nix flake lock` writes next) must each lead (links followed) inside the workspace when
 * `confine` is set (the action), else inside the repository of the workspace (git's top level, or the directory
 * itself outside git: the CLI). So a committed link (`sub -> ../elsewhere`) never makes fix write outside; a link
 * inside the repository is written through and stays a link.
 */
export async function fixTargets(
  git: Git,
  req: { readonly workspace: string; readonly confine?: boolean },
  plans: readonly FixPlan[],
): Promise<Map<FixPlan, string>> {
  const root = rootOf(req.confine ? req.workspace : await repositoryRoot(git, req.workspace));
  const area = req.confine ? 'the workspace' : `the repository ${root.given}`;
  const hint = `fix writes nothing outside ${area}; run it in the repository the flake belongs to`;
  const check = (shown: string): string => confine(root, path.join(req.workspace, shown), { shown, area, hint });
  const out = new Map<FixPlan, string>();
  for (const plan of plans) {
    check(plan.dir);
    check(path.posix.join(plan.dir, 'flake.lock'));
    out.set(plan, check(plan.file));
  }
  return out;
}

/**
 * Where `fix --dry-run`'s patch applies from: git's top level (`git apply` takes paths from there, wherever in the
 * work tree it runs), else the working directory (as `patch -p1` does), else the workspace. Links resolved.
 */
async function patchBase(git: Git, req: FixRequest): Promise<string> {
  const top = await git.topLevel(req.workspace);
  const base = top ?? req.cwd ?? req.workspace;
  return (await realPath(base)) ?? base;
}

/** A plan's flake.nix as a POSIX path from `base` (its real place; the workspace path when it has none). */
async function patchPath(base: string, workspace: string, plan: FixPlan): Promise<string> {
  const abs = path.join(workspace, plan.file);
  const rel = path.relative(base, (await realPath(abs)) ?? abs);
  return path.isAbsolute(rel) ? plan.file : rel.split(path.sep).join('/');
}

/** What fix needs from the face besides the Config: lint's ports, where its steps are said, and Nix's logger. */
export interface FixPorts extends LintPorts {
  readonly say: (line: string) => void;
  readonly logger: Logger;
  readonly runner?: ProcessRunner;
  readonly interrupts?: Interrupts;
  /** Where the dry run's patch is applied from outside a git work tree (default: the workspace). */
  readonly cwd?: string;
}

/** The fix use case: `dry-run` shows the diff instead of writing. */
export function runFix(config: Config, ports: FixPorts): Promise<FixOutcome> {
  return applyFixes(
    {
      ...lintRequest(config, ports),
      dryRun: config.update.dryRun,
      ...(ports.runner ? { runner: ports.runner } : {}),
      ...(ports.interrupts ? { interrupts: ports.interrupts } : {}),
      ...(ports.cwd ? { cwd: ports.cwd } : {}),
    },
    ports.say,
    ports.logger,
  );
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
  const interrupts = req.interrupts ?? processInterrupts;
  const before = await lint(req);
  const plans = before.flakes.map(planFixes).filter((p): p is FixPlan => p !== undefined);
  if (plans.length === 0) {
    say('nothing to fix: no finding has a fix that can be applied automatically');
    return { plans, locked: [], noNix: [], after: before };
  }
  for (const plan of plans) await checkParses(plan);
  const git = createGit({ runner });
  if (req.dryRun) {
    const from = await patchBase(git, req);
    // the patch goes out whole: its last line may be a context line of one space, which a trim would cut
    for (const plan of plans)
      say((await planDiff(plan, await patchPath(from, req.workspace, plan))).replace(/\n$/, ''));
    return { plans, locked: [], noNix: [] };
  }
  const files = await fixTargets(git, req, plans);
  for (const plan of plans) await checkClean(git, files.get(plan)!, plan.file);
  const locked: string[] = [];
  const noNix: string[] = [];
  for (const plan of plans) {
    const saved = await save(req.workspace, plan, files.get(plan)!);
    // Until the relock is done, an interruption puts both files back (once Nix is stopped).
    const removeUndo = interrupts.onInterrupt(() => rollBack(saved));
    try {
      await interrupts.guard(() => writeAtomic(saved.nixAbs, plan.after));
      say(`${plan.file}: applied ${plan.applied.length} fix${plan.applied.length === 1 ? '' : 'es'}`);
      for (const f of plan.applied) say(`  ${f.rule}${f.input ? ` (${f.input})` : ''}: ${f.fix!.description}`);
      if (plan.deferred.length > 0)
        say(
          `  ${plan.deferred.length} more fix${plan.deferred.length === 1 ? '' : 'es'} overlapped with these; run flake-steward fix again to apply them`,
        );
      const abs = path.join(req.workspace, plan.dir);
      let outcome: 'locked' | 'no-nix';
      try {
        outcome = await relock(abs, runner, logger, req.nixEnv, interrupts);
      } catch (e) {
        if (interrupts.interrupted()) throw e;
        let back: string;
        try {
          back = await interrupts.guard(() => rollBack(saved));
        } catch (e2) {
          throw new Error(
            `nix flake lock failed in ${plan.dir} (${stringifyError(e)}), and ${plan.file} could not be rolled back: ${stringifyError(e2)}`,
          );
        }
        throw new Error(
          `nix flake lock failed in ${plan.dir}, so the fix was not kept (${back}): ${stringifyError(e)}`,
        );
      }
      if (outcome === 'locked') {
        locked.push(plan.dir);
        say(`${plan.dir}: ran nix flake lock`);
      } else {
        noNix.push(plan.dir);
        say(`${plan.dir}: Nix is not installed here: run \`nix flake lock\` in ${plan.dir} and commit flake.lock`);
      }
    } finally {
      removeUndo();
    }
  }
  const after = await lint(req);
  return { plans, locked, noNix, after };
}
