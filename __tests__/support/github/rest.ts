/**
 * The REST operations the local GitHub server implements, keyed by GitHub's operation id. Requests reach these
 * handlers only after they validated against the OpenAPI description; the handlers then behave like GitHub for
 * the cases our client meets: 404s and 422s with GitHub's bodies, permissions, pagination with `link` headers,
 * and the pull request side effects of ref changes (a pull request closes when its head branch is deleted or reset
 * to the base).
 */
import type { HttpReply } from './faults.js';
import { ZERO_SHA, type CommitInfo, type GitRepo } from './git-repo.js';
import {
  nextId,
  nodeId,
  now,
  repoKey,
  type Access,
  type CommentState,
  type LabelState,
  type PullState,
  type RepoState,
  type SeededCommit,
  type ServerState,
  type TokenPermissions,
} from './state.js';

export interface RestContext {
  readonly state: ServerState;
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string | string[]>>;
  readonly body: unknown;
  /** `http://127.0.0.1:PORT` (web URLs). */
  readonly origin: string;
  /** Base of API URLs as the client called it (`…/api/v3` or the origin). */
  readonly apiBase: string;
  /** Path and query of this request as received (for pagination links). */
  readonly requestPath: string;
}

export type RestHandler = (ctx: RestContext) => Promise<HttpReply>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: unknown[],
  ) {
    super(message);
  }
}

const DOCS = 'https://docs.github.com/rest';

export function errorBody(e: ApiError): Record<string, unknown> {
  return {
    message: e.message,
    ...(e.errors ? { errors: e.errors } : {}),
    documentation_url: DOCS,
    status: String(e.status),
  };
}

const ok = (body: unknown, status = 200, headers: Record<string, string> = {}): HttpReply => ({
  status,
  headers,
  body,
});

// ------------------------------------------------------------------ helpers

function getRepo(ctx: RestContext): RepoState {
  const repo = ctx.state.repos.get(repoKey(ctx.params['owner'] ?? '', ctx.params['repo'] ?? ''));
  if (!repo) throw new ApiError(404, 'Not Found');
  return repo;
}

function gitOf(repo: RepoState): GitRepo {
  if (!repo.git) throw new ApiError(404, 'Not Found');
  return repo.git;
}

export function requireAccess(state: ServerState, what: keyof TokenPermissions, need: Access): void {
  const order: Access[] = ['none', 'read', 'write'];
  if (order.indexOf(state.permissions[what]) < order.indexOf(need)) {
    throw new ApiError(403, 'Resource not accessible by integration');
  }
}

function field(body: unknown, key: string): unknown {
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>)[key] : undefined;
}
const str = (body: unknown, key: string): string | undefined => {
  const v = field(body, key);
  return typeof v === 'string' ? v : undefined;
};
const strList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const q1 = (ctx: RestContext, key: string): string | undefined => {
  const v = ctx.query[key];
  return Array.isArray(v) ? v[0] : v;
};

/** One page of `items` and the `link` header GitHub sends (first/prev/next/last). */
function paginate<T>(
  ctx: RestContext,
  items: readonly T[],
  defaultPerPage = 30,
): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Math.max(Number(q1(ctx, 'per_page') ?? defaultPerPage) || defaultPerPage, 1), 100);
  const page = Math.max(Number(q1(ctx, 'page') ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const url = (p: number): string => {
    const u = new URL(ctx.requestPath, ctx.origin);
    u.searchParams.set('per_page', String(perPage));
    u.searchParams.set('page', String(p));
    return `${ctx.origin}${u.pathname}${u.search}`;
  };
  const rels: string[] = [];
  if (page > 1) rels.push(`<${url(page - 1)}>; rel="prev"`, `<${url(1)}>; rel="first"`);
  if (page < last) rels.push(`<${url(page + 1)}>; rel="next"`, `<${url(last)}>; rel="last"`);
  return { page: slice, headers: rels.length > 0 ? { link: rels.join(', ') } : {} };
}

export function userJson(ctx: RestContext, login: string): Record<string, unknown> {
  const isActor = login === ctx.state.actor.login;
  const id = isActor ? ctx.state.actor.id : Math.abs(hash(login)) % 1_000_000;
  return {
    login,
    id,
    node_id: nodeId('U', id),
    avatar_url: `${ctx.origin}/avatars/${encodeURIComponent(login)}`,
    url: `${ctx.apiBase}/users/${encodeURIComponent(login)}`,
    html_url: `${ctx.origin}/${encodeURIComponent(login)}`,
    type: isActor ? ctx.state.actor.type : 'User',
    site_admin: false,
  };
}

function hash(s: string): number {
  let h = 0;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) | 0;
  return h;
}

export function repoJson(ctx: RestContext, repo: RepoState): Record<string, unknown> {
  const full = `${repo.owner}/${repo.name}`;
  return {
    id: repo.id,
    node_id: repo.nodeId,
    name: repo.name,
    full_name: full,
    private: repo.private,
    owner: userJson(ctx, repo.owner),
    html_url: `${ctx.origin}/${full}`,
    url: `${ctx.apiBase}/repos/${full}`,
    clone_url: `${ctx.origin}/${full}.git`,
    default_branch: repo.defaultBranch,
    allow_auto_merge: repo.settings.allowAutoMerge,
    allow_squash_merge: repo.settings.allowSquashMerge,
    allow_merge_commit: repo.settings.allowMergeCommit,
    allow_rebase_merge: repo.settings.allowRebaseMerge,
    archived: false,
    disabled: false,
    fork: repo.fork === true,
    visibility: repo.private ? 'private' : 'public',
    permissions: {
      admin: false,
      maintain: false,
      push: ctx.state.permissions.contents === 'write',
      triage: false,
      pull: true,
    },
  };
}

function labelJson(ctx: RestContext, repo: RepoState, l: LabelState): Record<string, unknown> {
  return {
    id: l.id,
    node_id: l.nodeId,
    url: `${ctx.apiBase}/repos/${repo.owner}/${repo.name}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    color: l.color,
    description: l.description,
    default: false,
  };
}

function findLabel(repo: RepoState, name: string): LabelState | undefined {
  return repo.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
}

export function createLabel(
  state: ServerState,
  repo: RepoState,
  name: string,
  color = 'ededed',
  description: string | null = null,
): LabelState {
  const id = nextId(state);
  const label = { id, nodeId: nodeId('LA', id), name, color, description };
  repo.labels.push(label);
  return label;
}

async function headSha(repo: RepoState, pr: PullState): Promise<string> {
  if (pr.state === 'open' && repo.git && !pr.headRepo) {
    const sha = await repo.git.resolveRef(`refs/heads/${pr.headRef}`);
    if (sha) return sha;
  }
  return pr.headSha;
}

export async function pullJson(ctx: RestContext, repo: RepoState, pr: PullState): Promise<Record<string, unknown>> {
  const full = `${repo.owner}/${repo.name}`;
  const heads = repo.git ? await repo.git.heads() : new Map<string, string>();
  const head = (pr.state === 'open' && !pr.headRepo && heads.get(pr.headRef)) || pr.headSha;
  const base = heads.get(pr.baseRef) ?? ZERO_SHA;
  // A pull request from a fork: its head branch, owner and repository are the fork's.
  const headRepo = pr.headRepo ? ctx.state.repos.get(repoKey(pr.headRepo.owner, pr.headRepo.name)) : repo;
  const labels = pr.labels.flatMap((n) => {
    const l = findLabel(repo, n);
    return l ? [labelJson(ctx, repo, l)] : [];
  });
  return {
    url: `${ctx.apiBase}/repos/${full}/pulls/${pr.number}`,
    id: pr.id,
    node_id: pr.nodeId,
    html_url: `${ctx.origin}/${full}/pull/${pr.number}`,
    diff_url: `${ctx.origin}/${full}/pull/${pr.number}.diff`,
    patch_url: `${ctx.origin}/${full}/pull/${pr.number}.patch`,
    issue_url: `${ctx.apiBase}/repos/${full}/issues/${pr.number}`,
    number: pr.number,
    state: pr.state,
    locked: false,
    title: pr.title,
    user: userJson(ctx, pr.user),
    body: pr.body,
    labels,
    milestone: null,
    active_lock_reason: null,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.closedAt,
    merged_at: null,
    merge_commit_sha: null,
    assignee: pr.assignees[0] ? userJson(ctx, pr.assignees[0]) : null,
    assignees: pr.assignees.map((a) => userJson(ctx, a)),
    requested_reviewers: pr.requestedReviewers.map((a) => userJson(ctx, a)),
    requested_teams: pr.requestedTeams.map((t) => ({ id: Math.abs(hash(t)), slug: t, name: t })),
    head: {
      label: `${pr.headRepo?.owner ?? repo.owner}:${pr.headRef}`,
      ref: pr.headRef,
      sha: head,
      user: userJson(ctx, pr.headRepo?.owner ?? repo.owner),
      // Like GitHub: null when the fork was deleted.
      repo: headRepo ? repoJson(ctx, headRepo) : null,
    },
    base: {
      label: `${repo.owner}:${pr.baseRef}`,
      ref: pr.baseRef,
      sha: base,
      user: userJson(ctx, repo.owner),
      repo: repoJson(ctx, repo),
    },
    author_association: 'CONTRIBUTOR',
    auto_merge: pr.autoMerge
      ? {
          enabled_by: userJson(ctx, ctx.state.actor.login),
          merge_method: pr.autoMerge.mergeMethod.toLowerCase(),
          commit_title: '',
          commit_message: '',
        }
      : null,
    draft: pr.draft,
    merged: false,
  };
}

function issueJson(ctx: RestContext, repo: RepoState, pr: PullState): Record<string, unknown> {
  const full = `${repo.owner}/${repo.name}`;
  return {
    id: pr.id,
    node_id: pr.nodeId,
    url: `${ctx.apiBase}/repos/${full}/issues/${pr.number}`,
    html_url: `${ctx.origin}/${full}/pull/${pr.number}`,
    number: pr.number,
    state: pr.state,
    title: pr.title,
    body: pr.body,
    user: userJson(ctx, pr.user),
    labels: pr.labels.flatMap((n) => {
      const l = findLabel(repo, n);
      return l ? [labelJson(ctx, repo, l)] : [];
    }),
    assignee: pr.assignees[0] ? userJson(ctx, pr.assignees[0]) : null,
    assignees: pr.assignees.map((a) => userJson(ctx, a)),
    locked: false,
    comments: repo.comments.filter((c) => c.issueNumber === pr.number).length,
    pull_request: {
      url: `${ctx.apiBase}/repos/${full}/pulls/${pr.number}`,
      html_url: `${ctx.origin}/${full}/pull/${pr.number}`,
    },
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.closedAt,
    author_association: 'CONTRIBUTOR',
  };
}

function commentJson(ctx: RestContext, repo: RepoState, c: CommentState): Record<string, unknown> {
  const full = `${repo.owner}/${repo.name}`;
  return {
    id: c.id,
    node_id: c.nodeId,
    url: `${ctx.apiBase}/repos/${full}/issues/comments/${c.id}`,
    html_url: `${ctx.origin}/${full}/pull/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${ctx.apiBase}/repos/${full}/issues/${c.issueNumber}`,
    body: c.body,
    user: userJson(ctx, c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: 'CONTRIBUTOR',
  };
}

function findIssue(repo: RepoState, n: string | undefined): PullState {
  const pr = repo.pulls.find((p) => String(p.number) === n);
  if (!pr) throw new ApiError(404, 'Not Found');
  return pr;
}

function refJson(ctx: RestContext, repo: RepoState, ref: string, sha: string): Record<string, unknown> {
  const full = `${repo.owner}/${repo.name}`;
  return {
    ref,
    node_id: nodeId('REF', Math.abs(hash(`${full}:${ref}`))),
    url: `${ctx.apiBase}/repos/${full}/git/${ref}`,
    object: { type: 'commit', sha, url: `${ctx.apiBase}/repos/${full}/git/commits/${sha}` },
  };
}

function verification(repo: RepoState, sha: string): Record<string, unknown> {
  const verified = repo.verified.has(sha);
  return {
    verified,
    reason: verified ? 'valid' : 'unsigned',
    signature: verified ? '-----BEGIN PGP SIGNATURE-----\n(test)\n-----END PGP SIGNATURE-----' : null,
    payload: null,
    verified_at: verified ? now() : null,
  };
}

function commitJson(ctx: RestContext, repo: RepoState, c: CommitInfo): Record<string, unknown> {
  const full = `${repo.owner}/${repo.name}`;
  return {
    sha: c.sha,
    node_id: nodeId('C', Math.abs(hash(c.sha))),
    url: `${ctx.apiBase}/repos/${full}/commits/${c.sha}`,
    html_url: `${ctx.origin}/${full}/commit/${c.sha}`,
    comments_url: `${ctx.apiBase}/repos/${full}/commits/${c.sha}/comments`,
    commit: {
      url: `${ctx.apiBase}/repos/${full}/git/commits/${c.sha}`,
      author: c.author,
      committer: c.committer,
      message: c.message,
      tree: { sha: c.tree, url: `${ctx.apiBase}/repos/${full}/git/trees/${c.tree}` },
      comment_count: 0,
      verification: verification(repo, c.sha),
    },
    author: null,
    committer: null,
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${ctx.apiBase}/repos/${full}/commits/${p}`,
      html_url: `${ctx.origin}/${full}/commit/${p}`,
    })),
  };
}

function seededCommitJson(ctx: RestContext, repo: RepoState, c: SeededCommit, parent: string): Record<string, unknown> {
  const author = c.author ?? { name: 'Upstream Author', email: 'author@example.com', date: '2024-01-01T00:00:00Z' };
  return commitJson(ctx, repo, {
    sha: c.sha,
    tree: c.sha.split('').reverse().join(''),
    parents: [parent],
    author: { name: author.name, email: author.email, date: author.date },
    committer: { name: author.name, email: author.email, date: author.date },
    message: c.message,
  });
}

async function resolveCommitish(repo: RepoState, ref: string): Promise<string> {
  const sha = await gitOf(repo).resolve(ref);
  if (!sha) throw new ApiError(422, `No commit found for SHA: ${ref}`);
  return sha;
}

/**
 * What GitHub does to open pull requests after refs move: a pull request whose head branch is gone is closed, and
 * one whose head was reset so that it has no commits over its base is closed too (and can never be reopened).
 */
export async function syncPulls(repo: RepoState): Promise<void> {
  if (!repo.git || !repo.pulls.some((p) => p.state === 'open')) return;
  const heads = await repo.git.heads();
  for (const pr of repo.pulls) {
    // A fork's branch is not in this repository: refs here do not move it.
    if (pr.state !== 'open' || pr.headRepo) continue;
    const head = heads.get(pr.headRef);
    const base = heads.get(pr.baseRef);
    if (!head) {
      pr.state = 'closed';
      pr.closedBy = 'head-branch-deleted';
      pr.closedAt = now();
      continue;
    }
    pr.headSha = head;
    if (base && (await repo.git.isAncestor(head, base))) {
      pr.state = 'closed';
      pr.closedBy = 'head-reset-to-base';
      pr.closedAt = now();
    }
  }
}

function validationFailed(resource: string, fieldName: string | undefined, code: string, message?: string): ApiError {
  return new ApiError(422, 'Validation Failed', [
    { resource, code, ...(fieldName ? { field: fieldName } : {}), ...(message ? { message } : {}) },
  ]);
}

function commentTooLong(): ApiError {
  return validationFailed('IssueComment', 'data', 'unprocessable', 'Body is too long (maximum is 65536 characters)');
}

/** Adds a comment to issue or pull request `issueNumber`, written by `user` (the actor, or anyone when seeded). */
export function addComment(
  state: ServerState,
  repo: RepoState,
  issueNumber: number,
  body: string,
  user: string,
): CommentState {
  const id = nextId(state);
  const t = now();
  const c: CommentState = { id, nodeId: nodeId('IC', id), issueNumber, body, user, createdAt: t, updatedAt: t };
  repo.comments.push(c);
  return c;
}

function assignable(repo: RepoState, login: string): boolean {
  return !repo.collaborators || repo.collaborators.has(login);
}

// ------------------------------------------------------------------ handlers

const handlers: Record<string, RestHandler> = {
  'meta/root': async (ctx) => ok({ current_user_url: `${ctx.apiBase}/user` }),

  'rate-limit/get': async (ctx) => {
    const core = {
      limit: 5000,
      remaining: ctx.state.rateLimitRemaining,
      reset: Math.floor(Date.now() / 1000) + 3600,
      used: 5000 - ctx.state.rateLimitRemaining,
    };
    return ok({ resources: { core, graphql: core, search: core }, rate: core });
  },

  'repos/get': async (ctx) => ok(repoJson(ctx, getRepo(ctx))),

  'repos/get-branch': async (ctx) => {
    const repo = getRepo(ctx);
    const git = gitOf(repo);
    const sha = await git.resolveRef(`refs/heads/${ctx.params['branch']}`);
    if (!sha) throw new ApiError(404, 'Branch not found');
    const info = (await git.commitInfo(sha))!;
    return ok({ name: ctx.params['branch'], commit: commitJson(ctx, repo, info), protected: false, _links: {} });
  },

  'git/get-ref': async (ctx) => {
    const repo = getRepo(ctx);
    const ref = `refs/${ctx.params['ref']}`;
    const sha = await gitOf(repo).resolveRef(ref);
    if (!sha) throw new ApiError(404, 'Not Found');
    return ok(refJson(ctx, repo, ref, sha));
  },

  'git/list-matching-refs': async (ctx) => {
    const repo = getRepo(ctx);
    const prefix = `refs/${ctx.params['ref']}`;
    const refs = (await gitOf(repo).listRefs('refs/')).filter((r) => r.ref.startsWith(prefix));
    return ok(refs.map((r) => refJson(ctx, repo, r.ref, r.sha)));
  },

  'git/create-ref': async (ctx) => {
    const repo = getRepo(ctx);
    requireAccess(ctx.state, 'contents', 'write');
    const git = gitOf(repo);
    const ref = str(ctx.body, 'ref') ?? '';
    const sha = str(ctx.body, 'sha') ?? '';
    if (!/^refs\/[^/]+\/.+/.test(ref)) throw new ApiError(422, 'Reference name is invalid');
    if (!(await git.commitExists(sha)) || sha.length !== 40) throw new ApiError(422, 'Object does not exist');
    if (await git.resolveRef(ref)) throw new ApiError(422, 'Reference already exists');
    if (!(await git.updateRef(ref, sha, ZERO_SHA))) throw new ApiError(422, 'Reference update failed');
    await syncPulls(repo);
    return ok(refJson(ctx, repo, ref, sha), 201);
  },

  'git/update-ref': async (ctx) => {
    const repo = getRepo(ctx);
    requireAccess(ctx.state, 'contents', 'write');
    const git = gitOf(repo);
    const ref = `refs/${ctx.params['ref']}`;
    const sha = str(ctx.body, 'sha') ?? '';
    const force = field(ctx.body, 'force') === true;
    const old = await git.resolveRef(ref);
    if (!old) throw new ApiError(422, 'Reference does not exist');
    if (!(await git.commitExists(sha)) || sha.length !== 40) throw new ApiError(422, 'Object does not exist');
    if (!force && !(await git.isAncestor(old, sha))) throw new ApiError(422, 'Update is not a fast forward');
    if (!(await git.updateRef(ref, sha, old))) throw new ApiError(422, 'Reference cannot be updated');
    await syncPulls(repo);
    return ok(refJson(ctx, repo, ref, sha));
  },

  'git/delete-ref': async (ctx) => {
    const repo = getRepo(ctx);
    requireAccess(ctx.state, 'contents', 'write');
    const git = gitOf(repo);
    const ref = `refs/${ctx.params['ref']}`;
    if (!(await git.resolveRef(ref))) throw new ApiError(422, 'Reference does not exist');
    await git.deleteRef(ref);
    await syncPulls(repo);
    return ok(undefined, 204);
  },

  'git/get-commit': async (ctx) => {
    const repo = getRepo(ctx);
    const info = await gitOf(repo).commitInfo(ctx.params['commit_sha'] ?? '');
    if (!info) throw new ApiError(404, 'Not Found');
    const full = `${repo.owner}/${repo.name}`;
    return ok({
      sha: info.sha,
      node_id: nodeId('C', Math.abs(hash(info.sha))),
      url: `${ctx.apiBase}/repos/${full}/git/commits/${info.sha}`,
      html_url: `${ctx.origin}/${full}/commit/${info.sha}`,
      author: info.author,
      committer: info.committer,
      message: info.message,
      tree: { sha: info.tree, url: `${ctx.apiBase}/repos/${full}/git/trees/${info.tree}` },
      parents: info.parents.map((p) => ({
        sha: p,
        url: `${ctx.apiBase}/repos/${full}/git/commits/${p}`,
        html_url: `${ctx.origin}/${full}/commit/${p}`,
      })),
      verification: verification(repo, info.sha),
    });
  },

  'git/get-blob': async (ctx) => {
    const repo = getRepo(ctx);
    const blob = await gitOf(repo).readBlob(ctx.params['file_sha'] ?? '');
    if (!blob) throw new ApiError(404, 'Not Found');
    return ok({
      sha: ctx.params['file_sha'],
      node_id: nodeId('B', Math.abs(hash(ctx.params['file_sha'] ?? ''))),
      size: blob.length,
      url: `${ctx.apiBase}/repos/${repo.owner}/${repo.name}/git/blobs/${ctx.params['file_sha']}`,
      content: blob.toString('base64'),
      encoding: 'base64',
    });
  },

  'repos/get-commit': async (ctx) => {
    const repo = getRepo(ctx);
    const git = gitOf(repo);
    const sha = await resolveCommitish(repo, ctx.params['ref'] ?? '');
    const info = (await git.commitInfo(sha))!;
    const files = info.parents[0] ? await git.changedFiles(info.parents[0], sha) : [];
    return ok({
      ...commitJson(ctx, repo, info),
      files: files.map((f) => ({
        filename: f.path,
        status: f.status === 'A' ? 'added' : f.status === 'D' ? 'removed' : 'modified',
      })),
    });
  },

  'repos/get-content': async (ctx) => {
    const repo = getRepo(ctx);
    const git = gitOf(repo);
    const ref = q1(ctx, 'ref') ?? repo.defaultBranch;
    const sha = await git.resolve(ref);
    if (!sha) throw new ApiError(404, `No commit found for the ref ${ref}`);
    const file = ctx.params['path'] ?? '';
    const found = await git.readFile(sha, file);
    if (!found) throw new ApiError(404, 'Not Found');
    const full = `${repo.owner}/${repo.name}`;
    // Like GitHub: files over 1 MB come without content (read them through the blob API).
    const big = found.contents.length > 1024 * 1024;
    return ok({
      type: 'file',
      encoding: big ? 'none' : 'base64',
      size: found.contents.length,
      name: file.split('/').pop(),
      path: file,
      content: big ? '' : (found.contents.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n',
      sha: found.blob,
      url: `${ctx.apiBase}/repos/${full}/contents/${file}?ref=${ref}`,
      git_url: `${ctx.apiBase}/repos/${full}/git/blobs/${found.blob}`,
      html_url: `${ctx.origin}/${full}/blob/${ref}/${file}`,
      download_url: `${ctx.origin}/${full}/raw/${ref}/${file}`,
      _links: { self: `${ctx.apiBase}/repos/${full}/contents/${file}`, git: null, html: null },
    });
  },

  'repos/compare-commits-with-basehead': async (ctx) => {
    const repo = getRepo(ctx);
    const basehead = ctx.params['basehead'] ?? '';
    const m = /^(.+?)\.\.\.(.+)$/.exec(basehead);
    if (!m) throw new ApiError(404, 'Not Found');
    const [, baseRef, headRef] = m as unknown as [string, string, string];
    const full = `${repo.owner}/${repo.name}`;
    let commits: Record<string, unknown>[];
    let behindBy = 0;
    let baseSha = baseRef;
    let files: Record<string, unknown>[] = [];
    const seeded = repo.compares.get(`${baseRef}...${headRef}`);
    if (seeded) {
      let parent = baseRef;
      commits = seeded.commits.map((c) => {
        const j = seededCommitJson(ctx, repo, c, parent);
        parent = c.sha;
        return j;
      });
      behindBy = seeded.behindBy ?? 0;
    } else if (repo.git) {
      const base = await repo.git.resolve(baseRef);
      const head = await repo.git.resolve(headRef);
      if (!base || !head) throw new ApiError(404, 'Not Found');
      baseSha = base;
      const shas = await repo.git.commitsBetween(base, head);
      commits = [];
      for (const s of shas) commits.push(commitJson(ctx, repo, (await repo.git.commitInfo(s))!));
      behindBy = (await repo.git.commitsBetween(head, base)).length;
      files = (await repo.git.changedFiles(base, head)).map((f) => ({
        filename: f.path,
        status: f.status === 'A' ? 'added' : f.status === 'D' ? 'removed' : 'modified',
      }));
    } else {
      throw new ApiError(404, 'Not Found');
    }
    const aheadBy = commits.length;
    const status =
      aheadBy === 0 && behindBy === 0 ? 'identical' : behindBy === 0 ? 'ahead' : aheadBy === 0 ? 'behind' : 'diverged';
    // Without paging parameters GitHub returns up to 250 commits; with them, pages of `per_page` (max 100).
    const paged = ctx.query['page'] !== undefined || ctx.query['per_page'] !== undefined;
    const { page, headers } = paged ? paginate(ctx, commits) : { page: commits.slice(0, 250), headers: {} };
    const pageNo = Number(q1(ctx, 'page') ?? 1) || 1;
    const baseCommit = { sha: baseSha, commit: { message: '' } };
    return ok(
      {
        url: `${ctx.apiBase}/repos/${full}/compare/${basehead}`,
        html_url: `${ctx.origin}/${full}/compare/${basehead}`,
        permalink_url: `${ctx.origin}/${full}/compare/${basehead}`,
        diff_url: `${ctx.origin}/${full}/compare/${basehead}.diff`,
        patch_url: `${ctx.origin}/${full}/compare/${basehead}.patch`,
        base_commit: baseCommit,
        merge_base_commit: baseCommit,
        status,
        ahead_by: aheadBy,
        behind_by: behindBy,
        total_commits: aheadBy,
        commits: page,
        files: pageNo === 1 ? files : [],
      },
      200,
      headers,
    );
  },

  'pulls/list': async (ctx) => {
    const repo = getRepo(ctx);
    requireAccess(ctx.state, 'pullRequests', 'read');
    const state = q1(ctx, 'state') ?? 'open';
    const head = q1(ctx, 'head');
    const base = q1(ctx, 'base');
    let pulls = repo.pulls.filter((p) => state === 'all' || p.state === state);
    if (head) {
      const [owner, branch] = head.includes(':') ? (head.split(/:(.*)/s) as [string, string]) : [head, undefined];
      pulls = pulls.filter(
        (p) =>
          owner.toLowerCase() === (p.headRepo?.owner ?? repo.owner).toLowerCase() &&
          (branch === undefined || p.headRef === branch),
      );
    }
    if (base) pulls = pulls.filter((p) => p.baseRef === base);
    const direction = q1(ctx, 'direction') ?? 'desc';
    pulls = [...pulls].sort((a, b) => (direction === 'asc' ? a.number - b.number : b.number - a.number));
    const { page, headers } = paginate(ctx, pulls);
    const out = [];
    for (const p of page) out.push(await pullJson(ctx, repo, p));
    return ok(out, 200, headers);
  },

  'pulls/get': async (ctx) => {
    const repo = getRepo(ctx);
    const pr = repo.pulls.find((p) => String(p.number) === ctx.params['pull_number']);
    if (!pr) throw new ApiError(404, 'Not Found');
    return ok(await pullJson(ctx, repo, pr));
  },

  'pulls/create': async (ctx) => {
    const repo = getRepo(ctx);
    const git = gitOf(repo);
    requireAccess(ctx.state, 'pullRequests', 'write');
    if (ctx.state.actor.login === 'github-actions[bot]' && !repo.settings.actionsCanCreatePullRequests) {
      throw new ApiError(403, 'GitHub Actions is not permitted to create or approve pull requests.');
    }
    const title = str(ctx.body, 'title');
    const headIn = str(ctx.body, 'head') ?? '';
    const baseRef = str(ctx.body, 'base') ?? '';
    if (!title) throw validationFailed('Issue', 'title', 'missing_field');
    const headRef = headIn.includes(':') ? headIn.slice(headIn.indexOf(':') + 1) : headIn;
    const headOwner = headIn.includes(':') ? headIn.slice(0, headIn.indexOf(':')) : repo.owner;
    if (headOwner.toLowerCase() !== repo.owner.toLowerCase()) throw validationFailed('PullRequest', 'head', 'invalid');
    const head = await git.resolveRef(`refs/heads/${headRef}`);
    if (!head) throw validationFailed('PullRequest', 'head', 'invalid');
    const base = await git.resolveRef(`refs/heads/${baseRef}`);
    if (!base) throw validationFailed('PullRequest', 'base', 'invalid');
    if (repo.pulls.some((p) => p.state === 'open' && p.headRef === headRef && p.baseRef === baseRef)) {
      throw validationFailed(
        'PullRequest',
        undefined,
        'custom',
        `A pull request already exists for ${repo.owner}:${headRef}.`,
      );
    }
    if ((await git.commitsBetween(base, head)).length === 0) {
      throw validationFailed('PullRequest', undefined, 'custom', `No commits between ${baseRef} and ${headRef}`);
    }
    const body = str(ctx.body, 'body') ?? null;
    if (body !== null && body.length > 65536) {
      throw validationFailed('Issue', 'body', 'custom', 'body is too long (maximum is 65536 characters)');
    }
    const id = nextId(ctx.state);
    const number = repo.nextNumber++;
    const t = now();
    const pr: PullState = {
      number,
      id,
      nodeId: nodeId('PR', id),
      title,
      body,
      state: 'open',
      draft: field(ctx.body, 'draft') === true,
      headRef,
      baseRef,
      headSha: head,
      labels: [],
      assignees: [],
      requestedReviewers: [],
      requestedTeams: [],
      user: ctx.state.actor.login,
      createdAt: t,
      updatedAt: t,
      closedAt: null,
    };
    repo.pulls.push(pr);
    ctx.state.nodes.set(pr.nodeId, { kind: 'pull', repo, number });
    return ok(await pullJson(ctx, repo, pr), 201);
  },

  'pulls/update': async (ctx) => {
    const repo = getRepo(ctx);
    requireAccess(ctx.state, 'pullRequests', 'write');
    const pr = findIssue(repo, ctx.params['pull_number']);
    const title = str(ctx.body, 'title');
    const body = field(ctx.body, 'body');
    const state = str(ctx.body, 'state');
    const base = str(ctx.body, 'base');
    if (typeof body === 'string' && body.length > 65536) {
      throw validationFailed('Issue', 'body', 'custom', 'body is too long (maximum is 65536 characters)');
    }
    if (state === 'open' && pr.state === 'closed') {
      const head = repo.git ? await repo.git.resolveRef(`refs/heads/${pr.headRef}`) : undefined;
      if (!head || pr.closedBy === 'head-reset-to-base') {
        throw validationFailed(
          'PullRequest',
          'state',
          'custom',
          'state cannot be changed. The head branch was force pushed or recreated.',
        );
      }
    }
    if (base !== undefined) {
      if (!(repo.git && (await repo.git.resolveRef(`refs/heads/${base}`))))
        throw validationFailed('PullRequest', 'base', 'invalid');
      pr.baseRef = base;
    }
    if (title !== undefined) pr.title = title;
    if (typeof body === 'string' || body === null) pr.body = body;
    if (state === 'closed' && pr.state === 'open') {
      pr.state = 'closed';
      pr.closedBy = 'api';
      pr.closedAt = now();
      pr.headSha = await headSha(repo, pr);
    } else if (state === 'open' && pr.state === 'closed') {
      pr.state = 'open';
      pr.closedAt = null;
      delete pr.closedBy;
    }
    pr.updatedAt = now();
    return ok(await pullJson(ctx, repo, pr));
  },

  'pulls/request-reviewers': async (ctx) => {
    const repo = getRepo(ctx);
    requireAccess(ctx.state, 'pullRequests', 'write');
    const pr = findIssue(repo, ctx.params['pull_number']);
    const reviewers = strList(field(ctx.body, 'reviewers'));
    const teams = strList(field(ctx.body, 'team_reviewers'));
    if (reviewers.includes(pr.user)) {
      throw new ApiError(422, 'Review cannot be requested from pull request author.');
    }
    const badUser = reviewers.filter((r) => !assignable(repo, r));
    const badTeam = teams.filter((t) => !repo.teams.has(t));
    if (badUser.length > 0 || badTeam.length > 0) {
      throw new ApiError(
        422,
        `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${repo.owner}/${repo.name} repository.`,
      );
    }
    for (const r of reviewers) if (!pr.requestedReviewers.includes(r)) pr.requestedReviewers.push(r);
    for (const t of teams) if (!pr.requestedTeams.includes(t)) pr.requestedTeams.push(t);
    return ok(await pullJson(ctx, repo, pr), 201);
  },

  'issues/get': async (ctx) => {
    const repo = getRepo(ctx);
    return ok(issueJson(ctx, repo, findIssue(repo, ctx.params['issue_number'])));
  },

  'issues/list-labels-for-repo': async (ctx) => {
    const repo = getRepo(ctx);
    const { page, headers } = paginate(ctx, repo.labels);
    return ok(
      page.map((l) => labelJson(ctx, repo, l)),
      200,
      headers,
    );
  },

  'issues/get-label': async (ctx) => {
    const repo = getRepo(ctx);
    const l = findLabel(repo, ctx.params['name'] ?? '');
    if (!l) throw new ApiError(404, 'Not Found');
    return ok(labelJson(ctx, repo, l));
  },

  'issues/create-label': async (ctx) => {
    const repo = getRepo(ctx);
    if (ctx.state.permissions.issues !== 'write' && ctx.state.permissions.pullRequests !== 'write') {
      throw new ApiError(403, 'Resource not accessible by integration');
    }
    const name = str(ctx.body, 'name') ?? '';
    if (findLabel(repo, name)) throw validationFailed('Label', 'name', 'already_exists');
    const color = (str(ctx.body, 'color') ?? 'ededed').replace(/^#/, '');
    if (!/^[0-9a-fA-F]{6}$/.test(color)) throw validationFailed('Label', 'color', 'invalid');
    const l = createLabel(ctx.state, repo, name, color, str(ctx.body, 'description') ?? null);
    return ok(labelJson(ctx, repo, l), 201);
  },

  'issues/list-labels-on-issue': async (ctx) => {
    const repo = getRepo(ctx);
    const pr = findIssue(repo, ctx.params['issue_number']);
    const { page, headers } = paginate(ctx, pr.labels);
    return ok(
      page.map((n) => labelJson(ctx, repo, findLabel(repo, n)!)),
      200,
      headers,
    );
  },

  'issues/add-labels': async (ctx) => {
    const repo = getRepo(ctx);
    if (ctx.state.permissions.issues !== 'write' && ctx.state.permissions.pullRequests !== 'write') {
      throw new ApiError(403, 'Resource not accessible by integration');
    }
    const pr = findIssue(repo, ctx.params['issue_number']);
    const raw = Array.isArray(ctx.body) ? ctx.body : field(ctx.body, 'labels');
    const names = Array.isArray(raw) ? raw.map((x) => (typeof x === 'string' ? x : String(field(x, 'name')))) : [];
    for (const n of names) {
      // Like GitHub: adding a label the repository does not have creates it (grey, no description).
      const l = findLabel(repo, n) ?? createLabel(ctx.state, repo, n);
      if (!pr.labels.some((x) => x.toLowerCase() === l.name.toLowerCase())) pr.labels.push(l.name);
    }
    pr.updatedAt = now();
    return ok(pr.labels.map((n) => labelJson(ctx, repo, findLabel(repo, n)!)));
  },

  'issues/set-labels': async (ctx) => {
    const repo = getRepo(ctx);
    if (ctx.state.permissions.issues !== 'write' && ctx.state.permissions.pullRequests !== 'write') {
      throw new ApiError(403, 'Resource not accessible by integration');
    }
    const pr = findIssue(repo, ctx.params['issue_number']);
    const raw = Array.isArray(ctx.body) ? ctx.body : field(ctx.body, 'labels');
    const names = Array.isArray(raw) ? raw.map((x) => (typeof x === 'string' ? x : String(field(x, 'name')))) : [];
    pr.labels = [];
    for (const n of names) {
      const l = findLabel(repo, n) ?? createLabel(ctx.state, repo, n);
      if (!pr.labels.includes(l.name)) pr.labels.push(l.name);
    }
    pr.updatedAt = now();
    return ok(pr.labels.map((n) => labelJson(ctx, repo, findLabel(repo, n)!)));
  },

  'issues/remove-label': async (ctx) => {
    const repo = getRepo(ctx);
    const pr = findIssue(repo, ctx.params['issue_number']);
    const name = ctx.params['name'] ?? '';
    const i = pr.labels.findIndex((l) => l.toLowerCase() === name.toLowerCase());
    if (i < 0) throw new ApiError(404, 'Label does not exist');
    pr.labels.splice(i, 1);
    return ok(pr.labels.map((n) => labelJson(ctx, repo, findLabel(repo, n)!)));
  },

  'issues/add-assignees': async (ctx) => {
    const repo = getRepo(ctx);
    const pr = findIssue(repo, ctx.params['issue_number']);
    // Like GitHub: users who cannot be assigned are silently left out.
    for (const a of strList(field(ctx.body, 'assignees'))) {
      if (assignable(repo, a) && !pr.assignees.includes(a)) pr.assignees.push(a);
    }
    return ok(issueJson(ctx, repo, pr), 201);
  },

  'issues/create-comment': async (ctx) => {
    const repo = getRepo(ctx);
    if (ctx.state.permissions.issues !== 'write' && ctx.state.permissions.pullRequests !== 'write') {
      throw new ApiError(403, 'Resource not accessible by integration');
    }
    const pr = findIssue(repo, ctx.params['issue_number']);
    const body = str(ctx.body, 'body') ?? '';
    if (body.length > 65536) throw commentTooLong();
    const c = addComment(ctx.state, repo, pr.number, body, ctx.state.actor.login);
    return ok(commentJson(ctx, repo, c), 201);
  },

  'issues/update-comment': async (ctx) => {
    const repo = getRepo(ctx);
    if (ctx.state.permissions.issues !== 'write' && ctx.state.permissions.pullRequests !== 'write') {
      throw new ApiError(403, 'Resource not accessible by integration');
    }
    // Like GitHub, a token with write access may edit anyone's comment: not editing others' is the client's job.
    const c = repo.comments.find((x) => String(x.id) === ctx.params['comment_id']);
    if (!c) throw new ApiError(404, 'Not Found');
    const body = str(ctx.body, 'body') ?? '';
    if (body.length > 65536) throw commentTooLong();
    c.body = body;
    c.updatedAt = now();
    return ok(commentJson(ctx, repo, c));
  },

  'issues/list-comments': async (ctx) => {
    const repo = getRepo(ctx);
    const pr = findIssue(repo, ctx.params['issue_number']);
    const { page, headers } = paginate(
      ctx,
      repo.comments.filter((c) => c.issueNumber === pr.number),
    );
    return ok(
      page.map((c) => commentJson(ctx, repo, c)),
      200,
      headers,
    );
  },
};

export function restHandler(operationId: string): RestHandler | undefined {
  return handlers[operationId];
}
