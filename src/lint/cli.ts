/** The terminal face of `lint` and `fix` (loaded only when one of them runs, to keep the CLI's start light). */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LintSettings } from '../engine/config.js';
import { ExecError, stringifyError } from '../engine/errors.js';
import { systemClock, type Clock, type Logger } from '../engine/ports.js';
import { runProcess, type ProcessRunner } from '../exec/run.js';
import type { CliIO } from '../cli/command.js';
import { fails } from './engine.js';
import { checkClean, checkParses, planDiff, planFixes, writeAtomically, type FixPlan } from './fix.js';
import { formatJson } from './report/json.js';
import { formatSarif } from './report/sarif.js';
import { renderSummary } from './report/summary.js';
import { formatText } from './report/text.js';
import { allFindings, type LintRun } from './results.js';
import { RULES } from './rules/index.js';
import { lint, type LintRequest } from './run.js';
import type { Given } from './settings-file.js';

export interface LintCliRequest {
  readonly workspace: string;
  readonly paths: readonly string[];
  readonly settings: LintSettings;
  readonly given: Given;
  readonly rulesSetting: string;
  readonly format: 'text' | 'json' | 'sarif' | 'markdown';
  readonly sarifFile?: string;
  readonly clock?: Clock;
}

function request(req: LintCliRequest): LintRequest {
  return {
    workspace: req.workspace,
    paths: req.paths,
    settings: req.settings,
    given: req.given,
    rulesSetting: req.rulesSetting,
    clock: req.clock ?? systemClock,
  };
}

export function runFails(run: LintRun): boolean {
  return run.flakes.some((f) => fails(f.findings, f.failOn));
}

/** Prints the findings in the chosen format; returns whether they fail the run (per `fail-on`). */
export async function runLintCli(req: LintCliRequest, io: CliIO): Promise<boolean> {
  const run = await lint(request(req));
  const findings = allFindings(run);
  const notices = run.flakes.flatMap((f) => f.notices);
  if (req.sarifFile) await writeFile(path.resolve(io.cwd, req.sarifFile), formatSarif(findings, RULES));
  switch (req.format) {
    case 'json':
      io.stdout(formatJson(findings));
      for (const n of notices) io.stderr(`note: ${n}\n`);
      break;
    case 'sarif':
      io.stdout(formatSarif(findings, RULES));
      for (const n of notices) io.stderr(`note: ${n}\n`);
      break;
    case 'markdown':
      io.stdout(renderSummary(run));
      break;
    default:
      io.stdout(formatText(findings, notices, { color: io.isTTY, flakes: run.flakes.length }));
  }
  return runFails(run);
}

export interface FixRequest extends LintCliRequest {
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
  const before = await lint(request(req));
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
  for (const plan of plans) await checkClean(runner, path.join(req.workspace, plan.file), plan.file);
  const locked: string[] = [];
  const noNix: string[] = [];
  for (const plan of plans) {
    await writeAtomically(path.join(req.workspace, plan.file), plan.after);
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
  const after = await lint(request(req));
  return { plans, locked, noNix, after };
}

export async function runFixCli(req: FixRequest, io: CliIO, logger: Logger): Promise<boolean> {
  const outcome = await applyFixes(req, (l) => io.stdout(`${l}\n`), logger);
  if (!outcome.after) return false;
  const findings = allFindings(outcome.after);
  if (findings.length > 0 || outcome.plans.length > 0) {
    io.stdout(
      formatText(
        findings,
        outcome.after.flakes.flatMap((f) => f.notices),
        {
          color: io.isTTY,
          flakes: outcome.after.flakes.length,
        },
      ),
    );
  }
  return runFails(outcome.after);
}
