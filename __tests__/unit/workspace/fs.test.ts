import { afterEach, beforeEach, expect, test } from '@jest/globals';
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nodeFs } from '../../../src/workspace/fs.js';

let dir: string;
beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'fs-update-fs-'));
});
afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

test('writeAtomic replaces the bytes exactly, keeps the mode, leaves no temp file', async () => {
  const file = path.join(dir, 'flake.lock');
  await fsp.writeFile(file, 'old', { mode: 0o640 });
  await fsp.chmod(file, 0o640);
  const bytes = Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x0d, 0x0a, 0x7d, 0xff]);
  await nodeFs.writeAtomic(file, bytes);
  expect((await fsp.readFile(file)).equals(bytes)).toBe(true);
  expect((await fsp.stat(file)).mode & 0o777).toBe(0o640);
  expect(await fsp.readdir(dir)).toEqual(['flake.lock']);
  expect(await nodeFs.read(path.join(dir, 'missing'))).toBeUndefined();
});

test('flakeDirs selects the directories with a flake.nix, skipping .git and node_modules (discoverFlakes)', async () => {
  for (const d of ['', 'hosts/a', 'hosts/b', '.git/x', 'node_modules/y', 'docs']) {
    await fsp.mkdir(path.join(dir, d), { recursive: true });
    if (d !== 'docs') await fsp.writeFile(path.join(dir, d, 'flake.nix'), '{}');
  }
  expect(await nodeFs.flakeDirs(dir, ['**'])).toEqual(['.', 'hosts/a', 'hosts/b']);
  expect(await nodeFs.flakeDirs(dir, ['hosts/b', 'hosts/a'])).toEqual(['hosts/a', 'hosts/b']);
});

test('writeAtomic through a link writes where the link leads and keeps the link (as Nix wrote the update)', async () => {
  await fsp.mkdir(path.join(dir, 'real'));
  const target = path.join(dir, 'real', 'flake.lock');
  await fsp.writeFile(target, 'old');
  const link = path.join(dir, 'flake.lock');
  await fsp.symlink('real/flake.lock', link);
  await nodeFs.writeAtomic(link, Buffer.from('restored'));
  expect((await fsp.lstat(link)).isSymbolicLink()).toBe(true);
  expect(await fsp.readFile(target, 'utf8')).toBe('restored');
  expect((await fsp.readdir(path.join(dir, 'real'))).sort()).toEqual(['flake.lock']);
});
