/**
 * Follows resolution, exactly as Nix evaluates a lock (call-flake.nix `getInputByPath`, lockfile.cc `findInput`):
 *   - an input path is walked from the root node, one input name at a time;
 *   - a lock edge is either a node key, or a follows path, which is absolute from the root (`[]` is the root
 *     itself) and is resolved the same way, recursively: a follows may point at another follows, and a path may go
 *     through a follows in the middle (`hm/nixpkgs/lib` where `hm/nixpkgs` follows `nixpkgs`);
 *   - a follows that leads back to itself is a cycle (reported with the cycle, as Nix's "follow cycle detected:
 *     [a -> b -> a]"), a follows to a path that does not exist dangles (Nix: "input 'x' follows a non-existent
 *     input 'y'"). Both are reported, not thrown.
 * In flake.nix a follows is relative to the flake that declares it, and `""` is that flake itself; Nix stores it
 * absolute by prefixing the declaring flake's input path (`declaredFollowsPath`).
 *
 * This is the one implementation of Nix's findInput: the graph command, the lint rules (through
 * src/lint/resolve.ts) and the update engine all resolve through `resolverFor(lock)`, which memoises every path it
 * resolved for as long as the lock lives.
 *
 * Cost, on a lock a fork controls: resolution is iterative (an explicit stack, so a follows chain of any length
 * cannot overflow the call stack) and memoised (each follows path is walked once, so a chain of n follows costs
 * O(n), not O(n^2)); cycles are found with a map of the paths on the stack, not by comparing rendered paths. The
 * walk over every input path first counts, without building any path, how many paths the nodes expand to, how deep
 * they go and how many names they add up to (shared nodes make 2^depth paths out of depth nodes), and refuses the
 * lock with one line naming the limit before it builds anything (`GRAPH_LIMITS`).
 *
 * Version note, measured on Nix 2.8: its lock check rejects a follows whose target passes *through* another follows
 * before the last element ("follows a non-existent input"), which newer Nix accepts and evaluates; this module
 * follows the evaluation semantics (what newer Nix does), so such a path resolves here.
 */
import { UserError } from '../core/errors.js';
import { FLAKE_ID_RE } from './flakeref.js';
import { LOCK_LIMITS } from './lock.js';
import {
  showPath,
  type InputPath,
  type LockEdge,
  type LockFile,
  type LockNode,
  type ResolvedInput,
} from './flake-types.js';

export type ResolveOutcome =
  | { readonly kind: 'node'; readonly key: string }
  /** `missing` is the prefix of the path (after following follows) that names no input. */
  | { readonly kind: 'dangling'; readonly missing: InputPath }
  /**
   * The follows paths of the cycle, first repeated last: `[['a'], ['b'], ['a']]`. A long cycle lists its first
   * `CYCLE_SHOWN` paths, then the first again; `omitted` counts the paths left out between.
   */
  | { readonly kind: 'cycle'; readonly cycle: readonly InputPath[]; readonly omitted?: number };

export type CycleOutcome = Extract<ResolveOutcome, { readonly kind: 'cycle' }>;

export type GraphProblem =
  | {
      readonly kind: 'dangling';
      /** The input path whose follows dangles. */
      readonly path: InputPath;
      readonly follows: InputPath;
      readonly missing: InputPath;
      readonly message: string;
    }
  | {
      readonly kind: 'cycle';
      readonly path: InputPath;
      /** The follows of `path`, or undefined when lock nodes themselves form a loop (a hand-edited lock). */
      readonly follows?: InputPath;
      readonly cycle: readonly InputPath[];
      readonly message: string;
    };

export interface LockGraph {
  /** Every input path reachable from the root, `/`-joined, in depth-first lock order; not expanded under follows. */
  readonly inputs: ReadonlyMap<string, ResolvedInput>;
  readonly problems: readonly GraphProblem[];
}

/**
 * What the input paths of one lock may add up to. Real locks are far below (../shared/corpus: at most 302 paths, 9
 * deep, 640 names in all); Nix never writes shared nodes, so only a hand-made lock comes near.
 */
export const GRAPH_LIMITS = {
  /** Input paths from the root. */
  paths: 100_000,
  /** Names in one input path (as deep as a follows path may be long). */
  depth: LOCK_LIMITS.pathLength,
  /** Names in all input paths together (what the paths cost in memory). */
  names: 1_000_000,
} as const;

/** A lock whose shared nodes would expand to more paths than this is refused (Nix never writes shared nodes). */
export const MAX_PATHS = GRAPH_LIMITS.paths;

/** Paths of a cycle listed in an outcome (and so in a message). */
export const CYCLE_SHOWN = 12;

/** `a -> b -> a`, with `(root)` for `[]` and the count of paths a long cycle leaves out. */
export function showCycle(cycle: readonly InputPath[], omitted?: number): string {
  const shown = cycle.map((p) => (p.length === 0 ? '(root)' : showPath(p)));
  if (omitted) shown.splice(shown.length - 1, 0, `… ${omitted} more`);
  return shown.join(' -> ');
}

// ------------------------------------------------------------------------------------------------ resolution

/** One path being resolved: how far its walk has come (`i` names taken, standing on node `key`). */
interface Frame {
  readonly path: InputPath;
  readonly id: string;
  i: number;
  key: string;
  /** The follows paths this walk resolved (for `resolveDeclared`). */
  readonly deps: InputPath[];
}

/**
 * The outcome of a cycle for the path at `start` on it: the cycle from there round to it again, listing at most
 * CYCLE_SHOWN paths (so each of n paths on a long cycle costs O(1), not O(n)).
 */
export function cycleFrom(members: readonly InputPath[], start: number): CycleOutcome {
  const shown = Math.min(members.length, CYCLE_SHOWN);
  const cycle: InputPath[] = [];
  for (let k = 0; k < shown; k++) cycle.push(members[(start + k) % members.length]!);
  cycle.push(members[start]!);
  return members.length > shown ? { kind: 'cycle', cycle, omitted: members.length - shown } : { kind: 'cycle', cycle };
}

/**
 * Nix's findInput over one lock, memoised. Memo entries hold for any later query: a path that resolves to a node
 * (or dangles) passes through no path whose own resolution needs it, or that would have been a cycle; a path on a
 * cycle keeps the cycle as seen from itself.
 */
export class FollowsResolver {
  private readonly memo = new Map<string, ResolveOutcome>();
  /** Path id → the follows paths its walk resolved, for paths that resolved to a node or dangle. */
  private readonly depsOf = new Map<string, readonly InputPath[]>();
  private readonly ids = new WeakMap<InputPath, string>();

  constructor(readonly lock: LockFile) {}

  /**
   * A map key for a path, computed once per array: names joined with NUL; a path with an empty name or a NUL in a
   * name (only a hand-made lock has them) as NUL + its JSON, which no joined key starts with.
   */
  private id(path: InputPath): string {
    let id = this.ids.get(path);
    if (id === undefined) {
      id = path.some((e) => e === '' || e.includes('\0')) ? `\0${JSON.stringify(path)}` : path.join('\0');
      this.ids.set(path, id);
    }
    return id;
  }

  /** Where `path` (absolute from the root) leads. */
  resolve(path: InputPath): ResolveOutcome {
    const first = this.id(path);
    const known = this.memo.get(first);
    if (known) return known;
    const stack: Frame[] = [{ path, id: first, i: 0, key: this.lock.root, deps: [] }];
    const onStack = new Map<string, number>([[first, 0]]);
    let cycle: { members: InputPath[]; at: number } | undefined;
    let done: ResolveOutcome | undefined;
    for (;;) {
      const f = stack[stack.length - 1]!;
      if (done === undefined) {
        // Walk on until the path ends, dangles, meets a cycle, or needs a follows resolved first.
        let descend: InputPath | undefined;
        while (f.i < f.path.length) {
          const edge: LockEdge | undefined = this.lock.nodes.get(f.key)?.inputs.get(f.path[f.i]!);
          if (!edge) {
            done = { kind: 'dangling', missing: f.path.slice(0, f.i + 1) };
            break;
          }
          if (edge.kind === 'node') {
            f.key = edge.key;
            f.i++;
            continue;
          }
          f.deps.push(edge.path);
          const id = this.id(edge.path);
          const hit = this.memo.get(id);
          if (hit?.kind === 'node') {
            f.key = hit.key;
            f.i++;
            continue;
          }
          if (hit) {
            done = hit;
            break;
          }
          const at = onStack.get(id);
          if (at !== undefined) {
            const members = stack.slice(at).map((s) => s.path);
            cycle = { members, at };
            done = cycleFrom(members, 0);
            break;
          }
          descend = edge.path;
          break;
        }
        if (descend) {
          const id = this.id(descend);
          onStack.set(id, stack.length);
          stack.push({ path: descend, id, i: 0, key: this.lock.root, deps: [] });
          continue;
        }
        done ??= { kind: 'node', key: f.key };
      }
      // `done` is the outcome of the top frame: memoise it and hand it to the frame below.
      const index = stack.length - 1;
      let own = done;
      if (cycle && index >= cycle.at) own = cycleFrom(cycle.members, index - cycle.at);
      this.memo.set(f.id, own);
      if (own.kind !== 'cycle') this.depsOf.set(f.id, f.deps);
      stack.pop();
      onStack.delete(f.id);
      if (stack.length === 0) return own;
      if (done.kind === 'node') {
        const below = stack[stack.length - 1]!;
        below.key = done.key;
        below.i++;
        done = undefined;
      }
      // otherwise the frame below ends the same way (frames below a cycle lead into it: they report it as found)
    }
  }

  /**
   * Where a follows `target` declared at `declaring` in flake.nix leads, with `declaring` already on the way (Nix's
   * findInput with a visited path): a cycle when the target's resolution passes through `declaring`.
   */
  resolveDeclared(declaring: InputPath, target: InputPath): ResolveOutcome {
    if (samePath(declaring, target)) return { kind: 'cycle', cycle: [declaring, target] };
    // When the lock already has this follows, its own resolution is the answer (and memoised).
    if (declaring.length > 0) {
      const parent = this.resolve(declaring.slice(0, -1));
      const edge =
        parent.kind === 'node'
          ? this.lock.nodes.get(parent.key)?.inputs.get(declaring[declaring.length - 1]!)
          : undefined;
      if (edge?.kind === 'follows' && samePath(edge.path, target)) return this.resolve(declaring);
    }
    const r = this.resolve(target);
    if (r.kind === 'cycle') return r;
    // Otherwise: does the target's resolution pass through `declaring`? A search over the follows each resolution
    // needed, each path once.
    const goal = this.id(declaring);
    const from = new Map<string, { readonly path: InputPath; readonly via?: string }>([
      [this.id(target), { path: target }],
    ]);
    const todo: string[] = [this.id(target)];
    while (todo.length > 0) {
      const id = todo.pop()!;
      for (const dep of this.depsOf.get(id) ?? []) {
        const d = this.id(dep);
        if (from.has(d)) continue;
        from.set(d, { path: dep, via: id });
        if (d === goal) {
          const chain: InputPath[] = [];
          for (let at: string | undefined = d; at !== undefined; at = from.get(at)!.via) chain.push(from.get(at)!.path);
          chain.reverse(); // target … declaring
          return cycleFrom([declaring, ...chain.slice(0, -1)], 0);
        }
        todo.push(d);
      }
    }
    return r;
  }
}

const resolvers = new WeakMap<LockFile, FollowsResolver>();

/** The one resolver of a lock, shared by every caller for as long as the lock lives (so its memo is too). */
export function resolverFor(lock: LockFile): FollowsResolver {
  let r = resolvers.get(lock);
  if (!r) {
    r = new FollowsResolver(lock);
    resolvers.set(lock, r);
  }
  return r;
}

/** Resolves one input path (`['home-manager', 'nixpkgs']`) to the node it finally names, as Nix does. */
export function resolvePath(lock: LockFile, path: InputPath): ResolveOutcome {
  return resolverFor(lock).resolve(path);
}

export function samePath(a: InputPath, b: InputPath): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// ------------------------------------------------------------------------------------------------ the walk

function limitError(lock: LockFile, message: string): UserError {
  const root = lock.nodes.get(lock.root);
  return new UserError(
    message,
    lock.file,
    root ? { line: root.line, column: 1 } : undefined,
    'Nix never shares nodes this way; run `nix flake lock --recreate-lock-file` to write the lock Nix would',
  );
}

/** A count for a message: exact while it reads well, then its size (2^3000 paths is `more than 1e+308`). */
function count(n: number): string {
  if (n < 1e12) return n.toLocaleString('en-US');
  return Number.isFinite(n) ? `about ${n.toPrecision(2)}` : 'more than 1e+308';
}

/**
 * Before any path is built: how many input paths the nodes expand to, how deep they go and how many names they add
 * up to, counted per node over node edges (a follows entry is one path, not expanded), in one post-order pass.
 * Exact for the acyclic graphs Nix writes; an edge back to a node on the way counts as one path, as the walk stops
 * there. Throws the UserError of the first limit passed.
 */
function checkExpansion(lock: LockFile): void {
  // per node: paths below it, the names in them (relative to it), and their depth
  const paths = new Map<string, number>();
  const names = new Map<string, number>();
  const depth = new Map<string, number>();
  const open = new Set<string>();
  const stack: { key: string; node: LockNode; edges: Iterator<LockEdge> }[] = [];
  const enter = (key: string) => {
    const node = lock.nodes.get(key);
    if (!node) return;
    open.add(key);
    stack.push({ key, node, edges: node.inputs.values() });
  };
  enter(lock.root);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const next = top.edges.next();
    if (!next.done) {
      const e = next.value;
      if (e.kind === 'node' && !open.has(e.key) && !paths.has(e.key)) enter(e.key);
      continue;
    }
    let p = 0;
    let n = 0;
    let d = 0;
    for (const e of top.node.inputs.values()) {
      const child = e.kind === 'node' && !open.has(e.key) ? e.key : undefined;
      const cp = child !== undefined ? (paths.get(child) ?? 0) : 0;
      p += 1 + cp;
      n += 1 + cp + (child !== undefined ? (names.get(child) ?? 0) : 0);
      d = Math.max(d, 1 + (child !== undefined ? (depth.get(child) ?? 0) : 0));
    }
    paths.set(top.key, p);
    names.set(top.key, n);
    depth.set(top.key, d);
    open.delete(top.key);
    stack.pop();
  }
  const problem = overLimits(paths.get(lock.root) ?? 0, depth.get(lock.root) ?? 0, names.get(lock.root) ?? 0);
  if (problem) throw limitError(lock, problem);
}

/** The message for the first limit passed by this many paths, this deep, with this many names in all. */
function overLimits(paths: number, depth: number, names: number): string | undefined {
  if (paths > GRAPH_LIMITS.paths) {
    return `flake.lock expands to more than ${GRAPH_LIMITS.paths} input paths (${count(paths)}: its nodes are shared between inputs)`;
  }
  if (depth > GRAPH_LIMITS.depth) {
    return `flake.lock has input paths ${count(depth)} inputs deep, more than the ${GRAPH_LIMITS.depth} flake-steward follows`;
  }
  if (names > GRAPH_LIMITS.names) {
    return `flake.lock's input paths add up to ${count(names)} input names, more than the ${count(GRAPH_LIMITS.names)} flake-steward reads`;
  }
  return undefined;
}

/**
 * Every input path reachable from the root with the node it resolves to, plus the dangling follows and cycles.
 * Paths under a follows are not listed: they live under its target. Refuses (UserError) a lock past GRAPH_LIMITS.
 */
export function analyzeLock(lock: LockFile): LockGraph {
  checkExpansion(lock);
  const resolver = resolverFor(lock);
  const inputs = new Map<string, ResolvedInput>();
  const problems: GraphProblem[] = [];
  // The walk: one frame per node on the way down, each with its remaining edges; nodes on the way, for loops.
  interface WalkFrame {
    readonly key: string;
    readonly path: InputPath;
    readonly id: string;
    readonly edges: Iterator<[string, LockEdge]>;
  }
  const root = lock.nodes.get(lock.root);
  if (!root) return { inputs, problems };
  const stack: WalkFrame[] = [{ key: lock.root, path: [], id: '', edges: root.inputs.entries() }];
  const onWay = new Set<string>([lock.root]);
  let names = 0;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const next = top.edges.next();
    if (next.done) {
      stack.pop();
      onWay.delete(top.key);
      continue;
    }
    const [name, edge] = next.value;
    // The counts above are exact unless nodes loop; these keep the walk bounded then too.
    names += top.path.length + 1;
    const problem = overLimits(inputs.size + 1, top.path.length + 1, names);
    if (problem) throw limitError(lock, problem);
    const path = [...top.path, name];
    const id = top.path.length === 0 ? name : `${top.id}/${name}`;
    if (edge.kind === 'follows') {
      const r = resolver.resolve(edge.path);
      inputs.set(id, { path, node: r.kind === 'node' ? r.key : undefined, follows: edge.path });
      if (r.kind === 'dangling') {
        problems.push({
          kind: 'dangling',
          path,
          follows: edge.path,
          missing: r.missing,
          message: `input '${id}' follows a non-existent input '${showPath(edge.path)}'`,
        });
      } else if (r.kind === 'cycle') {
        problems.push({
          kind: 'cycle',
          path,
          follows: edge.path,
          cycle: r.cycle,
          message: `input '${id}' follows a cycle: ${showCycle(r.cycle, r.omitted)}`,
        });
      }
      continue;
    }
    inputs.set(id, { path, node: edge.key });
    if (onWay.has(edge.key)) {
      const keys = stack.map((f) => f.key);
      const cycle = [...keys.slice(keys.indexOf(edge.key)), edge.key].map((k) => [k]);
      problems.push({
        kind: 'cycle',
        path,
        cycle,
        message: `input '${id}' leads back to node '${edge.key}': the lock nodes form a loop (${cycle.join(' -> ')})`,
      });
      continue;
    }
    const node = lock.nodes.get(edge.key);
    if (!node) continue;
    onWay.add(edge.key);
    stack.push({ key: edge.key, path, id, edges: node.inputs.entries() });
  }
  return { inputs, problems };
}

/** Input path (`a/b`) → resolved input, for every path reachable from the root. */
export function resolveLock(lock: LockFile): ReadonlyMap<string, ResolvedInput> {
  return analyzeLock(lock).inputs;
}

// ------------------------------------------------------------------------------------------------ flake.nix side

/**
 * Nix's parseInputPath: `a/b` → `['a', 'b']`; empty segments are skipped, so `""` is `[]`. Each element must be a
 * flake id (a letter, then letters, digits, `_` or `-`); anything else is a UserError.
 */
export function parseInputPath(text: string): InputPath {
  const path = text.split('/').filter((s) => s !== '');
  for (const elem of path) {
    if (!FLAKE_ID_RE.test(elem)) {
      throw new UserError(
        `invalid flake input path element '${elem}' in '${text}'`,
        undefined,
        undefined,
        'input names start with a letter, then letters, digits, - or _',
      );
    }
  }
  return path;
}

/**
 * The absolute lock path of a `follows = "…"` written in the flake.nix of the flake at `declaringFlake` (`[]` for
 * the root flake, also for its nested overrides `inputs.a.inputs.b.follows`; `['hm']` for the flake.nix of input
 * `hm`). `""` is the declaring flake itself.
 */
export function declaredFollowsPath(declaringFlake: InputPath, follows: string): InputPath {
  return [...declaringFlake, ...parseInputPath(follows)];
}
