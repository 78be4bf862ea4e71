/**
 * The Git port (src/core/ports.ts) over the one process runner (src/exec/process.ts): each question is a pure argv
 * (`gitArgv`, tested as a table) run with `-C DIR`, never through a shell. A failed command, a directory outside a
 * work tree and a machine without git all answer `undefined`; the caller decides what that means.
 *
 * The commit of `commit-mode: git` (src/github/commit-files.ts) runs its own plumbing (temporary index, hash-object,
 * commit-tree, push with per-command auth) through the same runner; it is a sequence over one checkout, not a
 * question, so it stays there.
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Git } from '../core/ports.js';
import { runProcess, type ProcessRunner } from '../exec/process.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The argv of each question (after `git`). */
export const gitArgv = {
  topLevel: (dir: string): string[] => ['-C', dir, 'rev-parse', '--show-toplevel'],
  pathPrefix: (dir: string): string[] => ['-C', dir, 'rev-parse', '--show-prefix'],
  remoteUrl: (dir: string, name: string): string[] => ['-C', dir, 'remote', 'get-url', '--', name],
  fileStatus: (file: string): string[] => [
    '-C',
    path.dirname(file),
    'status',
    '--porcelain',
    '--',
    path.basename(file),
  ],
  commitOf: (dir: string, ref: string): string[] => [
    '-C',
    dir,
    'rev-parse',
    '--verify',
    '--quiet',
    '--end-of-options',
    `${ref}^{commit}`,
  ],
  changedFiles: (dir: string, base: string, head?: string): string[] => [
    '-C',
    dir,
    '-c',
    'core.quotePath=false',
    'diff',
    '--name-only',
    '--no-renames',
    '-z',
    base,
    ...(head !== undefined ? [head] : []),
    '--',
  ],
  addWorktree: (dir: string, at: string, commit: string): string[] => [
    '-C',
    dir,
    'worktree',
    'add',
    '--detach',
    '--quiet',
    '--',
    at,
    commit,
  ],
  removeWorktree: (dir: string, at: string): string[] => ['-C', dir, 'worktree', 'remove', '--force', '--', at],
  pruneWorktrees: (dir: string): string[] => ['-C', dir, 'worktree', 'prune'],
  fetchCommit: (dir: string, remote: string, commit: string): string[] => [
    '-C',
    dir,
    'fetch',
    '--quiet',
    '--no-tags',
    '--depth=1',
    '--',
    remote,
    commit,
  ],
  // never an `ext::` command nor a prompt for credentials (GIT_TERMINAL_PROMPT=0 in the environment); anonymous: no
  // credential helper either (the configuration files are left out by the environment: ANONYMOUS_GIT_ENV)
  remoteTags: (url: string, anonymous = false): string[] => [
    '-c',
    'protocol.ext.allow=never',
    ...(anonymous ? ['-c', 'credential.helper='] : []),
    'ls-remote',
    '--tags',
    '--refs',
    '--',
    url,
  ],
} as const;

/**
 * The environment of an anonymous `ls-remote`: git reads no user or system configuration (where a workflow's
 * `insteadOf` with a token, or a credential helper, lives) and no repository's (`GIT_DIR` cleared; the process runs
 * outside any repository), and asks no one for a password.
 */
export const ANONYMOUS_GIT_ENV: Readonly<Record<string, string>> = {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_COUNT: '0',
  GIT_DIR: '',
  GIT_ASKPASS: '',
  SSH_ASKPASS: '',
};

/** Tag names of `ls-remote --tags --refs` output (`<sha>\trefs/tags/<name>` lines), in its order. */
export function parseRemoteTags(stdout: string): string[] {
  const tags: string[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^[0-9a-f]{40}(?:[0-9a-f]{24})?\trefs\/tags\/(.+?)\r?$/.exec(line);
    if (m) tags.push(m[1]!);
  }
  return tags;
}

/** A remote's tags are asked over the network: bounded in time and in the output kept (a fork picks the remote). */
const REMOTE_TAGS_TIMEOUT_MS = 60_000;
/**
 * Most bytes of `ls-remote` output (stdout, and stderr) read: about 60,000 tags of 70 bytes. Beyond, the remote
 * counts as not answering (the lookup says so in one line), so a remote with a huge tag list grows no memory.
 */
export const REMOTE_TAGS_MAX_BYTES = 4 * 1024 * 1024;

/** A commit id as git prints it: what `changedFiles`, `addWorktree` and `fetchCommit` take (never an option). */
const COMMIT = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

export interface GitOptions {
  readonly runner?: ProcessRunner;
  /** The environment of every git command; this process's by default. */
  readonly env?: Env;
  /** The bound of `remoteTags` output (tests lower it); REMOTE_TAGS_MAX_BYTES by default. */
  readonly remoteTagsMaxBytes?: number;
}

/** The Git port on real git. */
export function createGit(opts: GitOptions = {}): Git {
  const run = opts.runner ?? runProcess;
  /** stdout of a command that succeeded, without its last newline; undefined otherwise (or without git). */
  const ask = async (
    args: readonly string[],
    more: { readonly env?: Env; readonly timeoutMs?: number; readonly maxOutputBytes?: number; readonly cwd?: string } = {},
  ): Promise<string | undefined> => {
    try {
      const env = opts.env || more.env ? { ...(opts.env ?? process.env), ...more.env } : undefined;
      const timeout = more.timeoutMs !== undefined ? { timeoutMs: more.timeoutMs } : {};
      const bound = more.maxOutputBytes !== undefined ? { maxOutputBytes: more.maxOutputBytes } : {};
      const cwd = more.cwd !== undefined ? { cwd: more.cwd } : {};
      const r = await run('git', args, { check: false, ...(env ? { env } : {}), ...timeout, ...bound, ...cwd });
      return r.code === 0 ? r.stdout.replace(/\r?\n$/, '') : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    async topLevel(dir) {
      const top = await ask(gitArgv.topLevel(dir));
      return top === '' ? undefined : top;
    },
    pathPrefix: (dir) => ask(gitArgv.pathPrefix(dir)),
    async remoteUrl(dir, name) {
      const url = await ask(gitArgv.remoteUrl(dir, name));
      return url === '' ? undefined : url;
    },
    fileStatus: (file) => ask(gitArgv.fileStatus(file)),
    async commitOf(dir, ref) {
      if (ref === '' || ref.startsWith('-')) return undefined;
      const sha = await ask(gitArgv.commitOf(dir, ref));
      return sha !== undefined && COMMIT.test(sha) ? sha : undefined;
    },
    async changedFiles(dir, base, head) {
      if (!COMMIT.test(base) || (head !== undefined && !COMMIT.test(head))) return undefined;
      const out = await ask(gitArgv.changedFiles(dir, base, head));
      return out === undefined ? undefined : out.split('\0').filter((p) => p !== '');
    },
    async addWorktree(dir, at, commit) {
      if (!COMMIT.test(commit)) return false;
      return (await ask(gitArgv.addWorktree(dir, at, commit))) !== undefined;
    },
    async removeWorktree(dir, at) {
      await ask(gitArgv.removeWorktree(dir, at));
      await ask(gitArgv.pruneWorktrees(dir));
    },
    async fetchCommit(dir, remote, commit) {
      if (!COMMIT.test(commit) || remote.startsWith('-')) return false;
      return (await ask(gitArgv.fetchCommit(dir, remote, commit))) !== undefined;
    },
    async remoteTags(url, how = {}) {
      if (url === '' || url.startsWith('-')) return undefined;
      const anonymous = how.anonymous === true;
      const out = await ask(gitArgv.remoteTags(url, anonymous), {
        env: { GIT_TERMINAL_PROMPT: '0', ...(anonymous ? ANONYMOUS_GIT_ENV : {}) },
        timeoutMs: Math.min(how.timeoutMs ?? REMOTE_TAGS_TIMEOUT_MS, REMOTE_TAGS_TIMEOUT_MS),
        maxOutputBytes: opts.remoteTagsMaxBytes ?? REMOTE_TAGS_MAX_BYTES,
        // outside any repository: the workspace's .git/config (actions/checkout's extraheader) is not read
        ...(anonymous ? { cwd: tmpdir() } : {}),
      });
      return out === undefined ? undefined : parseRemoteTags(out);
    },
  };
}

/** git's top level of `dir`; `dir` itself outside a git work tree or without git (what `fix` writes within). */
export async function repositoryRoot(git: Pick<Git, 'topLevel'>, dir: string): Promise<string> {
  return (await git.topLevel(dir)) ?? dir;
}
