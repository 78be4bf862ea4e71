/**
 * The CLI in dist/ is split into chunks (scripts/bundle.mjs): dist/cli.js (package.json's bin) holds the argv parsing
 * and the command table, each command's code sits in dist/chunks/ and is loaded when it runs; the action stays one
 * file, dist/index.js (action.yml). These tests build a copy of the repository and check what the split must keep:
 * the same src/ gives the same files wherever it is built, the entries run from any working directory (GitHub runs
 * `node /path/to/action/dist/index.js` in the workspace), and a start loads only its command's chunks, as Node's
 * module hooks report each module it loads.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../support/action.js';

function copyRepo(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const p of ['src', 'scripts', 'package.json', 'tsconfig.json'])
    cpSync(path.join(repoRoot, p), path.join(dir, p), { recursive: true });
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));
  const b = spawnSync(process.execPath, [path.join(dir, 'scripts', 'bundle.mjs')], { cwd: dir, encoding: 'utf8' });
  expect(b.stderr).toBe('');
  expect(b.status).toBe(0);
  return dir;
}

/** dist/'s files as relative path → content. */
function tree(dist: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (e.isDirectory()) continue;
    const file = path.join(e.parentPath, e.name);
    out.set(path.relative(dist, file), readFileSync(file, 'utf8'));
  }
  return out;
}

const COMMAND_CHUNK = /^chunks\/(lint|fix|update|parse|inputs|graph|diff-closures)-[A-Z0-9]{8}\.js$/;

let a: string;
let b: string;
let work: string;

beforeAll(() => {
  a = copyRepo('flake-steward-chunks-a-');
  b = copyRepo('flake-steward-chunks-b-');
  work = mkdtempSync(path.join(tmpdir(), 'flake-steward-chunks-cwd-'));
  cpSync(path.join(repoRoot, '__tests__', 'fixtures', 'lint', 'broken'), path.join(work, 'flake'), { recursive: true });
  // Node's module hooks report every module it loads (the hook runs on its own thread: it appends to a file).
  writeFileSync(
    path.join(work, 'register.mjs'),
    "import { register } from 'node:module';\nregister('./hook.mjs', import.meta.url);\n",
  );
  writeFileSync(
    path.join(work, 'hook.mjs'),
    "import { appendFileSync } from 'node:fs';\n" +
      'export async function load(url, context, next) {\n' +
      "  if (url.startsWith('file:')) appendFileSync(process.env.LOADED_LOG, url + '\\n');\n" +
      '  return next(url, context);\n}\n',
  );
}, 120_000);

afterAll(() => {
  for (const d of [a, b, work]) if (d) rmSync(d, { recursive: true, force: true });
});

/** Runs `node [hooks] DIST/FILE ARGS` in `cwd`; returns the run and the dist/ files Node loaded (relative). */
function run(dist: string, file: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const log = path.join(work, `loaded-${Math.random().toString(36).slice(2)}`);
  writeFileSync(log, '');
  const r = spawnSync(
    process.execPath,
    ['--no-warnings', '--import', path.join(work, 'register.mjs'), path.join(dist, file), ...args],
    { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LOADED_LOG: log, ...env } },
  );
  const loaded = readFileSync(log, 'utf8')
    .split('\n')
    .filter((u) => u.startsWith('file:'))
    .map((u) => fileURLToPath(u))
    .filter((f) => f.startsWith(dist + path.sep))
    .map((f) => path.relative(dist, f))
    .sort();
  return { ...r, loaded };
}

describe('dist/ split into chunks', () => {
  test('the same src/ built in two directories gives the same files, chunks named chunks/NAME-HASH.js', () => {
    const ta = tree(path.join(a, 'dist'));
    const tb = tree(path.join(b, 'dist'));
    expect([...ta.keys()].sort()).toEqual([...tb.keys()].sort());
    for (const [name, text] of ta) expect(tb.get(name) === text ? name : `${name} differs`).toBe(name);
    const names = [...ta.keys()];
    expect(names).toContain('index.js');
    expect(names).toContain('cli.js');
    for (const n of names.filter((x) => x !== 'index.js' && x !== 'cli.js'))
      expect(n).toMatch(/^chunks\/[a-z][\w-]*-[A-Z0-9]{8}\.js$/);
    expect(readFileSync(path.join(a, 'dist', 'cli.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  test('`flake-steward --version` and `--help` load no command chunk', () => {
    const dist = path.join(a, 'dist');
    for (const args of [['--version'], ['--help']]) {
      const r = run(dist, 'cli.js', args, work);
      expect(r.status).toBe(0);
      expect(r.loaded).toContain('cli.js');
      expect(r.loaded.filter((f) => COMMAND_CHUNK.test(f))).toEqual([]);
    }
  });

  test('`flake-steward lint` from another directory runs, loading its own chunk and no other command nor Octokit', () => {
    const dist = path.join(a, 'dist');
    const r = run(dist, 'cli.js', ['lint', 'flake', '--format', 'json'], work);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).findings.length).toBeGreaterThanOrEqual(4);
    const commands = r.loaded.filter((f) => COMMAND_CHUNK.test(f));
    expect(commands).toHaveLength(1);
    expect(commands[0]).toMatch(/^chunks\/lint-/);
    for (const f of r.loaded) expect(readFileSync(path.join(dist, f), 'utf8')).not.toContain('node_modules/@octokit/');
    // and less than the whole CLI: the other commands' code stays on disk
    expect(r.loaded.length).toBeLessThan(tree(dist).size);
  });

  test('`node /path/to/dist/index.js` runs the action from the workspace, as GitHub runs it', () => {
    const dist = path.join(a, 'dist');
    const ws = path.join(work, 'flake');
    const out = path.join(work, 'github-output');
    const summary = path.join(work, 'github-summary');
    writeFileSync(out, '');
    writeFileSync(summary, '');
    const r = run(dist, 'index.js', [], ws, {
      INPUT_COMMAND: 'lint',
      GITHUB_WORKSPACE: ws,
      GITHUB_OUTPUT: out,
      GITHUB_STEP_SUMMARY: summary,
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error::flake-steward lint: \d+ errors?, /m);
    expect(readFileSync(out, 'utf8')).toMatch(/^findings<</m);
    expect(readFileSync(summary, 'utf8')).toContain('## flake-steward lint');
    // one file: the action's faces are lazy inside it (evaluated when their command runs), not chunks
    expect(r.loaded).toEqual(['index.js']);
  });
});
