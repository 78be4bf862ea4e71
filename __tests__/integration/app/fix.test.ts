/**
 * `fix` against real Nix and git: a local flake world where the root and its dependency `hm` each lock their own
 * nixpkgs → lint finds the duplicate → fix adds the follows line and runs `nix flake lock` → the lock has one
 * nixpkgs node and lint no longer reports it. Also: a flake.nix with uncommitted changes is refused.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULTS } from '../../../src/core/config.js';
import { UserError } from '../../../src/core/errors.js';
import { MemoryLogger, type Clock } from '../../../src/core/ports.js';
import { applyFixes, type FixRequest } from '../../../src/app/fix.js';
import { allFindings } from '../../../src/lint/lint-result.js';
import { lint } from '../../../src/app/lint.js';
import { World, flakeNix, type Repo } from '../../support/world.js';

const clock: Clock = { now: () => new Date('2026-11-21T00:00:00Z') };

function request(root: Repo, world: World): FixRequest {
  return {
    workspace: root.dir,
    paths: ['.'],
    settings: {
      failOn: 'error',
      rules: {},
      maxAge: DEFAULTS.maxAge,
      maxAgeByInput: {},
      ignore: [],
      allowedOwners: [],
    },
    rulesSetting: '--rules',
    clock,
    dryRun: false,
    nixEnv: world.env,
  };
}

const nixpkgsNodes = (lockText: string, url: string) =>
  Object.values((JSON.parse(lockText) as { nodes: Record<string, { locked?: { url?: string } }> }).nodes).filter(
    (n) => n.locked?.url === url.replace(/^git\+/, ''),
  ).length;

describe('fix with real Nix', () => {
  let world: World;
  let nixpkgs: Repo;
  let root: Repo;

  beforeAll(async () => {
    world = await World.create({ name: 'fs-lint-fix' });
    nixpkgs = await world.repo('nixpkgs', { 'flake.nix': flakeNix({ outputs: '{ self }: { lib.answer = 42; }' }) });
    const hm = await world.repo('hm', {
      'flake.nix': flakeNix({ inputs: { nixpkgs: { url: nixpkgs.url } }, outputs: '{ self, nixpkgs }: { }' }),
    });
    await world.lock(hm);
    await hm.commit({}, 'lock');
    root = await world.repo('root', {
      'flake.nix': `{
  description = "root";

  inputs = {
    nixpkgs.url = "${nixpkgs.url}";
    hm = {
      url = "${hm.url}";
    };
  };

  outputs = { self, nixpkgs, hm }: { };
}
`,
    });
    await world.lock(root);
    await root.commit({}, 'lock');
  }, 120_000);

  afterAll(async () => {
    await world?.cleanup();
  });

  test('duplicate nixpkgs → fix → nix flake lock → one nixpkgs node, no duplicate finding', async () => {
    const lockBefore = await root.readLock();
    expect(nixpkgsNodes(lockBefore, nixpkgs.url)).toBe(2);
    const before = allFindings(await lint(request(root, world)));
    expect(before.filter((f) => f.rule === 'duplicates/duplicate-input').map((f) => f.input)).toEqual(['hm/nixpkgs']);

    const said: string[] = [];
    const outcome = await applyFixes(request(root, world), (l) => said.push(l), new MemoryLogger());
    expect(outcome.locked).toEqual(['.']);
    expect(said.join('\n')).toMatch(/flake\.nix: applied 1 fix/);

    const text = await readFile(path.join(root.dir, 'flake.nix'), 'utf8');
    expect(text).toContain(
      `    hm = {\n      url = "${world.path('repos', 'hm').replace(/^/, 'git+file://')}";\n      inputs.nixpkgs.follows = "nixpkgs";\n    };`,
    );
    const lockAfter = await root.readLock();
    expect(nixpkgsNodes(lockAfter, nixpkgs.url)).toBe(1);
    const after = allFindings(outcome.after!);
    expect(after.filter((f) => f.rule.startsWith('duplicates/') || f.rule.startsWith('sync/'))).toEqual([]);
  }, 120_000);

  test('refuses a flake.nix with uncommitted changes, and writes nothing', async () => {
    await root.commit({}, 'fixed');
    const file = path.join(root.dir, 'flake.nix');
    const edited = (await readFile(file, 'utf8'))
      .replace('    inputs.nixpkgs.follows = "nixpkgs";\n', '')
      .replace('description = "root";', 'description = "root, edited";');
    await writeFile(file, edited);
    await world.lock(root);
    await expect(applyFixes(request(root, world), () => undefined, new MemoryLogger())).rejects.toThrow(UserError);
    await expect(applyFixes(request(root, world), () => undefined, new MemoryLogger())).rejects.toThrow(
      /uncommitted changes/,
    );
    expect(await readFile(file, 'utf8')).toBe(edited);
  }, 120_000);

  test('sync rules agree with Nix: a changed reference and a new input are reported until nix flake lock', async () => {
    const file = path.join(root.dir, 'flake.nix');
    await root.commit({}, 'before sync');
    const text = await readFile(file, 'utf8');
    const extra = await world.repo('extra', { 'flake.nix': flakeNix({ outputs: '{ self }: { }' }) });
    const changed = text
      .replace(`nixpkgs.url = "${nixpkgs.url}";`, `nixpkgs.url = "${nixpkgs.url}?ref=main";`)
      .replace('  };\n\n  outputs', `    extra.url = "${extra.url}";\n  };\n\n  outputs`);
    expect(changed).not.toBe(text);
    await writeFile(file, changed);
    const stale = allFindings(await lint(request(root, world)));
    expect(stale.filter((f) => f.rule.startsWith('sync/')).map((f) => [f.rule, f.input])).toEqual([
      ['sync/reference-changed', 'nixpkgs'],
      ['sync/missing-from-lock', 'extra'],
    ]);
    await world.lock(root);
    const fresh = allFindings(await lint(request(root, world)));
    expect(fresh.filter((f) => f.rule.startsWith('sync/'))).toEqual([]);
  }, 120_000);
});
