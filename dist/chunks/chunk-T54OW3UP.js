// src/core/glob.ts
var cache = /* @__PURE__ */ new Map();
function escape(ch) {
  return /[.+^${}()|[\]\\]/.test(ch) ? `\\${ch}` : ch;
}
function segmentSource(segment) {
  let out = "";
  for (const ch of segment) out += ch === "*" ? "[^/]*" : ch === "?" ? "[^/]" : escape(ch);
  return out;
}
function globToRegExp(glob) {
  const hit = cache.get(glob);
  if (hit) return hit;
  const segments = glob.split("/").filter((s, _i, all) => s !== "" || all.length === 1);
  let source = "";
  segments.forEach((seg, i) => {
    const last = i === segments.length - 1;
    if (seg === "**") {
      source += last ? "(?:[^/]+(?:/[^/]+)*)?" : "(?:[^/]+/)*";
    } else {
      source += segmentSource(seg) + (last ? "" : "/");
    }
  });
  source = source.replace(/\/\(\?:\[\^\/\]\+\(\?:\/\[\^\/\]\+\)\*\)\?$/, "(?:/[^/]+(?:/[^/]+)*)?");
  const re = new RegExp(`^${source}$`);
  cache.set(glob, re);
  return re;
}
function globMatch(glob, path) {
  return globToRegExp(glob).test(path);
}
function hasGlobChars(s) {
  return /[*?]/.test(s);
}

export {
  globToRegExp,
  globMatch,
  hasGlobChars
};
