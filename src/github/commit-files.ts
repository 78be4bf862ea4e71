/**
 * One commit with the changed files on top of the base head, in one of two ways:
 *  - `api` (default): GraphQL `createCommitOnBranch`. GitHub writes and signs the commit, so it shows as Verified and
 *    no token ever reaches git. The mutation commits onto an existing branch at `expectedHeadOid`, so it runs on a
 *    staging branch created at the base head; the caller then moves the real branch to the new commit in one step
 *    (resetting a pull request's branch to its base, even for a moment, makes GitHub close the pull request).
 *  - `git`: the commit is built in the checkout with a temporary index (the work tree, HEAD and the real index are
 *    not touched), then pushed with `--force-with-lease` straight to the branch. The token goes to git only as an
 *    `http.<server>/.extraheader` in `GIT_CONFIG_*` variables of that one command, never into `.git/config`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Identity } from '../core/config.js';
import { GitHubAPIError } from '../core/errors.js';
import { runProcess, type ProcessRunner } from '../exec/process.js';
import { createBranch, fullName, moveBranch, type Repo } from './branch.js';
import { call, type GitHubClient } from './client.js';

export interface FileChange {
  /** Path from the repository root. */
  readonly path: string;
  /** New text, or null to delete the file. */
  readonly contents: string | null;
}

/** The identity of GitHub Actions' own token (`GITHUB_TOKEN`): what GitHub writes as author of API commits. */
export const ACTIONS_BOT: Identity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

const TRAILER =
  /^(Signed-off-by|Co-authored-by|Acked-by|Reviewed-by|Tested-by|Reported-by|Suggested-by|Helped-by|Change-Id): /i;

/** `message` with a `Signed-off-by:` trailer for `who` (once). */
export function withSignoff(message: string, who: Identity): string {
  const line = `Signed-off-by: ${who.name} <${who.email}>`;
  if (message.split('\n').includes(line)) return message;
  const trimmed = message.trimEnd();
  const paragraphs = trimmed.split(/\n\s*\n/);
  const last = paragraphs.length > 1 ? paragraphs[paragraphs.length - 1]!.split('\n') : [];
  // Join an existing block of sign-off style trailers; otherwise start one after a blank line (a last paragraph
  // like `nixpkgs: abc → def` is body text, not trailers).
  const trailers = last.length > 0 && last.every((l) => TRAILER.test(l));
  return `${trimmed}${trailers ? '\n' : '\n\n'}${line}\n`;
}

/** Headline and body as `createCommitOnBranch` takes them. */
export function splitMessage(message: string): { headline: string; body: string } {
  const lines = message.replace(/\r\n/g, '\n').split('\n');
  const headline = (lines.shift() ?? '').trim();
  return { headline, body: lines.join('\n').trim() };
}

const COMMIT_MUTATION = `mutation($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid } }
}`;

/** The staging branch of `branch`: where API commits are made before the real branch moves. */
export const stagingBranch = (branch: string): string => `${branch}.flake-steward-staging`;

/**
 * Commits `files` on top of `parent` through GraphQL on the staging branch and returns the new commit's sha. The
 * staging branch is left in place for the caller to delete after moving the real branch.
 */
export async function commitViaApi(
  gh: GitHubClient,
  r: Repo,
  opts: {
    readonly parent: string;
    readonly files: readonly FileChange[];
    readonly message: string;
    readonly base: string;
    readonly branch: string;
    /** Where the staging branch points now (a leftover of an interrupted run), if it exists. */
    readonly stagingHead: string | undefined;
  },
): Promise<string> {
  const staging = stagingBranch(opts.branch);
  const existing = opts.stagingHead;
  if (existing === undefined) await createBranch(gh, r, staging, opts.parent);
  else if (existing !== opts.parent) await moveBranch(gh, r, staging, opts.parent, { force: true, base: opts.base });
  const { headline, body } = splitMessage(opts.message);
  const input = {
    branch: { repositoryNameWithOwner: fullName(r), branchName: staging },
    expectedHeadOid: opts.parent,
    message: body ? { headline, body } : { headline },
    fileChanges: {
      additions: opts.files
        .filter((f) => f.contents !== null)
        .map((f) => ({ path: f.path, contents: Buffer.from(f.contents!, 'utf8').toString('base64') })),
      deletions: opts.files.filter((f) => f.contents === null).map((f) => ({ path: f.path })),
    },
  };
  const res = await call(
    gh,
    { what: `commit ${opts.files.map((f) => f.path).join(', ')} to ${fullName(r)}`, permission: 'contents: write' },
    () =>
      gh.octokit.graphql<{ createCommitOnBranch: { commit: { oid: string } | null } | null }>(COMMIT_MUTATION, {
        input,
      }),
  );
  const oid = res.createCommitOnBranch?.commit?.oid;
  if (!oid) throw new GitHubAPIError(`could not commit to ${fullName(r)}: GitHub returned no commit`);
  return oid;
}

// ---------------------------------------------------------------- git mode

export interface GitCommitOptions {
  /** The checkout (any directory inside the work tree). */
  readonly cwd: string;
  /** `https://github.com/owner/repo.git` (or the GHES / test server equivalent). */
  readonly remoteUrl: string;
  /** `https://github.com` (the prefix the auth header is scoped to). */
  readonly serverUrl: string;
  readonly token: string;
  readonly parent: string;
  /** Base branch name, fetched when the parent is not in the checkout. */
  readonly base: string;
  readonly branch: string;
  /** What the branch points at now (undefined: it must not exist), for `--force-with-lease`. */
  readonly expectedOld: string | undefined;
  readonly files: readonly FileChange[];
  readonly message: string;
  readonly author: Identity;
  readonly committer: Identity;
  readonly runner?: ProcessRunner;
}

/** The `GIT_CONFIG_*` variables that give one git command the token as a basic-auth header for `serverUrl`. */
export function gitAuthEnv(serverUrl: string, token: string): Record<string, string> {
  const key = `http.${serverUrl.replace(/\/+$/, '')}/.extraheader`;
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  return {
    GIT_CONFIG_COUNT: '2',
    // An empty value first resets headers a checkout may have persisted (actions/checkout writes one).
    GIT_CONFIG_KEY_0: key,
    GIT_CONFIG_VALUE_0: '',
    GIT_CONFIG_KEY_1: key,
    GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
    GIT_TERMINAL_PROMPT: '0',
  };
}

/** Argv of the push: our commit to our branch, refusing if the branch moved since we looked. */
export function pushArgs(remoteUrl: string, sha: string, branch: string, expectedOld: string | undefined): string[] {
  return [
    'push',
    '--porcelain',
    '--no-verify',
    `--force-with-lease=refs/heads/${branch}:${expectedOld ?? ''}`,
    remoteUrl,
    `${sha}:refs/heads/${branch}`,
  ];
}

function identityEnv(author: Identity, committer: Identity): Record<string, string> {
  return {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_COMMITTER_NAME: committer.name,
    GIT_COMMITTER_EMAIL: committer.email,
  };
}

/** Builds the commit in the checkout (temporary index) and pushes it to the branch; returns its sha. */
export async function commitViaGit(opts: GitCommitOptions): Promise<string> {
  const run = opts.runner ?? runProcess;
  const basic = Buffer.from(`x-access-token:${opts.token}`).toString('base64');
  const secrets = [opts.token, basic];
  const env = { ...process.env, GIT_TERMINAL_PROMPT: '0' };
  const git = (args: readonly string[], extra: { env?: Record<string, string>; input?: string } = {}) =>
    run('git', ['-C', opts.cwd, ...args], {
      env: { ...env, ...extra.env },
      secrets,
      ...(extra.input !== undefined ? { input: extra.input } : {}),
    });

  const present = await run('git', ['-C', opts.cwd, 'cat-file', '-e', `${opts.parent}^{commit}`], {
    env,
    check: false,
  });
  if (present.code !== 0) {
    // The base moved since the checkout: fetch its head (keeping a shallow checkout shallow, a full one full).
    const shallow = (await git(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
    await git(
      ['fetch', '--quiet', '--no-tags', ...(shallow ? ['--depth=1'] : []), opts.remoteUrl, `refs/heads/${opts.base}`],
      {
        env: gitAuthEnv(opts.serverUrl, opts.token),
      },
    );
  }
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'flake-steward-index-'));
  try {
    const indexEnv = { GIT_INDEX_FILE: path.join(tmp, 'index') };
    await git(['read-tree', opts.parent], { env: indexEnv });
    for (const f of opts.files) {
      if (f.contents === null) {
        await git(['update-index', '--force-remove', '--', f.path], { env: indexEnv });
        continue;
      }
      const blob = (await git(['hash-object', '-w', '--stdin'], { input: f.contents })).stdout.trim();
      const staged = (await git(['ls-files', '--stage', '--', f.path], { env: indexEnv })).stdout.trim();
      const mode = /^(100755|100644) /.exec(staged)?.[1] ?? '100644';
      await git(['update-index', '--add', '--cacheinfo', `${mode},${blob},${f.path}`], { env: indexEnv });
    }
    const tree = (await git(['write-tree'], { env: indexEnv })).stdout.trim();
    const sha = (
      await git(['commit-tree', tree, '-p', opts.parent, '-F', '-'], {
        input: opts.message,
        env: identityEnv(opts.author, opts.committer),
      })
    ).stdout.trim();
    await git(pushArgs(opts.remoteUrl, sha, opts.branch, opts.expectedOld), {
      env: gitAuthEnv(opts.serverUrl, opts.token),
    });
    return sha;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
