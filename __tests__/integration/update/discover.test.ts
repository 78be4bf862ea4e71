/**
 * Output discovery with real Nix: one `nix eval` lists what to build for this system from names alone. Every
 * derivation here throws when evaluated, so the listing passing proves it never forces one; configurations for
 * another system and darwin configurations (off darwin) are listed as skipped.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MemoryLogger } from '../../../src/engine/ports.js';
import { discoveryApply, discoveryExpression, parseDiscovery } from '../../../src/update/discover.js';
import { runProcess, type ProcessRunner } from '../../../src/exec/run.js';
import { createNix, detectNix } from '../../../src/nix-cli/nix.js';
import { currentSystem } from './update-world.js';

let dir: string;
const system = currentSystem();
const other = system.startsWith('x86_64') ? 'aarch64-linux' : 'x86_64-linux';

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'fs-discover-'));
  writeFileSync(
    path.join(dir, 'flake.nix'),
    `{
  outputs = { self }: {
    nixosConfigurations.here = { pkgs.stdenv.hostPlatform.system = "${system}"; config.system.build.toplevel = throw "forced here"; };
    nixosConfigurations.there = { pkgs.stdenv.hostPlatform.system = "${other}"; config = throw "forced there"; };
    nixosConfigurations.unknown = { pkgs = throw "pkgs forced"; config = throw "forced unknown"; };
    homeConfigurations."alice@here".activationPackage = throw "forced alice";
    darwinConfigurations.mac.system = throw "forced mac";
    packages.${system} = { hello = throw "forced hello"; "with.dot" = throw "forced dot"; };
    packages.${other}.nope = throw "forced other";
    devShells.${system}.default = throw "forced shell";
    checks.${system}.fmt = throw "forced check";
    legacyPackages.${system}.big = throw "forced legacy";
  };
}
`,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('names only, for this system, in one evaluation', async () => {
  const calls: string[][] = [];
  const recording: ProcessRunner = (cmd, args, opts) => {
    calls.push([...args]);
    return runProcess(cmd, args, opts);
  };
  const { features } = await detectNix({});
  const nix = createNix({
    runner: recording,
    features,
    options: { nixOptions: [], acceptFlakeConfig: false },
    logger: new MemoryLogger(),
  });
  const evaluate = (expr: string, apply: string) => nix.evalExprJson(expr, apply);
  const d = parseDiscovery(await evaluate(discoveryExpression(dir), discoveryApply()));
  expect(calls).toHaveLength(1);
  expect(d.system).toBe(system);
  expect(d.installables.map((i) => i.attr)).toEqual([
    'nixosConfigurations.here.config.system.build.toplevel',
    'nixosConfigurations.unknown.config.system.build.toplevel',
    'homeConfigurations."alice@here".activationPackage',
    ...(system.endsWith('-darwin') ? ['darwinConfigurations.mac.system'] : []),
    `packages.${system}.hello`,
    `packages.${system}."with.dot"`,
    `devShells.${system}.default`,
    `checks.${system}.fmt`,
  ]);
  expect(d.skipped).toEqual([
    { attr: 'nixosConfigurations.there.config.system.build.toplevel', system: other },
    ...(system.endsWith('-darwin') ? [] : [{ attr: 'darwinConfigurations.mac.system', system: 'darwin' }]),
  ]);
}, 60_000);
