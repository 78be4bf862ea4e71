/**
 * Fuzzing the flake.lock reader, the follows resolution and the whole lint engine on mutated locks (seeds:
 * __tests__/fixtures/fuzz/lock, and every flake.lock of ../shared/corpus where it exists; structure-aware mutations
 * in __tests__/fuzz/lock-mutations.ts) at moderate sizes: only UserErrors naming flake.lock escape the reader and
 * the resolver, and lint neither throws nor loses a rule to an exception. The deep shapes of issue 9 (long chains,
 * shared-node ladders, JSON nested 100,000 deep) are in lock-deep.test.ts; what lint prints, in lint-output.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test, jest } from '@jest/globals';
import fc from 'fast-check';
import { analyzeLock } from '../../../src/flake/follows.js';
import { parseLock } from '../../../src/flake/lock.js';
import { errorProblems } from '../../fuzz/checks.js';
import { lintOnce, Workspace } from '../../fuzz/lint-run.js';
import { MODERATE, mutatedLock } from '../../fuzz/lock-mutations.js';
import { fuzzParameters } from '../../fuzz/run-options.js';
import { lockSeeds } from '../../fuzz/seeds.js';

// Bounded runs whose time depends on the machine's load: a property is judged by its answers, never by a clock.
jest.setTimeout(120_000);

const FILE = 'flake.lock';
const { seeds, corpus } = lockSeeds();
if (!corpus) console.warn('NOTE: ../shared/corpus is missing: the lock fuzz properties start from the fixtures alone.');
const scratch = mkdtempSync(path.join(tmpdir(), 'fuzz-lock-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('fuzz: flake.lock through the reader, the resolver and lint', () => {
  test('parseLock() and analyzeLock() answer, or refuse with a UserError naming flake.lock', () => {
    fc.assert(
      fc.property(mutatedLock(seeds, MODERATE), (c) => {
        let problems: string[] = [];
        try {
          analyzeLock(parseLock(c.text, FILE));
        } catch (e) {
          problems = errorProblems(e, FILE, c.text, { position: 'optional' });
        }
        expect(problems).toEqual([]);
      }),
      fuzzParameters(400),
    );
  });

  test('lint on a mutated lock (alone, or with a flake.nix declaring its inputs) never throws and loses no rule', async () => {
    const ws = new Workspace(path.join(scratch, 'ws'));
    await fc.assert(
      fc.asyncProperty(mutatedLock(seeds, MODERATE), async (c) => {
        await ws.write(c.nix, c.text);
        const r = await lintOnce(ws);
        expect({ crash: r.crash, ruleFailures: r.ruleFailures }).toEqual({ crash: undefined, ruleFailures: [] });
      }),
      fuzzParameters(150),
    );
  });
});
