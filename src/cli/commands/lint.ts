import type { LintSettings } from '../../core/config.js';
import { systemClock } from '../../core/ports.js';
import { EXIT, type CliCommand, type OptionValues } from '../command.js';
import { dirArgument } from '../dir-argument.js';

/** Options shared by `lint` and `fix`: the lint settings, named like the action inputs. */
export const LINT_OPTIONS = {
  paths: { type: 'string', multiple: true },
  'fail-on': { type: 'string' },
  rules: { type: 'string', multiple: true },
  'max-age': { type: 'string' },
  ignore: { type: 'string', multiple: true },
  'allowed-nixpkgs-owners': { type: 'string', multiple: true },
} as const;

export const LINT_OPTIONS_HELP = `  --paths P                 flake directories or globs under DIR (repeatable): ., hosts/*, **/flake.nix
  --rules ID=LEVEL,...      per-rule severity: error, warning, notice or off
  --max-age DAYS[,IN=DAYS]  days before a root input is stale (default 30), per input: 30,nixpkgs=7
  --ignore GLOB             input paths whose findings are dropped (repeatable): home-manager/*,
                            or RULE:GLOB for one rule only
  --allowed-nixpkgs-owners O  owners (or owner/repo) allowed to provide nixpkgs besides NixOS`;

/** The lint settings from the flags, with the flags that were given (they win over .flake-steward.json). */
export async function lintSettingsFromFlags(values: OptionValues): Promise<{
  settings: LintSettings;
  given: Set<'failOn' | 'maxAge'>;
  paths: string[];
}> {
  const { DEFAULTS, FAIL_ON, parseEnum, parseList, parseMaxAge, parseRelativePath, parseRules } =
    await import('../../core/config.js');
  const str = (k: string): string | undefined => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const list = (k: string): string[] => {
    const v = values[k];
    return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
  };
  const given = new Set<'failOn' | 'maxAge'>();
  if (str('fail-on') !== undefined) given.add('failOn');
  if (str('max-age') !== undefined) given.add('maxAge');
  const maxAge = parseMaxAge('--max-age', str('max-age') ?? String(DEFAULTS.maxAge));
  const paths = list('paths')
    .flatMap(parseList)
    .map((p) => parseRelativePath('--paths', p));
  return {
    settings: {
      failOn: parseEnum('--fail-on', str('fail-on') ?? DEFAULTS.failOn, FAIL_ON),
      rules: parseRules('--rules', list('rules').join(',')),
      maxAge: maxAge.maxAge,
      maxAgeByInput: maxAge.byInput,
      ignore: list('ignore').flatMap(parseList),
      allowedOwners: list('allowed-nixpkgs-owners').flatMap(parseList),
    },
    given,
    paths: paths.length > 0 ? paths : ['.'],
  };
}

export const lintCommand: CliCommand = {
  name: 'lint',
  summary: 'Check flake.nix and flake.lock: follows, duplicates, sync, hygiene, freshness (no Nix needed)',
  usage: 'flake-steward lint [DIR] [--format text|json|sarif] [--fail-on error|warning|notice|never] [options]',
  help: `Lints the flake in DIR (default: the current directory) without evaluating anything: dangling or
inconsistent follows, inputs locked several times, a lock out of step with flake.nix, registry and unlocked
inputs, stale inputs and unsupported nixpkgs branches. Rules and their fixes: docs/rules.md.
Settings can also live in .flake-steward.json beside flake.nix; flags win over it.

Options:
  --format text|json|sarif  output on stdout (default text); json is {"findings": [...]}
  --sarif-file FILE         also write SARIF 2.1.0 to FILE
  --fail-on LEVEL           lowest severity that makes the exit code 1: error (default), warning, notice, never
${LINT_OPTIONS_HELP}

Exit codes: 0 no finding at or above --fail-on, 1 findings (or an error), 2 usage error.

Examples:
  flake-steward lint
  flake-steward lint --format json --fail-on warning
  flake-steward lint . --paths '**/flake.nix' --rules freshness/stale-input=off`,
  options: {
    format: { type: 'string' },
    'sarif-file': { type: 'string' },
    ...LINT_OPTIONS,
  },
  async run(positionals, values, io) {
    const workspace = dirArgument('lint', positionals, io);
    const { FORMATS, parseEnum } = await import('../../core/config.js');
    const format = parseEnum('--format', typeof values['format'] === 'string' ? values['format'] : 'text', FORMATS);
    const { settings, given, paths } = await lintSettingsFromFlags(values);
    const sarifFile = typeof values['sarif-file'] === 'string' ? values['sarif-file'] : undefined;
    const { runLintCli } = await import('../lint-output.js');
    const failed = await runLintCli(
      {
        workspace,
        paths,
        settings,
        given,
        rulesSetting: '--rules',
        clock: systemClock,
        format,
        ...(sarifFile ? { sarifFile } : {}),
      },
      io,
    );
    return failed ? EXIT.failure : EXIT.ok;
  },
};
