import { parseEnum } from '../../core/config.js';
import { UsageError } from '../../core/errors.js';
import type { CliCommand } from '../command.js';
import { EXIT } from '../command.js';
import { CLI_DISCOVER_HINTS, configFromFlags } from '../read-flags.js';
import { terminalLogger } from '../terminal-logger.js';
import { LINT_OPTIONS } from '../lint-options.js';

const PLAN_FORMATS = ['text', 'json'] as const;

export const planCommand: CliCommand = {
  name: 'plan',
  summary: 'First stage of a matrix update: update the lock, find what changed, split it into shards, write the plan',
  usage:
    'flake-steward plan [DIR] [--out DIR] [--shards N] [--inputs a,b | --base REF [--head REF]] [--build auto|none|ATTRS] [--group G] [--format text|json]',
  help: `Plans the update of the flake in DIR (default: the current directory) for a job matrix: updates its inputs
with Nix (all, or the listed input paths), evaluates what the flake offers before and after, drops the outputs
whose derivation did not change, splits the others into shards and writes the plan directory (plan.json: both
locks, every output with its derivations, the shard of each). flake.lock is left as it was: the plan carries the
new one. Then run \`flake-steward build --plan DIR --shard N\` once per shard (in parallel, on as many machines as
you like) and \`flake-steward report\` on the plan and the build files.
With --base REF it plans a review instead (see \`flake-steward review --help\`): nothing is updated; the base commit
and the head (--head, or the working tree) are compared, the lint of both goes in the plan directory too, and
\`build\` checks the base out into a work tree of its own.

Options:
  --out DIR                 the plan directory (default .flake-steward/plan)
  --shards N                shards to split the changed outputs into (default: one per output; at most 256)
  --paths P                 flake directories or globs under DIR (repeatable)
  --inputs a,b              input paths to update (default: all)
  --base REF, --head REF    plan a review of the change from REF to the head instead of an update
  --build auto|none|ATTRS   what to consider building, as for update
  --group all|per-input|NAME=GLOBS;...
                            grouped pull requests, as for update: the plan also holds each group's lock and
                            outputs, the build jobs build them, and report opens one pull request per group
  --format text|json        text (default): a summary; json: the matrix for strategy.matrix
                            ({"include":[{"shard":"0","targets":"host, alice"}]})
  --nix-options "..."       extra options for every nix call
  --accept-flake-config     let the flake's nixConfig apply
  --release-tags true|false move inputs pinned to a release tag to the newest one in flake.nix (default true)

Exit codes: 0 plan written, 1 an error, 2 usage error.

Examples:
  flake-steward plan --out /tmp/plan --shards 4 --format json`,
  options: {
    out: { type: 'string' },
    shards: { type: 'string' },
    inputs: { type: 'string' },
    build: { type: 'string' },
    group: { type: 'string' },
    format: { type: 'string' },
    'nix-options': { type: 'string' },
    'accept-flake-config': { type: 'boolean' },
    'release-tags': { type: 'string' },
    ...LINT_OPTIONS,
    base: { type: 'string' },
    head: { type: 'string' },
  },
  async run(positionals, values, io) {
    const base = typeof values['base'] === 'string' && values['base'].trim() !== '' ? values['base'].trim() : undefined;
    const head = typeof values['head'] === 'string' && values['head'].trim() !== '' ? values['head'].trim() : undefined;
    if (head !== undefined && base === undefined) throw new UsageError('--head needs --base', 'plan a review with --base REF');
    if (base !== undefined && values['inputs'] !== undefined) {
      throw new UsageError('--inputs updates inputs; a review (--base) compares commits', 'drop one of them');
    }
    if (base !== undefined && values['group'] !== undefined) {
      throw new UsageError('--group splits an update into pull requests; a review (--base) compares commits', 'drop one of them');
    }
    // --base/--head are refs of a review here, not the pull request's base branch
    const { base: _base, head: _head, ...rest } = values;
    const config = await configFromFlags('plan', positionals, { ...rest, 'plan-dir': values['out'] }, io);
    const format = parseEnum('--format', config.format, PLAN_FORMATS);
    const logger = terminalLogger(io, { groups: true });
    const [{ runPlan, planRequest, writePlanDir }, { wireUpdate }, { renderPlanSummary }] = await Promise.all([
      import('../../app/plan.js'),
      import('../../app/update-ports.js'),
      import('../../render/plan-summary.js'),
    ]);
    const deps = await wireUpdate({ settings: config.update, logger, env: io.env });
    const { stageFiles } = await import('../../workspace/stage-files.js');
    let plan;
    let written: string;
    if (base === undefined) {
      ({ plan } = await runPlan({ ...planRequest(config), hints: CLI_DISCOVER_HINTS }, deps));
      written = await writePlanDir(stageFiles(), config.update.planDir, plan);
    } else {
      const [{ planReview, reviewRequest }, { writeReviewResult }, { createGit }, { scratchDirs }] = await Promise.all([
        import('../../app/review.js'),
        import('../../app/review-publish.js'),
        import('../../git/git.js'),
        import('../../workspace/scratch-dir.js'),
      ]);
      const planned = await planReview(
        reviewRequest(config, { base, ...(head !== undefined ? { head } : {}), rulesSetting: '--rules' }),
        { ...deps, git: createGit({ env: io.env }), scratch: scratchDirs },
        config.update.shards,
      );
      plan = planned.plan;
      written = await writeReviewResult(stageFiles(), config.update.planDir, { ...planned, builds: [] });
    }
    logger.info(`plan written to ${written}`);
    if (format === 'json') {
      const { matrixOf } = await import('../../update/plan-file.js');
      io.stdout(`${JSON.stringify(matrixOf(plan))}\n`);
    } else {
      io.stdout(renderPlanSummary(plan));
    }
    return EXIT.ok;
  },
};
