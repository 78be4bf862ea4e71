/**
 * Closures from a reference graph: what `nix path-info -r` returns for several roots at once is split back into
 * each root's own closure here, so one Nix call serves every configuration.
 */

export interface PathInfo {
  /** Size of the NAR serialisation, in bytes. */
  readonly narSize: number;
  /** Store paths this one refers to (may include itself). */
  readonly references: readonly string[];
}

export type PathInfos = ReadonlyMap<string, PathInfo>;

/** A closure as `nix store diff-closures` sees it: store path → NAR size. */
export type ClosureSizes = ReadonlyMap<string, number>;

export class IncompleteClosureError extends Error {
  override readonly name = 'IncompleteClosureError';
  constructor(
    readonly path: string,
    readonly referrer: string | undefined,
  ) {
    super(
      referrer === undefined
        ? `no path info for '${path}'`
        : `no path info for '${path}' (referenced by '${referrer}'); the closure is incomplete`,
    );
  }
}

/** The closure of `roots` (the roots and everything they reference, transitively), with each path's NAR size. */
export function closureOf(roots: Iterable<string>, infos: PathInfos): Map<string, number> {
  const out = new Map<string, number>();
  const stack: string[] = [];
  for (const r of roots) {
    const info = infos.get(r);
    if (!info) throw new IncompleteClosureError(r, undefined);
    if (!out.has(r)) {
      out.set(r, info.narSize);
      stack.push(r);
    }
  }
  while (stack.length > 0) {
    const p = stack.pop()!;
    for (const ref of infos.get(p)!.references) {
      if (out.has(ref)) continue;
      const info = infos.get(ref);
      if (!info) throw new IncompleteClosureError(ref, p);
      out.set(ref, info.narSize);
      stack.push(ref);
    }
  }
  return out;
}

/** Sizes and path counts of both closures of a pair. */
export interface ClosureTotals {
  readonly sizeBefore: number;
  readonly sizeAfter: number;
  readonly pathsBefore: number;
  readonly pathsAfter: number;
}

/** Two closures to compare, whatever holds them. */
export interface ClosurePair {
  /**
   * Calls `visit` once for every path of either closure with its NAR size before and after (`undefined` on the
   * side it is not on).
   */
  forEachPath(visit: (path: string, before: number | undefined, after: number | undefined) => void): void;
  totals(): ClosureTotals;
}

/** Two closures held as maps (store path → NAR size). */
export function mapPair(before: ClosureSizes, after: ClosureSizes): ClosurePair {
  return {
    forEachPath(visit) {
      // forEach, not for…of: no entry arrays, and much faster before the JIT has warmed up (this runs once).
      before.forEach((size, path) => visit(path, size, after.get(path)));
      after.forEach((size, path) => {
        if (!before.has(path)) visit(path, undefined, size);
      });
    },
    totals: () => ({
      sizeBefore: closureSize(before),
      sizeAfter: closureSize(after),
      pathsBefore: before.size,
      pathsAfter: after.size,
    }),
  };
}

/**
 * A reference graph held in arrays, as one closure query of several roots returns it (`nix-store --query
 * --graphml`), to split into closures without a map per closure. Nodes are numbered in the order they are first
 * seen; a node only referenced so far has no size (-1) until its own entry is read.
 */
export class StoreGraph {
  /** Base name (`<hash>-<name>`) of each node. */
  readonly names: string[] = [];
  /** NAR size of each node, -1 while unknown. */
  readonly sizes: number[] = [];
  /** The nodes each node refers to. */
  readonly refs: number[][] = [];
  private readonly ids = new Map<string, number>();

  /** `storeDir`: the store directory without its trailing slash (`/nix/store`). */
  constructor(readonly storeDir: string) {}

  /** The node of a base name, added when new. */
  node(name: string): number {
    let i = this.ids.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.ids.set(name, i);
      this.names.push(name);
      this.sizes.push(-1);
      this.refs.push([]);
    }
    return i;
  }

  /** The node of a full store path, if the graph has it. */
  find(path: string): number | undefined {
    const slash = path.lastIndexOf('/');
    return path.slice(0, slash) === this.storeDir ? this.ids.get(path.slice(slash + 1)) : undefined;
  }

  path(i: number): string {
    return `${this.storeDir}/${this.names[i]!}`;
  }

  get size(): number {
    return this.names.length;
  }

  /**
   * Sets `bit` in `marks[i]` for every node `i` in the closure of the store paths `roots`. Throws an
   * IncompleteClosureError for a root or reference the graph has no size for.
   */
  mark(roots: readonly string[], marks: Uint8Array, bit: number): void {
    const stack: number[] = [];
    for (const r of roots) {
      const i = this.find(r);
      if (i === undefined || this.sizes[i]! < 0) throw new IncompleteClosureError(r, undefined);
      if ((marks[i]! & bit) === 0) {
        marks[i]! |= bit;
        stack.push(i);
      }
    }
    while (stack.length > 0) {
      const p = stack.pop()!;
      const refs = this.refs[p]!;
      for (let k = 0; k < refs.length; k++) {
        const j = refs[k]!;
        if ((marks[j]! & bit) !== 0) continue;
        if (this.sizes[j]! < 0) throw new IncompleteClosureError(this.path(j), this.path(p));
        marks[j]! |= bit;
        stack.push(j);
      }
    }
  }

  /** The closures of `before` and `after` (each a list of roots) as a pair, keyed by base name. */
  pair(before: readonly string[], after: readonly string[]): ClosurePair {
    const marks = new Uint8Array(this.size);
    this.mark(before, marks, 1);
    this.mark(after, marks, 2);
    const { names, sizes } = this;
    return {
      forEachPath(visit) {
        for (let i = 0; i < marks.length; i++) {
          const m = marks[i]!;
          if (m !== 0) visit(names[i]!, (m & 1) !== 0 ? sizes[i] : undefined, (m & 2) !== 0 ? sizes[i] : undefined);
        }
      },
      totals() {
        const t = { sizeBefore: 0, sizeAfter: 0, pathsBefore: 0, pathsAfter: 0 };
        for (let i = 0; i < marks.length; i++) {
          const m = marks[i]!;
          if ((m & 1) !== 0) {
            t.sizeBefore += sizes[i]!;
            t.pathsBefore++;
          }
          if ((m & 2) !== 0) {
            t.sizeAfter += sizes[i]!;
            t.pathsAfter++;
          }
        }
        return t;
      },
    };
  }
}

/** Sum of the NAR sizes of a closure. */
export function closureSize(closure: ClosureSizes): number {
  let sum = 0;
  for (const size of closure.values()) sum += size;
  return sum;
}
