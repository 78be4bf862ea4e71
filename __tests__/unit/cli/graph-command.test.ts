import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, mkdir, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CliIO } from '../../../src/cli/command.js';
import { graphCommand } from '../../../src/cli/commands/graph.js';
import { UsageError, UserError } from '../../../src/core/errors.js';

const FIXTURES = path.resolve('__tests__', 'fixtures', 'flake', 'locks');

/**
 * Runs the command the way src/cli/main.ts does (argv parsed with the command's options; a UsageError is exit 2,
 * a UserError one line on stderr and exit 1), without loading every other command.
 */
async function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: {}, isTTY: false };
  const { positionals, values } = parseArgs({
    args,
    options: graphCommand.options,
    allowPositionals: true,
    strict: true,
  });
  let code: number;
  try {
    code = await graphCommand.run(positionals, values, io);
  } catch (e) {
    if (e instanceof UsageError) {
      stderr += `flake-steward graph: error: ${e.message}\n`;
      code = 2;
    } else if (e instanceof UserError) {
      stderr += `flake-steward graph: ${e.format()}\n`;
      code = 1;
    } else throw e;
  }
  return { code, stdout, stderr };
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'fs-graph-cli-'));
});
afterAll(async () => rm(tmp, { recursive: true, force: true }));

async function flakeDirWith(name: string, lockText?: string, fixture?: string): Promise<string> {
  const dir = path.join(tmp, name);
  await mkdir(dir, { recursive: true });
  if (fixture) await copyFile(path.join(FIXTURES, fixture), path.join(dir, 'flake.lock'));
  else if (lockText !== undefined) await writeFile(path.join(dir, 'flake.lock'), lockText);
  return dir;
}

describe('flake-steward graph', () => {
  test('--json on a lock file path: one entry per path, follows only where the entry is a follows', async () => {
    const r = await run([path.join(FIXTURES, 'v7-features.lock'), '--json'], tmp);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      version: 7,
      inputs: {
        hm: { node: 'hm' },
        'hm/nixpkgs': { node: 'nixpkgs', follows: 'nixpkgs' },
        'hm/utils': { node: 'utils', follows: 'lib/utils' },
        lib: { node: 'lib' },
        'lib/self-ref': { node: 'root', follows: '' },
        'lib/utils': { node: 'utils' },
        nixpkgs: { node: 'nixpkgs' },
        pkgs: { node: 'nixpkgs', follows: 'nixpkgs' },
        tools: { node: 'utils', follows: 'hm/utils' },
      },
    });
    // Keys appear in depth-first lock order.
    expect(Object.keys(JSON.parse(r.stdout).inputs)).toEqual([
      'hm',
      'hm/nixpkgs',
      'hm/utils',
      'lib',
      'lib/self-ref',
      'lib/utils',
      'nixpkgs',
      'pkgs',
      'tools',
    ]);
  });

  test('a directory argument (and the current directory by default) reads DIR/flake.lock', async () => {
    const dir = await flakeDirWith('v6', undefined, 'v6.lock');
    const a = await run([dir, '--json'], tmp);
    const b = await run(['--json'], dir);
    expect(a.code).toBe(0);
    expect(JSON.parse(a.stdout)).toEqual({ version: 6, inputs: { utils: { node: 'flake-utils' } } });
    expect(b.stdout).toBe(a.stdout);
  });

  test('text output: the tree as nix flake metadata draws it, with reference, short revision and date', async () => {
    const r = await run([path.join(FIXTURES, 'v7-features.lock')], tmp);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Inputs:');
    expect(lines.slice(1, 4)).toEqual([
      expect.stringMatching(/^├───hm: \S+/),
      "│   ├───nixpkgs follows input 'nixpkgs'",
      "│   └───utils follows input 'lib/utils'",
    ]);
  });

  test('text output of a real lock: every input with its reference, locked revision and date', async () => {
    const dir = await flakeDirWith('metadata');
    const lock = {
      nodes: {
        hm: {
          inputs: { nixpkgs: ['nixpkgs'] },
          locked: {
            lastModified: 1763000000,
            narHash: 'sha256-x',
            owner: 'nix-community',
            repo: 'home-manager',
            rev: '9e1f2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6',
            type: 'github',
          },
          original: { owner: 'nix-community', ref: 'release-25.05', repo: 'home-manager', type: 'github' },
        },
        nixpkgs_2: {
          locked: {
            lastModified: 1763100000,
            narHash: 'sha256-y',
            owner: 'NixOS',
            repo: 'nixpkgs',
            rev: '0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c',
            type: 'github',
          },
          original: { owner: 'NixOS', ref: 'nixos-unstable', repo: 'nixpkgs', type: 'github' },
        },
        root: { inputs: { hm: 'hm', nixpkgs: 'nixpkgs_2' } },
      },
      root: 'root',
      version: 7,
    };
    await writeFile(path.join(dir, 'flake.lock'), JSON.stringify(lock));
    const r = await run([dir], tmp);
    expect(r.stdout).toBe(
      [
        'Inputs:',
        '├───hm: github:nix-community/home-manager/release-25.05 @ 9e1f2d3 (2025-11-13)',
        "│   └───nixpkgs follows input 'nixpkgs'",
        '└───nixpkgs: github:NixOS/nixpkgs/nixos-unstable @ 0b1c2d3 (2025-11-14) [node nixpkgs_2]',
        '',
      ].join('\n'),
    );
  });

  test('text output of a hostile lock: references neutralised and bounded', async () => {
    const dir = await flakeDirWith('hostile-text');
    const evil = `x\u001b[2J\n::error::pwn${'y'.repeat(50_000)}`;
    const lock = {
      nodes: {
        a: {
          locked: { type: 'git', url: `https://e.com/${evil}`, rev: 'a'.repeat(40) },
          original: { type: 'git', url: `https://e.com/${evil}` },
        },
        root: { inputs: { [`n\u202e${evil}`]: 'a' } },
      },
      root: 'root',
      version: 7,
    };
    await writeFile(path.join(dir, 'flake.lock'), JSON.stringify(lock));
    const r = await run([dir], tmp);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.length).toBeLessThan(2_500);
    expect(r.stdout).not.toMatch(/[\u001b\u202e]/);
  });

  test.each([
    [
      'missing-comma.lock',
      /^flake-steward graph: .*flake\.lock:21:9: error: flake\.lock is not valid JSON: expected ','/,
    ],
    ['conflict-merge.lock', /flake\.lock:5:1: error: git merge-conflict marker '<<<<<<<' in flake\.lock/],
    ['empty.lock', /flake\.lock: error: flake\.lock is empty \(delete it and run `nix flake lock` to write it\)/],
    ['v4-tree.lock', /flake\.lock:21:14: error: lock file version 4 is not supported/],
  ])('malformed %s: a clear error and exit 1, no stack trace', async (fixture, message) => {
    const dir = await flakeDirWith(`bad-${fixture}`, undefined, fixture);
    const r = await run([dir, '--json'], tmp);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('a dangling or cyclic follows is an error naming the input, at the line of the node holding it', async () => {
    const lock = JSON.stringify(
      {
        nodes: {
          hm: {
            inputs: { nixpkgs: ['doesnotexist'] },
            locked: { type: 'path', path: '/x', narHash: 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' },
            original: { type: 'path', path: '/x' },
          },
          root: { inputs: { a: ['b'], b: ['a'], hm: 'hm' } },
        },
        root: 'root',
        version: 7,
      },
      null,
      2,
    );
    const dir = await flakeDirWith('dangling', lock);
    const r = await run(['dangling', '--json'], tmp);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      "flake-steward graph: dangling/flake.lock:19:1: error: input 'a' follows a cycle: b -> a -> b",
      "flake-steward graph: dangling/flake.lock:19:1: error: input 'b' follows a cycle: a -> b -> a",
      "flake-steward graph: dangling/flake.lock:3:1: error: input 'hm/nixpkgs' follows a non-existent input 'doesnotexist'",
      'flake-steward graph: hint: fix the follows in flake.nix, then run `nix flake lock`',
    ]);
    expect(dir).toContain('dangling');
  });

  test('no flake.lock, a missing path, an extra argument', async () => {
    const empty = await flakeDirWith('nolock');
    const a = await run([empty], tmp);
    expect(a.code).toBe(1);
    expect(a.stderr).toMatch(/no flake\.lock in nolock \(run `nix flake lock` to create it\)/);
    const b = await run(['does/not/exist'], tmp);
    expect(b.code).toBe(1);
    expect(b.stderr).toMatch(/no such file or directory: does\/not\/exist/);
    const c = await run(['a', 'b'], tmp);
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/unexpected argument 'b'/);
  });
});

test('--json through the CLI: a `##[` or C1 control in an input name is escaped, the name kept exactly', async () => {
  const { main } = await import('../../../src/cli/main.js');
  const name = 'a##[x]\u009b2J';
  const node = { type: 'path', path: '/x', lastModified: 1, narHash: `sha256-${'A'.repeat(43)}=` };
  const lock = {
    nodes: { root: { inputs: { [name]: 'n' } }, n: { locked: node, original: { type: 'path', path: '/x' } } },
    root: 'root',
    version: 7,
  };
  const dir = await flakeDirWith('hostile-name', JSON.stringify(lock));
  let out = '';
  const io: CliIO = { stdout: (t) => (out += t), stderr: () => undefined, cwd: dir, env: {}, isTTY: false };
  expect(await main(['graph', dir, '--json'], io)).toBe(0);
  expect(out).not.toMatch(/##\[|[\u0080-\u009f]/);
  expect(Object.keys((JSON.parse(out) as { inputs: object }).inputs)).toEqual([name]);
});
