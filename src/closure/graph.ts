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

/** Sum of the NAR sizes of a closure. */
export function closureSize(closure: ClosureSizes): number {
  let sum = 0;
  for (const size of closure.values()) sum += size;
  return sum;
}
