/**
 * The commits an input update brings in, from GitHub's compare API, for the pull request body: newest first, capped
 * at `maxCommits` with the total count and the compare link when there are more, titles made inert (sanitize.ts).
 * Inputs on GitLab or sourcehut, on a GitHub host we have no client for, or when the API fails, rate-limits or does
 * not know a revision get the compare link only — a commit list is a courtesy and never fails the run.
 *
 * Cost: one small probe (page 2 of one commit: GitHub sends the changed files only with page 1, and for a nixpkgs
 * week those are megabytes) to learn the total, then the one or two pages of 100 that hold the newest commits.
 */
import { commitUrl, compareUrl } from '../forge/forge-links.js';
import type { ForgeRepo } from '../forge/forge-repo.js';
import type { GitHubClient } from './client.js';
import { statusOf, factsOf } from './api-errors.js';
import { sanitizeCommitTitle, sanitizeInline } from './sanitize.js';

export interface CommitSummary {
  readonly sha: string;
  readonly shortSha: string;
  /** First line of the message, made inert (Markdown-safe; do not escape again). */
  readonly title: string;
  readonly url: string;
  /** Author name, made inert. */
  readonly author?: string;
  /** Author date, ISO 8601. */
  readonly date?: string;
}

export interface CommitList {
  /** Compare page (GitHub, GitLab) or log page (sourcehut), when the source is on a known forge. */
  readonly compareUrl?: string;
  /** Newest first, at most `maxCommits`. */
  readonly commits: readonly CommitSummary[];
  /** Commits between the two revisions, when the API said. */
  readonly total?: number;
  /** More commits exist than are listed. */
  readonly truncated: boolean;
  /** Commits of the old revision the new one lacks (the input went back, or to another branch). */
  readonly behindBy?: number;
  /** Why there is no list, in a few words for the PR body (`GitHub API rate limit reached`). */
  readonly unavailable?: string;
}

/** One side of an input change; `LockedSource` of src/update/lock-diff.ts fits. */
export interface RangeEnd {
  readonly repo?: ForgeRepo;
  readonly rev?: string;
}

/** What to list: `InputChange` of src/update/lock-diff.ts fits. */
export interface CommitRange {
  readonly before?: RangeEnd;
  readonly after?: RangeEnd;
  readonly compareUrl?: string;
}

/** The client to ask about repositories on a host (`github.com`, a GHES host), or none. */
export type ClientForHost = (host: string) => GitHubClient | undefined;

/** The client answers for its own host only (github.com for api.github.com, the server's host on GHES). */
export function ownHost(gh: GitHubClient): ClientForHost {
  return (host) => (host.toLowerCase() === gh.host.toLowerCase() ? gh : undefined);
}

const PER_PAGE = 100;

interface ApiCommit {
  readonly sha: string;
  readonly commit: {
    readonly message: string;
    readonly author?: { readonly name?: string; readonly date?: string } | null;
  };
}

function sameRepo(a: ForgeRepo, b: ForgeRepo): boolean {
  return (
    a.forge === b.forge &&
    a.host.toLowerCase() === b.host.toLowerCase() &&
    a.owner.toLowerCase() === b.owner.toLowerCase() &&
    a.repo.toLowerCase() === b.repo.toLowerCase()
  );
}

function why(e: unknown): string {
  const s = statusOf(e);
  const f = factsOf(e);
  if ((s === 403 || s === 429) && (f.headers['x-ratelimit-remaining'] === '0' || f.headers['retry-after'])) {
    return 'GitHub API rate limit reached';
  }
  if (s === 404) return 'GitHub does not know one of the revisions';
  if (s === 401 || s === 403) return 'the token cannot read this repository';
  if (f.network) return 'GitHub API unreachable';
  return s ? `GitHub API answered ${s}` : 'GitHub API unavailable';
}

/** The commits from `range.before.rev` to `range.after.rev`; never throws for API trouble. */
export async function listCommits(
  clientFor: ClientForHost,
  range: CommitRange,
  opts: { readonly maxCommits: number },
): Promise<CommitList> {
  const repo = range.after?.repo ?? range.before?.repo;
  const from = range.before?.rev;
  const to = range.after?.rev;
  const link = range.compareUrl ?? (repo && from && to ? compareUrl(repo, from, to) : undefined);
  const linksOnly = (unavailable: string): CommitList => ({
    ...(link ? { compareUrl: link } : {}),
    commits: [],
    truncated: false,
    unavailable,
  });
  if (!repo || !from || !to) return linksOnly('no revisions to compare');
  if (range.before?.repo && range.after?.repo && !sameRepo(range.before.repo, range.after.repo)) {
    return linksOnly('the input moved to another repository');
  }
  if (repo.forge !== 'github') return linksOnly(`commit lists come from GitHub only; see the ${repo.forge} link`);
  const gh = clientFor(repo.host);
  if (!gh) return linksOnly(`no API access to ${repo.host}`);
  if (opts.maxCommits <= 0) return linksOnly('commit lists are turned off');

  const basehead = `${from}...${to}`;
  const page = async (n: number, perPage: number): Promise<{ total: number; behind: number; commits: ApiCommit[] }> => {
    const r = await gh.octokit.rest.repos.compareCommitsWithBasehead({
      owner: repo.owner,
      repo: repo.repo,
      basehead,
      per_page: perPage,
      page: n,
    });
    return { total: r.data.total_commits, behind: r.data.behind_by, commits: r.data.commits as ApiCommit[] };
  };
  try {
    const probe = await page(2, 1);
    const total = probe.total;
    const start = Math.max(total - opts.maxCommits, 0);
    const collected: ApiCommit[] = [];
    if (total > 0) {
      const first = Math.floor(start / PER_PAGE) + 1;
      const last = Math.ceil(total / PER_PAGE);
      for (let n = first; n <= last; n++) {
        const p = await page(n, PER_PAGE);
        // Keep the commits at absolute positions [start, total).
        p.commits.forEach((c, i) => {
          if ((n - 1) * PER_PAGE + i >= start) collected.push(c);
        });
      }
    }
    const commits = collected.reverse().map((c): CommitSummary => {
      const author = c.commit.author?.name;
      const date = c.commit.author?.date;
      return {
        sha: c.sha,
        shortSha: c.sha.slice(0, 7),
        title: sanitizeCommitTitle(c.commit.message),
        url: commitUrl(repo, c.sha),
        ...(author ? { author: sanitizeInline(author, 80) } : {}),
        ...(date ? { date } : {}),
      };
    });
    return {
      ...(link ? { compareUrl: link } : {}),
      commits,
      total,
      truncated: total > commits.length,
      ...(probe.behind > 0 ? { behindBy: probe.behind } : {}),
    };
  } catch (e) {
    const reason = why(e);
    gh.logger.info(`commit list for ${repo.owner}/${repo.repo} ${basehead} not available: ${reason}`);
    return linksOnly(reason);
  }
}
