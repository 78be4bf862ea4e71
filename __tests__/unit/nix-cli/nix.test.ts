import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { NixError } from '../../../src/core/errors.js';
import { MemoryLogger } from '../../../src/core/ports.js';
import type { ProcessRunner, RunOptions, RunResult } from '../../../src/exec/process.js';
import { closureGraph, createNix, detectNix, nixConfigWithToken } from '../../../src/nix-cli/nix.js';
import { nixFeatures, parseNixVersion } from '../../../src/nix-cli/nix-version.js';

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

const isBuild = (a: readonly string[]) => a[0] === 'build';
const isPathInfo = (a: readonly string[]) => a[0] === 'path-info';

const drv = (n: string) => `/nix/store/${n.padStart(32, 'd')}-${n}.drv`;
const out = (n: string) => `/nix/store/${n.padStart(32, 'o')}-${n}`;
/** `nix build --json` of 2.8: one entry per derivation, sorted by derivation path. */
const built = (names: string[]) =>
  JSON.stringify(
    names.map((n) => ({ drvPath: drv(n), outputs: { out: out(n) } })).sort((a, b) => (a.drvPath < b.drvPath ? -1 : 1)),
  );
const drvArgs = (args: readonly string[]) => args.filter((a) => a.startsWith('/nix/store/'));

describe('build: one nix build of every derivation, results matched by derivation path', () => {
  test.each([1, 5, 50])('%i derivations, all fine: one process, each its own result', async (count) => {
    // Names whose derivation paths sort the other way round from the order given.
    const names = Array.from({ length: count }, (_, i) => `p${String(count - i).padStart(3, '0')}`);
    const { runner, calls } = scripted([[isBuild, { stdout: built(names) }]]);
    const nix = createNix({ runner, features, options, logger: new MemoryLogger() });
    const res = await nix.build(names.map(drv));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args).toEqual(expect.arrayContaining(['--keep-going', '--no-link', '--json']));
    expect(drvArgs(calls[0]!.args)).toEqual(names.map(drv));
    expect(names.map((n) => res.get(drv(n)))).toEqual(
      names.map((n) => ({ drvPath: drv(n), ok: true, outputs: { out: out(n) } })),
    );
  });

  test.each([
    ['2.8.0', 'nix-2.8.0-drv-installables.json', []],
    ['2.26.3', 'nix-2.26.3-drv-installables.json', ['^*', '^*']],
  ])('recorded %s output, not in the order given, lands on each derivation', async (version, file, suffix) => {
    const B = '/nix/store/zh4jyx3ywkcqridm0wfwv3084lghgigp-zz-b-fsx-1.0.drv';
    const A = '/nix/store/nx5jaafgnbrc2cjg65gf89idpph1j40s-aa-a-fsx-2.0.drv';
    const { runner, calls } = scripted([[isBuild, { stdout: fixture(`build/${file}`) }]]);
    const f = nixFeatures(parseNixVersion(`nix (Nix) ${version}`));
    // B twice: one installable per distinct derivation
    const res = await createNix({ runner, features: f, options, logger: new MemoryLogger() }).build([B, A, B]);
    expect(calls[0]!.args.slice(-2)).toEqual([`${B}${suffix[0] ?? ''}`, `${A}${suffix[1] ?? ''}`]);
    expect([...res.keys()]).toEqual([B, A]);
    expect(res.get(B)).toMatchObject({ ok: true, outputs: { out: expect.stringMatching(/-zz-b-fsx-1\.0$/) } });
    expect(res.get(A)).toMatchObject({ ok: true, outputs: { out: expect.stringMatching(/-aa-a-fsx-2\.0$/) } });
  });

  test('a derivation missing from the JSON, or an output without a path, is a NixError', async () => {
    const missing = scripted([[isBuild, { stdout: built(['a']) }]]);
    await expect(
      createNix({ runner: missing.runner, features, options, logger: new MemoryLogger() }).build([drv('a'), drv('b')]),
    ).rejects.toThrow(`no result for '${drv('b')}'`);
    const nullOut = scripted([[isBuild, { stdout: JSON.stringify([{ drvPath: drv('a'), outputs: { out: null } }]) }]]);
    await expect(
      createNix({ runner: nullOut.runner, features, options, logger: new MemoryLogger() }).build([drv('a')]),
    ).rejects.toBeInstanceOf(NixError);
  });

  test('nothing to build: no process', async () => {
    const { runner, calls } = scripted([]);
    expect((await createNix({ runner, features, options, logger: new MemoryLogger() }).build([])).size).toBe(0);
    expect(calls).toHaveLength(0);
  });

  test('a failing build is attributed through the derivation graph; the others still get their outputs', async () => {
    const stderr =
      `error: builder for '${drv('bad')}' failed with exit code 1;\n       last 1 log lines:\n       > boom\n` +
      `error: 1 dependencies of derivation '${drv('top')}' failed to build\n`;
    const graph = JSON.stringify([
      { path: drv('top'), narSize: 1, references: [drv('bad')] },
      { path: drv('bad'), narSize: 1, references: [] },
      { path: drv('good'), narSize: 1, references: [drv('dep')] },
      { path: drv('dep'), narSize: 1, references: [] },
      { path: drv('zgood'), narSize: 1, references: [] },
    ]);
    const { runner, calls } = scripted([
      [(a) => isBuild(a) && a.includes(drv('top')), { code: 1, stderr }],
      [isBuild, { stdout: built(['good', 'zgood']) }],
      [isPathInfo, { stdout: graph }],
    ]);
    const nix = createNix({ runner, features, options, logger: new MemoryLogger() });
    const res = await nix.build([drv('zgood'), drv('top'), drv('good')]);
    // build all, the derivation graph, then the ones that built (Nix printed no JSON): nothing evaluated, no dry run
    expect(calls.map((c) => c.args[0])).toEqual(['build', 'path-info', 'build']);
    expect(calls[1]!.args).toEqual(
      expect.arrayContaining(['--derivation', '--recursive', drv('zgood'), drv('top'), drv('good')]),
    );
    expect(drvArgs(calls[2]!.args)).toEqual([drv('zgood'), drv('good')]);
    expect(res.get(drv('good'))).toEqual({ drvPath: drv('good'), ok: true, outputs: { out: out('good') } });
    expect(res.get(drv('zgood'))).toEqual({ drvPath: drv('zgood'), ok: true, outputs: { out: out('zgood') } });
    const top = res.get(drv('top'))!;
    expect(top).toMatchObject({ drvPath: drv('top'), ok: false, failedDrvs: [drv('bad')] });
    expect(!top.ok && top.message).toMatch(/builder for .*bad\.drv' failed[\s\S]*> boom/);
  });

  test('when reading the outputs of the ones that built fails too, they fail with that message', async () => {
    const stderr = `error: builder for '${drv('top')}' failed with exit code 1;\n`;
    const graph = JSON.stringify([
      { path: drv('top'), narSize: 1, references: [] },
      { path: drv('good'), narSize: 1, references: [] },
    ]);
    const { runner, calls } = scripted([
      [(a) => isBuild(a) && a.includes(drv('top')), { code: 1, stderr }],
      [isBuild, { code: 1, stderr: 'error: interrupted by the user\n' }],
      [isPathInfo, { stdout: graph }],
    ]);
    const res = await createNix({ runner, features, options, logger: new MemoryLogger() }).build([
      drv('good'),
      drv('top'),
    ]);
    expect(calls.map((c) => c.args[0])).toEqual(['build', 'path-info', 'build']);
    expect(res.get(drv('good'))).toEqual({
      drvPath: drv('good'),
      ok: false,
      failedDrvs: [],
      message: 'error: interrupted by the user',
    });
    expect(res.get(drv('top'))).toMatchObject({ ok: false, failedDrvs: [drv('top')] });
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
      [(a) => isBuild(a) && a.includes(TOP), { code: 1, stderr: fixture('build/nix-2.8.0-keep-going-failure.stderr') }],
      [isBuild, { stdout: fixture('build/nix-2.8.0-success.json') }],
      [isPathInfo, { stdout: graph }],
    ]);
    const res = await createNix({ runner, features, options, logger: new MemoryLogger() }).build([GOOD, TOP]);
    expect(res.get(GOOD)).toMatchObject({ ok: true, outputs: { out: expect.stringMatching(/-good-2\.0$/) } });
    expect(res.get(TOP)).toMatchObject({ ok: false, failedDrvs: [BAD] });
  });

  test('a failure Nix ties to no derivation fails every derivation with its message, without more processes', async () => {
    const { runner, calls } = scripted([
      [isBuild, { code: 1, stderr: 'error: writing to file: No space left on device\n' }],
    ]);
    const res = await createNix({ runner, features, options, logger: new MemoryLogger() }).build([drv('a'), drv('b')]);
    expect(calls).toHaveLength(1);
    expect([...res.values()]).toEqual([
      { drvPath: drv('a'), ok: false, failedDrvs: [], message: 'error: writing to file: No space left on device' },
      { drvPath: drv('b'), ok: false, failedDrvs: [], message: 'error: writing to file: No space left on device' },
    ]);
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

describe('closureGraph: one nix-store --query --graphml, no nix --version', () => {
  const TOP = '/nix/store/chg72r0wjrhi1x1qdwadw8l73bbx0lwy-top';
  const BASE = '/nix/store/x4q614sgd2akh61w7lkv2k1sa782g9h3-base-0.1';
  const isGraphml = (a: readonly string[]) => a[1] === '--graphml';
  test('the standalone query: nix-store beside nix, the roots as operands, the graph parsed', async () => {
    const { runner, calls } = scripted([[isGraphml, { stdout: fixture('graphml/nix-2.8.0.graphml') }]]);
    const g = await closureGraph({ runner, options: { nixBin: '/opt/nix/bin/nix', env: { A: '1' } } }, [TOP, BASE]);
    expect(calls.map((c) => [c.cmd, ...c.args])).toEqual([
      ['/opt/nix/bin/nix-store', '--query', '--graphml', TOP, BASE],
    ]);
    expect(calls[0]!.opts.env).toEqual({ A: '1' });
    expect(g.size).toBe(5);
    expect(g.sizes[g.find(TOP)!]).toBe(296);
  });
  test('a root missing from the graph, or a graph that does not parse, is a NixError naming the command', async () => {
    const { runner } = scripted([[isGraphml, { stdout: fixture('graphml/nix-2.8.0.graphml') }]]);
    const missing = '/nix/store/00000000000000000000000000000000-missing-1.0';
    const p = closureGraph({ runner, options: {} }, [TOP, missing]);
    await expect(p).rejects.toBeInstanceOf(NixError);
    await expect(p).rejects.toThrow(new RegExp(`no node for ${missing}`));
    const bad = scripted([[isGraphml, { stdout: '<html/>' }]]);
    const q = closureGraph({ runner: bad.runner, options: {} }, [TOP]);
    await expect(q).rejects.toBeInstanceOf(NixError);
    await expect(q).rejects.toThrow(/nix-store --query --graphml.*not a GraphML document/s);
  });
  test('through the adapter: logged, with the token env and secrets like every other call', async () => {
    const { runner, calls } = scripted([[isGraphml, { stdout: fixture('graphml/nix-2.26.3.graphml') }]]);
    const logger = new MemoryLogger();
    const nix = createNix({ runner, features, options, logger, token: 'ghp_secret' });
    const g = await nix.closureGraph([TOP]);
    expect(g.pair([TOP], [TOP]).totals()).toEqual({ sizeBefore: 2920, sizeAfter: 2920, pathsBefore: 5, pathsAfter: 5 });
    expect(calls[0]!.cmd).toBe('nix-store');
    expect(calls[0]!.opts.secrets).toEqual(['ghp_secret']);
    expect(calls[0]!.opts.env?.['NIX_CONFIG']).toContain('access-tokens');
    expect(logger.lines.some((e) => e.message.includes('nix-store --query --graphml'))).toBe(true);
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

  test('for the host of the GitHub server the token belongs to', async () => {
    expect(nixConfigWithToken(undefined, 't', 'ghe.example.com')).toBe('access-tokens = ghe.example.com=t');
    expect(nixConfigWithToken(undefined, 't', 'ghe.example.com:8443')).toBe('access-tokens = ghe.example.com:8443=t');
    expect(() => nixConfigWithToken(undefined, 't', 'ghe.example.com t2')).toThrow(/not a host name/);
    const { runner, calls } = scripted([[() => true, { stdout: '"x"' }]]);
    const nix = createNix({
      runner,
      features,
      options: { ...options, env: {} },
      token: 't',
      tokenHost: 'ghe.example.com',
      logger: new MemoryLogger(),
    });
    await nix.evalJson('/f', 'x');
    expect(calls[0]!.opts.env?.['NIX_CONFIG']).toBe('access-tokens = ghe.example.com=t');
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
