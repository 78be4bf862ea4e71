/**
 * A GitHub client for tests, pointed at the local server: the production client (retry, throttling, error mapping)
 * with waits shrunk (1 ms per second of backoff or rate-limit wait) and writes not spaced, so a test still takes
 * every decision the real client takes, only fast.
 */
import { MemoryLogger } from '../../../src/core/ports.js';
import { createGitHubClient, type GitHubClient, type GitHubClientOptions } from '../../../src/github/client.js';
import type { GitHubServer } from './server.js';

export function testClient(
  gh: GitHubServer,
  opts: Partial<GitHubClientOptions> = {},
): { client: GitHubClient; logger: MemoryLogger } {
  const logger = opts.logger instanceof MemoryLogger ? opts.logger : new MemoryLogger();
  const client = createGitHubClient({
    token: gh.token,
    apiUrl: gh.apiUrl,
    serverUrl: gh.url,
    timeUnitMs: 1,
    spaceWrites: false,
    ...opts,
    logger,
  });
  return { client, logger };
}
