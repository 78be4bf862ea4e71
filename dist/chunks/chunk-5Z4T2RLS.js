// src/core/did-you-mean.ts
var MAX_NAME = 64;
var BUDGET = 2e6;
function typoDistance(length) {
  return length <= 2 ? 0 : length <= 5 ? 1 : 2;
}
function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2 = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}
var Suggester = class {
  /** Candidates by length (lower-cased, with the name as written), in the order given. */
  byLength = /* @__PURE__ */ new Map();
  cells = 0;
  /** Cells of the distance table filled so far (at most BUDGET). */
  get spent() {
    return this.cells;
  }
  constructor(candidates) {
    const seen = /* @__PURE__ */ new Set();
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
  suggest(name) {
    if (name.length === 0 || name.length > MAX_NAME) return void 0;
    const lower = name.toLowerCase();
    const max = typoDistance(name.length);
    let best;
    for (let len = name.length - max; len <= name.length + max; len++) {
      for (const c of this.byLength.get(len) ?? []) {
        if (c.name === name) return void 0;
        if (this.cells + lower.length * c.lower.length > BUDGET) return void 0;
        this.cells += lower.length * c.lower.length;
        const d = editDistance(lower, c.lower, max);
        if (d <= max && (!best || d < best.d || d === best.d && c.index < best.index))
          best = { name: c.name, d, index: c.index };
      }
    }
    return best?.name;
  }
};
function didYouMean(name, candidates) {
  return new Suggester(candidates).suggest(name);
}

export {
  Suggester,
  didYouMean
};
