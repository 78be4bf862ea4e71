import { describe, expect, test } from '@jest/globals';
import { GitHubAPIError } from '../../../src/core/errors.js';
import { explain, factsOf, toGitHubAPIError, type Doing } from '../../../src/github/api-errors.js';

// Shapes as Octokit throws them: a RequestError (`HttpError`) with status and response, or a GraphqlResponseError.
function httpError(status: number, data: unknown, headers: Record<string, string> = {}): Error {
  return Object.assign(new Error(String((data as { message?: string }).message ?? '')), {
    name: 'HttpError',
    status,
    response: { status, url: 'https://api.github.com/x', headers, data },
  });
}
function graphqlError(errors: { type?: string; message: string }[]): Error {
  return Object.assign(new Error(errors[0]!.message), { name: 'GraphqlResponseError', errors, headers: {} });
}

const createPR: Doing = { what: 'create the pull request in acme/infra', permission: 'pull-requests: write' };
const API = 'https://api.github.com';
const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);

describe('explain: what went wrong and what to change', () => {
  test.each([
    [
      'a token without pull-requests: write',
      httpError(403, { message: 'Resource not accessible by integration' }),
      /^could not create the pull request in acme\/infra: the token lacks pull-requests: write; add `permissions: pull-requests: write` to the workflow/,
    ],
    [
      'a fine-grained personal token without the permission',
      httpError(403, { message: 'Resource not accessible by personal access token' }),
      /the token passed as `token` lacks pull-requests: write; give the token that permission/,
    ],
    [
      'Actions not allowed to open pull requests',
      httpError(403, { message: 'GitHub Actions is not permitted to create or approve pull requests.' }),
      /Enable "Allow GitHub Actions to create and approve pull requests" in the repository's Settings → Actions → General → Workflow permissions/,
    ],
    [
      'the primary rate limit, with the reset time',
      httpError(
        403,
        { message: 'API rate limit exceeded' },
        { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 1800) },
      ),
      /rate limit is used up until 12:30 UTC \(in 30 min\)/,
    ],
    [
      'a secondary rate limit',
      httpError(429, { message: 'You have exceeded a secondary rate limit.' }, { 'retry-after': '60' }),
      /secondary rate limit stopped the request \(it asks to wait 60 s\)/,
    ],
    ['bad credentials', httpError(401, { message: 'Bad credentials' }), /rejected the token \(401 Bad credentials\)/],
    [
      'not found',
      httpError(404, { message: 'Not Found' }),
      /404 Not Found: it does not exist, or the token cannot see it/,
    ],
    [
      "a validation failure keeps GitHub's details",
      httpError(422, {
        message: 'Validation Failed',
        errors: [{ resource: 'PullRequest', code: 'custom', message: 'No commits between main and x' }],
      }),
      /422 Unprocessable Entity\) \(GitHub said: Validation Failed: No commits between main and x\)/,
    ],
    [
      'a server error after retries',
      httpError(502, { message: 'Server Error' }),
      /GitHub answered 502 even after retries/,
    ],
    [
      'no answer at all',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { name: 'HttpError', status: 500, request: {} }),
      /the GitHub API at https:\/\/api\.github\.com could not be reached: connect ECONNREFUSED/,
    ],
    [
      'GraphQL FORBIDDEN names the permission',
      graphqlError([{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }]),
      /the token lacks pull-requests: write/,
    ],
    [
      'GraphQL STALE_DATA',
      graphqlError([{ type: 'STALE_DATA', message: 'Expected branch to point to "x"' }]),
      /the branch moved while the commit was being made/,
    ],
  ])('%s', (_why, error, expected) => {
    expect(explain(factsOf(error), createPR, API, NOW)).toMatch(expected);
  });

  test('the GitHubAPIError carries the status; an existing GitHubAPIError passes through', () => {
    const e = toGitHubAPIError(httpError(403, { message: 'Resource not accessible by integration' }), createPR, API);
    expect(e).toBeInstanceOf(GitHubAPIError);
    expect(e.status).toBe(403);
    expect(toGitHubAPIError(e, createPR, API)).toBe(e);
  });

  test('an unexpected error is not dressed up as a GitHub answer', () => {
    expect(explain(factsOf(new TypeError('x is not a function')), createPR, API)).toBe(
      'could not create the pull request in acme/infra: x is not a function',
    );
  });
});
