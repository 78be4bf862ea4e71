/**
 * The one "did you mean" of the tree: the known name nearest to a misspelt one, within a typo's distance. Distance is
 * optimal string alignment (insertions, deletions, substitutions and a swap of two neighbours each count one), on
 * lower case, so `ulr` → `url`, `ouputs` → `outputs`, `home-manger` → `home-manager`, `nixconfig` → `nixConfig`.
 *
 * Bounded work on hostile input (a fork writes the names): names longer than MAX_NAME get no suggestion, candidates
 * whose length differs by more than the allowed distance are not compared, and one Suggester stops comparing (and
 * suggests nothing more) after BUDGET cells of the distance table, so thousands of names against thousands of
 * candidates cost milliseconds, not minutes.
 */

/** Names longer than this are not typos of anything worth suggesting. */
export const MAX_NAME = 64;
/** Cells of the distance table one Suggester fills at most (a few milliseconds). */
export const BUDGET = 2_000_000;

/** How many edits a name of this length may be away from the name meant: none for 1-2 characters, 1 up to 5, else 2. */
export function typoDistance(length: number): number {
  return length <= 2 ? 0 : length <= 5 ? 1 : 2;
}

/**
 * Optimal string alignment distance between `a` and `b`, or `max + 1` as soon as it is known to exceed `max`.
 * O(|a|·|b|) time, O(|b|) memory; callers keep both short (MAX_NAME).
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Suggests, for misspelt names, the nearest of a fixed set of known names; one shared work budget. */
export class Suggester {
  /** Candidates by length (lower-cased, with the name as written), in the order given. */
  private readonly byLength = new Map<number, { lower: string; name: string; index: number }[]>();
  private cells = 0;

  constructor(candidates: Iterable<string>) {
    const seen = new Set<string>();
    for (const name of candidates) {
      if (name.length === 0 || name.length > MAX_NAME || seen.has(name)) continue;
      seen.add(name);
      const list = this.byLength.get(name.length);
      const entry = { lower: name.toLowerCase(), name, index: seen.size };
      if (list) list.push(entry);
      else this.byLength.set(name.length, [entry]);
    }
  }

  /**
   * The known name nearest to `name` (the first given on a tie) within typoDistance of its length, or undefined:
   * when there is none, when `name` is itself known, or when the budget is spent.
   */
  suggest(name: string): string | undefined {
    if (name.length === 0 || name.length > MAX_NAME) return undefined;
    const lower = name.toLowerCase();
    const max = typoDistance(name.length);
    let best: { name: string; d: number; index: number } | undefined;
    for (let len = name.length - max; len <= name.length + max; len++) {
      for (const c of this.byLength.get(len) ?? []) {
        if (c.name === name) return undefined;
        if (this.cells + lower.length * c.lower.length > BUDGET) return undefined;
        this.cells += lower.length * c.lower.length;
        const d = editDistance(lower, c.lower, max);
        if (d <= max && (!best || d < best.d || (d === best.d && c.index < best.index)))
          best = { name: c.name, d, index: c.index };
      }
    }
    return best?.name;
  }
}

/** The nearest of `candidates` to `name` within a typo's distance (a Suggester for one question). */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  return new Suggester(candidates).suggest(name);
}
