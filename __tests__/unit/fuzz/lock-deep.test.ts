/**
 * The deep flake.lock shapes of issue 9 (items 2 and 3), as examples and as a fuzz property at the issue's sizes:
 * long chains of nodes and of follows, nodes shared so that paths multiply (a ladder of nodes each with two
 * inputs to the next), JSON nested 100,000 deep. Lint must answer each (no exception, no rule lost to one), and a
 * lock it refuses must be refused with one UserError naming flake.lock. No timing is asserted (`npm run fuzz` and
 * `npm run bench` measure it).
 *
 * DEPENDS ON the lock reader's and the resolvers' work for issue 9 (src/flake/lock.ts, src/flake/follows.ts,
 * src/lint/resolve.ts): on a branch without it these fail (a bare "Maximum call stack size exceeded", and the
 * 3,000-deep ladder exhausts the heap), which is what they are for.
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
import { DEEP, mutatedLock } from '../../fuzz/lock-mutations.js';
import { fuzzParameters } from '../../fuzz/run-options.js';
import { lockSeeds } from '../../fuzz/seeds.js';

// Bounded runs whose time depends on the machine's load: a property is judged by its answers, never by a clock.
jest.setTimeout(120_000);

const FILE = 'flake.lock';
const { seeds } = lockSeeds();
const scratch = mkdtempSync(path.join(tmpdir(), 'fuzz-lock-deep-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const github = (repo: string) => ({
  locked: {
    lastModified: 1_700_000_000,
    narHash: `sha256-${repo}`,
    owner: 'o',
    repo,
    rev: 'a'.repeat(40),
    type: 'github',
  },
  original: { owner: 'o', repo, type: 'github' },
});
const lockOf = (nodes: Record<string, unknown>): string =>
  `${JSON.stringify({ nodes, root: 'root', version: 7 }, null, 2)}\n`;

/** The shapes, by name. */
const SHAPES: Record<string, () => string> = {
  'a chain of 2,000 follows (a1 -> a2 -> ... -> leaf)': () => {
    const inputs: Record<string, unknown> = {};
    for (let i = 1; i < 2000; i++) inputs[`a${i}`] = [`a${i + 1}`];
    inputs['a2000'] = 'leaf';
    return lockOf({ root: { inputs }, leaf: github('leaf') });
  },
  'a chain of 5,000 follows': () => {
    const inputs: Record<string, unknown> = {};
    for (let i = 1; i < 5000; i++) inputs[`a${i}`] = [`a${i + 1}`];
    inputs['a5000'] = 'leaf';
    return lockOf({ root: { inputs }, leaf: github('leaf') });
  },
  'a chain of 20,000 nodes': () => {
    const nodes: Record<string, unknown> = { root: { inputs: { n0: 'n0' } } };
    for (let i = 0; i < 20_000; i++)
      nodes[`n${i}`] = { ...github(`r${i}`), ...(i + 1 < 20_000 ? { inputs: { next: `n${i + 1}` } } : {}) };
    return lockOf(nodes);
  },
  'a ladder 3,000 deep (each node has two inputs to the next)': () => {
    const nodes: Record<string, unknown> = { root: { inputs: { r0: 'r0' } } };
    for (let i = 0; i < 3000; i++)
      nodes[`r${i}`] = { ...github(`r${i}`), ...(i + 1 < 3000 ? { inputs: { a: `r${i + 1}`, b: `r${i + 1}` } } : {}) };
    return lockOf(nodes);
  },
  'JSON arrays nested 2,500 deep': () =>
    `{"nodes": {"root": {}}, "root": "root", "version": 7, "x": ${'['.repeat(2500)}${']'.repeat(2500)}}\n`,
  'JSON objects nested 100,000 deep': () =>
    `{"nodes": ${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}, "root": "root", "version": 7}\n`,
};

describe('deep locks (issue 9, items 2 and 3)', () => {
  test.each(Object.keys(SHAPES))('%s: read or refused in one line naming flake.lock, and linted', async (name) => {
    const text = SHAPES[name]!();
    let problems: string[] = [];
    try {
      analyzeLock(parseLock(text, FILE));
    } catch (e) {
      problems = errorProblems(e, FILE, text, { position: 'optional' });
      if (problems.length === 0 && /[\r\n]/.test((e as Error).message)) problems.push('message on more than one line');
    }
    expect(problems).toEqual([]);
    const ws = new Workspace(path.join(scratch, 'examples'));
    await ws.write(undefined, text);
    const r = await lintOnce(ws);
    expect({ crash: r.crash, ruleFailures: r.ruleFailures }).toEqual({ crash: undefined, ruleFailures: [] });
  });

  test('fuzz at the issue sizes: the reader and the resolver refuse only with a UserError; lint never throws', async () => {
    const ws = new Workspace(path.join(scratch, 'fuzz'));
    await fc.assert(
      fc.asyncProperty(mutatedLock(seeds, DEEP), async (c) => {
        let problems: string[] = [];
        try {
          analyzeLock(parseLock(c.text, FILE));
        } catch (e) {
          problems = errorProblems(e, FILE, c.text, { position: 'optional' });
        }
        expect(problems).toEqual([]);
        await ws.write(c.nix, c.text);
        const r = await lintOnce(ws);
        expect({ crash: r.crash, ruleFailures: r.ruleFailures }).toEqual({ crash: undefined, ruleFailures: [] });
      }),
      // No shrinking: a failing case here can take a minute, and its steps already say what it is.
      fuzzParameters(30, { endOnFailure: true }),
    );
  });
});
