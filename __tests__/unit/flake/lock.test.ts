import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../../src/core/errors.js';
import { parseLock } from '../../../src/flake/lock.js';
import type { LockFile } from '../../../src/flake/flake-types.js';
import { corpusLocks, describeCorpus } from './corpus-helper.js';

const FIXTURES = path.resolve('__tests__', 'fixtures', 'flake', 'locks');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

/** The UserError thrown by parseLock, or a failure when it does not throw one. */
function rejection(text: string, file = 'flake.lock'): UserError {
  try {
    parseLock(text, file);
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('parseLock accepted the text');
}

const NODE = (extra = '') =>
  `{"locked": {"type": "github", "owner": "o", "repo": "r", "rev": "${'1'.repeat(40)}"}, "original": {"type": "github", "owner": "o", "repo": "r"}${extra}}`;
const lock = (nodes: string, extra = '') => `{"version": 7, "root": "root"${extra}, "nodes": {${nodes}}}`;

describe('valid locks', () => {
  test('version 5: info is merged over locked, as Nix reads it (info wins)', () => {
    const l = parseLock(fixture('v5-info.lock'), 'v5.lock');
    expect(l.version).toBe(5);
    expect(l.root).toBe('root');
    const n = l.nodes.get('nixpkgs')!;
    expect(n.locked).toEqual({
      lastModified: 1585405475,
      narHash: 'sha256-Pd4oQ7ll0AzTW4mMyKyePbmnFdg0M2fSB3o5N8xKl9w=',
      owner: 'NixOS',
      repo: 'nixpkgs',
      rev: 'b88ff468e9850410070d4e0ccd68c7011f15b2be',
      type: 'github',
    });
    expect(Object.keys(n.locked!)).toEqual(Object.keys(n.locked!).sort());
    expect(n.original).toEqual({ id: 'nixpkgs', ref: 'nixos-20.03-small', type: 'indirect' });
    expect(n.flake).toBe(true);
    expect(n.line).toBe(3);
    expect(l.nodes.get('root')!.inputs.get('nixpkgs')).toEqual({ kind: 'node', key: 'nixpkgs' });
  });

  test('version 6', () => {
    const l = parseLock(fixture('v6.lock'), 'v6.lock');
    expect(l.version).toBe(6);
    expect(l.nodes.get('root')!.inputs.get('utils')).toEqual({ kind: 'node', key: 'flake-utils' });
    expect(l.nodes.get('flake-utils')!.locked!['rev']).toBe('3982c9903e93927c2164caa727cd3f6a0e6d14cc');
  });

  test('version 7: flake = false, parent, follows arrays (nested, []) and node lines', () => {
    const l = parseLock(fixture('v7-features.lock'), 'v7.lock');
    const root = l.nodes.get('root')!;
    expect([...root.inputs.keys()]).toEqual(['hm', 'lib', 'nixpkgs', 'pkgs', 'tools']);
    expect(root.inputs.get('pkgs')).toEqual({ kind: 'follows', path: ['nixpkgs'] });
    expect(root.inputs.get('tools')).toEqual({ kind: 'follows', path: ['hm', 'utils'] });
    expect(l.nodes.get('lib')!.inputs.get('self-ref')).toEqual({ kind: 'follows', path: [] });
    expect(l.nodes.get('lib')!.parent).toEqual([]);
    expect(l.nodes.get('hm')!.parent).toBeUndefined();
    expect(l.nodes.get('nixpkgs')!.flake).toBe(false);
    expect(l.nodes.get('hm')!.flake).toBe(true);
    expect(root.locked).toBeUndefined();
    const text = fixture('v7-features.lock').split('\n');
    for (const [key, node] of l.nodes) expect(text[node.line - 1]).toBe(`    "${key}": {`);
  });

  test('a lock with only the root node', () => {
    const l = parseLock('{"nodes": {"root": {}}, "root": "root", "version": 7}', 'f');
    expect(l.nodes.size).toBe(1);
    expect(l.nodes.get('root')!.inputs.size).toBe(0);
  });

  test('the root may have another key; a UTF-8 byte-order mark is skipped', () => {
    const l = parseLock(
      `\ufeff{"version": 7, "root": "n1", "nodes": {"n1": {"inputs": {"a": "n2"}}, "n2": ${NODE()}}}`,
      'f',
    );
    expect(l.root).toBe('n1');
    expect(l.nodes.get('n1')!.inputs.get('a')).toEqual({ kind: 'node', key: 'n2' });
  });

  test('unknown fields are ignored, as Nix does', () => {
    const l = parseLock(
      lock(`"root": {"inputs": {"a": "a"}, "x": 1}, "a": ${NODE(', "extra": [1]')}`, ', "extra": {}'),
      'f',
    );
    expect(l.nodes.get('a')!.flake).toBe(true);
  });
});

// Each malformed kind: what must be said, and where.
const REJECTED: [string, string, RegExp, { line: number; column: number } | undefined, RegExp][] = [
  [
    'conflict-merge.lock',
    'a merge conflict',
    /git merge-conflict marker '<<<<<<<'/,
    { line: 5, column: 1 },
    /git checkout --theirs/,
  ],
  [
    'conflict-stash.lock',
    'a stash conflict',
    /git merge-conflict marker '<<<<<<<'/,
    { line: 5, column: 1 },
    /nix flake lock/,
  ],
  [
    'missing-comma.lock',
    'a missing comma',
    /not valid JSON: expected ',' or '}' after the value of "flake-utils", found '"' \(a missing comma\?\)/,
    { line: 21, column: 9 },
    /nix flake lock/,
  ],
  ['hash-comment.lock', 'a # comment', /comments are not allowed/, { line: 5, column: 38 }, /remove the comment/],
  ['slash-comment.lock', 'a // comment', /comments are not allowed/, { line: 2, column: 3 }, /remove the comment/],
  ['empty.lock', 'an empty file', /flake.lock is empty/, undefined, /delete it and run `nix flake lock`/],
  ['blank.lock', 'a blank file', /flake.lock is empty/, undefined, /nix flake lock/],
  [
    'trailing-comma.lock',
    'a trailing comma',
    /expected a "key" in an object, found '}' \(a trailing comma before it\?\)/,
    { line: 5, column: 5 },
    /nix flake lock/,
  ],
  [
    'v4-tree.lock',
    'version 4',
    /lock file version 4 is not supported: it was written by a pre-release of Nix flakes \(before Nix 2.4\)/,
    { line: 21, column: 14 },
    /delete flake.lock and run `nix flake lock`/,
  ],
];

describe('malformed fixtures are rejected with file, position and what to do', () => {
  test.each(REJECTED)('%s (%s)', (name, _what, message, position, hint) => {
    const e = rejection(fixture(name), `dir/${name}`);
    expect(e.file).toBe(`dir/${name}`);
    expect(e.message).toMatch(message);
    expect(e.position).toEqual(position);
    expect(e.hint).toMatch(hint);
    expect(e.format()).toMatch(new RegExp(`^dir/${name.replace('.', '\\.')}(:\\d+:\\d+)?: error: `));
  });
});

describe('wrong structure is rejected, naming the field', () => {
  test.each<[string, string, RegExp, number?]>([
    ['not an object', '[1, 2]', /must be a JSON object, found an array/],
    ['no version', '{"nodes": {"root": {}}, "root": "root"}', /has no 'version'/],
    [
      'a string version',
      '{"version": "7", "nodes": {"root": {}}, "root": "root"}',
      /'version' must be an integer, found a string/,
    ],
    ['version 1', '{"version": 1}', /version 1 is not supported: it was written by a pre-release/],
    [
      'version 0',
      '{"version": 0, "nodes": {}, "root": "root"}',
      /version 0 is not supported \(Nix and flake-steward read versions 5 to 7\)/,
    ],
    ['version 8', '{"version": 8, "nodes": {}, "root": "root"}', /version 8 is not supported/],
    ['no nodes', '{"version": 7, "root": "root"}', /has no 'nodes'/],
    ['no root', '{"version": 7, "nodes": {"root": {}}}', /has no 'root'/],
    [
      'root not a string',
      '{"version": 7, "root": 1, "nodes": {"root": {}}}',
      /'root' must be a string, found a number/,
    ],
    ['unknown root', '{"version": 7, "root": "top", "nodes": {"root": {}}}', /the root node 'top' is not in 'nodes'/],
    [
      'dangling node key',
      lock('"root": {"inputs": {"a": "missing"}}'),
      /node 'root': input 'a' refers to node 'missing', which is not in 'nodes'/,
    ],
    [
      'dangling key in a dependency',
      lock(`"root": {"inputs": {"a": "a"}}, "a": ${NODE(', "inputs": {"b": "b_2"}')}`),
      /node 'a': input 'b' refers to node 'b_2'/,
    ],
    [
      'cycle to the root node',
      lock(`"root": {"inputs": {"a": "a"}}, "a": ${NODE(', "inputs": {"up": "root"}')}`),
      /input 'up' points at the root node 'root'/,
    ],
    [
      'input of a wrong type',
      lock('"root": {"inputs": {"a": 1}}'),
      /input 'a' must be a node key \(a string\) or a follows path \(an array\), found a number/,
    ],
    [
      'follows element not a string',
      lock('"root": {"inputs": {"a": ["x", 2]}}'),
      /input 'a': each path element must be a string, found a number/,
    ],
    [
      'inputs not an object',
      lock('"root": {"inputs": ["a"]}'),
      /node 'root': 'inputs' must be an object, found an array/,
    ],
    [
      'node not an object',
      lock('"root": {"inputs": {"a": "a"}}, "a": "x"'),
      /node 'a' must be an object, found a string/,
    ],
    [
      'missing locked',
      lock('"root": {"inputs": {"a": "a"}}, "a": {"original": {"type": "indirect", "id": "a"}}'),
      /node 'a' has no 'locked'/,
    ],
    [
      'missing original',
      lock(`"root": {"inputs": {"a": "a"}}, "a": {"locked": {"type": "path", "path": "/x"}}`),
      /node 'a' has no 'original'/,
    ],
    [
      'locked without type',
      lock(
        '"root": {"inputs": {"a": "a"}}, "a": {"locked": {"path": "/x"}, "original": {"type": "path", "path": "/x"}}',
      ),
      /node 'a': 'locked' has no 'type'/,
    ],
    [
      'attribute of a wrong type',
      lock(
        '"root": {"inputs": {"a": "a"}}, "a": {"locked": {"type": "path", "path": ["x"]}, "original": {"type": "path", "path": "/x"}}',
      ),
      /'locked.path' must be a string, an integer or a Boolean, found an array/,
    ],
    [
      'a number Nix cannot read as an unsigned integer (-1 is read, see lock-shapes.test.ts)',
      lock(
        '"root": {"inputs": {"a": "a"}}, "a": {"locked": {"type": "path", "path": "/x", "lastModified": -1.5}, "original": {"type": "path", "path": "/x"}}',
      ),
      /'locked.lastModified' is -1.5, which Nix cannot read as an unsigned 64-bit integer/,
    ],
    [
      'flake not a Boolean',
      lock(`"root": {"inputs": {"a": "a"}}, "a": ${NODE(', "flake": "false"')}`),
      /node 'a': 'flake' must be a boolean, found a string/,
    ],
    [
      'parent not an array',
      lock(`"root": {"inputs": {"a": "a"}}, "a": ${NODE(', "parent": "x"')}`),
      /node 'a': 'parent' must be an array/,
    ],
    [
      'text after the document',
      '{"version": 7, "root": "root", "nodes": {"root": {}}} {}',
      /after the end of the JSON document/,
    ],
    ['unterminated string', '{"version": 7, "root": "root', /unterminated string/],
    ['bad escape', '{"version": 7, "root": "ro\\xot", "nodes": {}}', /invalid escape '\\x'/],
    [
      'raw newline in a string',
      '{"version": 7, "root": "ro\not", "nodes": {}}',
      /control character U\+000A inside a string/,
    ],
    [
      'truncated file',
      '{"version": 7, "root": "root", "nodes": {"root": {',
      /expected a "key" in an object, found the end of the file/,
    ],
    ['single quotes', "{'version': 7}", /expected a "key" in an object, found '''/],
  ])('%s', (_name, text, message) => {
    const e = rejection(text);
    expect(e.message).toMatch(message);
    expect(e.file).toBe('flake.lock');
    expect(e.position?.line).toBeGreaterThanOrEqual(1);
    expect(e.hint).toBeTruthy();
  });

  test('positions point at the offending value', () => {
    const text =
      '{\n  "version": 7,\n  "root": "root",\n  "nodes": {\n    "root": {\n      "inputs": {\n        "a": "gone"\n      }\n    }\n  }\n}\n';
    expect(rejection(text).position).toEqual({ line: 7, column: 14 });
  });
});

// ------------------------------------------------------------------------------------------------ corpus

describeCorpus('corpus locks', () => {
  const locks = corpusLocks();
  const versionOf = (text: string) => (JSON.parse(text) as { version: number }).version;

  test('the corpus has locks of versions 2 to 7', () => {
    const versions = new Set(locks.map((l) => versionOf(l.text)));
    expect([...versions].sort()).toEqual([2, 3, 4, 6, 7]);
  });

  const supported = locks.filter((l) => versionOf(l.text) >= 5);
  const old = locks.filter((l) => versionOf(l.text) < 5);

  test.each(supported.map((l) => [l.folder, l] as const))('%s parses, and matches JSON.parse node by node', (_f, l) => {
    const parsed: LockFile = parseLock(l.text, l.file);
    const json = JSON.parse(l.text) as {
      version: number;
      root: string;
      nodes: Record<
        string,
        { inputs?: Record<string, string | string[]>; locked?: object; original?: object; flake?: boolean }
      >;
    };
    expect(parsed.version).toBe(json.version);
    expect(parsed.root).toBe(json.root);
    expect([...parsed.nodes.keys()]).toEqual(Object.keys(json.nodes));
    const lines = l.text.split('\n');
    for (const [key, node] of Object.entries(json.nodes)) {
      const p = parsed.nodes.get(key)!;
      expect(p.locked).toEqual(node.locked);
      expect(p.original).toEqual(node.original);
      expect(p.flake).toBe(node.flake !== false);
      const inputs = Object.fromEntries(
        [...p.inputs].map(([name, e]) => [name, e.kind === 'node' ? e.key : [...e.path]]),
      );
      expect(inputs).toEqual(node.inputs ?? {});
      // Nix writes each node key on its own line, indented by four spaces.
      expect(lines[p.line - 1]!.startsWith(`    ${JSON.stringify(key)}: {`)).toBe(true);
    }
  });

  test.each(old.map((l) => [l.folder, l] as const))('%s (version < 5) is rejected clearly', (_f, l) => {
    const e = rejection(l.text, l.file);
    expect(e.message).toMatch(
      /lock file version [234] is not supported: it was written by a pre-release of Nix flakes \(before Nix 2.4\)/,
    );
    expect(e.file).toBe(l.file);
    // The position is the version number itself.
    const line = l.text.split('\n')[e.position!.line - 1]!;
    expect(line.slice(e.position!.column - 1)).toMatch(/^[234]\b/);
    expect(e.hint).toMatch(/delete flake.lock and run `nix flake lock`/);
  });
});
