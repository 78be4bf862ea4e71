/**
 * Hostile flake.nix shapes (issue 9, item 4) through check() in this process, and the worst one through the CLI as
 * a process: each must be answered in time linear in its size (the old lexer rescanned a run of path characters
 * from every token in it: 100,000 `-` took 28 s, `a+a+…:` over a minute). `npm run bench -- hostile`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { check, NixSyntaxError } from '../src/nix/index.js';
import type { BenchCase } from './harness.js';

const SHAPES: readonly (readonly [string, () => string])[] = [
  ["'-' × 100,000 + '1'", () => '-'.repeat(100_000) + '1'],
  ["'(' × 100,000", () => '('.repeat(100_000) + '1' + ')'.repeat(100_000)],
  ["'{a=' × 100,000", () => '{a='.repeat(100_000) + '1' + ';}'.repeat(100_000)],
  ["'x: x' + '.a' × 100,000", () => 'x: x' + '.a'.repeat(100_000)],
  ["'a+' × 50,000 + ': '", () => 'a+'.repeat(50_000) + ': '],
  ["'/* ' × 50,000", () => '/* '.repeat(50_000)],
  ["'9' × 8,000,000", () => '9'.repeat(8_000_000)],
  ["'{ a' + '.a' × 100,000 + ' = x; }'", () => '{ a' + '.a'.repeat(100_000) + ' = x; }'],
  ["'1' + ' + 1' × 100,000 + ' + y'", () => '1' + ' + 1'.repeat(100_000) + ' + y'],
  ["'let a = 1; in ' × 500 + 'y ' × 100,000", () => 'let a = 1; in '.repeat(500) + 'y '.repeat(100_000)],
  ["'x: ' × 500 + 'y ' × 100,000", () => 'x: '.repeat(500) + 'y '.repeat(100_000)],
];

function outcome(text: string): string {
  try {
    check(text, { file: 'hostile.nix' });
    return 'parses';
  } catch (e) {
    if (!(e instanceof NixSyntaxError)) throw e;
    const m = e.format();
    return m.length > 60 ? `${m.slice(0, 59)}…` : m;
  }
}

let minusFile: string | undefined;
const cli = path.join(process.cwd(), 'dist', 'cli.js');

export const parseHostileCases: BenchCase[] = [
  ...SHAPES.map(([name, make]): BenchCase => {
    let text = '';
    return {
      name: `parse hostile: ${name}, check() in this process`,
      runs: 3,
      setup: () => {
        text = make();
      },
      run: () => ({ KB: (text.length / 1e3).toFixed(0), outcome: outcome(text) }),
    };
  }),
  {
    name: "parse hostile: '-' × 100,000 + '1', node dist/cli.js parse FILE (process)",
    runs: 3,
    setup: () => {
      minusFile = path.join(mkdtempSync(path.join(tmpdir(), 'parse-hostile-')), 'minus.nix');
      writeFileSync(minusFile, '-'.repeat(100_000) + '1');
    },
    run: () => {
      try {
        execFileSync(process.execPath, [cli, 'parse', minusFile!], { stdio: 'pipe' });
      } catch (e) {
        // Exit code 1 with the one-line error is the expected answer.
        const out = String((e as { stdout?: Buffer }).stdout ?? '');
        return { outcome: out.trim().slice(0, 59) };
      }
      return { outcome: 'parses' };
    },
  },
];
