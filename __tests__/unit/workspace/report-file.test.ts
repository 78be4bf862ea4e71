/**
 * The one write of a report file (src/workspace/report-file.ts), the SARIF file of the CLI and of the action: its
 * directory made, written atomically where the path leads (a link stays a link), confined to the workspace when
 * asked (the action), and a device or pipe written as it is (the CLI's `--sarif-file /dev/stdout`).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { constants } from 'node:fs';
import { lstat, mkdir, mkdtemp, open, readFile, readdir, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../../../src/core/errors.js';
import { writeReportFile } from '../../../src/workspace/report-file.js';
import { makeFifo } from '../../support/fifo.js';

let top: string;
let ws: string;
beforeAll(async () => {
  top = await realpath(await mkdtemp(path.join(tmpdir(), 'fs-report-file-')));
  ws = path.join(top, 'ws');
  await mkdir(path.join(top, 'outside'), { recursive: true });
  await mkdir(ws);
});
afterAll(async () => rm(top, { recursive: true, force: true }));

const HINT = 'set sarif-file to a file inside the repository, such as flake-steward.sarif';

describe('writeReportFile', () => {
  test('makes the directories it needs, writes the text, leaves no temporary file', async () => {
    const file = path.join(ws, 'reports', 'deep', 'lint.sarif');
    expect(await writeReportFile(file, '{"version":"2.1.0"}')).toBe(file);
    expect(await readFile(file, 'utf8')).toBe('{"version":"2.1.0"}');
    expect(await readdir(path.dirname(file))).toEqual(['lint.sarif']);
    await writeReportFile(file, 'second');
    expect(await readFile(file, 'utf8')).toBe('second');
  });

  test('through a link: the file it leads to is written and the link stays a link', async () => {
    await mkdir(path.join(ws, 'real'));
    await writeFile(path.join(ws, 'real', 'out.sarif'), 'old');
    await symlink('real/out.sarif', path.join(ws, 'out.sarif'));
    expect(await writeReportFile(path.join(ws, 'out.sarif'), 'new')).toBe(path.join(ws, 'real', 'out.sarif'));
    expect((await lstat(path.join(ws, 'out.sarif'))).isSymbolicLink()).toBe(true);
    expect(await readFile(path.join(ws, 'real', 'out.sarif'), 'utf8')).toBe('new');
  });

  test('confined: inside the workspace it writes; outside, or led out by a link, one line and nothing written', async () => {
    const within = { workspace: ws, hint: HINT };
    expect(await writeReportFile(path.join(ws, 'a', 'lint.sarif'), 'x', within)).toBe(path.join(ws, 'a', 'lint.sarif'));

    const outside = path.join(top, 'outside', 'lint.sarif');
    await expect(writeReportFile(outside, 'x', within)).rejects.toThrow(UserError);
    await expect(writeReportFile(outside, 'x', within)).rejects.toThrow('lint.sarif is outside the workspace');

    await symlink(path.join(top, 'outside'), path.join(ws, 'out-link'));
    const e = await writeReportFile(path.join(ws, 'out-link', 'lint.sarif'), 'x', within).catch((x: unknown) => x);
    expect((e as UserError).format()).toBe(
      `out-link/lint.sarif: error: lint.sarif leads outside the workspace through a symbolic link (${HINT})`,
    );
    expect(await readdir(path.join(top, 'outside'))).toEqual([]);
  });

  test('unconfined, a pipe (or a device) is written as it is, not replaced', async () => {
    const fifo = path.join(ws, 'pipe.sarif');
    makeFifo(fifo);
    const reader = await open(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      expect(await writeReportFile(fifo, 'through the pipe')).toBe(fifo);
      const buf = Buffer.alloc(64);
      const { bytesRead } = await reader.read(buf, 0, buf.length, null);
      expect(buf.subarray(0, bytesRead).toString()).toBe('through the pipe');
    } finally {
      await reader.close();
    }
    expect((await lstat(fifo)).isFIFO()).toBe(true);
  });
});
