import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { MemoryLogger } from '../../../src/engine/ports.js';
import { runProcess, type ProcessRunner } from '../../../src/exec/run.js';
import { createNix, detectNix, type Nix } from '../../../src/nix-cli/nix.js';
import type { NixFeatures } from '../../../src/nix-cli/version.js';

// The adapter against the installed Nix, on a local flake world: a fake nixpkgs, a fake home-manager with its own
// nixpkgs input (so `hm/nixpkgs` is a nested input path), and a top flake with packages that build, one whose
// dependency fails to build, and one that does not evaluate.

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
      evalfail = throw "this package does not evaluate";
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

const inst = (name: string) => `${top}#packages.${system}.${name}`;

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
      expect.arrayContaining(['p0', 'broken', 'evalfail']),
    );
  }, 30_000);
});

describe('build + closure: a fixed number of Nix processes, whatever the number of installables', () => {
  test.each([1, PACKAGES])(
    '%i installables: one nix build, one nix path-info',
    async (count) => {
      const installables = Array.from({ length: count }, (_, i) => inst(`p${i}`));
      calls.length = 0;
      const results = await nix.build(installables);
      const outs = results.map((r) => (r.ok ? r.outputs['out']! : ''));
      const infos = await nix.pathInfoClosure(outs);
      expect(calls.map((c) => c[1])).toEqual(['build', 'path-info']);
      expect(results.every((r) => r.ok)).toBe(true);
      // each package and the shared dep
      expect(infos.size).toBe(count + 1);
      expect([...infos.keys()].some((p) => p.endsWith('-dep-1.0'))).toBe(true);
    },
    60_000,
  );
});

describe('failures are results', () => {
  test('a dependency that fails to build is attributed to its installable; the other still builds', async () => {
    calls.length = 0;
    const [good, broken] = await nix.build([inst('p0'), inst('broken')]);
    expect(good).toMatchObject({ ok: true });
    expect(broken).toMatchObject({ ok: false, stage: 'build' });
    if (broken!.ok) throw new Error('unreachable');
    expect(broken!.failedDrvs).toHaveLength(1);
    expect(broken!.failedDrvs[0]).toMatch(/-bad-1\.0\.drv$/);
    expect(broken!.message).toContain('boom');
    expect(await nix.log(broken!.failedDrvs[0]!)).toContain('boom');
    // build, dry-run, path-info --derivation (then the log)
    expect(calls.map((c) => c[1])).toEqual(['build', 'build', 'path-info', 'log']);
  }, 60_000);

  test('an installable that does not evaluate is reported as such; the others are built', async () => {
    const [bad, good] = await nix.build([inst('evalfail'), inst('p1')]);
    expect(bad).toMatchObject({ ok: false, stage: 'eval' });
    expect(bad!.ok === false && bad!.message).toMatch(/evalfail|this package does not evaluate/);
    expect(good).toMatchObject({ ok: true });
  }, 60_000);
});
