/**
 * The review's publishing half: its one comment on the pull request (created, or edited in place on every push:
 * src/github/pull-comment.ts), with the commit list of every moved input; and the review's result directory, the
 * files a pull request's read-only job leaves for a `workflow_run` job to publish (`report` on it).
 *
 * The result directory is a plan directory (plan.json with `review` set, build-<shard>.json, lint.json). Read back it
 * is untrusted: every file is checked (src/update/plan-file.ts, build-file.ts, lint-file.ts), and the pull request it
 * is published on comes from the triggering run's event, never from the files: files that name another pull request
 * or another head commit are refused.
 */
import { UserError } from '../core/errors.js';
import type { CommitList } from '../render/update-report.js';
import { renderReviewComment } from '../render/review-comment.js';
import { ownHost } from '../github/commit-list.js';
import { REVIEW_MARKER, upsertReviewComment, type ReviewCommentResult } from '../github/pull-comment.js';
import { parseBuild, serializeBuild, buildFileName, type BuildFile } from '../update/build-file.js';
import { LINT_FILE, LINT_MAX_BYTES, parseLint, serializeLint } from '../update/lint-file.js';
import { mergeBuilds, missingShards } from '../update/merge-builds.js';
import { serializePlan, type Plan, type ReviewSides } from '../update/plan-file.js';
import type { UpdateReport } from '../update/update-result.js';
import type { Finding } from '../lint/lint-types.js';
import type { StageFiles } from '../workspace/stage-files.js';
import { commitLists, type PublishPorts } from './publish.js';
import { readPlan } from './report.js';
import type { Config } from '../core/config.js';
import type { Clock, Logger } from '../core/ports.js';
import type { ForgeHosts } from '../forge/forge-repo.js';

/** What a review says, whether it was made in this job or read back from a result directory. */
export interface ReviewData {
  readonly report: UpdateReport;
  readonly lint: { readonly introduced: readonly Finding[]; readonly present: readonly Finding[] };
  readonly sides: ReviewSides;
  readonly noFlakeChanges: boolean;
}

/** The comment's Markdown (commit lists filled in when given). */
export function reviewMarkdown(
  data: ReviewData,
  opts: { readonly maxLength?: number; readonly commits?: ReadonlyMap<string, CommitList>; readonly fullReportUrl?: string } = {},
): string {
  return renderReviewComment({
    marker: REVIEW_MARKER,
    report: data.report,
    lint: data.lint,
    base: data.sides.base,
    head: data.sides.head,
    noFlakeChanges: data.noFlakeChanges,
    ...(opts.maxLength !== undefined ? { maxLength: opts.maxLength } : {}),
    ...(opts.commits ? { commits: opts.commits } : {}),
    ...(opts.fullReportUrl ? { fullReportUrl: opts.fullReportUrl } : {}),
  }).markdown;
}

/** The comment's URL for the step's output; empty when nothing was posted. */
export const commentUrlOf = (r: ReviewCommentResult): string => (r.operation === 'superseded' ? '' : r.url);

/**
 * Creates or edits the one review comment of pull request `pullNumber`; nothing when the pull request has moved past
 * the reviewed head commit (the review names it) or was closed since.
 */
export async function publishReview(
  config: Config,
  data: ReviewData,
  pullNumber: number,
  ports: Pick<PublishPorts, 'github' | 'logger'>,
  extras: { readonly fullReportUrl?: string } = {},
): Promise<ReviewCommentResult> {
  const repo = config.pr.repository;
  if (!repo) throw new UserError("command 'review' needs the repository (owner/repo) to comment on the pull request");
  const clientFor = ownHost(ports.github);
  const commits = new Map<string, CommitList>();
  for (const flake of data.report.flakes) {
    for (const [k, v] of await commitLists(flake, clientFor, config.pr.maxCommits)) commits.set(k, v);
  }
  const body = reviewMarkdown(data, { commits, ...(extras.fullReportUrl ? { fullReportUrl: extras.fullReportUrl } : {}) });
  const reviewedHead = data.sides.pullRequest?.headSha;
  const result = await upsertReviewComment(ports.github, repo, pullNumber, body, reviewedHead ? { reviewedHead } : {});
  if (result.operation === 'superseded') {
    ports.logger.info(
      result.headSha
        ? `review comment not posted: pull request #${pullNumber} is at ${result.headSha.slice(0, 12)} now, past the reviewed ${reviewedHead!.slice(0, 12)}; the run of the newer commit posts its review`
        : `review comment not posted: pull request #${pullNumber} is closed or gone`,
    );
  } else {
    ports.logger.info(`review comment ${result.operation}: ${result.url}`);
  }
  return result;
}

/**
 * Writes a review's result directory (plan.json, lint.json, and the build files when it was built in this job)
 * into `dir`; returns where.
 */
export async function writeReviewResult(
  files: StageFiles,
  dir: string,
  run: { readonly plan: Plan; readonly builds: readonly BuildFile[]; readonly lint: ReviewData['lint'] },
): Promise<string> {
  const written = await files.writePlan(dir, serializePlan(run.plan));
  for (const b of run.builds) await files.writeExtra(dir, buildFileName(b.shard), serializeBuild(b));
  await files.writeExtra(dir, LINT_FILE, serializeLint(run.plan.id, run.lint.introduced, run.lint.present));
  return written;
}

/** A review's result directory read back and checked (the plan must be a review's). */
export async function readReviewResult(
  files: StageFiles,
  dir: string,
  deps: { readonly clock: Clock; readonly logger: Logger; readonly hosts?: ForgeHosts },
): Promise<ReviewData> {
  const plan = await readPlan(files, dir);
  return reviewOfPlan(plan, files, dir, deps);
}

/**
 * The review data of a review plan read from `dir`: lint.json beside it, the build files beside it too (a review
 * made in one job) or under `buildsDir` (a review fanned out over a job matrix).
 */
export async function reviewOfPlan(
  plan: Plan,
  files: StageFiles,
  dir: string,
  deps: { readonly clock: Clock; readonly logger: Logger; readonly hosts?: ForgeHosts },
  buildsDir: string = dir,
): Promise<ReviewData> {
  if (!plan.review) {
    throw new UserError('the plan is an update plan, not a review result', undefined, undefined, "give the review step's result directory");
  }
  const builds = (await files.readBuilds(buildsDir)).map(({ file, text }) => ({ file, build: parseBuild(text, file) }));
  const lintText = await files.readExtra(dir, LINT_FILE, LINT_MAX_BYTES);
  if (lintText === undefined) {
    throw new UserError(`no ${LINT_FILE} beside the review's plan`, undefined, undefined, "give the review step's result directory, unchanged");
  }
  const lint = parseLint(lintText.text, lintText.file, plan.id);
  for (const m of missingShards(plan, builds)) {
    deps.logger.warning(`shard ${m.shard} (${m.targets.join(', ')}) left no build file: reported as not built`);
  }
  const report = mergeBuilds(plan, builds, {
    dryRun: true,
    now: deps.clock.now(),
    ...(deps.hosts ? { hosts: deps.hosts } : {}),
  });
  return { report, lint, sides: plan.review, noFlakeChanges: plan.flakes.length === 0 };
}

/**
 * The pull request a review result may be published on: the one of the triggering run's event (`fromEvent`),
 * which the result must name too, for the same head commit. Anything else is refused: an artifact cannot choose
 * where its comment goes.
 */
export function checkReviewTarget(
  sides: ReviewSides,
  fromEvent: { readonly number: number | undefined; readonly headSha: string },
): number {
  if (fromEvent.number === undefined) {
    throw new UserError(
      `no open pull request has the triggering run's head commit ${fromEvent.headSha.slice(0, 12)}`,
      undefined,
      undefined,
      'the pull request was closed or pushed to since; the next review run comments',
    );
  }
  const claimed = sides.pullRequest;
  if (claimed === undefined || claimed.number !== fromEvent.number) {
    throw new UserError(
      `the review result is for pull request ${claimed ? `#${claimed.number}` : '(none)'}, but the triggering run is for #${fromEvent.number}`,
      undefined,
      undefined,
      'publish only the artifact of the triggering run (download-artifact with run-id: github.event.workflow_run.id)',
    );
  }
  if (claimed.headSha !== fromEvent.headSha) {
    throw new UserError(
      `the review result is for head ${claimed.headSha.slice(0, 12)}, but the triggering run built ${fromEvent.headSha.slice(0, 12)}`,
      undefined,
      undefined,
      'publish only the artifact of the triggering run',
    );
  }
  return fromEvent.number;
}
