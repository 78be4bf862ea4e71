import { parseEnum } from '../../core/config.js';
import { UsageError } from '../../core/errors.js';
import type { CliCommand } from '../command.js';
import { configFromFlags } from '../read-flags.js';
import { terminalLogger } from '../terminal-logger.js';
import { LINT_OPTIONS, LINT_OPTIONS_HELP } from '../lint-options.js';

const REVIEW_FORMATS = ['markdown', 'json'] as const;

export const reviewCommand: CliCommand = {
  name: 'review',
  summary: "Review a lockfile change (anyone's pull request): changelog, builds of what changed, package diffs, new lint",
  usage: 'flake-steward review [DIR] --base REF [--head REF] [--format markdown|json] [--build auto|none|ATTRS]',
  help: `Compares the flakes of the repository of DIR (default: the current directory) between the commit --base
and the head (--head, or the working tree): for every flake whose flake.nix or flake.lock differs, the inputs
that moved (old -> new revision, dates, compare links), the outputs whose derivation changed built on both sides
(package diffs, closure sizes, failures with the tail of their logs), and lint of the head, the findings the change
brings first and those the base already had apart. The base is evaluated from a separate work tree of its commit:
the working tree, the index and HEAD stay exactly as they are, and no lock is written.

Options:
  --base REF                the commit, branch or tag to compare with (required), e.g. HEAD~1, origin/main
  --head REF                the head (default: the working tree)
  --paths P                 flake directories or globs under DIR (repeatable)
  --build auto|none|ATTRS   what to build, as for update
  --format markdown|json    the review's form on stdout (default markdown: the comment the action posts)
  --on-build-failure fail|draft|skip-pr|report
                            fail (default): exit 1 when the head breaks a build the base built
  --nix-options "..."       extra options for every nix call
  --accept-flake-config     let the flake's nixConfig apply
${LINT_OPTIONS_HELP}

Exit codes: 0 reviewed, 1 the head breaks a build (with fail) or an error, 2 usage error.

Examples:
  flake-steward review . --base HEAD~1 --format json
  flake-steward review --base origin/main`,
  options: {
    base: { type: 'string' },
    head: { type: 'string' },
    build: { type: 'string' },
    format: { type: 'string' },
    'on-build-failure': { type: 'string' },
    'nix-options': { type: 'string' },
    'accept-flake-config': { type: 'boolean' },
    ...LINT_OPTIONS,
  },
  async run(positionals, values, io) {
    const base = typeof values['base'] === 'string' ? values['base'].trim() : '';
    if (base === '') throw new UsageError('review needs --base REF', 'e.g. --base HEAD~1 or --base origin/main');
    const head = typeof values['head'] === 'string' && values['head'].trim() !== '' ? values['head'].trim() : undefined;
    // --base and --head are refs here, not the pull request's base branch of update
    const { base: _base, head: _head, ...rest } = values;
    const config = await configFromFlags('review', positionals, rest, io);
    const format = parseEnum('--format', config.format, REVIEW_FORMATS);
    const logger = terminalLogger(io, { groups: true });
    const [{ runReview, reviewRequest }, { wireUpdate }, { createGit }, { scratchDirs }] = await Promise.all([
      import('../../app/review.js'),
      import('../../app/update-ports.js'),
      import('../../git/git.js'),
      import('../../workspace/scratch-dir.js'),
    ]);
    const deps = await wireUpdate({ settings: config.update, logger, env: io.env });
    const review = await runReview(
      reviewRequest(config, { base, ...(head !== undefined ? { head } : {}), rulesSetting: '--rules' }),
      { ...deps, git: createGit({ env: io.env }), scratch: scratchDirs },
    );
    const { finishReview } = await import('../review-output.js');
    return finishReview(config, format, review, logger, io);
  },
};
