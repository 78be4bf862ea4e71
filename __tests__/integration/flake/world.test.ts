/**
 * The world helper itself (__tests__/support/world.ts), which other areas use for update and build tests: it must
 * isolate Nix and git from the machine's configuration, commit reproducibly, and build `builtins.derivation`
 * packages with real closures.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { derivation, flakeNix, nixString, SYSTEM, World } from '../../support/world.js';

let world: World;
beforeAll(async () => {
  world = await World.create({ name: 'fs-world-test' });
});
afterAll(async () => world?.cleanup());

describe('World', () => {
  test('Nix reads the world configuration: the empty registry makes an indirect input fail at once', async () => {
    const root = await world.repo('indirect', {
      'flake.nix': flakeNix({ inputs: { nixpkgs: { url: 'nixpkgs' } }, outputs: '{ self, nixpkgs }: { }' }),
    });
    const t0 = Date.now();
    const r = await world.nix(['flake', 'lock', root.dir], { check: false });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("cannot find flake 'flake:nixpkgs' in the flake registries");
    expect(Date.now() - t0).toBeLessThan(20_000);
    const conf = (await world.nix(['show-config'])).stdout;
    expect(conf).toMatch(new RegExp(`^flake-registry = ${world.registryFile}$`, 'm'));
    expect(conf).toMatch(/^substituters = $/m);
    expect(conf).toMatch(/^sandbox = false$/m);
  }, 60_000);

  test('commits use the world identity and a fixed clock; Nix locks git+file inputs at that commit', async () => {
    const dep = await world.repo('dep', { 'flake.nix': flakeNix({ outputs: '{ self }: { }' }) });
    const log = (await world.git(dep.dir, ['log', '-1', '--format=%an <%ae> %at %ct'])).stdout.trim();
    expect(log).toMatch(/^World Test <world@example\.invalid> (\d+) \1$/);
    const time = Number(log.split(' ').at(-1));
    expect(time).toBeGreaterThan(1_700_000_000);
    expect(time).toBeLessThan(1_700_100_000);
    const root = await world.repo('root', {
      'flake.nix': flakeNix({ inputs: { dep: { url: dep.url } }, outputs: '{ self, dep }: { }' }),
    });
    const lock = JSON.parse(await world.lock(root)) as { nodes: { dep: { locked: Record<string, unknown> } } };
    expect(lock.nodes.dep.locked).toMatchObject({
      type: 'git',
      url: `file://${dep.dir}`,
      rev: await dep.rev(),
      lastModified: time,
    });
    expect(await root.readLock()).toContain('"version": 7');
  }, 60_000);

  test('derivation(): packages without nixpkgs, with a real closure across flakes', async () => {
    const lib = await world.repo('lib', {
      'flake.nix': flakeNix({
        outputs: `{ self }: { packages.${SYSTEM}.default = ${derivation({ name: 'libfoo-1.2' })}; }`,
      }),
    });
    const app = await world.repo('app', {
      'flake.nix': flakeNix({
        inputs: { lib: { url: lib.url } },
        outputs: `{ self, lib }: { packages.${SYSTEM}.default = ${derivation({
          name: 'app-2.0',
          script: 'printf "%s\\n" "$dep" > $out',
          env: { dep: `lib.packages.${SYSTEM}.default` },
        })}; }`,
      }),
    });
    await world.lock(app);
    const [out] = await world.build([`${app.dir}#default`]);
    expect(out).toMatch(/^\/nix\/store\/[a-z0-9]{32}-app-2\.0$/);
    const depPath = (await readFile(out!, 'utf8')).trim();
    expect(depPath).toMatch(/-libfoo-1\.2$/);
    const refs = (await world.nix(['path-info', '--recursive', out!])).stdout;
    expect(refs).toContain(depPath);
  }, 60_000);

  test('nixString escapes what Nix would otherwise interpret', async () => {
    const s = 'a "quoted" \\ ${not interpolated}\nline';
    const r = await world.nix(['eval', '--raw', '--expr', nixString(s)]);
    expect(r.stdout).toBe(s);
  }, 30_000);
});
