/** The terminal face of `fix`: flags to Config, the fix use case, its steps and the findings that remain printed. */
import { runFix } from '../../app/fix.js';
import { runFails } from '../../app/lint.js';
import { allFindings } from '../../lint/lint-result.js';
import type { Rule } from '../../lint/lint-types.js';
import { RULES } from '../../lint/rules/index.js';
import { nixSources } from '../../render/lint-display.js';
import { formatText } from '../../render/lint-text.js';
import { EXIT, type CliCommand } from '../command.js';
import { configFromFlags } from '../read-flags.js';
import { terminalLogger } from '../terminal-logger.js';
import { cliLintPorts, shownFromCwd } from './lint.js';
import { LINT_OPTIONS, LINT_OPTIONS_HELP } from '../lint-options.js';

/** The rules whose findings `fix` can apply, from the registry (so the help cannot fall behind it), one a line. */
export function fixableRulesHelp(rules: readonly Rule[] = RULES): string {
  return rules
    .filter((r) => r.fixable === true)
    .map((r) => `  ${r.id}`)
    .join('\n');
}

export const fixCommand: CliCommand = {
  name: 'fix',
  summary: 'Apply the fixes lint found to flake.nix (follows, overrides, branches, release tags), then nix flake lock',
  usage: 'flake-steward fix [DIR] [--dry-run] [options]',
  help: `Applies the fixes that lint can make to flake.nix in DIR (default: the current directory), for the findings
of these rules (docs/rules.md says what each fix writes):
${fixableRulesHelp()}
Each edit keeps the file's own style and touches nothing else. The edited file must parse before it is written
(through a temporary file and a rename); then \`nix flake lock\` updates flake.lock when Nix is installed
(otherwise fix says to run it). A flake.nix with uncommitted changes is refused.

Options:
  --dry-run                 print the patch instead of writing: a unified diff with paths from the
                            repository's top level (else the current directory) that git apply accepts
  --fail-on LEVEL           exit 1 when findings at or above LEVEL remain: error (default), warning, notice, never
${LINT_OPTIONS_HELP}

Exit codes: 0 fixed (or nothing to fix) and no finding at or above --fail-on remains, 1 otherwise or an error,
2 usage error.

Examples:
  flake-steward fix --dry-run
  flake-steward fix`,
  options: {
    'dry-run': { type: 'boolean' },
    ...LINT_OPTIONS,
  },
  async run(positionals, values, io) {
    const config = await configFromFlags('fix', positionals, values, io);
    const outcome = await runFix(config, {
      ...cliLintPorts,
      say: (line) => io.stdout(`${line}\n`),
      logger: terminalLogger(io),
      cwd: io.cwd,
    });
    if (!outcome.after) return EXIT.ok;
    const after = shownFromCwd(outcome.after, config.workspace, io);
    const findings = allFindings(after);
    if (findings.length > 0 || outcome.plans.length > 0) {
      const notices = after.flakes.flatMap((f) => f.notices);
      io.stdout(
        formatText(findings, notices, { color: io.isTTY, flakes: after.flakes.length, sources: nixSources(after) }),
      );
    }
    return runFails(outcome.after) ? EXIT.failure : EXIT.ok;
  },
};
