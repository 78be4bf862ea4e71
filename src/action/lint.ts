/**
 * The action face of lint and fix: annotations on flake.nix/flake.lock lines, the job summary, a SARIF file,
 * outputs `findings`, `errors`, `warnings`, `sarif-file`, and the step's result per `fail-on`.
 */
import * as core from '@actions/core';
import { runFix } from '../app/fix.js';
import { runFails, runLint, type LintPorts } from '../app/lint.js';
import type { Config } from '../core/config.js';
import { systemClock, type Logger } from '../core/ports.js';
import { annotate } from '../render/lint-annotations.js';
import { formatSarif } from '../render/lint-sarif.js';
import { renderSummary } from '../render/lint-summary.js';
import { nixSources } from '../render/lint-display.js';
import { formatText } from '../render/lint-text.js';
import { allFindings, counts, countsLine, type LintRun } from '../lint/lint-result.js';
import { RULES } from '../lint/rules/index.js';
import { writeReportFile } from '../workspace/report-file.js';
import { Inputs, Outputs } from './constants.js';
import { failStep, writeSummary } from './actions-logger.js';

/** The action's lint ports: a fork's pull request controls every file and link, so nothing leaves the workspace. */
const ports: LintPorts = { clock: systemClock, label: (name) => `input '${name}'`, confine: true };

export async function runLintAction(config: Config, logger: Logger): Promise<void> {
  let run: LintRun;
  if (config.command === 'fix') {
    // fix always says what it did (the fixes applied, or that there was nothing to fix): never an empty group
    const outcome = await logger.group('flake-steward fix', () =>
      runFix(config, { ...ports, say: (l) => logger.info(l), logger }),
    );
    run = outcome.after ?? (await runLint(config, { ...ports, logger }));
  } else {
    run = await runLint(config, { ...ports, logger });
  }
  const findings = allFindings(run);
  for (const f of run.flakes) for (const n of f.notices) logger.notice(n);
  // the report in a group of its own, titled with the counts (the text under it is never empty: at least the totals)
  const text = formatText(findings, [], { color: false, flakes: run.flakes.length, sources: nixSources(run) });
  await logger.group(`flake-steward lint: ${findings.length === 0 ? 'no findings' : countsLine(findings)}`, () => {
    logger.info(text.trimEnd());
    return Promise.resolve();
  });
  annotate(logger, findings);

  const c = counts(findings);
  core.setOutput(Outputs.Findings, findings.length);
  core.setOutput(Outputs.Errors, c.error);
  core.setOutput(Outputs.Warnings, c.warning);
  if (config.lint.sarifFile) {
    // checked when the inputs were read; again where it is written, since lint ran in between
    await writeReportFile(config.lint.sarifFile, formatSarif(findings, RULES), {
      workspace: config.workspace,
      hint: `set ${Inputs.SarifFile} to a file inside the repository, such as flake-steward.sarif`,
    });
    core.setOutput(Outputs.SarifFile, config.lint.sarifFile);
  } else {
    core.setOutput(Outputs.SarifFile, '');
  }
  if (config.jobSummary) await writeSummary(renderSummary(run));
  if (runFails(run)) {
    const failOn = [...new Set(run.flakes.map((f) => f.failOn))].join('/');
    failStep(`flake-steward lint: ${countsLine(findings)} (fail-on: ${failOn})`);
  }
}
