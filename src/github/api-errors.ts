/**
 * GitHub API failures in words a user can act on. Pure: takes what Octokit threw (a REST `HttpError` or a
 * `GraphqlResponseError`, recognised by shape) and what we were doing, returns a `GitHubAPIError` whose message names
 * the cause and the fix: the workflow permission to add, the repository setting to change, when a rate limit resets.
 */
import { GitHubAPIError } from '../core/errors.js';

/** Workflow permissions, spelled as they are written in a workflow's `permissions:` block. */
export type Permission =
  'contents: write' | 'contents: read' | 'pull-requests: write' | 'pull-requests: read' | 'issues: write';

export interface Doing {
  /** What was being done, as a verb phrase: `create the pull request`. */
  readonly what: string;
  /** The permission the call needs (named in the hint when GitHub says the token cannot do it). */
  readonly permission?: Permission;
}

export interface FailureFacts {
  /** HTTP status; absent for GraphQL errors (HTTP 200) and failures before any answer. */
  readonly status?: number;
  /** GitHub's own message (REST `message`, or the GraphQL errors' messages). */
  readonly message: string;
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** REST `errors[]` messages, or GraphQL error types (`FORBIDDEN`, `STALE_DATA`). */
  readonly details: readonly string[];
  readonly graphqlTypes: readonly string[];
  /** A GraphQL answer with errors (HTTP 200). */
  readonly graphql: boolean;
  /** True when no answer came at all (DNS, connection refused, TLS). */
  readonly network: boolean;
}

type Loose = Record<string, unknown>;
const obj = (v: unknown): Loose => (v && typeof v === 'object' ? (v as Loose) : {});

/** What a thrown value tells about the failure, whatever its shape. */
export function factsOf(e: unknown): FailureFacts {
  const err = obj(e);
  const response = obj(err['response']);
  const headers: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(obj(response['headers'] ?? err['headers']))) {
    headers[k.toLowerCase()] = v === undefined || v === null ? undefined : String(v);
  }
  if (Array.isArray(err['errors']) && err['name'] === 'GraphqlResponseError') {
    const errors = (err['errors'] as unknown[]).map(obj);
    return {
      message: errors.map((x) => String(x['message'] ?? '')).join('; '),
      headers,
      details: [],
      graphqlTypes: errors.map((x) => String(x['type'] ?? '')).filter((t) => t !== ''),
      graphql: true,
      network: false,
    };
  }
  const status = typeof err['status'] === 'number' ? err['status'] : undefined;
  const data = obj(response['data']);
  const dataMessage = typeof data['message'] === 'string' ? data['message'] : undefined;
  const details = Array.isArray(data['errors'])
    ? (data['errors'] as unknown[]).map((x) =>
        typeof x === 'string' ? x : String(obj(x)['message'] ?? obj(x)['code'] ?? JSON.stringify(x)),
      )
    : [];
  const raw = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  const noAnswer = Object.keys(response).length === 0;
  const network =
    noAnswer &&
    (status === 500 || status === undefined) &&
    /fetch failed|ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|socket hang up|network|certificate/i.test(
      `${raw} ${String(obj(err['cause'])['code'] ?? '')} ${String(obj(err['cause'])['message'] ?? '')}`,
    );
  return {
    ...(status !== undefined ? { status } : {}),
    message: dataMessage ?? raw.replace(/ - https:\/\/docs\.github\.com\S*$/, ''),
    headers,
    details,
    graphqlTypes: [],
    graphql: false,
    network,
  };
}

function resetTime(headers: FailureFacts['headers'], now: number): string {
  const reset = Number(headers['x-ratelimit-reset']);
  if (!Number.isFinite(reset) || reset <= 0) return 'until it resets';
  const at = new Date(reset * 1000);
  const minutes = Math.max(Math.ceil((reset * 1000 - now) / 60_000), 0);
  return `until ${at.toISOString().slice(11, 16)} UTC (in ${minutes} min)`;
}

function permissionHint(facts: FailureFacts, doing: Doing): string {
  const perm = doing.permission ?? 'the permission this step needs';
  if (/personal access token/i.test(facts.message)) {
    return `the token passed as \`token\` lacks ${perm}; give the token that permission on this repository`;
  }
  return `the token lacks ${perm}; add \`permissions: ${perm}\` to the workflow (or to the job that runs flake-steward)`;
}

/** The message for a failure; pure (the clock is a parameter). */
export function explain(facts: FailureFacts, doing: Doing, apiUrl: string, now: number = Date.now()): string {
  const s = facts.status;
  const said = facts.message
    ? ` (GitHub said: ${facts.message}${facts.details.length ? `: ${facts.details.join('; ')}` : ''})`
    : '';
  let why: string;
  if (facts.network) {
    why = `the GitHub API at ${apiUrl} could not be reached: ${facts.message || 'no answer'}`;
  } else if (facts.graphqlTypes.includes('FORBIDDEN') || (s === 403 && /not accessible by/i.test(facts.message))) {
    why = `${permissionHint(facts, doing)}${said}`;
  } else if (/GitHub Actions is not permitted to create or approve pull requests/i.test(facts.message)) {
    why =
      'GitHub Actions may not create pull requests in this repository. Enable "Allow GitHub Actions to create and ' +
      'approve pull requests" in the repository\'s Settings → Actions → General → Workflow permissions (for an ' +
      "organization's repository, first in the organization's settings), or pass a GitHub App or personal token as " +
      '`token`';
  } else if ((s === 403 || s === 429) && facts.headers['x-ratelimit-remaining'] === '0') {
    why =
      `GitHub's API rate limit is used up ${resetTime(facts.headers, now)}; run again after the reset, or pass a ` +
      'token with its own limit (a GitHub App token)';
  } else if (
    (s === 403 || s === 429) &&
    (/secondary rate limit/i.test(facts.message) || facts.headers['retry-after'])
  ) {
    const after = facts.headers['retry-after'] ? ` (it asks to wait ${facts.headers['retry-after']} s)` : '';
    why = `GitHub's secondary rate limit stopped the request${after}; run again in a few minutes, and avoid many update jobs at the same time`;
  } else if (facts.graphqlTypes.includes('RATE_LIMITED')) {
    why = "GitHub's GraphQL rate limit is used up; run again after it resets";
  } else if (s === 401) {
    why = 'GitHub rejected the token (401 Bad credentials); check the secret passed as `token` (expired or revoked?)';
  } else if (s === 404 || facts.graphqlTypes.includes('NOT_FOUND')) {
    why = `GitHub answered 404 Not Found: it does not exist, or the token cannot see it${said}`;
  } else if (facts.graphqlTypes.includes('STALE_DATA')) {
    why = `the branch moved while the commit was being made (another run at the same time?); run again${said}`;
  } else if (s !== undefined && s >= 500) {
    why = `GitHub answered ${s} even after retries; GitHub may be having problems (https://www.githubstatus.com), run again later${said}`;
  } else if (s === 422) {
    why = `GitHub rejected the request (422 Unprocessable Entity)${said}`;
  } else if (s !== undefined) {
    why = `GitHub answered ${s}${said}`;
  } else if (facts.graphql) {
    why = `GitHub's GraphQL API answered with errors${said}`;
  } else {
    why = facts.message || 'unknown failure';
  }
  return `could not ${doing.what}: ${why}`;
}

export function toGitHubAPIError(e: unknown, doing: Doing, apiUrl: string, now: number = Date.now()): GitHubAPIError {
  if (e instanceof GitHubAPIError) return e;
  const facts = factsOf(e);
  return new GitHubAPIError(explain(facts, doing, apiUrl, now), facts.status);
}

/** HTTP status of an Octokit error, if it has one. */
export function statusOf(e: unknown): number | undefined {
  const s = obj(e)['status'];
  return typeof s === 'number' ? s : undefined;
}

/** GitHub's REST message and `errors[].message`s of an Octokit error, joined (for matching known answers). */
export function messageOf(e: unknown): string {
  const f = factsOf(e);
  return [f.message, ...f.details].join('; ');
}
