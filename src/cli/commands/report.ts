import { parseEnum } from '../../core/config.js';
import type { CliCommand } from '../command.js';
import { PR_OPTIONS, PR_OPTIONS_HELP } from '../pr-options.js';
import { terminalLogger } from '../terminal-logger.js';

export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'Last stage of a matrix update: merge the plan and every build file into the report (and the pull request)',
  usage:
    'flake-steward report [DIR] --plan DIR --builds DIR [--dry-run] [--format markdown|json] [--open-pr [PR options]]',
  help: `Reads the plan in --plan and every build file under --builds (at its top, or one folder per artifact as
actions/download-artifact lays them out), checks each against the plan, and prints the same report as
\`flake-steward update\`. A shard with no build file is reported as not built (its job failed or was cancelled);
a build file of another plan, or a corrupt one, stops the report with one line and nothing written. Without
--dry-run the plan's new flake.lock is put in DIR (which must be the commit the plan was made on).

Options:
  --plan DIR                the plan directory (default .flake-steward/plan)
  --builds DIR              where the build files are (default .flake-steward/builds)
  --dry-run                 leave flake.lock as it is; opens no pull request
  --format markdown|json    the report's form on stdout (default markdown)
  --on-build-failure fail|draft|skip-pr|report
                            as for update (default fail)

${PR_OPTIONS_HELP}

Exit codes: 0 report printed (and the pull request made), 1 a build failed after the update (with fail) or an
error, 2 usage error.

Examples:
  flake-steward report --plan /tmp/plan --builds /tmp/builds --format json --dry-run`,
  options: {
    plan: { type: 'string' },
    builds: { type: 'string' },
    'dry-run': { type: 'boolean' },
    format: { type: 'string' },
    'on-build-failure': { type: 'string' },
    ...PR_OPTIONS,
  },
  async run(positionals, values, io) {
    const { updateConfigFromFlags, UPDATE_FORMATS } = await import('../update-flags.js');
    const { createGit } = await import('../../git/git.js');
    const renamed = { ...values, 'plan-dir': values['plan'], 'builds-dir': values['builds'] };
    const config = await updateConfigFromFlags(positionals, renamed, { ...io, git: createGit({ env: io.env }) }, 'report');
    parseEnum('--format', config.format, UPDATE_FORMATS);
    const logger = terminalLogger(io, { groups: true });
    if (config.pr.token) logger.setSecret(config.pr.token);
    const [{ runReportStage }, { stageFiles }, { finishReport }] = await Promise.all([
      import('../../app/report.js'),
      import('../../workspace/stage-files.js'),
      import('../update-output.js'),
    ]);
    const { nodeFs } = await import('../../workspace/fs.js');
    const { systemClock } = await import('../../core/ports.js');
    const { processInterrupts } = await import('../../exec/interrupt.js');
    const { readPlan } = await import('../../app/report.js');
    const plan = await readPlan(stageFiles(), config.update.planDir);
    if (plan.review) {
      // a review's plan: its builds, merged with its lint, printed as the review (nothing written, no pull request)
      const [{ reviewOfPlan }, { finishReview }] = await Promise.all([
        import('../../app/review-publish.js'),
        import('../review-output.js'),
      ]);
      const data = await reviewOfPlan(plan, stageFiles(), config.update.planDir, { clock: systemClock, logger }, config.update.buildsDir);
      return finishReview(config, config.format === 'json' ? 'json' : 'markdown', data, logger, io);
    }
    const report = await runReportStage(config, {
      fs: nodeFs,
      files: stageFiles(),
      logger,
      clock: systemClock,
      interrupts: processInterrupts,
    }, plan);
    return finishReport(config, report, values['open-pr'] === true, logger, io);
  },
};
