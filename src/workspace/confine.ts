/**
 * Workspace confinement: where a path really leads, symbolic links followed as the kernel follows them (also for a
 * file that does not exist yet, such as a SARIF file about to be written), and a refusal when that is outside a
 * root. The action confines every path it reads or writes to GITHUB_WORKSPACE (a fork's pull request controls the
 * files and the links in it); `fix` confines its writes to the flake's repository.
 *
 * The walk is the kernel's: components left to right, `..` taken after the links before it are followed, at most
 * 40 links. A component that does not exist is taken as a plain directory, so the rest of the path is still
 * resolved (a `..` after it may come back into a link). The resolved path is what callers then open, so what was
 * checked is what is used.
 */
import { lstatSync, readlinkSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../core/errors.js';

/** The two file-system reads resolution needs (real ones by default; tests may pass a table). */
export interface LinkReader {
  /** Whether `p` (absolute) is a symbolic link; false when it is anything else or nothing. */
  isLink(p: string): boolean;
  /** The target of the link `p`, as stored. */
  readlink(p: string): string;
}

export const nodeLinks: LinkReader = {
  isLink(p) {
    try {
      // a missing entry is common (a file about to be written, no .flake-steward.json): no exception for it
      return lstatSync(p, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
    } catch {
      return false; // a component is not a directory: nothing to follow
    }
  },
  readlink: (p) => readlinkSync(p, 'utf8'),
};

/**
 * `links` with each answer kept: for checking many files under the same directories at one moment (every flake's
 * files under `hosts/…`), so each directory is looked at once.
 */
export function memoLinks(links: LinkReader = nodeLinks): LinkReader {
  const isLink = new Map<string, boolean>();
  const targets = new Map<string, string>();
  return {
    isLink(p) {
      let v = isLink.get(p);
      if (v === undefined) isLink.set(p, (v = links.isLink(p)));
      return v;
    },
    readlink(p) {
      let v = targets.get(p);
      if (v === undefined) targets.set(p, (v = links.readlink(p)));
      return v;
    },
  };
}

/** Linux's limit (MAXSYMLINKS): more links than this on one path is a loop, or as good as one. */
export const MAX_LINKS = 40;

export class LinkLoopError extends Error {
  override readonly name = 'LinkLoopError';
}

/** Pushes the components of `p` onto `stack` so that the first component is popped first. */
function pushComponents(stack: string[], p: string): void {
  const parts = p.split('/');
  for (let i = parts.length - 1; i >= 0; i--) if (parts[i] !== '' && parts[i] !== '.') stack.push(parts[i]!);
}

/**
 * The path `rest` leads to from the directory `from` (absolute, already free of links), every link followed.
 * Throws LinkLoopError after MAX_LINKS links.
 */
export function resolveFrom(from: string, rest: string, links: LinkReader = nodeLinks): string {
  let cur = path.isAbsolute(rest) ? '/' : from;
  const pending: string[] = [];
  pushComponents(pending, rest);
  let followed = 0;
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (name === '..') {
      cur = path.dirname(cur);
      continue;
    }
    const next = cur === '/' ? `/${name}` : `${cur}/${name}`;
    if (!links.isLink(next)) {
      cur = next;
      continue;
    }
    if (++followed > MAX_LINKS) throw new LinkLoopError(`more than ${MAX_LINKS} symbolic links`);
    const target = links.readlink(next);
    if (path.isAbsolute(target)) cur = '/';
    pushComponents(pending, target);
  }
  return cur;
}

/** Where `p` (absolute, or relative to the working directory) leads, every link followed. */
export function resolvePath(p: string, links: LinkReader = nodeLinks): string {
  // the working directory is already free of links (getcwd)
  return resolveFrom(path.isAbsolute(p) ? '/' : process.cwd(), p, links);
}

/**
 * Where `p` really is, as the system resolves it (realpath(3)): a `./result` link to its store path. Undefined when
 * it leads nowhere (nothing there, a dangling link, a loop). Unlike resolvePath, the path must exist.
 */
export async function realPath(p: string): Promise<string | undefined> {
  try {
    return await realpath(p);
  } catch {
    return undefined;
  }
}

/** Whether `p` is `root` or below it (both absolute and normalised). Pure. */
export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/** A confinement boundary: the directory as given (for messages) and where it really is. */
export interface Root {
  readonly given: string;
  readonly real: string;
}

export function rootOf(dir: string, links: LinkReader = nodeLinks): Root {
  const given = path.resolve(dir);
  return { given, real: resolvePath(given, links) };
}

/** Why a path is refused: written outside the root, led out of it by a link, or a link loop. */
export type Escape = 'outside' | 'link' | 'loop';

export interface Resolution {
  /** The resolved path (links followed); meaningful only when `escape` is absent. */
  readonly path: string;
  readonly escape?: Escape;
}

/** Where `file` (absolute, or relative to the root) leads, and whether that stays inside the root. */
export function resolveWithin(root: Root, file: string, links: LinkReader = nodeLinks): Resolution {
  // Never normalised before the walk: `link/..` is the parent of where the link leads, not the link's directory.
  const lexical = path.resolve(root.given, file);
  const writtenInside = isInside(root.given, lexical) || isInside(root.real, lexical);
  let real: string;
  try {
    // Below the root (as written), the walk starts at the root's real path: its own links are already followed.
    const below = path.isAbsolute(file) ? underRoot(root.given, file) : file;
    real = below !== undefined ? resolveFrom(root.real, below, links) : resolveFrom('/', file, links);
  } catch (e) {
    if (e instanceof LinkLoopError) return { path: lexical, escape: 'loop' };
    throw e;
  }
  if (isInside(root.real, real)) return { path: real };
  return { path: real, escape: writtenInside ? 'link' : 'outside' };
}

/** The rest of the absolute path `file` after `root` (`a/../b` as written), or undefined when it does not start so. */
function underRoot(root: string, file: string): string | undefined {
  if (root === '/') return file.replace(/^\/+/, '');
  if (file === root) return '';
  return file.startsWith(`${root}/`) ? file.slice(root.length + 1) : undefined;
}

/** `is outside the workspace`, `leads outside the repository through a symbolic link`: for messages. */
export function describeEscape(escape: Escape, area: string): string {
  switch (escape) {
    case 'outside':
      return `is outside ${area}`;
    case 'link':
      return `leads outside ${area} through a symbolic link`;
    case 'loop':
      return `goes through more than ${MAX_LINKS} symbolic links (a loop?)`;
  }
}

export interface Refusal {
  /** The file as the user knows it (workspace-relative), named first on the error line. */
  readonly shown: string;
  /** `the workspace`, `the repository`. */
  readonly area: string;
  /** Why that is refused and what to do instead. */
  readonly hint: string;
}

/**
 * The resolved path of `file`, for reading or writing it; a UserError naming the file and what to do when it does
 * not stay inside the root.
 */
export function confine(root: Root, file: string, refusal: Refusal, links: LinkReader = nodeLinks): string {
  const r = resolveWithin(root, file, links);
  if (r.escape === undefined) return r.path;
  throw new UserError(
    `${path.posix.basename(refusal.shown) || refusal.shown} ${describeEscape(r.escape, refusal.area)}`,
    refusal.shown,
    undefined,
    refusal.hint,
  );
}
