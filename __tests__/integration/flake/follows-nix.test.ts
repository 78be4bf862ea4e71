/**
 * Follows semantics against what the real Nix 2.8 writes and evaluates, on local flake worlds (git repositories
 * used as git+file: inputs). For each world:
 *   - `nix flake lock` writes the lock; `flake-steward graph --json` must list exactly the input paths of that lock,
 *     with the node keys and follows arrays Nix wrote;
 *   - the root flake's outputs read a file `id` from every input path (`inputs.hm.inputs.nixpkgs`…), so `nix eval`
 *     says which repository Nix itself resolves each path to; graph's node for that path must be that repository.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CliIO } from '../../../src/cli/command.js';
import { graphCommand } from '../../../src/cli/commands/graph.js';
import { UserError } from '../../../src/core/errors.js';
import { parseLock } from '../../../src/flake/lock.js';
import { flakeNix, World, type InputSpec, type Repo } from '../../support/world.js';

let world: World;
const repos: Record<string, Repo> = {};

/** A flake (or with `flake: false` use, a plain source) whose file `id` holds its name. */
async function leaf(name: string, inputs?: Record<string, InputSpec>): Promise<Repo> {
  const r = await world.repo(name, { 'flake.nix': flakeNix({ inputs, outputs: '{ self, ... }: { }' }), id: name });
  repos[name] = r;
  return r;
}

beforeAll(async () => {
  world = await World.create({ name: 'fs-follows' });
  await leaf('np');
  await leaf('np2');
  await leaf('sys');
  await world.repo('src', { id: 'src' }).then((r) => (repos['src'] = r));
  await leaf('utils', { systems: { url: repos['sys']!.url } });
  // hm declares its own follows: its utils' systems follows hm's nixpkgs, and `me` follows "" (hm itself).
  await leaf('hm', {
    nixpkgs: { url: repos['np2']!.url },
    utils: { url: repos['utils']!.url, inputs: { systems: { follows: 'nixpkgs' } } },
    me: { follows: '' },
  });
}, 60_000);
afterAll(async () => world?.cleanup());

/** `inputs.a.inputs.b` for `a/b`. */
const expr = (p: string) => `inputs.${p.split('/').join('.inputs.')}`;

async function rootFlake(name: string, inputs: Record<string, InputSpec>, paths: readonly string[]): Promise<Repo> {
  const ids = paths.map((p) => `${JSON.stringify(p)} = builtins.readFile "\${${expr(p)}}/id";`).join(' ');
  return world.repo(name, {
    'flake.nix': flakeNix({ inputs, outputs: `{ self, ... }@inputs: { ids = { ${ids} }; }` }),
    id: 'root',
  });
}

/** Runs `flake-steward graph DIR --json` in process, as src/cli/main.ts would. */
async function graph(dir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir, env: {}, isTTY: false };
  const args = parseArgs({ args: [dir, '--json'], options: graphCommand.options, allowPositionals: true });
  try {
    return { code: await graphCommand.run(args.positionals, args.values, io), stdout, stderr };
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return { code: 1, stdout, stderr: `${stderr}${e.format()}\n` };
  }
}

type NixLock = { root: string; nodes: Record<string, { inputs?: Record<string, string | string[]> }> };
type GraphJson = { version: number; inputs: Record<string, { node: string; follows?: string }> };

/** What Nix wrote, path by path: the node key of each edge, or the follows array (walked as written). */
function nixEdges(lock: NixLock): Record<string, { node?: string; follows?: string }> {
  const out: Record<string, { node?: string; follows?: string }> = {};
  const walk = (key: string, prefix: string[]) => {
    for (const [name, e] of Object.entries(lock.nodes[key]!.inputs ?? {})) {
      const p = [...prefix, name].join('/');
      if (Array.isArray(e)) out[p] = { follows: e.join('/') };
      else {
        out[p] = { node: e };
        walk(e, [...prefix, name]);
      }
    }
  };
  walk(lock.root, []);
  return out;
}

/** Locks the world's root, then checks graph against the lock Nix wrote and against Nix's own evaluation. */
async function checkWorld(root: Repo, expectedIds: Record<string, string>): Promise<GraphJson> {
  const lockText = await world.lock(root);
  const g = await graph(root.dir);
  expect(g.stderr).toBe('');
  expect(g.code).toBe(0);
  const out = JSON.parse(g.stdout) as GraphJson;
  expect(out.version).toBe(7);

  // The node keys and follows Nix chose.
  const nix = nixEdges(JSON.parse(lockText) as NixLock);
  expect(Object.keys(out.inputs).sort()).toEqual(Object.keys(nix).sort());
  for (const [p, e] of Object.entries(nix)) {
    if (e.follows !== undefined) expect({ p, follows: out.inputs[p]!.follows }).toEqual({ p, follows: e.follows });
    else
      expect({ p, node: out.inputs[p]!.node, follows: out.inputs[p]!.follows }).toEqual({
        p,
        node: e.node,
        follows: undefined,
      });
  }

  // What Nix evaluates each path to.
  const ids = JSON.parse((await world.nix(['eval', '--json', `${root.dir}#ids`])).stdout) as Record<string, string>;
  expect(ids).toEqual(expectedIds);
  const lock = parseLock(lockText, 'flake.lock');
  for (const [p, id] of Object.entries(ids)) {
    const node = out.inputs[p]!.node;
    const repo = node === lock.root ? 'root' : path.basename(String(lock.nodes.get(node)!.locked!['url']));
    expect({ p, repo }).toEqual({ p, repo: id });
  }
  return out;
}

describe('follows in worlds locked by real Nix', () => {
  test('a dependency declares its own follows (relative to itself; "" is the dependency)', async () => {
    const root = await rootFlake(
      'root-a',
      { hm: { url: repos['hm']!.url }, src: { url: repos['src']!.url, flake: false } },
      ['hm', 'hm/nixpkgs', 'hm/utils', 'hm/utils/systems', 'hm/me', 'src'],
    );
    const out = await checkWorld(root, {
      hm: 'hm',
      'hm/nixpkgs': 'np2',
      'hm/utils': 'utils',
      'hm/utils/systems': 'np2',
      'hm/me': 'hm',
      src: 'src',
    });
    expect(out.inputs['hm/utils/systems']).toEqual({ node: 'nixpkgs', follows: 'hm/nixpkgs' });
    expect(out.inputs['hm/me']).toEqual({ node: 'hm', follows: 'hm' });
  }, 60_000);

  test('the root overrides a dependency (url and follows), follows chains, follows = "" at the top', async () => {
    const root = await rootFlake(
      'root-b',
      {
        nixpkgs: { url: repos['np']!.url },
        X: { url: repos['utils']!.url, inputs: { systems: { url: repos['np2']!.url } } },
        pkgs: { follows: 'X/systems' },
        // Declared by the root, so relative to the root: hm/nixpkgs → pkgs (itself a follows), hm/me → the root.
        hm: { url: repos['hm']!.url, inputs: { nixpkgs: { follows: 'pkgs' }, me: { follows: '' } } },
        top: { follows: '' },
      },
      ['nixpkgs', 'X', 'X/systems', 'pkgs', 'hm', 'hm/nixpkgs', 'hm/utils', 'hm/utils/systems', 'hm/me', 'top'],
    );
    const out = await checkWorld(root, {
      nixpkgs: 'np',
      X: 'utils',
      'X/systems': 'np2',
      pkgs: 'np2',
      hm: 'hm',
      'hm/nixpkgs': 'np2',
      'hm/utils': 'utils',
      // hm's own follows (hm/nixpkgs) goes on through the root's override (pkgs) to X/systems.
      'hm/utils/systems': 'np2',
      'hm/me': 'root',
      top: 'root',
    });
    expect(out.inputs['top']).toEqual({ node: 'root', follows: '' });
    expect(out.inputs['hm/me']).toEqual({ node: 'root', follows: '' });
    expect(out.inputs['X/systems']!.follows).toBeUndefined();
  }, 60_000);

  test('a follows to a missing input: Nix refuses it, and graph says the same words for such a lock', async () => {
    const bad = await rootFlake(
      'root-d',
      { hm: { url: repos['hm']!.url, inputs: { nixpkgs: { follows: 'doesnotexist' } } } },
      [],
    );
    const r = await world.nix(['flake', 'lock', bad.dir], { check: false });
    expect(r.code).toBe(1);
    const nixMessage = /error: (input 'hm\/nixpkgs' follows a non-existent input 'doesnotexist')/.exec(r.stderr);
    expect(nixMessage).not.toBeNull();

    // The same follows in a lock (hand-edited from a good one): graph names it with Nix's words.
    const good = await rootFlake('root-d2', { hm: { url: repos['hm']!.url } }, []);
    const lock = JSON.parse(await world.lock(good)) as { nodes: Record<string, { inputs: Record<string, unknown> }> };
    lock.nodes['hm']!.inputs['nixpkgs'] = ['doesnotexist'];
    await good.write({ 'flake.lock': JSON.stringify(lock, null, 2) });
    const g = await graph(good.dir);
    expect(g.code).toBe(1);
    expect(g.stdout).toBe('');
    expect(g.stderr).toContain(`error: ${nixMessage![1]}`);
  }, 60_000);

  test('a follows cycle: Nix 2.8 writes the lock but evaluation overflows; graph reports the cycle', async () => {
    const root = await world.repo('root-e', {
      'flake.nix': flakeNix({
        inputs: { a: { follows: 'b' }, b: { follows: 'a' } },
        outputs: '{ self, ... }@inputs: { id = builtins.readFile "${inputs.a}/id"; }',
      }),
      id: 'root',
    });
    const lockText = await world.lock(root);
    expect(JSON.parse(lockText).nodes.root.inputs).toEqual({ a: ['b'], b: ['a'] });
    const ev = await world.nix(['eval', '--json', `${root.dir}#id`], { check: false });
    expect(ev.code).not.toBe(0);
    expect(ev.stderr).toMatch(/stack overflow|infinite recursion/);
    const g = await graph(root.dir);
    expect(g.code).toBe(1);
    expect(g.stderr).toContain("error: input 'a' follows a cycle: b -> a -> b");
    expect(g.stderr).toContain("error: input 'b' follows a cycle: a -> b -> a");
  }, 60_000);

  test('Nix 2.8 refuses a follows whose target goes through another follows midway (newer Nix accepts it)', async () => {
    const root = await rootFlake(
      'root-c',
      {
        A: { url: repos['utils']!.url },
        B: { url: repos['hm']!.url, inputs: { utils: { follows: 'A' }, nixpkgs: { follows: 'B/utils/systems' } } },
      },
      [],
    );
    const r = await world.nix(['flake', 'lock', root.dir], { check: false });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error: input 'B/nixpkgs' follows a non-existent input 'B/utils/systems'");
  }, 60_000);

  test('world.update moves one nested input to a new commit; the graph keeps its shape', async () => {
    const np2 = await leaf('np2-moving');
    const dep = await leaf('dep-moving', { nixpkgs: { url: np2.url } });
    const root = await rootFlake('root-u', { dep: { url: dep.url } }, ['dep', 'dep/nixpkgs']);
    const before = await checkWorld(root, { dep: 'dep-moving', 'dep/nixpkgs': 'np2-moving' });
    const rev = await np2.commit({ extra: 'x' }, 'move');
    const lockText = await world.update(root, ['dep/nixpkgs']);
    const lock = parseLock(lockText, 'flake.lock');
    const after = JSON.parse((await graph(root.dir)).stdout) as GraphJson;
    expect(after).toEqual(before);
    expect(lock.nodes.get(after.inputs['dep/nixpkgs']!.node)!.locked!['rev']).toBe(rev);
  }, 60_000);
});
