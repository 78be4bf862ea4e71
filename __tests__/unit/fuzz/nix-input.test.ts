/**
 * Fuzzing the Nix parser and the flake.nix input reader on mutated flake.nix files (seeds in
 * __tests__/fixtures/fuzz/nix and fixtures/inputs/valid; mutations in __tests__/fuzz/nix-mutations.ts): whatever
 * the bytes, the answer is a tree or one NixSyntaxError line naming the file and a position in it, check() says
 * what parse() says, and the input reader refuses only with a UserError at a position. No timing is asserted here
 * (`npm run fuzz` bounds each case's time); FUZZ_SEED replays a failure, FUZZ_RUNS runs more.
 */
import { describe, expect, test, jest } from '@jest/globals';
import fc from 'fast-check';
import { readFlakeNix } from '../../../src/flake/declared-inputs.js';
import { check, parse } from '../../../src/nix/index.js';
import { errorProblems, parserErrorProblems } from '../../fuzz/checks.js';
import { mutatedNix } from '../../fuzz/nix-mutations.js';
import { fuzzParameters } from '../../fuzz/run-options.js';
import { nixSeeds } from '../../fuzz/seeds.js';

// Bounded runs whose time depends on the machine's load: a property is judged by its answers, never by a clock.
jest.setTimeout(120_000);

const FILE = 'flake.nix';
const seeds = nixSeeds();

/** `OK`, or the formatted error; the problems of an error are collected into `problems`. */
function outcome(run: () => unknown, text: string, problems: string[]): string {
  try {
    run();
    return 'OK';
  } catch (e) {
    problems.push(...parserErrorProblems(e, FILE, text));
    return e instanceof Error ? e.message : String(e);
  }
}

describe('fuzz: flake.nix through the parser and the input reader', () => {
  test('there are seeds', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(20);
  });

  test('parse() and check() answer with a tree or one NixSyntaxError line at a position, and agree', () => {
    fc.assert(
      fc.property(mutatedNix(seeds), (c) => {
        const problems: string[] = [];
        const parsed = outcome(() => parse(c.text, { file: FILE }), c.text, problems);
        const checked = outcome(() => check(c.text, { file: FILE }), c.text, problems);
        expect(problems).toEqual([]);
        expect(checked).toBe(parsed);
      }),
      fuzzParameters(300),
    );
  });

  test('readFlakeNix() answers with the inputs or a UserError naming flake.nix at a position', () => {
    fc.assert(
      fc.property(mutatedNix(seeds), (c) => {
        let problems: string[] = [];
        try {
          readFlakeNix(c.text, FILE);
        } catch (e) {
          problems = errorProblems(e, FILE, c.text, { position: 'required' });
        }
        expect(problems).toEqual([]);
      }),
      fuzzParameters(300),
    );
  });
});
