/**
 * The difference between two lock files, keyed by input path (never by node key: Nix renames nodes `nixpkgs_2`,
 * `nixpkgs_3` in depth-first order, so the same input may be a different node on each side). Pure.
 */
import {
  showPath,
  type FlakeRefAttrs,
  type InputPath,
  type LockFile,
  type ResolvedInput,
} from '../flake/flake-types.js';
import { commitUrl, compareUrl, repoLabel, shortRev } from '../forge/forge-links.js';
import { forgeRepoOf, lockedRev, lockedTag, type ForgeHosts, type ForgeRepo } from '../forge/forge-repo.js';

/** One side of the diff: a parsed lock and every input path resolved from its root (flake/graph). */
export interface ResolvedLock {
  readonly lock: LockFile;
  readonly inputs: Iterable<ResolvedInput>;
}

/** What an input path is locked to, in the terms a reader needs. */
export interface LockedSource {
  /** Lock node key (differs between sides for the same input; for diagnostics only). */
  readonly node: string;
  readonly type: string;
  /** Short name of the source: `NixOS/nixpkgs`, `gitlab.freedesktop.org/wlroots/wlroots`, or the URL. */
  readonly label: string;
  readonly rev?: string;
  /** Tag a tarball URL names (`v0.4.0`), when it names a tag instead of a commit. */
  readonly tag?: string;
  /** `ref` the lock records (git inputs: the branch followed). */
  readonly ref?: string;
  /** Tarball/file/git URL, as locked. */
  readonly url?: string;
  readonly narHash?: string;
  /** Unix seconds of the last commit (Nix's `lastModified`). */
  readonly lastModified?: number;
  /** `lastModified` as a UTC date, `YYYY-MM-DD`. */
  readonly date?: string;
  readonly repo?: ForgeRepo;
  /** Web page of the locked revision. */
  readonly revUrl?: string;
}

export type InputChangeKind = 'updated' | 'added' | 'removed' | 'follows';

export interface InputChange {
  readonly path: InputPath;
  /** `path` joined with `/`: `home-manager/nixpkgs`. */
  readonly name: string;
  readonly kind: InputChangeKind;
  /** Locked source before (absent for `added`, and for a path that was a follows before). */
  readonly before?: LockedSource;
  /** Locked source after (absent for `removed`, and for a path that is a follows after). */
  readonly after?: LockedSource;
  /** For `follows`: the absolute follows target before/after; absent on the side where it was a node. */
  readonly followsBefore?: InputPath;
  readonly followsAfter?: InputPath;
  /** Compare page between the two revisions (GitHub, GitLab; sourcehut: the log at the new one). */
  readonly compareUrl?: string;
  /** Days from the old revision's date to the new one's. */
  readonly spanDays?: number;
  /** Age of the new revision at the time of the diff, in days. */
  readonly ageDays?: number;
  /** True when the locked URL changed (tarballs, files, git URLs). */
  readonly urlChanged: boolean;
}

export interface LockDiffOptions {
  /** Reference time for `ageDays`; no ages without it. */
  readonly now?: Date;
  readonly hosts?: ForgeHosts;
}

const DAY = 86_400;

function str(attrs: FlakeRefAttrs | undefined, key: string): string | undefined {
  const v = attrs?.[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function num(attrs: FlakeRefAttrs | undefined, key: string): number | undefined {
  const v = attrs?.[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function isoDate(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString().slice(0, 10);
}

/** The attribute set printed with sorted keys: two lockings are the same when these are equal. */
function canonical(attrs: FlakeRefAttrs | undefined): string {
  if (!attrs) return '';
  return JSON.stringify(
    Object.keys(attrs)
      .sort()
      .map((k) => [k, attrs[k]]),
  );
}

export function describeLocked(lock: LockFile, nodeKey: string, hosts?: ForgeHosts): LockedSource | undefined {
  const node = lock.nodes.get(nodeKey);
  if (!node) return undefined;
  const locked = node.locked ?? node.original;
  if (!locked) {
    // The root (a `follows = ""` target) has neither.
    return { node: nodeKey, type: 'self', label: 'this flake' };
  }
  const repo = forgeRepoOf(locked, hosts);
  const rev = lockedRev(locked, hosts);
  const tag = lockedTag(locked, hosts);
  const url = str(locked, 'url');
  const lastModified = num(locked, 'lastModified');
  const ref = str(locked, 'ref') ?? str(node.original, 'ref');
  const narHash = str(locked, 'narHash');
  const label = repo ? repoLabel(repo) : (url ?? locked.type);
  return {
    node: nodeKey,
    type: locked.type,
    label,
    ...(rev !== undefined ? { rev } : {}),
    ...(tag !== undefined ? { tag } : {}),
    ...(ref !== undefined ? { ref } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(narHash !== undefined ? { narHash } : {}),
    ...(lastModified !== undefined ? { lastModified, date: isoDate(lastModified) } : {}),
    ...(repo ? { repo } : {}),
    ...(repo && rev ? { revUrl: commitUrl(repo, rev) } : {}),
  };
}

function sameRepo(a: ForgeRepo | undefined, b: ForgeRepo | undefined): boolean {
  return (
    a !== undefined &&
    b !== undefined &&
    a.forge === b.forge &&
    a.host.toLowerCase() === b.host.toLowerCase() &&
    a.owner.toLowerCase() === b.owner.toLowerCase() &&
    a.repo.toLowerCase() === b.repo.toLowerCase()
  );
}

function byPath(inputs: Iterable<ResolvedInput>): Map<string, ResolvedInput> {
  const m = new Map<string, ResolvedInput>();
  for (const r of inputs) if (!m.has(showPath(r.path))) m.set(showPath(r.path), r);
  return m;
}

function samePath(a: InputPath | undefined, b: InputPath | undefined): boolean {
  return a !== undefined && b !== undefined && showPath(a) === showPath(b) && a.length === b.length;
}

function updatedChange(
  path: InputPath,
  before: LockedSource,
  after: LockedSource,
  options: LockDiffOptions,
): InputChange {
  const fromRef = before.rev ?? before.tag;
  const toRef = after.rev ?? after.tag;
  const link =
    fromRef && toRef && fromRef !== toRef && sameRepo(before.repo, after.repo)
      ? compareUrl(after.repo!, fromRef, toRef)
      : undefined;
  const spanDays =
    before.lastModified !== undefined && after.lastModified !== undefined
      ? Math.round((after.lastModified - before.lastModified) / DAY)
      : undefined;
  const ageDays =
    options.now && after.lastModified !== undefined
      ? Math.max(0, Math.floor((options.now.getTime() / 1000 - after.lastModified) / DAY))
      : undefined;
  return {
    path,
    name: showPath(path),
    kind: 'updated',
    before,
    after,
    ...(link ? { compareUrl: link } : {}),
    ...(spanDays !== undefined ? { spanDays } : {}),
    ...(ageDays !== undefined ? { ageDays } : {}),
    urlChanged: before.url !== after.url,
  };
}

/**
 * Every input path whose locking changed between `before` and `after`: updated (same path, different locked
 * attributes), added, removed, or follows changed (a path that became, stopped being, or retargeted a follows).
 * A path that is a follows on both sides with the same target is not listed: its target path carries the change.
 * Order: the `after` side's resolution order, then removed paths in the `before` side's order.
 */
export function diffLocks(before: ResolvedLock, after: ResolvedLock, options: LockDiffOptions = {}): InputChange[] {
  const old = byPath(before.inputs);
  const now = byPath(after.inputs);
  const hosts = options.hosts;
  const changes: InputChange[] = [];
  const side = (lock: LockFile, r: ResolvedInput): LockedSource | undefined =>
    r.node !== undefined ? describeLocked(lock, r.node, hosts) : undefined;

  for (const [name, a] of now) {
    const b = old.get(name);
    const path = a.path;
    if (!b) {
      const src = a.follows ? undefined : side(after.lock, a);
      changes.push({
        path,
        name,
        kind: 'added',
        ...(src ? { after: src } : {}),
        ...(a.follows ? { followsAfter: a.follows } : {}),
        urlChanged: false,
      });
      continue;
    }
    if (a.follows || b.follows) {
      if (samePath(a.follows, b.follows)) continue;
      const beforeSrc = b.follows ? undefined : side(before.lock, b);
      const afterSrc = a.follows ? undefined : side(after.lock, a);
      changes.push({
        path,
        name,
        kind: 'follows',
        ...(beforeSrc ? { before: beforeSrc } : {}),
        ...(afterSrc ? { after: afterSrc } : {}),
        ...(b.follows ? { followsBefore: b.follows } : {}),
        ...(a.follows ? { followsAfter: a.follows } : {}),
        urlChanged: false,
      });
      continue;
    }
    if (a.node === undefined || b.node === undefined) continue;
    const bn = before.lock.nodes.get(b.node);
    const an = after.lock.nodes.get(a.node);
    if (canonical(bn?.locked) === canonical(an?.locked)) continue;
    const bs = side(before.lock, b);
    const as = side(after.lock, a);
    if (bs && as) changes.push(updatedChange(path, bs, as, options));
  }
  for (const [name, b] of old) {
    if (now.has(name)) continue;
    const src = b.follows ? undefined : side(before.lock, b);
    changes.push({
      path: b.path,
      name,
      kind: 'removed',
      ...(src ? { before: src } : {}),
      ...(b.follows ? { followsBefore: b.follows } : {}),
      urlChanged: false,
    });
  }
  return changes;
}

/** `abc1234 (2024-01-02)` or the tag/URL when there is no revision. */
export function showLocked(s: LockedSource): string {
  const id = s.rev ? shortRev(s.rev) : (s.tag ?? s.url ?? s.narHash ?? s.type);
  return s.date ? `${id} (${s.date})` : id;
}
