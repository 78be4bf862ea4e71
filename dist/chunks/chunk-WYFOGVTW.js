import {
  mapPair
} from "./chunk-ZRNIQLM2.js";

// src/closure/drvname.ts
var isAsciiLetter = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122;
function closureNameVersion(path) {
  const slash = path.lastIndexOf("/") + 1;
  const hashDash = path.indexOf("-", slash);
  const start = hashDash < 0 ? slash : hashDash + 1;
  let end = path.length;
  const dash = path.lastIndexOf("-");
  if (dash >= start && dash < end - 1) {
    let lower = true;
    for (let i = dash + 1; i < end && lower; i++) {
      const c = path.charCodeAt(i);
      lower = c >= 97 && c <= 122;
    }
    if (lower || end - dash - 1 === 5 && (path.endsWith("lib32") || path.endsWith("lib64"))) end = dash;
  }
  for (let i = start; i + 1 < end; i++) {
    if (path.charCodeAt(i) === 45 && !isAsciiLetter(path.charCodeAt(i + 1))) {
      return { name: path.slice(start, i), version: path.slice(i + 1, end) };
    }
  }
  return { name: path.slice(start, end), version: "" };
}

// src/closure/version-order.ts
var DOT = 46;
var DASH = 45;
var INT_MAX = "2147483647";
var isDigit = (c) => c >= 48 && c <= 57;
function toInt(digits) {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  const s = digits.slice(i);
  if (s.length > INT_MAX.length || s.length === INT_MAX.length && s > INT_MAX) return void 0;
  return Number(s);
}
function compareBytes(a, b) {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 55296 && x <= 57343) x += 10240;
      if (y >= 55296 && y <= 57343) y += 10240;
      return x < y ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}
var EMPTY = { text: "", num: void 0 };
function nextComponent(s, pos) {
  let p = pos.i;
  while (p < s.length && (s.charCodeAt(p) === DOT || s.charCodeAt(p) === DASH)) p++;
  if (p >= s.length) {
    pos.i = p;
    return EMPTY;
  }
  const start = p;
  if (isDigit(s.charCodeAt(p))) {
    while (p < s.length && isDigit(s.charCodeAt(p))) p++;
    pos.i = p;
    const text = s.slice(start, p);
    return { text, num: toInt(text) };
  }
  while (p < s.length) {
    const c = s.charCodeAt(p);
    if (isDigit(c) || c === DOT || c === DASH) break;
    p++;
  }
  pos.i = p;
  return { text: s.slice(start, p), num: void 0 };
}
function componentsLT(c1, c2) {
  if (c1.num !== void 0 && c2.num !== void 0) return c1.num < c2.num;
  if (c1.text === "" && c2.num !== void 0) return true;
  if (c1.text === "pre" && c2.text !== "pre") return true;
  if (c2.text === "pre") return false;
  if (c2.num !== void 0) return true;
  if (c1.num !== void 0) return false;
  return compareBytes(c1.text, c2.text) < 0;
}
function compareVersions(a, b) {
  const p1 = { i: 0 };
  const p2 = { i: 0 };
  while (p1.i < a.length || p2.i < b.length) {
    const c1 = nextComponent(a, p1);
    const c2 = nextComponent(b, p2);
    if (componentsLT(c1, c2)) return -1;
    if (componentsLT(c2, c1)) return 1;
  }
  return 0;
}
function maxVersion(versions) {
  let best;
  for (const v of versions) if (best === void 0 || compareVersions(v, best) > 0) best = v;
  return best;
}

// src/closure/diff.ts
var SIZE_THRESHOLD = 8 * 1024;
var sum = (m) => {
  let s = 0;
  for (const v of m.values()) s += v;
  return s;
};
var addSize = (m, version, size) => {
  m.set(version, (m.get(version) ?? 0) + size);
};
function onlyIn(a, b, c) {
  const out = [];
  for (const v of a.keys()) if (!b.has(v) && !c.has(v)) out.push(v);
  return out.length > 1 ? out.sort(compareBytes) : out;
}
function nameDiffs(pair) {
  const touched = /* @__PURE__ */ new Map();
  const touch = (name) => {
    let t = touched.get(name);
    if (!t) {
      t = { name, onlyBefore: /* @__PURE__ */ new Map(), onlyAfter: /* @__PURE__ */ new Map(), shared: /* @__PURE__ */ new Map() };
      touched.set(name, t);
    }
    return t;
  };
  const sharedPaths = [];
  const sharedSizes = [];
  pair.forEachPath((path, before, after) => {
    if (before === after) {
      sharedPaths.push(path);
      sharedSizes.push(before);
      return;
    }
    const e = closureNameVersion(path);
    const t = touch(e.name);
    if (before !== void 0) addSize(t.onlyBefore, e.version, before);
    if (after !== void 0) addSize(t.onlyAfter, e.version, after);
  });
  if (touched.size === 0) return [];
  for (let i = 0; i < sharedPaths.length; i++) {
    const e = closureNameVersion(sharedPaths[i]);
    const t = touched.get(e.name);
    if (t) addSize(t.shared, e.version, sharedSizes[i]);
  }
  const out = [];
  for (const t of touched.values()) {
    const sizeDelta = sum(t.onlyAfter) - sum(t.onlyBefore);
    const sizeShown = Math.abs(sizeDelta) >= SIZE_THRESHOLD;
    const removed = onlyIn(t.onlyBefore, t.onlyAfter, t.shared);
    const added = onlyIn(t.onlyAfter, t.onlyBefore, t.shared);
    if (sizeShown || removed.length > 0 || added.length > 0) {
      out.push({ name: t.name, touched: t, removed, added, sizeDelta, sizeShown });
    }
  }
  return out.sort((x, y) => compareBytes(x.name, y.name));
}
function diffClosurePair(pair) {
  return nameDiffs(pair).map((d) => ({
    name: d.name,
    before: d.removed,
    after: d.added,
    sizeDelta: d.sizeDelta,
    sizeShown: d.sizeShown
  }));
}
var CHANGE_KINDS = ["upgraded", "downgraded", "added", "removed", "changed", "size"];
var byVersion = (a, b) => compareVersions(a, b) || compareBytes(a, b);
function kindOf(d) {
  const { onlyBefore, onlyAfter, shared } = d.touched;
  if (shared.size === 0 && onlyBefore.size === 0) return "added";
  if (shared.size === 0 && onlyAfter.size === 0) return "removed";
  if (d.removed.length === 0 && d.added.length === 0) return "size";
  if (d.removed.length > 0 && d.added.length > 0) {
    const c = compareVersions(maxVersion(d.added), maxVersion(d.removed));
    if (c > 0) return "upgraded";
    if (c < 0) return "downgraded";
  }
  return "changed";
}
function summarizeClosureDiff(before, after) {
  return summarizeClosurePair(mapPair(before, after));
}
function summarizeClosurePair(pair) {
  const counts = { upgraded: 0, downgraded: 0, added: 0, removed: 0, changed: 0, size: 0 };
  const changes = nameDiffs(pair).map((d) => {
    const kind = kindOf(d);
    counts[kind]++;
    const { onlyBefore, onlyAfter, shared } = d.touched;
    const sharedSize = sum(shared);
    return {
      name: d.name,
      kind,
      versionsBefore: [.../* @__PURE__ */ new Set([...onlyBefore.keys(), ...shared.keys()])].sort(byVersion),
      versionsAfter: [.../* @__PURE__ */ new Set([...onlyAfter.keys(), ...shared.keys()])].sort(byVersion),
      removed: [...d.removed].sort(byVersion),
      added: [...d.added].sort(byVersion),
      sizeBefore: sum(onlyBefore) + sharedSize,
      sizeAfter: sum(onlyAfter) + sharedSize,
      sizeDelta: d.sizeDelta,
      sizeShown: d.sizeShown
    };
  });
  return { changes, counts, ...pair.totals() };
}

export {
  diffClosurePair,
  CHANGE_KINDS,
  summarizeClosureDiff,
  summarizeClosurePair
};
