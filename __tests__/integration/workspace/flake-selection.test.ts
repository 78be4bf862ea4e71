/**
 * Lint and update select the same flakes for the same `paths` (issue 10): both use cases, run whole on one tree of
 * flakes, lock-only directories, nested flakes, `.git`, `.jj`, `.hg`, `node_modules`, `result-*` directories and a
 * `result` link, give the same directories, with and without confinement (the action). Before, update had its own
 * walk and glob: `**` found the flakes under `.jj` and `result-*`, lint also counted the lock-only directories.
 */
import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseRelativePath } from '../../../src/core/config.js';
import { MemoryLogger } from '../../../src/core/ports.js';
import { UserError } from '../../../src/core/errors.js';
import { nixFeatures, parseNixVersion } from '../../../src/nix-cli/nix-version.js';
import { lint } from '../../../src/app/lint.js';
import { runUpdate } from '../../../src/app/update.js';
import type { UpdateNix } from '../../../src/app/update-nix.js';
import { confinedFs, nodeFs } from '../../../src/workspace/fs.js';
import { lockText, options } from '../../unit/lint/helpers.js';

const FLAKE = '{ outputs = _: { }; }\n';
const LOCK = lockText({ root: {} });

/**
 * top/store/flake.{nix,lock} (what a `result` link points at) and the workspace top/ws: flakes at ., hosts/a,
 * hosts/a/nested, hosts/b, tools; only a flake.lock in hosts/old and stale; a flake under each of .git, .jj, .hg,
 * node_modules, result-man, result-2; `result` -> ../store; nothing in docs.
 */
function tree(): string {
  const top = realpathSync(mkdtempSync(path.join(tmpdir(), 'fs-flake-selection-')));
  const ws = path.join(top, 'ws');
  const put = (dir: string, files: Record<string, string>): void => {
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  };
  const flake = { 'flake.nix': FLAKE, 'flake.lock': LOCK };
  put(path.join(top, 'store'), flake);
  for (const d of ['.', 'hosts/a', 'hosts/a/nested', 'hosts/b', 'tools']) put(path.join(ws, d), flake);
  for (const d of ['hosts/old', 'stale']) put(path.join(ws, d), { 'flake.lock': LOCK });
  for (const d of ['.git/x', '.jj/repo', '.hg/y', 'node_modules/pkg', 'result-man', 'result-2/z']) {
    put(path.join(ws, d), flake);
  }
  put(path.join(ws, 'docs'), { 'README.md': 'no flake here\n' });
  symlinkSync('../store', path.join(ws, 'result'));
  return ws;
}

/** An update port that answers the version and leaves every lock as it is: each flake is "already up to date". */
function quietNix(): UpdateNix {
  const version = parseNixVersion('nix (Nix) 2.8.0');
  const never = (): Promise<never> => Promise.reject(new Error('the update should not build anything'));
  return {
    features: nixFeatures(version),
    version: () => Promise.resolve(version),
    updateLock: () => Promise.resolve(),
    build: never,
    log: never,
    pathInfoClosure: never,
    evalExprJson: never,
  };
}

/** The paths as both faces read them (`**` + `/flake.nix` loses its file name). */
const given = (paths: readonly string[]): string[] => paths.map((p) => parseRelativePath('--paths', p));

async function lintSelects(ws: string, paths: readonly string[], confine: boolean): Promise<string[]> {
  const run = await lint({
    workspace: ws,
    paths: given(paths),
    settings: options(),
    rulesSetting: '--rules',
    clock: { now: () => new Date('2026-01-01T00:00:00Z') },
    confine,
  });
  return run.flakes.map((f) => f.dir);
}

async function updateSelects(ws: string, paths: readonly string[], confine: boolean): Promise<string[]> {
  const report = await runUpdate(
    { workspace: ws, paths: given(paths), inputs: [], build: { mode: 'none' }, dryRun: true },
    {
      nix: quietNix(),
      fs: confine ? confinedFs(ws) : nodeFs,
      logger: new MemoryLogger(),
      clock: { now: () => new Date('2026-01-01T00:00:00Z') },
    },
  );
  return report.flakes.map((f) => f.dir);
}

const ALL = ['.', 'hosts/a', 'hosts/a/nested', 'hosts/b', 'tools'];

describe('lint and update select the same flake directories', () => {
  const ws = tree();

  describe.each([false, true])('confine: %s', (confine) => {
    test.each<[string[], string[]]>([
      [['.'], ['.']],
      [['**'], ALL],
      [['**/flake.nix'], ALL],
      [['hosts/*'], ['hosts/a', 'hosts/b']],
      [['hosts/**'], ['hosts/a', 'hosts/a/nested', 'hosts/b']],
      [['*'], ['.', 'tools']],
      [
        ['tools', 'hosts/*', './tools/'],
        ['hosts/a', 'hosts/b', 'tools'],
      ],
    ])('paths %j → %j', async (paths, expected) => {
      const lint = await lintSelects(ws, paths, confine).catch((e: unknown) => String(e));
      const update = await updateSelects(ws, paths, confine).catch((e: unknown) => String(e));
      expect({ lint, update }).toEqual({ lint: expected, update: expected });
    });
  });

  test('a glob that selects no flake (only locks, or only skipped directories) is the same error for both', async () => {
    for (const paths of [['stale/*'], ['.jj/*'], ['result-*'], ['docs/*']]) {
      const fromLint = await lintSelects(ws, paths, false).catch((e: unknown) => e);
      const fromUpdate = await updateSelects(ws, paths, false).catch((e: unknown) => e);
      expect(fromLint).toBeInstanceOf(UserError);
      expect((fromLint as UserError).message).toBe(`no flake matches '${paths[0]!}' under ${ws}`);
      expect((fromUpdate as UserError).message).toBe((fromLint as UserError).message);
    }
  });

  test('a directory named with only a flake.lock: lint reads the lock alone, update needs the flake.nix', async () => {
    const run = await lint({
      workspace: ws,
      paths: ['stale'],
      settings: options(),
      rulesSetting: '--rules',
      clock: { now: () => new Date('2026-01-01T00:00:00Z') },
    });
    expect(run.flakes.map((f) => f.dir)).toEqual(['stale']);
    expect(run.flakes[0]!.notices[0]).toMatch(/^stale\/flake\.nix not found: linting stale\/flake\.lock alone/);
    await expect(updateSelects(ws, ['stale'], false)).rejects.toMatchObject({
      message: "no flake.nix in 'stale'",
      file: 'stale/flake.nix',
    });
  });

  test('a directory named with neither file is the same error for both', async () => {
    const fromLint = await lintSelects(ws, ['docs'], false).catch((e: unknown) => e);
    const fromUpdate = await updateSelects(ws, ['docs'], false).catch((e: unknown) => e);
    expect((fromLint as UserError).message).toBe('no flake.nix or flake.lock in docs');
    expect((fromUpdate as UserError).message).toBe((fromLint as UserError).message);
  });
});

/** A lint request over `ws` with `paths`. */
const request = (ws: string, paths: readonly string[]) => ({
  workspace: ws,
  paths: given(paths),
  settings: options(),
  rulesSetting: '--rules',
  clock: { now: () => new Date('2026-01-01T00:00:00Z') },
});

describe('the walk of a glob is bounded, and says so when it stops', () => {
  /** ws/a/d00001 … d20050 (empty) and a flake at ws/zz/late: breadth first, `late` is beyond the first 20,000. */
  function wide(): string {
    const ws = realpathSync(mkdtempSync(path.join(tmpdir(), 'fs-flake-walk-')));
    for (let i = 1; i <= 20_050; i++) mkdirSync(path.join(ws, 'a', `d${String(i).padStart(5, '0')}`), { recursive: true });
    mkdirSync(path.join(ws, 'zz', 'late'), { recursive: true });
    writeFileSync(path.join(ws, 'flake.nix'), FLAKE);
    writeFileSync(path.join(ws, 'zz', 'late', 'flake.nix'), FLAKE);
    writeFileSync(path.join(ws, 'zz', 'late', 'flake.lock'), LOCK);
    return ws;
  }

  test('lint of ** past 20,000 directories: the flakes it saw, and one warning naming the bound and what to do', async () => {
    const ws = wide();
    try {
      const logger = new MemoryLogger();
      const run = await lint({ ...request(ws, ['**']), logger });
      expect(run.flakes.map((f) => f.dir)).toEqual(['.']);
      expect(logger.lines.filter((l) => l.level === 'warning').map((l) => l.message)).toEqual([
        'the search for flakes (**) stopped after 20,000 directories: flakes in directories beyond them were not looked for; name their directories in paths',
      ]);
      // named, it is found
      const named = await lint({ ...request(ws, ['**', 'zz/late']), logger: new MemoryLogger() });
      expect(named.flakes.map((f) => f.dir)).toEqual(['.', 'zz/late']);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  }, 60_000);

  test('within the bound: every flake, no warning', async () => {
    const ws = tree();
    const logger = new MemoryLogger();
    await lint({ ...request(ws, ['**']), logger });
    expect(logger.lines.filter((l) => l.level === 'warning')).toEqual([]);
  });
});
