/**
 * What a locked input tracks, from what the flake asked for (`original`): a commit (a `rev`, or an archive URL of
 * one), a tag (a version-like ref, `refs/tags/…`, an archive URL of a tag), or a branch (a named one, or the
 * repository's default branch). `nix flake update` moves only branches: commits and tags stay where they are.
 *
 * A ref is a tag when it is a version number, optionally `v`-prefixed, and nothing else: `46.1`, `v1.2.3`,
 * `2.9.0.1`, `v0.6`, `v1.0.0-rc1`, `v2`. A name with a word in front (`release-24.05`, `nix-darwin-24.11`,
 * `release-1.0`, `devenv-2.21`) is a branch: release and maintenance branches keep moving.
 */
import type { FlakeRefAttrs, LockNode } from '../flake/flake-types.js';
import { lockedRev, lockedTag } from '../forge/forge-repo.js';
import { releaseOfBranch, type Release } from './calendar.js';
import { isNixpkgs, nixpkgsRelease } from './source.js';

export type Tracking =
  | { readonly kind: 'commit' }
  | { readonly kind: 'tag'; readonly tag: string }
  /** `branch` undefined: the repository's default branch (HEAD). */
  | { readonly kind: 'branch'; readonly branch?: string };

const VERSION_TAG = /^v?\d+(?:\.\d+)*(?:[-+][0-9A-Za-z][0-9A-Za-z.+-]*)?$/;

const str = (a: FlakeRefAttrs | undefined, k: string): string | undefined => {
  const v = a?.[k];
  return typeof v === 'string' && v !== '' ? v : undefined;
};

/** Whether a ref names a tag rather than a branch (see the module comment). */
export function isTagRef(ref: string): boolean {
  if (ref.startsWith('refs/tags/')) return true;
  if (ref.startsWith('refs/heads/')) return false;
  // a bare number with no dot (`2024`) is as likely a branch as a tag; dotted versions and `v2` are tags
  return VERSION_TAG.test(ref) && (ref.includes('.') || ref.startsWith('v'));
}

/** What a node tracks (from `original`; an indirect reference by what it asked the registry for). */
export function trackingOf(node: LockNode): Tracking {
  const original = node.original;
  if (!original) return { kind: 'branch' };
  if (str(original, 'rev') !== undefined || lockedRev(original) !== undefined) return { kind: 'commit' };
  const archiveTag = lockedTag(original);
  if (archiveTag !== undefined) {
    return isTagRef(archiveTag) ? { kind: 'tag', tag: archiveTag } : { kind: 'branch', branch: archiveTag };
  }
  const ref = str(original, 'ref');
  if (ref === undefined) return { kind: 'branch' };
  if (isTagRef(ref)) return { kind: 'tag', tag: ref.replace(/^refs\/tags\//, '') };
  return { kind: 'branch', branch: ref.replace(/^refs\/heads\//, '') };
}

/**
 * The NixOS release an input tracks: a nixpkgs release branch, channel or FlakeHub version (./source.ts), or the
 * release branch of a flake that follows NixOS releases (`release-24.11`, `nix-darwin-24.11`: ./calendar.ts).
 */
export function releaseBranchOf(node: LockNode): { release: Release; branch: string } | undefined {
  if (isNixpkgs(node)) return nixpkgsRelease(node);
  const t = trackingOf(node);
  if (t.kind !== 'branch' || t.branch === undefined) return undefined;
  const release = releaseOfBranch(t.branch);
  return release ? { release, branch: t.branch } : undefined;
}

const UNSTABLE = new Set(['master', 'nixos-unstable', 'nixos-unstable-small', 'nixpkgs-unstable']);

/**
 * Whether a nixpkgs node follows unstable: `master`, `nixos-unstable(-small)`, `nixpkgs-unstable`, the default
 * branch (master; the registry's `nixpkgs` is nixpkgs-unstable), an unstable channel, FlakeHub's `0.1` line.
 */
export function isUnstableNixpkgs(node: LockNode): boolean {
  if (!isNixpkgs(node) || nixpkgsRelease(node)) return false;
  const url = str(node.original, 'url');
  if (url !== undefined) {
    if (/flakehub\.com\/f\/[^/]+\/nixpkgs\/0\.1[.*]/i.test(url)) return true;
    return url.split(/[/?#&=]/).some((seg) => UNSTABLE.has(seg));
  }
  const t = trackingOf(node);
  return t.kind === 'branch' && (t.branch === undefined || UNSTABLE.has(t.branch));
}
