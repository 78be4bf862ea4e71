/**
 * Closure diffs exactly as `nix store diff-closures` computes them (NixOS/nix `src/nix/diff-closures.cc`,
 * `printClosureDiff`), plus a richer per-configuration summary.
 *
 * Nix's rule: every store path is grouped by package name and version (`closureEntryName`). For each name in
 * either closure, in bytewise name order: the versions only before are "removed", the versions only after are
 * "added" (versions in both are not shown), and the size delta is the sum of the NAR sizes of the name's paths
 * after minus before. A name is shown when a version was removed or added, or when `|delta| >= 8 KiB` (8192 bytes);
 * the size is shown only in the latter case.
 */
import { closureNameVersion } from './drvname.js';
import { mapPair, type ClosurePair, type ClosureSizes } from './reference-graph.js';
import { compareBytes, compareVersions, maxVersion } from './version-order.js';

/** `nix store diff-closures` shows a size change from this many bytes on (`std::abs(sizeDelta) >= 8 * 1024`). */
export const SIZE_THRESHOLD = 8 * 1024;

/** One line of `nix store diff-closures`. */
export interface ClosureDiffEntry {
  readonly name: string;
  /** Versions present only before, in Nix's (bytewise) order; `''` is the empty version Nix shows as `ε`. */
  readonly before: readonly string[];
  /** Versions present only after. */
  readonly after: readonly string[];
  /** Exact NAR size change of all the name's paths, in bytes. */
  readonly sizeDelta: number;
  /** Whether Nix shows the size (`|sizeDelta| >= 8 KiB`). */
  readonly sizeShown: boolean;
}

/** One side's paths of a name: version → summed NAR size of that version's paths. */
type Versions = Map<string, number>;

/**
 * A name with at least one path in only one of the closures. Paths in both closures (same store path, same size)
 * add the same version and the same size to both sides, so they never change what Nix shows; they are counted in
 * `shared` only for the names that have other paths that differ.
 */
interface Touched {
  readonly name: string;
  readonly onlyBefore: Versions;
  readonly onlyAfter: Versions;
  readonly shared: Versions;
}

interface NameDiff {
  readonly name: string;
  readonly touched: Touched;
  /** Versions before / after but not on the other side, in byte order. */
  readonly removed: string[];
  readonly added: string[];
  readonly sizeDelta: number;
  readonly sizeShown: boolean;
}

const sum = (m: Versions): number => {
  let s = 0;
  for (const v of m.values()) s += v;
  return s;
};

const addSize = (m: Versions, version: string, size: number): void => {
  m.set(version, (m.get(version) ?? 0) + size);
};

function onlyIn(a: Versions, b: Versions, c: Versions): string[] {
  const out: string[] = [];
  for (const v of a.keys()) if (!b.has(v) && !c.has(v)) out.push(v);
  return out.length > 1 ? out.sort(compareBytes) : out;
}

/**
 * The names Nix shows, in Nix's order. Equivalent to grouping both whole closures by name (what Nix does) but
 * works on the paths that differ: a store path in both closures contributes the same version and size to both
 * sides, so only names with a differing path can be shown, and only those need the versions of their shared paths.
 * Only the shown names are sorted.
 */
function nameDiffs(pair: ClosurePair): NameDiff[] {
  const touched = new Map<string, Touched>();
  const touch = (name: string): Touched => {
    let t = touched.get(name);
    if (!t) {
      t = { name, onlyBefore: new Map(), onlyAfter: new Map(), shared: new Map() };
      touched.set(name, t);
    }
    return t;
  };
  const sharedPaths: string[] = [];
  const sharedSizes: number[] = [];
  pair.forEachPath((path, before, after) => {
    if (before === after) {
      sharedPaths.push(path);
      sharedSizes.push(before!);
      return;
    }
    const e = closureNameVersion(path);
    const t = touch(e.name);
    // The same path with two sizes (two stores) counts as two different paths.
    if (before !== undefined) addSize(t.onlyBefore, e.version, before);
    if (after !== undefined) addSize(t.onlyAfter, e.version, after);
  });
  if (touched.size === 0) return [];
  for (let i = 0; i < sharedPaths.length; i++) {
    const e = closureNameVersion(sharedPaths[i]!);
    const t = touched.get(e.name);
    if (t) addSize(t.shared, e.version, sharedSizes[i]!);
  }
  const out: NameDiff[] = [];
  for (const t of touched.values()) {
    const sizeDelta = sum(t.onlyAfter) - sum(t.onlyBefore);
    const sizeShown = Math.abs(sizeDelta) >= SIZE_THRESHOLD;
    const removed = onlyIn(t.onlyBefore, t.onlyAfter, t.shared);
    const added = onlyIn(t.onlyAfter, t.onlyBefore, t.shared);
    if (sizeShown || removed.length > 0 || added.length > 0) {
      out.push({ name: t.name, touched: t, removed, added, sizeDelta, sizeShown });
    }
  }
  return out.sort((x, y) => compareBytes(x.name, y.name));
}

/** The entries `nix store diff-closures` prints for these two closures, in its order. */
export function diffClosures(before: ClosureSizes, after: ClosureSizes): ClosureDiffEntry[] {
  return diffClosurePair(mapPair(before, after));
}

/** `diffClosures` of two closures given as a pair (e.g. both split out of one `StoreGraph`). */
export function diffClosurePair(pair: ClosurePair): ClosureDiffEntry[] {
  return nameDiffs(pair).map((d) => ({
    name: d.name,
    before: d.removed,
    after: d.added,
    sizeDelta: d.sizeDelta,
    sizeShown: d.sizeShown,
  }));
}

/**
 * What happened to a package:
 * - `added` / `removed`: the name is new, or gone;
 * - `upgraded` / `downgraded`: versions were replaced and the highest replacement is above / below the highest
 *   replaced one (`builtins.compareVersions`);
 * - `changed`: the version set changed otherwise (a version added or dropped next to ones kept, or replaced by an
 *   equal-ranking spelling such as `1.0` → `1.00`);
 * - `size`: same versions, size changed by at least 8 KiB.
 */
export type ChangeKind = 'upgraded' | 'downgraded' | 'added' | 'removed' | 'changed' | 'size';

export const CHANGE_KINDS: readonly ChangeKind[] = ['upgraded', 'downgraded', 'added', 'removed', 'changed', 'size'];

export interface PackageChange {
  readonly name: string;
  readonly kind: ChangeKind;
  /** Every version of the name before / after, in `compareVersions` order. */
  readonly versionsBefore: readonly string[];
  readonly versionsAfter: readonly string[];
  /** Versions only before / only after (what Nix prints), in `compareVersions` order. */
  readonly removed: readonly string[];
  readonly added: readonly string[];
  readonly sizeBefore: number;
  readonly sizeAfter: number;
  readonly sizeDelta: number;
  readonly sizeShown: boolean;
}

export interface ClosureSummary {
  /** The names `nix store diff-closures` shows, in its order. */
  readonly changes: readonly PackageChange[];
  readonly counts: Readonly<Record<ChangeKind, number>>;
  readonly sizeBefore: number;
  readonly sizeAfter: number;
  readonly pathsBefore: number;
  readonly pathsAfter: number;
}

const byVersion = (a: string, b: string): number => compareVersions(a, b) || compareBytes(a, b);

function kindOf(d: NameDiff): ChangeKind {
  const { onlyBefore, onlyAfter, shared } = d.touched;
  if (shared.size === 0 && onlyBefore.size === 0) return 'added';
  if (shared.size === 0 && onlyAfter.size === 0) return 'removed';
  if (d.removed.length === 0 && d.added.length === 0) return 'size';
  if (d.removed.length > 0 && d.added.length > 0) {
    const c = compareVersions(maxVersion(d.added)!, maxVersion(d.removed)!);
    if (c > 0) return 'upgraded';
    if (c < 0) return 'downgraded';
  }
  return 'changed';
}

/** Nix's diff of two closures, classified, with closure sizes before and after. */
export function summarizeClosureDiff(before: ClosureSizes, after: ClosureSizes): ClosureSummary {
  return summarizeClosurePair(mapPair(before, after));
}

/** `summarizeClosureDiff` of two closures given as a pair. */
export function summarizeClosurePair(pair: ClosurePair): ClosureSummary {
  const counts: Record<ChangeKind, number> = { upgraded: 0, downgraded: 0, added: 0, removed: 0, changed: 0, size: 0 };
  const changes = nameDiffs(pair).map((d): PackageChange => {
    const kind = kindOf(d);
    counts[kind]++;
    const { onlyBefore, onlyAfter, shared } = d.touched;
    const sharedSize = sum(shared);
    return {
      name: d.name,
      kind,
      versionsBefore: [...new Set([...onlyBefore.keys(), ...shared.keys()])].sort(byVersion),
      versionsAfter: [...new Set([...onlyAfter.keys(), ...shared.keys()])].sort(byVersion),
      removed: [...d.removed].sort(byVersion),
      added: [...d.added].sort(byVersion),
      sizeBefore: sum(onlyBefore) + sharedSize,
      sizeAfter: sum(onlyAfter) + sharedSize,
      sizeDelta: d.sizeDelta,
      sizeShown: d.sizeShown,
    };
  });
  return { changes, counts, ...pair.totals() };
}
