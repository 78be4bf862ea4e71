/**
 * Who the token acts as: the account GitHub writes as the author of what the token creates (comments, pull
 * requests, commits). GraphQL `viewer` answers for every kind of token — a personal token (the user), GITHUB_TOKEN
 * (`github-actions[bot]`) and a GitHub App installation token (`<slug>[bot]`) — while REST `GET /user` refuses
 * installation tokens (403 "Resource not accessible by integration"), so `viewer` is the one question asked.
 */
import { call, type GitHubClient } from './client.js';

export interface TokenAccount {
  /** Login as REST answers show it in `user.login` (`octocat`, `github-actions[bot]`). */
  readonly login: string;
  /** The account's database id (`user.id` in REST answers), when GitHub gave it. */
  readonly id?: number;
}

const VIEWER = `query { viewer { login databaseId } }`;

export async function tokenAccount(gh: GitHubClient): Promise<TokenAccount> {
  const v = await call(gh, { what: 'find out which account the token acts as (GraphQL viewer)' }, () =>
    gh.octokit.graphql<{ viewer: { login: string; databaseId: number | null } }>(VIEWER),
  );
  return { login: v.viewer.login, ...(v.viewer.databaseId ? { id: v.viewer.databaseId } : {}) };
}
