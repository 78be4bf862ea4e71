/**
 * Every command reads flake.nix, flake.lock and .nix files through the same bounded reader
 * (src/workspace/bounded-read.ts), so a file too large, a directory or a named pipe where the file should be is one
 * line naming the file and exit 1, the same words on `lint`, `graph`, `inputs` and `parse`: never a stack trace, never
 * a command waiting for ever on a pipe. Before, `graph`, `inputs`, `parse` and `lint` waited for ever on a named pipe,
 * `inputs` and `parse` read a file of any size, and a directory was Node's `EISDIR` (lint: naming no file).
 * Through src/cli/main.ts, as the terminal runs them.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CliIO } from '../../../src/cli/command.js';
import { main } from '../../../src/cli/main.js';
import { makeFifo, releasingPipes } from '../../support/fifo.js';

const LOCK = path.resolve('__tests__', 'fixtures', 'flake', 'locks', 'v7-features.lock');
const NIX = '{ inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable"; outputs = _: { }; }\n';
const MiB = 1024 * 1024;
const NOT_REGULAR = '(flake-steward reads only regular files, or links to them)';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'fs-flake-file-reads-'));
});
afterAll(async () => rm(tmp, { recursive: true, force: true }));

/** Runs `flake-steward ARGS` in `tmp`; a named pipe under it is released should a read block on it (the bug). */
async function cli(args: string[], pipes: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: tmp, env: {}, isTTY: false };
  const code = await releasingPipes(
    pipes.map((p) => path.join(tmp, p)),
    () => main(args, io),
  );
  return { code, stdout, stderr };
}

/** A flake directory `name` with a flake.nix and a flake.lock; `odd` is then put in place of one of its files. */
async function flake(name: string, odd?: { file: string; is: 'dir' | 'fifo' | number }): Promise<void> {
  const dir = path.join(tmp, name);
  await mkdir(dir);
  await writeFile(path.join(dir, 'flake.nix'), NIX);
  await copyFile(LOCK, path.join(dir, 'flake.lock'));
  if (odd === undefined) return;
  const file = path.join(dir, odd.file);
  await rm(file, { force: true });
  if (odd.is === 'dir') await mkdir(file);
  else if (odd.is === 'fifo') makeFifo(file);
  else {
    // valid text, then padding to the size: read, it would parse
    await writeFile(file, odd.file === 'flake.lock' ? '{}' : `${NIX}#`);
    await truncate(file, odd.is);
  }
}

/** stderr is exactly one line, without a stack trace. */
function oneLine(stderr: string): string {
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr.split('\n')).toHaveLength(2);
  return stderr.trimEnd();
}

describe('flake.lock: graph and lint say the same', () => {
  beforeAll(async () => {
    await flake('lock-dir', { file: 'flake.lock', is: 'dir' });
    await flake('lock-fifo', { file: 'flake.lock', is: 'fifo' });
    await flake('lock-big', { file: 'flake.lock', is: 9 * MiB });
  });

  test.each([
    ['lock-dir', `flake.lock is a directory, not a file ${NOT_REGULAR}`],
    ['lock-fifo', `flake.lock is a named pipe, not a file ${NOT_REGULAR}`],
    [
      'lock-big',
      'flake.lock is 9437184 bytes, larger than the 8 MiB flake-steward reads (a lock Nix writes never comes near it; rewrite it with `nix flake lock --recreate-lock-file`)',
    ],
  ])('%s', async (dir, message) => {
    const pipes = [`${dir}/flake.lock`];
    const graph = await cli(['graph', dir], pipes);
    expect({ code: graph.code, stdout: graph.stdout }).toEqual({ code: 1, stdout: '' });
    expect(oneLine(graph.stderr)).toBe(`flake-steward graph: ${dir}/flake.lock: error: ${message}`);
    // the file named directly: the same
    const file = await cli(['graph', `${dir}/flake.lock`, '--json'], pipes);
    if (dir !== 'lock-dir') expect(oneLine(file.stderr)).toBe(oneLine(graph.stderr));

    const lint = await cli(['lint', dir], pipes);
    expect(lint.code).toBe(1);
    expect(lint.stderr).toBe('');
    expect(lint.stdout).toContain(`flake.lock:1:1 error lock/invalid ${message}\n`);
  });
});

describe('flake.nix: inputs and lint say the same', () => {
  beforeAll(async () => {
    await flake('nix-dir', { file: 'flake.nix', is: 'dir' });
    await flake('nix-fifo', { file: 'flake.nix', is: 'fifo' });
    await flake('nix-big', { file: 'flake.nix', is: 5 * MiB });
  });

  test.each([
    ['nix-dir', `flake.nix is a directory, not a file ${NOT_REGULAR}`],
    ['nix-fifo', `flake.nix is a named pipe, not a file ${NOT_REGULAR}`],
    [
      'nix-big',
      'flake.nix is 5242880 bytes, larger than the 4 MiB flake-steward reads (keep flake.nix small: move large expressions or data into files it imports)',
    ],
  ])('%s', async (dir, message) => {
    const pipes = [`${dir}/flake.nix`];
    for (const args of [
      ['inputs', dir],
      ['inputs', dir, '--json', '--refs'],
      ['inputs', `${dir}/flake.nix`],
    ]) {
      if (dir === 'nix-dir' && args[1]!.endsWith('flake.nix')) continue; // a directory argument is the flake's
      const r = await cli(args, pipes);
      expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 1, stdout: '' });
      expect(oneLine(r.stderr)).toBe(`flake-steward inputs: ${dir}/flake.nix: error: ${message}`);
    }
    const lint = await cli(['lint', dir], pipes);
    expect(lint.code).toBe(1);
    expect(lint.stderr).toBe('');
    expect(lint.stdout).toContain(`flake.nix:1:1 error syntax/parse-error ${message}\n`);
  });

  test('a .flake-steward.json that is a named pipe: one line, at once', async () => {
    await flake('settings-fifo', { file: '.flake-steward.json', is: 'fifo' });
    const r = await cli(['lint', 'settings-fifo'], ['settings-fifo/.flake-steward.json']);
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toBe(
      `flake-steward lint: .flake-steward.json: error: .flake-steward.json is a named pipe, not a file ${NOT_REGULAR}`,
    );
  });
});

describe('parse: any .nix file, bounded at 32 MiB', () => {
  test('a named pipe, a file over 32 MiB, a directory: one line each, the other files still checked', async () => {
    await mkdir(path.join(tmp, 'parse'));
    makeFifo(path.join(tmp, 'parse', 'pipe.nix'));
    await writeFile(path.join(tmp, 'parse', 'big.nix'), '{ }\n#');
    await truncate(path.join(tmp, 'parse', 'big.nix'), 32 * MiB + 1);
    await mkdir(path.join(tmp, 'parse', 'dir.nix'));
    await writeFile(path.join(tmp, 'parse', 'ok.nix'), '{ a = 1; }\n');
    await writeFile(path.join(tmp, 'parse', 'bad.nix'), '{ a = 1 }\n');
    const files = ['pipe.nix', 'big.nix', 'dir.nix', 'missing.nix', 'ok.nix', 'bad.nix'].map((f) => `parse/${f}`);
    const r = await cli(['parse', ...files], ['parse/pipe.nix']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')).toEqual([
      'parse/pipe.nix: error: cannot read the file: is a named pipe, not a file',
      'parse/big.nix: error: cannot read the file: is 33554433 bytes, larger than the 32 MiB flake-steward reads',
      'parse/dir.nix: error: cannot read the file: is a directory, not a file',
      'parse/missing.nix: error: cannot read the file: no such file',
      "parse/bad.nix:1:9: error: syntax error, unexpected '}', expecting ';'",
      '',
    ]);
  });
});

describe('lint --sarif-file: written by the workspace', () => {
  test('into a directory that does not exist yet (before: ENOENT), and through a link, which stays one', async () => {
    await flake('sarif');
    const r = await cli(['lint', 'sarif', '--sarif-file', 'sarif/reports/new/lint.sarif', '--fail-on', 'never']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const written = JSON.parse(await readFile(path.join(tmp, 'sarif', 'reports', 'new', 'lint.sarif'), 'utf8'));
    expect((written as { version: string }).version).toBe('2.1.0');

    await symlink('reports/new/lint.sarif', path.join(tmp, 'sarif', 'link.sarif'));
    await writeFile(path.join(tmp, 'sarif', 'reports', 'new', 'lint.sarif'), 'old');
    expect((await cli(['lint', 'sarif', '--sarif-file', 'sarif/link.sarif', '--fail-on', 'never'])).code).toBe(0);
    expect(await readFile(path.join(tmp, 'sarif', 'reports', 'new', 'lint.sarif'), 'utf8')).toContain('"2.1.0"');
  });
});

describe('diff-closures: OLD and NEW resolved by the workspace', () => {
  test('a link to nothing, or a loop, does not exist: one line, before Nix is asked', async () => {
    await mkdir(path.join(tmp, 'closures'));
    await symlink('nowhere', path.join(tmp, 'closures', 'result'));
    await symlink('loop-b', path.join(tmp, 'closures', 'loop-a'));
    await symlink('loop-a', path.join(tmp, 'closures', 'loop-b'));
    const dangling = await cli(['diff-closures', 'closures/result', 'closures/result']);
    expect(dangling.code).toBe(1);
    expect(oneLine(dangling.stderr)).toBe(
      "flake-steward diff-closures: error: OLD 'closures/result' does not exist (give a store path or a ./result link)",
    );
    const loop = await cli(['diff-closures', 'closures/loop-a', '/']);
    expect(oneLine(loop.stderr)).toContain("OLD 'closures/loop-a' does not exist");
  });
});
