/**
 * Follows lookups the follows rules need beyond the resolved graph: where a path leads (a node, nothing, or a
 * cycle), the way Nix's LockFile::findInput walks it (each follows is an absolute path from the root).
 */
import { showPath, type InputPath, type LockFile, type ResolvedInput } from '../flake/types.js';

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

/**
 * Every input path from the root, as Nix's LockFile::getAllInputs walks them: node edges walked (each node once
 * per path), follows entries resolved to their node (or left without one when they dangle or loop).
 */
export function resolveAllPaths(lock: LockFile): ResolvedInput[] {
  const out: ResolvedInput[] = [];
  const walk = (key: string, prefix: InputPath, onPath: ReadonlySet<string>) => {
    const node = lock.nodes.get(key);
    if (!node) return;
    for (const [name, edge] of node.inputs) {
      const path = [...prefix, name];
      if (edge.kind === 'node') {
        out.push({ path, node: edge.key });
        if (!onPath.has(edge.key) && path.length < 64) walk(edge.key, path, new Set([...onPath, edge.key]));
      } else {
        const r = edge.path.length === 0 ? ({ kind: 'node', key: lock.root } as const) : findInput(lock, edge.path);
        out.push({ path, follows: edge.path, ...(r.kind === 'node' ? { node: r.key } : {}) });
      }
    }
  };
  walk(lock.root, [], new Set([lock.root]));
  return out;
}
