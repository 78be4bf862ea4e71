import { EXIT, type CliCommand } from '../command.js';
import { dirArgument } from '../dir-argument.js';
import { parseBuild, parseEnum, parseList } from '../../core/config.js';
import { splitArgs } from '../../core/split-args.js';
import { terminalLogger } from '../terminal-logger.js';
import { renderJson } from '../../render/update-json.js';
import { renderReport } from '../../render/update-report.js';
import { failedAfter } from '../../update/update-result.js';
import { runUpdate } from '../../app/update.js';
import { wireUpdate } from '../../app/update-ports.js';

const FORMATS = ['markdown', 'json'] as const;
const ON_FAILURE = ['fail', 'report'] as const;

export const updateCommand: CliCommand = {
  name: 'update',
  summary: 'Update flake inputs, build every configuration before and after, and report the package changes',
  usage:
    'flake-steward update [DIR] [--inputs a,b] [--build auto|none|ATTRS] [--dry-run] [--format markdown|json] [--on-build-failure fail|report]',
  help: `Runs the update of the flake in DIR (default: the current directory): updates its inputs with Nix
(all, or the listed input paths), builds what the flake offers for this system before and after the update,
and prints the report: inputs moved (from -> to, compare links), per configuration the package versions that
changed and the closure size, and every build that failed with the tail of its log.

Options:
  --inputs a,b              input paths to update (nixpkgs, home-manager/nixpkgs); default: all
  --build auto|none|ATTRS   auto: nixosConfigurations, homeConfigurations, darwinConfigurations (on darwin),
                            packages, devShells and checks of this system; none; or the listed attribute paths
  --dry-run                 restore the original flake.lock afterwards (byte for byte)
  --format markdown|json    the report's form on stdout (default markdown)
  --on-build-failure fail|report
                            fail (default): exit 1 when a build fails after the update; report: exit 0
  --nix-options "..."       extra options for every nix call (e.g. "--option cores 2")
  --accept-flake-config     let the flake's nixConfig apply

Exit codes: 0 report printed, 1 a build failed after the update (with fail) or an error, 2 usage error.

Examples:
  flake-steward update --dry-run
  flake-steward update ./nix --inputs nixpkgs --build nixosConfigurations.host.config.system.build.toplevel`,
  options: {
    inputs: { type: 'string' },
    build: { type: 'string' },
    'dry-run': { type: 'boolean' },
    format: { type: 'string' },
    'on-build-failure': { type: 'string' },
    'nix-options': { type: 'string' },
    'accept-flake-config': { type: 'boolean' },
  },
  async run(positionals, values, io) {
    const dir = dirArgument('update', positionals, io);
    const str = (k: string): string | undefined => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
    const format = parseEnum('--format', str('format') ?? 'markdown', FORMATS);
    const onFailure = parseEnum('--on-build-failure', str('on-build-failure') ?? 'fail', ON_FAILURE);
    const settings = {
      inputs: parseList(str('inputs') ?? ''),
      build: parseBuild('--build', str('build') ?? 'auto'),
      dryRun: values['dry-run'] === true,
      onBuildFailure: onFailure,
      nixOptions: splitArgs('--nix-options', str('nix-options') ?? ''),
      acceptFlakeConfig: values['accept-flake-config'] === true,
    };
    const logger = terminalLogger(io, { groups: true });
    const deps = await wireUpdate({ settings, logger, env: io.env });
    const report = await runUpdate(
      {
        workspace: dir,
        paths: ['.'],
        inputs: settings.inputs,
        build: settings.build,
        dryRun: settings.dryRun,
      },
      deps,
    );
    io.stdout(
      format === 'json'
        ? renderJson(report)
        : renderReport(report, { heading: 'flake-steward update', maxLength: Number.POSITIVE_INFINITY }).markdown,
    );
    const failed = failedAfter(report);
    if (failed.length > 0) {
      logger.error(
        `${failed.length} build(s) failed after the update: ${failed.map((f) => f.configuration.attr).join(', ')}`,
      );
      return onFailure === 'fail' ? EXIT.failure : EXIT.ok;
    }
    return EXIT.ok;
  },
};
