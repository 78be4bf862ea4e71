/**
 * parseLock on the attribute shapes where it used to differ from Nix (issue 9, item 7), and the limits that bound
 * what a lock costs to read (items 2 and 3). Nix's own verdict on each shape is checked in
 * __tests__/integration/flake/lock-shapes-nix.test.ts.
 */
import { describe, expect, test } from '@jest/globals';
import { UserError } from '../../../src/core/errors.js';
import { LOCK_LIMITS, parseLock } from '../../../src/flake/lock.js';
import { deepJsonLock, lockJson, nodeChainLock, pathNode } from '../../support/hostile-locks.js';
import { corpusLocks, describeCorpus } from './corpus-helper.js';

const NAR = 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/** A lock whose one input `a` has `locked` written as `lockedJson` (raw JSON text, so any number can be written). */
function withLocked(lockedJson: string, original = '{"type": "path", "path": "/x"}'): string {
  return `{"version": 7, "root": "root", "nodes": {"root": {"inputs": {"a": "a"}}, "a": {"locked": ${lockedJson}, "original": ${original}}}}`;
}
const pathLocked = (extra: string) => withLocked(`{"type": "path", "path": "/x", "narHash": "${NAR}"${extra}}`);

function rejection(text: string): UserError {
  try {
    parseLock(text, 'flake.lock');
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('parseLock accepted the text');
}

const locked = (text: string) => parseLock(text, 'flake.lock').nodes.get('a')!.locked!;

describe('attribute values are read as Nix reads them', () => {
  test('lastModified as a string is refused, as Nix refuses it', () => {
    const text = pathLocked(', "lastModified": "1680777600"');
    const e = rejection(text);
    expect(e.message).toBe(
      `node 'a': 'locked.lastModified' must be an integer, found a string (Nix: "input attribute 'lastModified' is not an integer")`,
    );
    expect(e.position).toEqual({ line: 1, column: text.indexOf('"1680777600"') + 1 });
  });

  test.each([
    ['revCount', '"5"', 'an integer'],
    ['narHash', '5', 'a string'],
    ['rev', 'true', 'a string'],
    ['shallow', '"1"', 'a Boolean'],
  ])('%s must have the type Nix reads it with', (name, value, want) => {
    // a git input with every attribute valid, then `name` given the wrong type
    const attrs: Record<string, string> = {
      type: '"git"',
      url: '"file:///x"',
      narHash: `"${NAR}"`,
      rev: `"${'0'.repeat(40)}"`,
    };
    attrs[name] = value;
    const json = `{${Object.entries(attrs)
      .map(([k, v]) => `"${k}": ${v}`)
      .join(', ')}}`;
    expect(rejection(withLocked(json, '{"type": "git", "url": "file:///x"}')).message).toContain(
      `'locked.${name}' must be ${want}, found`,
    );
  });

  test('revCount 9007199254740993 (above 2^53) is kept exactly, as its digits', () => {
    expect(locked(pathLocked(', "revCount": 9007199254740993'))['revCount']).toBe('9007199254740993');
    expect(locked(pathLocked(', "revCount": 18446744073709551615'))['revCount']).toBe('18446744073709551615');
    expect(locked(pathLocked(', "revCount": 9007199254740991'))['revCount']).toBe(9007199254740991);
  });

  test('negative integers wrap to unsigned 64-bit, fractions are truncated (as nlohmann get<uint64_t>)', () => {
    expect(locked(pathLocked(', "lastModified": -1'))['lastModified']).toBe('18446744073709551615');
    expect(locked(pathLocked(', "lastModified": -9223372036854775808'))['lastModified']).toBe('9223372036854775808');
    expect(locked(pathLocked(', "lastModified": 1.5'))['lastModified']).toBe(1);
    expect(locked(pathLocked(', "lastModified": 1e3'))['lastModified']).toBe(1000);
    expect(Object.is(locked(pathLocked(', "lastModified": -0'))['lastModified'], 0)).toBe(true);
  });

  test.each([
    ['-1.5'],
    ['18446744073709551616'],
    ['-9223372036854775809'],
    ['1e30'],
    ['1 and 400 zeros', `1${'0'.repeat(400)}`],
  ])('%s, which C++ leaves undefined, is refused with the number shown', (label, written = label) => {
    const n = written;
    const e = rejection(pathLocked(`, "revCount": ${n}`));
    expect(e.message).toMatch(/'locked.revCount' is .*, which Nix cannot read as an unsigned 64-bit integer/);
    expect(e.message.length).toBeLessThan(200);
  });

  test('null, objects and arrays are refused with Nix words', () => {
    for (const v of ['null', '{}', '[1]']) {
      expect(rejection(pathLocked(`, "extra": ${v}`)).message).toContain(
        'must be a string, an integer or a Boolean, found',
      );
    }
  });
});

describe('attribute names: __proto__ and names Nix does not accept', () => {
  test('locked.__proto__ of a path input is refused, as Nix refuses it', () => {
    const e = rejection(pathLocked(', "__proto__": "x"'));
    expect(e.message).toBe(
      `node 'a': 'locked.__proto__' is not an attribute of a 'path' input (Nix: "unsupported input attribute '__proto__'")`,
    );
    expect(e.hint).toMatch(/newer Nix/);
  });

  test.each(['github', 'git', 'tarball', 'indirect'])('an unknown attribute of a %s input is refused', (type) => {
    const text = withLocked(`{"type": "${type}", "narHash": "${NAR}", "foo": "x"}`, `{"type": "${type}"}`);
    expect(rejection(text).message).toContain(`'locked.foo' is not an attribute of a '${type}' input`);
  });

  test('original is checked the same way', () => {
    const e = rejection(
      withLocked(
        `{"type": "path", "path": "/x", "narHash": "${NAR}"}`,
        '{"type": "path", "path": "/x", "__proto__": 1}',
      ),
    );
    expect(e.message).toContain(`'original.__proto__' is not an attribute of a 'path' input`);
  });

  test('every attribute newer Nix writes is accepted (dir, __final, lfs, exportIgnore …)', () => {
    const l = locked(
      withLocked(
        `{"type": "git", "url": "file:///x", "narHash": "${NAR}", "rev": "${'0'.repeat(40)}", "dir": "sub", "__final": true, "lfs": true, "exportIgnore": false, "shallow": true, "submodules": false, "revCount": 3, "lastModified": 1}`,
      ),
    );
    expect(Object.keys(l)).toEqual([
      '__final',
      'dir',
      'exportIgnore',
      'lastModified',
      'lfs',
      'narHash',
      'rev',
      'revCount',
      'shallow',
      'submodules',
      'type',
      'url',
    ]);
  });

  test('an input type Nix does not know keeps every attribute, __proto__ as an own property', () => {
    const l = locked(withLocked(`{"type": "weird", "__proto__": "x", "constructor": 1}`, '{"type": "weird"}'));
    expect(Object.keys(l)).toEqual(['__proto__', 'constructor', 'type']);
    expect(Object.getOwnPropertyDescriptor(l, '__proto__')?.value).toBe('x');
    expect(Object.getPrototypeOf(l)).toBe(Object.prototype);
    expect(l['constructor']).toBe(1);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined(); // nothing reached Object.prototype
    expect(JSON.stringify(l)).toBe('{"__proto__":"x","constructor":1,"type":"weird"}');
  });

  test('version 5: info merged over locked, __proto__ included', () => {
    const text = `{"version": 5, "root": "root", "nodes": {"root": {"inputs": {"a": "a"}}, "a": {"locked": {"type": "weird"}, "info": {"__proto__": 2}, "original": {"type": "weird"}}}}`;
    const l = locked(text);
    expect(Object.getOwnPropertyDescriptor(l, '__proto__')?.value).toBe(2);
  });
});

describe('limits: one line naming the file, the limit and what to do', () => {
  const oneLine = (e: UserError) => {
    expect(e.format()).not.toContain('\n');
    expect(e.file).toBe('flake.lock');
    expect(e.hint).toMatch(/nix flake lock/);
  };

  test('JSON nested 100,000 deep (it overflowed the stack before)', () => {
    const text = deepJsonLock(100_000);
    const e = rejection(text);
    expect(e.message).toBe(
      `flake.lock nests objects and arrays more than ${LOCK_LIMITS.jsonDepth} deep (a lock Nix writes nests 5)`,
    );
    // the top-level object is one level: the array that passes the limit is the 64th of the field's arrays
    expect(e.position).toEqual({ line: 1, column: text.indexOf('[') + LOCK_LIMITS.jsonDepth });
    oneLine(e);
  });

  test('JSON nested just within the limit reads', () => {
    // root object, nodes, root node: 3 levels; the unknown field takes the rest
    expect(() => parseLock(deepJsonLock(LOCK_LIMITS.jsonDepth - 1), 'flake.lock')).not.toThrow();
  });

  test('a 20,000-node chain is refused by the node count, before any node is read', () => {
    const e = rejection(nodeChainLock(20_000));
    expect(e.message).toBe(`flake.lock has 20001 nodes, more than the ${LOCK_LIMITS.nodes} flake-steward reads`);
    expect(e.position?.line).toBe(2);
    oneLine(e);
  });

  test('a follows path longer than the limit', () => {
    const follows = JSON.stringify(Array.from({ length: LOCK_LIMITS.pathLength + 1 }, () => 'a'));
    const e = rejection(`{"version": 7, "root": "root", "nodes": {"root": {"inputs": {"a": ${follows}}}}}`);
    expect(e.message).toBe(
      `node 'root': input 'a' is a path of ${LOCK_LIMITS.pathLength + 1} input names, more than the ${LOCK_LIMITS.pathLength} flake-steward reads`,
    );
    oneLine(e);
  });

  test('a text larger than the size limit is refused before it is parsed', () => {
    const big = `{"version": 7, "root": "root", "nodes": {"root": {}}, "pad": "${'x'.repeat(LOCK_LIMITS.bytes)}"}`;
    const e = rejection(big);
    expect(e.message).toBe('flake.lock is larger than 8 MiB (the limit flake-steward reads)');
    oneLine(e);
  });

  test('a lock of many nodes under the limit reads', () => {
    const nodes: Record<string, ReturnType<typeof pathNode>> = { root: { inputs: { a: 'n1' } } };
    for (let i = 1; i < LOCK_LIMITS.nodes; i++) nodes[`n${i}`] = pathNode(`n${i}`);
    expect(parseLock(lockJson(nodes), 'flake.lock').nodes.size).toBe(LOCK_LIMITS.nodes);
  });
});

describeCorpus('corpus: no real lock comes near a limit', () => {
  test('size, nesting, nodes and follows paths are far below the limits', () => {
    let size = 0;
    let nodes = 0;
    let follows = 0;
    let depth = 0;
    for (const l of corpusLocks()) {
      size = Math.max(size, Buffer.byteLength(l.text));
      let d = 0;
      for (const c of l.text) {
        if (c === '{' || c === '[') depth = Math.max(depth, ++d);
        else if (c === '}' || c === ']') d--;
      }
      const json = JSON.parse(l.text) as { version: number; nodes: Record<string, { inputs?: object }> };
      if (json.version < 5) continue;
      const lock = parseLock(l.text, l.file);
      nodes = Math.max(nodes, lock.nodes.size);
      for (const n of lock.nodes.values())
        for (const e of n.inputs.values()) if (e.kind === 'follows') follows = Math.max(follows, e.path.length);
    }
    expect(size * 10).toBeLessThan(LOCK_LIMITS.bytes);
    expect(depth * 10).toBeLessThan(LOCK_LIMITS.jsonDepth);
    expect(nodes * 10).toBeLessThan(LOCK_LIMITS.nodes);
    expect(follows * 10).toBeLessThan(LOCK_LIMITS.pathLength);
  });
});
