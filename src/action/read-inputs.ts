/**
 * The only caller of core.getInput: reads every action input once and returns the validated Config.
 * A bad value fails with one line naming the input and the accepted values.
 */
import * as core from '@actions/core';
import type * as GitHub from '@actions/github';
import path from 'node:path';
import {
  AUTO_MERGE,
  COMMANDS,
  COMMIT_MODES,
  DEFAULTS,
  FAIL_ON,
  ON_BUILD_FAILURE,
  parseBool,
  parseBuild,
  parseEnum,
  parseIdentity,
  parseList,
  parseMaxAge,
  parseNonNegativeInt,
  parseRelativePath,
  parseRepository,
  parseRules,
  type Config,
} from '../core/config.js';
import { splitArgs } from '../core/split-args.js';
import { stringifyError, UsageError } from '../core/errors.js';
import { assertValidBranchName } from '../github/branch.js';
import { hasGlobChars } from '../workspace/glob.js';
import { describeEscape, resolveWithin, rootOf, type Root } from '../workspace/confine.js';
import { Inputs } from './constants.js';

type Env = Readonly<Record<string, string | undefined>>;

function input(name: string): string {
  return core.getInput(name, { required: false, trimWhitespace: true });
}

function optional<T>(name: string, parse: (setting: string, value: string) => T): T | undefined {
  const v = input(name);
  return v === '' ? undefined : parse(`input '${name}'`, v);
}

/** The `branch` (or `base`) input, refused before any work when git would not accept it as a branch name. */
function validBranch(name: string, inputName: string = Inputs.Branch): string {
  assertValidBranchName(name, `input '${inputName}'`);
  return name;
}

const PATHS_EXPECTED = 'expected a directory of the repository itself, such as . or nix/flake or **/flake.nix';
const SARIF_EXPECTED = 'expected a file inside the repository, such as flake-steward.sarif';

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
  const setting = (name: string): string => `input '${name}'`;
  const command = parseEnum(setting(Inputs.Command), input(Inputs.Command) || 'lint', COMMANDS);
  const workspace = path.resolve(env['GITHUB_WORKSPACE'] ?? process.cwd());
  const root = rootOf(workspace);
  const pathsRaw = parseList(input(Inputs.Paths).replace(/\n/g, ','));
  const pathsSetting = setting(pathsRaw.length > 0 ? Inputs.Paths : Inputs.Path);
  const paths = (pathsRaw.length > 0 ? pathsRaw : [input(Inputs.Path) || '.'])
    .map((p) => parseRelativePath(pathsSetting, p))
    .map((p) => (hasGlobChars(p) ? p : inWorkspace(root, pathsSetting, p, PATHS_EXPECTED)));
  const maxAge = parseMaxAge(setting(Inputs.MaxAge), input(Inputs.MaxAge) || String(DEFAULTS.maxAge));
  const repository = await workflowRepository();
  const token = input(Inputs.Token);
  if (token !== '') core.setSecret(token);
  const apiUrl = env['GITHUB_API_URL'] || DEFAULTS.apiUrl;
  const sarif = input(Inputs.SarifFile);

  return {
    command,
    workspace,
    paths,
    jobSummary: parseBool(setting(Inputs.JobSummary), input(Inputs.JobSummary) || 'true'),
    format: 'text',
    lint: {
      failOn: parseEnum(setting(Inputs.FailOn), input(Inputs.FailOn) || DEFAULTS.failOn, FAIL_ON),
      rules: parseRules(setting(Inputs.Rules), input(Inputs.Rules)),
      maxAge: maxAge.maxAge,
      maxAgeByInput: maxAge.byInput,
      ignore: parseList(input(Inputs.Ignore)),
      allowedOwners: parseList(input(Inputs.AllowedOwners)),
      ...(sarif !== ''
        ? { sarifFile: path.resolve(workspace, inWorkspace(root, setting(Inputs.SarifFile), sarif, SARIF_EXPECTED)) }
        : {}),
    },
    update: {
      inputs: parseList(input(Inputs.UpdateInputs)),
      build: parseBuild(setting(Inputs.Build), input(Inputs.Build)),
      dryRun: parseBool(setting(Inputs.DryRun), input(Inputs.DryRun) || 'false'),
      onBuildFailure: parseEnum(
        setting(Inputs.OnBuildFailure),
        input(Inputs.OnBuildFailure) || DEFAULTS.onBuildFailure,
        ON_BUILD_FAILURE,
      ),
      nixOptions: splitArgs(setting(Inputs.NixOptions), input(Inputs.NixOptions)),
      acceptFlakeConfig: parseBool(setting(Inputs.AcceptFlakeConfig), input(Inputs.AcceptFlakeConfig) || 'false'),
    },
    pr: {
      ...(token !== '' ? { token } : {}),
      apiUrl,
      serverUrl: env['GITHUB_SERVER_URL'] || DEFAULTS.serverUrl,
      graphqlUrl: env['GITHUB_GRAPHQL_URL'] || `${apiUrl.replace(/\/+$/, '')}/graphql`,
      ...(repository ? { repository } : {}),
      ...(input(Inputs.Base) !== '' ? { base: validBranch(input(Inputs.Base), Inputs.Base) } : {}),
      branch: validBranch(input(Inputs.Branch) || DEFAULTS.branch),
      commitMode: parseEnum(setting(Inputs.CommitMode), input(Inputs.CommitMode) || DEFAULTS.commitMode, COMMIT_MODES),
      title: input(Inputs.Title) || DEFAULTS.title,
      ...(input(Inputs.CommitMessage) !== '' ? { commitMessage: input(Inputs.CommitMessage) } : {}),
      labels: parseList(input(Inputs.Labels)),
      assignees: parseList(input(Inputs.Assignees)),
      reviewers: parseList(input(Inputs.Reviewers)),
      teamReviewers: parseList(input(Inputs.TeamReviewers)),
      draft: parseBool(setting(Inputs.Draft), input(Inputs.Draft) || 'false'),
      autoMerge: parseEnum(setting(Inputs.AutoMerge), input(Inputs.AutoMerge) || DEFAULTS.autoMerge, AUTO_MERGE),
      ...(optional(Inputs.Author, parseIdentity) ? { author: optional(Inputs.Author, parseIdentity)! } : {}),
      ...(optional(Inputs.Committer, parseIdentity) ? { committer: optional(Inputs.Committer, parseIdentity)! } : {}),
      signoff: parseBool(setting(Inputs.Signoff), input(Inputs.Signoff) || 'false'),
      maxCommits: parseNonNegativeInt(
        setting(Inputs.MaxCommits),
        input(Inputs.MaxCommits) || String(DEFAULTS.maxCommits),
      ),
    },
  };
}
