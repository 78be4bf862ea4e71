/**
 * Trial locks (src/update/lock-surgery.ts): a table of hand-written locks (follows into a moved and an unmoved input,
 * key collisions, shared nodes), and a property over the real locks of ../shared/corpus: with any set of root inputs
 * moved, exactly those inputs lock as in the new lock, every other as in the old one, and the result reads back
 * without a dangling follows.
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeLock } from '../../../src/flake/follows.js';
import { parseLock } from '../../../src/flake/lock.js';
import { changedRootInputs, lockedOf, trialLock, TrialLockError } from '../../../src/update/lock-surgery.js';

const gh = (repo: string, rev: string) => ({
  locked: { lastModified: 1, narHash: `sha256-${rev}`, owner: 'o', repo, rev: rev.repeat(40).slice(0, 40), type: 'github' },
  original: { owner: 'o', repo, type: 'github' },
});

const text = (nodes: Record<string, unknown>): string => `${JSON.stringify({ nodes, root: 'root', version: 7 }, null, 2)}\n`;

// before: nixpkgs (a), hm (a) whose nixpkgs follows the root's, utils (a)
const BEFORE = text({
  root: { inputs: { 'home-manager': 'home-manager', nixpkgs: 'nixpkgs', utils: 'utils' } },
  nixpkgs: gh('nixpkgs', 'a'),
  'home-manager': { ...gh('hm', 'a'), inputs: { nixpkgs: ['nixpkgs'] } },
  utils: gh('utils', 'a'),
});
// after: every input moved; hm gained an input of its own, locked as node `utils` (Nix renamed the root's utils_2)
const AFTER = text({
  root: { inputs: { 'home-manager': 'home-manager', nixpkgs: 'nixpkgs', utils: 'utils_2' } },
  nixpkgs: gh('nixpkgs', 'b'),
  'home-manager': { ...gh('hm', 'b'), inputs: { nixpkgs: ['nixpkgs'], systems: 'utils' } },
  utils: gh('hm-systems', 'c'),
  utils_2: gh('utils', 'b'),
});

const revOf = (t: string, name: string) => String(lockedOf(t, name)?.rev).slice(0, 1);

describe('trialLock', () => {
  test('the changed root inputs', () => {
    expect(changedRootInputs(BEFORE, AFTER)).toEqual(['home-manager', 'nixpkgs', 'utils']);
    expect(changedRootInputs(BEFORE, BEFORE)).toEqual([]);
  });

  test.each([
    [[], 'a', 'a', 'a'],
    [['nixpkgs'], 'b', 'a', 'a'],
    [['home-manager'], 'a', 'b', 'a'],
    [['utils'], 'a', 'a', 'b'],
    [['home-manager', 'utils'], 'a', 'b', 'b'],
    [['nixpkgs', 'home-manager', 'utils'], 'b', 'b', 'b'],
  ])('moved %j: nixpkgs %s, home-manager %s, utils %s', (moved, n, h, u) => {
    const t = trialLock(BEFORE, AFTER, new Set(moved));
    expect([revOf(t, 'nixpkgs'), revOf(t, 'home-manager'), revOf(t, 'utils')]).toEqual([n, h, u]);
    const lock = parseLock(t, 'flake.lock');
    expect(analyzeLock(lock).problems).toEqual([]);
    // home-manager/nixpkgs follows the root's nixpkgs, whichever side it is
    expect(revOf(t, 'home-manager/nixpkgs')).toBe(n);
    if (moved.includes('home-manager')) expect(revOf(t, 'home-manager/systems')).toBe('c');
    expect(t.endsWith('\n')).toBe(true);
    expect(JSON.parse(t).version).toBe(7);
  });

  test('nothing moved is the old lock, everything moved the new one (semantically)', () => {
    expect(changedRootInputs(trialLock(BEFORE, AFTER, new Set()), BEFORE)).toEqual([]);
    expect(changedRootInputs(trialLock(BEFORE, AFTER, new Set(['nixpkgs', 'home-manager', 'utils'])), AFTER)).toEqual([]);
  });

  test('a key taken by the old lock is renamed; the node copied under it keeps its edges', () => {
    const t = trialLock(BEFORE, AFTER, new Set(['home-manager']));
    const json = JSON.parse(t) as { nodes: Record<string, { inputs?: Record<string, unknown> }> };
    // the old `utils` stays; hm's `utils` (hm-systems) comes in under another key
    expect(json.nodes['home-manager']!.inputs!['systems']).toBe('utils_2');
    expect(revOf(t, 'utils')).toBe('a');
  });

  test('a follows that would dangle is refused', () => {
    const before = text({ root: { inputs: { a: 'a', b: 'b' } }, a: gh('a', 'a'), b: gh('b', 'a') });
    const after = text({
      root: { inputs: { a: 'a', b: 'b' } },
      a: { ...gh('a', 'b'), inputs: { x: 'x' } },
      b: { ...gh('b', 'b'), inputs: { y: ['a', 'x'] } },
      x: gh('x', 'b'),
    });
    expect(() => trialLock(before, after, new Set(['b']))).toThrow(TrialLockError);
    expect(revOf(trialLock(before, after, new Set(['a'])), 'a')).toBe('b');
  });

  test('unreachable old nodes are dropped', () => {
    const t = trialLock(BEFORE, AFTER, new Set(['utils']));
    expect(Object.keys(JSON.parse(t).nodes).sort()).toEqual(['home-manager', 'nixpkgs', 'root', 'utils_2']);
  });
});

// ---------------------------------------------------------------- the corpus

const corpus = path.resolve('..', 'shared', 'corpus');

function corpusLocks(): [string, string][] {
  if (!existsSync(corpus)) return [];
  const out: [string, string][] = [];
  for (const name of readdirSync(corpus).sort()) {
    const file = path.join(corpus, name, 'flake.lock');
    if (!existsSync(file)) continue;
    const t = readFileSync(file, 'utf8');
    try {
      const v = (JSON.parse(t) as { version?: unknown }).version;
      if (typeof v !== 'number' || v < 5) continue;
      parseLock(t, file);
    } catch {
      continue; // the corpus keeps some broken locks on purpose
    }
    out.push([name, t]);
  }
  return out;
}

/** The "new" lock: every node's narHash changed and every key but the root's rotated (keys collide as Nix renames). */
function moved(t: string): string {
  const json = JSON.parse(t) as { root: string; nodes: Record<string, Record<string, unknown>> };
  const keys = Object.keys(json.nodes).filter((k) => k !== json.root);
  const to = new Map(keys.map((k, i) => [k, keys[(i + 1) % keys.length]!]));
  const rename = (k: string) => to.get(k) ?? k;
  const nodes: Record<string, Record<string, unknown>> = {};
  for (const [k, n] of Object.entries(json.nodes)) {
    const copy: Record<string, unknown> = { ...n };
    const inputs = n['inputs'] as Record<string, string | string[]> | undefined;
    if (inputs) copy['inputs'] = Object.fromEntries(Object.entries(inputs).map(([i, e]) => [i, Array.isArray(e) ? e : rename(e)]));
    const locked = n['locked'] as Record<string, unknown> | undefined;
    if (locked && typeof locked['narHash'] === 'string') copy['locked'] = { ...locked, narHash: `${locked['narHash']}x` };
    nodes[rename(k)] = copy;
  }
  return JSON.stringify({ ...json, nodes });
}

const locks = corpusLocks();
const describeCorpus = locks.length > 0 ? describe : describe.skip;
if (locks.length === 0) console.warn(`lock-surgery: ${corpus} is absent; the corpus property is skipped`);

describeCorpus('trialLock on the real locks of ../shared/corpus', () => {
  test.each(locks)('%s: any set moved locks exactly that set as new', (name, before) => {
    const after = moved(before);
    const changed = changedRootInputs(before, after);
    let made = 0;
    fc.assert(
      fc.property(fc.subarray(changed), (subset) => {
        let t: string;
        try {
          t = trialLock(before, after, new Set(subset));
        } catch (e) {
          if (e instanceof TrialLockError) return; // a follows that needs the other side: refused, never written
          throw e;
        }
        made++;
        expect(analyzeLock(parseLock(t, name)).problems).toEqual([]);
        expect(changedRootInputs(t, after)).toEqual(changed.filter((c) => !subset.includes(c)));
        expect(changedRootInputs(before, t)).toEqual(changed.filter((c) => subset.includes(c)));
      }),
      { numRuns: 25, seed: 14 },
    );
    expect(made).toBeGreaterThan(0);
  });
});
