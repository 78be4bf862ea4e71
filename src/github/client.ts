/**
 * The one GitHub client: Octokit with retries (5xx, network) and throttling (primary and secondary rate limits),
 * an injectable base URL (GitHub Enterprise Server: `GITHUB_API_URL`), the token masked in every log line, and a
 * user agent naming this tool. Failures leave this module as `GitHubAPIError`s whose message says what was being
 * done and what the user can change (src/github/api-errors.ts).
 */
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import type { Logger } from '../core/ports.js';
import { VERSION } from '../core/package-version.js';
import { toGitHubAPIError, type Doing } from './api-errors.js';

const PluggedOctokit = Octokit.plugin(retry, throttling);
export type GitHubOctokit = InstanceType<typeof PluggedOctokit>;

export const DEFAULT_API_URL = 'https://api.github.com';

/** Status codes the retry plugin gives up on at once. 429 is not among them: a bare 429 is retried with backoff. */
export const DO_NOT_RETRY: readonly number[] = [400, 401, 403, 404, 410, 422, 451];

export interface GitHubClientOptions {
  readonly token?: string;
  /** REST base URL; `https://api.github.com` by default, `https://HOST/api/v3` on GitHub Enterprise Server. */
  readonly apiUrl?: string;
  /** Web URL (`GITHUB_SERVER_URL`), used for links and git; derived from `apiUrl` when absent. */
  readonly serverUrl?: string;
  readonly logger: Logger;
  readonly userAgent?: string;
  /** Longest wait for a rate limit to reset before giving up and reporting it. Default 60 s. */
  readonly maxRateLimitWaitSeconds?: number;
  /** Retries of a failed request (5xx, network). Default 3. */
  readonly retries?: number;
  /**
   * Milliseconds per second of waiting (backoff, `retry-after`, rate-limit resets). 1000 in production; tests pass
   * 1 so that a "60 s" wait takes 60 ms while every decision stays the same.
   */
  readonly timeUnitMs?: number;
  /** Space writes about a second apart, as GitHub asks to avoid secondary rate limits. Default true. */
  readonly spaceWrites?: boolean;
  /** The `fetch` Octokit uses (tests, proxies). */
  readonly fetch?: typeof globalThis.fetch;
}

export interface GitHubClient {
  readonly octokit: GitHubOctokit;
  readonly logger: Logger;
  readonly apiUrl: string;
  /** `https://github.com` or the GitHub Enterprise Server web URL. */
  readonly serverUrl: string;
  /** Web host (`github.com`, `ghe.example.com`): the forge host this client can look commits up on. */
  readonly host: string;
  /** The token, for git commands only (`commit-mode: git`); never logged. */
  readonly token?: string;
}

/** The web URL that goes with an API URL: api.github.com → github.com; `https://h/api/v3` → `https://h`. */
export function serverUrlOf(apiUrl: string): string {
  const u = new URL(apiUrl);
  if (u.host === 'api.github.com') return 'https://github.com';
  return `${u.protocol}//${u.host}${u.pathname.replace(/\/api\/v3\/?$/, '').replace(/\/+$/, '')}`;
}

// Bottleneck groups that run each job at once: the throttling plugin's default spaces writes 1 s apart (3 s for
// writes that notify), which only slows tests down.
const immediateGroup = {
  key: () => ({
    schedule: (_options: unknown, fn: (...args: unknown[]) => unknown, ...args: unknown[]) =>
      Promise.resolve().then(() => fn(...args)),
  }),
} as unknown as NonNullable<Extract<ThrottlingOptions, { onRateLimit: unknown }>['write']>;

export function createGitHubClient(opts: GitHubClientOptions): GitHubClient {
  const { logger } = opts;
  const apiUrl = (opts.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, '');
  const serverUrl = (opts.serverUrl ?? serverUrlOf(apiUrl)).replace(/\/+$/, '');
  if (opts.token) {
    logger.setSecret(opts.token);
    // The form git sends it in (commit-mode: git), so it is masked there too.
    logger.setSecret(Buffer.from(`x-access-token:${opts.token}`).toString('base64'));
  }
  const maxWait = opts.maxRateLimitWaitSeconds ?? 60;
  const unit = opts.timeUnitMs ?? 1000;
  const where = (o: { method?: string; url?: string }): string => `${o.method ?? ''} ${o.url ?? ''}`.trim();

  const throttle: ThrottlingOptions = {
    retryAfterBaseValue: unit,
    onRateLimit: (retryAfter, options, _octokit, retryCount) => {
      if (retryCount < 1 && retryAfter <= maxWait) {
        logger.warning(`GitHub API rate limit reached (${where(options)}); waiting ${retryAfter} s for the reset.`);
        return true;
      }
      logger.warning(
        `GitHub API rate limit reached (${where(options)}); the reset is ${retryAfter} s away, not waiting.`,
      );
      return false;
    },
    onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
      if (retryCount < 2 && retryAfter <= maxWait) {
        logger.warning(`GitHub secondary rate limit (${where(options)}); retrying in ${retryAfter} s.`);
        return true;
      }
      logger.warning(`GitHub secondary rate limit (${where(options)}); retry-after ${retryAfter} s, not waiting.`);
      return false;
    },
    ...(opts.spaceWrites === false ? { write: immediateGroup, notifications: immediateGroup } : {}),
  };

  const octokit = new PluggedOctokit({
    ...(opts.token ? { auth: opts.token } : {}),
    baseUrl: apiUrl,
    userAgent: opts.userAgent ?? `flake-steward/${VERSION}`,
    retry: { doNotRetry: [...DO_NOT_RETRY], retries: opts.retries ?? 3, retryAfterBaseValue: unit },
    throttle,
    // Octokit logs every failed request as an error (`PATCH /repos/… - 403`), including those that are retried,
    // waited out or expected (a 404 probing for a branch). As `::error::` annotations they would mark a green run
    // red, so they go to the debug log; real failures reach the user as the GitHubAPIError the caller throws.
    log: {
      debug: (m: string) => logger.debug(m),
      info: (m: string) => logger.debug(m),
      warn: (m: string) => logger.warning(m),
      error: (m: string) => logger.debug(m),
    },
    ...(opts.fetch ? { request: { fetch: opts.fetch } } : {}),
  });

  return {
    octokit,
    logger,
    apiUrl,
    serverUrl,
    host: new URL(serverUrl).host,
    ...(opts.token ? { token: opts.token } : {}),
  };
}

/** Runs one API call; any failure becomes a GitHubAPIError that says what was being done and what to change. */
export async function call<T>(gh: GitHubClient, doing: Doing, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw toGitHubAPIError(e, doing, gh.apiUrl);
  }
}

/** Like `call`, but a 404 (or GraphQL NOT_FOUND) is `undefined` instead of an error. */
export async function callOrNotFound<T>(gh: GitHubClient, doing: Doing, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (e) {
    if ((e as { status?: number }).status === 404) return undefined;
    throw toGitHubAPIError(e, doing, gh.apiUrl);
  }
}
