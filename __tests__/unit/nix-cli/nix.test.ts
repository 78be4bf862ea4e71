import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { NixError } from '../../../src/engine/errors.js';
import { MemoryLogger } from '../../../src/engine/ports.js';
import type { ProcessRunner, RunOptions, RunResult } from '../../../src/exec/run.js';
import { createNix, detectNix, nixConfigWithToken } from '../../../src/nix-cli/nix.js';
import { nixFeatures, parseNixVersion } from '../../../src/nix-cli/version.js';

const fixture = (f: string): string => readFileSync(path.join('__tests__/fixtures/nix-cli', f), 'utf8');
const features = nixFeatures(parseNixVersion('nix (Nix) 2.8.0'));
const options = { nixOptions: [], acceptFlakeConfig: false };

interface Call {
  readonly cmd: string;
  readonly args: readonly string[];
  readonly opts: RunOptions;
}

/** A runner that answers from a script (first matching rule) and records every call. */
function scripted(rules: [(args: readonly string[]) => boolean, Partial<RunResult>][]) {
  const calls: Call[] = [];
  const runner: ProcessRunner = async (cmd, args, opts = {}) => {
    calls.push({ cmd, args, opts });
    const rule = rules.find(([m]) => m(args));
    if (!rule) throw new Error(`unexpected call: ${args.join(' ')}`);
    const r: RunResult = { argv: [cmd, ...args], code: 0, stdout: '', stderr: '', ...rule[1] };
    if (r.code !== 0 && opts.check !== false) throw new NixError(r.argv, r.code, r.stderr);
    return r;
  };
  return { runner, calls };
}

const isBuild = (a: readonly string[]) => a[0] === 'build' && !a.includes('--dry-run');
const isDry = (a: readonly string[]) => a[0] === 'build' && a.includes('--dry-run');
const isPathInfo = (a: readonly string[]) => a[0] === 'path-info';

const drv = (n: string) => `/nix/store/${n.padStart(32, 'd')}-${n}.drv`;
const out = (n: string) => `/nix/store/${n.padStart(32, 'o')}-${n}`;
const built = (names: string[]) => JSON.stringify(names.map((n) => ({ drvPath: drv(n), outputs: { out: out(n) } })));

describe('build: one nix build for all installables', () => {
  test.each([1, 5, 50])('%i installables, all fine: one process, one result each in order', async (count) => {
    const names = Array.from({ length: count }, (_, i) => `p${i}`);
    const { runner, calls } = scripted([[isBuild, { stdout: built(names) }]]);
    const nix = createNix({ runner, features, options, logger: new MemoryLogger() });
    const res = await nix.build(names.map((n) => `/f#${n}`));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args).toEqual(expect.arrayContaining(['--keep-going', '--no-link', '--json']));
    expect(res.map((r) => r.ok && r.outputs['out'])).toEqual(names.map(out));
    expect(res.map((r) => r.installable)).toEqual(names.map((n) => `/f#${n}`));
  });

  test('a failing build is attributed through the derivation graph; the other installable still succeeds', async () => {
    const stderr =
      `error: builder for '${drv('bad')}' failed with exit code 1;\n       last 1 log lines:\n       > boom\n` +
      `error: 1 dependencies of derivation '${drv('top')}' failed to build\n`;
    const graph = JSON.stringify([
      { path: drv('top'), narSize: 1, references: [drv('bad')] },
      { path: drv('bad'), narSize: 1, references: [] },
      { path: drv('good'), narSize: 1, references: [drv('dep')] },
      { path: drv('dep'), narSize: 1, references: [] },
    ]);
    const { runner, calls } = scripted([
      [isBuild, { code: 1, stderr }],
      [isDry, { stdout: built(['good', 'top']) }],
      [isPathInfo, { stdout: graph }],
    ]);
    const nix = createNix({ runner, features, options, logger: new MemoryLogger() });
    const res = await nix.build(['/f#good', '/f#broken']);
    expect(calls.map((c) => c.args[0] + (c.args.includes('--dry-run') ? ' --dry-run' : ''))).toEqual([
      'build',
      'build --dry-run',
      'path-info',
    ]);
    expect(calls[2]!.args).toEqual(expect.arrayContaining(['--derivation', '--recursive', drv('good'), drv('top')]));
    expect(res[0]).toEqual({ installable: '/f#good', ok: true, drvPath: drv('good'), outputs: { out: out('good') } });
    expect(res[1]).toMatchObject({ installable: '/f#broken', ok: false, stage: 'build', drvPath: drv('top') });
    expect(res[1]!.ok === false && res[1]!.failedDrvs).toEqual([drv('bad')]);
    expect(res[1]!.ok === false && res[1]!.message).toMatch(/builder for .*bad\.drv' failed[\s\S]*> boom/);
  });

  test('the recorded 2.8 failure is attributed the same way', async () => {
    const BAD = '/nix/store/isbr5da7jga8c9q0ikky6n0sginrpbsw-bad-1.0.drv';
    const TOP = '/nix/store/k2fxndibmi6i9v6rxprnx3ay1w3689gr-top-1.0.drv';
    const GOOD = '/nix/store/h0islpqcsxvljzx2bnqxnp1vj6lrz5vw-good-2.0.drv';
    const graph = JSON.stringify([
      { path: TOP, narSize: 1, references: [BAD] },
      { path: BAD, narSize: 1, references: [] },
      { path: GOOD, narSize: 1, references: [] },
    ]);
    const { runner } = scripted([
      [isBuild, { code: 1, stderr: fixture('build/nix-2.8.0-keep-going-failure.stderr') }],
      [isDry, { stdout: fixture('build/nix-2.8.0-dry-run.json') }],
      [isPathInfo, { stdout: graph }],
    ]);
    const res = await createNix({ runner, features, options, logger: new MemoryLogger() }).build([
      '.#good',
      '.#broken',
    ]);
    expect(res.map((r) => r.ok)).toEqual([true, false]);
    expect(res[1]!.ok === false && res[1]!.failedDrvs).toEqual([BAD]);
  });

  test('an evaluation failure: each installable is evaluated alone, the others are built', async () => {
    const { runner, calls } = scripted([
      [(a) => isDry(a) && a.includes('/f#bad'), { code: 1, stderr: "error: attribute 'nope' missing\n" }],
      [isDry, { stdout: built(['good']) }],
      [(a) => isBuild(a) && a.includes('/f#bad'), { code: 1, stderr: "error: attribute 'nope' missing\n" }],
      [isBuild, { stdout: built(['good']) }],
    ]);
    const nix = createNix({ runner, features, options, logger: new MemoryLogger() });
    const res = await nix.build(['/f#bad', '/f#good']);
    expect(res[0]).toEqual({
      installable: '/f#bad',
      ok: false,
      stage: 'eval',
      failedDrvs: [],
      message: "error: attribute 'nope' missing",
    });
    expect(res[1]).toMatchObject({ installable: '/f#good', ok: true, outputs: { out: out('good') } });
    // build(all), dry-run(all), dry-run each (2), build(the one that evaluates)
    expect(calls).toHaveLength(5);
  });
});

describe('pathInfoClosure', () => {
  test('one path-info -r call for many roots; invalid paths are a NixError', async () => {
    const { runner, calls } = scripted([[isPathInfo, { stdout: fixture('path-info/nix-2.26.3-recursive.json') }]]);
    const nix = createNix({ runner, features, options, logger: new MemoryLogger() });
    const infos = await nix.pathInfoClosure(['/nix/store/a', '/nix/store/b']);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args).toContain('--recursive');
    expect(infos.size).toBe(2);
    const bad = scripted([[isPathInfo, { stdout: fixture('path-info/nix-2.26.3-invalid.json') }]]);
    await expect(
      createNix({ runner: bad.runner, features, options, logger: new MemoryLogger() }).pathInfoClosure(['/x']),
    ).rejects.toThrow(/not valid in the Nix store: \/nix\/store\/0+-missing-1.0/);
  });
  test('output Nix did not document is a NixError naming the command', async () => {
    const { runner } = scripted([[isPathInfo, { stdout: '{"oops": 1}' }]]);
    const p = createNix({ runner, features, options, logger: new MemoryLogger() }).pathInfoClosure(['/x']);
    await expect(p).rejects.toBeInstanceOf(NixError);
    await expect(p).rejects.toThrow(/unexpected output from `nix path-info --json`/);
  });
});

describe('other methods', () => {
  test('updateLock per version, evalJson, currentSystem, log, version read once', async () => {
    const { runner, calls } = scripted([
      [(a) => a[0] === '--version', { stdout: 'nix (Nix) 2.8.0\n' }],
      [(a) => a[0] === 'eval' && a.includes('--impure'), { stdout: '"x86_64-linux"\n' }],
      [(a) => a[0] === 'eval', { stdout: '["a","b"]\n' }],
      [(a) => a[0] === 'log', { code: 1, stderr: 'error: build log of … is not available' }],
      [(a) => a[0] === 'flake', {}],
    ]);
    const nix = createNix({ runner, features, options, logger: new MemoryLogger() });
    await nix.updateLock('/f', ['nixpkgs']);
    expect(calls.at(-1)!.args).toEqual([
      'flake',
      'lock',
      '--extra-experimental-features',
      'nix-command flakes',
      '/f',
      '--update-input',
      'nixpkgs',
    ]);
    expect(await nix.evalJson('/f', 'nixosConfigurations', 'builtins.attrNames')).toEqual(['a', 'b']);
    expect(await nix.currentSystem()).toBe('x86_64-linux');
    expect(await nix.evalExprJson('{ a = 1; }', 'x: x.a')).toBe('x86_64-linux');
    expect(calls.at(-1)!.args).toEqual(
      expect.arrayContaining(['--impure', '--expr', '{ a = 1; }', '--apply', 'x: x.a']),
    );
    expect(await nix.log('/nix/store/x.drv')).toBe('');
    await nix.version();
    await nix.version();
    expect(calls.filter((c) => c.args[0] === '--version')).toHaveLength(1);
  });

  test('detectNix reads the version once and derives the features', async () => {
    const { runner, calls } = scripted([[(a) => a[0] === '--version', { stdout: 'nix (Nix) 2.26.3\n' }]]);
    const d = await detectNix({ runner });
    expect(calls).toHaveLength(1);
    expect(d.version.version).toBe('2.26.3');
    expect(d.features.updateForm).toBe('flake-update');
  });
});

describe('token: only through NIX_CONFIG, a secret, redacted everywhere', () => {
  test('NIX_CONFIG keeps the user settings and adds access-tokens', () => {
    expect(nixConfigWithToken(undefined, 't')).toBe('access-tokens = github.com=t');
    expect(nixConfigWithToken('cores = 2\n', 't')).toBe('cores = 2\naccess-tokens = github.com=t');
  });

  test('the runner gets the token in env and secrets, never in argv', async () => {
    const { runner, calls } = scripted([[() => true, { stdout: '"x"' }]]);
    const logger = new MemoryLogger();
    const nix = createNix({
      runner,
      features,
      options: { ...options, env: { NIX_CONFIG: 'cores = 2', PATH: '/bin' } },
      token: 'ghp_secret',
      logger,
    });
    await nix.evalJson('/f', 'x');
    expect(logger.secrets.has('ghp_secret')).toBe(true);
    expect(calls[0]!.opts.env?.['NIX_CONFIG']).toBe('cores = 2\naccess-tokens = github.com=ghp_secret');
    expect(calls[0]!.opts.secrets).toEqual(['ghp_secret']);
    expect(calls[0]!.args.join(' ')).not.toContain('ghp_secret');
    expect(logger.lines.map((l) => l.message).join('\n')).not.toContain('ghp_secret');
  });

  const dir = mkdtempSync(path.join(tmpdir(), 'fs-nix-token-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a real process that prints NIX_CONFIG: the token is redacted from the error and its stderr', async () => {
    const fake = path.join(dir, 'nix');
    writeFileSync(fake, '#!/bin/sh\necho "config: $NIX_CONFIG" >&2\necho "out: $NIX_CONFIG"\nexit 3\n');
    chmodSync(fake, 0o755);
    const nix = createNix({
      features,
      options: { ...options, nixBin: fake, env: { PATH: process.env['PATH'] } },
      token: 'ghp_realsecret42',
      logger: new MemoryLogger(),
    });
    const err = await nix.lock('/f').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(NixError);
    const e = err as NixError;
    expect(e.code).toBe(3);
    expect(e.stderr).toContain('config: access-tokens = github.com=***');
    expect(`${e.message}\n${e.stderr}\n${e.argv.join(' ')}`).not.toContain('ghp_realsecret42');
    expect(e.argv.slice(1, 3)).toEqual(['flake', 'lock']);
  });
});
