/**
 * The parser against real Nix 2.8 (`nix-instantiate`): on every fixture, on the one-line cases, on generated
 * programs (valid and deliberately broken), on the tree shape Nix prints back, and on string values.
 * Each test states what it compared; a difference is reported with the program, Nix's verdict and ours.
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { runProcess } from '../../../src/exec/process.js';
import { parse, literalString } from '../../../src/nix/index.js';
import type { Expr } from '../../../src/nix/ast.js';
import { mutated, program, reparseableProgram, stringLiteral, tokenSoup } from '../../unit/nix/support/grammar.js';
import { describeVerdict, difference, nixParseFiles, ourVerdict, writePrograms } from './support/oracle.js';
import { shape } from './support/shape.js';

const FIXTURES = path.resolve('__tests__', 'fixtures');
// Generated programs are random; the seed is printed so a failure can be replayed with NIX_DIFF_SEED.
const SEED = Number(process.env['NIX_DIFF_SEED'] ?? Date.now() % 2 ** 31);

function nixFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return nixFilesUnder(p);
    return name.endsWith('.nix') ? [p] : [];
  });
}

/** Runs both parsers on the programs and returns a readable list of disagreements. */
async function disagreements(programs: readonly string[]): Promise<string[]> {
  const files = writePrograms(programs);
  const nix = await nixParseFiles(files);
  const out: string[] = [];
  files.forEach((file, i) => {
    const theirs = nix.get(file)!;
    const ours = ourVerdict(programs[i]!, file);
    const why = difference(theirs, ours);
    if (why)
      out.push(
        `${why}: ${JSON.stringify(programs[i])}\n  nix:  ${describeVerdict(theirs)}\n  ours: ${describeVerdict(ours)}`,
      );
  });
  return out;
}

describe('parser agrees with nix-instantiate --parse', () => {
  test('every .nix fixture (language tour, invalid files, flake fixtures): same verdict, same error', async () => {
    const files = [...nixFilesUnder(path.join(FIXTURES, 'nix')), ...nixFilesUnder(path.join(FIXTURES, 'inputs'))];
    expect(files.length).toBeGreaterThan(40);
    const nix = await nixParseFiles(files);
    const diffs = files.flatMap((f) => {
      const why = difference(nix.get(f)!, ourVerdict(readFileSync(f, 'utf8'), f));
      return why ? [`${path.relative(FIXTURES, f)}: ${why}`] : [];
    });
    expect(diffs).toEqual([]);
    // The invalid ones really are invalid for Nix, so the comparison above covered errors too.
    const invalid = files.filter((f) => f.includes(`${path.sep}invalid${path.sep}`));
    expect(invalid.length).toBeGreaterThan(10);
    for (const f of invalid) expect(nix.get(f)!.ok).toBe(false);
  });

  test('one-line cases (fixtures/nix/cases.txt): same verdict, same error message and position', async () => {
    const cases = readFileSync(path.join(FIXTURES, 'nix', 'cases.txt'), 'utf8')
      .split('\n')
      .filter((l) => l.length > 0)
      .map((l) => l.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\r/g, '\r'));
    expect(cases.length).toBeGreaterThan(200);
    expect(await disagreements(cases)).toEqual([]);
  }, 120_000);

  test(`generated programs, valid and broken (seed ${SEED})`, async () => {
    const programs = [
      ...fc.sample(program, { numRuns: 200, seed: SEED }),
      ...fc.sample(mutated, { numRuns: 200, seed: SEED + 1 }),
    ];
    expect(await disagreements(programs)).toEqual([]);
  }, 180_000);

  test(`token soup: random sequences of characters and keywords (seed ${SEED})`, async () => {
    expect(await disagreements(fc.sample(tokenSoup, { numRuns: 200, seed: SEED + 4 }))).toEqual([]);
  }, 120_000);

  test(`tree shape: our tree of a program equals our tree of Nix's printout of it (seed ${SEED})`, async () => {
    const programs = fc.sample(reparseableProgram, { numRuns: 200, seed: SEED + 2 });
    const files = writePrograms(programs);
    const nix = await nixParseFiles(files);
    let compared = 0;
    const diffs: string[] = [];
    files.forEach((file, i) => {
      const v = nix.get(file)!;
      if (!v.ok) return;
      const mine = shape(parse(programs[i]!));
      const theirs = shape(parse(v.printed!) as Expr);
      compared++;
      if (mine !== theirs) diffs.push(`${JSON.stringify(programs[i])}\n  nix:  ${theirs}\n  ours: ${mine}`);
    });
    expect(diffs).toEqual([]);
    expect(compared).toBeGreaterThan(40);
  }, 180_000);

  test(`string values equal Nix's evaluation (escapes, indentation stripping) (seed ${SEED})`, async () => {
    const strings = fc.sample(stringLiteral, { numRuns: 400, seed: SEED + 3 });
    const r = await runProcess('nix-instantiate', ['--eval', '--strict', '--json', '-E', `[ ${strings.join(' ')} ]`]);
    const values = JSON.parse(r.stdout) as string[];
    const ours = strings.map((s) => {
      const e = parse(s);
      return e.kind === 'String' ? literalString(e) : undefined;
    });
    const diffs = strings.flatMap((s, i) =>
      ours[i] === values[i]
        ? []
        : [`${JSON.stringify(s)}: nix ${JSON.stringify(values[i])}, ours ${JSON.stringify(ours[i])}`],
    );
    expect(diffs).toEqual([]);
  });
});
