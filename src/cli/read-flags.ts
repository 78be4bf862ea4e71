/**
 * The CLI's half of "both faces build the same Config": parsed flags become the raw settings that
 * src/core/build-config.ts turns into a Config, exactly as the action's inputs do (src/action/read-inputs.ts). Flags
 * are named like the inputs (`--fail-on` is `fail-on`); a repeated flag is one list. What the CLI decides itself is
 * here too: DIR is the workspace, the token comes from GITHUB_TOKEN (never a flag: command lines show in `ps`), and a
 * terminal has no job summary.
 */
import path from 'node:path';
import { buildConfig, Setting, type SettingName, type SettingSource } from '../core/build-config.js';
import type { Command, Config } from '../core/config.js';
import type { DiscoverHints } from '../workspace/flake-dirs.js';
import type { CliIO, OptionValues } from './command.js';
import { dirArgument } from './dir-argument.js';

/**
 * The CLI's own defaults, where a terminal differs from a workflow (the shared ones are DEFAULTS in
 * src/core/config.ts): `update` fails on a broken build and prints the report's Markdown.
 */
export const CLI_DEFAULTS: Partial<Record<Command, Partial<Record<SettingName, string>>>> = {
  update: { [Setting.OnBuildFailure]: 'fail', [Setting.Format]: 'markdown' },
  report: { [Setting.OnBuildFailure]: 'fail', [Setting.Format]: 'markdown' },
  review: { [Setting.OnBuildFailure]: 'fail', [Setting.Format]: 'markdown' },
};

/** What to do when no flake is found, in the CLI's words (DIR and --paths; the action speaks of path/paths). */
export const CLI_DISCOVER_HINTS: DiscoverHints = {
  dir: 'give the directory of your flake, or its flake.nix or flake.lock, as DIR; or --paths relative to DIR',
  glob: '--paths takes directories or globs relative to DIR, such as . or hosts/* or **/flake.nix',
};

/** The settings source of parsed flags: `--name` for each setting, lists joined, switches as `true`. */
export function flagSource(command: Command, values: OptionValues, env: CliIO['env']): SettingSource {
  return {
    get(name: SettingName): string | undefined {
      if (name === Setting.Command) return command;
      // read only for a command that uses it: update --open-pr
      if (name === Setting.Token) return values['open-pr'] === true ? env['GITHUB_TOKEN'] : undefined;
      if (name === Setting.JobSummary) return 'false';
      const v = values[name] ?? CLI_DEFAULTS[command]?.[name];
      if (v === undefined) return undefined;
      const items = (Array.isArray(v) ? v : [v]).map((x) => (x === true ? 'true' : x === false ? 'false' : x));
      return items.join('\n');
    },
    label: (name) => `--${name}`,
  };
}

/**
 * The Config of a CLI command: DIR (the one positional: a directory, or its flake.nix or flake.lock) is the workspace;
 * relative files are taken from the cwd.
 */
export async function configFromFlags(
  command: Command,
  positionals: readonly string[],
  values: OptionValues,
  io: Pick<CliIO, 'cwd' | 'env'>,
  repository?: Config['pr']['repository'],
): Promise<Config> {
  const workspace = await dirArgument(command, positionals, io);
  return buildConfig(flagSource(command, values, io.env), {
    workspace,
    cwd: path.resolve(io.cwd),
    env: io.env,
    ...(repository ? { repository } : {}),
  });
}
