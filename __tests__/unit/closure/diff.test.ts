import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import {
  diffClosurePair,
  diffClosures,
  SIZE_THRESHOLD,
  summarizeClosureDiff,
  summarizeClosurePair,
} from '../../../src/closure/diff.js';
import { formatBytes, formatDiffLine, formatKiB, showVersions } from '../../../src/closure/format.js';
import { closureEntryName } from '../../../src/closure/drvname.js';
import { closureOf, closureSize, IncompleteClosureError, StoreGraph } from '../../../src/closure/reference-graph.js';
import { compareBytes, compareVersions } from '../../../src/closure/version-order.js';

let n = 0;
/** A fake store path with a unique 32-character hash part. */
const sp = (name: string): string => `/nix/store/${String(n++).padStart(32, '0')}-${name}`;
const closure = (entries: [string, number][]): Map<string, number> => new Map(entries);

describe('diffClosures (nix store diff-closures)', () => {
  test('the example of the diff-closures fixture: versions, ∅, ε, size', () => {
    const top = sp('top');
    const fooBin = sp('foo-1.0-bin');
    const before = closure([
      [top, 200],
      [sp('foo-1.0'), 120],
      [fooBin, 200],
      [sp('bar-2.0'), 128],
      [sp('gone-1'), 120],
      [sp('noversion'), 120],
    ]);
    const after = closure([
      [sp('top'), 200],
      [sp('foo-1.1'), 120],
      [fooBin, 200],
      [sp('bar-2.0'), 20112],
      [sp('new-3'), 120],
    ]);
    const lines = diffClosures(before, after).map(formatDiffLine);
    expect(lines).toEqual(['bar: +19.5 KiB', 'foo: ∅ → 1.1', 'gone: 1 → ∅', 'new: ∅ → 3', 'noversion: ε → ∅']);
  });

  test('size shown from exactly 8 KiB on, either sign; not below', () => {
    const mk = (d: number) => diffClosures(closure([[sp('pkg-1'), 100_000]]), closure([[sp('pkg-1'), 100_000 + d]]));
    expect(mk(SIZE_THRESHOLD - 1)).toEqual([]);
    expect(mk(-(SIZE_THRESHOLD - 1))).toEqual([]);
    expect(mk(SIZE_THRESHOLD)).toEqual([{ name: 'pkg', before: [], after: [], sizeDelta: 8192, sizeShown: true }]);
    expect(mk(-SIZE_THRESHOLD)[0]?.sizeShown).toBe(true);
  });

  test('a version change shows no size under the threshold, but keeps the exact delta', () => {
    const d = diffClosures(closure([[sp('x-1'), 100]]), closure([[sp('x-2'), 150]]));
    expect(d).toEqual([{ name: 'x', before: ['1'], after: ['2'], sizeDelta: 50, sizeShown: false }]);
  });

  test('several versions of one name: only the changed ones, in byte order; sizes summed over outputs', () => {
    const keep = sp('lib-2.0');
    const before = closure([
      [sp('lib-1.10'), 10],
      [sp('lib-1.9'), 10],
      [keep, 10],
      [sp('lib-1.9-dev'), 5000],
    ]);
    const after = closure([
      [keep, 10],
      [sp('lib-3.0'), 10],
      [sp('lib-3.0-dev'), 20000],
    ]);
    expect(diffClosures(before, after)).toEqual([
      { name: 'lib', before: ['1.10', '1.9'], after: ['3.0'], sizeDelta: 20020 - 5030, sizeShown: true },
    ]);
  });

  test('names in byte order (upper case before lower case), unchanged names left out', () => {
    const same = sp('same-1');
    const before = closure([
      [same, 1],
      [sp('b-1'), 1],
      [sp('Zed-1'), 1],
      [sp('_u-1'), 1],
    ]);
    const after = closure([[same, 1]]);
    expect(diffClosures(before, after).map((e) => e.name)).toEqual(['Zed', '_u', 'b']);
  });
});

describe('summarizeClosureDiff', () => {
  test('kinds, counts and closure sizes', () => {
    const before = closure([
      [sp('up-1.9'), 10],
      [sp('down-2.0'), 10],
      [sp('gone-1'), 10],
      [sp('multi-1'), 10],
      [sp('grow-1'), 10],
      [sp('spell-1.0'), 10],
    ]);
    const after = closure([
      [sp('up-1.10'), 10],
      [sp('down-1.9'), 10],
      [sp('new-1'), 10],
      [sp('multi-1'), 10],
      [sp('multi-2'), 10],
      [sp('grow-1'), 10 + 9000],
      [sp('spell-1.00'), 10],
    ]);
    const s = summarizeClosureDiff(before, after);
    expect(Object.fromEntries(s.changes.map((c) => [c.name, c.kind]))).toEqual({
      down: 'downgraded',
      gone: 'removed',
      grow: 'size',
      multi: 'changed',
      new: 'added',
      spell: 'changed',
      up: 'upgraded',
    });
    expect(s.counts).toEqual({ upgraded: 1, downgraded: 1, added: 1, removed: 1, changed: 2, size: 1 });
    expect(s.sizeBefore).toBe(60);
    expect(s.sizeAfter).toBe(9070);
    expect(s.pathsBefore).toBe(6);
    expect(s.pathsAfter).toBe(7);
    const multi = s.changes.find((c) => c.name === 'multi')!;
    expect(multi.versionsBefore).toEqual(['1']);
    expect(multi.versionsAfter).toEqual(['1', '2']);
    expect(multi.added).toEqual(['2']);
  });

  test('versions are listed in compareVersions order', () => {
    const s = summarizeClosureDiff(
      closure([
        [sp('a-1.10'), 1],
        [sp('a-1.9'), 1],
      ]),
      closure([[sp('a-1.11'), 1]]),
    );
    expect(s.changes[0]!.removed).toEqual(['1.9', '1.10']);
    expect(s.changes[0]!.kind).toBe('upgraded');
  });

  test('10,000 paths on each side in well under a second', () => {
    const b = new Map<string, number>();
    const a = new Map<string, number>();
    for (let i = 0; i < 10_000; i++) {
      b.set(sp(`pkg${i}-1.${i}`), 1000 + i);
      a.set(sp(`pkg${i}-1.${i % 3 === 0 ? i + 1 : i}`), 1000 + i + (i % 7 === 0 ? 9000 : 0));
    }
    const t0 = performance.now();
    const s = summarizeClosureDiff(b, a);
    const ms = performance.now() - t0;
    expect(s.changes.length).toBeGreaterThan(3000);
    expect(ms).toBeLessThan(1000);
  });
});

/**
 * The oracle: Nix's printClosureDiff written out literally (group each whole closure by name, then by version;
 * every name of either side in byte order). diff.ts only looks at the paths that differ; both must agree.
 */
function nixDiff(before: Map<string, number>, after: Map<string, number>) {
  const group = (c: Map<string, number>) => {
    const g = new Map<string, Map<string, number>>();
    for (const [p, size] of c) {
      const { name, version } = closureEntryName(p);
      const v = g.get(name) ?? new Map<string, number>();
      v.set(version, (v.get(version) ?? 0) + size);
      g.set(name, v);
    }
    return g;
  };
  const b = group(before);
  const a = group(after);
  const total = (v: Map<string, number> | undefined) =>
    [...(v ?? new Map<string, number>()).values()].reduce((x, y) => x + y, 0);
  const names = [...new Set([...b.keys(), ...a.keys()])].sort(compareBytes);
  return names.flatMap((name) => {
    const bv = b.get(name) ?? new Map<string, number>();
    const av = a.get(name) ?? new Map<string, number>();
    const sizeDelta = total(av) - total(bv);
    const removed = [...bv.keys()].filter((v) => !av.has(v)).sort(compareBytes);
    const added = [...av.keys()].filter((v) => !bv.has(v)).sort(compareBytes);
    const sizeShown = Math.abs(sizeDelta) >= SIZE_THRESHOLD;
    if (!sizeShown && removed.length === 0 && added.length === 0) return [];
    const byVersion = (x: string, y: string) => compareVersions(x, y) || compareBytes(x, y);
    return [
      {
        entry: { name, before: removed, after: added, sizeDelta, sizeShown },
        versionsBefore: [...bv.keys()].sort(byVersion),
        versionsAfter: [...av.keys()].sort(byVersion),
        sizeBefore: total(bv),
        sizeAfter: total(av),
      },
    ];
  });
}

describe('diffClosures equals the literal grouping of whole closures', () => {
  // A small pool of paths (names with versions, output suffixes, no version), some in both closures, some
  // with a different size on each side (two stores), so every branch of the shortcut is exercised.
  const names = [
    'a-1',
    'a-2',
    'a-2-dev',
    'a-2-lib',
    'b',
    'b-bin',
    'B-1.0',
    'c-1.0pre',
    'c-1.0',
    'lib-3-lib64',
    'x-y-z',
  ];
  const pathArb = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom(...names)).map(([h, n]) => sp2(h, n));
  const sizeArb = fc.constantFrom(0, 1, 100, 4096, 8191, 8192, 9000, 20000);
  const closureArb = fc.array(fc.tuple(pathArb, sizeArb), { maxLength: 14 }).map((es) => new Map(es));
  test('entries, versions and sizes on random pairs', () => {
    fc.assert(
      fc.property(closureArb, closureArb, fc.boolean(), (before, after, copy) => {
        // Often share paths with the same size, as two closures from one store do.
        if (copy) for (const [p, s] of before) if (after.has(p)) after.set(p, s);
        const want = nixDiff(before, after);
        expect(diffClosures(before, after)).toEqual(want.map((w) => w.entry));
        const s = summarizeClosureDiff(before, after);
        expect(
          s.changes.map((c) => ({
            entry: {
              name: c.name,
              before: [...c.removed].sort(compareBytes),
              after: [...c.added].sort(compareBytes),
              sizeDelta: c.sizeDelta,
              sizeShown: c.sizeShown,
            },
            versionsBefore: c.versionsBefore,
            versionsAfter: c.versionsAfter,
            sizeBefore: c.sizeBefore,
            sizeAfter: c.sizeAfter,
          })),
        ).toEqual(want);
        for (const c of s.changes) {
          expect(c.kind === 'added').toBe(c.versionsBefore.length === 0);
          expect(c.kind === 'removed').toBe(c.versionsAfter.length === 0);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

/** A store path whose hash part is built from `h`, so equal (h, name) pairs are the same path. */
function sp2(h: number, name: string): string {
  return `/nix/store/${String(h).padStart(32, 'h')}-${name}`;
}

describe('format', () => {
  test.each([
    [8192, '+8.0 KiB'],
    [-8192, '-8.0 KiB'],
    [20002, '+19.5 KiB'],
    [8448, '+8.2 KiB'], // 8.25: C rounds the tie to even; toFixed would say 8.3
    [8550, '+8.3 KiB'], // 8.349… rounds down
    [8601, '+8.4 KiB'],
    [-6755635, '-6597.3 KiB'],
    [0, '+0.0 KiB'],
  ])('formatKiB(%i) = %s', (d, s) => expect(formatKiB(d)).toBe(s));

  test('showVersions', () => {
    expect(showVersions([])).toBe('∅');
    expect(showVersions(['', '1.0'])).toBe('ε, 1.0');
  });

  test('formatBytes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(20002)).toBe('19.5 KiB');
    expect(formatBytes(-3 * 1024 * 1024, true)).toBe('-3.0 MiB');
    expect(formatBytes(0, true)).toBe('+0 B');
  });
});

describe('closureOf', () => {
  const infos = new Map([
    ['/s/a', { narSize: 1, references: ['/s/b', '/s/a'] }],
    ['/s/b', { narSize: 2, references: ['/s/c'] }],
    ['/s/c', { narSize: 4, references: [] }],
    ['/s/d', { narSize: 8, references: ['/s/c'] }],
  ]);
  test('per root, from one shared graph', () => {
    expect([...closureOf(['/s/a'], infos).keys()].sort()).toEqual(['/s/a', '/s/b', '/s/c']);
    expect(closureSize(closureOf(['/s/d'], infos))).toBe(12);
    expect(closureSize(closureOf(['/s/a', '/s/d'], infos))).toBe(15);
  });
  test('a missing reference is an error naming it', () => {
    const broken = new Map([['/s/a', { narSize: 1, references: ['/s/x'] }]]);
    expect(() => closureOf(['/s/a'], broken)).toThrow(IncompleteClosureError);
    expect(() => closureOf(['/s/a'], broken)).toThrow(/'\/s\/x' \(referenced by '\/s\/a'\)/);
  });
});

describe('StoreGraph: closures split out of one graph', () => {
  /** a → b → c, d → c, a → a (self); e has no size (only referenced) and is referenced by f. */
  const build = () => {
    const g = new StoreGraph('/s');
    const [a, b, c, d] = ['ha-a-1', 'hb-b-1', 'hc-c-1', 'hd-d-2'].map((n) => g.node(n));
    [1, 2, 4, 8].forEach((size, k) => (g.sizes[[a, b, c, d][k]!] = size));
    g.refs[a!]!.push(b!, a!);
    g.refs[b!]!.push(c!);
    g.refs[d!]!.push(c!);
    const f = g.node('hf-f-1');
    g.sizes[f] = 16;
    g.refs[f]!.push(g.node('he-e-1'));
    return g;
  };
  test('marks, totals and the paths of each side', () => {
    const g = build();
    expect(g.node('hb-b-1')).toBe(1); // a name already seen keeps its node
    const pair = g.pair(['/s/ha-a-1'], ['/s/hd-d-2']);
    expect(pair.totals()).toEqual({ sizeBefore: 7, sizeAfter: 12, pathsBefore: 3, pathsAfter: 2 });
    const seen: [string, number | undefined, number | undefined][] = [];
    pair.forEachPath((p, b, a) => seen.push([p, b, a]));
    expect(seen).toEqual([
      ['ha-a-1', 1, undefined],
      ['hb-b-1', 2, undefined],
      ['hc-c-1', 4, 4],
      ['hd-d-2', undefined, 8],
    ]);
    expect(diffClosurePair(pair).map((e) => e.name)).toEqual(['a', 'b', 'd']);
  });
  test('a root not in the graph, or a reached node without a size, is an IncompleteClosureError', () => {
    const g = build();
    expect(() => g.pair(['/s/hx-x-1'], [])).toThrow(IncompleteClosureError);
    expect(() => g.pair(['/other/ha-a-1'], [])).toThrow(/no path info for '\/other\/ha-a-1'/);
    expect(() => g.pair([], ['/s/he-e-1'])).toThrow(IncompleteClosureError);
    expect(() => g.pair([], ['/s/hf-f-1'])).toThrow(/'\/s\/he-e-1' \(referenced by '\/s\/hf-f-1'\)/);
  });
  test('on random graphs: the same diff and summary as closureOf on the equivalent path infos', () => {
    const names = ['a-1', 'a-2', 'a-2-dev', 'b', 'b-bin', 'c-1.0pre', 'c-1.0', 'x-y-z'];
    const nodeArb = fc.record({
      name: fc.constantFrom(...names),
      size: fc.constantFrom(0, 100, 8192, 9000, 30000),
      refs: fc.array(fc.nat(), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(nodeArb, { minLength: 2, maxLength: 16 }), fc.nat(), fc.nat(), (nodes, r1, r2) => {
        const g = new StoreGraph('/nix/store');
        const infos = new Map<string, { narSize: number; references: string[] }>();
        const path = (k: number) => `/nix/store/${String(k).padStart(32, 'h')}-${nodes[k]!.name}`;
        nodes.forEach((n, k) => {
          const i = g.node(path(k).slice('/nix/store/'.length));
          g.sizes[i] = n.size;
          // References only to later nodes: a DAG, as store references are (self-references aside).
          const refs = n.refs
            .map((x) => k + 1 + (x % Math.max(1, nodes.length - k - 1)))
            .filter((x) => x < nodes.length);
          for (const x of refs) g.refs[i]!.push(g.node(path(x).slice('/nix/store/'.length)));
          infos.set(path(k), { narSize: n.size, references: refs.map(path) });
        });
        const b = path(r1 % nodes.length);
        const a = path(r2 % nodes.length);
        const pair = g.pair([b], [a]);
        const before = closureOf([b], infos);
        const after = closureOf([a], infos);
        expect(diffClosurePair(pair)).toEqual(diffClosures(before, after));
        expect(summarizeClosurePair(pair)).toEqual(summarizeClosureDiff(before, after));
      }),
      { numRuns: 1000 },
    );
  });
});
