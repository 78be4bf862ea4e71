import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { BenchCase } from './harness.js';

const root = process.cwd();
const cli = path.join(root, 'dist', 'cli.js');

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
];
