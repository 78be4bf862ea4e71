/**
 * CLI start-up, cold (a fresh `node dist/cli.js` each run). Beside `--version` and a bare `node -e 0`: `lint` on the
 * largest lock of the corpus (found by size) in a flake directory with a minimal flake.nix that declares the lock's
 * root inputs and root overrides, against a bare `node -e` that only reads and JSON-parses the same lock, the two run
 * alternately. Target (issue 10): lint under 2 × the bare parse.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchCase } from './harness.js';

const root = process.cwd();
const cli = path.join(root, 'dist', 'cli.js');
const corpus = path.resolve(root, '..', 'shared', 'corpus');
const flakeDir = path.join(root, '.bench', 'largest-lock-flake');

interface LockNode {
  readonly inputs?: Record<string, string | string[]>;
  readonly original?: { type: string; owner?: string; repo?: string; ref?: string; url?: string };
  readonly flake?: boolean;
}

/** The corpus's largest flake.lock, by size. */
function largestLock(): string | undefined {
  if (!existsSync(corpus)) return undefined;
  const locks = readdirSync(corpus)
    .map((d) => path.join(corpus, d, 'flake.lock'))
    .filter((f) => existsSync(f));
  return locks.sort((a, b) => statSync(b).size - statSync(a).size)[0];
}

/** A flake.nix that declares what the lock's root locked: each root input's URL and the root's overrides. */
export function minimalFlakeNix(lockText: string): string {
  const lock = JSON.parse(lockText) as { root: string; nodes: Record<string, LockNode> };
  const url = (o: NonNullable<LockNode['original']>) =>
    o.url ?? `${o.type}:${o.owner ?? ''}/${o.repo ?? ''}${o.ref ? `/${o.ref}` : ''}`;
  const lines = ['{', '  inputs = {'];
  for (const [name, target] of Object.entries(lock.nodes[lock.root]?.inputs ?? {})) {
    if (Array.isArray(target)) {
      lines.push(`    ${name}.follows = "${target.join('/')}";`);
      continue;
    }
    const node = lock.nodes[target]!;
    lines.push(`    ${name} = {`, `      url = "${url(node.original!)}";`);
    if (node.flake === false) lines.push('      flake = false;');
    for (const [sub, t] of Object.entries(node.inputs ?? {}))
      if (Array.isArray(t) && t[0] !== name) lines.push(`      inputs.${sub}.follows = "${t.join('/')}";`);
    lines.push('    };');
  }
  lines.push('  };', '  outputs = { self, ... }: { };', '}', '');
  return lines.join('\n');
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timeOnce(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.status === null || r.status > 1) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return ms;
}

const lockFile = largestLock();
const bare: number[] = [];
const lint: number[] = [];

const lintCase: BenchCase[] =
  lockFile && existsSync(cli)
    ? [
        {
          name: `cold lint vs bare JSON.parse, largest corpus lock (${path.basename(path.dirname(lockFile))}), alternating`,
          runs: 15,
          setup: () => {
            const text = readFileSync(lockFile, 'utf8');
            mkdirSync(flakeDir, { recursive: true });
            writeFileSync(path.join(flakeDir, 'flake.lock'), text);
            writeFileSync(path.join(flakeDir, 'flake.nix'), minimalFlakeNix(text));
            // one of each first, so the page cache holds the files for every measured run
            timeOnce([cli, 'lint', flakeDir]);
          },
          run: () => {
            const lock = JSON.stringify(path.join(flakeDir, 'flake.lock'));
            bare.push(timeOnce(['-e', `JSON.parse(require('fs').readFileSync(${lock}, 'utf8'))`]));
            lint.push(timeOnce([cli, 'lint', flakeDir]));
            return {
              'bare ms': median(bare).toFixed(1),
              'lint ms': median(lint).toFixed(1),
              'x bare': (median(lint) / median(bare)).toFixed(2),
            };
          },
        },
      ]
    : [];
if (lintCase.length === 0) console.error(`cli lint bench skipped: needs ${corpus} and ${cli} (npm run bundle)`);

export const cliCases: BenchCase[] = [
  {
    name: 'cold start: node dist/cli.js --version',
    runs: 10,
    run: () => {
      execFileSync(process.execPath, [cli, '--version']);
    },
  },
  {
    name: 'baseline: node -e 0',
    runs: 10,
    run: () => {
      execFileSync(process.execPath, ['-e', '0']);
    },
  },
  ...lintCase,
];
