import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { MemoryLogger } from '../../../src/core/ports.js';
import { runProcess, type ProcessRunner } from '../../../src/exec/process.js';
import { createNix, detectNix, type Nix } from '../../../src/nix-cli/nix.js';
import type { NixFeatures } from '../../../src/nix-cli/nix-version.js';

// The adapter against the installed Nix, on a local flake world: a fake nixpkgs, a fake home-manager with its own
// nixpkgs input (so `hm/nixpkgs` is a nested input path), and a top flake with packages that build (two of them named
// so that the order asked differs from the order of their derivation paths) and one whose dependency fails to build.

const work = mkdtempSync(path.join(tmpdir(), 'fs-nixcli-'));
const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    stdio: 'pipe',
  });

function repo(name: string, files: Record<string, string>): string {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const [f, text] of Object.entries(files)) writeFileSync(path.join(dir, f), text);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'init');
  return dir;
}

const bump = (dir: string, version: string) => {
  writeFileSync(path.join(dir, 'flake.nix'), `{ outputs = { self }: { lib.version = "${version}"; }; }\n`);
  git(dir, 'commit', '-q', '-am', `version ${version}`);
};

const rev = (dir: string) => git(dir, 'rev-parse', 'HEAD').toString().trim();

interface LockJson {
  nodes: Record<string, { inputs?: Record<string, string | string[]>; locked?: { rev?: string } }>;
}
/** The locked rev at an input path, following node keys (never assuming a key name). */
function lockedRev(flakeDir: string, inputPath: string[]): string | undefined {
  const lock = JSON.parse(readFileSync(path.join(flakeDir, 'flake.lock'), 'utf8')) as LockJson;
  let key = 'root';
  for (const name of inputPath) {
    const edge = lock.nodes[key]!.inputs![name]!;
    if (typeof edge !== 'string') throw new Error('follows not expected here');
    key = edge;
  }
  return lock.nodes[key]!.locked?.rev;
}

let features: NixFeatures;
let system = '';
let nixpkgs = '';
let top = '';
const calls: string[][] = [];
/** The real runner, recording every argv. */
const recording: ProcessRunner = (cmd, args, opts) => {
  calls.push([cmd, ...args]);
  return runProcess(cmd, args, opts);
};
let nix: Nix;

const PACKAGES = 6;

beforeAll(async () => {
  features = (await detectNix({})).features;
  nix = createNix({
    runner: recording,
    features,
    options: { nixOptions: [], acceptFlakeConfig: false },
    logger: new MemoryLogger(),
  });
  system = await nix.currentSystem();
  nixpkgs = repo('nixpkgs', { 'flake.nix': '{ outputs = { self }: { lib.version = "1"; }; }\n' });
  const hm = repo('hm', {
    'flake.nix': `{ inputs.nixpkgs.url = "git+file://${nixpkgs}"; outputs = { self, nixpkgs }: { v = nixpkgs.lib.version; }; }\n`,
  });
  top = repo('top', {
    'flake.nix': `{
  inputs.nixpkgs.url = "git+file://${nixpkgs}";
  inputs.hm.url = "git+file://${hm}";
  outputs = { self, nixpkgs, hm }: let
    mk = name: script: builtins.derivation { inherit name; system = "${system}"; builder = "/bin/sh"; args = [ "-c" script ]; };
    dep = mk "dep-1.0" "echo dep > $out";
    bad = mk "bad-1.0" "echo boom >&2; exit 1";
    pkg = i: mk "p\${toString i}-\${nixpkgs.lib.version}" "echo \${dep} > $out";
  in {
    packages.${system} = builtins.listToAttrs (builtins.genList (i: { name = "p\${toString i}"; value = pkg i; }) ${PACKAGES}) // {
      broken = mk "top-1.0" "echo \${bad} > $out";
      zz = mk "zz-last-1.0" "echo zz > $out";
      aa = mk "aa-first-2.0" "echo aa > $out";
    };
  };
}
`,
  });
  await nix.lock(top);
  git(top, 'add', 'flake.lock');
  git(top, 'commit', '-q', '-m', 'lock');
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The store derivations of packages of the top flake, in one evaluation (as the update's listing gives them). */
async function drvPaths(...names: string[]): Promise<string[]> {
  const apply = `ps: map (n: ps.\${n}.drvPath) [ ${names.map((n) => `"${n}"`).join(' ')} ]`;
  return (await nix.evalJson(top, `packages.${system}`, apply)) as string[];
}

describe('updateLock: the form this Nix wants, nested input paths included', () => {
  test('hm/nixpkgs moves alone, then nixpkgs', async () => {
    const old = rev(nixpkgs);
    bump(nixpkgs, '2');
    const next = rev(nixpkgs);
    expect(lockedRev(top, ['hm', 'nixpkgs'])).toBe(old);
    await nix.updateLock(top, ['hm/nixpkgs']);
    expect(lockedRev(top, ['hm', 'nixpkgs'])).toBe(next);
    expect(lockedRev(top, ['nixpkgs'])).toBe(old);
    await nix.updateLock(top, ['nixpkgs']);
    expect(lockedRev(top, ['nixpkgs'])).toBe(next);
    const argv = calls.filter((c) => c[1] === 'flake' && (c[2] === 'update' || c[2] === 'lock')).at(-1)!;
    if (features.updateForm === 'lock-update-input') expect(argv).toContain('--update-input');
    else expect(argv).toContain('--flake');
  }, 60_000);

  test('evalJson reads the flake', async () => {
    expect(await nix.evalJson(top, `packages.${system}`, 'builtins.attrNames')).toEqual(
      expect.arrayContaining(['p0', 'broken', 'zz']),
    );
  }, 30_000);
});

describe('build + closure: a fixed number of Nix processes, whatever the number of derivations', () => {
  test.each([1, PACKAGES])(
    '%i derivations: one nix build, one nix path-info',
    async (count) => {
      const drvs = await drvPaths(...Array.from({ length: count }, (_, i) => `p${i}`));
      calls.length = 0;
      const results = await nix.build(drvs);
      const outs = drvs.map((d) => {
        const r = results.get(d);
        return r?.ok ? r.outputs['out']! : '';
      });
      const infos = await nix.pathInfoClosure(outs);
      expect(calls.map((c) => c[1])).toEqual(['build', 'path-info']);
      expect(outs.map((o) => o.replace(/^\/nix\/store\/[a-z0-9]{32}-/, ''))).toEqual(
        Array.from({ length: count }, (_, i) => `p${i}-2`),
      );
      // each package and the shared dep
      expect(infos.size).toBe(count + 1);
      expect([...infos.keys()].some((p) => p.endsWith('-dep-1.0'))).toBe(true);
    },
    60_000,
  );

  test('results land on their own derivation, whatever order Nix prints them in (zz-… asked before aa-…)', async () => {
    const [zz, aa] = await drvPaths('zz', 'aa');
    // the derivation paths sort the other way round from the order asked (their hashes decide; check both ways)
    const drvs = zz! < aa! ? [aa!, zz!] : [zz!, aa!];
    calls.length = 0;
    const results = await nix.build([...drvs, drvs[0]!]);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.filter((a) => a.includes('.drv'))).toHaveLength(2);
    const name = (d: string) => {
      const r = results.get(d);
      return r?.ok ? r.outputs['out']!.replace(/^\/nix\/store\/[a-z0-9]{32}-/, '') : undefined;
    };
    expect([name(zz!), name(aa!)]).toEqual(['zz-last-1.0', 'aa-first-2.0']);
    expect(results.size).toBe(2);
  }, 60_000);
});

describe('failures are results', () => {
  test('a dependency that fails to build is attributed to its derivation; the other still builds', async () => {
    const [good, broken] = await drvPaths('p0', 'broken');
    calls.length = 0;
    const results = await nix.build([broken!, good!]);
    expect(results.get(good!)).toMatchObject({ ok: true, outputs: { out: expect.stringMatching(/-p0-2$/) } });
    const failed = results.get(broken!)!;
    expect(failed).toMatchObject({ ok: false, drvPath: broken });
    if (failed.ok) throw new Error('unreachable');
    expect(failed.failedDrvs).toHaveLength(1);
    expect(failed.failedDrvs[0]).toMatch(/-bad-1\.0\.drv$/);
    expect(failed.message).toContain('boom');
    expect(await nix.log(failed.failedDrvs[0]!)).toContain('boom');
    // build, path-info --derivation, build of the one that built (its outputs; nothing rebuilt), then the log
    expect(calls.map((c) => c[1])).toEqual(['build', 'path-info', 'build', 'log']);
    expect(calls[2]!.filter((a) => a.includes('.drv'))).toEqual([expect.stringContaining(good!)]);
  }, 60_000);
});
