/**
 * Follows lookups the follows rules need beyond the resolved graph, through the lock's one resolver
 * (src/flake/follows.ts `resolverFor`, memoised for the lock's lifetime, shared with the graph every rule reads):
 * where a path leads (a node, nothing, or a cycle) the way Nix's LockFile::findInput walks it, and where a follows
 * declared in flake.nix leads with its own input already on the way (so a follows that leads back to the input
 * that declares it is a cycle).
 */
import { resolverFor, samePath, type ResolveOutcome } from '../flake/follows.js';
import type { InputPath, LockFile } from '../flake/flake-types.js';

export { samePath };

export type Lookup =
  | { readonly kind: 'node'; readonly key: string }
  /** `missing` is the first path prefix that does not exist. */
  | { readonly kind: 'missing'; readonly missing: InputPath }
  /** The chain of follows paths that loops back (`omitted`: paths of a long cycle left out of `cycle`). */
  | { readonly kind: 'cycle'; readonly cycle: readonly InputPath[]; readonly omitted?: number };

function lookup(r: ResolveOutcome): Lookup {
  return r.kind === 'dangling' ? { kind: 'missing', missing: r.missing } : r;
}

/** Where an absolute input path leads in the lock. */
export function findInput(lock: LockFile, path: InputPath): Lookup {
  return lookup(resolverFor(lock).resolve(path));
}

/** Where the follows `target` of the input at `declaring` leads, `declaring` itself being on the way. */
export function findDeclared(lock: LockFile, declaring: InputPath, target: InputPath): Lookup {
  return lookup(resolverFor(lock).resolveDeclared(declaring, target));
}

/** `follows = "a/b"` as written in the root flake.nix → the absolute path (`""` is the root itself). */
export function followsPath(written: string): InputPath {
  return written === '' ? [] : written.split('/').filter((s) => s !== '');
}

export function startsWith(path: InputPath, prefix: InputPath): boolean {
  if (prefix.length > path.length) return false;
  for (let i = 0; i < prefix.length; i++) if (prefix[i] !== path[i]) return false;
  return true;
}
