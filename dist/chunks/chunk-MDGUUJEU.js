import {
  UserError
} from "./chunk-6FGB7YHV.js";

// src/workspace/confine.ts
import { lstatSync, readlinkSync } from "node:fs";
import { realpath } from "node:fs/promises";
import path from "node:path";
var nodeLinks = {
  isLink(p) {
    try {
      return lstatSync(p, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
    } catch {
      return false;
    }
  },
  readlink: (p) => readlinkSync(p, "utf8")
};
function memoLinks(links = nodeLinks) {
  const isLink = /* @__PURE__ */ new Map();
  const targets = /* @__PURE__ */ new Map();
  return {
    isLink(p) {
      let v = isLink.get(p);
      if (v === void 0) isLink.set(p, v = links.isLink(p));
      return v;
    },
    readlink(p) {
      let v = targets.get(p);
      if (v === void 0) targets.set(p, v = links.readlink(p));
      return v;
    }
  };
}
var MAX_LINKS = 40;
var LinkLoopError = class extends Error {
  name = "LinkLoopError";
};
function pushComponents(stack, p) {
  const parts = p.split("/");
  for (let i = parts.length - 1; i >= 0; i--) if (parts[i] !== "" && parts[i] !== ".") stack.push(parts[i]);
}
function resolveFrom(from, rest, links = nodeLinks) {
  let cur = path.isAbsolute(rest) ? "/" : from;
  const pending = [];
  pushComponents(pending, rest);
  let followed = 0;
  while (pending.length > 0) {
    const name = pending.pop();
    if (name === "..") {
      cur = path.dirname(cur);
      continue;
    }
    const next = cur === "/" ? `/${name}` : `${cur}/${name}`;
    if (!links.isLink(next)) {
      cur = next;
      continue;
    }
    if (++followed > MAX_LINKS) throw new LinkLoopError(`more than ${MAX_LINKS} symbolic links`);
    const target = links.readlink(next);
    if (path.isAbsolute(target)) cur = "/";
    pushComponents(pending, target);
  }
  return cur;
}
function resolvePath(p, links = nodeLinks) {
  return resolveFrom(path.isAbsolute(p) ? "/" : process.cwd(), p, links);
}
async function realPath(p) {
  try {
    return await realpath(p);
  } catch {
    return void 0;
  }
}
function isInside(root, p) {
  const rel = path.relative(root, p);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}
function rootOf(dir, links = nodeLinks) {
  const given = path.resolve(dir);
  return { given, real: resolvePath(given, links) };
}
function resolveWithin(root, file, links = nodeLinks) {
  const lexical = path.resolve(root.given, file);
  const writtenInside = isInside(root.given, lexical) || isInside(root.real, lexical);
  let real;
  try {
    const below = path.isAbsolute(file) ? underRoot(root.given, file) : file;
    real = below !== void 0 ? resolveFrom(root.real, below, links) : resolveFrom("/", file, links);
  } catch (e) {
    if (e instanceof LinkLoopError) return { path: lexical, escape: "loop" };
    throw e;
  }
  if (isInside(root.real, real)) return { path: real };
  return { path: real, escape: writtenInside ? "link" : "outside" };
}
function underRoot(root, file) {
  if (root === "/") return file.replace(/^\/+/, "");
  if (file === root) return "";
  return file.startsWith(`${root}/`) ? file.slice(root.length + 1) : void 0;
}
function describeEscape(escape, area) {
  switch (escape) {
    case "outside":
      return `is outside ${area}`;
    case "link":
      return `leads outside ${area} through a symbolic link`;
    case "loop":
      return `goes through more than ${MAX_LINKS} symbolic links (a loop?)`;
  }
}
function confine(root, file, refusal, links = nodeLinks) {
  const r = resolveWithin(root, file, links);
  if (r.escape === void 0) return r.path;
  throw new UserError(
    `${path.posix.basename(refusal.shown) || refusal.shown} ${describeEscape(r.escape, refusal.area)}`,
    refusal.shown,
    void 0,
    refusal.hint
  );
}

export {
  memoLinks,
  resolvePath,
  realPath,
  rootOf,
  confine
};
