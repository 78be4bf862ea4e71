/**
 * The bounded reads every command uses (src/workspace/bounded-read.ts): a regular file's text, undefined for nothing
 * there, and one UnreadableFile naming the file for a file too large (from its size), a directory, a named pipe (at
 * once, never blocking) or a device; and which file a command argument names.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../../../src/core/errors.js';
import { LOCK_LIMITS } from '../../../src/flake/lock.js';
import {
  FLAKE_NIX_MAX_BYTES,
  flakeFileAt,
  NIX_FILE_MAX_BYTES,
  readBoundedText,
  readFlakeNixText,
  readLockText,
  readNixFileText,
  UnreadableFile,
} from '../../../src/workspace/bounded-read.js';
import { makeFifo, releasingPipes } from '../../support/fifo.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fs-bounded-read-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

const at = (...p: string[]) => path.join(dir, ...p);

/** A file of `bytes` bytes that takes no disk (sparse). */
async function sized(name: string, bytes: number): Promise<string> {
  await writeFile(at(name), '');
  await truncate(at(name), bytes);
  return at(name);
}

/** The refusal `read` throws, as a plain object. */
async function refusal(read: Promise<unknown>) {
  const e = await read.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(UnreadableFile);
  expect(e).toBeInstanceOf(UserError);
  const u = e as UnreadableFile;
  return { message: u.message, file: u.file, problem: u.problem, hint: u.hint, line: u.format() };
}

describe('readBoundedText', () => {
  const MiB = 1024 * 1024;
  const limit = { bytes: MiB, hint: 'keep it small' };

  test('the text of a regular file, through a link too; undefined when nothing is there', async () => {
    await writeFile(at('small'), 'héllo');
    await symlink(at('small'), at('small-link'));
    expect(await readBoundedText(at('small'), 'small', limit)).toBe('héllo');
    expect(await readBoundedText(at('small-link'), 'small-link', limit)).toBe('héllo');
    expect(await readBoundedText(at('missing'), 'missing', limit)).toBeUndefined();
    // a directory on the way that is a file: nothing there either
    expect(await readBoundedText(at('small', 'flake.lock'), 'small/flake.lock', limit)).toBeUndefined();
    await symlink(at('nowhere'), at('dangling'));
    expect(await readBoundedText(at('dangling'), 'dangling', limit)).toBeUndefined();
  });

  test('exactly the limit is read; one byte more is refused from the size, naming the file', async () => {
    expect(await readBoundedText(await sized('one', MiB), 'one', limit)).toHaveLength(MiB);
    expect(await refusal(readBoundedText(await sized('more', MiB + 1), 'sub/more', limit))).toEqual({
      message: 'more is 1048577 bytes, larger than the 1 MiB flake-steward reads',
      file: 'sub/more',
      problem: 'is 1048577 bytes, larger than the 1 MiB flake-steward reads',
      hint: 'keep it small',
      line: 'sub/more: error: more is 1048577 bytes, larger than the 1 MiB flake-steward reads (keep it small)',
    });
  });

  test('a directory is refused', async () => {
    await mkdir(at('adir', 'flake.lock'), { recursive: true });
    const r = await refusal(readLockText(at('adir', 'flake.lock'), 'adir/flake.lock'));
    expect(r.line).toBe(
      'adir/flake.lock: error: flake.lock is a directory, not a file (flake-steward reads only regular files, or links to them)',
    );
    expect(r.problem).toBe('is a directory, not a file');
  });

  test('a named pipe is refused at once, without waiting for a writer', async () => {
    await mkdir(at('pipe'));
    makeFifo(at('pipe', 'flake.nix'));
    const started = Date.now();
    const r = await releasingPipes([at('pipe', 'flake.nix')], () =>
      refusal(readFlakeNixText(at('pipe', 'flake.nix'), 'pipe/flake.nix')),
    );
    expect(r.message).toBe('flake.nix is a named pipe, not a file');
    expect(Date.now() - started).toBeLessThan(400); // before the guard's first release
  });

  test('a link to a device (/dev/zero: no size, no end) is refused before a byte is read', async () => {
    await symlink('/dev/zero', at('zero.nix'));
    expect((await refusal(readNixFileText(at('zero.nix'), 'zero.nix'))).message).toBe(
      'zero.nix is a device, not a file',
    );
  });

  test('a file the system will not open is one line naming it, without the path Node appends', async () => {
    await symlink('loop-b', at('loop-a'));
    await symlink('loop-a', at('loop-b'));
    const r = await refusal(readLockText(at('loop-a'), 'loop-a'));
    expect(r.message).toBe('cannot read loop-a: too many symbolic links (a loop?)');
    expect(r.problem).toBe('too many symbolic links (a loop?)');
  });
});

describe('the limits of each kind of file', () => {
  test.each([
    ['flake.nix', readFlakeNixText, FLAKE_NIX_MAX_BYTES, '4 MiB', 'keep flake.nix small'],
    ['flake.lock', readLockText, LOCK_LIMITS.bytes, '8 MiB', 'nix flake lock --recreate-lock-file'],
    ['any.nix', readNixFileText, NIX_FILE_MAX_BYTES, '32 MiB', 'split it into files'],
  ])('%s: its limit read, one byte more refused', async (name, read, bytes, shown, hint) => {
    expect(await read(await sized(name, bytes), name)).toHaveLength(bytes);
    const r = await refusal(read(await sized(name, bytes + 1), name));
    expect(r.message).toBe(`${name} is ${bytes + 1} bytes, larger than the ${shown} flake-steward reads`);
    expect(r.hint).toContain(hint);
  });
});

describe('flakeFileAt', () => {
  test('a directory (or a link to one): the file in it; a file of any kind: itself; nothing: undefined', async () => {
    await mkdir(at('flake'));
    await symlink(at('flake'), at('flake-link'));
    await writeFile(at('flake', 'other.lock'), '{}');
    await mkdir(at('fifo-arg'));
    makeFifo(at('fifo-arg', 'flake.lock'));
    expect(await flakeFileAt(at('flake'), 'flake.lock')).toBe(at('flake', 'flake.lock'));
    expect(await flakeFileAt(at('flake-link'), 'flake.nix')).toBe(at('flake-link', 'flake.nix'));
    expect(await flakeFileAt(at('flake', 'other.lock'), 'flake.lock')).toBe(at('flake', 'other.lock'));
    expect(await flakeFileAt(at('fifo-arg', 'flake.lock'), 'flake.lock')).toBe(at('fifo-arg', 'flake.lock'));
    expect(await flakeFileAt(at('no', 'such'), 'flake.lock')).toBeUndefined();
  });
});
