/**
 * Effects reach the use cases (src/app) only through ports, passed in by the face that wires them; tests pass real or
 * local implementations. The six ports and where each is declared:
 *  - Logger, Clock, Git: here (the action wires Logger to @actions/core, the CLI to the terminal; Git is
 *    src/git/git.ts over the one process runner);
 *  - Fs: src/workspace/fs.ts (nodeFs, and confinedFs for the action: nothing outside the workspace);
 *  - Nix: src/nix-cli/nix.ts `Nix` (the update use case takes the part it needs, src/app/update-nix.ts);
 *  - GitHub: src/github/client.ts `GitHubClient` (Octokit with retry and throttling; the publish use case's port).
 * No use case imports @actions/*, node:child_process or node:fs; the walls in eslint.config.js hold them to it.
 */

export type Severity = 'error' | 'warning' | 'notice';

export interface AnnotationProperties {
  readonly title?: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly endLine?: number;
  readonly startColumn?: number;
  readonly endColumn?: number;
}

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, props?: AnnotationProperties): void;
  error(message: string, props?: AnnotationProperties): void;
  notice(message: string, props?: AnnotationProperties): void;
  /** Runs `fn` inside a collapsible group (a log group on GitHub, a heading in the terminal). */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Registers a secret so it is masked in every later log line. */
  setSecret(secret: string): void;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * The git questions the use cases ask about a checkout (src/git/git.ts runs them). Each answers `undefined` outside a
 * git work tree or without git, so a caller decides what "no git" means for it.
 */
export interface Git {
  /** The top level of the work tree `dir` belongs to (`rev-parse --show-toplevel`). */
  topLevel(dir: string): Promise<string | undefined>;
  /** Where `dir` sits below the top level (`rev-parse --show-prefix`): `''` at the top, `nix/` below it. */
  pathPrefix(dir: string): Promise<string | undefined>;
  /** The URL of the remote `name` (`origin`) of the repository of `dir`, as git would fetch it. */
  remoteUrl(dir: string, name: string): Promise<string | undefined>;
  /** `status --porcelain` of one file: `''` when it has no uncommitted change. */
  fileStatus(file: string): Promise<string | undefined>;
  /** The commit `ref` names in the repository of `dir` (full hex); undefined when it names none. */
  commitOf(dir: string, ref: string): Promise<string | undefined>;
  /**
   * Paths (from the top level) that differ between commit `base` and commit `head`, or the working tree (tracked
   * files) when `head` is undefined.
   */
  changedFiles(dir: string, base: string, head?: string): Promise<string[] | undefined>;
  /** Adds a detached work tree of `commit` at `at` (a new directory); false when git refused. */
  addWorktree(dir: string, at: string, commit: string): Promise<boolean>;
  /** Removes the work tree at `at` and forgets it (`worktree remove --force`, then `worktree prune`). */
  removeWorktree(dir: string, at: string): Promise<void>;
  /** Fetches one commit from `remote` (a shallow clone's base commit); false when it could not. */
  fetchCommit(dir: string, remote: string, commit: string): Promise<boolean>;
  /**
   * The tag names (without `refs/tags/`) of the repository at `url` (`ls-remote --tags --refs`): a forge's https
   * URL, `ssh://…`, `file:///…`; undefined when git could not ask. `anonymous`: with no credentials and no
   * configuration but git's defaults (no repository, user or system config: no `extraheader`, `insteadOf` or
   * credential helper), for URLs someone else chose (lint on a fork's pull request). `timeoutMs`: a shorter limit
   * than the port's own.
   */
  remoteTags(url: string, opts?: { readonly anonymous?: boolean; readonly timeoutMs?: number }): Promise<string[] | undefined>;
}

/** A logger that records everything: for tests and for collecting output before rendering. */
export class MemoryLogger implements Logger {
  readonly lines: { level: string; message: string; props?: AnnotationProperties }[] = [];
  readonly secrets = new Set<string>();
  debug(message: string): void {
    this.lines.push({ level: 'debug', message });
  }
  info(message: string): void {
    this.lines.push({ level: 'info', message });
  }
  warning(message: string, props?: AnnotationProperties): void {
    this.lines.push({ level: 'warning', message, props });
  }
  error(message: string, props?: AnnotationProperties): void {
    this.lines.push({ level: 'error', message, props });
  }
  notice(message: string, props?: AnnotationProperties): void {
    this.lines.push({ level: 'notice', message, props });
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push({ level: 'group', message: name });
    return fn();
  }
  setSecret(secret: string): void {
    this.secrets.add(secret);
  }
}
