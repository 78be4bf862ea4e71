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
import { closureEntryName } from './drvname.js';
import type { ClosureSizes } from './graph.js';
import { compareBytes, compareVersions, maxVersion } from './version.js';

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

interface Group {
  /** Version → summed NAR size of that version's paths. */
  readonly versions: Map<string, number>;
  total: number;
}

function group(closure: ClosureSizes): Map<string, Group> {
  const out = new Map<string, Group>();
  for (const [path, size] of closure) {
    const { name, version } = closureEntryName(path);
    let g = out.get(name);
    if (!g) {
      g = { versions: new Map(), total: 0 };
      out.set(name, g);
    }
    g.versions.set(version, (g.versions.get(version) ?? 0) + size);
    g.total += size;
  }
  return out;
}

const EMPTY_GROUP: Group = { versions: new Map(), total: 0 };

function onlyIn(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): string[] {
  const out: string[] = [];
  for (const v of a.keys()) if (!b.has(v)) out.push(v);
  return out.sort(compareBytes);
}

interface NameDiff {
  readonly name: string;
  readonly before: Group;
  readonly after: Group;
  readonly removed: string[];
  readonly added: string[];
  readonly sizeDelta: number;
  readonly sizeShown: boolean;
}

/** The names Nix shows, in Nix's order, with their groups. */
function nameDiffs(before: ClosureSizes, after: ClosureSizes): NameDiff[] {
  const b = group(before);
  const a = group(after);
  const names = new Set<string>(b.keys());
  for (const n of a.keys()) names.add(n);
  const out: NameDiff[] = [];
  for (const name of [...names].sort(compareBytes)) {
    const bg = b.get(name) ?? EMPTY_GROUP;
    const ag = a.get(name) ?? EMPTY_GROUP;
    const sizeDelta = ag.total - bg.total;
    const sizeShown = Math.abs(sizeDelta) >= SIZE_THRESHOLD;
    const removed = onlyIn(bg.versions, ag.versions);
    const added = onlyIn(ag.versions, bg.versions);
    if (sizeShown || removed.length > 0 || added.length > 0) {
      out.push({ name, before: bg, after: ag, removed, added, sizeDelta, sizeShown });
    }
  }
  return out;
}

/** The entries `nix store diff-closures` prints for these two closures, in its order. */
export function diffClosures(before: ClosureSizes, after: ClosureSizes): ClosureDiffEntry[] {
  return nameDiffs(before, after).map((d) => ({
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
  if (d.before.versions.size === 0) return 'added';
  if (d.after.versions.size === 0) return 'removed';
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
  const counts: Record<ChangeKind, number> = { upgraded: 0, downgraded: 0, added: 0, removed: 0, changed: 0, size: 0 };
  const changes = nameDiffs(before, after).map((d): PackageChange => {
    const kind = kindOf(d);
    counts[kind]++;
    return {
      name: d.name,
      kind,
      versionsBefore: [...d.before.versions.keys()].sort(byVersion),
      versionsAfter: [...d.after.versions.keys()].sort(byVersion),
      removed: [...d.removed].sort(byVersion),
      added: [...d.added].sort(byVersion),
      sizeBefore: d.before.total,
      sizeAfter: d.after.total,
      sizeDelta: d.sizeDelta,
      sizeShown: d.sizeShown,
    };
  });
  let sizeBefore = 0;
  for (const s of before.values()) sizeBefore += s;
  let sizeAfter = 0;
  for (const s of after.values()) sizeAfter += s;
  return { changes, counts, sizeBefore, sizeAfter, pathsBefore: before.size, pathsAfter: after.size };
}
