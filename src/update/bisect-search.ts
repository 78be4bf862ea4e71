/**
 * The search of a bisection: which of the root inputs an update moved break a target that built before it.
 *
 * Known at the start: with none moved the target builds (it did before the update), with all moved it fails. The
 * oracle builds the target with a lock in which exactly the given inputs moved (src/update/lock-surgery.ts), and
 * says `ok` or `fail`. The search splits the candidates in two halves and tries each alone:
 *   - one half fails: the culprits are in it; go on in that half (one culprit among n: at most 2·log2(n) builds);
 *   - both pass: an interaction; the failing set takes something from each half: the part of the first needed
 *     with the whole second moved, then the part of the second needed with that part moved.
 * The result is a smallest set whose move alone breaks the target (minimal: no input of it can be left out, for one
 * culprit and for the interactions the halves show). Every answer is remembered, so no set is built twice.
 *
 * Bounded by `maxBuilds`: once the bound is reached no more builds are asked for, and the result is the smallest set
 * seen to fail, marked not exact (the culprits are among it). Pure: the oracle is the only effect, passed in.
 */
import { DEFAULTS } from '../core/config.js';

export type Verdict = 'ok' | 'fail';

/** Builds the target with `moved` at their new revisions and the other changed inputs at their old ones. */
export type BisectOracle = (moved: ReadonlySet<string>) => Promise<Verdict>;

export interface BisectResult {
  /** The inputs whose move alone breaks the target (sorted); when not `exact`, the smallest set seen to fail. */
  readonly culprits: readonly string[];
  /** True when the search finished within the bound. */
  readonly exact: boolean;
  /** True when the culprits break the target only together (each half built on its own). */
  readonly interaction: boolean;
  /** Builds the oracle was asked for. */
  readonly builds: number;
}

class Bound extends Error {}

/** Finds the smallest set of `changed` whose move alone makes `oracle` fail, in at most `maxBuilds` builds. */
export async function bisectInputs(
  changed: readonly string[],
  oracle: BisectOracle,
  maxBuilds: number = DEFAULTS.bisectMaxBuilds,
): Promise<BisectResult> {
  const all = [...new Set(changed)].sort();
  const keyOf = (s: Iterable<string>): string => JSON.stringify([...s].sort());
  const known = new Map<string, Verdict>([
    [keyOf([]), 'ok'],
    [keyOf(all), 'fail'],
  ]);
  let builds = 0;
  let smallest: readonly string[] = all;
  let interaction = false;
  const fails = async (moved: readonly string[]): Promise<boolean> => {
    const key = keyOf(moved);
    let v = known.get(key);
    if (v === undefined) {
      if (builds >= maxBuilds) throw new Bound();
      builds++;
      v = await oracle(new Set(moved));
      known.set(key, v);
      if (v === 'fail' && moved.length < smallest.length) smallest = [...moved].sort();
    }
    return v === 'fail';
  };
  /** The smallest part of `candidates` that, moved with `base`, fails (given that base ∪ candidates fails). */
  const search = async (candidates: readonly string[], base: readonly string[]): Promise<string[]> => {
    if (candidates.length <= 1) return [...candidates];
    const half = Math.ceil(candidates.length / 2);
    const first = candidates.slice(0, half);
    const second = candidates.slice(half);
    if (await fails([...base, ...first])) return search(first, base);
    if (await fails([...base, ...second])) return search(second, base);
    interaction = true;
    const a = await search(first, [...base, ...second]);
    const b = await search(second, [...base, ...a]);
    return [...a, ...b];
  };
  if (all.length === 0) return { culprits: [], exact: true, interaction: false, builds: 0 };
  try {
    const culprits = (await search(all, [])).sort();
    return { culprits, exact: true, interaction: interaction && culprits.length > 1, builds };
  } catch (e) {
    if (!(e instanceof Bound)) throw e;
    return { culprits: smallest, exact: false, interaction: false, builds };
  }
}
