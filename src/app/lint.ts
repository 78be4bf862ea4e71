/**
 * One lint run over the flakes a Config names: discover them, read each one's `.flake-steward.json`, load its files
 * into a context, run the rules. Shared by the CLI (`lint`, `fix`) and the action.
 */
import path from 'node:path';
import type { LintSettings } from '../core/config.js';
import type { Clock } from '../core/ports.js';
import { discoverFlakes } from '../workspace/flake-dirs.js';
import { checkRuleIds, fails, runRules } from '../lint/rule-engine.js';
import { lintContext } from '../lint/lint-context.js';
import type { FlakeResult, LintRun } from '../lint/lint-result.js';
import { RULES } from '../lint/rules/index.js';
import { effectiveOptions, SETTINGS_FILE, type Given } from '../lint/settings-file.js';
import type { LintContext, LintOptions } from '../lint/lint-types.js';
import { readFlakeTexts, readSettingsFile } from '../workspace/read-flake.js';

export interface LintRequest {
  readonly workspace: string;
  readonly paths: readonly string[];
  readonly settings: LintSettings;
  /** Which settings were given explicitly (and so win over `.flake-steward.json`). */
  readonly given: Given;
  /** Name of the setting that carried `rules`, for error messages (`input 'rules'`, `--rules`). */
  readonly rulesSetting: string;
  readonly clock: Clock;
  /** Every flake directory and file must lead (links followed) inside the workspace: the action. */
  readonly confine?: boolean;
}

export type Loader = (workspace: string, dir: string, now: Date, options: LintOptions) => Promise<LintContext>;

/** Reads one flake's files (src/workspace/read-flake.ts) into its LintContext (src/lint/lint-context.ts). */
export const loadFlake: Loader = async (workspace, dir, now, options) =>
  lintContext(await readFlakeTexts(workspace, dir), now, options);

export async function lintFlake(req: LintRequest, dir: string, load: Loader = loadFlake): Promise<FlakeResult> {
  const abs = path.join(req.workspace, dir);
  const file = await readSettingsFile(abs, dir);
  if (file?.rules) checkRuleIds(RULES, file.rules, `"rules" in ${path.posix.join(dir, SETTINGS_FILE)}`);
  const options = effectiveOptions(req.settings, req.given, file);
  const ctx = await load(req.workspace, dir, req.clock.now(), options);
  const { findings, notices } = runRules(ctx, RULES);
  return { dir, ctx, findings, notices, failOn: options.failOn };
}

export async function lint(req: LintRequest, load: Loader = loadFlake): Promise<LintRun> {
  checkRuleIds(RULES, req.settings.rules, req.rulesSetting);
  const dirs = await discoverFlakes(req.workspace, req.paths, { confine: req.confine === true });
  const flakes: FlakeResult[] = [];
  for (const dir of dirs) flakes.push(await lintFlake(req, dir, load));
  return { flakes };
}

/** Whether any flake's findings reach its `fail-on`. */
export function runFails(run: LintRun): boolean {
  return run.flakes.some((f) => fails(f.findings, f.failOn));
}
