/**
 * Hand-built lock files for the table tests: a lock in the model's types (src/flake/flake-types.ts) and the resolution
 * of its input paths written out explicitly, so the lock diff is tested apart from the lock parser and resolver.
 */
import type {
  FlakeRefAttrs,
  InputPath,
  LockEdge,
  LockFile,
  LockNode,
  ResolvedInput,
} from '../../../src/flake/flake-types.js';
import type { ResolvedLock } from '../../../src/update/lock-diff.js';

export interface NodeSpec {
  readonly locked?: FlakeRefAttrs;
  readonly original?: FlakeRefAttrs;
  /** Input name → node key, or a follows path (`['nixpkgs']`). */
  readonly inputs?: Readonly<Record<string, string | readonly string[]>>;
}

export function lockOf(nodes: Readonly<Record<string, NodeSpec>>): LockFile {
  const map = new Map<string, LockNode>();
  let line = 2;
  for (const [key, spec] of Object.entries(nodes)) {
    const inputs = new Map<string, LockEdge>();
    for (const [name, edge] of Object.entries(spec.inputs ?? {})) {
      inputs.set(name, typeof edge === 'string' ? { kind: 'node', key: edge } : { kind: 'follows', path: edge });
    }
    map.set(key, {
      key,
      inputs,
      ...(spec.locked ? { locked: spec.locked } : {}),
      ...(spec.original ? { original: spec.original } : {}),
      flake: true,
      line: line++,
    });
  }
  return { file: 'flake.lock', version: 7, root: 'root', nodes: map };
}

/** `['hm/nixpkgs', 'nixpkgs_2', 'nixpkgs']`: path, final node, follows target (when the entry is a follows). */
export type PathSpec = readonly [string, string | undefined, string?];

export function resolved(lock: LockFile, paths: readonly PathSpec[]): ResolvedLock {
  const inputs: ResolvedInput[] = paths.map(([p, node, follows]) => {
    const path: InputPath = p.split('/');
    return {
      path,
      ...(node !== undefined ? { node } : {}),
      ...(follows !== undefined ? { follows: follows === '' ? [] : follows.split('/') } : {}),
    };
  });
  return { lock, inputs };
}

export const gh = (
  owner: string,
  repo: string,
  rev: string,
  lastModified: number,
  extra: Record<string, string> = {},
): FlakeRefAttrs => ({
  type: 'github',
  owner,
  repo,
  rev,
  lastModified,
  narHash: `sha256-${rev.slice(0, 8)}`,
  ...extra,
});
