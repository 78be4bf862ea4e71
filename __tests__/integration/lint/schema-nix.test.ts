/**
 * The schema rules speak Nix's words: each flake here is refused by real Nix 2.8 (`nix flake metadata`, offline,
 * no registry), and lint (which evaluates nothing) reports it with the same words, plus the name meant.
 * A misspelt `outputs` argument is taken by Nix as an input from the flake registry (`flake:home-manger`):
 * that is what Nix says, and what `nix flake lock` would do, so lint must not advise running it.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULTS } from '../../../src/core/config.js';
import { lint } from '../../../src/app/lint.js';
import { runProcess } from '../../../src/exec/process.js';

let world: string;
let dep: string;
/** Nix settings for these tests, so they do not depend on /etc/nix/nix.conf: an empty registry, nothing fetched. */
let nixEnv: NodeJS.ProcessEnv;
beforeAll(() => {
  world = mkdtempSync(path.join(tmpdir(), 'fs-schema-nix-'));
  const registry = path.join(world, 'registry.json');
  writeFileSync(registry, '{"flakes":[],"version":2}\n');
  nixEnv = {
    ...process.env,
    NIX_CONFIG: `experimental-features = nix-command flakes\nsubstituters =\nflake-registry = ${registry}\nbuild-users-group =`,
  };
  dep = path.join(world, 'dep');
  mkdirSync(dep);
  writeFileSync(path.join(dep, 'flake.nix'), '{ outputs = _: { }; }\n');
});
afterAll(() => rmSync(world, { recursive: true, force: true }));

async function nixError(dir: string): Promise<string> {
  const r = await runProcess('nix', ['flake', 'metadata', '--offline', '--no-write-lock-file', `path:${dir}`], {
    check: false,
    env: nixEnv,
  });
  expect(r.code).not.toBe(0);
  return r.stderr;
}

async function findings(dir: string) {
  const run = await lint({
    workspace: dir,
    paths: ['.'],
    settings: { failOn: 'error', rules: {}, maxAge: DEFAULTS.maxAge, maxAgeByInput: {}, ignore: [], allowedOwners: [] },
    rulesSetting: '--rules',
    clock: { now: () => new Date('2026-11-21T00:00:00Z') },
  });
  return run.flakes[0]!.findings;
}

describe("schema findings carry Nix 2.8's own words", () => {
  test.each([
    ['missing', '{ inputs = { }; }', "lacks attribute 'outputs'", 'schema/missing-outputs', ''],
    [
      'ouputs',
      '{ inputs = { }; ouputs = { self }: { }; }',
      "lacks attribute 'outputs'",
      'schema/missing-outputs',
      "did you mean 'outputs'",
    ],
    [
      'set',
      '{ inputs = { }; outputs = { }; }',
      'expected a function but got a set',
      'schema/outputs-not-a-function',
      '',
    ],
    ['string', '{ outputs = "x"; }', 'expected a function but got a string', 'schema/outputs-not-a-function', ''],
    [
      'ulr',
      '{ inputs.dep.ulr = "path:DEP"; outputs = { self, dep }: { }; }',
      "unexpected flake input attribute 'ulr'",
      'schema/unknown-attribute',
      "did you mean 'url'",
    ],
    [
      'folows',
      '{ inputs.dep = { url = "path:DEP"; inputs.x.folows = "y"; }; outputs = { self, dep }: { }; }',
      "unexpected flake input attribute 'folows'",
      'schema/unknown-attribute',
      "did you mean 'follows'",
    ],
    [
      'ownr',
      '{ inputs.dep = { type = "github"; ownr = "o"; repo = "r"; }; outputs = { self, dep }: { }; }',
      "unsupported input attribute 'ownr'",
      'schema/unknown-attribute',
      "did you mean 'owner'",
    ],
    [
      'descripton',
      '{ descripton = "x"; outputs = { self }: { }; }',
      "has an unsupported attribute 'descripton'",
      'schema/unknown-attribute',
      "did you mean 'description'",
    ],
    [
      'home-manger',
      '{ inputs.home-manager.url = "path:DEP"; outputs = { self, home-manger }: { }; }',
      "cannot find flake 'flake:home-manger' in the flake registries",
      'schema/unknown-outputs-argument',
      "did you mean 'home-manager'",
    ],
  ])(
    '%s',
    async (name, text, words, rule, meant) => {
      const dir = path.join(world, name);
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'flake.nix'), `${text.replace(/DEP/g, dep)}\n`);
      expect(await nixError(dir)).toContain(words);
      const fs = (await findings(dir)).filter((f) => f.rule.startsWith('schema/') || f.rule.startsWith('syntax/'));
      expect(fs.map((f) => f.rule)).toEqual([rule]);
      expect(fs[0]!.message).toContain(words);
      expect(fs[0]!.message).toContain(meant);
      // a misspelt argument is not an input to lock
      const all = await findings(dir);
      expect(all.filter((f) => f.rule === 'sync/missing-from-lock' && f.message.includes('home-manger'))).toEqual([]);
    },
    60_000,
  );
});
