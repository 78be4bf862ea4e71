/**
 * A recording process runner that plays Nix 2.8 for the engine's unit tests: it answers `nix --version`,
 * `flake lock --update-input` / `flake update` (writing the next lock into the flake directory, as Nix would),
 * `eval --impure --expr` (the output listing with drvPaths or by name alone, listed attributes, one attribute alone),
 * `build` of `.drv` paths (results printed sorted by derivation path, as Nix 2.8 does), `path-info` and `log`, from
 * a small model of a flake with `configurations` NixOS hosts and one package (each reading nixpkgs, or only those
 * named in `reads`). Every call is recorded.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { ProcessRunner, RunResult } from '../../../src/exec/process.js';
import { NixError } from '../../../src/core/errors.js';

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
  /** Host whose evaluation throws once the lock is updated (caught by tryEval in the listing). */
  readonly throwsAfter?: string;
  /** Host whose evaluation fails once the lock is updated in a way tryEval cannot catch (the listing fails). */
  readonly failsAfter?: string;
  /** The lock Nix writes on update; default: nixpkgs moved to REV_B as node `nixpkgs_2`. */
  readonly nextLock?: string;
  /** The output listing fails on this side. */
  readonly listingFails?: 'before' | 'after';
  /** The update of the flake in this directory fails (as a fetch error would). */
  readonly updateFailsIn?: string;
  /**
   * The outputs (host names, `hello`) whose derivation reads nixpkgs, so the update changes it; default all. The
   * others keep the derivation they had before the update (on hello 2.12).
   */
  readonly reads?: readonly string[];
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

interface Drv {
  readonly drv: string;
  readonly out: string;
  readonly deps: readonly string[];
  readonly broken: boolean;
}

/** The attribute paths named in an `attrsApply` / `attrApply` function (`[ "a" "b" ]` lists). */
function appliedAttrs(apply: string): string[] {
  return [...apply.matchAll(/find (?:true|false) \[ ((?:"[^"]*" ?)*)\]/g)].map((m) =>
    [...m[1]!.matchAll(/"([^"]*)"/g)].map((n) => n[1]).join('.'),
  );
}

export function fakeNix(dir: string, opts: FakeNixOptions): { runner: ProcessRunner; calls: Call[] } {
  const calls: Call[] = [];
  const hosts = Array.from({ length: opts.configurations }, (_, i) => `host${i}`);
  const updated = async (): Promise<boolean> =>
    (await fsp.readFile(path.join(dir, 'flake.lock'), 'utf8')).includes(REV_B);
  const helloVersion = async (): Promise<string> => ((await updated()) ? '2.13' : '2.12');
  const nameOf = (attr: string): string => attr.split('.')[1] ?? attr;
  /** The store derivations evaluated so far (what `nix build` of a `.drv` path finds in the store). */
  const evaluated = new Map<string, Drv>();
  /** The hello each output was evaluated with (its closure), whichever lock is in place when `path-info` runs. */
  const outputHello = new Map<string, string>();

  /** Evaluates an attribute: its derivation, or the error Nix would print (`uncatchable`: not a throw). */
  const evaluate = async (attr: string): Promise<Drv | { error: string; uncatchable: boolean }> => {
    const output = attr.startsWith('packages.') || attr === 'hello' ? 'hello' : nameOf(attr);
    const v = opts.reads === undefined || opts.reads.includes(output) ? await helloVersion() : '2.12';
    const hello = store(`hello-${v}`);
    let d: Drv;
    if (output === 'hello') {
      d = { drv: `${hello}.drv`, out: hello, deps: [], broken: false };
    } else {
      const host = nameOf(attr);
      const after = await updated();
      if (after && opts.throwsAfter === host) return { error: `${host}: assertion failed`, uncatchable: false };
      if (after && opts.failsAfter === host) return { error: "attribute 'oldOption' missing", uncatchable: true };
      const broken = opts.breakAfter === host && after;
      const dep = broken ? store(`broken-dep-${v}`) : hello;
      d = {
        drv: store(`nixos-system-${host}-${v}.drv`),
        out: store(`nixos-system-${host}-${v}`),
        deps: [`${dep}.drv`],
        broken,
      };
    }
    evaluated.set(d.drv, d);
    outputHello.set(d.out, hello);
    return d;
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
      const apply = a[a.indexOf('--apply') + 1] ?? '';
      const listing = apply.includes('withDrvPaths = ');
      if (listing && opts.listingFails === ((await updated()) ? 'after' : 'before')) {
        return fail(1, "error: attribute 'mkSystem' missing\n\n       at flake.nix:3:5:\n");
      }
      if (listing) {
        const withDrvPaths = apply.includes('withDrvPaths = true');
        const drvPath = async (attr: string): Promise<string | null> => {
          if (!withDrvPaths) return null;
          const d = await evaluate(attr);
          if ('drv' in d) return d.drv;
          if (d.uncatchable) throw new Error(d.error);
          return null;
        };
        try {
          const nixos = [];
          for (const name of hosts) {
            nixos.push({
              name,
              system: 'x86_64-linux',
              drvPath: await drvPath(`nixosConfigurations.${name}.config.system.build.toplevel`),
            });
          }
          const hello = { name: 'hello', drvPath: await drvPath('packages.x86_64-linux.hello') };
          const json = {
            system: 'x86_64-linux',
            nixos,
            home: [],
            darwin: [],
            packages: [hello],
            devShells: [],
            checks: [],
          };
          return ok(JSON.stringify(json), a);
        } catch (e) {
          return fail(1, `error: ${(e as Error).message}\n`);
        }
      }
      const attrs = appliedAttrs(apply);
      const results = await Promise.all(attrs.map(evaluate));
      if (apply.includes('tryEval')) {
        const bad = results.find((r) => !('drv' in r) && r.uncatchable);
        if (bad && !('drv' in bad)) return fail(1, `error: ${bad.error}\n`);
        return ok(JSON.stringify(results.map((r) => ('drv' in r ? r.drv : null))), a);
      }
      const r = results[0]!;
      return 'drv' in r ? ok(JSON.stringify(r.drv), a) : fail(1, `error: ${r.error}\n\n       at flake.nix:9:7:\n`);
    }
    if (a[0] === 'build') {
      const drvs = a.filter((x) => x.startsWith('/nix/store/')).map((p) => evaluated.get(p));
      if (drvs.some((d) => d === undefined)) return fail(1, 'error: path is not valid');
      const known = drvs as Drv[];
      const broken = known.filter((d) => d.broken);
      if (broken.length === 0) {
        // As Nix 2.8 prints them: sorted by derivation path, not in the order given.
        const sorted = [...known].sort((x, y) => (x.drv < y.drv ? -1 : 1));
        return ok(JSON.stringify(sorted.map((d) => ({ drvPath: d.drv, outputs: { out: d.out } }))), a);
      }
      return fail(
        1,
        broken
          .map(
            (d) =>
              `error: builder for '${d.deps[0]}' failed with exit code 1;\n       last 1 log lines:\n       > boom\n` +
              `error: 1 dependencies of derivation '${d.drv}' failed to build\n`,
          )
          .join(''),
      );
    }
    if (a[0] === 'path-info') {
      const paths = a.filter((x) => x.startsWith('/nix/store/'));
      const infos: { path: string; narSize: number; references: string[] }[] = [];
      const glibc = store('glibc-2.40');
      if (a.includes('--derivation')) {
        for (const p of paths) {
          const deps = [...(evaluated.get(p)?.deps ?? [])];
          infos.push({ path: p, narSize: 100, references: deps });
          for (const d of deps) infos.push({ path: d, narSize: 100, references: [] });
        }
      } else {
        for (const p of paths) {
          const hello = outputHello.get(p) ?? store(`hello-${await helloVersion()}`);
          infos.push({ path: p, narSize: 1000, references: p === hello ? [glibc] : [hello] });
          infos.push({ path: hello, narSize: hello.endsWith('-2.13') ? 60_000 : 50_000, references: [glibc] });
        }
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

/**
 * The Nix subcommand of a recorded call: `update`, `eval` (the listing), `eval names` (the listing by name alone),
 * `eval attrs` (listed attributes), `eval one` (one attribute alone), `build`, `path-info`, `path-info --derivation`.
 */
export function kindOf(c: Call): string {
  const a = c.args;
  if (a[0] === 'flake') return 'update';
  if (a[0] === 'eval') {
    const apply = a[a.indexOf('--apply') + 1] ?? '';
    if (apply.includes('withDrvPaths = false')) return 'eval names';
    if (apply.includes('tryEval (x.drvPath') && !apply.includes('withDrvPaths')) return 'eval attrs';
    if (apply.includes('v = find')) return 'eval one';
    return 'eval';
  }
  if (a[0] === 'path-info') return a.includes('--derivation') ? 'path-info --derivation' : 'path-info';
  return a[0] ?? '';
}
