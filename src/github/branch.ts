/**
 * Branches and file reads through the REST API: the base branch and its head, our own branch (created, moved —
 * forced only when it is ours — and deleted), and file contents at a commit (to tell whether anything changes).
 */
import { UsageError } from '../core/errors.js';
import { call, callOrNotFound, type GitHubClient } from './client.js';
import { messageOf, statusOf, toGitHubAPIError } from './api-errors.js';

export interface Repo {
  readonly owner: string;
  readonly repo: string;
}

export const fullName = (r: Repo): string => `${r.owner}/${r.repo}`;

export async function defaultBranch(gh: GitHubClient, r: Repo): Promise<string> {
  const res = await call(gh, { what: `read repository ${fullName(r)}`, permission: 'contents: read' }, () =>
    gh.octokit.rest.repos.get({ owner: r.owner, repo: r.repo }),
  );
  return res.data.default_branch;
}

/** The commit a branch points at, or undefined when there is no such branch. */
export async function branchHead(gh: GitHubClient, r: Repo, branch: string): Promise<string | undefined> {
  const res = await callOrNotFound(
    gh,
    { what: `read branch ${branch} of ${fullName(r)}`, permission: 'contents: read' },
    () => gh.octokit.rest.git.getRef({ owner: r.owner, repo: r.repo, ref: `heads/${branch}` }),
  );
  return res?.data.object.sha;
}

/**
 * The heads of `branch` and of `staging` in one request (refs matching the branch name as a prefix), each undefined
 * when the branch does not exist.
 */
export async function branchHeads(
  gh: GitHubClient,
  r: Repo,
  branch: string,
  staging: string,
): Promise<{ head?: string; staging?: string }> {
  const refs = await call(gh, { what: `read branch ${branch} of ${fullName(r)}`, permission: 'contents: read' }, () =>
    // No `per_page` here: this list takes none (GitHub returns every match).
    gh.octokit.paginate(gh.octokit.rest.git.listMatchingRefs, { owner: r.owner, repo: r.repo, ref: `heads/${branch}` }),
  );
  const find = (name: string): string | undefined => refs.find((x) => x.ref === `refs/heads/${name}`)?.object.sha;
  const head = find(branch);
  const stagingHead = find(staging);
  return { ...(head ? { head } : {}), ...(stagingHead ? { staging: stagingHead } : {}) };
}

export async function createBranch(gh: GitHubClient, r: Repo, branch: string, sha: string): Promise<void> {
  await call(gh, { what: `create branch ${branch} in ${fullName(r)}`, permission: 'contents: write' }, () =>
    gh.octokit.rest.git.createRef({ owner: r.owner, repo: r.repo, ref: `refs/heads/${branch}`, sha }),
  );
}

/**
 * Points `branch` at `sha`. `force` (a non-fast-forward move) is allowed only on branches this tool owns; the caller
 * states that with `owned`, and the base branch is refused whatever it says.
 */
export async function moveBranch(
  gh: GitHubClient,
  r: Repo,
  branch: string,
  sha: string,
  opts: { readonly force: boolean; readonly base: string },
): Promise<void> {
  if (opts.force) assertOwnBranch(branch, opts.base);
  await call(gh, { what: `update branch ${branch} in ${fullName(r)}`, permission: 'contents: write' }, () =>
    gh.octokit.rest.git.updateRef({ owner: r.owner, repo: r.repo, ref: `heads/${branch}`, sha, force: opts.force }),
  );
}

/** Deletes a branch; false when it did not exist. */
export async function deleteBranch(gh: GitHubClient, r: Repo, branch: string, base: string): Promise<boolean> {
  assertOwnBranch(branch, base);
  try {
    await gh.octokit.rest.git.deleteRef({ owner: r.owner, repo: r.repo, ref: `heads/${branch}` });
    return true;
  } catch (e) {
    if (statusOf(e) === 404 || (statusOf(e) === 422 && /does not exist/i.test(messageOf(e)))) return false;
    throw toGitHubAPIError(
      e,
      { what: `delete branch ${branch} in ${fullName(r)}`, permission: 'contents: write' },
      gh.apiUrl,
    );
  }
}

/**
 * Our branch for one flake: the `branch` setting itself when one flake is updated; `<branch>-<path>` when several
 * are (each gets its own pull request). A suffix, not a sub-directory: git cannot hold both `a/b` and `a/b/c`.
 */
export function branchForFlake(branch: string, flakePath: string, several: boolean): string {
  if (!several) return branch;
  const slug =
    flakePath === '.' || flakePath === ''
      ? 'root'
      : flakePath
          .replace(/[^A-Za-z0-9._/-]+/g, '-')
          .replace(/\/+/g, '-')
          .replace(/\.{2,}/g, '.')
          .replace(/^[-.]+|[-.]+$/g, '');
  return `${branch}-${slug || 'flake'}`;
}

/** Refuses to force-move or delete the base branch: only the update branch (and its staging branch) are ours. */
export function assertOwnBranch(branch: string, base: string): void {
  if (branch === base || branch === '') {
    throw new UsageError(
      `refusing to rewrite branch '${branch}': it is the base branch`,
      'set the branch input to a branch of its own, such as flake-steward/update',
    );
  }
}

/** The parents of a commit. */
export async function commitParents(gh: GitHubClient, r: Repo, sha: string): Promise<string[]> {
  const res = await call(
    gh,
    { what: `read commit ${sha.slice(0, 7)} of ${fullName(r)}`, permission: 'contents: read' },
    () => gh.octokit.rest.git.getCommit({ owner: r.owner, repo: r.repo, commit_sha: sha }),
  );
  return res.data.parents.map((p) => p.sha);
}

/** A file's text at a commit, or undefined when it does not exist there (files over 1 MB through the blob API). */
export async function readFileAt(gh: GitHubClient, r: Repo, sha: string, path: string): Promise<string | undefined> {
  const doing = { what: `read ${path} at ${sha.slice(0, 7)} in ${fullName(r)}`, permission: 'contents: read' } as const;
  const res = await callOrNotFound(gh, doing, () =>
    gh.octokit.rest.repos.getContent({ owner: r.owner, repo: r.repo, path, ref: sha }),
  );
  if (!res) return undefined;
  const data = res.data;
  if (Array.isArray(data) || data.type !== 'file') return undefined;
  const file = data as { content?: string; encoding?: string; sha: string };
  if (file.encoding === 'base64' && typeof file.content === 'string') {
    return Buffer.from(file.content, 'base64').toString('utf8');
  }
  const blob = await call(gh, doing, () =>
    gh.octokit.rest.git.getBlob({ owner: r.owner, repo: r.repo, file_sha: file.sha }),
  );
  return Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
}
