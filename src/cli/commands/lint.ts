/** The terminal face of `lint`: flags to Config, the lint use case, the findings printed in the chosen format. */
import path from 'node:path';
import { runFails, runLint, type LintPorts } from '../../app/lint.js';
import type { Format } from '../../core/config.js';
import { systemClock } from '../../core/ports.js';
import { allFindings, type LintRun } from '../../lint/lint-result.js';
import { RULES } from '../../lint/rules/index.js';
import { displayNotice, nixSources, relocateRun } from '../../render/lint-display.js';
import { formatText } from '../../render/lint-text.js';
import { writeReportFile } from '../../workspace/report-file.js';
import { EXIT, type CliCommand, type CliIO } from '../command.js';
import { CLI_DISCOVER_HINTS, configFromFlags } from '../read-flags.js';
import { terminalLogger } from '../terminal-logger.js';
import { LINT_OPTIONS, LINT_OPTIONS_HELP } from '../lint-options.js';

export const lintCommand: CliCommand = {
  name: 'lint',
  summary: 'Check flake.nix and flake.lock: follows, duplicates, sync, hygiene, freshness (no Nix needed)',
  usage:
    'flake-steward lint [DIR] [--format text|json|sarif|markdown] [--fail-on error|warning|notice|never] [options]',
  help: `Lints the flake in DIR (default: the current directory; DIR may also be its flake.nix or flake.lock) without
evaluating anything: dangling or inconsistent follows, inputs locked several times, a lock out of step with
flake.nix, registry and unlocked inputs, stale inputs and unsupported nixpkgs branches. Rules and their fixes:
docs/rules.md.
Settings can also live in .flake-steward.json beside flake.nix; flags win over it.

Options:
  --format FORMAT           output on stdout: text (default: findings grouped by file, FILE:LINE:COL from
                            the current directory, the flake.nix line under each), json ({"findings": [...]}),
                            sarif (SARIF 2.1.0), markdown (the action's job summary, with the input graph)
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
    const config = await configFromFlags('lint', positionals, values, io);
    // paths as seen from where the command ran (`lint a-basic` prints `a-basic/flake.nix:7:3`), in every format
    const run = shownFromCwd(
      await runLint(config, { ...cliLintPorts, logger: terminalLogger(io) }),
      config.workspace,
      io,
    );
    const findings = allFindings(run);
    if (config.lint.sarifFile) {
      const { formatSarif } = await import('../../render/lint-sarif.js');
      await writeReportFile(config.lint.sarifFile, formatSarif(findings, RULES));
    }
    await printRun(config.format, run, io);
    return runFails(run) ? EXIT.failure : EXIT.ok;
  },
};

/** The CLI reads what its user points it at; settings are named as flags. */
export const cliLintPorts: LintPorts = {
  clock: systemClock,
  label: (name) => `--${name}`,
  confine: false,
  hints: CLI_DISCOVER_HINTS,
};

/** The POSIX path from the working directory to `dir` ('' when they are the same; absolute when no relative one). */
export function cwdPrefix(dir: string, io: Pick<CliIO, 'cwd'>): string {
  const rel = path.relative(path.resolve(io.cwd), dir);
  if (path.isAbsolute(rel)) return dir.split(path.sep).join('/');
  return rel.split(path.sep).join('/');
}

/** A run's paths shown from the working directory (src/render/lint-display.ts relocateRun). */
export function shownFromCwd(run: LintRun, workspace: string, io: Pick<CliIO, 'cwd'>): LintRun {
  return relocateRun(run, cwdPrefix(workspace, io));
}

/**
 * The findings of a run (paths already as shown) on stdout in the chosen format; notes on stderr where stdout is for machines. Each format's
 * renderer is loaded when it is chosen: the text of a plain `lint` needs none of SARIF's rule docs or the summary's
 * Mermaid graph.
 */
export async function printRun(format: Format, run: LintRun, io: CliIO): Promise<void> {
  const findings = allFindings(run);
  const notices = run.flakes.flatMap((f) => f.notices);
  switch (format) {
    case 'json': {
      const { formatJson } = await import('../../render/lint-json.js');
      io.stdout(formatJson(findings));
      for (const n of notices) io.stderr(`note: ${displayNotice(n)}\n`);
      break;
    }
    case 'sarif': {
      const { formatSarif } = await import('../../render/lint-sarif.js');
      io.stdout(formatSarif(findings, RULES));
      for (const n of notices) io.stderr(`note: ${displayNotice(n)}\n`);
      break;
    }
    case 'markdown': {
      const { renderSummary } = await import('../../render/lint-summary.js');
      io.stdout(renderSummary(run));
      break;
    }
    default:
      io.stdout(
        formatText(findings, notices, { color: io.isTTY, flakes: run.flakes.length, sources: nixSources(run) }),
      );
  }
}
