/**
 * A recording process runner that plays Nix 2.8 for the engine's unit tests: it answers `nix --version`,
 * `flake lock --update-input` / `flake update` (writing the next lock into the flake directory, as Nix would),
 * `eval --impure --expr` (the output listing), `build` (with `--keep-going`, or `--dry-run`), `path-info` and `log`,
 * from a small model of a flake with `configurations` NixOS hosts and one package. Every call is recorded.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { ProcessRunner, RunResult } from '../../../src/exec/run.js';
import { NixError } from '../../../src/engine/errors.js';

export const REV_A = 'a'.repeat(40);
export const REV_B = 'b'.repeat(40);

/** A v7 lock: root nixpkgs at `rev`, as node `nixpkgsKey` (Nix renumbers nodes), and home-manager following it. */
export function lockText(rev: string, nixpkgsKey: string, lastModified: number): string {
  const nodes: Record<string, unknown> = {
    'home-manager': {
      inputs: { nixpkgs: ['nixpkgs'] },
      locked: {
        type: 'github',
        owner: 'nix-community',
        repo: 'home-manager',
        rev: 'c'.repeat(40),
        lastModified: 1_700_000_000,
        narHash: 'sha256-hm',
      },
      original: { type: 'github', owner: 'nix-community', repo: 'home-manager' },
    },
    [nixpkgsKey]: {
      locked: {
        type: 'github',
        owner: 'NixOS',
        repo: 'nixpkgs',
        rev,
        lastModified,
        narHash: `sha256-${rev.slice(0, 4)}`,
      },
      original: { type: 'github', owner: 'NixOS', repo: 'nixpkgs', ref: 'nixos-unstable' },
    },
    root: { inputs: { 'home-manager': 'home-manager', nixpkgs: nixpkgsKey } },
  };
  return `${JSON.stringify({ nodes, root: 'root', version: 7 }, null, 2)}\n`;
}

export interface FakeNixOptions {
  readonly configurations: number;
  /** Host whose build fails once the lock is updated. */
  readonly breakAfter?: string;
  /** The lock Nix writes on update; default: nixpkgs moved to REV_B as node `nixpkgs_2`. */
  readonly nextLock?: string;
  /** The output listing fails on this side. */
  readonly listingFails?: 'before' | 'after';
  /** The update of the flake in this directory fails (as a fetch error would). */
  readonly updateFailsIn?: string;
}

export interface Call {
  readonly args: readonly string[];
}

const hash = (s: string): string => {
  let h = 0;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h.toString(36).padStart(32, '0').slice(-32);
};
const store = (name: string): string => `/nix/store/${hash(name)}-${name}`;

export function fakeNix(dir: string, opts: FakeNixOptions): { runner: ProcessRunner; calls: Call[] } {
  const calls: Call[] = [];
  const hosts = Array.from({ length: opts.configurations }, (_, i) => `host${i}`);
  const updated = async (): Promise<boolean> =>
    (await fsp.readFile(path.join(dir, 'flake.lock'), 'utf8')).includes(REV_B);
  const helloVersion = async (): Promise<string> => ((await updated()) ? '2.13' : '2.12');
  const attrOf = (installable: string): string => installable.slice(installable.indexOf('#') + 1);
  const nameOf = (attr: string): string => attr.split('.')[1] ?? attr;

  interface Drv {
    drv: string;
    out: string;
    deps: string[];
    broken: boolean;
  }
  const drvOf = async (installable: string): Promise<Drv> => {
    const attr = attrOf(installable);
    const v = await helloVersion();
    const hello = store(`hello-${v}`);
    if (attr.startsWith('packages.')) return { drv: `${hello}.drv`, out: hello, deps: [], broken: false };
    const host = nameOf(attr);
    const broken = opts.breakAfter === host && (await updated());
    const dep = broken ? store(`broken-dep-${v}`) : hello;
    return {
      drv: store(`nixos-system-${host}-${v}.drv`),
      out: store(`nixos-system-${host}-${v}`),
      deps: [`${dep}.drv`],
      broken,
    };
  };
  const ok = (stdout: string, args: readonly string[]): RunResult => ({
    argv: ['nix', ...args],
    code: 0,
    stdout,
    stderr: '',
  });

  const runner: ProcessRunner = async (cmd, args, runOpts) => {
    calls.push({ args });
    const a = [...args];
    const fail = (code: number, stderr: string): RunResult => {
      if (runOpts?.check === false) return { argv: [cmd, ...a], code, stdout: '', stderr };
      throw new NixError([cmd, ...a], code, stderr);
    };
    if (a[0] === '--version') return ok('nix (Nix) 2.8.0\n', a);
    if (a[0] === 'flake' && (a[1] === 'lock' || a[1] === 'update')) {
      const flakeDir = a.find((x) => x.startsWith('/')) ?? dir;
      if (opts.updateFailsIn === flakeDir) return fail(1, "error: unable to download 'https://example.org': offline");
      await fsp.writeFile(
        path.join(flakeDir, 'flake.lock'),
        opts.nextLock ?? lockText(REV_B, 'nixpkgs_2', 1_700_864_000),
      );
      return ok('', a);
    }
    if (a[0] === 'eval' && a.includes('--expr')) {
      if (opts.listingFails === ((await updated()) ? 'after' : 'before')) {
        return fail(1, "error: attribute 'mkSystem' missing\n\n       at flake.nix:3:5:\n");
      }
      return ok(
        JSON.stringify({
          system: 'x86_64-linux',
          nixos: hosts.map((name) => ({ name, system: 'x86_64-linux' })),
          home: [],
          darwin: [],
          packages: [{ name: 'hello' }],
          devShells: [],
          checks: [],
        }),
        a,
      );
    }
    if (a[0] === 'build') {
      const installables = a.filter((x) => x.includes('#'));
      const drvs = await Promise.all(installables.map(drvOf));
      const json = JSON.stringify(drvs.map((d) => ({ drvPath: d.drv, outputs: { out: d.out } })));
      if (a.includes('--dry-run')) return ok(json, a);
      const broken = drvs.filter((d) => d.broken);
      if (broken.length === 0) return ok(json, a);
      return fail(
        1,
        broken
          .map(
            (d) =>
              `error: builder for '${d.deps[0]}' failed with exit code 1;\n       last 1 log lines:\n       > boom\n`,
          )
          .join(''),
      );
    }
    if (a[0] === 'path-info') {
      const paths = a.filter((x) => x.startsWith('/nix/store/'));
      const infos: { path: string; narSize: number; references: string[] }[] = [];
      const v = await helloVersion();
      const hello = store(`hello-${v}`);
      const glibc = store('glibc-2.40');
      if (a.includes('--derivation')) {
        for (const p of paths) {
          const deps = p.includes('nixos-system-')
            ? [
                opts.breakAfter && p.includes(`-${opts.breakAfter}-`) && (await updated())
                  ? `${store(`broken-dep-${v}`)}.drv`
                  : `${hello}.drv`,
              ]
            : [];
          infos.push({ path: p, narSize: 100, references: deps });
          for (const d of deps) infos.push({ path: d, narSize: 100, references: [] });
        }
      } else {
        for (const p of paths) infos.push({ path: p, narSize: 1000, references: p === hello ? [glibc] : [hello] });
        infos.push({ path: hello, narSize: v === '2.13' ? 60_000 : 50_000, references: [glibc] });
        infos.push({ path: glibc, narSize: 30_000_000, references: [] });
      }
      const seen = new Set<string>();
      return ok(JSON.stringify(infos.filter((i) => !seen.has(i.path) && seen.add(i.path))), a);
    }
    if (a[0] === 'log') return ok('configuring\nbuilding\nboom: the update broke me\n', a);
    return fail(1, `fake nix: unexpected call ${a.join(' ')}`);
  };
  return { runner, calls };
}

/** The Nix subcommand of a recorded call: `update`, `eval`, `build`, `build --dry-run`, `path-info`, … */
export function kindOf(c: Call): string {
  const a = c.args;
  if (a[0] === 'flake') return 'update';
  if (a[0] === 'build') return a.includes('--dry-run') ? 'build --dry-run' : 'build';
  if (a[0] === 'path-info') return a.includes('--derivation') ? 'path-info --derivation' : 'path-info';
  return a[0] ?? '';
}
