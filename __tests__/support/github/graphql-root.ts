/**
 * The GraphQL fields the local GitHub server executes: the mutations our client uses (`createCommitOnBranch`,
 * `enablePullRequestAutoMerge`/`disablePullRequestAutoMerge`, `markPullRequestReadyForReview`,
 * `convertPullRequestToDraft`) and the queries a test or client may need (`repository`, `node`, `viewer`,
 * `rateLimit`). Anything else validates against the schema but resolves to null.
 */
import { GitHubGraphQLError } from './graphql.js';
import { syncPulls } from './rest.js';
import { repoKey, WEB_FLOW, type PullState, type RepoState, type ServerState } from './state.js';

interface Ctx {
  readonly state: ServerState;
  readonly origin: string;
}

type Obj = Record<string, unknown>;

function input(args: unknown): Obj {
  const i = (args as { input?: unknown }).input;
  return i && typeof i === 'object' ? (i as Obj) : {};
}

function requireWrite(state: ServerState, what: 'contents' | 'pullRequests'): void {
  if (state.permissions[what] !== 'write') {
    throw new GitHubGraphQLError('FORBIDDEN', 'Resource not accessible by integration');
  }
}

function pullNode(ctx: Ctx, id: unknown): { repo: RepoState; pr: PullState } {
  const n = typeof id === 'string' ? ctx.state.nodes.get(id) : undefined;
  if (!n || n.kind !== 'pull') {
    throw new GitHubGraphQLError('NOT_FOUND', `Could not resolve to a node with the global id of '${String(id)}'`);
  }
  const pr = n.repo.pulls.find((p) => p.number === n.number)!;
  return { repo: n.repo, pr };
}

function pullObject(ctx: Ctx, repo: RepoState, pr: PullState): Obj {
  return {
    __typename: 'PullRequest',
    id: pr.nodeId,
    number: pr.number,
    title: pr.title,
    body: pr.body ?? '',
    isDraft: pr.draft,
    state: pr.state === 'open' ? 'OPEN' : 'CLOSED',
    url: `${ctx.origin}/${repo.owner}/${repo.name}/pull/${pr.number}`,
    headRefName: pr.headRef,
    baseRefName: pr.baseRef,
    headRefOid: pr.headSha,
    autoMergeRequest: pr.autoMerge
      ? { mergeMethod: pr.autoMerge.mergeMethod, enabledAt: pr.autoMerge.enabledAt }
      : null,
  };
}

function commitObject(ctx: Ctx, repo: RepoState, sha: string, message: string): Obj {
  const [headline, ...rest] = message.split('\n');
  return {
    __typename: 'Commit',
    id: `C_${sha}`,
    oid: sha,
    abbreviatedOid: sha.slice(0, 7),
    url: `${ctx.origin}/${repo.owner}/${repo.name}/commit/${sha}`,
    message,
    messageHeadline: headline,
    messageBody: rest.join('\n').trim(),
    signature: repo.verified.has(sha)
      ? { __typename: 'GpgSignature', isValid: true, state: 'VALID', wasSignedByGitHub: true }
      : null,
  };
}

function repoObject(ctx: Ctx, repo: RepoState): Obj {
  const refObj = async (name: string): Promise<Obj | null> => {
    const full = name.startsWith('refs/') ? name : `refs/heads/${name}`;
    const sha = repo.git ? await repo.git.resolveRef(full) : undefined;
    if (!sha) return null;
    const info = await repo.git!.commitInfo(sha);
    return {
      id: `REF_${repo.id}_${full}`,
      name: full.replace(/^refs\/(heads|tags)\//, ''),
      prefix: full.replace(/[^/]+$/, '').replace(/^(refs\/(heads|tags)\/).*/, '$1'),
      target: commitObject(ctx, repo, sha, info?.message ?? ''),
    };
  };
  return {
    __typename: 'Repository',
    id: repo.nodeId,
    name: repo.name,
    nameWithOwner: `${repo.owner}/${repo.name}`,
    autoMergeAllowed: repo.settings.allowAutoMerge,
    defaultBranchRef: () => refObj(repo.defaultBranch),
    ref: (args: { qualifiedName: string }) => refObj(args.qualifiedName),
    pullRequest: (args: { number: number }) => {
      const pr = repo.pulls.find((p) => p.number === args.number);
      return pr ? pullObject(ctx, repo, pr) : null;
    },
  };
}

export function graphqlRoot(ctx: Ctx): Obj {
  const { state } = ctx;
  return {
    viewer: { __typename: 'User', login: state.actor.login, id: `U_${state.actor.id}`, databaseId: state.actor.id },

    rateLimit: {
      limit: 5000,
      remaining: state.rateLimitRemaining,
      used: 0,
      cost: 1,
      resetAt: new Date(Date.now() + 3_600_000).toISOString(),
      nodeCount: 1,
    },

    repository: (args: { owner: string; name: string }) => {
      const repo = state.repos.get(repoKey(args.owner, args.name));
      if (!repo) {
        throw new GitHubGraphQLError(
          'NOT_FOUND',
          `Could not resolve to a Repository with the name '${args.owner}/${args.name}'.`,
        );
      }
      return repoObject(ctx, repo);
    },

    node: (args: { id: string }) => {
      const n = state.nodes.get(args.id);
      if (!n) return null;
      if (n.kind === 'repo') return repoObject(ctx, n.repo);
      const pr = n.repo.pulls.find((p) => p.number === n.number)!;
      return pullObject(ctx, n.repo, pr);
    },

    createCommitOnBranch: async (args: unknown) => {
      const i = input(args);
      const branch = (i['branch'] ?? {}) as Obj;
      const nwo = typeof branch['repositoryNameWithOwner'] === 'string' ? branch['repositoryNameWithOwner'] : '';
      const [owner, name] = nwo.split('/');
      const repo = state.repos.get(repoKey(owner ?? '', name ?? ''));
      if (!repo || !repo.git) {
        throw new GitHubGraphQLError('NOT_FOUND', `Could not resolve to a Repository with the name '${nwo}'.`);
      }
      requireWrite(state, 'contents');
      const branchName = String(branch['branchName'] ?? '').replace(/^refs\/heads\//, '');
      const ref = `refs/heads/${branchName}`;
      const head = await repo.git.resolveRef(ref);
      if (!head) throw new GitHubGraphQLError('NOT_FOUND', `A ref named "${ref}" does not exist in ${nwo}.`);
      const expected = String(i['expectedHeadOid'] ?? '');
      if (expected !== head) {
        throw new GitHubGraphQLError(
          'STALE_DATA',
          `Expected branch to point to "${expected}" but it did not. Pull and try again.`,
        );
      }
      const msg = (i['message'] ?? {}) as Obj;
      const headline = String(msg['headline'] ?? '');
      if (headline.trim() === '')
        throw new GitHubGraphQLError('UNPROCESSABLE', 'A commit message headline is required.');
      const body = typeof msg['body'] === 'string' && msg['body'] !== '' ? `\n\n${msg['body']}` : '';
      const changes = (i['fileChanges'] ?? {}) as { additions?: Obj[]; deletions?: Obj[] };
      const fileChanges = [
        ...(changes.deletions ?? []).map((d) => ({ path: String(d['path']), contents: null })),
        ...(changes.additions ?? []).map((a) => {
          const b64 = String(a['contents']);
          if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) {
            throw new GitHubGraphQLError(
              'UNPROCESSABLE',
              `The contents of '${String(a['path'])}' are not valid Base64.`,
            );
          }
          return { path: String(a['path']), contents: Buffer.from(b64, 'base64') };
        }),
      ];
      const sha = await repo.git.createCommit({
        parent: head,
        changes: fileChanges,
        message: `${headline}${body}`,
        author: state.actor.commitIdentity,
        committer: WEB_FLOW,
      });
      if (!(await repo.git.updateRef(ref, sha, head))) {
        throw new GitHubGraphQLError(
          'STALE_DATA',
          `Expected branch to point to "${expected}" but it did not. Pull and try again.`,
        );
      }
      repo.verified.add(sha);
      await syncPulls(repo);
      return {
        clientMutationId: i['clientMutationId'] ?? null,
        commit: commitObject(ctx, repo, sha, `${headline}${body}`),
        ref: {
          id: `REF_${repo.id}_${ref}`,
          name: branchName,
          prefix: 'refs/heads/',
          target: commitObject(ctx, repo, sha, `${headline}${body}`),
        },
      };
    },

    enablePullRequestAutoMerge: (args: unknown) => {
      const i = input(args);
      requireWrite(state, 'pullRequests');
      const { repo, pr } = pullNode(ctx, i['pullRequestId']);
      if (!repo.settings.allowAutoMerge) {
        throw new GitHubGraphQLError('UNPROCESSABLE', 'Auto merge is not allowed for this repository');
      }
      if (pr.state !== 'open') throw new GitHubGraphQLError('UNPROCESSABLE', 'Pull request is closed');
      const method = (i['mergeMethod'] as 'MERGE' | 'SQUASH' | 'REBASE' | undefined) ?? 'MERGE';
      const allowed = {
        MERGE: repo.settings.allowMergeCommit,
        SQUASH: repo.settings.allowSquashMerge,
        REBASE: repo.settings.allowRebaseMerge,
      };
      if (!allowed[method]) {
        throw new GitHubGraphQLError(
          'UNPROCESSABLE',
          `Merge method ${method.toLowerCase()} merging is not allowed on this repository`,
        );
      }
      pr.autoMerge = { mergeMethod: method, enabledAt: new Date().toISOString() };
      return { clientMutationId: i['clientMutationId'] ?? null, pullRequest: pullObject(ctx, repo, pr) };
    },

    disablePullRequestAutoMerge: (args: unknown) => {
      const i = input(args);
      requireWrite(state, 'pullRequests');
      const { repo, pr } = pullNode(ctx, i['pullRequestId']);
      delete pr.autoMerge;
      return { clientMutationId: i['clientMutationId'] ?? null, pullRequest: pullObject(ctx, repo, pr) };
    },

    markPullRequestReadyForReview: (args: unknown) => {
      const i = input(args);
      requireWrite(state, 'pullRequests');
      const { repo, pr } = pullNode(ctx, i['pullRequestId']);
      pr.draft = false;
      return { clientMutationId: i['clientMutationId'] ?? null, pullRequest: pullObject(ctx, repo, pr) };
    },

    convertPullRequestToDraft: (args: unknown) => {
      const i = input(args);
      requireWrite(state, 'pullRequests');
      const { repo, pr } = pullNode(ctx, i['pullRequestId']);
      pr.draft = true;
      return { clientMutationId: i['clientMutationId'] ?? null, pullRequest: pullObject(ctx, repo, pr) };
    },
  };
}
