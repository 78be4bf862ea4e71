/**
 * The lock diff over the real locks of ../shared/corpus (versions 5 to 7, read by src/flake/lock.ts): a lock against itself with every node key
 * renamed (as Nix renumbers `nixpkgs_2`) shows no change; moving one node's revision shows exactly the input paths
 * that resolve to it through their own entries (paths that follow it are left to the path they follow).
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LockEdge, LockFile, LockNode } from '../../../src/flake/flake-types.js';
import { diffLocks } from '../../../src/update/lock-diff.js';
import { resolveLock } from '../../../src/flake/follows.js';
import { parseLock } from '../../../src/flake/lock.js';

const corpus = path.resolve('..', 'shared', 'corpus');

function locks(): [string, LockFile][] {
  if (!existsSync(corpus)) return [];
  const out: [string, LockFile][] = [];
  for (const name of readdirSync(corpus).sort()) {
    const file = path.join(corpus, name, 'flake.lock');
    if (!existsSync(file)) continue;
    let json: { version?: unknown };
    try {
      json = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown };
    } catch {
      continue; // the corpus keeps some broken locks on purpose
    }
    if (typeof json.version !== 'number' || json.version < 5) continue;
    out.push([name, parseLock(readFileSync(file, 'utf8'), file)]);
  }
  return out;
}

/** The same lock with every node key renamed (`k` → `n<i>`), edges rewritten. */
function renamed(lock: LockFile): LockFile {
  const names = new Map([...lock.nodes.keys()].map((k, i) => [k, `n${[...lock.nodes.keys()].length - i}`]));
  const nodes = new Map<string, LockNode>();
  for (const [k, n] of lock.nodes) {
    const inputs = new Map<string, LockEdge>();
    for (const [name, e] of n.inputs)
      inputs.set(name, e.kind === 'node' ? { kind: 'node', key: names.get(e.key)! } : e);
    nodes.set(names.get(k)!, { ...n, key: names.get(k)!, inputs });
  }
  return { ...lock, root: names.get(lock.root)!, nodes };
}

const all = locks();

describe('lock diff over the corpus', () => {
  if (all.length === 0) {
    test.skip(`no corpus at ${corpus}: these tests need ../shared/corpus`, () => undefined);
    return;
  }

  test.each(all)('%s: renumbered nodes are no change', (_name, lock) => {
    const before = { lock, inputs: [...resolveLock(lock).values()] };
    const r = renamed(lock);
    expect(diffLocks(before, { lock: r, inputs: [...resolveLock(r).values()] })).toEqual([]);
  });

  test.each(all)('%s: one node moved shows exactly the paths that lock it', (_name, lock) => {
    const resolved = [...resolveLock(lock).values()];
    const target = resolved.find((r) => !r.follows && r.node !== undefined && lock.nodes.get(r.node)?.locked);
    if (!target) return;
    const key = target.node!;
    const node = lock.nodes.get(key)!;
    const moved: LockFile = {
      ...lock,
      nodes: new Map(lock.nodes).set(key, {
        ...node,
        locked: { ...node.locked!, rev: 'f'.repeat(40), narHash: 'sha256-moved' },
      }),
    };
    const changes = diffLocks(
      { lock, inputs: resolved },
      { lock: renamed(moved), inputs: [...resolveLock(renamed(moved)).values()] },
    );
    const expected = resolved.filter((r) => !r.follows && r.node === key).map((r) => r.path.join('/'));
    expect(changes.map((c) => c.name)).toEqual(expected);
    expect(changes.every((c) => c.kind === 'updated' && c.after?.rev === 'f'.repeat(40))).toBe(true);
  });
});
