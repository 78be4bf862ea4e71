/**
 * The lock graph on hostile shapes (issue 9, items 2 and 3): follows chains and cycles thousands long resolve
 * without the call stack, shared nodes that expand to 2^depth paths and over-long paths are refused by one line
 * before any path is built, and the one memoised resolver agrees with a naive one on every query, in any order.
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { UserError } from '../../../src/core/errors.js';
import {
  analyzeLock,
  CYCLE_SHOWN,
  FollowsResolver,
  GRAPH_LIMITS,
  resolvePath,
  resolverFor,
} from '../../../src/flake/follows.js';
import { parseLock } from '../../../src/flake/lock.js';
import type { InputPath, LockFile } from '../../../src/flake/flake-types.js';
import {
  broomLock,
  followsChainLock,
  followsCycleLock,
  lockJson,
  nodeChainLock,
  pathNode,
  sharedNodeLock,
} from '../../support/hostile-locks.js';
import { corpusLocks, describeCorpus } from './corpus-helper.js';

const read = (text: string) => parseLock(text, 'flake.lock');

function refusal(lock: LockFile): UserError {
  try {
    analyzeLock(lock);
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('analyzeLock accepted the lock');
}

describe('long follows chains and cycles', () => {
  test('a 5,000-long follows chain resolves, every input to the leaf', () => {
    const lock = read(followsChainLock(5000));
    const g = analyzeLock(lock);
    expect(g.problems).toEqual([]);
    expect(g.inputs.size).toBe(5000);
    for (const r of g.inputs.values()) expect(r.node).toBe('leaf');
    expect(resolvePath(lock, ['a1'])).toEqual({ kind: 'node', key: 'leaf' });
  });

  test('a 5,000-long follows cycle: each input reports the cycle, in a bounded message', () => {
    const g = analyzeLock(read(followsCycleLock(5000)));
    expect(g.problems).toHaveLength(5000);
    const first = g.problems[0]!;
    // input a1 follows a2: the cycle as seen from a2, its first CYCLE_SHOWN paths, then the rest counted
    expect(first).toMatchObject({ kind: 'cycle', path: ['a1'], follows: ['a2'] });
    expect(first.kind === 'cycle' && first.cycle.length).toBe(CYCLE_SHOWN + 1);
    expect(first.message).toBe(
      `input 'a1' follows a cycle: a2 -> a3 -> a4 -> a5 -> a6 -> a7 -> a8 -> a9 -> a10 -> a11 -> a12 -> a13 -> … ${5000 - CYCLE_SHOWN} more -> a2`,
    );
    for (const p of g.problems) expect(p.message.length).toBeLessThan(200);
  });

  test('a 5,000-node chain (it overflowed the stack before) is refused by the depth limit, before the walk', () => {
    const e = refusal(read(nodeChainLock(5000)));
    expect(e.message).toBe(
      `flake.lock has input paths 5,000 inputs deep, more than the ${GRAPH_LIMITS.depth} flake-steward follows`,
    );
  });
});

describe('limits, checked before any path is built', () => {
  test('the 3,000-deep shared-node lock (2^3001 paths): the paths limit, one line', () => {
    const lock = read(sharedNodeLock(3000));
    const e = refusal(lock);
    expect(e.format()).toBe(
      `flake.lock:3:1: error: flake.lock expands to more than ${GRAPH_LIMITS.paths} input paths (more than 1e+308: its nodes are shared between inputs) (Nix never shares nodes this way; run \`nix flake lock --recreate-lock-file\` to write the lock Nix would)`,
    );
  });

  test('a 500-deep shared-node lock: the paths limit, with the count', () => {
    expect(refusal(read(sharedNodeLock(500))).message).toContain('(about 6.5e+150: its nodes are shared');
  });

  test('17 levels of sharing is 262,142 paths: just past the limit', () => {
    expect(refusal(read(sharedNodeLock(17))).message).toContain('(262,142: its nodes');
    expect(analyzeLock(read(sharedNodeLock(15))).inputs.size).toBe(65_534);
  });

  test('few paths but long ones: the limit on names in all paths', () => {
    const e = refusal(read(broomLock(250, 4000)));
    expect(e.message).toBe(
      "flake.lock's input paths add up to 1,035,375 input names, more than the 1,000,000 flake-steward reads",
    );
  });

  test('paths as deep as the limit are walked', () => {
    const g = analyzeLock(read(nodeChainLock(GRAPH_LIMITS.depth)));
    expect(g.inputs.size).toBe(GRAPH_LIMITS.depth);
    expect([...g.inputs.values()].pop()!.path).toHaveLength(GRAPH_LIMITS.depth);
  });

  test('lock nodes that loop (a hand-edited lock) stay within the limits too: the walk counts as it goes', () => {
    // x and y point at each other; each also holds s, a node of 32,000 follows entries. The count before the walk
    // is exact only without loops: it sees y's paths from x (where x is on the way, so y/loop is not expanded) and
    // gets 96,008; the walk expands y/loop from the root too and passes 100,000.
    const fan: Record<string, string[]> = {};
    for (let k = 1; k <= 32_000; k++) fan[`f${k}`] = [];
    const nodes: Record<string, ReturnType<typeof pathNode>> = {
      root: { inputs: { x: 'x', y: 'y' } },
      x: pathNode('x', { loop: 'y', s: 's' }),
      y: pathNode('y', { loop: 'x', s: 's' }),
      s: pathNode('s', fan),
    };
    expect(refusal(read(lockJson(nodes))).message).toBe(
      `flake.lock expands to more than ${GRAPH_LIMITS.paths} input paths (100,001: its nodes are shared between inputs)`,
    );
  });
});

describeCorpus('corpus: no real lock comes near a graph limit', () => {
  test('paths, depth and names are far below the limits', () => {
    let paths = 0;
    let depth = 0;
    let names = 0;
    for (const l of corpusLocks()) {
      if ((JSON.parse(l.text) as { version: number }).version < 5) continue;
      const g = analyzeLock(parseLock(l.text, l.file));
      let n = 0;
      for (const r of g.inputs.values()) {
        n += r.path.length;
        depth = Math.max(depth, r.path.length);
      }
      paths = Math.max(paths, g.inputs.size);
      names = Math.max(names, n);
    }
    expect(paths * 100).toBeLessThan(GRAPH_LIMITS.paths);
    expect(depth * 10).toBeLessThan(GRAPH_LIMITS.depth);
    expect(names * 100).toBeLessThan(GRAPH_LIMITS.names);
  });
});

// ------------------------------------------------------------------------------------------------ the resolver

/**
 * A naive findInput, written from lockfile.cc with a stack instead of a memo (so it shares nothing with
 * FollowsResolver): `visited` holds the follows paths being resolved.
 */
type Naive = { kind: 'node'; key: string } | { kind: 'missing' } | { kind: 'cycle' };
function naive(lock: LockFile, path: InputPath, visited: string[]): Naive {
  const id = JSON.stringify(path);
  if (visited.includes(id)) return { kind: 'cycle' };
  visited.push(id);
  try {
    let key = lock.root;
    for (const name of path) {
      const edge = lock.nodes.get(key)!.inputs.get(name);
      if (!edge) return { kind: 'missing' };
      if (edge.kind === 'node') key = edge.key;
      else {
        const r = naive(lock, edge.path, visited);
        if (r.kind !== 'node') return r;
        key = r.key;
      }
    }
    return { kind: 'node', key };
  } finally {
    visited.pop();
  }
}

const NAMES = ['a', 'b', 'c'];
const pathArb = fc.array(fc.constantFrom(...NAMES), { maxLength: 3 });

/** Random small locks with node edges forward and follows anywhere (cycles and dangling follows happen). */
const lockArb = fc
  .integer({ min: 1, max: 5 })
  .chain((n) =>
    fc.array(
      fc.dictionary(
        fc.constantFrom(...NAMES),
        fc.oneof(
          fc.integer({ min: 1, max: n }).map((i) => `n${i}`),
          pathArb,
        ),
        { maxKeys: 3 },
      ),
      { minLength: n + 1, maxLength: n + 1 },
    ),
  )
  .map((specs) => {
    const nodes: Record<string, ReturnType<typeof pathNode>> = {};
    specs.forEach((inputs, i) => {
      const ins: Record<string, string | string[]> = {};
      for (const [name, e] of Object.entries(inputs)) {
        if (Array.isArray(e) || Number(e.slice(1)) > i) ins[name] = e; // node edges point forward
      }
      nodes[i === 0 ? 'root' : `n${i}`] = i === 0 ? { inputs: ins } : pathNode(`n${i}`, ins);
    });
    return read(lockJson(nodes));
  });

const queryArb = fc.oneof(
  pathArb.map((p) => ({ kind: 'resolve' as const, p })),
  fc
    .tuple(
      pathArb.filter((p) => p.length > 0),
      pathArb,
    )
    .map(([d, p]) => ({ kind: 'declared' as const, d, p })),
);

describe('FollowsResolver (one memo for every query) agrees with a naive findInput', () => {
  test('on random locks and any order of queries, resolve and resolveDeclared alike', () => {
    fc.assert(
      fc.property(lockArb, fc.array(queryArb, { maxLength: 12 }), (lock, queries) => {
        const resolver = new FollowsResolver(lock);
        for (const q of queries) {
          const ours = q.kind === 'resolve' ? resolver.resolve(q.p) : resolver.resolveDeclared(q.d, q.p);
          const theirs = q.kind === 'resolve' ? naive(lock, q.p, []) : naive(lock, q.p, [JSON.stringify(q.d)]);
          const kind = ours.kind === 'dangling' ? 'missing' : ours.kind;
          expect({ q, kind, key: ours.kind === 'node' ? ours.key : undefined }).toEqual({
            q,
            kind: theirs.kind,
            key: theirs.kind === 'node' ? theirs.key : undefined,
          });
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('a follows declared in flake.nix that the lock closes into a cycle (the lock has another entry there)', () => {
    // the lock: x/y is x's own node; x/y2 follows x/y. flake.nix now says x/y follows x/y2.
    const lock = read(
      lockJson({
        root: { inputs: { x: 'x' } },
        x: pathNode('x', { y: 'y', y2: ['x', 'y'] }),
        y: pathNode('y'),
      }),
    );
    const r = resolverFor(lock);
    expect(r.resolve(['x', 'y2'])).toEqual({ kind: 'node', key: 'y' });
    expect(r.resolveDeclared(['x', 'y'], ['x', 'y2'])).toEqual({
      kind: 'cycle',
      cycle: [
        ['x', 'y'],
        ['x', 'y2'],
        ['x', 'y'],
      ],
    });
    // and the memo still answers the plain question
    expect(r.resolve(['x', 'y2'])).toEqual({ kind: 'node', key: 'y' });
  });

  test('the resolver is shared per lock (one memo for the graph and the lint rules)', () => {
    const lock = read(followsChainLock(3));
    expect(resolverFor(lock)).toBe(resolverFor(lock));
    expect(resolverFor(read(followsChainLock(3)))).not.toBe(resolverFor(lock));
  });
});
