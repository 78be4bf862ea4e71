import {
  INPUT_ATTRIBUTES
} from "./chunk-OTUWSOVN.js";
import {
  UserError
} from "./chunk-6FGB7YHV.js";

// src/flake/flake-types.ts
var showPath = (p) => p.join("/");

// src/flake/lock.ts
var RELOCK = "run `nix flake lock` to rewrite it";
var LOCK_LIMITS = {
  /** Size of the text: 8 MiB (the largest corpus lock is 117 KB). Callers that read the file check it first. */
  bytes: 8 * 1024 * 1024,
  /** JSON nesting: a lock Nix writes nests 5 deep. */
  jsonDepth: 64,
  /** Nodes in `nodes` (the largest corpus lock has 231). */
  nodes: 1e4,
  /** Elements of one follows or `parent` path (the longest in the corpus has 8). */
  pathLength: 256
};
var HOSTILE = "a lock Nix writes never comes near it; rewrite it with `nix flake lock --recreate-lock-file`";
var LineIndex = class {
  starts = [0];
  constructor(text) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  position(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
};
var JsonError = class extends Error {
  constructor(message, offset, hint, limit = false) {
    super(message);
    this.offset = offset;
    this.hint = hint;
    this.limit = limit;
  }
  offset;
  hint;
  limit;
};
function describeChar(text, i) {
  if (i >= text.length) return "the end of the file";
  const c = text.codePointAt(i);
  if (c < 32) return `control character U+${c.toString(16).padStart(4, "0").toUpperCase()}`;
  return `'${String.fromCodePoint(c)}'`;
}
var ESCAPES = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	"
};
var JsonReader = class {
  constructor(text) {
    this.text = text;
  }
  text;
  i = 0;
  /** Objects and arrays open around the current position; capped, so the recursion below stays shallow. */
  depth = 0;
  enter() {
    if (++this.depth > LOCK_LIMITS.jsonDepth) {
      throw new JsonError(
        `flake.lock nests objects and arrays more than ${LOCK_LIMITS.jsonDepth} deep (a lock Nix writes nests 5)`,
        this.i,
        HOSTILE,
        true
      );
    }
  }
  read() {
    if (this.text.charCodeAt(0) === 65279) this.i = 1;
    const v = this.value();
    this.ws();
    if (this.i < this.text.length) {
      throw new JsonError(`unexpected ${describeChar(this.text, this.i)} after the end of the JSON document`, this.i);
    }
    return v;
  }
  ws() {
    const t = this.text;
    let i = this.i;
    for (; ; ) {
      const c2 = t.charCodeAt(i);
      if (c2 === 32 || c2 === 10 || c2 === 13 || c2 === 9) i++;
      else break;
    }
    this.i = i;
    const c = t.charCodeAt(i);
    if (c === 35 || c === 47 && (t[i + 1] === "/" || t[i + 1] === "*")) {
      throw new JsonError(
        "comments are not allowed in flake.lock (it is JSON, written by Nix)",
        this.i,
        `remove the comment, or ${RELOCK}`
      );
    }
  }
  value() {
    this.ws();
    const t = this.text;
    const start = this.i;
    const c = t[start];
    switch (c) {
      case "{":
        return this.object();
      case "[":
        return this.array();
      case '"':
        return { kind: "string", offset: start, value: this.string() };
      case "t":
      case "f":
      case "n": {
        for (const [word, value] of [
          ["true", true],
          ["false", false],
          ["null", null]
        ]) {
          if (t.startsWith(word, start)) {
            this.i += word.length;
            return value === null ? { kind: "null", offset: start, value } : { kind: "boolean", offset: start, value };
          }
        }
        break;
      }
      default:
        if (c === "-" || c !== void 0 && c >= "0" && c <= "9") return this.number();
    }
    throw new JsonError(`expected a value, found ${describeChar(t, start)}`, start);
  }
  object() {
    this.enter();
    const offset = this.i++;
    const members = /* @__PURE__ */ new Map();
    this.ws();
    if (this.text[this.i] === "}") {
      this.i++;
      this.depth--;
      return { kind: "object", offset, members };
    }
    for (; ; ) {
      this.ws();
      if (this.text[this.i] !== '"') {
        const after = this.text[this.i] === "}" ? " (a trailing comma before it?)" : "";
        throw new JsonError(`expected a "key" in an object, found ${describeChar(this.text, this.i)}${after}`, this.i);
      }
      const keyOffset = this.i;
      const key = this.string();
      this.ws();
      if (this.text[this.i] !== ":") {
        throw new JsonError(`expected ':' after the key "${key}", found ${describeChar(this.text, this.i)}`, this.i);
      }
      this.i++;
      const value = this.value();
      members.set(key, { keyOffset, value });
      this.ws();
      const c = this.text[this.i];
      if (c === ",") {
        this.i++;
        continue;
      }
      if (c === "}") {
        this.i++;
        this.depth--;
        return { kind: "object", offset, members };
      }
      const missing = c === '"' ? " (a missing comma?)" : "";
      throw new JsonError(
        `expected ',' or '}' after the value of "${key}", found ${describeChar(this.text, this.i)}${missing}`,
        this.i
      );
    }
  }
  array() {
    this.enter();
    const offset = this.i++;
    const items = [];
    this.ws();
    if (this.text[this.i] === "]") {
      this.i++;
      this.depth--;
      return { kind: "array", offset, items };
    }
    for (; ; ) {
      items.push(this.value());
      this.ws();
      const c = this.text[this.i];
      if (c === ",") {
        this.i++;
        this.ws();
        if (this.text[this.i] === "]") throw new JsonError("expected a value after ',' (a trailing comma?)", this.i);
        continue;
      }
      if (c === "]") {
        this.i++;
        this.depth--;
        return { kind: "array", offset, items };
      }
      const missing = c === '"' || c === "[" || c === "{" ? " (a missing comma?)" : "";
      throw new JsonError(
        `expected ',' or ']' in an array, found ${describeChar(this.text, this.i)}${missing}`,
        this.i
      );
    }
  }
  string() {
    const t = this.text;
    const start = this.i++;
    const close = t.indexOf('"', this.i);
    if (close > 0) {
      let plain = true;
      for (let k = this.i; k < close; k++) {
        const c = t.charCodeAt(k);
        if (c === 92 || c < 32) {
          plain = false;
          break;
        }
      }
      if (plain) {
        this.i = close + 1;
        return t.slice(start + 1, close);
      }
    }
    let out = "";
    let chunk = this.i;
    for (; ; ) {
      if (this.i >= t.length) throw new JsonError("unterminated string", start);
      const c = t.charCodeAt(this.i);
      if (c === 34) {
        out += t.slice(chunk, this.i);
        this.i++;
        return out;
      }
      if (c < 32) {
        throw new JsonError(`${describeChar(t, this.i)} inside a string (write it as an escape)`, this.i);
      }
      if (c !== 92) {
        this.i++;
        continue;
      }
      out += t.slice(chunk, this.i);
      const e = t[this.i + 1];
      if (e !== void 0 && ESCAPES[e] !== void 0) {
        out += ESCAPES[e];
        this.i += 2;
      } else if (e === "u" && /^[0-9a-fA-F]{4}$/.test(t.slice(this.i + 2, this.i + 6))) {
        out += String.fromCharCode(parseInt(t.slice(this.i + 2, this.i + 6), 16));
        this.i += 6;
      } else {
        throw new JsonError(`invalid escape '\\${e ?? ""}' in a string`, this.i);
      }
      chunk = this.i;
    }
  }
  number() {
    const m = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
    m.lastIndex = this.i;
    const r = m.exec(this.text);
    if (!r || r[0] === "-") throw new JsonError(`invalid number at ${describeChar(this.text, this.i)}`, this.i);
    const offset = this.i;
    this.i += r[0].length;
    return { kind: "number", offset, value: Number(r[0]), text: r[0] };
  }
};
var CONFLICT_RE = /^(<{7}|={7}|>{7}|\|{7})(?:[ \t].*)?$/m;
var ATTR_KIND = new Map([
  ...["lastModified", "revCount"].map((k) => [k, "number"]),
  ...[
    "type",
    "url",
    "ref",
    "rev",
    "narHash",
    "owner",
    "repo",
    "host",
    "path",
    "id",
    "dir",
    "name",
    "dirtyRev",
    "dirtyShortRev",
    "keytype",
    "publicKey",
    "publicKeys",
    "treeHash"
  ].map((k) => [k, "string"]),
  ...["shallow", "submodules", "allRefs", "unpack", "exportIgnore", "lfs", "verifyCommit", "__final"].map(
    (k) => [k, "boolean"]
  )
]);
var KIND_NAME = { number: "an integer", string: "a string", boolean: "a Boolean" };
var ALWAYS_ALLOWED = /* @__PURE__ */ new Set(["type", "dir", "__final"]);
var TWO_63 = 1n << 63n;
var TWO_64 = 1n << 64n;
var MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
function nixUint64(text) {
  if (/^-?[0-9]+$/.test(text)) {
    if (text.length > 21) return void 0;
    let b = BigInt(text);
    if (b < -TWO_63 || b >= TWO_64) return void 0;
    if (b < 0n) b += TWO_64;
    return b;
  }
  const x = Number(text);
  if (!(x > -1 && x < 2 ** 64)) return void 0;
  return BigInt(Math.trunc(x));
}
var LockReader = class {
  constructor(text, file) {
    this.text = text;
    this.file = file;
    this.lines = new LineIndex(text);
  }
  text;
  file;
  lines;
  fail(message, offset, hint = RELOCK) {
    throw new UserError(message, this.file, this.lines.position(offset), hint);
  }
  read() {
    if (this.text.length > LOCK_LIMITS.bytes) {
      throw new UserError(
        `flake.lock is larger than ${LOCK_LIMITS.bytes / 1024 / 1024} MiB (the limit flake-steward reads)`,
        this.file,
        void 0,
        HOSTILE
      );
    }
    if (!/\S/.test(this.text)) {
      throw new UserError(
        "flake.lock is empty",
        this.file,
        void 0,
        "delete it and run `nix flake lock` to write it"
      );
    }
    const t = this.text;
    const maybeConflict = t.includes("<<<<<<<") || t.includes(">>>>>>>") || t.includes("=======") || t.includes("|||||||");
    const conflict = maybeConflict ? CONFLICT_RE.exec(t) : null;
    if (conflict) {
      this.fail(
        `git merge-conflict marker '${conflict[1]}' in flake.lock`,
        conflict.index,
        "resolve the conflict by taking one side (e.g. `git checkout --theirs flake.lock`), then run `nix flake lock` to merge the inputs again"
      );
    }
    let doc;
    try {
      doc = new JsonReader(this.text).read();
    } catch (e) {
      if (!(e instanceof JsonError)) throw e;
      if (e.limit) this.fail(e.message, e.offset, e.hint);
      this.fail(`flake.lock is not valid JSON: ${e.message}`, e.offset, e.hint ?? `fix it by hand, or ${RELOCK}`);
    }
    if (doc.kind !== "object") this.fail(`flake.lock must be a JSON object, found ${this.kindName(doc)}`, doc.offset);
    return this.lockFile(doc);
  }
  kindName(v) {
    return v.kind === "object" ? "an object" : v.kind === "array" ? "an array" : v.kind === "null" ? "null" : `a ${v.kind}`;
  }
  /** `what` names the field in the message; a function so the happy path builds no strings. */
  expect(v, kind, what) {
    if (v.kind !== kind) {
      const want = kind === "object" ? "an object" : kind === "array" ? "an array" : `a ${kind}`;
      const name = typeof what === "string" ? what : what();
      this.fail(`${name} must be ${want}, found ${this.kindName(v)}`, v.offset);
    }
    return v;
  }
  lockFile(doc) {
    const versionMember = doc.members.get("version");
    if (!versionMember) {
      this.fail(
        "flake.lock has no 'version'",
        doc.offset,
        "it was not written by Nix; delete it and run `nix flake lock`"
      );
    }
    const vv = versionMember.value;
    if (vv.kind !== "number" || !Number.isInteger(vv.value)) {
      this.fail(`'version' must be an integer, found ${this.kindName(vv)}`, vv.offset);
    }
    const version = vv.value;
    if (version >= 1 && version <= 4) {
      this.fail(
        `lock file version ${version} is not supported: it was written by a pre-release of Nix flakes (before Nix 2.4), and Nix 2.4 and later cannot read it either`,
        vv.offset,
        "delete flake.lock and run `nix flake lock` to write a version 7 lock"
      );
    }
    if (version !== 5 && version !== 6 && version !== 7) {
      this.fail(
        `lock file version ${version} is not supported (Nix and flake-steward read versions 5 to 7)`,
        vv.offset,
        version > 7 ? "it was written by a newer Nix than this tool knows; please report it" : RELOCK
      );
    }
    const nodesMember = doc.members.get("nodes");
    if (!nodesMember) this.fail("flake.lock has no 'nodes'", doc.offset);
    const nodesObj = this.expect(nodesMember.value, "object", "'nodes'");
    if (nodesObj.members.size > LOCK_LIMITS.nodes) {
      this.fail(
        `flake.lock has ${nodesObj.members.size} nodes, more than the ${LOCK_LIMITS.nodes} flake-steward reads`,
        nodesObj.offset,
        HOSTILE
      );
    }
    const rootMember = doc.members.get("root");
    if (!rootMember) this.fail("flake.lock has no 'root' (the key of the root node)", doc.offset);
    const rootValue = this.expect(rootMember.value, "string", "'root'");
    const root = rootValue.value;
    if (!nodesObj.members.has(root)) {
      this.fail(`the root node '${root}' is not in 'nodes'`, rootValue.offset);
    }
    const nodes = /* @__PURE__ */ new Map();
    for (const [key, member] of nodesObj.members) {
      nodes.set(key, this.node(key, member, key === root, version, nodesObj, root));
    }
    return { file: this.file, version, root, nodes };
  }
  node(key, member, isRoot, version, all, root) {
    const where = `node '${key}'`;
    const obj = this.expect(member.value, "object", where);
    const inputs = /* @__PURE__ */ new Map();
    const inputsMember = obj.members.get("inputs");
    if (inputsMember) {
      const inputsObj = this.expect(inputsMember.value, "object", () => `${where}: 'inputs'`);
      for (const [name, m] of inputsObj.members) inputs.set(name, this.edge(where, name, m.value, all, root));
    }
    const flakeMember = obj.members.get("flake");
    let flake = true;
    if (flakeMember) flake = this.expect(flakeMember.value, "boolean", () => `${where}: 'flake'`).value;
    let parent;
    const parentMember = obj.members.get("parent");
    if (parentMember) parent = this.path(parentMember.value, () => `${where}: 'parent'`);
    const line = this.lines.position(member.keyOffset).line;
    if (isRoot) return { key, inputs, flake, parent, line };
    const locked = this.attrs(obj, "locked", where, version === 5 ? "info" : void 0);
    const original = this.attrs(obj, "original", where);
    return { key, inputs, locked, original, flake, parent, line };
  }
  edge(where, name, v, all, root) {
    if (v.kind === "string") {
      const target = v.value;
      if (target === root) {
        this.fail(
          `${where}: input '${name}' points at the root node '${root}' (a cycle to the root node)`,
          v.offset,
          `a flake that needs itself is written as a follows ([]); ${RELOCK}`
        );
      }
      if (!all.members.has(target)) {
        this.fail(`${where}: input '${name}' refers to node '${target}', which is not in 'nodes'`, v.offset);
      }
      return { kind: "node", key: target };
    }
    if (v.kind === "array") return { kind: "follows", path: this.path(v, () => `${where}: input '${name}'`) };
    this.fail(
      `${where}: input '${name}' must be a node key (a string) or a follows path (an array), found ${this.kindName(v)}`,
      v.offset
    );
  }
  path(v, what) {
    const arr = this.expect(v, "array", what);
    if (arr.items.length > LOCK_LIMITS.pathLength) {
      this.fail(
        `${what()} is a path of ${arr.items.length} input names, more than the ${LOCK_LIMITS.pathLength} flake-steward reads`,
        arr.offset,
        HOSTILE
      );
    }
    return arr.items.map((item) => this.expect(item, "string", () => `${what()}: each path element`).value);
  }
  attrs(obj, field, where, info) {
    const member = obj.members.get(field);
    if (!member) this.fail(`${where} has no '${field}'`, obj.offset);
    const main = this.expect(member.value, "object", () => `${where}: '${field}'`);
    const infoMember = info ? obj.members.get(info) : void 0;
    const extra = infoMember ? this.expect(infoMember.value, "object", () => `${where}: '${info}'`) : void 0;
    let members = main.members;
    if (extra) {
      const merged = new Map(main.members);
      for (const [name, m] of extra.members) merged.set(name, m);
      members = merged;
    }
    const shown = (name) => `'${extra?.members.has(name) ? info : field}.${name}'`;
    const type = members.get("type")?.value;
    if (type?.kind !== "string") this.fail(`${where}: '${field}' has no 'type'`, member.value.offset);
    const allowed = INPUT_ATTRIBUTES.get(type.value);
    let keys = members.keys();
    let previous = "";
    for (const name of members.keys()) {
      if (name < previous) {
        keys = [...members.keys()].sort();
        break;
      }
      previous = name;
    }
    const out = {};
    const set = (name, value) => {
      if (name === "__proto__")
        Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
      else out[name] = value;
    };
    for (const name of keys) {
      const v = members.get(name).value;
      if (v.kind !== "string" && v.kind !== "boolean" && v.kind !== "number") {
        this.fail(
          `${where}: ${shown(name)} must be a string, an integer or a Boolean, found ${this.kindName(v)} (Nix: "unsupported input attribute type in lock file")`,
          v.offset
        );
      }
      if (allowed && !allowed.has(name) && !ALWAYS_ALLOWED.has(name)) {
        this.fail(
          `${where}: ${shown(name)} is not an attribute of a '${type.value}' input (Nix: "unsupported input attribute '${name}'")`,
          v.offset,
          `remove it, or ${RELOCK}; if a newer Nix wrote it, please report it`
        );
      }
      const want = ATTR_KIND.get(name);
      if (want !== void 0 && v.kind !== want) {
        this.fail(
          `${where}: ${shown(name)} must be ${KIND_NAME[want]}, found ${this.kindName(v)} (Nix: "input attribute '${name}' is not ${KIND_NAME[want]}")`,
          v.offset
        );
      }
      const x = v.value;
      if (typeof x !== "number") set(name, x);
      else if (Number.isSafeInteger(x) && x >= 0)
        set(name, x + 0);
      else {
        const n = nixUint64(v.text);
        if (n === void 0) {
          const text = v.text.length > 40 ? `${v.text.slice(0, 40)}…` : v.text;
          this.fail(
            `${where}: ${shown(name)} is ${text}, which Nix cannot read as an unsigned 64-bit integer`,
            v.offset
          );
        }
        set(name, n <= MAX_SAFE ? Number(n) : n.toString());
      }
    }
    return out;
  }
};
function parseLock(text, file) {
  return new LockReader(text, file).read();
}

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
  LOCK_LIMITS,
  parseLock,
  showCycle,
  cycleFrom,
  resolverFor,
  samePath,
  analyzeLock,
  resolveLock
};
