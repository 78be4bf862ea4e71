/**
 * Output discovery with real Nix: one `nix eval` lists what to build for this system together with each output's
 * `drvPath`. Outputs that throw come back without a derivation (tryEval); outputs that are not built here (another
 * system, darwin off darwin, legacyPackages) `abort` when forced, which tryEval cannot catch, so the listing passing
 * proves it never forces them. Then: the names-only listing forces nothing, one evaluation gives the derivations of
 * user-listed attributes (looked up as `nix build FLAKE#ATTR` does), and evaluating one target alone gives Nix's
 * own error message.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NixError } from '../../../src/core/errors.js';
import { MemoryLogger } from '../../../src/core/ports.js';
import {
  classifyAttr,
  discoveryApply,
  discoveryExpression,
  evaluateAttrs,
  parseDiscovery,
  resolveTargets,
  type EvaluateFlake,
} from '../../../src/update/targets.js';
import { runProcess, type ProcessRunner } from '../../../src/exec/process.js';
import { createNix, detectNix, type Nix } from '../../../src/nix-cli/nix.js';
import { currentSystem } from './update-world.js';

let root: string;
const system = currentSystem();
const other = system.startsWith('x86_64') ? 'aarch64-linux' : 'x86_64-linux';
const darwin = system.endsWith('-darwin');
const calls: string[][] = [];
let nix: Nix;

const drv = (name: string) =>
  `builtins.derivation { name = "${name}"; system = "${system}"; builder = "/bin/sh"; args = [ "-c" "echo ${name} > $out" ]; }`;

function flake(dir: string, outputs: string): string {
  const abs = path.join(root, dir);
  mkdirSync(abs);
  writeFileSync(path.join(abs, 'flake.nix'), `{\n  outputs = { self }: {\n${outputs}\n  };\n}\n`);
  return abs;
}

let full: string;
let aborting: string;
let broken: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'fs-discover-'));
  full = flake(
    'full',
    `    nixosConfigurations.here = { pkgs.stdenv.hostPlatform.system = "${system}"; config.system.build.toplevel = ${drv('here-toplevel')}; };
    nixosConfigurations.there = { pkgs.stdenv.hostPlatform.system = "${other}"; config = abort "forced there"; };
    nixosConfigurations.unknown = { pkgs = throw "pkgs forced"; config = throw "forced unknown"; };
    homeConfigurations."alice@here".activationPackage = ${drv('home-alice')};
    darwinConfigurations.mac.system = ${darwin ? drv('darwin-mac') : 'abort "forced mac"'};
    packages.${system} = { hello = ${drv('hello-2.12')}; "with.dot" = throw "forced dot"; };
    packages.${other}.nope = abort "forced other";
    devShells.${system}.default = ${drv('shell')};
    checks.${system}.fmt = assert false; ${drv('fmt-check')};
    legacyPackages.${system} = { big = abort "forced legacy"; onlyLegacy = ${drv('legacy-1.0')}; notADrv = { a = 1; }; };`,
  );
  aborting = flake(
    'aborting',
    `    nixosConfigurations.here.config = abort "forced here";
    packages.${system}.hello = abort "forced hello";`,
  );
  broken = flake('broken', `    packages.${system} = { good = ${drv('good-1.0')}; bad = (${drv('bad-1.0')}).nope; };`);
  const recording: ProcessRunner = (cmd, args, opts) => {
    calls.push([...args]);
    return runProcess(cmd, args, opts);
  };
  const { features } = await detectNix({});
  nix = createNix({
    runner: recording,
    features,
    options: { nixOptions: [], acceptFlakeConfig: false },
    logger: new MemoryLogger(),
  });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const evaluator =
  (dir: string): EvaluateFlake =>
  (apply) =>
    nix.evalExprJson(discoveryExpression(dir), apply);

describe('the listing', () => {
  test('names and derivations for this system, in one evaluation', async () => {
    calls.length = 0;
    const d = parseDiscovery(await evaluator(full)(discoveryApply()));
    expect(calls).toHaveLength(1);
    expect(d.system).toBe(system);
    const known = (name: string) => expect.stringMatching(new RegExp(`^/nix/store/[a-z0-9]{32}-${name}\\.drv$`));
    expect(d.targets.map((t) => [t.installable.attr, t.drvPath])).toEqual([
      ['nixosConfigurations.here.config.system.build.toplevel', known('here-toplevel')],
      ['nixosConfigurations.unknown.config.system.build.toplevel', undefined],
      ['homeConfigurations."alice@here".activationPackage', known('home-alice')],
      ...(darwin ? [['darwinConfigurations.mac.system', known('darwin-mac')]] : []),
      [`packages.${system}.hello`, known('hello-2\\.12')],
      [`packages.${system}."with.dot"`, undefined],
      [`devShells.${system}.default`, known('shell')],
      [`checks.${system}.fmt`, undefined],
    ]);
    expect(d.skipped).toEqual([
      { attr: 'nixosConfigurations.there.config.system.build.toplevel', system: other },
      ...(darwin ? [] : [{ attr: 'darwinConfigurations.mac.system', system: 'darwin' }]),
    ]);
    // Evaluating drvPath wrote the store derivations: the build can name them without evaluating again.
    for (const t of d.targets) if (t.drvPath) expect(existsSync(t.drvPath)).toBe(true);

    // The ones that threw, evaluated alone (failure path): Nix's own message for each.
    calls.length = 0;
    const resolved = await resolveTargets(evaluator(full), d.targets);
    expect(calls).toHaveLength(3);
    const errors = resolved.filter((t) => t.evalError !== undefined).map((t) => [t.installable.name, t.evalError]);
    expect(errors).toEqual([
      ['unknown', expect.stringContaining('forced unknown')],
      ['with.dot', expect.stringContaining('forced dot')],
      ['fmt', expect.stringContaining('assertion')],
    ]);
  }, 60_000);

  test('names only: nothing is forced', async () => {
    const d = parseDiscovery(await evaluator(aborting)(discoveryApply(undefined, { drvPaths: false })));
    expect(d.targets).toEqual([
      { installable: { attr: 'nixosConfigurations.here.config.system.build.toplevel', kind: 'nixos', name: 'here' } },
      { installable: { attr: `packages.${system}.hello`, kind: 'package', name: 'hello' } },
    ]);
  }, 60_000);

  test('an error tryEval cannot catch fails the whole listing; names, then each alone, find the culprit', async () => {
    const evaluate = evaluator(broken);
    await expect(evaluate(discoveryApply())).rejects.toBeInstanceOf(NixError);
    const names = parseDiscovery(await evaluate(discoveryApply(undefined, { drvPaths: false })));
    const resolved = await resolveTargets(evaluate, names.targets);
    expect(resolved.map((t) => [t.installable.name, t.drvPath?.replace(/^.*?-/, ''), t.evalError])).toEqual([
      ['bad', undefined, expect.stringContaining("attribute 'nope' missing")],
      ['good', 'good-1.0.drv', undefined],
    ]);
  }, 60_000);
});

describe('listed attributes', () => {
  test('one evaluation, looked up as nix build FLAKE#ATTR does; a missing one is named alone', async () => {
    const attrs = [
      'hello',
      'onlyLegacy',
      `packages.${system}.hello`,
      'nixosConfigurations.here.config.system.build.toplevel',
      'missing',
      'notADrv',
      '.hello',
    ];
    calls.length = 0;
    const targets = await evaluateAttrs(evaluator(full), attrs.map(classifyAttr));
    expect(calls).toHaveLength(1);
    const names = targets.map((t) => t.drvPath?.replace(/^\/nix\/store\/[a-z0-9]{32}-/, ''));
    expect(names).toEqual([
      'hello-2.12.drv',
      'legacy-1.0.drv',
      'hello-2.12.drv',
      'here-toplevel.drv',
      undefined,
      undefined,
      // a leading dot: this exact path only, and there is no top-level `hello`
      undefined,
    ]);
    expect(targets[0]!.drvPath).toBe(targets[2]!.drvPath);
    const resolved = await resolveTargets(evaluator(full), targets);
    expect(resolved.slice(4).map((t) => t.evalError)).toEqual([
      expect.stringContaining(
        `flake does not provide attribute 'packages.${system}.missing', 'legacyPackages.${system}.missing' or 'missing'`,
      ),
      expect.stringContaining("'notADrv' is not a derivation"),
      expect.stringContaining("flake does not provide attribute 'hello'"),
    ]);
  }, 60_000);
});
