/**
 * flake.lock → LockFile (versions 5, 6 and 7), read the way Nix reads it (src/libflake/lockfile.cc):
 *   - `nodes` by key, `root` naming the root node; each input of a node is a node key or a follows path (an array
 *     of input names, absolute from the root; `[]` is the root itself);
 *   - non-root nodes carry `locked` and `original` attribute sets (strings, integers, Booleans) with a `type`;
 *     version 5 kept `lastModified`/`narHash` in a separate `info` object that Nix merges over `locked`;
 *   - `flake: false` marks plain sources; `parent` (version 7, newer Nix) is the input path a relative path input
 *     is relative to.
 * Anything else is rejected with a UserError naming the file, the line and column, the field and what to do:
 * text that is not JSON (with the position of the error), git merge-conflict markers, comments, an empty file,
 * versions before 5 (written by pre-releases of Nix flakes), a missing or unknown root, node keys that point at
 * nothing, wrong types. This is stricter than Nix in one way: Nix only looks at the nodes reachable from the root,
 * while every node is checked here (Nix never writes an unreachable node).
 *
 * Attribute values are read as Nix reads them (libfetchers attrs.cc `jsonToAttrs`, then the input scheme), checked
 * against Nix 2.8 in __tests__/integration/flake/lock-shapes-nix.test.ts:
 *   - every JSON number is read as an unsigned 64-bit integer: `-1` is 18446744073709551615, `1.5` is 1 (Nix accepts
 *     both); one that does not fit (beyond -2^63..2^64-1, or a fraction outside 0..2^64) is refused, since what Nix
 *     makes of it is undefined behaviour in C++. Integers above 2^53 (which a JS number cannot hold) are kept
 *     exactly, as their decimal digits (a string): no date or count is that large, and JSON.stringify keeps working;
 *   - an attribute every version of Nix reads with a type (`lastModified` and `revCount` integers, `narHash`, `rev`,
 *     `ref`… strings, `shallow`, `submodules`… Booleans) must have it: Nix says "input attribute 'lastModified' is not
 *     an integer";
 *   - for the input types Nix knows, an attribute no version of Nix accepts for that type (`locked.__proto__`,
 *     `locked.foo`) is refused, as Nix refuses it ("unsupported input attribute"); the lists are the union over
 *     Nix 2.8 to today, so a lock a newer Nix writes still reads. Unknown types keep every attribute, as Nix does.
 *   - attributes are read into Maps and copied into plain objects with `__proto__` defined as an own property
 *     (a plain assignment would drop it or set the prototype), so no name is lost or reaches Object.prototype;
 *     readers check types (`typeof v === 'string'`), so inherited names such as `constructor` read as absent.
 *     (Objects without a prototype were measured 40% slower to build and read on the largest corpus lock.)
 *
 * Limits, each checked before the work it bounds and reported as one line naming the file, the limit and what to
 * do: the text's size, JSON nesting depth, the number of nodes and the length of a follows path. None is near
 * what real locks use (../shared/corpus: 117 KB, depth 5, 231 nodes, follows paths of 8); they bound what a
 * hostile lock on a fork's pull request can cost. src/flake/follows.ts bounds the input paths the nodes expand to.
 *
 * The JSON reader is written here (not JSON.parse) so every error and every node has a line and column.
 */
import { UserError, type Position } from '../core/errors.js';
import { INPUT_ATTRIBUTES } from './flakeref.js';
import type { FlakeRefAttrs, InputPath, LockEdge, LockFile, LockNode } from './flake-types.js';

const RELOCK = 'run `nix flake lock` to rewrite it';

/** Limits on what a lock may cost to read (see the header); exported for the callers that check before reading. */
export const LOCK_LIMITS = {
  /** Size of the text: 8 MiB (the largest corpus lock is 117 KB). Callers that read the file check it first. */
  bytes: 8 * 1024 * 1024,
  /** JSON nesting: a lock Nix writes nests 5 deep. */
  jsonDepth: 64,
  /** Nodes in `nodes` (the largest corpus lock has 231). */
  nodes: 10_000,
  /** Elements of one follows or `parent` path (the longest in the corpus has 8). */
  pathLength: 256,
} as const;

const HOSTILE = 'a lock Nix writes never comes near it; rewrite it with `nix flake lock --recreate-lock-file`';

// ------------------------------------------------------------------------------------------------ JSON with positions

type JValue = JObject | JArray | JScalar;

interface JObject {
  readonly kind: 'object';
  readonly offset: number;
  /** Key → member; a repeated key keeps the last value, as Nix's JSON library does. */
  readonly members: Map<string, JMember>;
}

interface JMember {
  readonly keyOffset: number;
  readonly value: JValue;
}

interface JArray {
  readonly kind: 'array';
  readonly offset: number;
  readonly items: JValue[];
}

interface JScalar {
  readonly kind: 'string' | 'number' | 'boolean' | 'null';
  readonly offset: number;
  readonly value: string | number | boolean | null;
  /** A number as written (`9007199254740993` is not a JS number). */
  readonly text?: string;
}

/** Offsets of line starts, for offset → line/column. */
class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

class JsonError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly hint?: string,
    /** A limit was reached in valid JSON (not a syntax error). */
    readonly limit = false,
  ) {
    super(message);
  }
}

function describeChar(text: string, i: number): string {
  if (i >= text.length) return 'the end of the file';
  const c = text.codePointAt(i)!;
  if (c < 0x20) return `control character U+${c.toString(16).padStart(4, '0').toUpperCase()}`;
  return `'${String.fromCodePoint(c)}'`;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** JSON white space from `lastIndex` on (sticky: it never searches ahead). */
const WHITE_SPACE = /[ \n\r\t]*/y;
/** A string at `lastIndex` with no escape and no control character: the strings Nix writes. */
const PLAIN_STRING = /"[^"\\\u0000-\u001f]*"/y;

class JsonReader {
  private i = 0;
  /** Objects and arrays open around the current position; capped, so the recursion below stays shallow. */
  private depth = 0;
  constructor(private readonly text: string) {}

  private enter(): void {
    if (++this.depth > LOCK_LIMITS.jsonDepth) {
      throw new JsonError(
        `flake.lock nests objects and arrays more than ${LOCK_LIMITS.jsonDepth} deep (a lock Nix writes nests 5)`,
        this.i,
        HOSTILE,
        true,
      );
    }
  }

  read(): JValue {
    if (this.text.charCodeAt(0) === 0xfeff) this.i = 1; // a UTF-8 byte-order mark, skipped as Nix does
    const v = this.value();
    this.ws();
    if (this.i < this.text.length) {
      throw new JsonError(`unexpected ${describeChar(this.text, this.i)} after the end of the JSON document`, this.i);
    }
    return v;
  }

  private ws(): void {
    const t = this.text;
    // JSON's white space, skipped by the regexp engine (native code) rather than a loop the interpreter runs per
    // character: most of a cold lint's time in this reader went to such loops.
    WHITE_SPACE.lastIndex = this.i;
    WHITE_SPACE.test(t);
    const i = (this.i = WHITE_SPACE.lastIndex);
    const c = t.charCodeAt(i);
    if (c === 0x23 /* # */ || (c === 0x2f /* / */ && (t[i + 1] === '/' || t[i + 1] === '*'))) {
      throw new JsonError(
        'comments are not allowed in flake.lock (it is JSON, written by Nix)',
        this.i,
        `remove the comment, or ${RELOCK}`,
      );
    }
  }

  private value(): JValue {
    this.ws();
    const t = this.text;
    const start = this.i;
    const c = t[start];
    switch (c) {
      case '{':
        return this.object();
      case '[':
        return this.array();
      case '"':
        return { kind: 'string', offset: start, value: this.string() };
      case 't':
      case 'f':
      case 'n': {
        for (const [word, value] of [
          ['true', true],
          ['false', false],
          ['null', null],
        ] as const) {
          if (t.startsWith(word, start)) {
            this.i += word.length;
            return value === null ? { kind: 'null', offset: start, value } : { kind: 'boolean', offset: start, value };
          }
        }
        break;
      }
      default:
        if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    }
    throw new JsonError(`expected a value, found ${describeChar(t, start)}`, start);
  }

  private object(): JObject {
    this.enter();
    const offset = this.i++;
    const members = new Map<string, JMember>();
    this.ws();
    if (this.text[this.i] === '}') {
      this.i++;
      this.depth--;
      return { kind: 'object', offset, members };
    }
    for (;;) {
      this.ws();
      if (this.text[this.i] !== '"') {
        const after = this.text[this.i] === '}' ? ' (a trailing comma before it?)' : '';
        throw new JsonError(`expected a "key" in an object, found ${describeChar(this.text, this.i)}${after}`, this.i);
      }
      const keyOffset = this.i;
      const key = this.string();
      this.ws();
      if (this.text[this.i] !== ':') {
        throw new JsonError(`expected ':' after the key "${key}", found ${describeChar(this.text, this.i)}`, this.i);
      }
      this.i++;
      const value = this.value();
      members.set(key, { keyOffset, value });
      this.ws();
      const c = this.text[this.i];
      if (c === ',') {
        this.i++;
        continue;
      }
      if (c === '}') {
        this.i++;
        this.depth--;
        return { kind: 'object', offset, members };
      }
      const missing = c === '"' ? ' (a missing comma?)' : '';
      throw new JsonError(
        `expected ',' or '}' after the value of "${key}", found ${describeChar(this.text, this.i)}${missing}`,
        this.i,
      );
    }
  }

  private array(): JArray {
    this.enter();
    const offset = this.i++;
    const items: JValue[] = [];
    this.ws();
    if (this.text[this.i] === ']') {
      this.i++;
      this.depth--;
      return { kind: 'array', offset, items };
    }
    for (;;) {
      items.push(this.value());
      this.ws();
      const c = this.text[this.i];
      if (c === ',') {
        this.i++;
        this.ws();
        if (this.text[this.i] === ']') throw new JsonError("expected a value after ',' (a trailing comma?)", this.i);
        continue;
      }
      if (c === ']') {
        this.i++;
        this.depth--;
        return { kind: 'array', offset, items };
      }
      const missing = c === '"' || c === '[' || c === '{' ? ' (a missing comma?)' : '';
      throw new JsonError(
        `expected ',' or ']' in an array, found ${describeChar(this.text, this.i)}${missing}`,
        this.i,
      );
    }
  }

  private string(): string {
    const t = this.text;
    const start = this.i++;
    // Fast path: no escape and no control character before the closing quote (matched natively, as above).
    PLAIN_STRING.lastIndex = start;
    if (PLAIN_STRING.test(t)) {
      this.i = PLAIN_STRING.lastIndex;
      return t.slice(start + 1, this.i - 1);
    }
    let out = '';
    let chunk = this.i;
    for (;;) {
      if (this.i >= t.length) throw new JsonError('unterminated string', start);
      const c = t.charCodeAt(this.i);
      if (c === 0x22) {
        out += t.slice(chunk, this.i);
        this.i++;
        return out;
      }
      if (c < 0x20) {
        throw new JsonError(`${describeChar(t, this.i)} inside a string (write it as an escape)`, this.i);
      }
      if (c !== 0x5c) {
        this.i++;
        continue;
      }
      out += t.slice(chunk, this.i);
      const e = t[this.i + 1];
      if (e !== undefined && ESCAPES[e] !== undefined) {
        out += ESCAPES[e];
        this.i += 2;
      } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(t.slice(this.i + 2, this.i + 6))) {
        out += String.fromCharCode(parseInt(t.slice(this.i + 2, this.i + 6), 16));
        this.i += 6;
      } else {
        throw new JsonError(`invalid escape '\\${e ?? ''}' in a string`, this.i);
      }
      chunk = this.i;
    }
  }

  private number(): JScalar {
    const m = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
    m.lastIndex = this.i;
    const r = m.exec(this.text);
    if (!r || r[0] === '-') throw new JsonError(`invalid number at ${describeChar(this.text, this.i)}`, this.i);
    const offset = this.i;
    this.i += r[0].length;
    return { kind: 'number', offset, value: Number(r[0]), text: r[0] };
  }
}

// ------------------------------------------------------------------------------------------------ checks

type KindOf<K extends JValue['kind']> = K extends 'object' ? JObject : K extends 'array' ? JArray : JScalar;

const CONFLICT_RE = /^(<{7}|={7}|>{7}|\|{7})(?:[ \t].*)?$/m;

/** Attributes every input scheme that has them reads with one type (libfetchers getIntAttr/getStrAttr/getBoolAttr). */
const ATTR_KIND: ReadonlyMap<string, 'number' | 'string' | 'boolean'> = new Map([
  ...(['lastModified', 'revCount'] as const).map((k) => [k, 'number'] as const),
  ...(
    [
      'type',
      'url',
      'ref',
      'rev',
      'narHash',
      'owner',
      'repo',
      'host',
      'path',
      'id',
      'dir',
      'name',
      'dirtyRev',
      'dirtyShortRev',
      'keytype',
      'publicKey',
      'publicKeys',
      'treeHash',
    ] as const
  ).map((k) => [k, 'string'] as const),
  ...(['shallow', 'submodules', 'allRefs', 'unpack', 'exportIgnore', 'lfs', 'verifyCommit', '__final'] as const).map(
    (k) => [k, 'boolean'] as const,
  ),
]);

const KIND_NAME = { number: 'an integer', string: 'a string', boolean: 'a Boolean' } as const;

/** Accepted for every type: `dir` is taken off by FlakeRef::fromAttrs, `__final` is newer Nix's own marker. */
const ALWAYS_ALLOWED: ReadonlySet<string> = new Set(['type', 'dir', '__final']);

const TWO_63 = 1n << 63n;
const TWO_64 = 1n << 64n;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * A JSON number as Nix reads an attribute (nlohmann's `get<uint64_t>()`): an integer from -2^63 to 2^64-1 wraps to
 * an unsigned one (`-1` is 2^64-1); a number with a fraction or exponent is truncated (`1.5` is 1). Undefined when
 * C++ leaves the result undefined (a negative fraction below -1, anything from 2^64 on): refused rather than guessed.
 */
function nixUint64(text: string): bigint | undefined {
  if (/^-?[0-9]+$/.test(text)) {
    if (text.length > 21) return undefined; // longer than 18446744073709551615 or -9223372036854775808
    let b = BigInt(text);
    if (b < -TWO_63 || b >= TWO_64) return undefined;
    if (b < 0n) b += TWO_64;
    return b;
  }
  const x = Number(text);
  if (!(x > -1 && x < 2 ** 64)) return undefined;
  return BigInt(Math.trunc(x));
}

class LockReader {
  private readonly lines: LineIndex;

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {
    this.lines = new LineIndex(text);
  }

  fail(message: string, offset: number, hint: string = RELOCK): never {
    throw new UserError(message, this.file, this.lines.position(offset), hint);
  }

  read(): LockFile {
    if (this.text.length > LOCK_LIMITS.bytes) {
      throw new UserError(
        `flake.lock is larger than ${LOCK_LIMITS.bytes / 1024 / 1024} MiB (the limit flake-steward reads)`,
        this.file,
        undefined,
        HOSTILE,
      );
    }
    if (!/\S/.test(this.text)) {
      throw new UserError(
        'flake.lock is empty',
        this.file,
        undefined,
        'delete it and run `nix flake lock` to write it',
      );
    }
    const t = this.text;
    const maybeConflict =
      t.includes('<<<<<<<') || t.includes('>>>>>>>') || t.includes('=======') || t.includes('|||||||');
    const conflict = maybeConflict ? CONFLICT_RE.exec(t) : null;
    if (conflict) {
      this.fail(
        `git merge-conflict marker '${conflict[1]}' in flake.lock`,
        conflict.index,
        'resolve the conflict by taking one side (e.g. `git checkout --theirs flake.lock`), then run `nix flake lock` to merge the inputs again',
      );
    }
    let doc: JValue;
    try {
      doc = new JsonReader(this.text).read();
    } catch (e) {
      if (!(e instanceof JsonError)) throw e;
      if (e.limit) this.fail(e.message, e.offset, e.hint);
      this.fail(`flake.lock is not valid JSON: ${e.message}`, e.offset, e.hint ?? `fix it by hand, or ${RELOCK}`);
    }
    if (doc.kind !== 'object') this.fail(`flake.lock must be a JSON object, found ${this.kindName(doc)}`, doc.offset);
    return this.lockFile(doc);
  }

  private kindName(v: JValue): string {
    return v.kind === 'object'
      ? 'an object'
      : v.kind === 'array'
        ? 'an array'
        : v.kind === 'null'
          ? 'null'
          : `a ${v.kind}`;
  }

  /** `what` names the field in the message; a function so the happy path builds no strings. */
  private expect<K extends JValue['kind']>(v: JValue, kind: K, what: string | (() => string)): KindOf<K> {
    if (v.kind !== kind) {
      const want = kind === 'object' ? 'an object' : kind === 'array' ? 'an array' : `a ${kind}`;
      const name = typeof what === 'string' ? what : what();
      this.fail(`${name} must be ${want}, found ${this.kindName(v)}`, v.offset);
    }
    return v as KindOf<K>;
  }

  private lockFile(doc: JObject): LockFile {
    const versionMember = doc.members.get('version');
    if (!versionMember) {
      this.fail(
        "flake.lock has no 'version'",
        doc.offset,
        'it was not written by Nix; delete it and run `nix flake lock`',
      );
    }
    const vv = versionMember.value;
    if (vv.kind !== 'number' || !Number.isInteger(vv.value)) {
      this.fail(`'version' must be an integer, found ${this.kindName(vv)}`, vv.offset);
    }
    const version = vv.value as number;
    if (version >= 1 && version <= 4) {
      this.fail(
        `lock file version ${version} is not supported: it was written by a pre-release of Nix flakes (before Nix 2.4), and Nix 2.4 and later cannot read it either`,
        vv.offset,
        'delete flake.lock and run `nix flake lock` to write a version 7 lock',
      );
    }
    if (version !== 5 && version !== 6 && version !== 7) {
      this.fail(
        `lock file version ${version} is not supported (Nix and flake-steward read versions 5 to 7)`,
        vv.offset,
        version > 7 ? 'it was written by a newer Nix than this tool knows; please report it' : RELOCK,
      );
    }
    const nodesMember = doc.members.get('nodes');
    if (!nodesMember) this.fail("flake.lock has no 'nodes'", doc.offset);
    const nodesObj = this.expect(nodesMember.value, 'object', "'nodes'");
    if (nodesObj.members.size > LOCK_LIMITS.nodes) {
      this.fail(
        `flake.lock has ${nodesObj.members.size} nodes, more than the ${LOCK_LIMITS.nodes} flake-steward reads`,
        nodesObj.offset,
        HOSTILE,
      );
    }
    const rootMember = doc.members.get('root');
    if (!rootMember) this.fail("flake.lock has no 'root' (the key of the root node)", doc.offset);
    const rootValue = this.expect(rootMember.value, 'string', "'root'");
    const root = rootValue.value as string;
    if (!nodesObj.members.has(root)) {
      this.fail(`the root node '${root}' is not in 'nodes'`, rootValue.offset);
    }
    const nodes = new Map<string, LockNode>();
    for (const [key, member] of nodesObj.members) {
      nodes.set(key, this.node(key, member, key === root, version, nodesObj, root));
    }
    return { file: this.file, version, root, nodes };
  }

  private node(key: string, member: JMember, isRoot: boolean, version: number, all: JObject, root: string): LockNode {
    const where = `node '${key}'`;
    const obj = this.expect(member.value, 'object', where);
    const inputs = new Map<string, LockEdge>();
    const inputsMember = obj.members.get('inputs');
    if (inputsMember) {
      const inputsObj = this.expect(inputsMember.value, 'object', () => `${where}: 'inputs'`);
      for (const [name, m] of inputsObj.members) inputs.set(name, this.edge(where, name, m.value, all, root));
    }
    const flakeMember = obj.members.get('flake');
    let flake = true;
    if (flakeMember) flake = this.expect(flakeMember.value, 'boolean', () => `${where}: 'flake'`).value as boolean;
    let parent: InputPath | undefined;
    const parentMember = obj.members.get('parent');
    if (parentMember) parent = this.path(parentMember.value, () => `${where}: 'parent'`);
    const line = this.lines.position(member.keyOffset).line;
    if (isRoot) return { key, inputs, flake, parent, line };
    const locked = this.attrs(obj, 'locked', where, version === 5 ? 'info' : undefined);
    const original = this.attrs(obj, 'original', where);
    return { key, inputs, locked, original, flake, parent, line };
  }

  private edge(where: string, name: string, v: JValue, all: JObject, root: string): LockEdge {
    if (v.kind === 'string') {
      const target = v.value as string;
      if (target === root) {
        this.fail(
          `${where}: input '${name}' points at the root node '${root}' (a cycle to the root node)`,
          v.offset,
          `a flake that needs itself is written as a follows ([]); ${RELOCK}`,
        );
      }
      if (!all.members.has(target)) {
        this.fail(`${where}: input '${name}' refers to node '${target}', which is not in 'nodes'`, v.offset);
      }
      return { kind: 'node', key: target };
    }
    if (v.kind === 'array') return { kind: 'follows', path: this.path(v, () => `${where}: input '${name}'`) };
    this.fail(
      `${where}: input '${name}' must be a node key (a string) or a follows path (an array), found ${this.kindName(v)}`,
      v.offset,
    );
  }

  private path(v: JValue, what: () => string): InputPath {
    const arr = this.expect(v, 'array', what);
    if (arr.items.length > LOCK_LIMITS.pathLength) {
      this.fail(
        `${what()} is a path of ${arr.items.length} input names, more than the ${LOCK_LIMITS.pathLength} flake-steward reads`,
        arr.offset,
        HOSTILE,
      );
    }
    return arr.items.map((item) => this.expect(item, 'string', () => `${what()}: each path element`).value as string);
  }

  private attrs(obj: JObject, field: string, where: string, info?: string): FlakeRefAttrs {
    const member = obj.members.get(field);
    if (!member) this.fail(`${where} has no '${field}'`, obj.offset);
    const main = this.expect(member.value, 'object', () => `${where}: '${field}'`);
    const infoMember = info ? obj.members.get(info) : undefined;
    const extra = infoMember ? this.expect(infoMember.value, 'object', () => `${where}: '${info}'`) : undefined;
    // version 5: `info` overrides `locked`, as in Nix; Maps, so any name (`__proto__`) is an ordinary key
    let members: ReadonlyMap<string, JMember> = main.members;
    if (extra) {
      const merged = new Map(main.members);
      for (const [name, m] of extra.members) merged.set(name, m);
      members = merged;
    }
    const shown = (name: string) => `'${extra?.members.has(name) ? info! : field}.${name}'`;
    const type = members.get('type')?.value;
    if (type?.kind !== 'string') this.fail(`${where}: '${field}' has no 'type'`, member.value.offset);
    const allowed = INPUT_ATTRIBUTES.get(type.value as string);
    // Nix writes keys sorted; sort only when they are not.
    let keys: Iterable<string> = members.keys();
    let previous = '';
    for (const name of members.keys()) {
      if (name < previous) {
        keys = [...members.keys()].sort();
        break;
      }
      previous = name;
    }
    const out: Record<string, string | number | boolean> = {};
    const set = (name: string, value: string | number | boolean) => {
      // `__proto__` (kept only for a type Nix does not know) becomes an own property, never the prototype.
      if (name === '__proto__')
        Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
      else out[name] = value;
    };
    for (const name of keys) {
      const v = members.get(name)!.value;
      // In Nix's order: the value's JSON type (jsonToAttrs), the name (the input scheme), the type the scheme reads.
      if (v.kind !== 'string' && v.kind !== 'boolean' && v.kind !== 'number') {
        this.fail(
          `${where}: ${shown(name)} must be a string, an integer or a Boolean, found ${this.kindName(v)} (Nix: "unsupported input attribute type in lock file")`,
          v.offset,
        );
      }
      if (allowed && !allowed.has(name) && !ALWAYS_ALLOWED.has(name)) {
        this.fail(
          `${where}: ${shown(name)} is not an attribute of a '${type.value as string}' input (Nix: "unsupported input attribute '${name}'")`,
          v.offset,
          `remove it, or ${RELOCK}; if a newer Nix wrote it, please report it`,
        );
      }
      const want = ATTR_KIND.get(name);
      if (want !== undefined && v.kind !== want) {
        this.fail(
          `${where}: ${shown(name)} must be ${KIND_NAME[want]}, found ${this.kindName(v)} (Nix: "input attribute '${name}' is not ${KIND_NAME[want]}")`,
          v.offset,
        );
      }
      const x = v.value as string | number | boolean;
      if (typeof x !== 'number') set(name, x);
      else if (Number.isSafeInteger(x) && x >= 0)
        set(name, x + 0); // `-0` is 0; anything else as Nix reads it:
      else {
        const n = nixUint64(v.text!);
        if (n === undefined) {
          const text = v.text!.length > 40 ? `${v.text!.slice(0, 40)}…` : v.text!;
          this.fail(
            `${where}: ${shown(name)} is ${text}, which Nix cannot read as an unsigned 64-bit integer`,
            v.offset,
          );
        }
        set(name, n <= MAX_SAFE ? Number(n) : n.toString());
      }
    }
    return out as FlakeRefAttrs;
  }
}

/**
 * Reads the text of a flake.lock (`file` is used in messages). Throws a UserError naming the file, the position,
 * the field and what to do when the text is not a lock file Nix would read.
 */
export function parseLock(text: string, file: string): LockFile {
  return new LockReader(text, file).read();
}
