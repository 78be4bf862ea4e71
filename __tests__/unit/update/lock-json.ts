/**
 * A small stand-in for the flake model (src/flake/lock.ts, src/flake/graph.ts) in the engine's unit tests: reads a
 * version 7 lock's JSON into the model's types and walks the input paths from the root, following `follows`
 * arrays (absolute from the root). Only what these tests' locks use; the real model is tested on its own.
 */
import type {
  FlakeRefAttrs,
  InputPath,
  LockEdge,
  LockFile,
  LockNode,
  ResolvedInput,
} from '../../../src/flake/types.js';
import type { LockModel } from '../../../src/update/run.js';

interface JsonNode {
  inputs?: Record<string, string | string[]>;
  locked?: FlakeRefAttrs;
  original?: FlakeRefAttrs;
  flake?: boolean;
}

export function parseLockJson(text: string, file: string): LockFile {
  const json = JSON.parse(text) as { version: 7; root: string; nodes: Record<string, JsonNode> };
  const nodes = new Map<string, LockNode>();
  for (const [key, n] of Object.entries(json.nodes)) {
    const inputs = new Map<string, LockEdge>();
    for (const [name, e] of Object.entries(n.inputs ?? {})) {
      inputs.set(name, typeof e === 'string' ? { kind: 'node', key: e } : { kind: 'follows', path: e });
    }
    nodes.set(key, {
      key,
      inputs,
      ...(n.locked ? { locked: n.locked } : {}),
      ...(n.original ? { original: n.original } : {}),
      flake: n.flake ?? true,
      line: 1,
    });
  }
  return { file, version: json.version, root: json.root, nodes };
}

export function resolveLockJson(lock: LockFile): ResolvedInput[] {
  const out: ResolvedInput[] = [];
  const nodeAt = (p: InputPath, depth = 0): string | undefined => {
    let key: string | undefined = lock.root;
    for (const name of p) {
      const edge: LockEdge | undefined = lock.nodes.get(key!)?.inputs.get(name);
      if (!edge || depth > 32) return undefined;
      key = edge.kind === 'node' ? edge.key : nodeAt(edge.path, depth + 1);
      if (key === undefined) return undefined;
    }
    return key;
  };
  const walk = (key: string, prefix: InputPath): void => {
    for (const [name, edge] of lock.nodes.get(key)?.inputs ?? []) {
      const p = [...prefix, name];
      if (edge.kind === 'follows') {
        const node = nodeAt(edge.path);
        out.push({ path: p, ...(node ? { node } : {}), follows: edge.path });
      } else {
        out.push({ path: p, node: edge.key });
        walk(edge.key, p);
      }
    }
  };
  walk(lock.root, []);
  return out;
}

export const jsonModel: LockModel = { parse: parseLockJson, resolve: resolveLockJson };
