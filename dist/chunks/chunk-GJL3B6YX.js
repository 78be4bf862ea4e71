import {
  UserError
} from "./chunk-6FGB7YHV.js";

// src/flake/flakeref.ts
var RefError = class extends Error {
  constructor(message, hint) {
    super(message);
    this.hint = hint;
  }
  hint;
};
var FLAKE_ID_S = "[a-zA-Z][a-zA-Z0-9_-]*";
var REV_S = "[0-9a-fA-F]{40}";
var FLAKE_ID_RE = new RegExp(`^${FLAKE_ID_S}$`);
var REV_RE = new RegExp(`^${REV_S}$`);
var BAD_GIT_REF_RE = /\/\/|^[./]|\/\.|\.\.|[\x00-\x20\x7f:?^~[]|\\|\*|\.lock$|\.lock\/|@\{|[/.]$|^@$|^$/;
var HOST_CURRENT_RE = /^[a-zA-Z0-9.-]*$/;
var HOST_28_RE = /^[a-zA-Z0-9.]*$/;
var REF_28_S = "[a-zA-Z0-9][a-zA-Z0-9_./-]*";
var REF_CURRENT_S = "[a-zA-Z0-9@][a-zA-Z0-9_./@+-]*";
var TARBALL_EXTENSIONS = [".zip", ".tar", ".tgz", ".tar.gz", ".tar.xz", ".tar.bz2", ".tar.zst"];
var SRI_BYTES = { md5: 16, sha1: 20, sha256: 32, sha512: 64 };
function refAndOrRev(refS) {
  return `(?:(${REV_S})|(?:(${refS})(?:/(${REV_S}))?))`;
}
var CURRENT = {
  name: "current",
  refRe: new RegExp(`^${REF_CURRENT_S}$`),
  flakeIdRefRe: new RegExp(`^(${FLAKE_ID_S}(?:/${refAndOrRev(REF_CURRENT_S)})?)(?:#(.*))?$`),
  validForgeRef: (ref) => !BAD_GIT_REF_RE.test(ref),
  hostRe: HOST_CURRENT_RE,
  decodePath: true,
  decodeQueryKeys: true,
  encodeQueryComponent: (s) => percentEncode(s, ":@/?", true),
  dirInUrl: false,
  curlApplicationPrefix: true,
  fileType: true,
  forgeNarHash: true,
  gitSchemes: "any",
  gitStringParams: ["rev", "ref", "keytype", "publicKey", "publicKeys"],
  gitBoolParams: ["shallow", "submodules", "lfs", "exportIgnore", "allRefs", "verifyCommit"],
  lowercaseRev: false,
  barePathAbsoluteCanon: false
};
var NIX_2_8 = {
  name: "nix-2.8",
  refRe: new RegExp(`^${REF_28_S}$`),
  flakeIdRefRe: new RegExp(`^(${FLAKE_ID_S}(?:/${refAndOrRev(REF_28_S)})?)(?:#(.*))?$`),
  validForgeRef: (ref) => new RegExp(`^${REF_28_S}$`).test(ref),
  hostRe: HOST_28_RE,
  decodePath: false,
  decodeQueryKeys: false,
  encodeQueryComponent: (s) => encode28(s),
  dirInUrl: true,
  curlApplicationPrefix: false,
  fileType: false,
  forgeNarHash: false,
  gitSchemes: /* @__PURE__ */ new Set(["git", "git+http", "git+https", "git+ssh", "git+file"]),
  gitStringParams: ["rev", "ref"],
  gitBoolParams: ["shallow", "submodules"],
  lowercaseRev: true,
  barePathAbsoluteCanon: true
};
function dialectOf(opts) {
  return opts?.dialect === "nix-2.8" ? NIX_2_8 : CURRENT;
}
var UNRESERVED = /[A-Za-z0-9\-._~]/;
function percentEncode(s, keep = "", upper = true) {
  let out = "";
  for (const byte of Buffer.from(s, "utf8")) {
    const c = String.fromCharCode(byte);
    if (byte < 128 && (UNRESERVED.test(c) || keep.includes(c))) out += c;
    else {
      const hex = byte.toString(16).padStart(2, "0");
      out += `%${upper ? hex.toUpperCase() : hex}`;
    }
  }
  return out;
}
function encode28(s) {
  let out = "";
  for (const byte of Buffer.from(s, "utf8")) {
    const c = String.fromCharCode(byte);
    if (byte < 128 && (UNRESERVED.test(c) || "!$&'()*+,;=:@".includes(c))) out += c;
    else out += byte < 128 ? `%${byte.toString(16).padStart(2, "0")}` : `%ffffff${byte.toString(16)}`;
  }
  return out;
}
function percentDecode(s) {
  if (!s.includes("%")) return s;
  const bytes = [];
  for (let i = 0; i < s.length; ) {
    if (s[i] === "%") {
      const hex = s.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new RefError(`invalid percent-encoding '${s.slice(i, i + 3)}'`);
      bytes.push(parseInt(hex, 16));
      i += 3;
    } else {
      const cp = s.codePointAt(i);
      const ch = String.fromCodePoint(cp);
      for (const b of Buffer.from(ch, "utf8")) bytes.push(b);
      i += ch.length;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
var URL_RE = /^([a-zA-Z][a-zA-Z0-9+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/s;
var PCHAR = "A-Za-z0-9\\-._~!$&'()*+,;=:@";
var AUTHORITY_RE = new RegExp(`^(?:[${PCHAR}]|%[0-9a-fA-F]{2}|\\[[0-9a-fA-F:.]+\\])*$`);
var PATH_RE = new RegExp(`^(?:[${PCHAR}/]|%[0-9a-fA-F]{2})*$`);
var QUERY_RE = new RegExp(`^(?:[${PCHAR}/? "]|%[0-9a-fA-F]{2})*$`);
function decodeQuery(raw, d) {
  const q = /* @__PURE__ */ new Map();
  for (const part of raw.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const key = d.decodeQueryKeys ? percentDecode(part.slice(0, eq)) : part.slice(0, eq);
    if (!q.has(key)) q.set(key, percentDecode(part.slice(eq + 1)));
  }
  return q;
}
function splitUrl(text, d) {
  const m = URL_RE.exec(text);
  if (!m) return void 0;
  const [, scheme, authority, path, query, fragment] = m;
  if (authority !== void 0 && !AUTHORITY_RE.test(authority)) return void 0;
  if (!PATH_RE.test(path)) return void 0;
  if (query !== void 0 && !QUERY_RE.test(query)) return void 0;
  return { scheme, authority, path, query: decodeQuery(query ?? "", d), fragment };
}
function encodeQuery(q, d) {
  const keys = [...q.keys()].sort(compareBytes);
  return keys.map((k) => `${d.encodeQueryComponent(k)}=${d.encodeQueryComponent(q.get(k))}`).join("&");
}
function compareBytes(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function renderPath(rawPath, d) {
  if (!d.decodePath) return rawPath;
  return rawPath.split("/").map((seg) => percentEncode(percentDecode(seg), ":@")).join("/");
}
function renderUrl(scheme, authority, rawPath, q, d) {
  const auth = authority !== void 0 ? `//${authority}` : "";
  const query = q.size > 0 ? `?${encodeQuery(q, d)}` : "";
  return `${scheme}:${auth}${renderPath(rawPath, d)}${query}`;
}
function transportOf(scheme) {
  const plus = scheme.indexOf("+");
  return plus < 0 ? { transport: scheme } : { application: scheme.slice(0, plus), transport: scheme.slice(plus + 1) };
}
function checkFileAuthority(url, text) {
  if (transportOf(url.scheme).transport === "file" && url.authority !== void 0 && url.authority !== "") {
    throw new RefError(
      `file URL '${text}' has unexpected host '${url.authority}'`,
      "write file:///absolute/path (three slashes)"
    );
  }
}
var NIX32 = "0123456789abcdfghijklmnpqrsvwxyz";
function decodeNix32(s, size) {
  const out = Buffer.alloc(size);
  for (let n = 0; n < s.length; n++) {
    const digit = NIX32.indexOf(s[s.length - n - 1]);
    if (digit < 0) return void 0;
    const b = n * 5;
    const i = b >> 3;
    const j = b & 7;
    out[i] |= digit << j & 255;
    const carry = digit >> 8 - j;
    if (i < size - 1) out[i + 1] |= carry;
    else if (carry) return void 0;
  }
  return out;
}
function decodeHash(s, expected) {
  let algo = expected;
  let body = s;
  let sri = false;
  const m = /^(md5|sha1|sha256|sha512)([:-])(.*)$/s.exec(s);
  if (m) {
    algo = m[1];
    sri = m[2] === "-";
    body = m[3];
  }
  const size = SRI_BYTES[algo];
  const b64Len = 4 * Math.ceil(size / 3);
  const b64 = (t) => t.length === b64Len && /^[A-Za-z0-9+/]+={0,2}$/.test(t) && Buffer.from(t, "base64").length === size ? Buffer.from(t, "base64") : void 0;
  let bytes;
  if (sri) bytes = b64(body);
  else if (body.length === size * 2 && /^[0-9a-fA-F]+$/.test(body)) bytes = Buffer.from(body, "hex");
  else if (body.length === Math.ceil(size * 8 / 5)) bytes = decodeNix32(body, size);
  else bytes = b64(body);
  return bytes ? { algo, bytes } : void 0;
}
function checkRev(rev, d, mode, git = false) {
  const h = decodeHash(rev, "sha1") ?? (git && d.name === "current" ? decodeHash(rev, "sha256") : void 0);
  if (!h || mode === "normalize" && h.algo !== "sha1") {
    throw new RefError(`'${rev}' is not a commit hash`, "a revision is 40 hexadecimal digits");
  }
  return mode === "normalize" ? h.bytes.toString("hex") : rev;
}
function checkSri(hash) {
  if (hash === "") return hash;
  const m = /^(md5|sha1|sha256|sha512)-([A-Za-z0-9+/]+={0,2})$/.exec(hash);
  const expected = m ? SRI_BYTES[m[1]] : void 0;
  if (!m || expected === void 0 || Buffer.from(m[2], "base64").length !== expected || m[2].length % 4 !== 0) {
    throw new RefError(`invalid narHash '${hash}'`, "expected an SRI hash such as 'sha256-…='");
  }
  return hash;
}
function checkGitRef(ref) {
  if (BAD_GIT_REF_RE.test(ref)) throw new RefError(`invalid Git branch/tag name '${ref}'`);
  return ref;
}
function parseUint(value, name) {
  if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new RefError(`parameter '${name}' must be a non-negative integer, got '${value}'`);
  }
  return Number(value);
}
function sortAttrs(a) {
  const out = {};
  for (const k of Object.keys(a).sort(compareBytes)) out[k] = a[k];
  return out;
}
var FORGES = /* @__PURE__ */ new Set(["github", "gitlab", "sourcehut"]);
function forgeFromUrl(url, text, d) {
  const raw = url.path.split("/");
  const segs = (d.decodePath ? raw.map(percentDecode) : raw).filter((s) => s !== "");
  if (segs.length < 2) {
    throw new RefError(`'${text}' needs an owner and a repository`, `write ${url.scheme}:OWNER/REPO[/REF-OR-REV]`);
  }
  let rev;
  let ref;
  if (segs.length === 3) {
    if (REV_RE.test(segs[2])) rev = segs[2];
    else if (d.name === "current" || d.refRe.test(segs[2])) ref = segs[2];
    else throw new RefError(`'${segs[2]}' is not a commit hash or branch/tag name`);
  } else if (segs.length > 3) {
    ref = segs.slice(2).join("/");
    if (d.name !== "current" && !d.refRe.test(ref)) throw new RefError(`'${ref}' is not a branch/tag name`);
  }
  let host;
  let narHash;
  for (const [name, value] of url.query) {
    if (name === "rev") {
      if (rev !== void 0) throw new RefError("the reference names more than one commit hash");
      rev = value;
    } else if (name === "ref") {
      if (d.name !== "current" && !d.refRe.test(value)) throw new RefError(`invalid branch/tag name '${value}'`);
      if (ref !== void 0) throw new RefError("the reference names more than one branch/tag");
      ref = value;
    } else if (name === "host") {
      if (!d.hostRe.test(value)) throw new RefError(`invalid host '${value}'`);
      host = value;
    } else if (name === "narHash" && d.forgeNarHash) narHash = checkSri(value);
  }
  if (ref !== void 0 && rev !== void 0) {
    throw new RefError(
      `the reference has both a commit hash (${rev}) and a branch/tag name (${ref})`,
      "keep one of them"
    );
  }
  if (ref !== void 0 && !d.validForgeRef(ref)) throw new RefError(`invalid branch/tag name '${ref}'`);
  const attrs = { type: url.scheme, owner: segs[0], repo: segs[1] };
  if (rev !== void 0) attrs["rev"] = checkRev(rev, d, d.lowercaseRev ? "normalize" : "keep");
  if (ref !== void 0) attrs["ref"] = ref;
  if (host !== void 0) attrs["host"] = host;
  if (narHash !== void 0) attrs["narHash"] = narHash;
  return attrs;
}
function isGitScheme(scheme, d) {
  if (d.gitSchemes === "any") return scheme === "git" || transportOf(scheme).application === "git";
  return d.gitSchemes.has(scheme);
}
function gitFromUrl(url, text, d) {
  checkFileAuthority(url, text);
  const attrs = { type: "git" };
  const rest = /* @__PURE__ */ new Map();
  for (const [name, value] of url.query) {
    if (d.gitStringParams.includes(name)) attrs[name] = value;
    else if (d.gitBoolParams.includes(name)) attrs[name] = value === "1";
    else rest.set(name, value);
  }
  const transport = url.scheme === "git" ? "git" : transportOf(url.scheme).transport;
  const path = transport === "file" && url.path === "" && d.name === "current" ? "/" : url.path;
  attrs["url"] = renderUrl(transport, url.authority, path, rest, d);
  if (typeof attrs["ref"] === "string") checkGitRef(attrs["ref"]);
  if (typeof attrs["rev"] === "string") attrs["rev"] = checkRev(attrs["rev"], d, "keep", true);
  return attrs;
}
var HG_SCHEMES = /* @__PURE__ */ new Set(["hg+http", "hg+https", "hg+ssh", "hg+file"]);
function hgFromUrl(url, text, d) {
  checkFileAuthority(url, text);
  const attrs = { type: "hg" };
  const rest = /* @__PURE__ */ new Map();
  for (const [name, value] of url.query) {
    if (name === "rev") attrs["rev"] = checkRev(value, d, "keep");
    else if (name === "ref") attrs["ref"] = value;
    else rest.set(name, value);
  }
  attrs["url"] = renderUrl(transportOf(url.scheme).transport, url.authority, url.path, rest, d);
  return attrs;
}
function hasTarballExtension(rawPath, d) {
  let last = rawPath;
  if (d.decodePath) {
    const segs = rawPath.split("/");
    last = percentDecode(segs[segs.length - 1] ?? "");
  }
  return TARBALL_EXTENSIONS.some((ext) => last.endsWith(ext));
}
var CURL_TRANSPORTS = /* @__PURE__ */ new Set(["file", "http", "https"]);
var CURL_OWN_PARAMS = ["url", "narHash", "name", "unpack", "rev", "revCount", "lastModified"];
function curlFromUrl(url, text, d, isFlake) {
  const { application, transport } = transportOf(url.scheme);
  if (!CURL_TRANSPORTS.has(transport)) return void 0;
  if (application !== void 0 && (!d.curlApplicationPrefix || application !== "tarball" && application !== "file"))
    return void 0;
  const ext = hasTarballExtension(url.path, d);
  let type;
  if (application !== void 0) type = application;
  else if (!d.fileType) {
    if (!ext) return void 0;
    type = "tarball";
  } else type = isFlake || ext ? "tarball" : "file";
  checkFileAuthority(url, text);
  const attrs = { type };
  const narHash = url.query.get("narHash");
  if (narHash !== void 0) attrs["narHash"] = checkSri(narHash);
  let rest = url.query;
  if (d.name === "current") {
    const rev = url.query.get("rev");
    if (rev !== void 0) attrs["rev"] = rev;
    for (const name of ["revCount", "lastModified"]) {
      const v = url.query.get(name);
      if (v !== void 0 && /^[0-9]+$/.test(v) && Number.isSafeInteger(Number(v))) attrs[name] = Number(v);
    }
    rest = new Map([...url.query].filter(([k]) => !CURL_OWN_PARAMS.includes(k)));
  }
  const path = transport === "file" && url.path === "" && d.name === "current" ? "/" : url.path;
  attrs["url"] = renderUrl(transport, url.authority, path, rest, d);
  return attrs;
}
function pathFromUrl(url, d) {
  if (url.authority !== void 0 && url.authority !== "") {
    throw new RefError(
      `a path: reference has no host ('${url.authority}')`,
      "write path:/absolute/path or path:./relative"
    );
  }
  let path = url.path;
  if (d.decodePath) {
    const segs = url.path.split("/").map(percentDecode);
    if (segs.some((s) => s.includes("/"))) throw new RefError("a path segment contains an encoded '/' (%2F)");
    path = segs.join("/");
  }
  const attrs = { type: "path", path };
  for (const [name, value] of url.query) {
    if (name === "rev") attrs["rev"] = checkRev(value, d, "keep");
    else if (name === "narHash") attrs["narHash"] = checkSri(value);
    else if (name === "revCount" || name === "lastModified") attrs[name] = parseUint(value, name);
    else throw new RefError(`path: references do not take the parameter '${name}'`);
  }
  return attrs;
}
function indirectFromPath(path, d) {
  const segs = path.split("/").filter((s) => s !== "");
  let ref;
  let rev;
  if (segs.length === 2) {
    if (REV_RE.test(segs[1])) rev = segs[1];
    else if (d.refRe.test(segs[1])) ref = segs[1];
    else throw new RefError(`'${segs[1]}' is not a commit hash or branch/tag name`);
  } else if (segs.length === 3) {
    if (!d.refRe.test(segs[1])) throw new RefError(`'${segs[1]}' is not a branch/tag name`);
    if (!REV_RE.test(segs[2])) throw new RefError(`'${segs[2]}' is not a commit hash`);
    ref = segs[1];
    rev = segs[2];
  } else if (segs.length !== 1) {
    throw new RefError("an indirect reference is ID, ID/REF, ID/REV or ID/REF/REV");
  }
  const id = segs[0] ?? "";
  if (!FLAKE_ID_RE.test(id)) {
    throw new RefError(`'${id}' is not a valid flake id`, "an id starts with a letter, then letters, digits, - or _");
  }
  const attrs = { type: "indirect", id };
  if (rev !== void 0) attrs["rev"] = checkRev(rev, d, "normalize");
  if (ref !== void 0) attrs["ref"] = ref;
  return attrs;
}
function takeDir(url, d) {
  const dir = url.query.get("dir") ?? "";
  if (d.dirInUrl || !url.query.has("dir")) return { url, dir };
  const query = new Map(url.query);
  query.delete("dir");
  return { url: { ...url, query }, dir };
}
function fromUrl(url0, text, d, isFlake) {
  if (url0.fragment) {
    throw new RefError(`unexpected fragment '#${url0.fragment}'`, "a flake input cannot select an output");
  }
  const { url, dir } = takeDir(url0, d);
  let attrs;
  if (url.scheme === "flake") attrs = indirectFromPath(d.decodePath ? percentDecode(url.path) : url.path, d);
  else if (FORGES.has(url.scheme)) attrs = forgeFromUrl(url, text, d);
  else if (isGitScheme(url.scheme, d)) attrs = gitFromUrl(url, text, d);
  else if (HG_SCHEMES.has(url.scheme)) attrs = hgFromUrl(url, text, d);
  else if (url.scheme === "path") attrs = pathFromUrl(url, d);
  else attrs = curlFromUrl(url, text, d, isFlake);
  if (!attrs) {
    throw new RefError(
      `unsupported reference scheme '${url.scheme}:'`,
      "use github:, gitlab:, sourcehut:, git+https:, git+ssh:, git+file:, path:, https:, tarball+https:, file+https:, hg+https: or an id"
    );
  }
  if (dir !== "") attrs["dir"] = dir;
  return attrs;
}
function canonPath(p) {
  const out = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return `/${out.join("/")}`;
}
var PATH_28_RE = /^(\/?[0-9a-zA-Z\-._~!$&'"()*+,;=]+(?:\/[0-9a-zA-Z\-._~!$&'"()*+,;=]+)*\/?)(?:\?([^#]*))?(?:#(.*))?$/;
function barePath(text, d) {
  if (d.barePathAbsoluteCanon) {
    const m2 = PATH_28_RE.exec(text);
    if (!m2) return void 0;
    if (m2[3]) throw new RefError(`unexpected fragment '#${m2[3]}'`);
    const path = m2[1];
    const query2 = decodeQuery(m2[2] ?? "", d);
    if (!path.startsWith("/")) return { type: "path", path };
    return { type: "path", path: canonPath(`${path}/${query2.get("dir") ?? ""}`) };
  }
  const m = /^([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/s.exec(text);
  if (m[3]) throw new RefError(`unexpected fragment '#${m[3]}'`, "a flake input cannot select an output");
  const query = decodeQuery(m[2] ?? "", d);
  const dir = query.get("dir") ?? "";
  query.delete("dir");
  const attrs = pathFromUrl({ scheme: "path", path: m[1], query }, { ...d, decodePath: false });
  if (dir !== "") attrs["dir"] = dir;
  return attrs;
}
function parseOrThrowInternal(text, opts) {
  const d = dialectOf(opts);
  const isFlake = opts?.isFlake ?? true;
  if (text === "") throw new RefError("the reference is empty");
  const id = d.flakeIdRefRe.exec(text);
  if (id) {
    if (id[5]) throw new RefError(`unexpected fragment '#${id[5]}'`, "a flake input cannot select an output");
    return sortAttrs(indirectFromPath(id[1], d));
  }
  if (d.barePathAbsoluteCanon) {
    const p2 = barePath(text, d);
    if (p2) return sortAttrs(p2);
  }
  const url = splitUrl(text, d);
  if (url) return sortAttrs(fromUrl(url, text, d, isFlake));
  if (/^[a-z][a-z0-9+.-]*:/.test(text)) {
    throw new RefError("the URL contains characters that must be percent-encoded", "encode spaces as %20");
  }
  const p = barePath(text, d);
  if (p) return sortAttrs(p);
  throw new RefError("not a flake reference");
}
function tryParseFlakeRef(text, opts) {
  try {
    return { ok: true, attrs: parseOrThrowInternal(text, opts) };
  } catch (e) {
    if (e instanceof RefError) return { ok: false, message: e.message, hint: e.hint };
    throw e;
  }
}
function parseFlakeRef(text, opts) {
  const r = tryParseFlakeRef(text, opts);
  if (r.ok) return r.attrs;
  throw new UserError(`invalid flake reference '${text}': ${r.message}`, void 0, void 0, r.hint);
}
var BOOL_ATTRS = /* @__PURE__ */ new Set(["shallow", "submodules", "lfs", "exportIgnore", "allRefs", "verifyCommit", "unpack"]);
var INT_ATTRS = /* @__PURE__ */ new Set(["lastModified", "revCount"]);
var GIT_ARCHIVE = ["owner", "repo", "ref", "rev", "narHash", "lastModified", "host", "treeHash"];
var TARBALL = ["url", "narHash", "name", "unpack", "rev", "revCount", "lastModified"];
var INPUT_ATTRIBUTES = new Map(
  [
    ["github", GIT_ARCHIVE],
    ["gitlab", GIT_ARCHIVE],
    ["sourcehut", GIT_ARCHIVE],
    [
      "git",
      [
        "url",
        "ref",
        "rev",
        "shallow",
        "submodules",
        "lfs",
        "exportIgnore",
        "lastModified",
        "revCount",
        "narHash",
        "allRefs",
        "name",
        "dirtyRev",
        "dirtyShortRev",
        "verifyCommit",
        "keytype",
        "publicKey",
        "publicKeys"
      ]
    ],
    ["hg", ["url", "ref", "rev", "revCount", "narHash", "name"]],
    ["tarball", TARBALL],
    ["file", TARBALL],
    ["path", ["path", "rev", "revCount", "lastModified", "narHash"]],
    ["indirect", ["id", "ref", "rev", "narHash"]]
  ].map(([type, names]) => [type, new Set(names)])
);
var REQUIRED = /* @__PURE__ */ new Map([
  ["github", ["owner", "repo"]],
  ["gitlab", ["owner", "repo"]],
  ["sourcehut", ["owner", "repo"]],
  ["git", ["url"]],
  ["hg", ["url"]],
  ["path", ["path"]],
  ["tarball", ["url"]],
  ["file", ["url"]],
  ["indirect", ["id"]]
]);
function fixGitUrl(url) {
  let u = url;
  const scp = /^([^/]*)@(.*):(.*)$/.exec(u);
  if (!u.startsWith("/") && scp) u = `ssh://${scp[1]}@${scp[2]}/${scp[3]}`;
  if (!u.startsWith("file:") && !u.startsWith("git+file:") && !u.includes("://")) {
    return u.startsWith("/") ? `file://${u}` : `file:${u}`;
  }
  return u.startsWith("git+") ? u.slice(4) : u;
}
function tryFlakeRefFromAttrs(attrs, opts) {
  try {
    const d = dialectOf(opts);
    const type = attrs["type"];
    if (typeof type !== "string") throw new RefError("the attribute 'type' (a string) is required");
    const out = { ...attrs };
    const allowed = INPUT_ATTRIBUTES.get(type);
    if (allowed) {
      for (const [name, value] of Object.entries(attrs)) {
        if (name === "type" || name === "dir") continue;
        if (!allowed.has(name)) throw new RefError(`input type '${type}' has no attribute '${name}'`);
        const want = BOOL_ATTRS.has(name) ? "boolean" : INT_ATTRS.has(name) ? "number" : "string";
        if (typeof value !== want)
          throw new RefError(`attribute '${name}' must be a ${want === "number" ? "integer" : want}`);
      }
      for (const name of REQUIRED.get(type) ?? []) {
        if (!Object.hasOwn(attrs, name)) throw new RefError(`input type '${type}' needs the attribute '${name}'`);
      }
      if (typeof attrs["rev"] === "string") out["rev"] = checkRev(attrs["rev"], d, "keep", type === "git");
      if (typeof attrs["narHash"] === "string") checkSri(attrs["narHash"]);
      if (FORGES.has(type)) {
        if (attrs["ref"] !== void 0 && attrs["rev"] !== void 0) {
          throw new RefError("the reference has both a commit hash and a branch/tag name", "keep one of them");
        }
        if (typeof attrs["ref"] === "string" && !d.validForgeRef(attrs["ref"]))
          throw new RefError(`invalid branch/tag name '${attrs["ref"]}'`);
        if (typeof attrs["host"] === "string" && !d.hostRe.test(attrs["host"]))
          throw new RefError(`invalid host '${attrs["host"]}'`);
      }
      if (type === "git") {
        if (typeof attrs["ref"] === "string") checkGitRef(attrs["ref"]);
        if (d.name === "current") out["url"] = fixGitUrl(String(attrs["url"]));
      }
      if (type === "indirect" && !FLAKE_ID_RE.test(String(attrs["id"]))) {
        throw new RefError(`'${String(attrs["id"])}' is not a valid flake id`);
      }
    }
    if (out["dir"] !== void 0 && typeof out["dir"] !== "string")
      throw new RefError("attribute 'dir' must be a string");
    if (out["dir"] === "") delete out["dir"];
    return { ok: true, attrs: sortAttrs(out) };
  } catch (e) {
    if (e instanceof RefError) return { ok: false, message: e.message, hint: e.hint };
    throw e;
  }
}
function flakeRefFromAttrs(attrs, opts) {
  const r = tryFlakeRefFromAttrs(attrs, opts);
  if (r.ok) return r.attrs;
  throw new UserError(`invalid flake reference ${JSON.stringify(attrs)}: ${r.message}`, void 0, void 0, r.hint);
}
function queryOf(attrs, names) {
  const q = /* @__PURE__ */ new Map();
  for (const n of names) {
    const v = attrs[n];
    if (v === void 0) continue;
    q.set(n, typeof v === "boolean" ? v ? "1" : "0" : String(v));
  }
  return q;
}
function withQuery(base, q) {
  return q.size > 0 ? `${base}?${encodeQuery(q, CURRENT)}` : base;
}
function str(attrs, name) {
  const v = attrs[name];
  if (typeof v !== "string") {
    throw new UserError(`cannot print flake reference ${JSON.stringify(attrs)}: attribute '${name}' is missing`);
  }
  return v;
}
function printWithUrl(attrs, prefix, params) {
  const raw = str(attrs, "url");
  const url = splitUrl(raw, CURRENT);
  if (!url) throw new UserError(`cannot print flake reference: '${raw}' is not a URL`);
  const q = new Map(url.query);
  for (const [k, v] of queryOf(attrs, params)) q.set(k, v);
  const scheme = prefix === "" || url.scheme === "git" ? url.scheme : `${prefix}+${url.scheme}`;
  return renderUrl(scheme, url.authority, url.path, q, CURRENT);
}
var GIT_PRINT_PARAMS = [
  "ref",
  "rev",
  "shallow",
  "submodules",
  "lfs",
  "exportIgnore",
  "allRefs",
  "verifyCommit",
  "keytype",
  "publicKey",
  "publicKeys",
  "dir"
];
function printFlakeRef(attrs) {
  try {
    return printInternal(attrs);
  } catch (e) {
    if (e instanceof RefError)
      throw new UserError(`cannot print flake reference ${JSON.stringify(attrs)}: ${e.message}`);
    throw e;
  }
}
function printInternal(attrs) {
  const seg = (s) => percentEncode(s, ":@");
  switch (attrs.type) {
    case "github":
    case "gitlab":
    case "sourcehut": {
      let path = `${seg(str(attrs, "owner"))}/${seg(str(attrs, "repo"))}`;
      const ref = attrs["ref"];
      const rev = attrs["rev"];
      const extra = ["dir", "host", "narHash"];
      if (typeof ref === "string") {
        if (REV_RE.test(ref) || ref.split("/").includes("")) extra.push("ref");
        else path += `/${ref.split("/").map(seg).join("/")}`;
      }
      if (typeof rev === "string") {
        if (typeof ref === "string") extra.push("rev");
        else path += `/${rev}`;
      }
      return withQuery(`${attrs.type}:${path}`, queryOf(attrs, extra));
    }
    case "git":
      return printWithUrl(attrs, "git", GIT_PRINT_PARAMS);
    case "hg":
      return printWithUrl(attrs, "hg", ["ref", "rev", "revCount", "narHash", "name", "dir"]);
    case "tarball":
    case "file": {
      const url = splitUrl(str(attrs, "url"), CURRENT);
      const plain = attrs.type === "tarball" && url !== void 0 && hasTarballExtension(url.path, CURRENT);
      const params = ["narHash", "rev", "revCount", "lastModified", "dir"];
      return printWithUrl(attrs, plain ? "" : attrs.type, params);
    }
    case "path": {
      const path = str(attrs, "path").split("/").map((s) => percentEncode(s, ":@")).join("/");
      return withQuery(`path:${path}`, queryOf(attrs, ["dir", "lastModified", "narHash", "rev", "revCount"]));
    }
    case "indirect": {
      let path = str(attrs, "id");
      if (typeof attrs["ref"] === "string") path += `/${attrs["ref"]}`;
      if (typeof attrs["rev"] === "string") path += `/${attrs["rev"]}`;
      return withQuery(`flake:${path}`, queryOf(attrs, ["dir", "narHash"]));
    }
    default:
      throw new UserError(`cannot print a flake reference of type '${attrs.type}'`);
  }
}
function canonicalFlakeRef(attrs) {
  const url = attrs["url"];
  const dir = attrs["dir"];
  if (typeof url !== "string" || typeof dir !== "string") return attrs;
  let parsed;
  try {
    parsed = splitUrl(url, CURRENT);
  } catch {
    return attrs;
  }
  if (!parsed || parsed.query.get("dir") !== dir) return attrs;
  const q = new Map(parsed.query);
  q.delete("dir");
  return { ...attrs, url: renderUrl(parsed.scheme, parsed.authority, parsed.path, q, CURRENT) };
}
function sameFlakeRef(a, b) {
  const ca = canonicalFlakeRef(a);
  const cb = canonicalFlakeRef(b);
  const ka = Object.keys(ca).sort();
  const kb = Object.keys(cb).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && ca[k] === cb[k]);
}

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
  tryParseFlakeRef,
  parseFlakeRef,
  INPUT_ATTRIBUTES,
  flakeRefFromAttrs,
  printFlakeRef,
  sameFlakeRef,
  LOCK_LIMITS,
  parseLock
};
