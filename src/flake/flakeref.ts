/**
 * Flake references: every string form Nix accepts, parsed into the attribute form Nix writes as `original` in
 * flake.lock, and printed back as a URL.
 *
 * The rules follow Nix's own parser (src/libflake/flakeref.cc and the input schemes in src/libfetchers: github.cc,
 * git.cc, mercurial.cc, path.cc, tarball.cc, indirect.cc). Nix changed a few of them over time, so there are two
 * dialects:
 *   - `current` (default): today's Nix. `?dir=` is taken out of the fetcher URL, plain `https://…` without an
 *     archive extension is a tarball for flakes and a `file` for `flake = false`, `tarball+`/`file+` prefixes,
 *     `?narHash=` on forges, percent-decoded paths re-encoded the way Nix prints them.
 *   - `nix-2.8`: what Nix 2.8 (Debian 12) writes, checked against the real binary: `?dir=` stays inside git/tarball
 *     URLs, no `file` type and no `tarball+`/`file+` prefixes, stricter ref names, raw URL paths, its query encoding.
 * Keys of the result are sorted, as Nix writes them (its attribute maps are ordered).
 *
 * Deliberate differences from Nix: where Nix would silently reinterpret a broken URL (current Nix turns
 * `github:owner` into a relative *path* named `github:owner`), this reports an error instead; bare relative paths
 * keep the path as written (Nix 2.8 resolves them against the flake's directory on disk, which a static reader
 * cannot know); `printFlakeRef` writes `shallow=0`-style false booleans so printing then parsing gives back the same
 * attributes (Nix omits them).
 */
import { UserError } from '../core/errors.js';
import type { FlakeRefAttrs } from './flake-types.js';

export type FlakeRefDialect = 'current' | 'nix-2.8';

export interface FlakeRefOptions {
  /** `flake = false` inputs pass false: decides tarball vs file for a plain URL (current Nix). Default true. */
  readonly isFlake?: boolean;
  readonly dialect?: FlakeRefDialect;
}

export type FlakeRefResult =
  | { readonly ok: true; readonly attrs: FlakeRefAttrs }
  | { readonly ok: false; readonly message: string; readonly hint?: string };

type AttrValue = string | number | boolean;
type Attrs = Record<string, AttrValue>;

/** Thrown inside this module and turned into a result; never escapes. */
class RefError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

// ------------------------------------------------------------------------------------------------ regexes

const FLAKE_ID_S = '[a-zA-Z][a-zA-Z0-9_-]*';
const REV_S = '[0-9a-fA-F]{40}';
export const FLAKE_ID_RE = new RegExp(`^${FLAKE_ID_S}$`);
const REV_RE = new RegExp(`^${REV_S}$`);
/** Git's check-ref-format rules, as Nix writes them (badGitRefRegex); one-level names are allowed. */
const BAD_GIT_REF_RE = /\/\/|^[./]|\/\.|\.\.|[\x00-\x20\x7f:?^~[]|\\|\*|\.lock$|\.lock\/|@\{|[/.]$|^@$|^$/;
const HOST_CURRENT_RE = /^[a-zA-Z0-9.-]*$/;
const HOST_28_RE = /^[a-zA-Z0-9.]*$/;
/** Ref names Nix accepts in `github:o/r/REF` and `nixpkgs/REF` (refRegexS): Nix 2.8 and current Nix. */
const REF_28_S = '[a-zA-Z0-9][a-zA-Z0-9_./-]*';
const REF_CURRENT_S = '[a-zA-Z0-9@][a-zA-Z0-9_./@+-]*';
const TARBALL_EXTENSIONS = ['.zip', '.tar', '.tgz', '.tar.gz', '.tar.xz', '.tar.bz2', '.tar.zst'];
const SRI_BYTES: Readonly<Record<string, number>> = { md5: 16, sha1: 20, sha256: 32, sha512: 64 };

// ------------------------------------------------------------------------------------------------ dialects

interface Dialect {
  readonly name: FlakeRefDialect;
  readonly refRe: RegExp;
  readonly flakeIdRefRe: RegExp;
  /** Ref names in forge URLs (`github:o/r/REF`, `?ref=`). */
  validForgeRef(ref: string): boolean;
  readonly hostRe: RegExp;
  /** Current Nix decodes URL paths and re-encodes them; Nix 2.8 keeps them as written. */
  readonly decodePath: boolean;
  /** Current Nix decodes query keys; Nix 2.8 only values. */
  readonly decodeQueryKeys: boolean;
  encodeQueryComponent(s: string): string;
  /** Nix 2.8 leaves `dir=` in the fetcher URL (and rejects it on `path:`). */
  readonly dirInUrl: boolean;
  readonly curlApplicationPrefix: boolean;
  readonly fileType: boolean;
  readonly forgeNarHash: boolean;
  readonly gitSchemes: ReadonlySet<string> | 'any';
  readonly gitStringParams: readonly string[];
  readonly gitBoolParams: readonly string[];
  readonly lowercaseRev: boolean;
  readonly barePathAbsoluteCanon: boolean;
}

function refAndOrRev(refS: string): string {
  return `(?:(${REV_S})|(?:(${refS})(?:/(${REV_S}))?))`;
}

const CURRENT: Dialect = {
  name: 'current',
  refRe: new RegExp(`^${REF_CURRENT_S}$`),
  flakeIdRefRe: new RegExp(`^(${FLAKE_ID_S}(?:/${refAndOrRev(REF_CURRENT_S)})?)(?:#(.*))?$`),
  validForgeRef: (ref) => !BAD_GIT_REF_RE.test(ref),
  hostRe: HOST_CURRENT_RE,
  decodePath: true,
  decodeQueryKeys: true,
  encodeQueryComponent: (s) => percentEncode(s, ':@/?', true),
  dirInUrl: false,
  curlApplicationPrefix: true,
  fileType: true,
  forgeNarHash: true,
  gitSchemes: 'any',
  gitStringParams: ['rev', 'ref', 'keytype', 'publicKey', 'publicKeys'],
  gitBoolParams: ['shallow', 'submodules', 'lfs', 'exportIgnore', 'allRefs', 'verifyCommit'],
  lowercaseRev: false,
  barePathAbsoluteCanon: false,
};

const NIX_2_8: Dialect = {
  name: 'nix-2.8',
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
  gitSchemes: new Set(['git', 'git+http', 'git+https', 'git+ssh', 'git+file']),
  gitStringParams: ['rev', 'ref'],
  gitBoolParams: ['shallow', 'submodules'],
  lowercaseRev: true,
  barePathAbsoluteCanon: true,
};

function dialectOf(opts: FlakeRefOptions | undefined): Dialect {
  return opts?.dialect === 'nix-2.8' ? NIX_2_8 : CURRENT;
}

// ------------------------------------------------------------------------------------------------ percent coding

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/** RFC 3986 percent-encoding of UTF-8 bytes; unreserved characters and `keep` pass through. */
export function percentEncode(s: string, keep = '', upper = true): string {
  let out = '';
  for (const byte of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(byte);
    if (byte < 0x80 && (UNRESERVED.test(c) || keep.includes(c))) out += c;
    else {
      const hex = byte.toString(16).padStart(2, '0');
      out += `%${upper ? hex.toUpperCase() : hex}`;
    }
  }
  return out;
}

/** Nix 2.8's query encoding: keeps `!$&'()*+,;=:@`, lowercase hex, and sign-extends bytes above 0x7f. */
function encode28(s: string): string {
  let out = '';
  for (const byte of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(byte);
    if (byte < 0x80 && (UNRESERVED.test(c) || "!$&'()*+,;=:@".includes(c))) out += c;
    else out += byte < 0x80 ? `%${byte.toString(16).padStart(2, '0')}` : `%ffffff${byte.toString(16)}`;
  }
  return out;
}

export function percentDecode(s: string): string {
  if (!s.includes('%')) return s;
  const bytes: number[] = [];
  for (let i = 0; i < s.length;) {
    if (s[i] === '%') {
      const hex = s.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new RefError(`invalid percent-encoding '${s.slice(i, i + 3)}'`);
      bytes.push(parseInt(hex, 16));
      i += 3;
    } else {
      const cp = s.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      for (const b of Buffer.from(ch, 'utf8')) bytes.push(b);
      i += ch.length;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

// ------------------------------------------------------------------------------------------------ URLs

interface Url {
  readonly scheme: string;
  /** Raw authority (`user@host:port`) when the URL has `//`. */
  readonly authority?: string;
  /** Raw (still encoded) path. */
  readonly path: string;
  /** Decoded query parameters, first occurrence wins, in the order written. */
  readonly query: Map<string, string>;
  readonly fragment?: string;
}

const URL_RE = /^([a-zA-Z][a-zA-Z0-9+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/s;
const PCHAR = "A-Za-z0-9\\-._~!$&'()*+,;=:@";
const AUTHORITY_RE = new RegExp(`^(?:[${PCHAR}]|%[0-9a-fA-F]{2}|\\[[0-9a-fA-F:.]+\\])*$`);
const PATH_RE = new RegExp(`^(?:[${PCHAR}/]|%[0-9a-fA-F]{2})*$`);
const QUERY_RE = new RegExp(`^(?:[${PCHAR}/? "]|%[0-9a-fA-F]{2})*$`);

function decodeQuery(raw: string, d: Dialect): Map<string, string> {
  const q = new Map<string, string>();
  for (const part of raw.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    if (eq < 0) continue; // Nix ignores a parameter without '=' (current Nix warns)
    const key = d.decodeQueryKeys ? percentDecode(part.slice(0, eq)) : part.slice(0, eq);
    if (!q.has(key)) q.set(key, percentDecode(part.slice(eq + 1)));
  }
  return q;
}

/** Splits a URL with a scheme; undefined when the text is not one (Nix then reads it as a path). */
function splitUrl(text: string, d: Dialect): Url | undefined {
  const m = URL_RE.exec(text);
  if (!m) return undefined;
  const [, scheme, authority, path, query, fragment] = m;
  if (authority !== undefined && !AUTHORITY_RE.test(authority)) return undefined;
  if (!PATH_RE.test(path!)) return undefined;
  if (query !== undefined && !QUERY_RE.test(query)) return undefined;
  return { scheme: scheme!, authority, path: path!, query: decodeQuery(query ?? '', d), fragment };
}

function encodeQuery(q: ReadonlyMap<string, string>, d: Dialect): string {
  const keys = [...q.keys()].sort(compareBytes);
  return keys.map((k) => `${d.encodeQueryComponent(k)}=${d.encodeQueryComponent(q.get(k)!)}`).join('&');
}

/** Sorts like std::map<std::string>: by UTF-16 code units, which equals byte order for ASCII keys. */
function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function renderPath(rawPath: string, d: Dialect): string {
  if (!d.decodePath) return rawPath;
  return rawPath
    .split('/')
    .map((seg) => percentEncode(percentDecode(seg), ':@'))
    .join('/');
}

function renderUrl(
  scheme: string,
  authority: string | undefined,
  rawPath: string,
  q: ReadonlyMap<string, string>,
  d: Dialect,
): string {
  const auth = authority !== undefined ? `//${authority}` : '';
  const query = q.size > 0 ? `?${encodeQuery(q, d)}` : '';
  return `${scheme}:${auth}${renderPath(rawPath, d)}${query}`;
}

function transportOf(scheme: string): { application?: string; transport: string } {
  const plus = scheme.indexOf('+');
  return plus < 0 ? { transport: scheme } : { application: scheme.slice(0, plus), transport: scheme.slice(plus + 1) };
}

function checkFileAuthority(url: Url, text: string): void {
  if (transportOf(url.scheme).transport === 'file' && url.authority !== undefined && url.authority !== '') {
    throw new RefError(
      `file URL '${text}' has unexpected host '${url.authority}'`,
      'write file:///absolute/path (three slashes)',
    );
  }
}

// ------------------------------------------------------------------------------------------------ value checks

const NIX32 = '0123456789abcdfghijklmnpqrsvwxyz';

/** Nix's base-32 ("nix32") decoding of a hash of `size` bytes; undefined when invalid. */
function decodeNix32(s: string, size: number): Buffer | undefined {
  const out = Buffer.alloc(size);
  for (let n = 0; n < s.length; n++) {
    const digit = NIX32.indexOf(s[s.length - n - 1]!);
    if (digit < 0) return undefined;
    const b = n * 5;
    const i = b >> 3;
    const j = b & 7;
    out[i]! |= (digit << j) & 0xff;
    const carry = digit >> (8 - j);
    if (i < size - 1) out[i + 1]! |= carry;
    else if (carry) return undefined;
  }
  return out;
}

/**
 * Nix's Hash::parseAny: `algo-BASE64` (SRI), `algo:…`, or a bare hash of the expected algorithm in base 16, nix32
 * or base 64. Returns the algorithm and bytes, or undefined.
 */
function decodeHash(s: string, expected: string): { algo: string; bytes: Buffer } | undefined {
  let algo = expected;
  let body = s;
  let sri = false;
  const m = /^(md5|sha1|sha256|sha512)([:-])(.*)$/s.exec(s);
  if (m) {
    algo = m[1]!;
    sri = m[2] === '-';
    body = m[3]!;
  }
  const size = SRI_BYTES[algo]!;
  const b64Len = 4 * Math.ceil(size / 3);
  const b64 = (t: string) =>
    t.length === b64Len && /^[A-Za-z0-9+/]+={0,2}$/.test(t) && Buffer.from(t, 'base64').length === size
      ? Buffer.from(t, 'base64')
      : undefined;
  let bytes: Buffer | undefined;
  if (sri) bytes = b64(body);
  else if (body.length === size * 2 && /^[0-9a-fA-F]+$/.test(body)) bytes = Buffer.from(body, 'hex');
  else if (body.length === Math.ceil((size * 8) / 5)) bytes = decodeNix32(body, size);
  else bytes = b64(body);
  return bytes ? { algo, bytes } : undefined;
}

/**
 * Checks a revision as Nix does (a SHA-1 in any of its hash notations; current Nix's git also takes SHA-256).
 * `normalize` returns 40 lowercase hex digits, as Nix writes forge and indirect revisions; `keep` the text as
 * written (git, hg, path).
 */
function checkRev(rev: string, d: Dialect, mode: 'normalize' | 'keep', git = false): string {
  const h = decodeHash(rev, 'sha1') ?? (git && d.name === 'current' ? decodeHash(rev, 'sha256') : undefined);
  if (!h || (mode === 'normalize' && h.algo !== 'sha1')) {
    throw new RefError(`'${rev}' is not a commit hash`, 'a revision is 40 hexadecimal digits');
  }
  return mode === 'normalize' ? h.bytes.toString('hex') : rev;
}

function checkSri(hash: string): string {
  if (hash === '') return hash; // Nix reads an empty narHash as "no hash yet" (Input::getNarHash)
  const m = /^(md5|sha1|sha256|sha512)-([A-Za-z0-9+/]+={0,2})$/.exec(hash);
  const expected = m ? SRI_BYTES[m[1]!] : undefined;
  if (!m || expected === undefined || Buffer.from(m[2]!, 'base64').length !== expected || m[2]!.length % 4 !== 0) {
    throw new RefError(`invalid narHash '${hash}'`, "expected an SRI hash such as 'sha256-…='");
  }
  return hash;
}

function checkGitRef(ref: string): string {
  if (BAD_GIT_REF_RE.test(ref)) throw new RefError(`invalid Git branch/tag name '${ref}'`);
  return ref;
}

function parseUint(value: string, name: string): number {
  if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new RefError(`parameter '${name}' must be a non-negative integer, got '${value}'`);
  }
  return Number(value);
}

function sortAttrs(a: Attrs): FlakeRefAttrs {
  const out: Attrs = {};
  for (const k of Object.keys(a).sort(compareBytes)) out[k] = a[k]!;
  return out as FlakeRefAttrs;
}

// ------------------------------------------------------------------------------------------------ schemes

const FORGES = new Set(['github', 'gitlab', 'sourcehut']);

function forgeFromUrl(url: Url, text: string, d: Dialect): Attrs {
  const raw = url.path.split('/');
  const segs = (d.decodePath ? raw.map(percentDecode) : raw).filter((s) => s !== '');
  if (segs.length < 2) {
    throw new RefError(`'${text}' needs an owner and a repository`, `write ${url.scheme}:OWNER/REPO[/REF-OR-REV]`);
  }
  let rev: string | undefined;
  let ref: string | undefined;
  if (segs.length === 3) {
    if (REV_RE.test(segs[2]!)) rev = segs[2]!;
    else if (d.name === 'current' || d.refRe.test(segs[2]!)) ref = segs[2]!;
    else throw new RefError(`'${segs[2]}' is not a commit hash or branch/tag name`);
  } else if (segs.length > 3) {
    ref = segs.slice(2).join('/');
    if (d.name !== 'current' && !d.refRe.test(ref)) throw new RefError(`'${ref}' is not a branch/tag name`);
  }
  let host: string | undefined;
  let narHash: string | undefined;
  for (const [name, value] of url.query) {
    if (name === 'rev') {
      if (rev !== undefined) throw new RefError('the reference names more than one commit hash');
      rev = value;
    } else if (name === 'ref') {
      if (d.name !== 'current' && !d.refRe.test(value)) throw new RefError(`invalid branch/tag name '${value}'`);
      if (ref !== undefined) throw new RefError('the reference names more than one branch/tag');
      ref = value;
    } else if (name === 'host') {
      if (!d.hostRe.test(value)) throw new RefError(`invalid host '${value}'`);
      host = value;
    } else if (name === 'narHash' && d.forgeNarHash) narHash = checkSri(value);
  }
  if (ref !== undefined && rev !== undefined) {
    throw new RefError(
      `the reference has both a commit hash (${rev}) and a branch/tag name (${ref})`,
      'keep one of them',
    );
  }
  if (ref !== undefined && !d.validForgeRef(ref)) throw new RefError(`invalid branch/tag name '${ref}'`);
  const attrs: Attrs = { type: url.scheme, owner: segs[0]!, repo: segs[1]! };
  if (rev !== undefined) attrs['rev'] = checkRev(rev, d, d.lowercaseRev ? 'normalize' : 'keep');
  if (ref !== undefined) attrs['ref'] = ref;
  if (host !== undefined) attrs['host'] = host;
  if (narHash !== undefined) attrs['narHash'] = narHash;
  return attrs;
}

function isGitScheme(scheme: string, d: Dialect): boolean {
  if (d.gitSchemes === 'any') return scheme === 'git' || transportOf(scheme).application === 'git';
  return d.gitSchemes.has(scheme);
}

function gitFromUrl(url: Url, text: string, d: Dialect): Attrs {
  checkFileAuthority(url, text);
  const attrs: Attrs = { type: 'git' };
  const rest = new Map<string, string>();
  for (const [name, value] of url.query) {
    if (d.gitStringParams.includes(name)) attrs[name] = value;
    else if (d.gitBoolParams.includes(name)) attrs[name] = value === '1';
    else rest.set(name, value);
  }
  const transport = url.scheme === 'git' ? 'git' : transportOf(url.scheme).transport;
  const path = transport === 'file' && url.path === '' && d.name === 'current' ? '/' : url.path;
  attrs['url'] = renderUrl(transport, url.authority, path, rest, d);
  if (typeof attrs['ref'] === 'string') checkGitRef(attrs['ref']);
  if (typeof attrs['rev'] === 'string') attrs['rev'] = checkRev(attrs['rev'], d, 'keep', true);
  return attrs;
}

const HG_SCHEMES = new Set(['hg+http', 'hg+https', 'hg+ssh', 'hg+file']);

function hgFromUrl(url: Url, text: string, d: Dialect): Attrs {
  checkFileAuthority(url, text);
  const attrs: Attrs = { type: 'hg' };
  const rest = new Map<string, string>();
  for (const [name, value] of url.query) {
    if (name === 'rev') attrs['rev'] = checkRev(value, d, 'keep');
    else if (name === 'ref') attrs['ref'] = value;
    else rest.set(name, value);
  }
  attrs['url'] = renderUrl(transportOf(url.scheme).transport, url.authority, url.path, rest, d);
  return attrs;
}

function hasTarballExtension(rawPath: string, d: Dialect): boolean {
  let last = rawPath;
  if (d.decodePath) {
    const segs = rawPath.split('/');
    last = percentDecode(segs[segs.length - 1] ?? '');
  }
  return TARBALL_EXTENSIONS.some((ext) => last.endsWith(ext));
}

const CURL_TRANSPORTS = new Set(['file', 'http', 'https']);
/** Query parameters current Nix takes for itself from a tarball/file URL (allowedAttrs of the scheme). */
const CURL_OWN_PARAMS = ['url', 'narHash', 'name', 'unpack', 'rev', 'revCount', 'lastModified'];

function curlFromUrl(url: Url, text: string, d: Dialect, isFlake: boolean): Attrs | undefined {
  const { application, transport } = transportOf(url.scheme);
  if (!CURL_TRANSPORTS.has(transport)) return undefined;
  if (application !== undefined && (!d.curlApplicationPrefix || (application !== 'tarball' && application !== 'file')))
    return undefined;
  const ext = hasTarballExtension(url.path, d);
  let type: 'tarball' | 'file';
  if (application !== undefined) type = application as 'tarball' | 'file';
  else if (!d.fileType) {
    if (!ext) return undefined;
    type = 'tarball';
  } else type = isFlake || ext ? 'tarball' : 'file';
  checkFileAuthority(url, text);
  const attrs: Attrs = { type };
  const narHash = url.query.get('narHash');
  if (narHash !== undefined) attrs['narHash'] = checkSri(narHash);
  let rest = url.query;
  if (d.name === 'current') {
    const rev = url.query.get('rev');
    if (rev !== undefined) attrs['rev'] = rev;
    for (const name of ['revCount', 'lastModified']) {
      const v = url.query.get(name);
      if (v !== undefined && /^[0-9]+$/.test(v) && Number.isSafeInteger(Number(v))) attrs[name] = Number(v);
    }
    rest = new Map([...url.query].filter(([k]) => !CURL_OWN_PARAMS.includes(k)));
  }
  const path = transport === 'file' && url.path === '' && d.name === 'current' ? '/' : url.path;
  attrs['url'] = renderUrl(transport, url.authority, path, rest, d);
  return attrs;
}

function pathFromUrl(url: Url, d: Dialect): Attrs {
  if (url.authority !== undefined && url.authority !== '') {
    throw new RefError(
      `a path: reference has no host ('${url.authority}')`,
      'write path:/absolute/path or path:./relative',
    );
  }
  let path = url.path;
  if (d.decodePath) {
    const segs = url.path.split('/').map(percentDecode);
    if (segs.some((s) => s.includes('/'))) throw new RefError("a path segment contains an encoded '/' (%2F)");
    path = segs.join('/');
  }
  const attrs: Attrs = { type: 'path', path };
  for (const [name, value] of url.query) {
    if (name === 'rev') attrs['rev'] = checkRev(value, d, 'keep');
    else if (name === 'narHash') attrs['narHash'] = checkSri(value);
    else if (name === 'revCount' || name === 'lastModified') attrs[name] = parseUint(value, name);
    else throw new RefError(`path: references do not take the parameter '${name}'`);
  }
  return attrs;
}

function indirectFromPath(path: string, d: Dialect): Attrs {
  const segs = path.split('/').filter((s) => s !== '');
  let ref: string | undefined;
  let rev: string | undefined;
  if (segs.length === 2) {
    if (REV_RE.test(segs[1]!)) rev = segs[1]!;
    else if (d.refRe.test(segs[1]!)) ref = segs[1]!;
    else throw new RefError(`'${segs[1]}' is not a commit hash or branch/tag name`);
  } else if (segs.length === 3) {
    if (!d.refRe.test(segs[1]!)) throw new RefError(`'${segs[1]}' is not a branch/tag name`);
    if (!REV_RE.test(segs[2]!)) throw new RefError(`'${segs[2]}' is not a commit hash`);
    ref = segs[1]!;
    rev = segs[2]!;
  } else if (segs.length !== 1) {
    throw new RefError('an indirect reference is ID, ID/REF, ID/REV or ID/REF/REV');
  }
  const id = segs[0] ?? '';
  if (!FLAKE_ID_RE.test(id)) {
    throw new RefError(`'${id}' is not a valid flake id`, 'an id starts with a letter, then letters, digits, - or _');
  }
  const attrs: Attrs = { type: 'indirect', id };
  if (rev !== undefined) attrs['rev'] = checkRev(rev, d, 'normalize');
  if (ref !== undefined) attrs['ref'] = ref;
  return attrs;
}

function takeDir(url: Url, d: Dialect): { url: Url; dir: string } {
  const dir = url.query.get('dir') ?? '';
  if (d.dirInUrl || !url.query.has('dir')) return { url, dir };
  const query = new Map(url.query);
  query.delete('dir');
  return { url: { ...url, query }, dir };
}

function fromUrl(url0: Url, text: string, d: Dialect, isFlake: boolean): Attrs {
  if (url0.fragment) {
    throw new RefError(`unexpected fragment '#${url0.fragment}'`, 'a flake input cannot select an output');
  }
  const { url, dir } = takeDir(url0, d);
  let attrs: Attrs | undefined;
  if (url.scheme === 'flake') attrs = indirectFromPath(d.decodePath ? percentDecode(url.path) : url.path, d);
  else if (FORGES.has(url.scheme)) attrs = forgeFromUrl(url, text, d);
  else if (isGitScheme(url.scheme, d)) attrs = gitFromUrl(url, text, d);
  else if (HG_SCHEMES.has(url.scheme)) attrs = hgFromUrl(url, text, d);
  else if (url.scheme === 'path') attrs = pathFromUrl(url, d);
  else attrs = curlFromUrl(url, text, d, isFlake);
  if (!attrs) {
    throw new RefError(
      `unsupported reference scheme '${url.scheme}:'`,
      'use github:, gitlab:, sourcehut:, git+https:, git+ssh:, git+file:, path:, https:, tarball+https:, file+https:, hg+https: or an id',
    );
  }
  if (dir !== '') attrs['dir'] = dir;
  return attrs;
}

// ------------------------------------------------------------------------------------------------ bare paths

/** Nix's canonPath: absolute, no `.`/`..`/empty segments, no trailing slash. */
function canonPath(p: string): string {
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return `/${out.join('/')}`;
}

const PATH_28_RE =
  /^(\/?[0-9a-zA-Z\-._~!$&'"()*+,;=]+(?:\/[0-9a-zA-Z\-._~!$&'"()*+,;=]+)*\/?)(?:\?([^#]*))?(?:#(.*))?$/;

function barePath(text: string, d: Dialect): Attrs | undefined {
  if (d.barePathAbsoluteCanon) {
    const m = PATH_28_RE.exec(text);
    if (!m) return undefined;
    if (m[3]) throw new RefError(`unexpected fragment '#${m[3]}'`);
    const path = m[1]!;
    const query = decodeQuery(m[2] ?? '', d);
    if (!path.startsWith('/')) return { type: 'path', path };
    return { type: 'path', path: canonPath(`${path}/${query.get('dir') ?? ''}`) };
  }
  const m = /^([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/s.exec(text)!;
  if (m[3]) throw new RefError(`unexpected fragment '#${m[3]}'`, 'a flake input cannot select an output');
  const query = decodeQuery(m[2] ?? '', d);
  const dir = query.get('dir') ?? '';
  query.delete('dir');
  const attrs = pathFromUrl({ scheme: 'path', path: m[1]!, query }, { ...d, decodePath: false });
  if (dir !== '') attrs['dir'] = dir;
  return attrs;
}

// ------------------------------------------------------------------------------------------------ public API

function parseOrThrowInternal(text: string, opts: FlakeRefOptions | undefined): FlakeRefAttrs {
  const d = dialectOf(opts);
  const isFlake = opts?.isFlake ?? true;
  if (text === '') throw new RefError('the reference is empty');
  const id = d.flakeIdRefRe.exec(text);
  if (id) {
    if (id[5]) throw new RefError(`unexpected fragment '#${id[5]}'`, 'a flake input cannot select an output');
    return sortAttrs(indirectFromPath(id[1]!, d));
  }
  if (d.barePathAbsoluteCanon) {
    const p = barePath(text, d);
    if (p) return sortAttrs(p);
  }
  const url = splitUrl(text, d);
  if (url) return sortAttrs(fromUrl(url, text, d, isFlake));
  if (/^[a-z][a-z0-9+.-]*:/.test(text)) {
    throw new RefError('the URL contains characters that must be percent-encoded', 'encode spaces as %20');
  }
  const p = barePath(text, d);
  if (p) return sortAttrs(p);
  throw new RefError('not a flake reference');
}

/** Parses a reference; the result says what is wrong instead of throwing. */
export function tryParseFlakeRef(text: string, opts?: FlakeRefOptions): FlakeRefResult {
  try {
    return { ok: true, attrs: parseOrThrowInternal(text, opts) };
  } catch (e) {
    if (e instanceof RefError) return { ok: false, message: e.message, hint: e.hint };
    throw e;
  }
}

/**
 * Parses a reference string (`github:NixOS/nixpkgs/nixos-24.05`, `git+ssh://…?ref=main`, `./sub`, `nixpkgs`) into
 * the attribute form Nix writes as `original`. Throws a UserError saying what is wrong.
 */
export function parseFlakeRef(text: string, opts?: FlakeRefOptions): FlakeRefAttrs {
  const r = tryParseFlakeRef(text, opts);
  if (r.ok) return r.attrs;
  throw new UserError(`invalid flake reference '${text}': ${r.message}`, undefined, undefined, r.hint);
}

// ------------------------------------------------------------------------------------------------ attribute form

const BOOL_ATTRS = new Set(['shallow', 'submodules', 'lfs', 'exportIgnore', 'allRefs', 'verifyCommit', 'unpack']);
const INT_ATTRS = new Set(['lastModified', 'revCount']);

const GIT_ARCHIVE = ['owner', 'repo', 'ref', 'rev', 'narHash', 'lastModified', 'host', 'treeHash'];
const TARBALL = ['url', 'narHash', 'name', 'unpack', 'rev', 'revCount', 'lastModified'];

/**
 * For the input types Nix knows, the attributes some Nix from 2.8 to today accepts (each scheme's `allowedAttrs`,
 * or the list its `inputFromAttrs` checks in older versions); anything else makes Nix fail with "unsupported input
 * attribute". `type` and `dir` (taken off by FlakeRef::fromAttrs) belong to every reference. Types not listed are
 * kept whole, as Nix keeps an input of a type it does not know. A Map: a type is looked up as an own name only
 * (`constructor` is an unknown type, not Object's). Read by flake.nix references here and by flake.lock (lock.ts).
 */
export const INPUT_ATTRIBUTES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ['github', GIT_ARCHIVE],
      ['gitlab', GIT_ARCHIVE],
      ['sourcehut', GIT_ARCHIVE],
      [
        'git',
        [
          'url',
          'ref',
          'rev',
          'shallow',
          'submodules',
          'lfs',
          'exportIgnore',
          'lastModified',
          'revCount',
          'narHash',
          'allRefs',
          'name',
          'dirtyRev',
          'dirtyShortRev',
          'verifyCommit',
          'keytype',
          'publicKey',
          'publicKeys',
        ],
      ],
      ['hg', ['url', 'ref', 'rev', 'revCount', 'narHash', 'name']],
      ['tarball', TARBALL],
      ['file', TARBALL],
      ['path', ['path', 'rev', 'revCount', 'lastModified', 'narHash']],
      ['indirect', ['id', 'ref', 'rev', 'narHash']],
    ] as const
  ).map(([type, names]) => [type, new Set<string>(names)]),
);
const REQUIRED: ReadonlyMap<string, readonly string[]> = new Map([
  ['github', ['owner', 'repo']],
  ['gitlab', ['owner', 'repo']],
  ['sourcehut', ['owner', 'repo']],
  ['git', ['url']],
  ['hg', ['url']],
  ['path', ['path']],
  ['tarball', ['url']],
  ['file', ['url']],
  ['indirect', ['id']],
]);

/** Current Nix's fixGitURL: `git+` dropped, scp-like `user@host:path` → ssh://, plain paths → file:. */
function fixGitUrl(url: string): string {
  let u = url;
  const scp = /^([^/]*)@(.*):(.*)$/.exec(u);
  if (!u.startsWith('/') && scp) u = `ssh://${scp[1]}@${scp[2]}/${scp[3]}`;
  if (!u.startsWith('file:') && !u.startsWith('git+file:') && !u.includes('://')) {
    return u.startsWith('/') ? `file://${u}` : `file:${u}`;
  }
  return u.startsWith('git+') ? u.slice(4) : u;
}

/**
 * Checks an attribute-set reference (`{ type = "github"; owner = …; repo = …; }` in flake.nix) the way Nix does
 * and returns it as `original` (sorted keys, `git+` dropped from git URLs). Unknown types pass through, as in Nix.
 */
export function tryFlakeRefFromAttrs(
  attrs: Readonly<Record<string, AttrValue>>,
  opts?: { readonly dialect?: FlakeRefDialect },
): FlakeRefResult {
  try {
    const d = dialectOf(opts);
    const type = attrs['type'];
    if (typeof type !== 'string') throw new RefError("the attribute 'type' (a string) is required");
    const out: Attrs = { ...attrs };
    const allowed = INPUT_ATTRIBUTES.get(type);
    if (allowed) {
      for (const [name, value] of Object.entries(attrs)) {
        if (name === 'type' || name === 'dir') continue;
        if (!allowed.has(name)) throw new RefError(`input type '${type}' has no attribute '${name}'`);
        const want = BOOL_ATTRS.has(name) ? 'boolean' : INT_ATTRS.has(name) ? 'number' : 'string';
        if (typeof value !== want)
          throw new RefError(`attribute '${name}' must be a ${want === 'number' ? 'integer' : want}`);
      }
      for (const name of REQUIRED.get(type) ?? []) {
        if (!Object.hasOwn(attrs, name)) throw new RefError(`input type '${type}' needs the attribute '${name}'`);
      }
      if (typeof attrs['rev'] === 'string') out['rev'] = checkRev(attrs['rev'], d, 'keep', type === 'git');
      if (typeof attrs['narHash'] === 'string') checkSri(attrs['narHash']);
      if (FORGES.has(type)) {
        if (attrs['ref'] !== undefined && attrs['rev'] !== undefined) {
          throw new RefError('the reference has both a commit hash and a branch/tag name', 'keep one of them');
        }
        if (typeof attrs['ref'] === 'string' && !d.validForgeRef(attrs['ref']))
          throw new RefError(`invalid branch/tag name '${attrs['ref']}'`);
        if (typeof attrs['host'] === 'string' && !d.hostRe.test(attrs['host']))
          throw new RefError(`invalid host '${attrs['host']}'`);
      }
      if (type === 'git') {
        if (typeof attrs['ref'] === 'string') checkGitRef(attrs['ref']);
        if (d.name === 'current') out['url'] = fixGitUrl(String(attrs['url']));
      }
      if (type === 'indirect' && !FLAKE_ID_RE.test(String(attrs['id']))) {
        throw new RefError(`'${String(attrs['id'])}' is not a valid flake id`);
      }
    }
    if (out['dir'] !== undefined && typeof out['dir'] !== 'string')
      throw new RefError("attribute 'dir' must be a string");
    if (out['dir'] === '') delete out['dir'];
    return { ok: true, attrs: sortAttrs(out) };
  } catch (e) {
    if (e instanceof RefError) return { ok: false, message: e.message, hint: e.hint };
    throw e;
  }
}

export function flakeRefFromAttrs(
  attrs: Readonly<Record<string, AttrValue>>,
  opts?: { readonly dialect?: FlakeRefDialect },
): FlakeRefAttrs {
  const r = tryFlakeRefFromAttrs(attrs, opts);
  if (r.ok) return r.attrs;
  throw new UserError(`invalid flake reference ${JSON.stringify(attrs)}: ${r.message}`, undefined, undefined, r.hint);
}

// ------------------------------------------------------------------------------------------------ printing

function queryOf(attrs: FlakeRefAttrs, names: readonly string[]): Map<string, string> {
  const q = new Map<string, string>();
  for (const n of names) {
    const v = attrs[n];
    if (v === undefined) continue;
    q.set(n, typeof v === 'boolean' ? (v ? '1' : '0') : String(v));
  }
  return q;
}

function withQuery(base: string, q: ReadonlyMap<string, string>): string {
  return q.size > 0 ? `${base}?${encodeQuery(q, CURRENT)}` : base;
}

function str(attrs: FlakeRefAttrs, name: string): string {
  const v = attrs[name];
  if (typeof v !== 'string') {
    throw new UserError(`cannot print flake reference ${JSON.stringify(attrs)}: attribute '${name}' is missing`);
  }
  return v;
}

/** A URL held in an attribute (git, hg, tarball, file), merged with extra query parameters. */
function printWithUrl(attrs: FlakeRefAttrs, prefix: string, params: readonly string[]): string {
  const raw = str(attrs, 'url');
  const url = splitUrl(raw, CURRENT);
  if (!url) throw new UserError(`cannot print flake reference: '${raw}' is not a URL`);
  const q = new Map(url.query);
  for (const [k, v] of queryOf(attrs, params)) q.set(k, v);
  const scheme = prefix === '' || url.scheme === 'git' ? url.scheme : `${prefix}+${url.scheme}`;
  return renderUrl(scheme, url.authority, url.path, q, CURRENT);
}

const GIT_PRINT_PARAMS = [
  'ref',
  'rev',
  'shallow',
  'submodules',
  'lfs',
  'exportIgnore',
  'allRefs',
  'verifyCommit',
  'keytype',
  'publicKey',
  'publicKeys',
  'dir',
];

/**
 * Prints a reference in URL form (`github:NixOS/nixpkgs/nixos-24.05?dir=lib`), the way Nix prints it, so that
 * parsing the result (current dialect) gives back the same attributes.
 */
export function printFlakeRef(attrs: FlakeRefAttrs): string {
  try {
    return printInternal(attrs);
  } catch (e) {
    if (e instanceof RefError)
      throw new UserError(`cannot print flake reference ${JSON.stringify(attrs)}: ${e.message}`);
    throw e;
  }
}

function printInternal(attrs: FlakeRefAttrs): string {
  const seg = (s: string) => percentEncode(s, ':@');
  switch (attrs.type) {
    case 'github':
    case 'gitlab':
    case 'sourcehut': {
      let path = `${seg(str(attrs, 'owner'))}/${seg(str(attrs, 'repo'))}`;
      const ref = attrs['ref'];
      const rev = attrs['rev'];
      const extra = ['dir', 'host', 'narHash'];
      // A ref that would read back as a revision or lose empty segments goes in the query instead of the path.
      if (typeof ref === 'string') {
        if (REV_RE.test(ref) || ref.split('/').includes('')) extra.push('ref');
        else path += `/${ref.split('/').map(seg).join('/')}`;
      }
      if (typeof rev === 'string') {
        if (typeof ref === 'string') extra.push('rev');
        else path += `/${rev}`;
      }
      return withQuery(`${attrs.type}:${path}`, queryOf(attrs, extra));
    }
    case 'git':
      return printWithUrl(attrs, 'git', GIT_PRINT_PARAMS);
    case 'hg':
      return printWithUrl(attrs, 'hg', ['ref', 'rev', 'revCount', 'narHash', 'name', 'dir']);
    case 'tarball':
    case 'file': {
      const url = splitUrl(str(attrs, 'url'), CURRENT);
      const plain = attrs.type === 'tarball' && url !== undefined && hasTarballExtension(url.path, CURRENT);
      const params = ['narHash', 'rev', 'revCount', 'lastModified', 'dir'];
      return printWithUrl(attrs, plain ? '' : attrs.type, params);
    }
    case 'path': {
      const path = str(attrs, 'path')
        .split('/')
        .map((s) => percentEncode(s, ':@'))
        .join('/');
      return withQuery(`path:${path}`, queryOf(attrs, ['dir', 'lastModified', 'narHash', 'rev', 'revCount']));
    }
    case 'indirect': {
      let path = str(attrs, 'id');
      if (typeof attrs['ref'] === 'string') path += `/${attrs['ref']}`;
      if (typeof attrs['rev'] === 'string') path += `/${attrs['rev']}`;
      return withQuery(`flake:${path}`, queryOf(attrs, ['dir', 'narHash']));
    }
    default:
      throw new UserError(`cannot print a flake reference of type '${attrs.type}'`);
  }
}

// ------------------------------------------------------------------------------------------------ comparison

/**
 * Nix's FlakeRef::canonicalize for `original` entries: older Nix left `?dir=X` inside git/tarball URLs as well as
 * writing `dir: X`; drop it from the URL so both spellings compare equal.
 */
export function canonicalFlakeRef(attrs: FlakeRefAttrs): FlakeRefAttrs {
  const url = attrs['url'];
  const dir = attrs['dir'];
  if (typeof url !== 'string' || typeof dir !== 'string') return attrs;
  let parsed: Url | undefined;
  try {
    parsed = splitUrl(url, CURRENT);
  } catch {
    return attrs;
  }
  if (!parsed || parsed.query.get('dir') !== dir) return attrs;
  const q = new Map(parsed.query);
  q.delete('dir');
  return { ...attrs, url: renderUrl(parsed.scheme, parsed.authority, parsed.path, q, CURRENT) };
}

/** True when two references are the same `original` once canonicalised (what Nix compares to keep a lock entry). */
export function sameFlakeRef(a: FlakeRefAttrs, b: FlakeRefAttrs): boolean {
  const ca = canonicalFlakeRef(a);
  const cb = canonicalFlakeRef(b);
  const ka = Object.keys(ca).sort();
  const kb = Object.keys(cb).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && ca[k] === cb[k]);
}
