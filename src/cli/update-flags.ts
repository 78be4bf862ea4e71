/**
 * What `flake-steward update` adds to the CLI's Config (src/cli/read-flags.ts, the same builder as the action's):
 * where the pull request of `--open-pr` goes and with which token.
 *  - the token: GITHUB_TOKEN, read only with --open-pr (registered as a secret by whoever logs, never printed);
 *  - the repository: --repository owner/repo, else (with --open-pr) the `origin` remote of DIR, which must be on
 *    the GitHub server (GITHUB_SERVER_URL, github.com by default);
 *  - the API: GITHUB_API_URL (default api.github.com), GITHUB_GRAPHQL_URL, GITHUB_SERVER_URL, as the action reads them.
 * The option table (node:util parseArgs) is the command's (src/cli/commands/update.ts), which loads this module only
 * when it runs.
 */
import { DEFAULTS, parseRepository, type Config } from '../core/config.js';
import { UsageError } from '../core/errors.js';
import type { Git } from '../core/ports.js';
import { repositoryOfRemote } from '../git/remote-repository.js';
import type { CliIO, OptionValues } from './command.js';
import { configFromFlags } from './read-flags.js';

/** The report's forms on stdout: the Markdown the pull request carries, or JSON. */
export const UPDATE_FORMATS = ['markdown', 'json'] as const;

export interface UpdateFlagsContext {
  readonly cwd: string;
  readonly env: CliIO['env'];
  /** For the `origin` remote (--open-pr without --repository). */
  readonly git: Pick<Git, 'remoteUrl'>;
}

/** The repository of --open-pr: --repository, else the `origin` remote of the workspace on the GitHub server. */
async function repositoryOf(
  values: OptionValues,
  openPr: boolean,
  workspace: string,
  ctx: UpdateFlagsContext,
): Promise<{ owner: string; repo: string } | undefined> {
  const given = typeof values['repository'] === 'string' ? values['repository'].trim() : undefined;
  if (given !== undefined) return parseRepository('--repository', given);
  if (!openPr) return undefined;
  const url = await ctx.git.remoteUrl(workspace, 'origin');
  if (url === undefined) {
    throw new UsageError(
      `--open-pr needs the repository, and ${workspace} has no origin remote`,
      'pass --repository owner/repo',
    );
  }
  return repositoryOfRemote(url, ctx.env['GITHUB_SERVER_URL'] || DEFAULTS.serverUrl);
}

/**
 * The full Config of `flake-steward update` (or `report`, which publishes the same way) from its DIR, flags and the
 * environment; refused before any Nix work.
 */
export async function updateConfigFromFlags(
  positionals: readonly string[],
  values: OptionValues,
  ctx: UpdateFlagsContext,
  command: 'update' | 'report' = 'update',
): Promise<Config> {
  const openPr = values['open-pr'] === true;
  const dryRun = values['dry-run'] === true;
  // DIR and every flag checked first, with the repository found later: one builder for both (read-flags.ts).
  const bare = await configFromFlags(command, positionals, values, ctx);
  if (openPr && !dryRun && !bare.pr.token) {
    throw new UsageError(
      '--open-pr needs a GitHub token in GITHUB_TOKEN',
      'export GITHUB_TOKEN with contents: write and pull-requests: write, or drop --open-pr',
    );
  }
  const repository = await repositoryOf(values, openPr && !dryRun, bare.workspace, ctx);
  return repository ? { ...bare, pr: { ...bare.pr, repository } } : bare;
}
