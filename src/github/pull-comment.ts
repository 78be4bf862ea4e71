/**
 * The one review comment on a pull request, and the pull request a `workflow_run` belongs to.
 *
 * The comment is found again by two facts together: its body starts with REVIEW_MARKER, and its author is the
 * account the token acts as (src/github/token-identity.ts). A comment by anyone else that starts with the marker —
 * someone quoting ours, or planting one — is never edited: a token with write access could edit it, so the check
 * is ours to make. When several of ours exist (two runs that raced to create it), the oldest is kept and refreshed
 * (it is the one readers met first, and a later duplicate cannot move it), and each newer one is cut to a line
 * pointing at it, so no stale review stays readable.
 */
import { GitHubAPIError } from '../core/errors.js';
import { fullName, type Repo } from './branch.js';
import { call, callOrNotFound, type GitHubClient } from './client.js';
import { listOpenPulls, MAX_BODY } from './pulls.js';
import { tokenAccount } from './token-identity.js';

export const REVIEW_MARKER = '<!-- flake-steward:review -->';

export type ReviewCommentResult =
  | {
      readonly operation: 'created' | 'updated' | 'unchanged';
      readonly id: number;
      /** The comment's web URL (`…/pull/N#issuecomment-ID`). */
      readonly url: string;
    }
  | {
      /** Not posted: the pull request's head moved past the reviewed commit; the newer commit's run comments. */
      readonly operation: 'superseded';
      /** The pull request's head commit now. */
      readonly headSha: string;
    };

/** The body as posted: REVIEW_MARKER first (prepended on its own line when `body` does not start with it). */
export function reviewCommentBody(body: string): string {
  return body.startsWith(REVIEW_MARKER) ? body : `${REVIEW_MARKER}\n${body}`;
}

/** Whether a comment body is marked as a review comment (the marker first, after any leading blank space). */
export function hasReviewMarker(body: string | null | undefined): boolean {
  return (body ?? '').trimStart().startsWith(REVIEW_MARKER);
}

interface OurComment {
  readonly id: number;
  readonly body: string;
  readonly url: string;
}

/** Our marked comments on the pull request, oldest first (every page read; only ours are kept in memory). */
async function ourComments(gh: GitHubClient, r: Repo, pullNumber: number, login: string): Promise<OurComment[]> {
  const me = login.toLowerCase();
  return call(
    gh,
    { what: `list the comments of pull request #${pullNumber} in ${fullName(r)}`, permission: 'pull-requests: read' },
    async () => {
      const found: OurComment[] = [];
      const pages = gh.octokit.paginate.iterator(gh.octokit.rest.issues.listComments, {
        owner: r.owner,
        repo: r.repo,
        issue_number: pullNumber,
        per_page: 100,
      });
      for await (const page of pages) {
        for (const c of page.data) {
          if (c.user?.login.toLowerCase() === me && hasReviewMarker(c.body)) {
            found.push({ id: c.id, body: c.body ?? '', url: c.html_url });
          }
        }
      }
      // GitHub lists them in creation order; ids grow with it. Sorting keeps "oldest" true whatever the order.
      return found.sort((a, b) => a.id - b.id);
    },
  );
}

async function editComment(gh: GitHubClient, r: Repo, pullNumber: number, id: number, body: string): Promise<string> {
  const res = await call(
    gh,
    {
      what: `edit the review comment on pull request #${pullNumber} in ${fullName(r)}`,
      permission: 'pull-requests: write',
    },
    () => gh.octokit.rest.issues.updateComment({ owner: r.owner, repo: r.repo, comment_id: id, body }),
  );
  return res.data.html_url;
}

/** The head commit of an open pull request now; undefined when it is gone or closed. */
async function currentHead(gh: GitHubClient, r: Repo, pullNumber: number): Promise<string | undefined> {
  const res = await callOrNotFound(
    gh,
    { what: `read pull request #${pullNumber} of ${fullName(r)}`, permission: 'pull-requests: read' },
    () => gh.octokit.rest.pulls.get({ owner: r.owner, repo: r.repo, pull_number: pullNumber }),
  );
  return res && res.data.state === 'open' ? res.data.head.sha : undefined;
}

/**
 * Creates the review comment, or edits ours in place when its body differs (left alone when equal, so GitHub shows
 * no "edited" and notifies no one). Never makes a second comment while one of ours exists. Refuses a body over
 * GitHub's 65,536 characters (marker included) before any request: cutting it is the renderer's job.
 *
 * With `reviewedHead` (the commit the review is of), nothing is posted when the pull request's head is another
 * commit by now: two pushes in a row start two runs, and the slower run of the older commit must not overwrite the
 * review of the newer one (the newer commit's own run posts its review). A pull request closed since is left alone
 * the same way.
 */
export async function upsertReviewComment(
  gh: GitHubClient,
  repo: Repo,
  pullNumber: number,
  body: string,
  opts: { readonly reviewedHead?: string } = {},
): Promise<ReviewCommentResult> {
  const full = reviewCommentBody(body);
  if (full.length > MAX_BODY) {
    throw new GitHubAPIError(
      `could not post the review comment on pull request #${pullNumber} in ${fullName(repo)}: its body has ` +
        `${full.length} characters with the marker, and GitHub accepts at most ${MAX_BODY}; the report must be ` +
        'cut to fit before posting',
    );
  }
  if (opts.reviewedHead !== undefined) {
    const now = await currentHead(gh, repo, pullNumber);
    if (now !== opts.reviewedHead) return { operation: 'superseded', headSha: now ?? '' };
  }
  const me = await tokenAccount(gh);
  const [keep, ...newer] = await ourComments(gh, repo, pullNumber, me.login);

  if (!keep) {
    const res = await call(
      gh,
      {
        what: `comment on pull request #${pullNumber} in ${fullName(repo)}`,
        permission: 'pull-requests: write',
      },
      () =>
        gh.octokit.rest.issues.createComment({
          owner: repo.owner,
          repo: repo.repo,
          issue_number: pullNumber,
          body: full,
        }),
    );
    return { operation: 'created', id: res.data.id, url: res.data.html_url };
  }

  let result: ReviewCommentResult;
  if (keep.body === full) {
    result = { operation: 'unchanged', id: keep.id, url: keep.url };
  } else {
    result = { operation: 'updated', id: keep.id, url: await editComment(gh, repo, pullNumber, keep.id, full) };
  }
  for (const dup of newer) {
    // Without the marker it is never found again; the link says where the review is.
    await editComment(gh, repo, pullNumber, dup.id, `_This review is out of date; the current one is ${result.url}._`);
    gh.logger.info(`Marked an older duplicate review comment (${dup.url}) as out of date.`);
  }
  return result;
}

/** What a `workflow_run` event says about the run that triggered it (`github.event.workflow_run`). */
export interface TriggeringRun {
  /** `workflow_run.head_sha`: the commit the triggering run reviewed. */
  readonly headSha: string;
  /** `workflow_run.head_repository.owner.login`. */
  readonly headOwner?: string;
  /** `workflow_run.head_repository.name`. */
  readonly headRepo?: string;
  /** `workflow_run.head_branch`. */
  readonly headBranch?: string;
  /** `workflow_run.pull_requests[].number`: empty for pull requests from forks. */
  readonly pullRequests: readonly number[];
}

interface ListedPull {
  readonly number: number;
  readonly state?: string;
  readonly head: {
    readonly ref: string;
    readonly sha: string;
    readonly repo: { readonly full_name: string; readonly owner: { readonly login: string } } | null;
  };
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function headMatches(p: ListedPull, run: TriggeringRun): boolean {
  if (p.head.sha !== run.headSha) return false;
  if (run.headBranch !== undefined && p.head.ref !== run.headBranch) return false;
  if (run.headOwner !== undefined) {
    // A fork that was deleted has no head repository: it cannot be shown to be the run's.
    if (!p.head.repo) return false;
    if (run.headRepo !== undefined && !same(p.head.repo.full_name, `${run.headOwner}/${run.headRepo}`)) return false;
    if (!same(p.head.repo.owner.login, run.headOwner)) return false;
  }
  return true;
}

/**
 * The pull request a `workflow_run` event's triggering run belongs to, from that event alone (never from an
 * artifact, which the pull request's author controls):
 * - `pull_requests` with one number: that one (GitHub filled it, for pull requests from this repository);
 * - several numbers (one head branch, several pull requests): the lowest-numbered one whose head is the run's
 *   commit;
 * - none — GitHub leaves it empty for pull requests from forks (actions/runner#3444, github/docs#22501) — the
 *   lowest-numbered open pull request whose head commit is `headSha` and whose head repository and branch are the
 *   run's (listed with the `head=owner:branch` filter when both are known, else all open pull requests).
 * Undefined when none matches: for example the pull request got a new push since the run, whose own run will
 * post its review.
 */
export async function pullRequestOfRun(gh: GitHubClient, repo: Repo, run: TriggeringRun): Promise<number | undefined> {
  const listed = [...new Set(run.pullRequests.filter((n) => Number.isSafeInteger(n) && n > 0))].sort((a, b) => a - b);
  if (listed.length === 1) return listed[0];
  if (listed.length > 1) {
    for (const n of listed) {
      const res = await callOrNotFound(
        gh,
        { what: `read pull request #${n} of ${fullName(repo)}`, permission: 'pull-requests: read' },
        () => gh.octokit.rest.pulls.get({ owner: repo.owner, repo: repo.repo, pull_number: n }),
      );
      if (res && res.data.head.sha === run.headSha) return n;
    }
    return undefined;
  }
  const open = await listOpenPulls(
    gh,
    repo,
    run.headOwner && run.headBranch ? `${run.headOwner}:${run.headBranch}` : undefined,
  );
  const matches = (open as readonly ListedPull[]).filter((p) => headMatches(p, run)).map((p) => p.number);
  return matches.length > 0 ? Math.min(...matches) : undefined;
}
