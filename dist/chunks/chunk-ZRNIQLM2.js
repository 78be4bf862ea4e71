// src/closure/reference-graph.ts
var IncompleteClosureError = class extends Error {
  constructor(path, referrer) {
    super(
      referrer === void 0 ? `no path info for '${path}'` : `no path info for '${path}' (referenced by '${referrer}'); the closure is incomplete`
    );
    this.path = path;
    this.referrer = referrer;
  }
  path;
  referrer;
  name = "IncompleteClosureError";
};
function closureOf(roots, infos) {
  const out = /* @__PURE__ */ new Map();
  const stack = [];
  for (const r of roots) {
    const info = infos.get(r);
    if (!info) throw new IncompleteClosureError(r, void 0);
    if (!out.has(r)) {
      out.set(r, info.narSize);
      stack.push(r);
    }
  }
  while (stack.length > 0) {
    const p = stack.pop();
    for (const ref of infos.get(p).references) {
      if (out.has(ref)) continue;
      const info = infos.get(ref);
      if (!info) throw new IncompleteClosureError(ref, p);
      out.set(ref, info.narSize);
      stack.push(ref);
    }
  }
  return out;
}
function mapPair(before, after) {
  return {
    forEachPath(visit) {
      before.forEach((size, path) => visit(path, size, after.get(path)));
      after.forEach((size, path) => {
        if (!before.has(path)) visit(path, void 0, size);
      });
    },
    totals: () => ({
      sizeBefore: closureSize(before),
      sizeAfter: closureSize(after),
      pathsBefore: before.size,
      pathsAfter: after.size
    })
  };
}
var StoreGraph = class {
  /** `storeDir`: the store directory without its trailing slash (`/nix/store`). */
  constructor(storeDir) {
    this.storeDir = storeDir;
  }
  storeDir;
  /** Base name (`<hash>-<name>`) of each node. */
  names = [];
  /** NAR size of each node, -1 while unknown. */
  sizes = [];
  /** The nodes each node refers to. */
  refs = [];
  ids = /* @__PURE__ */ new Map();
  /** The node of a base name, added when new. */
  node(name) {
    let i = this.ids.get(name);
    if (i === void 0) {
      i = this.names.length;
      this.ids.set(name, i);
      this.names.push(name);
      this.sizes.push(-1);
      this.refs.push([]);
    }
    return i;
  }
  /** The node of a full store path, if the graph has it. */
  find(path) {
    const slash = path.lastIndexOf("/");
    return path.slice(0, slash) === this.storeDir ? this.ids.get(path.slice(slash + 1)) : void 0;
  }
  path(i) {
    return `${this.storeDir}/${this.names[i]}`;
  }
  get size() {
    return this.names.length;
  }
  /**
   * Sets `bit` in `marks[i]` for every node `i` in the closure of the store paths `roots`. Throws an
   * IncompleteClosureError for a root or reference the graph has no size for.
   */
  mark(roots, marks, bit) {
    const stack = [];
    for (const r of roots) {
      const i = this.find(r);
      if (i === void 0 || this.sizes[i] < 0) throw new IncompleteClosureError(r, void 0);
      if ((marks[i] & bit) === 0) {
        marks[i] |= bit;
        stack.push(i);
      }
    }
    while (stack.length > 0) {
      const p = stack.pop();
      const refs = this.refs[p];
      for (let k = 0; k < refs.length; k++) {
        const j = refs[k];
        if ((marks[j] & bit) !== 0) continue;
        if (this.sizes[j] < 0) throw new IncompleteClosureError(this.path(j), this.path(p));
        marks[j] |= bit;
        stack.push(j);
      }
    }
  }
  /** The closures of `before` and `after` (each a list of roots) as a pair, keyed by base name. */
  pair(before, after) {
    const marks = new Uint8Array(this.size);
    this.mark(before, marks, 1);
    this.mark(after, marks, 2);
    const { names, sizes } = this;
    return {
      forEachPath(visit) {
        for (let i = 0; i < marks.length; i++) {
          const m = marks[i];
          if (m !== 0) visit(names[i], (m & 1) !== 0 ? sizes[i] : void 0, (m & 2) !== 0 ? sizes[i] : void 0);
        }
      },
      totals() {
        const t = { sizeBefore: 0, sizeAfter: 0, pathsBefore: 0, pathsAfter: 0 };
        for (let i = 0; i < marks.length; i++) {
          const m = marks[i];
          if ((m & 1) !== 0) {
            t.sizeBefore += sizes[i];
            t.pathsBefore++;
          }
          if ((m & 2) !== 0) {
            t.sizeAfter += sizes[i];
            t.pathsAfter++;
          }
        }
        return t;
      }
    };
  }
};
function closureSize(closure) {
  let sum = 0;
  for (const size of closure.values()) sum += size;
  return sum;
}

export {
  closureOf,
  mapPair,
  StoreGraph,
  closureSize
};
