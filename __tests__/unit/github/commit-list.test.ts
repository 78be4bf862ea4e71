// Commit lists from the compare API, against the local GitHub server (every request checked against GitHub's
// description): newest first, capped, paginated to just the pages needed, titles inert; every failure degrades to
// the compare link.
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { listCommits, ownHost, type CommitRange } from '../../../src/github/commit-list.js';
import type { ForgeRepo } from '../../../src/forge/forge-repo.js';
import { testClient } from '../../support/github/client.js';
import { startGitHubServer, type GitHubServer } from '../../support/github/server.js';

let gh: GitHubServer;
beforeAll(async () => {
  gh = await startGitHubServer();
}, 30_000);
afterAll(async () => {
  await gh?.close();
});
afterEach(() => {
  gh.faults.clear();
  try {
    gh.assertNoViolations();
  } finally {
    gh.violations.length = 0;
  }
});

const sha = (n: number): string => n.toString(16).padStart(40, '0');
const nixpkgs: ForgeRepo = { forge: 'github', host: 'github.com', owner: 'NixOS', repo: 'nixpkgs' };

/** Seeds `count` commits between two revisions; commit i is titled `commit i` (0 = oldest). */
function seed(from: string, to: string, count: number, title = (i: number) => `commit ${i}`): CommitRange {
  gh.seedCompare(
    'NixOS',
    'nixpkgs',
    from,
    to,
    Array.from({ length: count }, (_, i) => ({ sha: sha(i + 1), message: `${title(i)}\n\nbody` })),
  );
  return { before: { repo: nixpkgs, rev: from }, after: { repo: nixpkgs, rev: to } };
}

/** The client answers for github.com here (the local server stands in for it). */
const lookup = () => {
  const { client } = testClient(gh);
  return () => client;
};

function comparePages(from: string, to: string): string[] {
  return gh
    .calls('repos/compare-commits-with-basehead')
    .filter((r) => r.path.endsWith(`/${from}...${to}`))
    .map((r) => `${r.query['page']}/${r.query['per_page']}`);
}

describe('listCommits', () => {
  test('capped: the newest commits first, the total, a link; only the pages that hold them are fetched', async () => {
    const range = seed('a120', 'b120', 120);
    const list = await listCommits(lookup(), range, { maxCommits: 50 });
    expect(list.total).toBe(120);
    expect(list.truncated).toBe(true);
    expect(list.compareUrl).toBe('https://github.com/NixOS/nixpkgs/compare/a120...b120');
    expect(list.commits.map((c) => c.title)).toEqual(Array.from({ length: 50 }, (_, i) => `commit ${119 - i}`));
    expect(list.commits[0]).toMatchObject({
      sha: sha(120),
      shortSha: sha(120).slice(0, 7),
      url: `https://github.com/NixOS/nixpkgs/commit/${sha(120)}`,
    });
    // A probe for the total (no file list: page 2), then pages 1 and 2 of 100, which hold commits 70-119.
    expect(comparePages('a120', 'b120')).toEqual(['2/1', '1/100', '2/100']);
  });

  test('a long range reads only its last page', async () => {
    const range = seed('a250', 'b250', 250);
    const list = await listCommits(lookup(), range, { maxCommits: 50 });
    expect(list.commits.map((c) => c.title).slice(0, 2)).toEqual(['commit 249', 'commit 248']);
    expect(list.commits).toHaveLength(50);
    expect(comparePages('a250', 'b250')).toEqual(['2/1', '3/100']);
  });

  test('short ranges are listed whole', async () => {
    const list = await listCommits(lookup(), seed('a3', 'b3', 3), { maxCommits: 50 });
    expect(list.commits.map((c) => c.title)).toEqual(['commit 2', 'commit 1', 'commit 0']);
    expect(list).toMatchObject({ total: 3, truncated: false });
  });

  test('titles and authors are made inert: no pings, no cross-links', async () => {
    const list = await listCommits(
      lookup(),
      seed('as', 'bs', 1, () => 'fix #123 thanks @alice (GH-9) <b>'),
      { maxCommits: 5 },
    );
    expect(list.commits[0]!.title).toBe('fix #\u200b123 thanks @\u200balice (GH-\u200b9) &lt;b&gt;');
  });

  test('a revision moved back: no commits, how far behind', async () => {
    gh.seedCompare('NixOS', 'nixpkgs', 'new', 'old', [], 7);
    const list = await listCommits(
      lookup(),
      { before: { repo: nixpkgs, rev: 'new' }, after: { repo: nixpkgs, rev: 'old' } },
      { maxCommits: 5 },
    );
    expect(list).toMatchObject({ total: 0, truncated: false, behindBy: 7, commits: [] });
  });

  test('an unknown revision, a rate limit, a server error: the link only, never a failure', async () => {
    const unknown = await listCommits(
      lookup(),
      { before: { repo: nixpkgs, rev: 'x' }, after: { repo: nixpkgs, rev: 'y' } },
      { maxCommits: 5 },
    );
    expect(unknown).toEqual({
      compareUrl: 'https://github.com/NixOS/nixpkgs/compare/x...y',
      commits: [],
      truncated: false,
      unavailable: 'GitHub does not know one of the revisions',
    });

    const range = seed('arl', 'brl', 3);
    gh.faults.add({
      match: { operation: 'repos/compare-commits-with-basehead' },
      respond: { kind: 'rate-limit', resetIn: 3600 },
    });
    const started = Date.now();
    const limited = await listCommits(lookup(), range, { maxCommits: 5 });
    expect(limited.unavailable).toBe('GitHub API rate limit reached');
    expect(limited.compareUrl).toBe('https://github.com/NixOS/nixpkgs/compare/arl...brl');
    expect(Date.now() - started).toBeLessThan(5000);

    gh.faults.clear();
    gh.faults.add({
      match: { operation: 'repos/compare-commits-with-basehead' },
      respond: { kind: 'status', status: 500 },
      times: Infinity,
    });
    expect((await listCommits(lookup(), range, { maxCommits: 5 })).unavailable).toBe('GitHub API answered 500');
  });

  test('other forges, hosts without a client, moved inputs, no revisions: links only, no API call', async () => {
    const before = gh.requests.length;
    const gitlab: ForgeRepo = { forge: 'gitlab', host: 'gitlab.freedesktop.org', owner: 'wlroots', repo: 'wlroots' };
    const srht: ForgeRepo = { forge: 'sourcehut', host: 'git.sr.ht', owner: '~sircmpwn', repo: 'hare' };
    const ghe: ForgeRepo = { forge: 'github', host: 'ghe.example.com', owner: 'o', repo: 'r' };
    const none = () => undefined;
    expect(
      await listCommits(
        none,
        { before: { repo: gitlab, rev: 'a' }, after: { repo: gitlab, rev: 'b' } },
        { maxCommits: 5 },
      ),
    ).toMatchObject({
      compareUrl: 'https://gitlab.freedesktop.org/wlroots/wlroots/-/compare/a...b',
      unavailable: 'commit lists come from GitHub only; see the gitlab link',
    });
    expect(
      (
        await listCommits(
          none,
          { before: { repo: srht, rev: 'a' }, after: { repo: srht, rev: 'b' } },
          { maxCommits: 5 },
        )
      ).compareUrl,
    ).toBe('https://git.sr.ht/~sircmpwn/hare/log/b');
    const { client } = testClient(gh);
    expect(
      (
        await listCommits(
          ownHost(client),
          { before: { repo: ghe, rev: 'a' }, after: { repo: ghe, rev: 'b' } },
          { maxCommits: 5 },
        )
      ).unavailable,
    ).toBe('no API access to ghe.example.com');
    const fork: ForgeRepo = { ...nixpkgs, owner: 'someone' };
    expect(
      (
        await listCommits(
          lookup(),
          { before: { repo: nixpkgs, rev: 'a' }, after: { repo: fork, rev: 'b' } },
          { maxCommits: 5 },
        )
      ).unavailable,
    ).toBe('the input moved to another repository');
    expect((await listCommits(lookup(), { after: { repo: nixpkgs, rev: 'b' } }, { maxCommits: 5 })).unavailable).toBe(
      'no revisions to compare',
    );
    expect((await listCommits(lookup(), seed('a0', 'b0', 2), { maxCommits: 0 })).unavailable).toBe(
      'commit lists are turned off',
    );
    expect(gh.requests.length).toBe(before);
  });
});
