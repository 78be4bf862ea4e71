/**
 * Mutated flake.lock texts, aware of the lock's structure: nodes renamed (with or without their references), inputs
 * pointed at other nodes, missing nodes or random follows paths, cycles, long chains of nodes and of follows,
 * nodes shared so that paths multiply, JSON nested deep, values of the wrong type, numbers JSON cannot hold
 * exactly, `__proto__` and other prototype keys, hostile names; then, now and then, plain byte damage. A case
 * keeps its seed and steps (what a failing property prints), and may carry a flake.nix declaring the lock's root
 * inputs, so that the rules comparing the two files run too.
 */
import fc from 'fast-check';
import { anyText, hostileName, nixStringBody } from './hostile.js';
import type { LockSeed } from './seeds.js';

export interface LockSizes {
  /** Longest chain of nodes or of follows, and deepest shared-node ladder, a step may add. */
  readonly maxChain: number;
  readonly maxFollows: number;
  readonly maxLadder: number;
  /** Deepest JSON nesting a step may write. */
  readonly maxJsonDepth: number;
}

/** Shapes today's main handles (in time and memory): the properties of lock.test.ts. */
export const MODERATE: LockSizes = { maxChain: 200, maxFollows: 100, maxLadder: 12, maxJsonDepth: 200 };
/** The shapes (deep chains, 2,000 follows, 3,000-deep ladders, JSON 100,000 deep). */
export const DEEP: LockSizes = { maxChain: 20_000, maxFollows: 5_000, maxLadder: 3_000, maxJsonDepth: 100_000 };

export class LockCase {
  constructor(
    readonly seed: string,
    readonly steps: readonly string[],
    readonly text: string,
    /** A flake.nix declaring the root inputs, or undefined (lock-only lint). */
    readonly nix: string | undefined,
  ) {}

  [fc.toStringMethod](): string {
    const text = this.text.length <= 600 ? JSON.stringify(this.text) : `${this.text.length} characters`;
    return `LockCase(${this.seed}; ${this.steps.join('; ')}; nix: ${this.nix === undefined ? 'none' : 'yes'}; ${text})`;
  }
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The lock being mutated, and raw JSON texts to splice in where a placeholder string stands. */
class Doc {
  readonly raw = new Map<string, string>();
  constructor(public value: unknown) {}

  /** A string that serialises to a placeholder, replaced by `text` (any JSON, or not JSON) after stringify. */
  rawValue(text: string): string {
    const key = `\u0000raw${this.raw.size}\u0000`;
    this.raw.set(key, text);
    return key;
  }

  nodes(): Obj | undefined {
    return isObj(this.value) && isObj(this.value['nodes']) ? this.value['nodes'] : undefined;
  }

  /** Node keys, and the node objects among them. */
  nodeKeys(): string[] {
    return Object.keys(this.nodes() ?? {});
  }

  node(i: number): Obj | undefined {
    const nodes = this.nodes();
    const keys = this.nodeKeys();
    if (!nodes || keys.length === 0) return undefined;
    const n = nodes[keys[i % keys.length]!];
    return isObj(n) ? n : undefined;
  }

  rootInputs(): Obj | undefined {
    const nodes = this.nodes();
    const rootKey = isObj(this.value) && typeof this.value['root'] === 'string' ? this.value['root'] : 'root';
    const root = nodes?.[rootKey];
    if (!isObj(root)) return undefined;
    if (!isObj(root['inputs'])) root['inputs'] = {};
    return root['inputs'] as Obj;
  }

  text(): string {
    let out = JSON.stringify(this.value, null, 2) ?? 'null';
    for (const [key, text] of this.raw) out = out.split(JSON.stringify(key)).join(text);
    return `${out}\n`;
  }
}

/** Sets an own property, `__proto__` included (a plain assignment would change the prototype instead). */
function setOwn(o: Obj, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

interface Step {
  readonly what: string;
  readonly apply: (doc: Doc) => void;
}

type Target =
  | { readonly kind: 'node'; readonly i: number }
  | { readonly kind: 'missing'; readonly name: string }
  | { readonly kind: 'follows'; readonly path: readonly (number | string)[] }
  | { readonly kind: 'root' };

const target: fc.Arbitrary<Target> = fc.oneof(
  fc.nat().map((i) => ({ kind: 'node' as const, i })),
  hostileName.map((name) => ({ kind: 'missing' as const, name })),
  fc.array(fc.oneof(fc.nat(), hostileName), { maxLength: 4 }).map((path) => ({ kind: 'follows' as const, path })),
  fc.constant({ kind: 'root' as const }),
);

/** An input value for `t` in `doc`: a node key, a follows path (numbers pick existing input names), or `[]`. */
function edge(doc: Doc, t: Target): unknown {
  const keys = doc.nodeKeys();
  switch (t.kind) {
    case 'node':
      return keys.length > 0 ? keys[t.i % keys.length] : 'nixpkgs';
    case 'missing':
      return t.name;
    case 'root':
      return [];
    case 'follows': {
      const names = Object.keys(doc.rootInputs() ?? {});
      return t.path.map((p) => (typeof p === 'number' ? (names[p % Math.max(1, names.length)] ?? 'x') : p));
    }
  }
}

const describeName = (s: string): string => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);

const WRONG_VALUES: readonly unknown[] = [
  '1680777600',
  '',
  'github',
  0,
  -1,
  1.5,
  true,
  false,
  null,
  [],
  {},
  ['a', 1],
  { type: 'github' },
  { a: { b: {} } },
];

const RAW_NUMBERS: readonly string[] = [
  '1e400',
  '-1e400',
  '-1',
  '-0',
  '1.5',
  '9007199254740993',
  '18446744073709551616',
  '123456789012345678901234567890',
  '1e308',
  '0.0000001',
  '1E2',
  '00',
  'NaN',
  'Infinity',
  '0x10',
];

const PROTO_KEYS: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
];

/** Where in a lock a value can go wrong, as a setter on the doc. */
function place(doc: Doc, where: number, nodeIdx: number, value: unknown): string {
  const v = doc.value;
  const node = doc.node(nodeIdx);
  const locked = node && isObj(node['locked']) ? node['locked'] : undefined;
  const spots: [string, () => void][] = [
    ['version', () => isObj(v) && (v['version'] = value)],
    ['root', () => isObj(v) && (v['root'] = value)],
    ['nodes', () => isObj(v) && (v['nodes'] = value)],
    ['the whole file', () => (doc.value = value)],
    ['a node', () => doc.nodes() && (doc.nodes()![doc.nodeKeys()[nodeIdx % doc.nodeKeys().length]!] = value)],
    ['inputs', () => node && (node['inputs'] = value)],
    ['an input', () => node && isObj(node['inputs']) && (node['inputs']['x'] = value)],
    ['locked', () => node && (node['locked'] = value)],
    ['original', () => node && (node['original'] = value)],
    ['flake', () => node && (node['flake'] = value)],
    ['locked.type', () => locked && (locked['type'] = value)],
    ['locked.lastModified', () => locked && (locked['lastModified'] = value)],
    ['locked.narHash', () => locked && (locked['narHash'] = value)],
    ['locked.rev', () => locked && (locked['rev'] = value)],
    ['locked.revCount', () => locked && (locked['revCount'] = value)],
    ['locked.owner', () => locked && (locked['owner'] = value)],
  ];
  const [name, set] = spots[where % spots.length]!;
  set();
  return name;
}

function lockSteps(sizes: LockSizes): fc.Arbitrary<Step> {
  const n = fc.nat();
  const up = (max: number, marks: readonly number[]): fc.Arbitrary<number> =>
    fc.oneof(fc.integer({ min: 2, max: Math.min(12, max) }), fc.constantFrom(...marks.filter((m) => m <= max)));
  return fc.oneof(
    fc.tuple(n, hostileName, fc.boolean()).map(([i, name, rewrite]) => ({
      what: `rename node ${i} to ${describeName(name)}${rewrite ? ' with its references' : ''}`,
      apply: (doc: Doc) => {
        const nodes = doc.nodes();
        const keys = doc.nodeKeys();
        if (!nodes || keys.length === 0) return;
        const old = keys[i % keys.length]!;
        const value = nodes[old];
        delete nodes[old];
        setOwn(nodes, name, value);
        if (isObj(doc.value) && doc.value['root'] === old && rewrite) doc.value['root'] = name;
        if (!rewrite) return;
        for (const k of Object.keys(nodes)) {
          const ins = isObj(nodes[k]) ? (nodes[k] as Obj)['inputs'] : undefined;
          if (isObj(ins)) for (const [iname, ref] of Object.entries(ins)) if (ref === old) ins[iname] = name;
        }
      },
    })),
    fc.tuple(n, n, target).map(([i, j, t]) => ({
      what: `point input ${j} of node ${i} at ${JSON.stringify(t)}`,
      apply: (doc: Doc) => {
        const node = doc.node(i);
        if (!node || !isObj(node['inputs'])) return;
        const names = Object.keys(node['inputs']);
        if (names.length > 0) node['inputs'][names[j % names.length]!] = edge(doc, t);
      },
    })),
    fc.tuple(n, hostileName, target).map(([i, name, t]) => ({
      what: `add input ${describeName(name)} to node ${i} -> ${JSON.stringify(t)}`,
      apply: (doc: Doc) => {
        const node = i % 3 === 0 ? undefined : doc.node(i);
        const inputs = node
          ? ((node['inputs'] = isObj(node['inputs']) ? node['inputs'] : {}) as Obj)
          : doc.rootInputs();
        if (inputs) setOwn(inputs, name, edge(doc, t));
      },
    })),
    fc.tuple(n, n).map(([a, b]) => ({
      what: `nodes ${a} and ${b} point at each other`,
      apply: (doc: Doc) => {
        const keys = doc.nodeKeys();
        const na = doc.node(a);
        const nb = doc.node(b);
        if (!na || !nb || keys.length === 0) return;
        na['inputs'] = { ...(isObj(na['inputs']) ? na['inputs'] : {}), loop: keys[b % keys.length] };
        nb['inputs'] = { ...(isObj(nb['inputs']) ? nb['inputs'] : {}), loop: keys[a % keys.length] };
      },
    })),
    up(sizes.maxFollows, [2, 3, 10]).map((k) => ({
      what: `follows cycle of ${k}`,
      apply: (doc: Doc) => {
        const inputs = doc.rootInputs();
        if (inputs) for (let i = 0; i < k; i++) inputs[`cyc${i}`] = [`cyc${(i + 1) % k}`];
      },
    })),
    up(sizes.maxChain, [100, 1_000, 5_000, 20_000]).map((k) => ({
      what: `chain of ${k} nodes`,
      apply: (doc: Doc) => {
        const nodes = doc.nodes();
        const inputs = doc.rootInputs();
        if (!nodes || !inputs) return;
        for (let i = 0; i < k; i++) {
          const locked = { type: 'github', owner: 'o', repo: `r${i}`, rev: 'a'.repeat(40), narHash: `sha256-${i}` };
          nodes[`chain${i}`] = {
            ...(i + 1 < k ? { inputs: { next: `chain${i + 1}` } } : {}),
            locked: { ...locked, lastModified: 1_700_000_000 },
            original: { type: 'github', owner: 'o', repo: `r${i}` },
          };
        }
        inputs['chain'] = 'chain0';
      },
    })),
    up(sizes.maxFollows, [100, 1_000, 2_000, 5_000]).map((k) => ({
      what: `chain of ${k} follows`,
      apply: (doc: Doc) => {
        const inputs = doc.rootInputs();
        const keys = doc.nodeKeys();
        if (!inputs || keys.length === 0) return;
        for (let i = 0; i < k; i++) inputs[`f${i}`] = [`f${i + 1}`];
        inputs[`f${k}`] = keys.find((key) => key !== 'root') ?? keys[0];
      },
    })),
    up(sizes.maxLadder, [12, 20, 100, 1_000, 3_000]).map((d) => ({
      what: `ladder of ${d} nodes, each with two inputs to the next`,
      apply: (doc: Doc) => {
        const nodes = doc.nodes();
        const inputs = doc.rootInputs();
        if (!nodes || !inputs) return;
        for (let i = 0; i < d; i++) {
          nodes[`rung${i}`] = {
            ...(i + 1 < d ? { inputs: { left: `rung${i + 1}`, right: `rung${i + 1}` } } : {}),
            locked: { type: 'path', path: `/p/${i}`, narHash: `sha256-${i}`, lastModified: 1 },
            original: { type: 'path', path: `/p/${i}` },
          };
        }
        inputs['ladder'] = 'rung0';
      },
    })),
    fc
      .tuple(up(sizes.maxJsonDepth, [100, 1_000, 2_500, 10_000, 100_000]), fc.boolean(), n, n)
      .map(([d, arrays, where, i]) => ({
        what: `JSON ${arrays ? 'arrays' : 'objects'} ${d} deep`,
        apply: (doc: Doc) => {
          const deep = arrays ? '['.repeat(d) + ']'.repeat(d) : '{"a":'.repeat(d) + '1' + '}'.repeat(d);
          place(doc, where, i, doc.rawValue(deep));
        },
      })),
    fc.tuple(n, n, fc.constantFrom(...WRONG_VALUES)).map(([where, i, value]) => ({
      what: `wrong type ${JSON.stringify(value)}`,
      apply: (doc: Doc) => void place(doc, where, i, structuredClone(value)),
    })),
    fc.tuple(n, n, fc.constantFrom(...RAW_NUMBERS)).map(([where, i, num]) => ({
      what: `number ${num}`,
      apply: (doc: Doc) => void place(doc, where, i, doc.rawValue(num)),
    })),
    fc
      .tuple(fc.constantFrom(...PROTO_KEYS), n, n, fc.constantFrom<unknown>('root', {}, 'x', [], 1, null))
      .map(([key, where, i, value]) => ({
        what: `own key ${key} (${where % 5})`,
        apply: (doc: Doc) => {
          const node = doc.node(i);
          const locked = node && isObj(node['locked']) ? node['locked'] : undefined;
          const into = [doc.value, doc.nodes(), node, node?.['inputs'], locked][where % 5];
          if (isObj(into)) setOwn(into, key, structuredClone(value));
        },
      })),
    fc.tuple(n, hostileName).map(([i, name]) => ({
      what: `root input ${i} renamed ${describeName(name)}`,
      apply: (doc: Doc) => {
        const inputs = doc.rootInputs();
        if (!inputs) return;
        const names = Object.keys(inputs);
        if (names.length === 0) return;
        const old = names[i % names.length]!;
        const ref = inputs[old];
        delete inputs[old];
        setOwn(inputs, name, ref);
      },
    })),
    fc
      .tuple(n, n, fc.constantFrom('version', 'root', 'nodes', 'locked', 'original', 'inputs', 'type'))
      .map(([i, j, field]) => ({
        what: `remove ${field}`,
        apply: (doc: Doc) => {
          const v = doc.value;
          const node = doc.node(i);
          if (field === 'type') {
            const locked = node?.['locked'];
            if (isObj(locked)) delete locked['type'];
          } else if (['version', 'root', 'nodes'].includes(field)) {
            if (isObj(v)) delete v[field];
          } else if (node) delete node[field];
          void j;
        },
      })),
  );
}

/** Damage to the text itself, after the structure: bytes, a BOM, comments, a duplicate key, a trailing comma. */
function textSteps(): fc.Arbitrary<{ what: string; apply: (t: string) => string }> {
  const n = fc.nat();
  const at = (p: number, t: string): number => p % (t.length + 1);
  return fc.oneof(
    fc.tuple(n, anyText(1, 6)).map(([p, s]) => ({
      what: `insert ${JSON.stringify(s)} at ${p}`,
      apply: (t: string) => t.slice(0, at(p, t)) + s + t.slice(at(p, t)),
    })),
    fc.tuple(n, fc.integer({ min: 1, max: 100 })).map(([p, k]) => ({
      what: `delete ${k} at ${p}`,
      apply: (t: string) => t.slice(0, at(p, t)) + t.slice(at(p, t) + k),
    })),
    fc.tuple(n, fc.integer({ min: 1, max: 400 }), n).map(([p, k, q]) => ({
      what: `copy ${k} from ${p} to ${q}`,
      apply: (t: string) => t.slice(0, at(q, t)) + t.slice(at(p, t), at(p, t) + k) + t.slice(at(q, t)),
    })),
    n.map((p) => ({ what: `truncate at ${p}`, apply: (t: string) => t.slice(0, at(p, t)) })),
    fc.constantFrom(
      { what: 'BOM', apply: (t: string) => `\ufeff${t}` },
      { what: 'comment', apply: (t: string) => `// written by hand\n${t}` },
      { what: 'trailing comma', apply: (t: string) => t.replace(/\n(\s*)\}\s*$/, ',\n$1}\n') },
      { what: 'duplicate key', apply: (t: string) => t.replace('{', '{\n  "version": 7,') },
      { what: 'CRLF', apply: (t: string) => t.replace(/\n/g, '\r\n') },
      { what: 'conflict markers', apply: (t: string) => `<<<<<<< HEAD\n${t}=======\n${t}>>>>>>> fork\n` },
    ),
  );
}

/** A flake.nix declaring `names` as root inputs (each a GitHub URL), with names written as Nix strings. */
export function flakeNixFor(names: readonly string[]): string {
  const lines = names.map((name) => `    "${nixStringBody(name)}".url = "github:owner/${nixStringBody(name)}";`);
  return `{\n  inputs = {\n${lines.join('\n')}\n  };\n  outputs = { self, ... }: { };\n}\n`;
}

export function mutatedLock(seeds: readonly LockSeed[], sizes: LockSizes = MODERATE): fc.Arbitrary<LockCase> {
  return fc
    .tuple(
      fc.constantFrom(...seeds),
      fc.array(lockSteps(sizes), { minLength: 1, maxLength: 4 }),
      fc.oneof(
        { weight: 4, arbitrary: fc.constant([]) },
        { weight: 1, arbitrary: fc.array(textSteps(), { maxLength: 2 }) },
      ),
      fc.constantFrom('none', 'seed', 'mutated'),
    )
    .map(([seed, steps, damage, nixFrom]) => {
      const doc = new Doc(JSON.parse(seed.text));
      const seedNames = Object.keys(doc.rootInputs() ?? {});
      for (const s of steps) s.apply(doc);
      let text = doc.text();
      for (const d of damage) text = d.apply(text);
      const names = nixFrom === 'seed' ? seedNames : Object.keys(doc.rootInputs() ?? {});
      return new LockCase(
        seed.name,
        [...steps.map((s) => s.what), ...damage.map((d) => d.what)],
        text,
        nixFrom === 'none' ? undefined : flakeNixFor(names.slice(0, 200)),
      );
    });
}
