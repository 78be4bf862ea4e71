/** The terminal face of `lint` and `fix` (loaded only when one of them runs, to keep the CLI's start light). */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CliIO } from './command.js';
import type { Logger } from '../core/ports.js';
import { applyFixes, type FixRequest } from '../app/fix.js';
import { displayNotice } from '../render/lint-display.js';
import { formatJson } from '../render/lint-json.js';
import { formatSarif } from '../render/lint-sarif.js';
import { renderSummary } from '../render/lint-summary.js';
import { formatText } from '../render/lint-text.js';
import { allFindings } from '../lint/lint-result.js';
import { RULES } from '../lint/rules/index.js';
import { lint, runFails, type LintRequest } from '../app/lint.js';

export interface LintCliRequest extends LintRequest {
  readonly format: 'text' | 'json' | 'sarif' | 'markdown';
  readonly sarifFile?: string;
}

/** Prints the findings in the chosen format; returns whether they fail the run (per `fail-on`). */
export async function runLintCli(req: LintCliRequest, io: CliIO): Promise<boolean> {
  const run = await lint(req);
  const findings = allFindings(run);
  const notices = run.flakes.flatMap((f) => f.notices);
  if (req.sarifFile) await writeFile(path.resolve(io.cwd, req.sarifFile), formatSarif(findings, RULES));
  switch (req.format) {
    case 'json':
      io.stdout(formatJson(findings));
      for (const n of notices) io.stderr(`note: ${displayNotice(n)}\n`);
      break;
    case 'sarif':
      io.stdout(formatSarif(findings, RULES));
      for (const n of notices) io.stderr(`note: ${displayNotice(n)}\n`);
      break;
    case 'markdown':
      io.stdout(renderSummary(run));
      break;
    default:
      io.stdout(formatText(findings, notices, { color: io.isTTY, flakes: run.flakes.length }));
  }
  return runFails(run);
}

export async function runFixCli(req: FixRequest, io: CliIO, logger: Logger): Promise<boolean> {
  const outcome = await applyFixes(req, (l) => io.stdout(`${l}\n`), logger);
  if (!outcome.after) return false;
  const findings = allFindings(outcome.after);
  if (findings.length > 0 || outcome.plans.length > 0) {
    io.stdout(
      formatText(
        findings,
        outcome.after.flakes.flatMap((f) => f.notices),
        {
          color: io.isTTY,
          flakes: outcome.after.flakes.length,
        },
      ),
    );
  }
  return runFails(outcome.after);
}
