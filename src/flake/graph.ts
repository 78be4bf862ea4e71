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
 * Version note, measured on Nix 2.8: its lock check rejects a follows whose target passes *through* another follows
 * before the last element ("follows a non-existent input"), which newer Nix accepts and evaluates; this module
 * follows the evaluation semantics (what newer Nix does), so such a path resolves here.
 */
import { UserError } from '../engine/errors.js';
import { FLAKE_ID_RE } from './flakeref.js';
import { showPath, type InputPath, type LockFile, type ResolvedInput } from './types.js';

export type ResolveOutcome =
  | { readonly kind: 'node'; readonly key: string }
  /** `missing` is the prefix of the path (after following follows) that names no input. */
  | { readonly kind: 'dangling'; readonly missing: InputPath }
  /** The follows paths of the cycle, first repeated last: `[['a'], ['b'], ['a']]`. */
  | { readonly kind: 'cycle'; readonly cycle: readonly InputPath[] };

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

/** A lock whose shared nodes would expand to more paths than this is refused (Nix never writes shared nodes). */
export const MAX_PATHS = 100_000;

class Resolver {
  /** Memo of resolved absolute paths (joined with NUL, which no input name contains). */
  private readonly memo = new Map<string, ResolveOutcome>();

  constructor(private readonly lock: LockFile) {}

  resolve(path: InputPath, stack: InputPath[] = []): ResolveOutcome {
    const id = path.join('\0');
    const known = this.memo.get(id);
    if (known) return known;
    const at = stack.findIndex((p) => p.length === path.length && p.every((e, i) => e === path[i]));
    if (at >= 0) return { kind: 'cycle', cycle: [...stack.slice(at), path] };
    stack.push(path);
    let key = this.lock.root;
    let outcome: ResolveOutcome | undefined;
    for (let i = 0; i < path.length && !outcome; i++) {
      const edge = this.lock.nodes.get(key)?.inputs.get(path[i]!);
      if (!edge) outcome = { kind: 'dangling', missing: path.slice(0, i + 1) };
      else if (edge.kind === 'node') key = edge.key;
      else {
        const r = this.resolve(edge.path, stack);
        if (r.kind === 'node') key = r.key;
        else outcome = r;
      }
    }
    stack.pop();
    outcome ??= { kind: 'node', key };
    // A cycle seen from inside is only a cycle relative to the outer stack; memoise node and dangling outcomes.
    if (outcome.kind !== 'cycle') this.memo.set(id, outcome);
    return outcome;
  }
}

/** Resolves one input path (`['home-manager', 'nixpkgs']`) to the node it finally names, as Nix does. */
export function resolvePath(lock: LockFile, path: InputPath): ResolveOutcome {
  return new Resolver(lock).resolve(path);
}

function showCycle(cycle: readonly InputPath[]): string {
  return cycle.map((p) => (p.length === 0 ? '(root)' : showPath(p))).join(' -> ');
}

/**
 * Every input path reachable from the root with the node it resolves to, plus the dangling follows and cycles.
 * Paths under a follows are not listed: they live under its target.
 */
export function analyzeLock(lock: LockFile): LockGraph {
  const resolver = new Resolver(lock);
  const inputs = new Map<string, ResolvedInput>();
  const problems: GraphProblem[] = [];
  const keysOnPath: string[] = [lock.root];

  const visit = (key: string, prefix: InputPath): void => {
    const node = lock.nodes.get(key);
    if (!node) return;
    for (const [name, edge] of node.inputs) {
      const path = [...prefix, name];
      if (inputs.size >= MAX_PATHS) {
        throw new UserError(
          `flake.lock expands to more than ${MAX_PATHS} input paths (its nodes are shared between inputs)`,
          lock.file,
          undefined,
          'run `nix flake lock --recreate-lock-file` to write a lock Nix would write',
        );
      }
      const id = showPath(path);
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
            message: `input '${id}' follows a cycle: ${showCycle(r.cycle)}`,
          });
        }
        continue;
      }
      inputs.set(id, { path, node: edge.key });
      const loopAt = keysOnPath.indexOf(edge.key);
      if (loopAt >= 0) {
        const cycle = [...keysOnPath.slice(loopAt), edge.key].map((k) => [k]);
        problems.push({
          kind: 'cycle',
          path,
          cycle,
          message: `input '${id}' leads back to node '${edge.key}': the lock nodes form a loop (${cycle.join(' -> ')})`,
        });
        continue;
      }
      keysOnPath.push(edge.key);
      visit(edge.key, path);
      keysOnPath.pop();
    }
  };
  visit(lock.root, []);
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
