/**
 * The run's lookup of release tags for lint (issue 14, lint half of "Release tags"): each allowed remote asked once
 * per run (across flakes), at most `maxRemotes` distinct remotes (beyond them one info line), at most `parallel` at a
 * time; a remote that does not answer (or whose port throws) is an info line with the names neutralised, never a
 * failure; the policy's refusals ask nothing.
 */
import { describe, expect, test } from '@jest/globals';
import { MemoryLogger } from '../../../src/core/ports.js';
import { tagLookup } from '../../../src/app/lint-tag-lookup.js';
import { lintContext } from '../../../src/lint/lint-context.js';
import type { LintOptions } from '../../../src/lint/lint-types.js';
import { NOW, options } from '../lint/helpers.js';

function flake(inputs: Record<string, string>, over: Partial<LintOptions> = { newerTags: 'any' }, nixPath = 'flake.nix') {
  // names as raw characters inside a Nix string (a fork may write any byte there)
  const lines = Object.entries(inputs).map(([n, url]) => `  inputs."${n}".url = ${JSON.stringify(url)};`);
  const text = `{\n${lines.join('\n')}\n  outputs = _: { };\n}\n`;
  return lintContext({ nixPath, lockPath: 'flake.lock', nix: text, lock: undefined }, NOW, options(over));
}

/** A Git port that answers from a table after a tick, counting questions and the most asked at once. */
function fakeGit(answers: Record<string, string[] | undefined | 'throw'>) {
  const asked: string[] = [];
  const anonymous: boolean[] = [];
  let now = 0;
  let most = 0;
  return {
    asked,
    anonymous,
    most: () => most,
    git: {
      async remoteTags(url: string, opts?: { anonymous?: boolean }) {
        asked.push(url);
        anonymous.push(opts?.anonymous === true);
        most = Math.max(most, ++now);
        await new Promise((r) => setTimeout(r, 5));
        now--;
        const a = answers[url];
        if (a === 'throw') throw new Error('boom');
        return a;
      },
    },
  };
}

describe('tagLookup', () => {
  test('the answered remotes go into the context; each remote once per run, across flakes', async () => {
    const g = fakeGit({ 'https://github.com/o/a.git': ['v1.1.0'], 'file:///srv/b': ['v2.0.0'] });
    const lookup = tagLookup({ git: g.git });
    const one = await lookup.withTags(flake({ a: 'github:o/a/v1.0.0', b: 'git+file:///srv/b?ref=v1.0.0' }));
    const two = await lookup.withTags(flake({ again: 'github:o/a?ref=v0.1.0' }));
    expect([...one.remoteTags!]).toEqual([
      ['https://github.com/o/a.git', ['v1.1.0']],
      ['file:///srv/b', ['v2.0.0']],
    ]);
    expect([...two.remoteTags!]).toEqual([['https://github.com/o/a.git', ['v1.1.0']]]);
    expect(g.asked).toEqual(['https://github.com/o/a.git', 'file:///srv/b']);
    // URLs a fork may choose: asked with no credentials and no git config
    expect(g.anonymous).toEqual([true, true]);
  });

  test('forges: a self-hosted remote is not asked; off and no pins ask nothing and leave the context as it was', async () => {
    const g = fakeGit({});
    const lookup = tagLookup({ git: g.git });
    const forges = flake({ mine: 'git+https://git.example.org/x?ref=v1.0.0' }, { newerTags: 'forges' });
    expect((await lookup.withTags(forges)).remoteTags).toBeUndefined();
    const off = flake({ a: 'github:o/a/v1.0.0' }, { newerTags: 'off' });
    expect(await lookup.withTags(off)).toBe(off);
    const none = flake({ a: 'github:o/a' });
    expect(await lookup.withTags(none)).toBe(none);
    expect(g.asked).toEqual([]);
  });

  test('bounded: at most maxRemotes distinct remotes per run, one info line beyond; parallel at a time', async () => {
    const names = Array.from({ length: 9 }, (_, i) => `r${i}`);
    const g = fakeGit(Object.fromEntries(names.map((n) => [`https://github.com/o/${n}.git`, ['v9.0.0']])));
    const logger = new MemoryLogger();
    const lookup = tagLookup({ git: g.git, logger, maxRemotes: 6, parallel: 2 });
    const ctx = await lookup.withTags(flake(Object.fromEntries(names.map((n) => [n, `github:o/${n}/v1.0.0`]))));
    expect(g.asked).toHaveLength(6);
    expect(ctx.remoteTags!.size).toBe(6);
    expect(g.most()).toBe(2);
    await lookup.withTags(flake({ late: 'github:o/late/v1.0.0' }, undefined, 'sub/flake.nix'));
    expect(g.asked).toHaveLength(6);
    expect(logger.lines).toEqual([]); // said at the end of the run, with the count
    lookup.done();
    lookup.done();
    expect(logger.lines).toEqual([
      {
        level: 'info',
        message:
          'newer-tags: more than 6 repositories to ask for release tags in one run; 4 tag-pinned inputs were not checked for a newer release',
      },
    ]);
  });

  test('shared by two runs (a review\'s base and head): each remote asked once, an input counted and said once', async () => {
    const g = fakeGit({ 'https://github.com/o/a.git': ['v1.1.0'], 'https://github.com/o/down.git': undefined });
    const logger = new MemoryLogger();
    const lookup = tagLookup({ git: g.git, logger, maxRemotes: 2 });
    const side = { a: 'github:o/a/v1.0.0', down: 'github:o/down/v1.0.0', over: 'github:o/over/v1.0.0' };
    const base = await lookup.withTags(flake(side));
    const head = await lookup.withTags(flake({ ...side, more: 'github:o/more/v1.0.0' }));
    lookup.done();
    expect(g.asked).toEqual(['https://github.com/o/a.git', 'https://github.com/o/down.git']);
    expect([...base.remoteTags!]).toEqual([...head.remoteTags!]);
    expect(logger.lines.map((l) => l.message)).toEqual([
      "flake.nix: the release tags of input 'down' could not be listed (git ls-remote https://github.com/o/down.git did not answer); it is not checked for a newer release",
      'newer-tags: more than 2 repositories to ask for release tags in one run; 2 tag-pinned inputs were not checked for a newer release',
    ]);
  });

  test('a remote that does not answer, or a port that throws: an info line, neutralised; the others still count', async () => {
    const hostile = 'bad\u001b[2J\n::error::x';
    const g = fakeGit({
      'https://github.com/o/ok.git': ['v1.1.0'],
      'https://github.com/o/down.git': undefined,
      'https://github.com/o/throws.git': 'throw',
    });
    const logger = new MemoryLogger();
    const ctx = await tagLookup({ git: g.git, logger }).withTags(
      flake({ ok: 'github:o/ok/v1.0.0', [hostile]: 'github:o/down/v1.0.0', t: 'github:o/throws/v1.0.0' }),
    );
    expect([...ctx.remoteTags!.keys()]).toEqual(['https://github.com/o/ok.git']);
    expect(logger.lines.map((l) => [l.level, l.message])).toEqual([
      [
        'info',
        "flake.nix: the release tags of input 'bad\\u001b[2J\\n::error::x' could not be listed (git ls-remote https://github.com/o/down.git did not answer); it is not checked for a newer release",
      ],
      [
        'info',
        "flake.nix: the release tags of input 't' could not be listed (git ls-remote https://github.com/o/throws.git did not answer); it is not checked for a newer release",
      ],
    ]);
  });

  test('the time budget: a remote whose turn comes after it is spent is not asked; each ask gets what is left', async () => {
    let clock = 0;
    const timeouts: number[] = [];
    const asked: string[] = [];
    const git = {
      async remoteTags(url: string, opts?: { timeoutMs?: number }) {
        asked.push(url);
        timeouts.push(opts?.timeoutMs ?? -1);
        clock += 60; // each remote takes 60 ms
        return ['v9.0.0'];
      },
    };
    const logger = new MemoryLogger();
    const lookup = tagLookup({ git, logger, parallel: 1, budgetMs: 100, remoteMs: 50, now: () => clock });
    const ctx = await lookup.withTags(flake({ a: 'github:o/a/v1.0.0', b: 'github:o/b/v1.0.0', c: 'github:o/c/v1.0.0' }));
    // a at 0 ms (50 ms allowed: the per-remote limit), b at 60 ms (40 left), c at 120 ms: over, not asked
    expect(asked).toEqual(['https://github.com/o/a.git', 'https://github.com/o/b.git']);
    expect(timeouts).toEqual([50, 40]);
    expect([...ctx.remoteTags!.keys()]).toEqual(['https://github.com/o/a.git', 'https://github.com/o/b.git']);
    expect(logger.lines.map((l) => l.message)).toEqual([
      "flake.nix: the release tags of input 'c' were not asked: the 100 ms this run gives tag lookups were spent; it is not checked for a newer release",
    ]);
  });
});
