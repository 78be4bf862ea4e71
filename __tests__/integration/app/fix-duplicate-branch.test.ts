/**
 * `fix` for a copy on another branch (issue 13), against real Nix and git: the root tracks nixpkgs' `main`, its
 * dependency `hm` the `stable` branch of the same repository, so Nix locks two nixpkgs nodes. Lint reports hm's copy
 * with a follows of the root input, fix adds the line and runs `nix flake lock`, and one nixpkgs node is left.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULTS } from '../../../src/core/config.js';
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
    settings: { failOn: 'error', rules: {}, maxAge: DEFAULTS.maxAge, maxAgeByInput: {}, ignore: [], allowedOwners: [] },
    rulesSetting: '--rules',
    clock,
    dryRun: false,
    nixEnv: world.env,
  };
}

/** Lock nodes whose locked URL is the nixpkgs repository, and the refs their `original` asks for. */
function nixpkgsRefs(lockText: string, url: string): (string | undefined)[] {
  const nodes = (
    JSON.parse(lockText) as { nodes: Record<string, { locked?: { url?: string }; original?: { ref?: string } }> }
  ).nodes;
  return Object.values(nodes)
    .filter((n) => n.locked?.url === url.replace(/^git\+/, ''))
    .map((n) => n.original?.ref)
    .sort();
}

describe('fix a copy of nixpkgs on another branch, with real Nix', () => {
  let world: World;
  let nixpkgs: Repo;
  let root: Repo;

  beforeAll(async () => {
    world = await World.create({ name: 'fs-dup-branch' });
    nixpkgs = await world.repo('nixpkgs', { 'flake.nix': flakeNix({ outputs: '{ self }: { lib.answer = 42; }' }) });
    await world.git(nixpkgs.dir, ['branch', 'stable']);
    await nixpkgs.commit({ NOTE: 'main moves on\n' }, 'main only');
    const hm = await world.repo('hm', {
      'flake.nix': flakeNix({
        inputs: { nixpkgs: { url: `${nixpkgs.url}?ref=stable` } },
        outputs: '{ self, nixpkgs }: { }',
      }),
    });
    await world.lock(hm);
    await hm.commit({}, 'lock');
    root = await world.repo('root', {
      'flake.nix': `{
  inputs.nixpkgs.url = "${nixpkgs.url}?ref=main";
  inputs.hm.url = "${hm.url}";

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

  test('hm/nixpkgs on stable → follows the root nixpkgs on main → nix flake lock → one nixpkgs node', async () => {
    expect(nixpkgsRefs(await root.readLock(), nixpkgs.url)).toEqual(['main', 'stable']);
    const before = allFindings(await lint(request(root, world))).filter((f) => f.rule === 'duplicates/duplicate-input');
    expect(before.map((f) => [f.input, f.severity, f.fix?.text])).toEqual([
      ['hm/nixpkgs', 'warning', 'inputs.hm.inputs.nixpkgs.follows = "nixpkgs";'],
    ]);
    expect(before[0]!.message).toContain('on stable where nixpkgs tracks main');

    const said: string[] = [];
    const outcome = await applyFixes(request(root, world), (l) => said.push(l), new MemoryLogger());
    expect(outcome.locked).toEqual(['.']);
    expect(said.join('\n')).toMatch(/flake\.nix: applied 1 fix/);
    expect(await readFile(path.join(root.dir, 'flake.nix'), 'utf8')).toContain(
      `  inputs.hm.url = "${hm(world)}";\n  inputs.hm.inputs.nixpkgs.follows = "nixpkgs";\n`,
    );
    expect(nixpkgsRefs(await root.readLock(), nixpkgs.url)).toEqual(['main']);
    expect(allFindings(outcome.after!).filter((f) => f.rule.startsWith('duplicates/'))).toEqual([]);
  }, 120_000);
});

const hm = (world: World) => `git+file://${world.path('repos', 'hm')}`;
