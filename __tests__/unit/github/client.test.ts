// The client's wiring, with a fake fetch (no server): base URLs (GitHub Enterprise Server), user agent, masking,
// and the retry/throttling decisions with waits shrunk to milliseconds.
import { describe, expect, test } from '@jest/globals';
import { GitHubAPIError } from '../../../src/core/errors.js';
import { MemoryLogger } from '../../../src/core/ports.js';
import { call, createGitHubClient, DO_NOT_RETRY, serverUrlOf } from '../../../src/github/client.js';

interface Seen {
  url: string;
  method: string;
  headers: Record<string, string>;
}

/** A fetch that answers from a list (the last answer repeats) and records every request. */
function fakeFetch(answers: { status: number; body?: unknown; headers?: Record<string, string> }[]): {
  fetch: typeof globalThis.fetch;
  seen: Seen[];
} {
  const seen: Seen[] = [];
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((v, k) => (headers[k] = v));
    seen.push({ url: String(input), method: init?.method ?? 'GET', headers });
    const a = answers[Math.min(seen.length - 1, answers.length - 1)]!;
    return new Response(JSON.stringify(a.body ?? {}), {
      status: a.status,
      headers: { 'content-type': 'application/json', ...a.headers },
    });
  }) as typeof globalThis.fetch;
  return { fetch, seen };
}

const TOKEN = 'ghs_unitTOKEN_1234567890';

describe('serverUrlOf', () => {
  test.each([
    ['https://api.github.com', 'https://github.com'],
    ['https://ghe.example.com/api/v3', 'https://ghe.example.com'],
    ['https://ghe.example.com/api/v3/', 'https://ghe.example.com'],
    ['http://127.0.0.1:4000/api/v3', 'http://127.0.0.1:4000'],
  ])('%s → %s', (api, server) => {
    expect(serverUrlOf(api)).toBe(server);
  });
});

describe('createGitHubClient', () => {
  test('masks the token (and the form git sends it in), names itself, and talks to the GHES URLs', async () => {
    const logger = new MemoryLogger();
    const { fetch, seen } = fakeFetch([
      { status: 200, body: { default_branch: 'main', data: { viewer: { login: 'x' } } } },
    ]);
    const gh = createGitHubClient({
      token: TOKEN,
      apiUrl: 'https://ghe.example.com/api/v3',
      logger,
      fetch,
      timeUnitMs: 1,
      spaceWrites: false,
    });
    expect([...logger.secrets]).toEqual([TOKEN, Buffer.from(`x-access-token:${TOKEN}`).toString('base64')]);
    expect(gh.serverUrl).toBe('https://ghe.example.com');
    expect(gh.host).toBe('ghe.example.com');
    await gh.octokit.rest.repos.get({ owner: 'o', repo: 'r' });
    await gh.octokit.graphql('query { viewer { login } }');
    expect(seen.map((s) => s.url)).toEqual([
      'https://ghe.example.com/api/v3/repos/o/r',
      'https://ghe.example.com/api/graphql',
    ]);
    expect(seen[0]!.headers['user-agent']).toMatch(/^flake-steward\/dev /);
    expect(seen[0]!.headers['authorization']).toBe(`token ${TOKEN}`);
  });

  test('429 is not in doNotRetry: a bare 429 is retried', async () => {
    expect(DO_NOT_RETRY).not.toContain(429);
    const { fetch, seen } = fakeFetch([
      { status: 429, body: { message: 'Too Many Requests' } },
      { status: 200, body: { default_branch: 'main' } },
    ]);
    const gh = createGitHubClient({
      token: TOKEN,
      logger: new MemoryLogger(),
      fetch,
      timeUnitMs: 1,
      spaceWrites: false,
    });
    const r = await gh.octokit.rest.repos.get({ owner: 'o', repo: 'r' });
    expect(r.data.default_branch).toBe('main');
    expect(seen).toHaveLength(2);
  });

  test('a server error is retried `retries` times, then reported', async () => {
    const { fetch, seen } = fakeFetch([{ status: 502, body: { message: 'Server Error' } }]);
    const logger = new MemoryLogger();
    const gh = createGitHubClient({
      token: TOKEN,
      logger,
      fetch,
      timeUnitMs: 1,
      spaceWrites: false,
      retries: 2,
    });
    const e = await call(gh, { what: 'read the repository' }, () =>
      gh.octokit.rest.repos.get({ owner: 'o', repo: 'r' }),
    ).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(GitHubAPIError);
    expect((e as Error).message).toMatch(/^could not read the repository: GitHub answered 502 even after retries/);
    expect(seen).toHaveLength(3);
    // Octokit's own request-failure lines go to debug: an `::error::` annotation is the caller's decision.
    expect(logger.lines.filter((l) => l.level === 'error')).toEqual([]);
    expect(logger.lines.some((l) => l.level === 'debug' && /502/.test(l.message))).toBe(true);
  });

  test('a rate limit that resets within the limit is waited for once; a later one is reported at once', async () => {
    const reset = () => String(Math.floor(Date.now() / 1000) + 10);
    const limited = () => ({
      status: 403,
      body: { message: 'API rate limit exceeded' },
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset() },
    });
    const short = fakeFetch([limited(), { status: 200, body: { default_branch: 'main' } }]);
    const logger = new MemoryLogger();
    const gh = createGitHubClient({ token: TOKEN, logger, fetch: short.fetch, timeUnitMs: 1, spaceWrites: false });
    await gh.octokit.rest.repos.get({ owner: 'o', repo: 'r' });
    expect(short.seen).toHaveLength(2);
    expect(logger.lines.map((l) => l.message).join('\n')).toMatch(/waiting 1\d s for the reset/);

    const long = fakeFetch([
      {
        ...limited(),
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) },
      },
    ]);
    const logger2 = new MemoryLogger();
    const gh2 = createGitHubClient({
      token: TOKEN,
      logger: logger2,
      fetch: long.fetch,
      timeUnitMs: 1,
      spaceWrites: false,
    });
    const e = await call(gh2, { what: 'read the repository' }, () =>
      gh2.octokit.rest.repos.get({ owner: 'o', repo: 'r' }),
    ).catch((x: unknown) => x);
    expect((e as Error).message).toMatch(/rate limit is used up until/);
    expect(long.seen).toHaveLength(1);
    expect(logger2.lines.map((l) => l.message).join('\n')).toMatch(/not waiting/);
  });
});
