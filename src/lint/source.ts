/**
 * What a lock node is a copy of: the source identity used to find duplicates (same type, host, owner/repo
 * case-insensitively, or same URL; plus the subflake `dir`), the branch it follows, and whether it is pinned; and
 * the nixpkgs questions the freshness and policy rules ask. Which repository a reference names is src/forge's.
 */
import type { FlakeRefAttrs, LockNode } from '../flake/flake-types.js';
import { repoLocationOf } from '../forge/forge-repo.js';
import { releaseOfBranch, type Release } from './calendar.js';

export interface SourceInfo {
  /** Identity without the branch: `github:github.com/nixos/nixpkgs`. */
  readonly key: string;
  /** Human label: `github:NixOS/nixpkgs`. */
  readonly label: string;
  /** The branch or tag the flake asked for (`original.ref`), if any. */
  readonly ref?: string;
  /** True when the flake asked for a fixed revision (`original.rev`): an intentional pin. */
  readonly pinned: boolean;
  /** Where the repository is, when the reference names one (src/forge/forge-repo.ts), on a known forge or not. */
  readonly host?: string;
  readonly owner?: string;
  readonly repo?: string;
}

const str = (a: FlakeRefAttrs | undefined, k: string): string | undefined => {
  const v = a?.[k];
  return typeof v === 'string' && v !== '' ? v : undefined;
};

/** A URL without scheme noise for comparison: lower-case scheme and host, no trailing `/` or `.git`. */
export function normalizeUrl(url: string): string {
  const m = /^([a-z0-9+.-]+:\/\/)([^/?#]*)(.*)$/i.exec(url);
  let out = m ? `${m[1]!.toLowerCase()}${m[2]!.toLowerCase()}${m[3]!}` : url;
  out = out.replace(/\/+$/, '').replace(/\.git$/, '');
  return out;
}

/** The forge coordinates a source carries (not its forge: lint compares hosts, owners and repositories). */
function coordinates(a: FlakeRefAttrs): { host: string; owner: string; repo: string } | undefined {
  const r = repoLocationOf(a);
  return r ? { host: r.host, owner: r.owner, repo: r.repo } : undefined;
}

function sourceFromAttrs(a: FlakeRefAttrs, original: FlakeRefAttrs | undefined): SourceInfo | undefined {
  const dir = str(original, 'dir') ?? str(a, 'dir');
  const dirPart = dir ? `?dir=${dir}` : '';
  const ref = str(original, 'ref') ?? (a.type === 'git' || a.type === 'hg' ? str(a, 'ref') : undefined);
  const pinned = str(original, 'rev') !== undefined;
  const type = a.type;
  if (type === 'github' || type === 'gitlab' || type === 'sourcehut') {
    const at = coordinates(a);
    if (!at) return undefined;
    const hostLabel = str(a, 'host') ? `${at.host}/` : '';
    return {
      key: `${type}:${at.host}/${at.owner.toLowerCase()}/${at.repo.toLowerCase()}${dirPart}`,
      label: `${type}:${hostLabel}${str(a, 'owner')!}/${str(a, 'repo')!}${dirPart}`,
      ...(ref ? { ref } : {}),
      pinned,
      ...at,
    };
  }
  const url = str(a, 'url');
  if (url) {
    return {
      key: `${type}:${normalizeUrl(url)}${dirPart}`,
      label: `${type}+${url}${dirPart}`.replace(/^(tarball|file)\+/, ''),
      ...(ref ? { ref } : {}),
      pinned,
      ...coordinates(a),
    };
  }
  const p = str(a, 'path');
  if (type === 'path' && p) return { key: `path:${p}`, label: `path:${p}`, pinned };
  return undefined;
}

/**
 * The source a lock node is a copy of. Taken from `original` (what the flake asked for), except for indirect
 * (registry) references, which are identified by what they `locked` to. Tarball and file URLs are identified by
 * the URL the flake wrote (FlakeHub's `0.2411.*` and `0.1.*` are different sources).
 */
export function sourceOf(node: LockNode): SourceInfo | undefined {
  const original = node.original;
  const locked = node.locked;
  if (original && original.type !== 'indirect') return sourceFromAttrs(original, original);
  if (locked) return sourceFromAttrs(locked, original);
  return undefined;
}

/** Where the code actually comes from (locked when there is one): for owner checks. */
export function originOf(node: LockNode): SourceInfo | undefined {
  if (node.locked && node.locked.type !== 'indirect') return sourceFromAttrs(node.locked, node.original);
  if (node.original && node.original.type !== 'indirect') return sourceFromAttrs(node.original, node.original);
  return undefined;
}

/** The NixOS release a nixpkgs node tracks, from its branch, channel URL or FlakeHub version. */
export function nixpkgsRelease(node: LockNode): { release: Release; branch: string } | undefined {
  const original = node.original;
  const ref = str(original, 'ref');
  if (ref) {
    const r = releaseOfBranch(ref);
    if (r) return { release: r, branch: ref };
  }
  const url = str(original, 'url') ?? str(node.locked, 'url');
  if (url) {
    // https://nixos.org/channels/nixos-23.11/nixexprs.tar.xz, https://channels.nixos.org/nixos-24.05/…
    for (const seg of url.split(/[/?#&=]/)) {
      const r = releaseOfBranch(seg);
      if (r) return { release: r, branch: seg };
    }
    // https://flakehub.com/f/NixOS/nixpkgs/0.2405.*.tar.gz
    const fh = /flakehub\.com\/f\/[^/]+\/nixpkgs\/0\.(\d\d)(\d\d)\./i.exec(url);
    if (fh) {
      const r = releaseOfBranch(`nixos-${fh[1]}.${fh[2]}`);
      if (r) return { release: r, branch: `${fh[1]}.${fh[2]}` };
    }
  }
  return undefined;
}

/** Whether a node is nixpkgs (any owner): repo `nixpkgs`, a nixos.org channel, or the registry id `nixpkgs`. */
export function isNixpkgs(node: LockNode): boolean {
  const o = originOf(node);
  if (o?.repo && o.repo.toLowerCase() === 'nixpkgs') return true;
  if (str(node.original, 'id') === 'nixpkgs') return true;
  const url = str(node.original, 'url') ?? str(node.locked, 'url') ?? '';
  if (/^https?:\/\/(?:channels\.)?nixos\.org\//i.test(url) || /releases\.nixos\.org\//i.test(url)) return true;
  if (/flakehub\.com\/f\/[^/]+\/nixpkgs\//i.test(url)) return true;
  return false;
}

/** `locked.lastModified` as a Date. */
export function lastModified(node: LockNode): Date | undefined {
  const v = node.locked?.['lastModified'];
  return typeof v === 'number' && Number.isFinite(v) ? new Date(v * 1000) : undefined;
}
