import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { parseDrvName } from '../../../src/closure/drvname.js';
import { compareVersions } from '../../../src/closure/version-order.js';

// Differential tests: our compareVersions and parseDrvName against builtins.compareVersions and
// builtins.parseDrvName of the installed Nix, over thousands of generated inputs, in one nix-instantiate each.

/** A small deterministic PRNG (mulberry32), so a failure reproduces. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PARTS = [
  '0',
  '1',
  '2',
  '9',
  '10',
  '01',
  '007',
  '12',
  '2024',
  '20240102',
  '2147483647',
  '2147483648',
  '99999999999',
  'pre',
  'a',
  'b',
  'rc',
  'rc1',
  'alpha',
  'beta',
  'unstable',
  'git',
  'p',
  'pl',
  'Z',
  '_',
  '+',
  'x86',
  '',
  'pre1',
];
const SEPS = ['.', '.', '.', '-', '-', '', '..', '_'];

function version(r: () => number): string {
  const n = 1 + Math.floor(r() * 5);
  let s = '';
  for (let i = 0; i < n; i++) {
    if (i > 0) s += SEPS[Math.floor(r() * SEPS.length)];
    s += PARTS[Math.floor(r() * PARTS.length)];
  }
  return s;
}

const NAME_PARTS = ['foo', 'bar', 'x', 'py3', 'lib', 'A', '_', '1', '1.0', '2.3a', 'unstable', '0', '.x', 'b-c', ''];

function drvName(r: () => number): string {
  const n = 1 + Math.floor(r() * 4);
  return Array.from({ length: n }, () => NAME_PARTS[Math.floor(r() * NAME_PARTS.length)]).join('-');
}

const work = mkdtempSync(path.join(tmpdir(), 'fs-oracle-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function nixEval(expr: string): unknown {
  const out = execFileSync('nix-instantiate', ['--eval', '--strict', '--json', '--expr', expr], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out);
}

describe('agrees with the installed Nix', () => {
  test('compareVersions over 4,000 generated pairs (plus each version with itself and a neighbour)', () => {
    const r = rng(20240102);
    const pairs: [string, string][] = [];
    for (let i = 0; i < 3000; i++) pairs.push([version(r), version(r)]);
    for (let i = 0; i < 500; i++) {
      const v = version(r);
      pairs.push([v, v], [v, `${v}${SEPS[i % SEPS.length]}${PARTS[i % PARTS.length]}`]);
    }
    const file = path.join(work, 'pairs.json');
    writeFileSync(file, JSON.stringify(pairs));
    const want = nixEval(
      `map (p: builtins.compareVersions (builtins.elemAt p 0) (builtins.elemAt p 1)) (builtins.fromJSON (builtins.readFile ${file}))`,
    ) as number[];
    const got = pairs.map(([a, b]) => compareVersions(a, b));
    const diffs = pairs.map((p, i) => [p, want[i], got[i]]).filter(([, w, g]) => w !== g);
    expect(diffs).toEqual([]);
    expect(new Set(want)).toEqual(new Set([-1, 0, 1]));
  });

  test('parseDrvName over 2,000 generated names', () => {
    const r = rng(7);
    const names = Array.from({ length: 2000 }, () => drvName(r));
    const file = path.join(work, 'names.json');
    writeFileSync(file, JSON.stringify(names));
    const want = nixEval(`map builtins.parseDrvName (builtins.fromJSON (builtins.readFile ${file}))`);
    expect(names.map(parseDrvName)).toEqual(want);
  });
});
