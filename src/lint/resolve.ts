/**
 * Follows lookups the follows rules need beyond the resolved graph (src/flake/graph.ts): where a path leads (a
 * node, nothing, or a cycle) the way Nix's LockFile::findInput walks it, starting from a stack of paths already on
 * the way, so a follows declared in flake.nix is checked for leading back to the input that declares it.
 */
import { showPath, type InputPath, type LockFile } from '../flake/types.js';

export type Lookup =
  | { readonly kind: 'node'; readonly key: string }
  /** `missing` is the first path prefix that does not exist. */
  | { readonly kind: 'missing'; readonly missing: InputPath }
  /** The chain of follows paths that loops back. */
  | { readonly kind: 'cycle'; readonly cycle: readonly InputPath[] };

export function findInput(lock: LockFile, path: InputPath, visited: InputPath[] = []): Lookup {
  const shown = showPath(path);
  const at = visited.findIndex((v) => showPath(v) === shown);
  if (at >= 0) return { kind: 'cycle', cycle: [...visited.slice(at), path] };
  visited.push(path);
  let key = lock.root;
  for (let i = 0; i < path.length; i++) {
    const node = lock.nodes.get(key);
    const edge = node?.inputs.get(path[i]!);
    if (!edge) return { kind: 'missing', missing: path.slice(0, i + 1) };
    if (edge.kind === 'node') {
      if (!lock.nodes.has(edge.key)) return { kind: 'missing', missing: path.slice(0, i + 1) };
      key = edge.key;
    } else {
      const r = findInput(lock, edge.path, visited);
      if (r.kind !== 'node') return r;
      key = r.key;
    }
  }
  return { kind: 'node', key };
}

/** `follows = "a/b"` as written in the root flake.nix → the absolute path (`""` is the root itself). */
export function followsPath(written: string): InputPath {
  return written === '' ? [] : written.split('/').filter((s) => s !== '');
}

export function samePath(a: InputPath, b: InputPath): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

export function startsWith(path: InputPath, prefix: InputPath): boolean {
  return prefix.length <= path.length && prefix.every((s, i) => s === path[i]);
}
