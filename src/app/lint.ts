/**
 * The lint use case: one run over the flakes a Config names — discover them, read each one's `.flake-steward.json`,
 * load its files into a context, run the rules. The action (src/action/lint.ts) and the CLI (src/cli/commands/lint.ts)
 * call `runLint(config, ports)` and only render what it returns; `fix` (./fix.ts) runs it before and after.
 */
import path from 'node:path';
import { Setting, type SettingName } from '../core/build-config.js';
import type { Config, LintSettings } from '../core/config.js';
import type { Clock, Git, Logger } from '../core/ports.js';
import { createGit } from '../git/git.js';
import { discoverFlakes, type DiscoverHints } from '../workspace/flake-dirs.js';
import { checkRuleIds, fails, runRules } from '../lint/rule-engine.js';
import { lintContext } from '../lint/lint-context.js';
import type { FlakeResult, LintRun } from '../lint/lint-result.js';
import { RULES } from '../lint/rules/index.js';
import { effectiveOptions, SETTINGS_FILE } from '../lint/settings-file.js';
import type { LintContext, LintOptions } from '../lint/lint-types.js';
import { readFlakeTexts, readSettingsFile } from '../workspace/read-flake.js';
import { tagLookup, type TagLookup } from './lint-tag-lookup.js';

export interface LintRequest {
  readonly workspace: string;
  readonly paths: readonly string[];
  /** As the user gave them (undefined: not given, so `.flake-steward.json` or the default applies). */
  readonly settings: LintSettings;
  /** Name of the setting that carried `rules`, for error messages (`input 'rules'`, `--rules`). */
  readonly rulesSetting: string;
  readonly clock: Clock;
  /** Every flake directory and file must lead (links followed) inside the workspace: the action. */
  readonly confine?: boolean;
  /** What to do when no flake is found, in the face's words (default: the action's). */
  readonly hints?: DiscoverHints;
  /**
   * Asks remotes for their release tags (freshness/newer-tag), within the `newer-tags` setting. Absent: nothing is
   * asked (a review's lint of both sides, tests) and the rule says nothing.
   */
  readonly git?: Pick<Git, 'remoteTags'>;
  /** Where lint says what it could not ask (info lines) and what it did not look at (a warning). */
  readonly logger?: Pick<Logger, 'info' | 'warning'>;
  /**
   * A lookup shared with another lint run (a review's base and head: each remote asked once, both sides reading the
   * same answers); `git` and `logger` are then unused.
   */
  readonly tags?: TagLookup;
}

/** What lint needs from the face besides the Config. */
export interface LintPorts {
  readonly clock: Clock;
  /** How the face names a setting in messages: `input 'rules'` (action), `--rules` (CLI). */
  readonly label: (name: SettingName) => string;
  /**
   * Every flake directory and file must lead (links followed) inside the workspace: the action, where a fork's pull
   * request controls every file and link. The CLI reads what its user points it at.
   */
  readonly confine: boolean;
  /** What to do when no flake is found, in the face's words (default: the action's inputs). */
  readonly hints?: DiscoverHints;
  /** The Git port release tags are asked through (default: real git). */
  readonly git?: Pick<Git, 'remoteTags'>;
  /** Where lint says what it could not ask (info lines) and what it did not look at (a warning). */
  readonly logger?: Pick<Logger, 'info' | 'warning'>;
}

/** The engine's request for a Config. */
export function lintRequest(config: Config, ports: LintPorts): LintRequest {
  return {
    workspace: config.workspace,
    paths: config.paths,
    settings: config.lint,
    rulesSetting: ports.label(Setting.Rules),
    clock: ports.clock,
    confine: ports.confine,
    ...(ports.hints ? { hints: ports.hints } : {}),
    git: ports.git ?? createGit(),
    ...(ports.logger ? { logger: ports.logger } : {}),
  };
}

/** The lint use case. */
export function runLint(config: Config, ports: LintPorts): Promise<LintRun> {
  return lint(lintRequest(config, ports));
}

export type Loader = (workspace: string, dir: string, now: Date, options: LintOptions) => Promise<LintContext>;

/** Reads one flake's files (src/workspace/read-flake.ts) into its LintContext (src/lint/lint-context.ts). */
export const loadFlake: Loader = async (workspace, dir, now, options) =>
  lintContext(await readFlakeTexts(workspace, dir), now, options);

export async function lintFlake(
  req: LintRequest,
  dir: string,
  load: Loader = loadFlake,
  tags?: TagLookup,
): Promise<FlakeResult> {
  const abs = path.join(req.workspace, dir);
  const file = await readSettingsFile(abs, dir);
  if (file?.rules) checkRuleIds(RULES, file.rules, `"rules" in ${path.posix.join(dir, SETTINGS_FILE)}`);
  const options = effectiveOptions(req.settings, file);
  const read = await load(req.workspace, dir, req.clock.now(), options);
  // the network, if any, before the rules: they stay pure
  const ctx = tags ? await tags.withTags(read) : read;
  const { findings, notices } = runRules(ctx, RULES);
  return { dir, ctx, findings, notices, failOn: options.failOn };
}

export async function lint(req: LintRequest, load: Loader = loadFlake): Promise<LintRun> {
  checkRuleIds(RULES, req.settings.rules, req.rulesSetting);
  const dirs = await discoverFlakes(req.workspace, req.paths, {
    confine: req.confine === true,
    ...(req.hints ? { hints: req.hints } : {}),
    ...(req.logger ? { onWarning: (line: string) => req.logger!.warning(line) } : {}),
  });
  const own = req.tags ? undefined : req.git ? tagLookup({ git: req.git, ...(req.logger ? { logger: req.logger } : {}) }) : undefined;
  const tags = req.tags ?? own;
  const flakes: FlakeResult[] = [];
  for (const dir of dirs) flakes.push(await lintFlake(req, dir, load, tags));
  own?.done(); // a shared lookup is ended by its owner
  return { flakes };
}

/** Whether any flake's findings reach its `fail-on`. */
export function runFails(run: LintRun): boolean {
  return run.flakes.some((f) => fails(f.findings, f.failOn));
}
