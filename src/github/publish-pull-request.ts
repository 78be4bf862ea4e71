/**
 * The one entry the update orchestration calls: make the repository show exactly one pull request that carries
 * `files` on top of the base head, or none when `files` no longer change anything.
 *
 * Order, so that no single failure leaves half-made state:
 *  1. read: base head, our branch, our open pull request; whether `files` differ from the base at all;
 *  2. commit (API: on the staging branch; git: push with a lease) — nothing visible has changed yet;
 *  3. move or create our branch at the new commit (one ref update; never via the base, which would close the PR);
 *  4. create the pull request, or update its title and body. If that fails, the branch goes back to where it was
 *     (deleted when this run created it), then the error is raised: never a branch without a pull request, never a
 *     pull request whose body describes another commit than its branch holds;
 *  5. extras (labels, assignees, reviewers, draft state, auto-merge): a failure there is a warning with the fix,
 *     the pull request itself is right.
 * Closing: comment, delete the branch (GitHub closes the pull request with it), close explicitly.
 */
import type { AutoMerge, CommitMode, Identity } from '../core/config.js';
import { GitHubAPIError, UsageError } from '../core/errors.js';
import type { ProcessRunner } from '../exec/process.js';
import { assertValidBranchName } from '../core/branch-name.js';
import {
  assertOwnBranch,
  branchHead,
  branchHeads,
  commitParents,
  createBranch,
  defaultBranch,
  deleteBranch,
  fullName,
  moveBranch,
  readFileAt,
  type Repo,
} from './branch.js';
import type { GitHubClient } from './client.js';
import { tokenAccount } from './token-identity.js';
import {
  ACTIONS_BOT,
  commitViaApi,
  commitViaGit,
  stagingBranch,
  withSignoff,
  type FileChange,
} from './commit-files.js';
import {
  addAssignees,
  addLabels,
  bodyWithMarker,
  closePull,
  comment,
  createPullRequest,
  enableAutoMerge,
  findPullRequest,
  requestReviewers,
  setDraft,
  updatePullRequest,
  type PullRequest,
} from './pulls.js';

export type PublishOperation = 'created' | 'updated' | 'closed' | 'none';

export interface PublishOptions {
  readonly repository: Repo;
  /** Base branch; the repository's default branch when absent. */
  readonly base?: string;
  /** Our branch (`flake-steward/update`); force-pushed, so never a branch anyone else uses. */
  readonly branch: string;
  /** Hidden marker that identifies our pull request (`markerFor(flakePath)`). */
  readonly marker: string;
  /** Files to carry, from the repository root; `contents: null` deletes. */
  readonly files: readonly FileChange[];
  readonly commitMessage: string;
  readonly title: string;
  readonly body: string;
  readonly labels?: readonly string[];
  readonly assignees?: readonly string[];
  readonly reviewers?: readonly string[];
  readonly teamReviewers?: readonly string[];
  readonly draft?: boolean;
  readonly autoMerge?: AutoMerge;
  readonly commitMode?: CommitMode;
  readonly signoff?: boolean;
  /** Author and committer for `commit-mode: git` (the API writes the token's identity). */
  readonly author?: Identity;
  readonly committer?: Identity;
  /** The checkout, for `commit-mode: git`. */
  readonly git?: { readonly cwd: string; readonly runner?: ProcessRunner };
  /** Comment left on the pull request when it is closed because nothing changes any more. */
  readonly closeComment?: string;
}

export interface PublishResult {
  readonly operation: PublishOperation;
  readonly number?: number;
  readonly url?: string;
  /** The commit our branch points at after the run (absent when closed / none). */
  readonly commit?: string;
  /** Things that did not work but did not stop the pull request (labels, reviewers, auto-merge …). */
  readonly warnings: readonly string[];
}

const DEFAULT_CLOSE_COMMENT =
  'The lock file no longer differs from the base branch, so this pull request is no longer needed. Closing it and ' +
  'deleting its branch. (flake-steward)';

/** Does any file differ between `files` and the tree at `sha`? */
async function differs(gh: GitHubClient, r: Repo, sha: string, files: readonly FileChange[]): Promise<boolean> {
  for (const f of files) {
    const now = await readFileAt(gh, r, sha, f.path);
    if ((now ?? null) !== f.contents) return true;
  }
  return false;
}

function warn(gh: GitHubClient, warnings: string[], e: unknown): void {
  const message = e instanceof Error ? e.message : String(e);
  gh.logger.warning(message);
  warnings.push(message);
}

/** Runs `fn`; a failure becomes a warning (the pull request stands without this extra). */
async function extra(gh: GitHubClient, warnings: string[], fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    warn(gh, warnings, e);
  }
}

export async function publishPullRequest(gh: GitHubClient, opts: PublishOptions): Promise<PublishResult> {
  const r = opts.repository;
  assertValidBranchName(opts.branch);
  const base = opts.base ?? (await defaultBranch(gh, r));
  assertOwnBranch(opts.branch, base);
  if (opts.files.length === 0) return closePullRequestIfOpen(gh, { ...opts, base });
  const warnings: string[] = [];

  const baseSha = await branchHead(gh, r, base);
  if (!baseSha) {
    throw new UsageError(
      `the base branch '${base}' does not exist in ${fullName(r)}`,
      'set the base input to an existing branch',
    );
  }
  if (!(await differs(gh, r, baseSha, opts.files))) return closePullRequestIfOpen(gh, { ...opts, base });

  const existing = await findPullRequest(gh, r, opts.branch, opts.marker);
  const heads = await branchHeads(gh, r, opts.branch, stagingBranch(opts.branch));
  const oldSha = heads.head;
  const { body, truncated } = bodyWithMarker(opts.body, opts.marker);
  if (truncated)
    warn(
      gh,
      warnings,
      'the pull request body was longer than GitHub allows and was cut; the job summary has all of it',
    );

  // 2-3. The commit, unless our branch already holds exactly these files on top of the current base.
  const upToDate =
    oldSha !== undefined &&
    (await commitParents(gh, r, oldSha)).join() === baseSha &&
    !(await differs(gh, r, oldSha, opts.files));
  let newSha = oldSha;
  if (!upToDate) newSha = await commitAndMove(gh, r, { ...opts, base, baseSha, oldSha, stagingHead: heads.staging });
  else if (heads.staging) {
    // A staging branch left by an interrupted run.
    await extra(gh, warnings, async () => {
      await deleteBranch(gh, r, stagingBranch(opts.branch), base);
    });
  }

  // 4. The pull request, in step with the branch; on failure the branch goes back.
  // Without an open pull request the branch goes (ours, made now or left over); with one that was open before,
  // the branch goes back to oldSha. A pull request GitHub says exists although we saw none was created by our own
  // create whose answer was lost: it carries this body already, so it and its branch stay.
  let adopted = false;
  const rollback = async (cause: unknown): Promise<never> => {
    const undo = existing ? (upToDate || oldSha === undefined ? undefined : 'move') : adopted ? undefined : 'delete';
    if (undo) {
      try {
        if (undo === 'delete') await deleteBranch(gh, r, opts.branch, base);
        else await moveBranch(gh, r, opts.branch, oldSha!, { force: true, base });
      } catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        throw new GitHubAPIError(
          `${cause instanceof Error ? cause.message : String(cause)}; and putting branch ${opts.branch} back failed too (${msg}): ` +
            `delete the branch ${opts.branch} by hand or run again`,
          (cause as { status?: number }).status,
        );
      }
    }
    throw cause;
  };

  let pull: PullRequest;
  let operation: PublishOperation;
  if (existing) {
    try {
      pull = await updatePullRequest(gh, r, existing.number, {
        title: opts.title,
        body,
        ...(existing.baseRef !== base ? { base } : {}),
      });
    } catch (e) {
      return rollback(e);
    }
    operation = 'updated';
  } else {
    let created: Awaited<ReturnType<typeof createPullRequest>>;
    try {
      created = await createPullRequest(gh, r, {
        head: opts.branch,
        base,
        title: opts.title,
        body,
        draft: opts.draft ?? false,
      });
      if (created.kind === 'exists') {
        // A lost answer to our own create, or a concurrent run: find it and bring it up to date.
        const found = await findPullRequest(gh, r, opts.branch, opts.marker);
        if (!found)
          throw new GitHubAPIError(`GitHub says a pull request from ${opts.branch} exists, but none is open`, 422);
        adopted = true;
        pull = await updatePullRequest(gh, r, found.number, { title: opts.title, body });
        operation = 'updated';
      } else {
        pull = created.pull;
        for (const w of created.warnings) warn(gh, warnings, w);
        operation = 'created';
      }
    } catch (e) {
      return rollback(e);
    }
  }

  // 5. Extras: the pull request is right already; these only warn.
  await extra(gh, warnings, () =>
    addLabels(
      gh,
      r,
      pull.number,
      (opts.labels ?? []).filter((l) => !pull.labels.includes(l)),
    ),
  );
  if (operation === 'created') {
    await extra(gh, warnings, () => addAssignees(gh, r, pull.number, opts.assignees ?? []));
    await extra(gh, warnings, () =>
      requestReviewers(gh, r, pull.number, opts.reviewers ?? [], opts.teamReviewers ?? []),
    );
  }
  if (operation === 'updated') await extra(gh, warnings, () => setDraft(gh, pull, opts.draft ?? false));
  const autoMerge = opts.autoMerge ?? 'off';
  if (autoMerge !== 'off' && !pull.autoMerge && !(opts.draft ?? false)) {
    await extra(gh, warnings, () => enableAutoMerge(gh, pull, autoMerge));
  }
  return { operation, number: pull.number, url: pull.url, ...(newSha ? { commit: newSha } : {}), warnings };
}

/** Steps 2-3: the new commit on top of the base head, and our branch moved (or created) to it. */
async function commitAndMove(
  gh: GitHubClient,
  r: Repo,
  opts: PublishOptions & {
    readonly base: string;
    readonly baseSha: string;
    readonly oldSha: string | undefined;
    readonly stagingHead: string | undefined;
  },
): Promise<string> {
  const mode = opts.commitMode ?? 'api';
  if (mode === 'git') {
    if (!opts.git) throw new UsageError('commit-mode git needs a checkout', 'run actions/checkout before this step');
    if (!gh.token) throw new UsageError('commit-mode git needs a token', 'pass the token input');
    const author = opts.author ?? opts.committer ?? ACTIONS_BOT;
    const committer = opts.committer ?? author;
    const message = opts.signoff ? withSignoff(opts.commitMessage, committer) : opts.commitMessage;
    return commitViaGit({
      cwd: opts.git.cwd,
      remoteUrl: `${gh.serverUrl}/${r.owner}/${r.repo}.git`,
      serverUrl: gh.serverUrl,
      token: gh.token,
      parent: opts.baseSha,
      base: opts.base,
      branch: opts.branch,
      expectedOld: opts.oldSha,
      files: opts.files,
      message,
      author,
      committer,
      ...(opts.git.runner ? { runner: opts.git.runner } : {}),
    });
  }
  // API: GitHub writes the token's identity as author; the sign-off names it too unless an author is given.
  const message = opts.signoff
    ? withSignoff(opts.commitMessage, opts.author ?? (await viewerIdentity(gh)))
    : opts.commitMessage;
  const staging = stagingBranch(opts.branch);
  assertOwnBranch(staging, opts.base);
  try {
    const sha = await commitViaApi(gh, r, {
      parent: opts.baseSha,
      files: opts.files,
      message,
      base: opts.base,
      branch: opts.branch,
      stagingHead: opts.stagingHead,
    });
    if (opts.oldSha === undefined) await createBranch(gh, r, opts.branch, sha);
    else await moveBranch(gh, r, opts.branch, sha, { force: true, base: opts.base });
    return sha;
  } finally {
    try {
      await deleteBranch(gh, r, staging, opts.base);
    } catch (e) {
      gh.logger.warning(
        `could not delete the staging branch ${staging} (the next run reuses it): ${(e as Error).message}`,
      );
    }
  }
}

/** The identity GitHub writes for the token's commits (`<id>+<login>@users.noreply.github.com`). */
async function viewerIdentity(gh: GitHubClient): Promise<Identity> {
  try {
    const me = await tokenAccount(gh);
    if (me.id) return { name: me.login, email: `${me.id}+${me.login}@users.noreply.github.com` };
  } catch {
    // GITHUB_TOKEN may not read `viewer`; its identity is the Actions bot.
  }
  return ACTIONS_BOT;
}

export interface CloseOptions {
  readonly repository: Repo;
  readonly base?: string;
  readonly branch: string;
  readonly marker: string;
  readonly closeComment?: string;
}

/**
 * Closes our pull request (comment, delete its branch, close) when one is open; deletes a leftover branch without
 * a pull request. `closed` when a pull request was closed, `none` otherwise.
 */
export async function closePullRequestIfOpen(gh: GitHubClient, opts: CloseOptions): Promise<PublishResult> {
  const r = opts.repository;
  const base = opts.base ?? (await defaultBranch(gh, r));
  assertOwnBranch(opts.branch, base);
  const warnings: string[] = [];
  const pull = await findPullRequest(gh, r, opts.branch, opts.marker);
  if (pull) await comment(gh, r, pull.number, opts.closeComment ?? DEFAULT_CLOSE_COMMENT);
  await deleteBranch(gh, r, opts.branch, base);
  await extra(gh, warnings, async () => {
    await deleteBranch(gh, r, stagingBranch(opts.branch), base);
  });
  if (!pull) return { operation: 'none', warnings };
  // GitHub closes a pull request whose branch is deleted; closing it explicitly as well makes that certain, and a
  // failure here is only a warning.
  await extra(gh, warnings, () => closePull(gh, r, pull.number));
  return { operation: 'closed', number: pull.number, url: pull.url, warnings };
}
