/**
 * The bisection's search with fake oracles: a target that breaks when a given condition on the moved inputs holds.
 */
import { describe, expect, test } from '@jest/globals';
import { bisectInputs, type BisectOracle } from '../../../src/update/bisect-search.js';

const EIGHT = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

/** Fails when `breaks(moved)`; records every set asked. */
function oracle(breaks: (moved: ReadonlySet<string>) => boolean): BisectOracle & { asked: string[][] } {
  const asked: string[][] = [];
  const f = async (moved: ReadonlySet<string>) => {
    asked.push([...moved].sort());
    return breaks(moved) ? ('fail' as const) : ('ok' as const);
  };
  return Object.assign(f, { asked });
}

describe('bisectInputs', () => {
  test.each(EIGHT)('one culprit among eight (%s): found within 6 builds', async (culprit) => {
    const o = oracle((m) => m.has(culprit));
    const r = await bisectInputs(EIGHT, o);
    expect(r).toEqual({ culprits: [culprit], exact: true, interaction: false, builds: o.asked.length });
    expect(r.builds).toBeLessThanOrEqual(6);
    // never the known sets: nothing moved (built before), everything moved (failed after)
    expect(o.asked).not.toContainEqual([]);
    expect(o.asked).not.toContainEqual(EIGHT);
    expect(new Set(o.asked.map((s) => s.join())).size).toBe(o.asked.length);
  });

  test('two inputs, one culprit: at most two builds', async () => {
    const o = oracle((m) => m.has('nixpkgs'));
    expect(await bisectInputs(['nixpkgs', 'home-manager'], o)).toEqual({
      culprits: ['nixpkgs'],
      exact: true,
      interaction: false,
      builds: 2,
    });
  });

  test('two independent culprits: the smallest set whose move alone breaks is one of them', async () => {
    const o = oracle((m) => m.has('b') || m.has('g'));
    const r = await bisectInputs(EIGHT, o);
    expect(r.exact).toBe(true);
    expect(r.culprits).toHaveLength(1);
    expect(['b', 'g']).toContain(r.culprits[0]);
  });

  test('an interaction: only c and f moved together break; both named', async () => {
    const o = oracle((m) => m.has('c') && m.has('f'));
    const r = await bisectInputs(EIGHT, o, 20);
    expect(r).toMatchObject({ culprits: ['c', 'f'], exact: true, interaction: true });
    expect(r.builds).toBe(o.asked.length);
  });

  test('an interaction within one half', async () => {
    const o = oracle((m) => m.has('a') && m.has('b'));
    const r = await bisectInputs(EIGHT, o, 20);
    expect(r).toMatchObject({ culprits: ['a', 'b'], exact: true, interaction: true });
  });

  test('the bound: no more builds than allowed, and the smallest set seen to fail, not exact', async () => {
    const o = oracle((m) => m.has('h'));
    const r = await bisectInputs(EIGHT, o, 2);
    expect(o.asked).toHaveLength(2);
    expect(r).toEqual({ culprits: ['e', 'f', 'g', 'h'], exact: false, interaction: false, builds: 2 });
  });

  test('a bound of 0 builds nothing and knows everything moved fails', async () => {
    const o = oracle(() => true);
    expect(await bisectInputs(['x', 'y'], o, 0)).toEqual({ culprits: ['x', 'y'], exact: false, interaction: false, builds: 0 });
    expect(o.asked).toEqual([]);
  });

  test('an oracle error propagates', async () => {
    await expect(
      bisectInputs(['x', 'y'], async () => {
        throw new Error('no trial lock');
      }),
    ).rejects.toThrow('no trial lock');
  });
});
