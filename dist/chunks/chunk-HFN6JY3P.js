import {
  LOCK_LIMITS
} from "./chunk-LOBXAA3U.js";
import {
  UserError
} from "./chunk-6FGB7YHV.js";

// src/flake/flake-types.ts
var showPath = (p) => p.join("/");

// src/flake/follows.ts
var GRAPH_LIMITS = {
  /** Input paths from the root. */
  paths: 1e5,
  /** Names in one input path (as deep as a follows path may be long). */
  depth: LOCK_LIMITS.pathLength,
  /** Names in all input paths together (what the paths cost in memory). */
  names: 1e6
};
var MAX_PATHS = GRAPH_LIMITS.paths;
var CYCLE_SHOWN = 12;
function showCycle(cycle, omitted) {
  const shown = cycle.map((p) => p.length === 0 ? "(root)" : showPath(p));
  if (omitted) shown.splice(shown.length - 1, 0, `… ${omitted} more`);
  return shown.join(" -> ");
}
function cycleFrom(members, start) {
  const shown = Math.min(members.length, CYCLE_SHOWN);
  const cycle = [];
  for (let k = 0; k < shown; k++) cycle.push(members[(start + k) % members.length]);
  cycle.push(members[start]);
  return members.length > shown ? { kind: "cycle", cycle, omitted: members.length - shown } : { kind: "cycle", cycle };
}
var FollowsResolver = class {
  constructor(lock) {
    this.lock = lock;
  }
  lock;
  memo = /* @__PURE__ */ new Map();
  /** Path id → the follows paths its walk resolved, for paths that resolved to a node or dangle. */
  depsOf = /* @__PURE__ */ new Map();
  ids = /* @__PURE__ */ new WeakMap();
  /**
   * A map key for a path, computed once per array: names joined with NUL; a path with an empty name or a NUL in a
   * name (only a hand-made lock has them) as NUL + its JSON, which no joined key starts with.
   */
  id(path) {
    let id = this.ids.get(path);
    if (id === void 0) {
      id = path.some((e) => e === "" || e.includes("\0")) ? `\0${JSON.stringify(path)}` : path.join("\0");
      this.ids.set(path, id);
    }
    return id;
  }
  /** Where `path` (absolute from the root) leads. */
  resolve(path) {
    const first = this.id(path);
    const known = this.memo.get(first);
    if (known) return known;
    const stack = [{ path, id: first, i: 0, key: this.lock.root, deps: [] }];
    const onStack = /* @__PURE__ */ new Map([[first, 0]]);
    let cycle;
    let done;
    for (; ; ) {
      const f = stack[stack.length - 1];
      if (done === void 0) {
        let descend;
        while (f.i < f.path.length) {
          const edge = this.lock.nodes.get(f.key)?.inputs.get(f.path[f.i]);
          if (!edge) {
            done = { kind: "dangling", missing: f.path.slice(0, f.i + 1) };
            break;
          }
          if (edge.kind === "node") {
            f.key = edge.key;
            f.i++;
            continue;
          }
          f.deps.push(edge.path);
          const id = this.id(edge.path);
          const hit = this.memo.get(id);
          if (hit?.kind === "node") {
            f.key = hit.key;
            f.i++;
            continue;
          }
          if (hit) {
            done = hit;
            break;
          }
          const at = onStack.get(id);
          if (at !== void 0) {
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
        done ??= { kind: "node", key: f.key };
      }
      const index = stack.length - 1;
      let own = done;
      if (cycle && index >= cycle.at) own = cycleFrom(cycle.members, index - cycle.at);
      this.memo.set(f.id, own);
      if (own.kind !== "cycle") this.depsOf.set(f.id, f.deps);
      stack.pop();
      onStack.delete(f.id);
      if (stack.length === 0) return own;
      if (done.kind === "node") {
        const below = stack[stack.length - 1];
        below.key = done.key;
        below.i++;
        done = void 0;
      }
    }
  }
  /**
   * Where a follows `target` declared at `declaring` in flake.nix leads, with `declaring` already on the way (Nix's
   * findInput with a visited path): a cycle when the target's resolution passes through `declaring`.
   */
  resolveDeclared(declaring, target) {
    if (samePath(declaring, target)) return { kind: "cycle", cycle: [declaring, target] };
    if (declaring.length > 0) {
      const parent = this.resolve(declaring.slice(0, -1));
      const edge = parent.kind === "node" ? this.lock.nodes.get(parent.key)?.inputs.get(declaring[declaring.length - 1]) : void 0;
      if (edge?.kind === "follows" && samePath(edge.path, target)) return this.resolve(declaring);
    }
    const r = this.resolve(target);
    if (r.kind === "cycle") return r;
    const goal = this.id(declaring);
    const from = /* @__PURE__ */ new Map([
      [this.id(target), { path: target }]
    ]);
    const todo = [this.id(target)];
    while (todo.length > 0) {
      const id = todo.pop();
      for (const dep of this.depsOf.get(id) ?? []) {
        const d = this.id(dep);
        if (from.has(d)) continue;
        from.set(d, { path: dep, via: id });
        if (d === goal) {
          const chain = [];
          for (let at = d; at !== void 0; at = from.get(at).via) chain.push(from.get(at).path);
          chain.reverse();
          return cycleFrom([declaring, ...chain.slice(0, -1)], 0);
        }
        todo.push(d);
      }
    }
    return r;
  }
};
var resolvers = /* @__PURE__ */ new WeakMap();
function resolverFor(lock) {
  let r = resolvers.get(lock);
  if (!r) {
    r = new FollowsResolver(lock);
    resolvers.set(lock, r);
  }
  return r;
}
function samePath(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
function limitError(lock, message) {
  const root = lock.nodes.get(lock.root);
  return new UserError(
    message,
    lock.file,
    root ? { line: root.line, column: 1 } : void 0,
    "Nix never shares nodes this way; run `nix flake lock --recreate-lock-file` to write the lock Nix would"
  );
}
function count(n) {
  if (n < 1e12) return n.toLocaleString("en-US");
  return Number.isFinite(n) ? `about ${n.toPrecision(2)}` : "more than 1e+308";
}
function checkExpansion(lock) {
  const paths = /* @__PURE__ */ new Map();
  const names = /* @__PURE__ */ new Map();
  const depth = /* @__PURE__ */ new Map();
  const open = /* @__PURE__ */ new Set();
  const stack = [];
  const enter = (key) => {
    const node = lock.nodes.get(key);
    if (!node) return;
    open.add(key);
    stack.push({ key, node, edges: node.inputs.values() });
  };
  enter(lock.root);
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const next = top.edges.next();
    if (!next.done) {
      const e = next.value;
      if (e.kind === "node" && !open.has(e.key) && !paths.has(e.key)) enter(e.key);
      continue;
    }
    let p = 0;
    let n = 0;
    let d = 0;
    for (const e of top.node.inputs.values()) {
      const child = e.kind === "node" && !open.has(e.key) ? e.key : void 0;
      const cp = child !== void 0 ? paths.get(child) ?? 0 : 0;
      p += 1 + cp;
      n += 1 + cp + (child !== void 0 ? names.get(child) ?? 0 : 0);
      d = Math.max(d, 1 + (child !== void 0 ? depth.get(child) ?? 0 : 0));
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
function overLimits(paths, depth, names) {
  if (paths > GRAPH_LIMITS.paths) {
    return `flake.lock expands to more than ${GRAPH_LIMITS.paths} input paths (${count(paths)}: its nodes are shared between inputs)`;
  }
  if (depth > GRAPH_LIMITS.depth) {
    return `flake.lock has input paths ${count(depth)} inputs deep, more than the ${GRAPH_LIMITS.depth} flake-steward follows`;
  }
  if (names > GRAPH_LIMITS.names) {
    return `flake.lock's input paths add up to ${count(names)} input names, more than the ${count(GRAPH_LIMITS.names)} flake-steward reads`;
  }
  return void 0;
}
function analyzeLock(lock) {
  checkExpansion(lock);
  const resolver = resolverFor(lock);
  const inputs = /* @__PURE__ */ new Map();
  const problems = [];
  const root = lock.nodes.get(lock.root);
  if (!root) return { inputs, problems };
  const stack = [{ key: lock.root, path: [], id: "", edges: root.inputs.entries() }];
  const onWay = /* @__PURE__ */ new Set([lock.root]);
  let names = 0;
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const next = top.edges.next();
    if (next.done) {
      stack.pop();
      onWay.delete(top.key);
      continue;
    }
    const [name, edge] = next.value;
    names += top.path.length + 1;
    const problem = overLimits(inputs.size + 1, top.path.length + 1, names);
    if (problem) throw limitError(lock, problem);
    const path = [...top.path, name];
    const id = top.path.length === 0 ? name : `${top.id}/${name}`;
    if (edge.kind === "follows") {
      const r = resolver.resolve(edge.path);
      inputs.set(id, { path, node: r.kind === "node" ? r.key : void 0, follows: edge.path });
      if (r.kind === "dangling") {
        problems.push({
          kind: "dangling",
          path,
          follows: edge.path,
          missing: r.missing,
          message: `input '${id}' follows a non-existent input '${showPath(edge.path)}'`
        });
      } else if (r.kind === "cycle") {
        problems.push({
          kind: "cycle",
          path,
          follows: edge.path,
          cycle: r.cycle,
          message: `input '${id}' follows a cycle: ${showCycle(r.cycle, r.omitted)}`
        });
      }
      continue;
    }
    inputs.set(id, { path, node: edge.key });
    if (onWay.has(edge.key)) {
      const keys = stack.map((f) => f.key);
      const cycle = [...keys.slice(keys.indexOf(edge.key)), edge.key].map((k) => [k]);
      problems.push({
        kind: "cycle",
        path,
        cycle,
        message: `input '${id}' leads back to node '${edge.key}': the lock nodes form a loop (${cycle.join(" -> ")})`
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
function resolveLock(lock) {
  return analyzeLock(lock).inputs;
}

export {
  showPath,
  showCycle,
  cycleFrom,
  resolverFor,
  samePath,
  analyzeLock,
  resolveLock
};
