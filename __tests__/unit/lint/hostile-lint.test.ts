/**
 * The whole lint engine (src/app/lint.ts: discover, load, parse, resolve, every rule) on the hostile locks of
 * issue 9, items 2 to 4: each gives its findings, or one lock/invalid finding naming the file and the limit,
 * never a stack overflow, an exhausted heap or minutes of work. The inputs are generated here, never committed.
 * (Before the fix: the 2,000-long chain took 74 s, the shared-node lock ran out of heap, the deep JSON, the
 * 20,000-node chain and the 5,000-long chain threw "Maximum call stack size exceeded"; bench/hostile.bench.ts
 * times them.)
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULTS } from '../../../src/core/config.js';
import { LOCK_LIMITS } from '../../../src/flake/lock.js';
import type { FlakeResult } from '../../../src/lint/lint-result.js';
import { lint, loadFlake, type Loader } from '../../../src/app/lint.js';
import type { Finding } from '../../../src/lint/lint-types.js';
import {
  deepJsonLock,
  followsChainFlakeNix,
  followsChainLock,
  followsCycleFlakeNix,
  followsCycleLock,
  missingOverrides,
  nodeChainLock,
  sameSourceNestedFlakeNix,
  sameSourceNestedLock,
  sameSourceRootsFlakeNix,
  sameSourceRootsLock,
  sharedNodeLock,
} from '../../support/hostile-locks.js';

let workspace: string;
beforeAll(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'fs-hostile-lint-'));
});
afterAll(async () => rm(workspace, { recursive: true, force: true }));

/**
 * A loader that counts how often the rules read an element of flake.nix's root inputs (a Proxy over the array):
 * the work the rules do over the declarations, counted rather than timed. A rule that searches every declaration
 * for every input reads n^2 elements; one that indexes them once reads a few n.
 */
function countingLoader(): { load: Loader; reads: () => number } {
  let reads = 0;
  const load: Loader = async (...args) => {
    const ctx = await loadFlake(...args);
    if (!ctx.flake) return ctx;
    const inputs = new Proxy(ctx.flake.inputs, {
      get(target, prop, receiver) {
        if (typeof prop === 'string' && /^[0-9]+$/.test(prop)) reads++;
        return Reflect.get(target, prop, receiver) as unknown;
      },
    });
    return { ...ctx, flake: { ...ctx.flake, inputs } };
  };
  return { load, reads: () => reads };
}

/**
 * A loader that counts the lookups of lock inputs the rules make (`node.inputs.get`), on a copy of the lock: how
 * much resolving the rules do, counted rather than timed. A resolver without a memo walks a chain of n follows
 * once for each of them (n^2 lookups); the memoised one walks it once.
 */
function countingLockLoader(): { load: Loader; gets: () => number } {
  let gets = 0;
  class CountingMap<K, V> extends Map<K, V> {
    override get(key: K): V | undefined {
      gets++;
      return super.get(key);
    }
  }
  const load: Loader = async (...args) => {
    const ctx = await loadFlake(...args);
    if (!ctx.lock) return ctx;
    const nodes = new Map([...ctx.lock.nodes].map(([k, n]) => [k, { ...n, inputs: new CountingMap(n.inputs) }]));
    return { ...ctx, lock: { ...ctx.lock, nodes } };
  };
  return { load, gets: () => gets };
}

let counter = 0;
async function lintFiles(lock: string, nix?: string, load?: Loader): Promise<FlakeResult> {
  const dir = `flake-${counter++}`;
  await mkdir(path.join(workspace, dir));
  await writeFile(path.join(workspace, dir, 'flake.lock'), lock);
  if (nix !== undefined) await writeFile(path.join(workspace, dir, 'flake.nix'), nix);
  const run = await lint(
    {
      workspace,
      paths: [dir],
      settings: {
        failOn: 'error',
        rules: {},
        maxAge: DEFAULTS.maxAge,
        maxAgeByInput: {},
        ignore: [],
        allowedOwners: [],
      },
      rulesSetting: '--rules',
      clock: { now: () => new Date('2026-11-21T00:00:00Z') },
    },
    load,
  );
  const flake = run.flakes[0]!;
  // no rule failed (a failing rule becomes a notice, e.g. "Maximum call stack size exceeded")
  expect(flake.notices.filter((n) => /failed/.test(n))).toEqual([]);
  return flake;
}

const byRule = (f: FlakeResult, rule: string) => f.findings.filter((x) => x.rule === rule);

/** The one finding that refuses the lock: in flake.lock, one line, naming the limit and what to do. */
function refusedWith(f: FlakeResult, message: string): Finding {
  expect(f.findings.map((x) => x.rule)).toEqual(['lock/invalid']);
  const finding = f.findings[0]!;
  expect(finding.file).toMatch(/flake\.lock$/);
  expect(finding.message).not.toMatch(/[\n\r]/);
  expect(finding.message).toContain(message);
  expect(finding.message).toMatch(/nix flake lock --recreate-lock-file/);
  return finding;
}

describe('follows chains', () => {
  test('a 2,000-long follows chain in flake.lock (74 s before): lints, every input resolved to the leaf', async () => {
    const counting = countingLockLoader();
    const f = await lintFiles(followsChainLock(2000), undefined, counting.load);
    // before: each follows rule resolved each of the 2,000 follows again, with no memo: 3,998,000 lookups (now 3,999)
    expect(counting.gets()).toBeLessThan(50 * 2000);
    expect(f.ctx.resolved.size).toBe(2000);
    expect(f.ctx.resolved.get('a1')?.node).toBe('leaf');
    expect(f.findings.filter((x) => x.rule.startsWith('follows/') || x.rule === 'lock/invalid')).toEqual([]);
  });

  test('the same chain declared in flake.nix too: no follows finding', async () => {
    const f = await lintFiles(followsChainLock(2000), followsChainFlakeNix(2000));
    expect(f.findings.filter((x) => x.rule.startsWith('follows/') || x.rule.startsWith('sync/'))).toEqual([]);
  });

  test('a 5,000-long follows chain (a stack overflow before): lints', async () => {
    const f = await lintFiles(followsChainLock(5000));
    expect(f.ctx.resolved.get('a1')?.node).toBe('leaf');
    expect(byRule(f, 'lock/invalid')).toEqual([]);
  });

  test('a 2,000-long follows cycle in flake.nix and flake.lock: every input reported, each message bounded', async () => {
    // before, the flake.nix side stopped looking after 64 follows and found none of these
    const f = await lintFiles(followsCycleLock(2000), followsCycleFlakeNix(2000));
    const cycles = byRule(f, 'follows/cycle');
    expect(cycles).toHaveLength(2000);
    expect(cycles.every((c) => c.file.endsWith('flake.nix'))).toBe(true);
    const a1 = cycles.find((c) => c.input === 'a1')!;
    expect(a1.message).toBe(
      'follows cycle: a1 -> a2 -> a3 -> a4 -> a5 -> a6 -> a7 -> a8 -> a9 -> a10 -> a11 -> a12 -> … 1988 more -> a1; none of these inputs has a source, and using one fails',
    );
    for (const c of cycles) expect(c.message.length).toBeLessThan(250);
  });
});

describe('locks refused by one line', () => {
  test('the 3,000-deep shared-node lock (out of heap before): the paths limit', async () => {
    const f = await lintFiles(sharedNodeLock(3000));
    refusedWith(f, 'flake.lock expands to more than 100000 input paths');
  });

  test('JSON nested 100,000 deep (a stack overflow before): the nesting limit, at its position', async () => {
    const text = deepJsonLock(100_000);
    const finding = refusedWith(
      await lintFiles(text),
      `nests objects and arrays more than ${LOCK_LIMITS.jsonDepth} deep`,
    );
    expect([finding.line, finding.column]).toEqual([1, text.indexOf('[') + LOCK_LIMITS.jsonDepth]);
  });

  test('a 20,000-node chain (a stack overflow before): the node limit', async () => {
    refusedWith(await lintFiles(nodeChainLock(20_000)), `has 20001 nodes, more than the ${LOCK_LIMITS.nodes}`);
  });

  test('a flake.lock larger than the size limit is refused from its size, before it is read', async () => {
    const big = `{"version": 7, "root": "root", "nodes": {"root": {}}, "pad": "${'x'.repeat(LOCK_LIMITS.bytes)}"}`;
    refusedWith(await lintFiles(big), 'larger than the 8 MiB flake-steward reads');
  });
});

describe('thousands of copies of one source', () => {
  test('4,000 root inputs sharing one source, declared in flake.nix: each reported once against the first', async () => {
    const counting = countingLoader();
    const f = await lintFiles(sameSourceRootsLock(4000), sameSourceRootsFlakeNix(4000), counting.load);
    // before: every finding searched the 4,000 declarations (for its place and for its preference): 24 million
    // reads (now 56,000)
    expect(counting.reads()).toBeLessThan(50 * 4000);
    const dups = byRule(f, 'duplicates/duplicate-input');
    expect(dups).toHaveLength(3999);
    expect(dups.map((d) => d.input)).toEqual(Array.from({ length: 3999 }, (_, i) => `i${i + 2}`));
    expect(dups.every((d) => d.fix?.text === `inputs.${d.input}.follows = "i1";`)).toBe(true);
    expect(dups[0]!.line).toBe(3);
  });

  test('4,000 inputs each with their own copy of one source, declared in flake.nix: 4,000 fixes', async () => {
    const counting = countingLoader();
    const f = await lintFiles(sameSourceNestedLock(4000), sameSourceNestedFlakeNix(4000), counting.load);
    expect(counting.reads()).toBeLessThan(50 * 4000); // before: 40 million

    const dups = byRule(f, 'duplicates/duplicate-input');
    expect(dups).toHaveLength(4000);
    const last = dups.find((d) => d.input === 'i4000/nixpkgs')!;
    expect(last.fix?.text).toBe('inputs.i4000.inputs.nixpkgs.follows = "nixpkgs";');
    // the edit goes after the declaration of i4000, on line 4,002 (line 1 is `{`, line 2 nixpkgs)
    expect(last.fix?.edits[0]?.span.start.line).toBe(4002);
  });

  test('4,000 overrides of inputs that do not exist (13 s before): each reported with its removal', async () => {
    const { lock, nix } = missingOverrides(4000);
    const counting = countingLoader();
    const f = await lintFiles(lock, nix, counting.load);
    // before: each removal looked at every declaration: 40 million reads
    expect(counting.reads()).toBeLessThan(50 * 4000);
    const overrides = byRule(f, 'follows/override-of-missing-input');
    expect(overrides).toHaveLength(4000);
    const last = overrides.find((o) => o.input === 'i4000/nope')!;
    expect(last.message).toBe(
      'override of i4000/nope has no effect: the locked i4000 has no inputs at all; Nix ignores it',
    );
    expect(last.fix?.edits).toHaveLength(1);
    expect(last.fix?.edits[0]?.span.start.line).toBe(2 * 4000 + 2);
  });
});
