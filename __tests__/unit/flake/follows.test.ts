import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../../src/core/errors.js';
import {
  analyzeLock,
  declaredFollowsPath,
  MAX_PATHS,
  parseInputPath,
  resolveLock,
  resolvePath,
} from '../../../src/flake/follows.js';
import { parseLock } from '../../../src/flake/lock.js';
import type { LockFile } from '../../../src/flake/flake-types.js';
import { corpusLocks, describeCorpus } from './corpus-helper.js';

// ------------------------------------------------------------------------------------------------ an independent walk

/**
 * Written from call-flake.nix, sharing no code with src/flake/follows.ts: `getInputByPath` walks from the root, a
 * list edge is resolved again from the root. Cycles are found by a depth limit (no cycle bookkeeping at all).
 */
type JsonLock = { root: string; nodes: Record<string, { inputs?: Record<string, string | string[]> }> };
const MISSING = Symbol('missing');
const CYCLE = Symbol('cycle');
type Found = string | typeof MISSING | typeof CYCLE;

function independentResolve(lock: JsonLock, inputPath: readonly string[], depth = 0): Found {
  if (depth > 200) return CYCLE;
  let node = lock.root;
  for (const name of inputPath) {
    const inputs = lock.nodes[node]?.inputs ?? {};
    if (!Object.hasOwn(inputs, name)) return MISSING;
    const spec = inputs[name]!;
    const next = Array.isArray(spec) ? independentResolve(lock, spec, depth + 1) : spec;
    if (typeof next !== 'string') return next;
    node = next;
  }
  return node;
}

function independentWalk(lock: JsonLock): Map<string, { node?: string; follows?: string[]; found: Found }> {
  const out = new Map<string, { node?: string; follows?: string[]; found: Found }>();
  const walk = (key: string, prefix: string[]) => {
    for (const [name, spec] of Object.entries(lock.nodes[key]?.inputs ?? {})) {
      const p = [...prefix, name];
      if (Array.isArray(spec)) {
        const found = independentResolve(lock, spec);
        out.set(p.join('/'), { node: typeof found === 'string' ? found : undefined, follows: spec, found });
      } else {
        out.set(p.join('/'), { node: spec, found: spec });
        walk(spec, p);
      }
    }
  };
  walk(lock.root, []);
  return out;
}

function compareWithIndependent(l: LockFile, json: JsonLock): void {
  const ours = analyzeLock(l);
  const theirs = independentWalk(json);
  expect([...ours.inputs.keys()]).toEqual([...theirs.keys()]);
  for (const [p, r] of ours.inputs) {
    const t = theirs.get(p)!;
    expect({ p, node: r.node, follows: r.follows }).toEqual({ p, node: t.node, follows: t.follows });
  }
  const problems = new Map(ours.problems.map((x) => [x.path.join('/'), x.kind]));
  for (const [p, t] of theirs) {
    const want = t.found === MISSING ? 'dangling' : t.found === CYCLE ? 'cycle' : undefined;
    expect({ p, problem: problems.get(p) }).toEqual({ p, problem: want });
  }
}

// ------------------------------------------------------------------------------------------------ hand-made locks

const N = (inputs: Record<string, string | string[]> = {}, flake = true) => ({
  ...(Object.keys(inputs).length ? { inputs } : {}),
  locked: { type: 'path', path: '/x', narHash: 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' },
  original: { type: 'path', path: '/x' },
  ...(flake ? {} : { flake: false }),
});

function mkLock(nodes: Record<string, object>, root = 'root'): { lock: LockFile; json: JsonLock } {
  const json = { version: 7, root, nodes };
  return { lock: parseLock(JSON.stringify(json, null, 2), 'flake.lock'), json: json as unknown as JsonLock };
}

/** A typical graph: the root overrides home-manager's nixpkgs, a follows chain, a follows through a follows, `[]`. */
const typical = mkLock({
  root: {
    inputs: { nixpkgs: 'nixpkgs', hm: 'hm', utils: 'utils', pkgs: ['nixpkgs'], lib: ['hm', 'nixpkgs', 'lib'], me: [] },
  },
  nixpkgs: N({ lib: 'nixpkgs-lib' }),
  'nixpkgs-lib': N(),
  hm: N({ nixpkgs: ['nixpkgs'], utils: ['utils'], self: ['hm'] }),
  utils: N({ systems: 'systems', nixpkgs: ['pkgs'] }),
  systems: N({}, false),
});

describe('analyzeLock / resolveLock', () => {
  test('every path from the root, resolved; paths under a follows are not repeated', () => {
    const r = resolveLock(typical.lock);
    expect(Object.fromEntries([...r].map(([k, v]) => [k, { node: v.node, follows: v.follows?.join('/') }]))).toEqual({
      nixpkgs: { node: 'nixpkgs', follows: undefined },
      'nixpkgs/lib': { node: 'nixpkgs-lib', follows: undefined },
      hm: { node: 'hm', follows: undefined },
      'hm/nixpkgs': { node: 'nixpkgs', follows: 'nixpkgs' },
      'hm/utils': { node: 'utils', follows: 'utils' },
      'hm/self': { node: 'hm', follows: 'hm' },
      utils: { node: 'utils', follows: undefined },
      'utils/systems': { node: 'systems', follows: undefined },
      // A follows to a follows (root's pkgs → nixpkgs).
      'utils/nixpkgs': { node: 'nixpkgs', follows: 'pkgs' },
      pkgs: { node: 'nixpkgs', follows: 'nixpkgs' },
      // A follows through a follows in the middle (hm/nixpkgs → nixpkgs, then lib).
      lib: { node: 'nixpkgs-lib', follows: 'hm/nixpkgs/lib' },
      // follows = "" at the top level: the root itself.
      me: { node: 'root', follows: '' },
    });
    expect(analyzeLock(typical.lock).problems).toEqual([]);
    compareWithIndependent(typical.lock, typical.json);
  });

  test('ResolvedInput carries the path as an array', () => {
    expect(resolveLock(typical.lock).get('hm/nixpkgs')).toEqual({
      path: ['hm', 'nixpkgs'],
      node: 'nixpkgs',
      follows: ['nixpkgs'],
    });
  });

  test('a dangling follows is reported, not thrown, with Nix wording', () => {
    const { lock, json } = mkLock({
      root: { inputs: { hm: 'hm' } },
      hm: N({ nixpkgs: ['doesnotexist'], deep: ['hm', 'nope', 'x'] }),
    });
    const g = analyzeLock(lock);
    expect(g.inputs.get('hm/nixpkgs')).toEqual({ path: ['hm', 'nixpkgs'], node: undefined, follows: ['doesnotexist'] });
    expect(g.problems).toEqual([
      {
        kind: 'dangling',
        path: ['hm', 'nixpkgs'],
        follows: ['doesnotexist'],
        missing: ['doesnotexist'],
        message: "input 'hm/nixpkgs' follows a non-existent input 'doesnotexist'",
      },
      {
        kind: 'dangling',
        path: ['hm', 'deep'],
        follows: ['hm', 'nope', 'x'],
        missing: ['hm', 'nope'],
        message: "input 'hm/deep' follows a non-existent input 'hm/nope/x'",
      },
    ]);
    compareWithIndependent(lock, json);
  });

  test('cycles are reported with the cycle', () => {
    const { lock, json } = mkLock({
      root: { inputs: { a: ['b'], b: ['a'], self: ['self'], c: 'c' } },
      c: N({ x: ['c', 'y'], y: ['c', 'x'] }),
    });
    const g = analyzeLock(lock);
    expect(g.inputs.get('a')).toEqual({ path: ['a'], node: undefined, follows: ['b'] });
    const messages = g.problems.map((p) => p.message);
    expect(messages).toEqual([
      "input 'a' follows a cycle: b -> a -> b",
      "input 'b' follows a cycle: a -> b -> a",
      "input 'self' follows a cycle: self -> self",
      "input 'c/x' follows a cycle: c/y -> c/x -> c/y",
      "input 'c/y' follows a cycle: c/x -> c/y -> c/x",
    ]);
    expect(g.problems[0]).toMatchObject({ kind: 'cycle', path: ['a'], cycle: [['b'], ['a'], ['b']] });
    compareWithIndependent(lock, json);
  });

  test('lock nodes that loop (a hand-edited lock) are reported and not walked forever', () => {
    const { lock } = mkLock({ root: { inputs: { a: 'a' } }, a: N({ b: 'b' }), b: N({ a: 'a' }) });
    const g = analyzeLock(lock);
    expect([...g.inputs.keys()]).toEqual(['a', 'a/b', 'a/b/a']);
    expect(g.problems).toEqual([
      expect.objectContaining({ kind: 'cycle', path: ['a', 'b', 'a'], message: expect.stringMatching(/a -> b -> a/) }),
    ]);
  });

  test('a shared node is listed under every path that reaches it', () => {
    const { lock, json } = mkLock({ root: { inputs: { a: 'x', b: 'x' } }, x: N({ y: 'y' }), y: N() });
    expect([...resolveLock(lock).keys()]).toEqual(['a', 'a/y', 'b', 'b/y']);
    compareWithIndependent(lock, json);
  });

  test('a lock whose shared nodes explode is refused with a UserError', () => {
    const nodes: Record<string, object> = { root: { inputs: { a: 'n0', b: 'n0' } } };
    for (let i = 0; i < 20; i++) nodes[`n${i}`] = N({ a: `n${i + 1}`, b: `n${i + 1}` });
    nodes['n20'] = N();
    const { lock } = mkLock(nodes);
    expect(() => analyzeLock(lock)).toThrow(UserError);
    expect(() => analyzeLock(lock)).toThrow(new RegExp(`more than ${MAX_PATHS} input paths`));
  });

  test('a root-only lock has no inputs', () => {
    expect(resolveLock(mkLock({ root: {} }).lock).size).toBe(0);
  });
});

describe('resolvePath', () => {
  test.each<[string, string[], unknown]>([
    ['the root', [], { kind: 'node', key: 'root' }],
    ['a direct input', ['hm'], { kind: 'node', key: 'hm' }],
    ['a path under a follows', ['hm', 'nixpkgs', 'lib'], { kind: 'node', key: 'nixpkgs-lib' }],
    ['a path through [] (the root)', ['me', 'me', 'utils', 'systems'], { kind: 'node', key: 'systems' }],
    ['a path through a follows to itself', ['hm', 'self', 'self', 'utils'], { kind: 'node', key: 'utils' }],
    ['a missing input', ['hm', 'nope'], { kind: 'dangling', missing: ['hm', 'nope'] }],
    ['a missing input under a follows', ['pkgs', 'nope'], { kind: 'dangling', missing: ['pkgs', 'nope'] }],
  ])('%s', (_name, p, expected) => {
    expect(resolvePath(typical.lock, p)).toEqual(expected);
    const t = independentResolve(typical.json, p);
    expect(typeof t === 'string' ? { kind: 'node', key: t } : t).toEqual(typeof t === 'string' ? expected : MISSING);
  });
});

describe('the flake.nix side: follows relative to the declaring flake', () => {
  test.each<[string[], string, string[]]>([
    [[], 'nixpkgs', ['nixpkgs']],
    [[], 'hm/nixpkgs', ['hm', 'nixpkgs']],
    [[], '', []],
    [['hm'], 'nixpkgs', ['hm', 'nixpkgs']],
    [['hm'], '', ['hm']],
    [['a', 'b'], 'utils/systems', ['a', 'b', 'utils', 'systems']],
    [[], '/a//b/', ['a', 'b']],
  ])('declared in %j: %j → %j', (declaring, follows, expected) => {
    expect(declaredFollowsPath(declaring, follows)).toEqual(expected);
  });

  test('invalid path elements are UserErrors', () => {
    expect(() => parseInputPath('nixpkgs/2x')).toThrow(UserError);
    expect(() => parseInputPath('a b')).toThrow(/invalid flake input path element 'a b'/);
    expect(parseInputPath('flake-utils/nix_pkgs')).toEqual(['flake-utils', 'nix_pkgs']);
  });
});

// ------------------------------------------------------------------------------------------------ corpus

describeCorpus('corpus: resolveLock agrees with the independent walk on every lock', () => {
  const locks = corpusLocks().filter((l) => (JSON.parse(l.text) as { version: number }).version >= 5);
  test.each(locks.map((l) => [l.folder, l] as const))('%s', (_f, l) => {
    const json = JSON.parse(l.text) as JsonLock;
    compareWithIndependent(parseLock(l.text, l.file), json);
  });

  test('the corpus exercises follows chains and follows through follows', () => {
    let total = 0;
    let toFollows = 0;
    let throughFollows = 0;
    for (const l of locks) {
      const all = resolveLock(parseLock(l.text, l.file));
      const isFollows = (p: readonly string[]) => all.get(p.join('/'))?.follows !== undefined;
      for (const r of all.values()) {
        if (!r.follows) continue;
        total++;
        if (r.follows.length > 0 && isFollows(r.follows)) toFollows++;
        if (r.follows.slice(0, -1).some((_e, i) => isFollows(r.follows!.slice(0, i + 1)))) throughFollows++;
      }
    }
    expect(total).toBeGreaterThan(500);
    expect(toFollows).toBeGreaterThan(5);
    expect(throughFollows).toBeGreaterThanOrEqual(2); // NotAShelf__nyx, hyprwm__Hyprland
  });
});

test('the largest corpus lock resolves without problems and lists every path once', () => {
  const file = path.resolve('..', 'shared', 'corpus', 'NotAShelf__nyx', 'flake.lock');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    console.warn(`NOTE: ${file} is missing; skipped`);
    return;
  }
  const g = analyzeLock(parseLock(text, file));
  expect(g.problems).toEqual([]);
  expect(g.inputs.size).toBeGreaterThan(230);
});

// ------------------------------------------------------------------------------------------------ properties

const NAMES = ['a', 'b', 'c', 'd'];

/** Random small locks: node edges point forward (as Nix writes), follows anywhere (so cycles and dangling happen). */
const randomLock = fc
  .integer({ min: 1, max: 6 })
  .chain((n) =>
    fc.array(
      fc.dictionary(
        fc.constantFrom(...NAMES),
        fc.oneof(
          fc.integer({ min: 0, max: n }).map((i) => ({ node: i })),
          fc.array(fc.constantFrom(...NAMES, 'z'), { maxLength: 3 }).map((p) => ({ follows: p })),
        ),
        { maxKeys: 3 },
      ),
      { minLength: n + 1, maxLength: n + 1 },
    ),
  )
  .map((specs) => {
    const key = (i: number) => (i === 0 ? 'root' : `n${i}`);
    const nodes: Record<string, object> = {};
    specs.forEach((inputs, i) => {
      const ins: Record<string, string | string[]> = {};
      for (const [name, s] of Object.entries(inputs)) {
        if ('follows' in s) ins[name] = s.follows;
        else if (s.node > i && s.node < specs.length) ins[name] = key(s.node);
      }
      nodes[key(i)] = i === 0 ? { inputs: ins } : N(ins);
    });
    return mkLock(nodes);
  });

describe('properties (fast-check)', () => {
  test('analyzeLock agrees with the independent walk on random locks (cycles and dangling included)', () => {
    fc.assert(
      fc.property(randomLock, ({ lock, json }) => compareWithIndependent(lock, json)),
      { numRuns: 500 },
    );
  });

  test('resolvePath agrees with the independent resolver on random paths', () => {
    fc.assert(
      fc.property(randomLock, fc.array(fc.constantFrom(...NAMES), { maxLength: 4 }), ({ lock, json }, p) => {
        const ours = resolvePath(lock, p);
        const t = independentResolve(json, p);
        if (typeof t === 'string') expect(ours).toEqual({ kind: 'node', key: t });
        else expect(ours.kind).toBe(t === MISSING ? 'dangling' : 'cycle');
      }),
      { numRuns: 500 },
    );
  });
});
