/**
 * The one pull request: found again by its head branch and a hidden marker in its body, created with labels
 * (created in the repository when missing), assignees, reviewers and teams, draft or not; updated in place; closed
 * with a comment. Draft/ready conversion and auto-merge go through GraphQL (REST cannot do them).
 */
import type { AutoMerge } from '../core/config.js';
import { fullName, type Repo } from './branch.js';
import { call, type GitHubClient } from './client.js';
import { messageOf, statusOf, toGitHubAPIError } from './api-errors.js';

/** GitHub refuses bodies longer than this many characters. */
export const MAX_BODY = 65_536;

export interface PullRequest {
  readonly number: number;
  readonly nodeId: string;
  readonly url: string;
  readonly title: string;
  readonly body: string;
  readonly draft: boolean;
  readonly headRef: string;
  readonly headSha: string;
  readonly baseRef: string;
  readonly labels: readonly string[];
  readonly autoMerge: boolean;
}

interface ApiPull {
  readonly number: number;
  readonly node_id: string;
  readonly html_url: string;
  readonly title: string;
  readonly body?: string | null;
  readonly draft?: boolean;
  readonly head: { readonly ref: string; readonly sha: string };
  readonly base: { readonly ref: string };
  readonly labels: readonly { readonly name?: string }[];
  readonly auto_merge?: unknown;
}

function toPull(p: ApiPull): PullRequest {
  return {
    number: p.number,
    nodeId: p.node_id,
    url: p.html_url,
    title: p.title,
    body: p.body ?? '',
    draft: p.draft === true,
    headRef: p.head.ref,
    headSha: p.head.sha,
    baseRef: p.base.ref,
    labels: p.labels.flatMap((l) => (l.name ? [l.name] : [])),
    autoMerge: p.auto_merge !== null && p.auto_merge !== undefined,
  };
}

/**
 * `<!-- flake-steward:<flake path> -->`: the hidden line that says which flake a pull request updates; with a group
 * (`group: per-input` or named groups), `<!-- flake-steward:<flake path> group:<name> -->`, one per flake and group.
 */
export function markerFor(flakePath: string, group?: string): string {
  const at = flakePath.replace(/--+/g, '-');
  return group === undefined
    ? `<!-- flake-steward:${at} -->`
    : `<!-- flake-steward:${at} group:${group.replace(/--+/g, '-')} -->`;
}

/** The group a body's marker names for flake `flakePath` (see markerFor), or undefined. */
export function markedGroup(body: string, flakePath: string): string | undefined {
  const prefix = markerFor(flakePath, '\0').split('\0')[0]!;
  const at = body.indexOf(prefix);
  if (at < 0) return undefined;
  const m = /^([A-Za-z][A-Za-z0-9_-]{0,62}) -->/.exec(body.slice(at + prefix.length, at + prefix.length + 80));
  return m?.[1];
}

/** The open pull requests of the repository (every page), from `head` (`owner:branch`) only when given. */
export function listOpenPulls(gh: GitHubClient, r: Repo, head?: string) {
  return call(gh, { what: `list pull requests of ${fullName(r)}`, permission: 'pull-requests: read' }, () =>
    gh.octokit.paginate(gh.octokit.rest.pulls.list, {
      owner: r.owner,
      repo: r.repo,
      state: 'open',
      ...(head !== undefined ? { head } : {}),
      per_page: 100,
    }),
  );
}

/** Every open pull request of the repository whose head branch starts with `prefix` (oldest first). */
export async function openPullRequestsFrom(gh: GitHubClient, r: Repo, prefix: string): Promise<PullRequest[]> {
  const pulls = await listOpenPulls(gh, r);
  return pulls
    // from this repository only: a fork's branch of the same name is not ours
    .filter((p) => p.head.ref.startsWith(prefix) && p.head.repo?.full_name?.toLowerCase() === fullName(r).toLowerCase())
    .sort((a, b) => a.number - b.number)
    .map((p) => toPull(p as ApiPull));
}

/** The body with the marker (appended when missing), cut to GitHub's limit with a note when longer. */
export function bodyWithMarker(body: string, marker: string): { body: string; truncated: boolean } {
  const withMarker = body.includes(marker) ? body : `${body.trimEnd()}\n\n${marker}\n`;
  if (withMarker.length <= MAX_BODY) return { body: withMarker, truncated: false };
  const note = "\n\n… (cut to fit GitHub's limit; the job summary has the full report)\n\n";
  const keep = MAX_BODY - note.length - marker.length - 1;
  const cut = body.slice(0, keep).replace(/\n[^\n]*$/, '');
  return { body: `${cut}${note}${marker}\n`, truncated: true };
}

/**
 * The open pull request from `branch`: the one whose body has `marker` (the oldest, when several do), else any open
 * pull request from the branch (it is our branch; one opened by hand or by an older version is adopted).
 */
export async function findPullRequest(
  gh: GitHubClient,
  r: Repo,
  branch: string,
  marker: string,
): Promise<PullRequest | undefined> {
  const pulls = await listOpenPulls(gh, r, `${r.owner}:${branch}`);
  const fromBranch = pulls.filter((p) => p.head.ref === branch).sort((a, b) => a.number - b.number);
  const marked = fromBranch.find((p) => (p.body ?? '').includes(marker));
  const pick = marked ?? fromBranch[0];
  return pick ? toPull(pick as ApiPull) : undefined;
}

export interface CreatePullRequest {
  readonly head: string;
  readonly base: string;
  readonly title: string;
  readonly body: string;
  readonly draft: boolean;
}

export type CreateOutcome =
  | { readonly kind: 'created'; readonly pull: PullRequest; readonly warnings: string[] }
  /** GitHub said one already exists (a lost answer to an earlier create, or a concurrent run): update it instead. */
  | { readonly kind: 'exists' };

const DOING_CREATE = (r: Repo) =>
  ({ what: `create the pull request in ${fullName(r)}`, permission: 'pull-requests: write' }) as const;

export async function createPullRequest(gh: GitHubClient, r: Repo, p: CreatePullRequest): Promise<CreateOutcome> {
  const warnings: string[] = [];
  const create = (draft: boolean) =>
    gh.octokit.rest.pulls.create({
      owner: r.owner,
      repo: r.repo,
      head: p.head,
      base: p.base,
      title: p.title,
      body: p.body,
      draft,
    });
  try {
    return { kind: 'created', pull: toPull((await create(p.draft)).data as ApiPull), warnings };
  } catch (e) {
    const msg = messageOf(e);
    if (statusOf(e) === 422 && /already exists/i.test(msg)) return { kind: 'exists' };
    if (statusOf(e) === 422 && p.draft && /draft/i.test(msg)) {
      warnings.push(
        `GitHub does not allow draft pull requests in ${fullName(r)} (${msg}); opened it as ready for review.`,
      );
      try {
        return { kind: 'created', pull: toPull((await create(false)).data as ApiPull), warnings };
      } catch (e2) {
        if (statusOf(e2) === 422 && /already exists/i.test(messageOf(e2))) return { kind: 'exists' };
        throw toGitHubAPIError(e2, DOING_CREATE(r), gh.apiUrl);
      }
    }
    throw toGitHubAPIError(e, DOING_CREATE(r), gh.apiUrl);
  }
}

export async function updatePullRequest(
  gh: GitHubClient,
  r: Repo,
  number: number,
  p: { readonly title: string; readonly body: string; readonly base?: string },
): Promise<PullRequest> {
  const res = await call(
    gh,
    { what: `update pull request #${number} in ${fullName(r)}`, permission: 'pull-requests: write' },
    () =>
      gh.octokit.rest.pulls.update({
        owner: r.owner,
        repo: r.repo,
        pull_number: number,
        title: p.title,
        body: p.body,
        ...(p.base ? { base: p.base } : {}),
      }),
  );
  return toPull(res.data as ApiPull);
}

/** Creates the labels the repository lacks (one list, paginated; then one create per missing label). */
export async function ensureLabels(gh: GitHubClient, r: Repo, labels: readonly string[]): Promise<void> {
  if (labels.length === 0) return;
  const doing = { what: `create labels in ${fullName(r)}`, permission: 'issues: write' } as const;
  const existing = await call(gh, doing, () =>
    gh.octokit.paginate(gh.octokit.rest.issues.listLabelsForRepo, { owner: r.owner, repo: r.repo, per_page: 100 }),
  );
  const have = new Set(existing.map((l) => l.name.toLowerCase()));
  for (const name of labels) {
    if (have.has(name.toLowerCase())) continue;
    try {
      await gh.octokit.rest.issues.createLabel({
        owner: r.owner,
        repo: r.repo,
        name,
        color: labelColor(name),
        description: 'Created by flake-steward',
      });
    } catch (e) {
      // Created meanwhile (another run, a lost answer): fine.
      if (!(statusOf(e) === 422 && /already_exists|already exists/i.test(messageOf(e))))
        throw toGitHubAPIError(e, doing, gh.apiUrl);
    }
    have.add(name.toLowerCase());
  }
}

/** A stable colour per label name (GitHub wants six hex digits). */
export function labelColor(name: string): string {
  let h = 0;
  for (const c of name) h = (h * 33 + c.charCodeAt(0)) >>> 0;
  const palette = ['5319e7', '0e8a16', '1d76db', 'fbca04', 'b60205', 'c5def5', 'd4c5f9', 'bfdadc'];
  return palette[h % palette.length]!;
}

/** Adds the labels (creating missing ones first); labels someone else put on the pull request stay. */
export async function addLabels(gh: GitHubClient, r: Repo, number: number, labels: readonly string[]): Promise<void> {
  if (labels.length === 0) return;
  await ensureLabels(gh, r, labels);
  await call(gh, { what: `label pull request #${number} in ${fullName(r)}`, permission: 'issues: write' }, () =>
    gh.octokit.rest.issues.addLabels({ owner: r.owner, repo: r.repo, issue_number: number, labels: [...labels] }),
  );
}

export async function addAssignees(
  gh: GitHubClient,
  r: Repo,
  number: number,
  assignees: readonly string[],
): Promise<void> {
  if (assignees.length === 0) return;
  await call(gh, { what: `assign pull request #${number} in ${fullName(r)}`, permission: 'issues: write' }, () =>
    gh.octokit.rest.issues.addAssignees({
      owner: r.owner,
      repo: r.repo,
      issue_number: number,
      assignees: [...assignees],
    }),
  );
}

export async function requestReviewers(
  gh: GitHubClient,
  r: Repo,
  number: number,
  reviewers: readonly string[],
  teams: readonly string[],
): Promise<void> {
  if (reviewers.length === 0 && teams.length === 0) return;
  try {
    await gh.octokit.rest.pulls.requestReviewers({
      owner: r.owner,
      repo: r.repo,
      pull_number: number,
      reviewers: [...reviewers],
      team_reviewers: teams.map((t) => t.replace(/^[^/]+\//, '')),
    });
  } catch (e) {
    const err = toGitHubAPIError(
      e,
      { what: `request reviews on pull request #${number}`, permission: 'pull-requests: write' },
      gh.apiUrl,
    );
    if (statusOf(e) === 422) {
      err.message +=
        ". Reviewers must be collaborators of the repository; teams need read access to it, and team reviewers need a token that can read the organization's teams (GITHUB_TOKEN cannot: use a GitHub App or personal token)";
    }
    throw err;
  }
}

const SET_DRAFT = {
  true: `mutation($id: ID!) { convertPullRequestToDraft(input: { pullRequestId: $id }) { pullRequest { isDraft } } }`,
  false: `mutation($id: ID!) { markPullRequestReadyForReview(input: { pullRequestId: $id }) { pullRequest { isDraft } } }`,
} as const;

/** Converts to draft or marks ready for review (GraphQL only). */
export async function setDraft(gh: GitHubClient, pull: PullRequest, draft: boolean): Promise<void> {
  if (pull.draft === draft) return;
  await call(
    gh,
    {
      what: `mark pull request #${pull.number} ${draft ? 'as draft' : 'ready for review'}`,
      permission: 'pull-requests: write',
    },
    () => gh.octokit.graphql(SET_DRAFT[draft ? 'true' : 'false'], { id: pull.nodeId }),
  );
}

// Not `$method`: Octokit's graphql() takes `method`, `url`, `headers` and `query` as request options.
const AUTO_MERGE = `mutation($id: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: $mergeMethod }) { pullRequest { number } }
}`;

export async function enableAutoMerge(
  gh: GitHubClient,
  pull: PullRequest,
  method: Exclude<AutoMerge, 'off'>,
): Promise<void> {
  try {
    await gh.octokit.graphql(AUTO_MERGE, { id: pull.nodeId, mergeMethod: method.toUpperCase() });
  } catch (e) {
    const err = toGitHubAPIError(
      e,
      { what: `enable auto-merge on pull request #${pull.number}`, permission: 'pull-requests: write' },
      gh.apiUrl,
    );
    if (/auto.?merge is not allowed|not allowed/i.test(messageOf(e))) {
      err.message += '. Enable "Allow auto-merge" in the repository\'s Settings → General, and the merge method chosen';
    }
    throw err;
  }
}

export async function comment(gh: GitHubClient, r: Repo, number: number, body: string): Promise<void> {
  await call(
    gh,
    { what: `comment on pull request #${number} in ${fullName(r)}`, permission: 'pull-requests: write' },
    () => gh.octokit.rest.issues.createComment({ owner: r.owner, repo: r.repo, issue_number: number, body }),
  );
}

/** Closes the pull request (a no-op answer when GitHub already closed it, e.g. after its branch was deleted). */
export async function closePull(gh: GitHubClient, r: Repo, number: number): Promise<void> {
  await call(gh, { what: `close pull request #${number} in ${fullName(r)}`, permission: 'pull-requests: write' }, () =>
    gh.octokit.rest.pulls.update({ owner: r.owner, repo: r.repo, pull_number: number, state: 'closed' }),
  );
}
