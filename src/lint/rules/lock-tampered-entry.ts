import { printFlakeRef } from '../../flake/flakeref.js';
import { showPath, type FlakeRefAttrs, type LockNode } from '../../flake/flake-types.js';
import { repoLocationOf, type RepoLocation } from '../../forge/forge-repo.js';
import type { RawFinding, Rule } from '../lint-types.js';
import { normalizeUrl } from '../source.js';
import { lockNodeRegion, pathsByNode } from '../where.js';

const str = (a: FlakeRefAttrs, k: string): string | undefined => {
  const v = a[k];
  return typeof v === 'string' && v !== '' ? v : undefined;
};

/** Types whose `locked` Nix copies from `original` (adding a revision): the source itself never changes. */
const COPIED = new Set(['github', 'gitlab', 'sourcehut', 'git', 'hg']);

/** Owner and repository compared as the host does: case-insensitively on a known forge and on FlakeHub. */
function sameRepo(a: RepoLocation, b: RepoLocation): boolean {
  if (a.host !== b.host) return false;
  const fold = (s: string) => (a.forge || a.host === 'flakehub.com' ? s.toLowerCase() : s);
  return fold(a.owner) === fold(b.owner) && fold(a.repo) === fold(b.repo);
}

const isLocalUrl = (url: string) => /^(?:(?:git|hg)\+)?file:/i.test(url);

/**
 * Why `original` and `locked` name different sources, or undefined when they agree or may differ legitimately:
 * a registry (`indirect`) original, a path, a local `file:` URL, or a tarball whose server named another URL to
 * lock (FlakeHub's `api.flakehub.com/f/pinned/…`, channels.nixos.org → releases.nixos.org: Nix writes the URL the
 * server gives, so only a tarball whose two URLs both name repositories is compared, by repository).
 */
function sourceMismatch(original: FlakeRefAttrs, locked: FlakeRefAttrs): boolean {
  if (original.type === 'indirect' || original.type === 'path' || locked.type === 'path') return false;
  if (original.type === 'tarball' || original.type === 'file') {
    if (locked.type !== original.type) return false; // the server's immutable link may name another kind
    const a = repoLocationOf(original);
    const b = repoLocationOf(locked);
    return a !== undefined && b !== undefined && !sameRepo(a, b);
  }
  if (!COPIED.has(original.type)) return false; // a fetcher we do not know: nothing to say
  if (locked.type !== original.type) return true;
  const dirA = str(original, 'dir');
  const dirB = str(locked, 'dir');
  if (dirA !== undefined && dirB !== undefined && dirA !== dirB) return true;
  if (original.type === 'git' || original.type === 'hg') {
    const urlA = str(original, 'url');
    const urlB = str(locked, 'url');
    if (urlA === undefined || urlB === undefined || isLocalUrl(urlA) || isLocalUrl(urlB)) return false;
    if (normalizeUrl(urlA) === normalizeUrl(urlB)) return false;
    const a = repoLocationOf(original);
    const b = repoLocationOf(locked);
    if (a && b) return !sameRepo(a, b);
    return true;
  }
  const a = repoLocationOf(original);
  const b = repoLocationOf(locked);
  if (!a || !b) return false; // no owner/repo on one side: lock/invalid's or another rule's concern
  return !sameRepo(a, b);
}

/** The source part of a reference, printed as the user writes it (`github:NixOS/nixpkgs`). */
function label(a: FlakeRefAttrs): string {
  const keep: Record<string, string | number | boolean> = { type: a.type };
  for (const k of ['owner', 'repo', 'host', 'url', 'dir'] as const) if (a[k] !== undefined) keep[k] = a[k]!;
  try {
    return printFlakeRef(keep as FlakeRefAttrs);
  } catch {
    return `${a.type}:${str(a, 'owner') ?? ''}/${str(a, 'repo') ?? ''}${str(a, 'url') ?? ''}`;
  }
}

export const lockTamperedEntry: Rule = {
  id: 'lock/tampered-entry',
  defaultSeverity: 'error',
  needs: ['lock'],
  docs: {
    summary:
      'A flake.lock entry whose `original` names one source and whose `locked` another (another owner, repository, host or URL).',
    why: "Nix never writes such an entry: it copies the source from `original` into `locked` and adds the revision. Nix compares flake.nix with `original` only and fetches `locked`, so an entry edited by hand (or in a pull request) can make a reviewed `github:NixOS/nixpkgs` build from someone else's repository while the diff of flake.nix shows nothing.",
    fix: 'Re-lock the input from flake.nix: `nix flake update NAME` (Nix 2.19 and later; `nix flake lock --update-input NAME` before), and review where the entry came from.',
    example:
      '"nixpkgs": {\n  "locked": { "owner": "pretty-shady", "repo": "nixpkgs", "rev": "…", "type": "github", … },\n  "original": { "owner": "NixOS", "ref": "nixos-unstable", "repo": "nixpkgs", "type": "github" }\n}',
  },
  check(ctx) {
    const lock = ctx.lock!;
    const out: RawFinding[] = [];
    const paths = pathsByNode(ctx);
    for (const node of lock.nodes.values() as Iterable<LockNode>) {
      if (!node.original || !node.locked || !sourceMismatch(node.original, node.locked)) continue;
      const path = paths.get(node.key)?.[0];
      const who = path ? `input '${showPath(path)}'` : `node '${node.key}'`;
      out.push({
        in: 'lock',
        ...lockNodeRegion(ctx, node),
        ...(path ? { input: showPath(path) } : {}),
        message: `flake.lock entry of ${who} has original ${label(node.original)} but locked ${label(node.locked)}: Nix never writes that (an edited lock?), and it fetches the locked one; re-lock it from flake.nix`,
      });
    }
    return out;
  },
};
