/**
 * The only caller of core.getInput: reads every action input once and returns the validated Config.
 * A bad value fails with one line naming the input and the accepted values.
 */
import * as core from '@actions/core';
import type * as GitHub from '@actions/github';
import path from 'node:path';
import { buildConfig, Setting, type SettingSource } from '../core/build-config.js';
import { parseRepository, type Config } from '../core/config.js';
import { stringifyError, UsageError } from '../core/errors.js';
import { hasGlobChars } from '../core/glob.js';
import { describeEscape, resolveWithin, rootOf, type Root } from '../workspace/confine.js';
import { Inputs } from './constants.js';

type Env = Readonly<Record<string, string | undefined>>;

function input(name: string): string {
  return core.getInput(name, { required: false, trimWhitespace: true });
}

const PATHS_EXPECTED = 'expected a directory of the repository itself, such as . or nix/flake or **/flake.nix';
const SARIF_EXPECTED = 'expected a file inside the repository, such as flake-steward.sarif';
const STAGE_EXPECTED = 'expected a directory inside the workspace, such as .flake-steward/plan';

/**
 * A path input must lead inside the workspace, links followed (a fork's pull request may commit `sub -> ../x`).
 * Globs (of `paths`) need no check: the walk that expands them never follows a directory link.
 */
function inWorkspace(root: Root, setting: string, value: string, expected: string): string {
  const r = resolveWithin(root, value);
  if (r.escape !== undefined) {
    throw new UsageError(
      `invalid path '${value}' for ${setting}: it ${describeEscape(r.escape, 'the workspace')}`,
      expected,
    );
  }
  return value;
}

/**
 * The repository the workflow runs for, as @actions/github's `context` reads it: `GITHUB_REPOSITORY`, else the
 * `repository` of the event payload (GITHUB_EVENT_PATH), both from process.env. Undefined when neither names one
 * (`context.repo` throws): lint needs none, and an update that does fails up front with one line (pullRequestStep).
 *
 * Imported here, not with the module: @actions/github reads and JSON-parses the event file (and builds proxy agents
 * from GITHUB_API_URL) while it loads, and a failure there would otherwise end the process with a stack trace
 * before `run()` could catch it.
 */
async function workflowRepository(): Promise<{ owner: string; repo: string } | undefined> {
  let context: typeof GitHub.context;
  try {
    ({ context } = await import('@actions/github'));
  } catch (e) {
    const eventFile = process.env['GITHUB_EVENT_PATH'];
    if (e instanceof SyntaxError && eventFile) {
      throw new UsageError(
        `cannot read the workflow's event file GITHUB_EVENT_PATH '${eventFile}': ${stringifyError(e)}`,
        "GitHub writes it for every run; when running the action by hand, point it at the event's JSON or unset it",
      );
    }
    throw new UsageError(
      `cannot read the workflow's context (@actions/github): ${stringifyError(e)}`,
      'check GITHUB_API_URL and the https_proxy/http_proxy variables',
    );
  }
  let repo: { owner: string; repo: string };
  try {
    repo = context.repo;
  } catch {
    return undefined;
  }
  // `context.repo` splits GITHUB_REPOSITORY at '/' without checking it (`a/b/c` would become a/b): check it whole.
  const given = process.env['GITHUB_REPOSITORY'];
  return given
    ? parseRepository('GITHUB_REPOSITORY', given)
    : parseRepository("the event's repository (GITHUB_EVENT_PATH)", [repo.owner, repo.repo].join('/'));
}

export async function readConfig(env: Env = process.env): Promise<Config> {
  const workspace = path.resolve(env['GITHUB_WORKSPACE'] ?? process.cwd());
  const source: SettingSource = {
    // `format` is not an action input: the log is text (and core.getInput would read a stray INPUT_FORMAT)
    get: (name) => (name === Setting.Format ? undefined : input(name)),
    label: (name) => `input '${name}'`,
  };
  const token = input(Inputs.Token);
  if (token !== '') core.setSecret(token);
  const repository = await workflowRepository();
  const config = buildConfig(source, { workspace, cwd: workspace, env, ...(repository ? { repository } : {}) });
  // A fork's pull request may commit `sub -> ../x`: a path setting must lead inside the workspace, links followed.
  // Globs (of `paths`) need no check: the walk that expands them never follows a directory link.
  const root = rootOf(workspace);
  const pathsSetting = source.label(input(Inputs.Paths) !== '' ? Inputs.Paths : Inputs.Path);
  for (const p of config.paths) if (!hasGlobChars(p)) inWorkspace(root, pathsSetting, p, PATHS_EXPECTED);
  if (config.lint.sarifFile !== undefined) {
    inWorkspace(root, source.label(Inputs.SarifFile), input(Inputs.SarifFile), SARIF_EXPECTED);
  }
  // the stage directories: written and read by plan, build and report, never outside the workspace
  for (const name of [Inputs.PlanDir, Inputs.BuildsDir]) {
    const given = input(name);
    if (given !== '') inWorkspace(root, source.label(name), given, STAGE_EXPECTED);
  }
  return config;
}
