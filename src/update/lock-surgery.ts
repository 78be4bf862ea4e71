/**
 * Trial locks for the bisection of a broken update: the lock of a flake in which only some of its root inputs moved.
 *
 * Given the lock before the update and the one Nix wrote (both read and checked by src/flake/lock.ts first) and a
 * set of root input names to move, the trial lock holds the new lock's exact locked entries for the moved inputs
 * (each with its whole subtree) and the old lock's for the others. It is never a fresh `nix flake update`: an
 * upstream that moves during the run changes nothing.
 *   - Follows entries are input paths from the root, kept as written: `home-manager/nixpkgs` following `nixpkgs`
 *     resolves to whichever side of `nixpkgs` the trial has, as flake.nix (the same on both sides) declares. A
 *     follows that would dangle in the trial (its path goes through an input that only one side has) is refused
 *     (`TrialLockError`), never written.
 *   - Node keys stay unique: the old lock's nodes keep their keys; a node copied from the new lock keeps its key when
 *     that is free, else gets `<key>_<n>` (the form Nix uses). A node shared in the new lock stays shared.
 *   - Only nodes reachable from the root are written (Nix never writes others); keys sorted and two-space indented,
 *     as Nix writes them; the format version is the new lock's (both must have the same).
 * Linear in the size of the two locks. Pure: text in, text out.
 */
import type { FlakeRefAttrs } from '../flake/flake-types.js';
import { analyzeLock, resolveLock } from '../flake/follows.js';
import { parseLock } from '../flake/lock.js';

/** A trial lock that cannot be made; the bisection stops with what it knows. */
export class TrialLockError extends Error {}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type RawNode = { inputs?: Record<string, string | string[]> } & Record<string, Json>;
interface RawLock {
  version: number;
  root: string;
  nodes: Record<string, RawNode>;
}

/** The lock as JSON; refuses numbers a JS number does not hold exactly (they would not be written back as read). */
function raw(text: string, file: string): RawLock {
  parseLock(text, file); // every check of the reader, with its message
  const value = JSON.parse(text) as RawLock;
  const stack: Json[] = [value as unknown as Json];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (typeof v === 'number' && !Number.isSafeInteger(v)) {
      throw new TrialLockError(`${file} holds the number ${v}, which a trial lock cannot copy exactly`);
    }
    if (Array.isArray(v)) stack.push(...v);
    else if (v !== null && typeof v === 'object') stack.push(...Object.values(v));
  }
  return value;
}

const own = <T>(o: Record<string, T>, k: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;

/** A node's subtree in canonical form (node edges followed, follows as paths), to compare two locks' inputs. */
function subtreeText(lock: RawLock, edge: string | string[] | undefined): string {
  if (edge === undefined) return 'absent';
  if (Array.isArray(edge)) return JSON.stringify({ follows: edge });
  const seen = new Map<string, number>();
  const order: string[] = [];
  const visit = (key: string): number => {
    const known = seen.get(key);
    if (known !== undefined) return known;
    const id = order.length;
    seen.set(key, id);
    order.push('');
    const node = own(lock.nodes, key) ?? {};
    const { inputs = {}, ...rest } = node;
    const edges = Object.keys(inputs)
      .sort()
      .map((name) => {
        const e = inputs[name]!;
        return [name, Array.isArray(e) ? { follows: e } : { node: visit(e) }];
      });
    order[id] = canonical({ ...rest, inputs: Object.fromEntries(edges) } as Json);
    return id;
  };
  visit(edge);
  return order.join('\n');
}

/** JSON with object keys sorted (Nix's order), compact. */
function canonical(v: Json): string {
  return JSON.stringify(sortKeys(v));
}

function sortKeys(v: Json): Json {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, Json> = {};
    for (const k of Object.keys(v).sort()) {
      Object.defineProperty(out, k, { value: sortKeys(v[k]!), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return v;
}

/** Root input names whose locking (the whole subtree) differs between the two locks, sorted. */
export function changedRootInputs(beforeText: string, afterText: string, file = 'flake.lock'): string[] {
  const before = raw(beforeText, file);
  const after = raw(afterText, file);
  const b = before.nodes[before.root]!.inputs ?? {};
  const a = after.nodes[after.root]!.inputs ?? {};
  const names = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort();
  return names.filter((n) => subtreeText(before, own(b, n)) !== subtreeText(after, own(a, n)));
}

/**
 * The lock in which the root inputs `moved` are as in `afterText` and every other one as in `beforeText`. Throws a
 * TrialLockError when the two locks differ in version or the trial's follows would dangle.
 */
export function trialLock(beforeText: string, afterText: string, moved: ReadonlySet<string>, file = 'flake.lock'): string {
  const before = raw(beforeText, file);
  const after = raw(afterText, file);
  if (before.version !== after.version) {
    throw new TrialLockError(`the lock's version changed in the update (${before.version} → ${after.version})`);
  }
  const oldRoot = before.nodes[before.root]!;
  const newRoot = after.nodes[after.root]!;
  const oldInputs = oldRoot.inputs ?? {};
  const newInputs = newRoot.inputs ?? {};
  const out: Record<string, RawNode> = {};
  const used = new Set<string>([before.root]);
  // the old lock's nodes reachable through the inputs that stay, under their own keys
  const rootInputs: Record<string, string | string[]> = {};
  const keepOld = (key: string): void => {
    const stack = [key];
    while (stack.length > 0) {
      const k = stack.pop()!;
      if (used.has(k)) continue;
      used.add(k);
      const node = own(before.nodes, k)!;
      out[k] = node;
      for (const e of Object.values(node.inputs ?? {})) if (!Array.isArray(e)) stack.push(e);
    }
  };
  const names = [...new Set([...Object.keys(oldInputs), ...Object.keys(newInputs)])];
  for (const name of names) {
    if (moved.has(name)) continue;
    const e = own(oldInputs, name);
    if (e === undefined) continue;
    rootInputs[name] = e;
    if (!Array.isArray(e)) keepOld(e);
  }
  // the new lock's nodes of the moved inputs, renamed where the key is taken; shared nodes stay shared
  const renamed = new Map<string, string>();
  const freeKey = (key: string): string => {
    if (!used.has(key)) return key;
    for (let n = 2; ; n++) if (!used.has(`${key}_${n}`)) return `${key}_${n}`;
  };
  const copyNew = (key: string): string => {
    const first = renamed.get(key);
    if (first !== undefined) return first;
    // iterative: assign keys first (depth-first, as Nix names them), then rewrite edges
    const stack = [key];
    const assigned: string[] = [];
    while (stack.length > 0) {
      const k = stack.pop()!;
      if (renamed.has(k)) continue;
      const to = freeKey(k);
      used.add(to);
      renamed.set(k, to);
      assigned.push(k);
      const inputs = own(after.nodes, k)!.inputs ?? {};
      for (const e of Object.values(inputs).reverse()) if (!Array.isArray(e) && !renamed.has(e)) stack.push(e);
    }
    for (const k of assigned) {
      const node = own(after.nodes, k)!;
      const copy: RawNode = { ...node };
      if (node.inputs) {
        copy.inputs = Object.fromEntries(
          Object.entries(node.inputs).map(([n, e]) => [n, Array.isArray(e) ? e : renamed.get(e)!]),
        );
      }
      out[renamed.get(k)!] = copy;
    }
    return renamed.get(key)!;
  };
  for (const name of names) {
    if (!moved.has(name)) continue;
    const e = own(newInputs, name);
    if (e === undefined) continue;
    rootInputs[name] = Array.isArray(e) ? e : copyNew(e);
  }
  const ordered: Record<string, string | string[]> = {};
  for (const n of Object.keys(newInputs).concat(Object.keys(oldInputs))) {
    const e = own(rootInputs, n);
    if (e !== undefined && own(ordered, n) === undefined) ordered[n] = e;
  }
  out[before.root] = { ...oldRoot, inputs: ordered };
  const text = `${JSON.stringify(sortKeys({ nodes: out, root: before.root, version: after.version } as unknown as Json), null, 2)}\n`;
  // every follows of the trial must still lead somewhere
  const problem = analyzeLock(parseLock(text, file)).problems[0];
  if (problem) {
    throw new TrialLockError(`moving ${[...moved].sort().join(', ') || 'nothing'} alone: ${problem.message}`);
  }
  return text;
}

/** The locked attributes of root input `name` in a lock text (for messages and tests). */
export function lockedOf(text: string, name: string, file = 'flake.lock'): FlakeRefAttrs | undefined {
  const lock = parseLock(text, file);
  const r = resolveLock(lock).get(name);
  return r?.node !== undefined ? lock.nodes.get(r.node)?.locked : undefined;
}
