/**
 * `flake-steward update`'s flags → the same `Config` the action builds from its inputs (src/action/read-inputs.ts),
 * with the same parsers (src/core/config.ts), so a flag means what the input of the same name means. The flags are
 * named like the action inputs; what differs is where the environment comes from:
 *  - the token: GITHUB_TOKEN, read only with --open-pr (registered as a secret by whoever logs, never printed);
 *  - the repository: --repository owner/repo, else (with --open-pr) the `origin` remote of DIR, which must be on
 *    the GitHub server (GITHUB_SERVER_URL, github.com by default);
 *  - the API: GITHUB_API_URL (default api.github.com), GITHUB_GRAPHQL_URL, GITHUB_SERVER_URL, as the action reads them.
 * Defaults are DEFAULTS' (src/core/config.ts) except the CLI's own below. The option table (node:util parseArgs) is
 * the command's (src/cli/commands/update.ts), which loads this module only when it runs.
 */
import {
  AUTO_MERGE,
  COMMIT_MODES,
  DEFAULTS,
  ON_BUILD_FAILURE,
  parseBuild,
  parseEnum,
  parseIdentity,
  parseList,
  parseMaxAge,
  parseNonNegativeInt,
  parseRepository,
  type Config,
  type OnBuildFailure,
} from '../core/config.js';
import { UsageError } from '../core/errors.js';
import type { Git } from '../core/ports.js';
import { splitArgs } from '../core/split-args.js';
import { repositoryOfRemote } from '../git/remote-repository.js';
import { assertValidBranchName } from '../github/branch.js';
import type { OptionValues } from './command.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The CLI's own defaults (the action's are DEFAULTS): a terminal run fails on a broken build. */
export const UPDATE_CLI_DEFAULTS = {
  onBuildFailure: 'fail' as OnBuildFailure,
  format: 'markdown',
} as const;

export const UPDATE_FORMATS = ['markdown', 'json'] as const;

export interface UpdateFlagsContext {
  /** DIR, resolved: the workspace. */
  readonly workspace: string;
  readonly env: Env;
  /** For the `origin` remote (--open-pr without --repository). */
  readonly git: Pick<Git, 'remoteUrl'>;
}

function branch(setting: string, value: string): string {
  assertValidBranchName(value, setting);
  return value;
}

/** The repository of --open-pr: --repository, else the `origin` remote of the workspace on the GitHub server. */
async function repositoryOf(
  given: string | undefined,
  openPr: boolean,
  serverUrl: string,
  ctx: UpdateFlagsContext,
): Promise<{ owner: string; repo: string } | undefined> {
  if (given !== undefined) return parseRepository('--repository', given);
  if (!openPr) return undefined;
  const url = await ctx.git.remoteUrl(ctx.workspace, 'origin');
  if (url === undefined) {
    throw new UsageError(
      `--open-pr needs the repository, and ${ctx.workspace} has no origin remote`,
      'pass --repository owner/repo',
    );
  }
  return repositoryOfRemote(url, serverUrl);
}

/** The full Config of `flake-steward update` from its flags and the environment. */
export async function updateConfigFromFlags(values: OptionValues, ctx: UpdateFlagsContext): Promise<Config> {
  // Trimmed, as the action reads its inputs (core.getInput with trimWhitespace).
  const str = (k: string): string | undefined =>
    typeof values[k] === 'string' ? (values[k] as string).trim() : undefined;
  const list = (k: string): string[] => {
    const v = values[k];
    return (Array.isArray(v) ? v : v === undefined ? [] : [v])
      .filter((x): x is string => typeof x === 'string')
      .flatMap(parseList);
  };
  const flag = (k: string): boolean => values[k] === true;
  const optional = <T>(k: string, parse: (setting: string, value: string) => T): T | undefined => {
    const v = str(k);
    return v === undefined || v === '' ? undefined : parse(`--${k}`, v);
  };
  const { env } = ctx;

  const dryRun = flag('dry-run');
  const openPr = flag('open-pr');
  const token = openPr ? env['GITHUB_TOKEN'] || undefined : undefined;
  if (openPr && !dryRun && token === undefined) {
    throw new UsageError(
      '--open-pr needs a GitHub token in GITHUB_TOKEN',
      'export GITHUB_TOKEN with contents: write and pull-requests: write, or drop --open-pr',
    );
  }
  const apiUrl = env['GITHUB_API_URL'] || DEFAULTS.apiUrl;
  const serverUrl = env['GITHUB_SERVER_URL'] || DEFAULTS.serverUrl;
  const maxAge = parseMaxAge('--max-age', String(DEFAULTS.maxAge));
  const repository = await repositoryOf(str('repository'), openPr && !dryRun, serverUrl, ctx);
  const base = optional('base', branch);
  const author = optional('author', parseIdentity);
  const committer = optional('committer', parseIdentity);
  const commitMessage = str('commit-message');

  return {
    command: 'update',
    workspace: ctx.workspace,
    paths: ['.'],
    // No job summary outside a workflow.
    jobSummary: false,
    format: parseEnum('--format', str('format') ?? UPDATE_CLI_DEFAULTS.format, UPDATE_FORMATS),
    lint: {
      failOn: DEFAULTS.failOn,
      rules: {},
      maxAge: maxAge.maxAge,
      maxAgeByInput: maxAge.byInput,
      ignore: [],
      allowedOwners: [],
    },
    update: {
      inputs: parseList(str('inputs') ?? ''),
      build: parseBuild('--build', str('build') ?? ''),
      dryRun,
      onBuildFailure: parseEnum(
        '--on-build-failure',
        str('on-build-failure') ?? UPDATE_CLI_DEFAULTS.onBuildFailure,
        ON_BUILD_FAILURE,
      ),
      nixOptions: splitArgs('--nix-options', str('nix-options') ?? ''),
      acceptFlakeConfig: flag('accept-flake-config'),
    },
    pr: {
      ...(token !== undefined ? { token } : {}),
      apiUrl,
      serverUrl,
      graphqlUrl: env['GITHUB_GRAPHQL_URL'] || `${apiUrl.replace(/\/+$/, '')}/graphql`,
      ...(repository ? { repository } : {}),
      ...(base !== undefined ? { base } : {}),
      branch: branch('--branch', str('branch') || DEFAULTS.branch),
      commitMode: parseEnum('--commit-mode', str('commit-mode') || DEFAULTS.commitMode, COMMIT_MODES),
      title: str('title') || DEFAULTS.title,
      ...(commitMessage ? { commitMessage } : {}),
      labels: list('labels'),
      assignees: list('assignees'),
      reviewers: list('reviewers'),
      teamReviewers: list('team-reviewers'),
      draft: flag('draft'),
      autoMerge: parseEnum('--auto-merge', str('auto-merge') || DEFAULTS.autoMerge, AUTO_MERGE),
      ...(author ? { author } : {}),
      ...(committer ? { committer } : {}),
      signoff: flag('signoff'),
      maxCommits: parseNonNegativeInt('--max-commits', str('max-commits') || String(DEFAULTS.maxCommits)),
    },
  };
}
