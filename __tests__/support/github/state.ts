/**
 * What the local GitHub server knows: repositories (git data in a bare repository each), pull requests, labels,
 * comments, seeded comparisons for upstream repositories, the token's identity and permissions. Plain data with a
 * few helpers; the REST and GraphQL front ends read and change it.
 */
import type { GitIdentity, GitRepo } from './git-repo.js';

export type Access = 'none' | 'read' | 'write';

export interface TokenPermissions {
  readonly contents: Access;
  readonly pullRequests: Access;
  readonly issues: Access;
}

export interface Actor {
  readonly login: string;
  readonly id: number;
  readonly type: 'User' | 'Bot';
  /** Identity GitHub writes on commits this actor creates through the API. */
  readonly commitIdentity: GitIdentity;
}

export const GITHUB_ACTIONS_BOT: Actor = {
  login: 'github-actions[bot]',
  id: 41898282,
  type: 'Bot',
  commitIdentity: { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' },
};

/** GitHub's committer on commits it creates (and signs) for API callers. */
export const WEB_FLOW: GitIdentity = { name: 'GitHub', email: 'noreply@github.com' };

export interface RepoSettings {
  /** "Allow auto-merge" (Settings → General). */
  allowAutoMerge: boolean;
  /** "Allow GitHub Actions to create and approve pull requests" (Settings → Actions → General). */
  actionsCanCreatePullRequests: boolean;
  /** Squash/merge/rebase allowed (auto-merge methods). */
  allowSquashMerge: boolean;
  allowMergeCommit: boolean;
  allowRebaseMerge: boolean;
}

export interface PullState {
  readonly number: number;
  readonly id: number;
  readonly nodeId: string;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  /** Why GitHub closed it by itself, when it did. */
  closedBy?: 'api' | 'head-branch-deleted' | 'head-reset-to-base';
  draft: boolean;
  readonly headRef: string;
  /**
   * The repository the head branch lives in when it is not this one (a pull request from a fork). Its head is then
   * `headSha` (the fork has no git data here, as GitHub keeps it under `refs/pull/N/head`).
   */
  readonly headRepo?: { readonly owner: string; readonly name: string };
  baseRef: string;
  /** Head commit kept when the branch is gone (closed pull requests). */
  headSha: string;
  labels: string[];
  assignees: string[];
  requestedReviewers: string[];
  requestedTeams: string[];
  autoMerge?: { mergeMethod: 'MERGE' | 'SQUASH' | 'REBASE'; enabledAt: string };
  readonly user: string;
  readonly createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface LabelState {
  readonly id: number;
  readonly nodeId: string;
  name: string;
  color: string;
  description: string | null;
}

export interface CommentState {
  readonly id: number;
  readonly nodeId: string;
  readonly issueNumber: number;
  body: string;
  /** Login of the author: the token's actor for comments made through the API, anyone for seeded ones. */
  readonly user: string;
  readonly createdAt: string;
  updatedAt: string;
}

/** A commit of a seeded comparison (an upstream repository without git data). */
export interface SeededCommit {
  readonly sha: string;
  readonly message: string;
  readonly author?: { readonly name: string; readonly email: string; readonly date: string; readonly login?: string };
}

export interface SeededComparison {
  readonly commits: readonly SeededCommit[];
  /** Commits of base that head lacks (`diverged` when > 0). */
  readonly behindBy?: number;
}

export interface RepoState {
  readonly owner: string;
  readonly name: string;
  readonly id: number;
  readonly nodeId: string;
  defaultBranch: string;
  readonly private: boolean;
  /** A fork (the head repository of a pull request from a fork). */
  readonly fork?: boolean;
  /** Git data; absent for upstream repositories that only answer seeded comparisons. */
  readonly git?: GitRepo;
  readonly settings: RepoSettings;
  /** Users that may be assigned and asked for review; everyone when undefined. */
  readonly collaborators?: Set<string>;
  /** Team slugs of the owner organisation that may be asked for review. */
  readonly teams: Set<string>;
  readonly pulls: PullState[];
  readonly labels: LabelState[];
  readonly comments: CommentState[];
  /** `${base}...${head}` → seeded comparison. */
  readonly compares: Map<string, SeededComparison>;
  /** Commits GitHub created (and signed) for an API caller: shown as verified. */
  readonly verified: Set<string>;
  nextNumber: number;
}

export interface ServerState {
  readonly token: string;
  readonly actor: Actor;
  permissions: TokenPermissions;
  readonly repos: Map<string, RepoState>;
  /** GraphQL node id → what it names. */
  readonly nodes: Map<string, { kind: 'pull'; repo: RepoState; number: number } | { kind: 'repo'; repo: RepoState }>;
  /** Requests left on the core rate limit (decremented per REST call; shown in headers). */
  rateLimitRemaining: number;
  nextId: number;
}

export const repoKey = (owner: string, name: string): string => `${owner}/${name}`.toLowerCase();

export function newState(token: string, actor: Actor, permissions: TokenPermissions): ServerState {
  return { token, actor, permissions, repos: new Map(), nodes: new Map(), rateLimitRemaining: 5000, nextId: 1000 };
}

export function nextId(state: ServerState): number {
  state.nextId += 1;
  return state.nextId;
}

/** An opaque id in the style GitHub uses (`PR_kwDO…`), unique within the server. */
export function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(`flake-steward-test:${id}`).toString('base64url')}`;
}

export function defaultSettings(): RepoSettings {
  return {
    allowAutoMerge: true,
    actionsCanCreatePullRequests: true,
    allowSquashMerge: true,
    allowMergeCommit: true,
    allowRebaseMerge: true,
  };
}

export function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
