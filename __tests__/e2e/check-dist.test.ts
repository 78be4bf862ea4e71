import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../support/action.js';

// check-dist must catch a src/ change that was not rebuilt into dist/. Run it on a copy of the repository.
function copyRepo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'flake-steward-checkdist-'));
  for (const p of ['src', 'scripts', 'package.json', 'tsconfig.json'])
    cpSync(path.join(repoRoot, p), path.join(dir, p), { recursive: true });
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));
  // dist as a fresh build of this src, so the test does not depend on the working tree's dist being current.
  const b = spawnSync(process.execPath, [path.join(dir, 'scripts', 'bundle.mjs')], { cwd: dir, encoding: 'utf8' });
  expect(b.status).toBe(0);
  return dir;
}

const checkDist = (dir: string) =>
  spawnSync(process.execPath, [path.join(dir, 'scripts', 'check-dist.mjs'), dir], { cwd: dir, encoding: 'utf8' });

describe('npm run check-dist', () => {
  test('passes on a fresh build and fails after an edit to src/ without rebuilding', () => {
    const dir = copyRepo();
    try {
      const ok = checkDist(dir);
      expect(ok.stderr).toBe('');
      expect(ok.status).toBe(0);
      appendFileSync(
        path.join(dir, 'src', 'core/package-version.ts'),
        '\nexport const EDITED = "without rebuilding";\nconsole.log(EDITED);\n',
      );
      const bad = checkDist(dir);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toMatch(/dist\/(index|cli)\.js.*differ from a fresh build of src\/.*npm run bundle/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
