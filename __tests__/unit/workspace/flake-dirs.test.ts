import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../../../src/core/errors.js';
import { discoverFlakes } from '../../../src/workspace/flake-dirs.js';

function tree(files: string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'fs-discover-'));
  for (const f of files) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), '');
  }
  return root;
}

describe('flake discovery', () => {
  const root = tree([
    'flake.nix',
    'flake.lock',
    'hosts/a/flake.nix',
    'hosts/b/flake.lock',
    'hosts/c/README.md',
    'dev/flake.nix',
    'node_modules/x/flake.nix',
    '.git/y/flake.nix',
  ]);

  test.each([
    [['.'], ['.']],
    [['hosts/a'], ['hosts/a']],
    // hosts/b holds only a flake.lock: no flake, so no glob selects it; named, it is taken (lint's lock-only mode)
    [['hosts/b'], ['hosts/b']],
    [['hosts/*'], ['hosts/a']],
    [['**'], ['.', 'dev', 'hosts/a']],
    [
      ['dev', '.', 'dev/'],
      ['.', 'dev'],
    ],
  ])('%j → %j', async (paths, expected) => {
    expect(await discoverFlakes(root, paths)).toEqual(expected);
  });

  test('a directory without a flake, or a glob matching nothing, is a user error', async () => {
    await expect(discoverFlakes(root, ['hosts/c'])).rejects.toThrow(UserError);
    await expect(discoverFlakes(root, ['hosts/c'])).rejects.toThrow(/no flake.nix or flake.lock in hosts\/c/);
    await expect(discoverFlakes(root, ['nope/*'])).rejects.toThrow(/no flake matches 'nope\/\*'/);
  });
});
