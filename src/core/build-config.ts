/**
 * The one builder of `Config`. Both faces hand it the raw strings the user wrote — the action its inputs
 * (src/action/read-inputs.ts), the CLI its flags (src/cli/read-flags.ts) — under the same setting names, and it parses
 * them with the parsers of ./config.ts. So a setting means the same thing wherever it was written, and a table test
 * (__tests__/unit/core/build-config.test.ts) shows the two faces give equal Config objects for the same intent.
 *
 * "Given" is decided here, once: a setting the user did not write is undefined here and in the Config when
 * `.flake-steward.json` can also set it (`fail-on`, `max-age`, `newer-tags`), so the file's value applies and the default comes last
 * (src/lint/settings-file.ts `effectiveOptions`); action.yml gives those inputs no default, so an input written in a
 * workflow — even `fail-on: error` — wins over the file exactly like `--fail-on error`. Every other setting gets its
 * default here, from DEFAULTS.
 */
import path from 'node:path';
import { assertValidBranchName } from './branch-name.js';
import {
  AUTO_MERGE,
  COMMANDS,
  COMMIT_MODES,
  DEFAULTS,
  FAIL_ON,
  FORMATS,
  NEWER_TAGS,
  ON_BUILD_FAILURE,
  parseBool,
  parseBuild,
  parseGroup,
  type GroupSetting,
  parseEnum,
  parseIdentity,
  parseList,
  parseMaxAge,
  parseNonNegativeInt,
  parseRelativePath,
  parseRules,
  parseShard,
  parseShards,
  type Command,
  type Config,
} from './config.js';
import { splitArgs } from './split-args.js';

/**
 * Every setting by its one name: the action input (action.yml) and the CLI flag (`--fail-on`) are spelled the same.
 * `format` is the CLI's only (the action always logs text); `path` is the action's older single-path input.
 */
export const Setting = {
  Command: 'command',
  Path: 'path',
  Paths: 'paths',
  Token: 'token',
  Format: 'format',
  FailOn: 'fail-on',
  Rules: 'rules',
  MaxAge: 'max-age',
  NewerTags: 'newer-tags',
  Ignore: 'ignore',
  AllowedOwners: 'allowed-nixpkgs-owners',
  SarifFile: 'sarif-file',
  JobSummary: 'job-summary',
  UpdateInputs: 'inputs',
  Build: 'build',
  DryRun: 'dry-run',
  OnBuildFailure: 'on-build-failure',
  NixOptions: 'nix-options',
  AcceptFlakeConfig: 'accept-flake-config',
  Base: 'base',
  Branch: 'branch',
  CommitMode: 'commit-mode',
  Title: 'title',
  CommitMessage: 'commit-message',
  Labels: 'labels',
  Assignees: 'assignees',
  Reviewers: 'reviewers',
  TeamReviewers: 'team-reviewers',
  Draft: 'draft',
  AutoMerge: 'auto-merge',
  Author: 'author',
  Committer: 'committer',
  Signoff: 'signoff',
  MaxCommits: 'max-commits',
  Shards: 'shards',
  Shard: 'shard',
  PlanDir: 'plan-dir',
  BuildsDir: 'builds-dir',
  Bisect: 'bisect',
  BisectMaxBuilds: 'bisect-max-builds',
  ReleaseTags: 'release-tags',
  Group: 'group',
} as const;
export type SettingName = (typeof Setting)[keyof typeof Setting];

/** What a face read: the raw value of each setting (undefined or empty when not written) and how it names one. */
export interface SettingSource {
  /** The text as written; a setting written several times (repeated flags) joined with newlines. */
  get(name: SettingName): string | undefined;
  /** The name as the user knows it, for messages: `input 'fail-on'` or `--fail-on`. */
  label(name: SettingName): string;
}

/** What does not come from a setting: where the run is and who it runs for. */
export interface ConfigContext {
  /** Absolute: GITHUB_WORKSPACE, or the CLI's DIR. */
  readonly workspace: string;
  /** Absolute directory relative file settings (`sarif-file`) are taken from: the workspace, or the CLI's cwd. */
  readonly cwd: string;
  /** `owner/repo` the pull request goes to: the workflow's repository, or `--repository`/the origin remote. */
  readonly repository?: { readonly owner: string; readonly repo: string };
  /** GITHUB_API_URL, GITHUB_SERVER_URL, GITHUB_GRAPHQL_URL. */
  readonly env: Readonly<Record<string, string | undefined>>;
}

export function buildConfig(source: SettingSource, context: ConfigContext): Config {
  const raw = (name: SettingName): string => (source.get(name) ?? '').trim();
  const given = (name: SettingName): string | undefined => (raw(name) === '' ? undefined : raw(name));
  const parsed = <T>(name: SettingName, parse: (setting: string, value: string) => T, fallback: T): T => {
    const v = given(name);
    return v === undefined ? fallback : parse(source.label(name), v);
  };
  const optional = <T>(name: SettingName, parse: (setting: string, value: string) => T): T | undefined => {
    const v = given(name);
    return v === undefined ? undefined : parse(source.label(name), v);
  };
  const list = (name: SettingName): string[] => parseList(raw(name));
  const branch = (name: SettingName, value: string): string => {
    assertValidBranchName(value, source.label(name));
    return value;
  };

  const command: Command = parsed(Setting.Command, (s, v) => parseEnum(s, v, COMMANDS), 'lint');
  const pathsName = given(Setting.Paths) !== undefined ? Setting.Paths : Setting.Path;
  const pathsRaw = list(pathsName);
  const paths = (pathsRaw.length > 0 ? pathsRaw : DEFAULTS.paths).map((p) =>
    parseRelativePath(source.label(pathsName), p),
  );
  const maxAge = optional(Setting.MaxAge, parseMaxAge);
  const newerTags = optional(Setting.NewerTags, (s, v) => parseEnum(s, v, NEWER_TAGS));
  const sarif = given(Setting.SarifFile);
  const token = given(Setting.Token);
  const apiUrl = context.env['GITHUB_API_URL'] || DEFAULTS.apiUrl;
  const author = optional(Setting.Author, parseIdentity);
  const committer = optional(Setting.Committer, parseIdentity);
  const base = given(Setting.Base);
  const commitMessage = given(Setting.CommitMessage);
  const failOn = optional(Setting.FailOn, (s, v) => parseEnum(s, v, FAIL_ON));
  const shards = optional(Setting.Shards, parseShards);
  const shard = optional(Setting.Shard, parseShard);
  const group = parsed(Setting.Group, parseGroup, { kind: 'all' } as GroupSetting);
  // where a directory may lead (the action: inside the workspace) is checked where it is read or written
  const dirSetting = (name: SettingName, fallback: string): string => path.resolve(context.cwd, given(name) ?? fallback);

  return {
    command,
    workspace: context.workspace,
    paths,
    jobSummary: parsed(Setting.JobSummary, parseBool, true),
    format: parsed(Setting.Format, (s, v) => parseEnum(s, v, FORMATS), 'text'),
    lint: {
      ...(failOn !== undefined ? { failOn } : {}),
      rules: parseRules(source.label(Setting.Rules), raw(Setting.Rules)),
      ...(maxAge?.maxAge !== undefined ? { maxAge: maxAge.maxAge } : {}),
      maxAgeByInput: maxAge?.byInput ?? {},
      ignore: list(Setting.Ignore),
      allowedOwners: list(Setting.AllowedOwners),
      ...(newerTags !== undefined ? { newerTags } : {}),
      ...(sarif !== undefined ? { sarifFile: path.resolve(context.cwd, sarif) } : {}),
    },
    update: {
      inputs: list(Setting.UpdateInputs),
      build: parseBuild(source.label(Setting.Build), raw(Setting.Build)),
      dryRun: parsed(Setting.DryRun, parseBool, false),
      onBuildFailure: parsed(
        Setting.OnBuildFailure,
        (s, v) => parseEnum(s, v, ON_BUILD_FAILURE),
        DEFAULTS.onBuildFailure,
      ),
      nixOptions: splitArgs(source.label(Setting.NixOptions), raw(Setting.NixOptions)),
      acceptFlakeConfig: parsed(Setting.AcceptFlakeConfig, parseBool, false),
      ...(shards !== undefined ? { shards } : {}),
      planDir: dirSetting(Setting.PlanDir, DEFAULTS.planDir),
      buildsDir: dirSetting(Setting.BuildsDir, DEFAULTS.buildsDir),
      ...(shard !== undefined ? { shard } : {}),
      bisect: parsed(Setting.Bisect, parseBool, true),
      bisectMaxBuilds: parsed(Setting.BisectMaxBuilds, parseNonNegativeInt, DEFAULTS.bisectMaxBuilds),
      releaseTags: parsed(Setting.ReleaseTags, parseBool, true),
      ...(group.kind !== 'all' ? { group } : {}),
    },
    pr: {
      ...(token !== undefined ? { token } : {}),
      apiUrl,
      serverUrl: context.env['GITHUB_SERVER_URL'] || DEFAULTS.serverUrl,
      graphqlUrl: context.env['GITHUB_GRAPHQL_URL'] || `${apiUrl.replace(/\/+$/, '')}/graphql`,
      ...(context.repository ? { repository: context.repository } : {}),
      ...(base !== undefined ? { base: branch(Setting.Base, base) } : {}),
      branch: branch(Setting.Branch, given(Setting.Branch) ?? DEFAULTS.branch),
      commitMode: parsed(Setting.CommitMode, (s, v) => parseEnum(s, v, COMMIT_MODES), DEFAULTS.commitMode),
      title: given(Setting.Title) ?? DEFAULTS.title,
      ...(commitMessage !== undefined ? { commitMessage } : {}),
      labels: list(Setting.Labels),
      assignees: list(Setting.Assignees),
      reviewers: list(Setting.Reviewers),
      teamReviewers: list(Setting.TeamReviewers),
      draft: parsed(Setting.Draft, parseBool, false),
      autoMerge: parsed(Setting.AutoMerge, (s, v) => parseEnum(s, v, AUTO_MERGE), DEFAULTS.autoMerge),
      ...(author ? { author } : {}),
      ...(committer ? { committer } : {}),
      signoff: parsed(Setting.Signoff, parseBool, false),
      maxCommits: parsed(Setting.MaxCommits, parseNonNegativeInt, DEFAULTS.maxCommits),
    },
  };
}
