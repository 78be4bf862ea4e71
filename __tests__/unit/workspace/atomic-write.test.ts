/** The one atomic write (src/workspace/atomic-write.ts), used by fix, update and the SARIF file. */
import { describe, expect, test } from '@jest/globals';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeAtomic } from '../../../src/workspace/atomic-write.js';

const dir = () => mkdtempSync(path.join(tmpdir(), 'fs-atomic-'));

describe('writeAtomic', () => {
  test('replaces the bytes exactly and keeps the mode, executable bits included; no temporary file left', async () => {
    const d = dir();
    const file = path.join(d, 'flake.lock');
    writeFileSync(file, 'old');
    chmodSync(file, 0o750);
    const bytes = Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x0d, 0x0a, 0x7d, 0xff]);
    await writeAtomic(file, bytes);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o750);
    expect(readdirSync(d)).toEqual(['flake.lock']);
  });

  test('a new file is created with the default mode', async () => {
    const d = dir();
    await writeAtomic(path.join(d, 'out.sarif'), '{}');
    expect(readFileSync(path.join(d, 'out.sarif'), 'utf8')).toBe('{}');
    expect(readdirSync(d)).toEqual(['out.sarif']);
  });

  test('on an error the file is as it was and the temporary file is removed', async () => {
    const d = dir();
    // the rename fails: a non-empty directory stands where the file would go
    mkdirSync(path.join(d, 'flake.nix', 'x'), { recursive: true });
    await expect(writeAtomic(path.join(d, 'flake.nix'), 'new')).rejects.toThrow();
    expect(readdirSync(d)).toEqual(['flake.nix']);
    expect(readdirSync(path.join(d, 'flake.nix'))).toEqual(['x']);
  });

  test('a link at the path is replaced, not written through', async () => {
    const d = dir();
    writeFileSync(path.join(d, 'target'), 'keep');
    symlinkSync('target', path.join(d, 'flake.nix'));
    await writeAtomic(path.join(d, 'flake.nix'), 'new');
    expect(readFileSync(path.join(d, 'target'), 'utf8')).toBe('keep');
    expect(lstatSync(path.join(d, 'flake.nix')).isFile()).toBe(true);
    expect(readFileSync(path.join(d, 'flake.nix'), 'utf8')).toBe('new');
  });
});
