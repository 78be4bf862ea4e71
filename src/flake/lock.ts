/**
 * flake.lock → LockFile (versions 5, 6 and 7), read the way Nix reads it (src/libflake/lockfile.cc):
 *   - `nodes` by key, `root` naming the root node; each input of a node is a node key or a follows path (an array
 *     of input names, absolute from the root; `[]` is the root itself);
 *   - non-root nodes carry `locked` and `original` attribute sets (strings, non-negative integers, Booleans) with a
 *     `type`; version 5 kept `lastModified`/`narHash` in a separate `info` object that Nix merges over `locked`;
 *   - `flake: false` marks plain sources; `parent` (version 7, newer Nix) is the input path a relative path input
 *     is relative to.
 * Anything else is rejected with a UserError naming the file, the line and column, the field and what to do:
 * text that is not JSON (with the position of the error), git merge-conflict markers, comments, an empty file,
 * versions before 5 (written by pre-releases of Nix flakes), a missing or unknown root, node keys that point at
 * nothing, wrong types. This is stricter than Nix in one way: Nix only looks at the nodes reachable from the root,
 * while every node is checked here (Nix never writes an unreachable node).
 *
 * The JSON reader is written here (not JSON.parse) so every error and every node has a line and column.
 */
import { UserError, type Position } from '../engine/errors.js';
import type { FlakeRefAttrs, InputPath, LockEdge, LockFile, LockNode } from './types.js';

const RELOCK = 'run `nix flake lock` to rewrite it';

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

class JsonReader {
  private i = 0;
  constructor(private readonly text: string) {}

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
    let i = this.i;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
    this.i = i;
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
    const offset = this.i++;
    const members = new Map<string, JMember>();
    this.ws();
    if (this.text[this.i] === '}') {
      this.i++;
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
    const offset = this.i++;
    const items: JValue[] = [];
    this.ws();
    if (this.text[this.i] === ']') {
      this.i++;
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
    // Fast path: no escape and no control character before the closing quote.
    const close = t.indexOf('"', this.i);
    if (close > 0) {
      let plain = true;
      for (let k = this.i; k < close; k++) {
        const c = t.charCodeAt(k);
        if (c === 0x5c || c < 0x20) {
          plain = false;
          break;
        }
      }
      if (plain) {
        this.i = close + 1;
        return t.slice(start + 1, close);
      }
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
    return { kind: 'number', offset, value: Number(r[0]) };
  }
}

// ------------------------------------------------------------------------------------------------ checks

type KindOf<K extends JValue['kind']> = K extends 'object' ? JObject : K extends 'array' ? JArray : JScalar;

const CONFLICT_RE = /^(<{7}|={7}|>{7}|\|{7})(?:[ \t].*)?$/m;

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
    return arr.items.map((item) => this.expect(item, 'string', () => `${what()}: each path element`).value as string);
  }

  private attrs(obj: JObject, field: string, where: string, info?: string): FlakeRefAttrs {
    const member = obj.members.get(field);
    if (!member) this.fail(`${where} has no '${field}'`, obj.offset);
    const main = this.expect(member.value, 'object', () => `${where}: '${field}'`);
    const infoMember = info ? obj.members.get(info) : undefined;
    const extra = infoMember ? this.expect(infoMember.value, 'object', () => `${where}: '${info}'`) : undefined;
    const keys: string[] = [];
    const values = new Map<string, string | number | boolean>();
    for (const [srcName, src] of extra
      ? ([
          [field, main],
          [info!, extra],
        ] as const)
      : ([[field, main]] as const)) {
      for (const [name, m] of src.members) {
        const v = m.value;
        let value: string | number | boolean;
        if (v.kind === 'string' || v.kind === 'boolean') value = v.value as string | boolean;
        else if (v.kind === 'number' && Number.isSafeInteger(v.value) && (v.value as number) >= 0)
          value = v.value as number;
        else {
          this.fail(
            `${where}: '${srcName}.${name}' must be a string, a non-negative integer or a Boolean, found ${this.kindName(v)}`,
            v.offset,
          );
        }
        if (!values.has(name)) keys.push(name);
        values.set(name, value); // version 5: `info` overrides `locked`, as in Nix
      }
    }
    if (typeof values.get('type') !== 'string') this.fail(`${where}: '${field}' has no 'type'`, member.value.offset);
    // Nix writes keys sorted; sort only when they are not.
    for (let k = 1; k < keys.length; k++) {
      if (keys[k - 1]! > keys[k]!) {
        keys.sort();
        break;
      }
    }
    const out: Record<string, string | number | boolean> = {};
    for (const k of keys) out[k] = values.get(k)!;
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
