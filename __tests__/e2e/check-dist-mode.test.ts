import { describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../support/action.js';

// dist/cli.js is package.json's `bin`: npm makes it executable when it installs the package (`npm install -g .` in a
// clone links the clone and chmods the file there), so unless the bundle builds it executable and git records it
// so, the clone is dirty after installing the command. check-dist must catch a wrong mode in the working tree and in
// git. Each test runs on a copy of the repository, built fresh.
function copyRepo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'flake-steward-checkdist-mode-'));
  for (const p of ['src', 'scripts', 'package.json', 'tsconfig.json'])
    cpSync(path.join(repoRoot, p), path.join(dir, p), { recursive: true });
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));
  const b = spawnSync(process.execPath, [path.join(dir, 'scripts', 'bundle.mjs')], { cwd: dir, encoding: 'utf8' });
  expect(b.status).toBe(0);
  return dir;
}

const checkDist = (dir: string) =>
  spawnSync(process.execPath, [path.join(dir, 'scripts', 'check-dist.mjs'), dir], { cwd: dir, encoding: 'utf8' });
const mode = (file: string): number => statSync(file).mode & 0o777;
const git = (dir: string, args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });

describe('the mode of dist/cli.js', () => {
  test('the bundle writes dist/cli.js executable and dist/index.js not; check-dist fails when cli.js is not', () => {
    const dir = copyRepo();
    try {
      expect(mode(path.join(dir, 'dist', 'cli.js'))).toBe(0o755);
      expect(mode(path.join(dir, 'dist', 'index.js')) & 0o111).toBe(0);
      expect(checkDist(dir).status).toBe(0);

      chmodSync(path.join(dir, 'dist', 'cli.js'), 0o644);
      const bad = checkDist(dir);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain('check-dist: dist/cli.js has mode 644, a fresh build 755');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  test('check-dist fails when git records dist/cli.js without its executable bit, even if the file has it', () => {
    const dir = copyRepo();
    try {
      git(dir, ['init', '--quiet']);
      git(dir, ['add', 'dist']);
      git(dir, ['update-index', '--chmod=-x', 'dist/cli.js']);
      // the working tree as `npm install -g .` leaves it: executable
      expect(mode(path.join(dir, 'dist', 'cli.js'))).toBe(0o755);
      const bad = checkDist(dir);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain(
        'git records dist/cli.js as 100644, a fresh build is 755 (git update-index --chmod=+x dist/cli.js)',
      );

      git(dir, ['update-index', '--chmod=+x', 'dist/cli.js']);
      const ok = checkDist(dir);
      expect(ok.stderr).toBe('');
      expect(ok.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
