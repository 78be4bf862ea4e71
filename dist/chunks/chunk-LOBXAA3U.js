import {
  INPUT_ATTRIBUTES
} from "./chunk-OTUWSOVN.js";
import {
  UserError
} from "./chunk-6FGB7YHV.js";

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
var WHITE_SPACE = /[ \n\r\t]*/y;
var PLAIN_STRING = /"[^"\\\u0000-\u001f]*"/y;
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
    WHITE_SPACE.lastIndex = this.i;
    WHITE_SPACE.test(t);
    const i = this.i = WHITE_SPACE.lastIndex;
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
    PLAIN_STRING.lastIndex = start;
    if (PLAIN_STRING.test(t)) {
      this.i = PLAIN_STRING.lastIndex;
      return t.slice(start + 1, this.i - 1);
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

export {
  LOCK_LIMITS,
  parseLock
};
