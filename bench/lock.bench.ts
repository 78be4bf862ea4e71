import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeLock } from '../src/flake/follows.js';
import { parseLock } from '../src/flake/lock.js';
import type { BenchCase } from './harness.js';

// The largest corpus lock (231 nodes, ~117 KB): load and resolve in process, and a cold CLI run on it.
const dir = path.resolve('..', 'shared', 'corpus', 'NotAShelf__nyx');
const file = path.join(dir, 'flake.lock');
const cli = path.resolve('dist', 'cli.js');

function requireCorpus(): void {
  if (!existsSync(file)) throw new Error(`${file} is missing: the lock benchmarks need ../shared/corpus`);
}

export const lockCases: BenchCase[] = [
  {
    name: 'lock: read + parse + resolve NotAShelf__nyx (in process)',
    runs: 200,
    setup: requireCorpus,
    run: () => {
      const lock = parseLock(readFileSync(file, 'utf8'), file);
      const graph = analyzeLock(lock);
      return { nodes: String(lock.nodes.size), paths: String(graph.inputs.size) };
    },
  },
  {
    name: 'lock: JSON.parse of the same text (baseline, no checks)',
    runs: 50,
    setup: requireCorpus,
    run: () => {
      JSON.parse(readFileSync(file, 'utf8'));
    },
  },
  {
    name: 'lock: cold `node dist/cli.js graph <nyx> --json`',
    runs: 10,
    setup: requireCorpus,
    run: () => {
      const out = execFileSync(process.execPath, [cli, 'graph', dir, '--json'], { maxBuffer: 1 << 24 });
      return { 'output bytes': String(out.length) };
    },
  },
];
