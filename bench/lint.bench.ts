/**
 * Lint on the largest corpus lock (NotAShelf__nyx, 231 nodes, lock-only), cold: a fresh `node dist/cli.js lint`
 * each run, next to a bare `node -e "JSON.parse(readFileSync(...))"` of the same file. Reports the time ratio
 * (target ≤ 3×) and the CLI's peak memory (target < 150 MB, read from the process itself at exit).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchCase } from './harness.js';

const root = process.cwd();
const cli = path.join(root, 'dist', 'cli.js');
const corpus = path.resolve(root, '..', 'shared', 'corpus', 'NotAShelf__nyx');
const lockFile = path.join(corpus, 'flake.lock');
const probe = path.join(root, '.bench', 'maxrss.cjs');

const baseline: number[] = [];
const cold: number[] = [];
let peak = 0;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timeOnce(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status === null || r.status > 1) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return ms;
}

/** Peak resident memory (MB) of `node dist/cli.js lint` on the lock, reported by the process at exit. */
function peakMb(): number {
  mkdirSync(path.dirname(probe), { recursive: true });
  writeFileSync(
    probe,
    "process.on('exit', () => { process.stderr.write(`MAXRSS_KB=${process.resourceUsage().maxRSS}\\n`); });\n",
  );
  const r = spawnSync(process.execPath, ['--require', probe, cli, 'lint', corpus, '--format', 'json'], {
    encoding: 'utf8',
  });
  const m = /MAXRSS_KB=(\d+)/.exec(r.stderr);
  if (!m) throw new Error(`no memory figure: ${r.stderr}`);
  return Number(m[1]) / 1024;
}

const available = existsSync(lockFile) && existsSync(cli);
if (!available) console.error(`lint bench skipped: needs ${lockFile} and ${cli} (npm run bundle)`);

export const lintCases: BenchCase[] = available
  ? [
      {
        name: 'lint baseline: node -e JSON.parse(readFileSync(nyx flake.lock))',
        runs: 10,
        run: () => {
          baseline.push(
            timeOnce(['-e', `JSON.parse(require('fs').readFileSync(${JSON.stringify(lockFile)}, 'utf8'))`]),
          );
        },
      },
      {
        name: 'lint cold: node dist/cli.js lint nyx (lock-only, 231 nodes)',
        runs: 10,
        setup: () => {
          peak = peakMb();
        },
        run: () => {
          cold.push(timeOnce([cli, 'lint', corpus, '--format', 'json']));
          return {
            'x baseline': baseline.length > 0 ? (median(cold) / median(baseline)).toFixed(2) : '',
            'peak MB': peak.toFixed(1),
            'lock KB': (readFileSync(lockFile).length / 1024).toFixed(0),
          };
        },
      },
    ]
  : [];
