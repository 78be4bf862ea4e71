import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../support/action.js';

// check-dist must catch a src/ change that was not rebuilt into dist/, and any difference in the tree dist/ is (the
// entries and their chunks under dist/chunks/: one missing, one left from an older build). Run it on a copy of the
// repository.
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
      expect(bad.stderr).toMatch(/^check-dist: dist\/ differs from a fresh build of src\/: .*npm run bundle/);
      expect(bad.stderr).toMatch(/dist\/(index|cli)\.js differs/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  test('fails on a stale chunk left in dist/chunks/, and on a missing one; a rebuild removes the stale one', () => {
    const dir = copyRepo();
    try {
      const chunks = path.join(dir, 'dist', 'chunks');
      const [first] = readdirSync(chunks).sort();
      expect(first).toMatch(/^[\w-]+-[A-Z0-9]{8}\.js$/);
      // what an older build leaves behind: a chunk no entry imports any more
      copyFileSync(path.join(chunks, first!), path.join(chunks, 'lint-OLDBUILD.js'));
      const stale = checkDist(dir);
      expect(stale.status).toBe(1);
      expect(stale.stderr).toContain('dist/chunks/lint-OLDBUILD.js is extra (a fresh build does not make it)');
      expect(stale.stderr).not.toContain(`dist/chunks/${first}`);

      const rebuilt = spawnSync(process.execPath, [path.join(dir, 'scripts', 'bundle.mjs')], { cwd: dir });
      expect(rebuilt.status).toBe(0);
      expect(readdirSync(chunks)).not.toContain('lint-OLDBUILD.js');
      expect(checkDist(dir).status).toBe(0);

      rmSync(path.join(chunks, first!));
      const missing = checkDist(dir);
      expect(missing.status).toBe(1);
      expect(missing.stderr).toContain(`dist/chunks/${first} is missing`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
