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

export {
  tryParseFlakeRef,
  parseFlakeRef,
  INPUT_ATTRIBUTES,
  flakeRefFromAttrs,
  printFlakeRef,
  sameFlakeRef
};
