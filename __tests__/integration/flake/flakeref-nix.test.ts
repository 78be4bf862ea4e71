/**
 * Differential test of the `nix-2.8` dialect of parseFlakeRef against the real Nix 2.8 on this machine.
 *
 * Oracle: `nix registry add --registry FILE x REF` parses REF with Nix's own flake-reference parser and writes the
 * result's attributes (plus `dir`) into FILE, offline. For every reference, either both Nix and we reject it, or
 * both accept it with the same attributes. Bare relative paths are left out: Nix 2.8 resolves them against the
 * flake's directory on disk (and `registry add` rejects them), which a static reader does not model.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readFile } from 'node:fs/promises';
import { tryParseFlakeRef } from '../../../src/flake/flakeref.js';
import { World } from '../../support/world.js';

let world: World;
let registry: string;

beforeAll(async () => {
  world = await World.create({ name: 'fs-flakeref' });
  registry = world.path('oracle-registry.json');
  await import('node:fs/promises').then((fs) => fs.writeFile(registry, '{"flakes":[],"version":2}\n'));
});
afterAll(async () => world?.cleanup());

type Outcome = { ok: true; attrs: unknown } | { ok: false; error: string };

async function nixParse(ref: string): Promise<Outcome> {
  const r = await world.nix(['registry', 'add', '--registry', registry, 'x', ref], { check: false });
  if (r.code !== 0) return { ok: false, error: r.stderr.trim() };
  const reg = JSON.parse(await readFile(registry, 'utf8')) as { flakes: { to: unknown }[] };
  return { ok: true, attrs: reg.flakes[reg.flakes.length - 1]!.to };
}

function ours(ref: string): Outcome {
  const r = tryParseFlakeRef(ref, { dialect: 'nix-2.8' });
  return r.ok ? { ok: true, attrs: r.attrs } : { ok: false, error: r.message };
}

/** A bare relative path (`x/y+z`): resolved by Nix 2.8 against the flake's directory, so not compared. */
function isBareRelativePath(ref: string, o: Outcome): boolean {
  if (!o.ok) return false;
  const a = o.attrs as { type?: string; path?: string };
  return a.type === 'path' && !ref.startsWith('path:') && !String(a.path).startsWith('/');
}

async function agree(ref: string): Promise<Outcome | undefined> {
  const mine = ours(ref);
  if (isBareRelativePath(ref, mine)) return undefined;
  const nix = await nixParse(ref);
  if (nix.ok) expect({ ref, ...mine }).toEqual({ ref, ok: true, attrs: nix.attrs });
  else expect({ ref, ok: mine.ok, nixError: nix.error }).toEqual({ ref, ok: false, nixError: nix.error });
  return nix;
}

const REV = '0123456789abcdef0123456789abcdef01234567';
const NAR = 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

const FIXED = [
  'github:NixOS/nixpkgs/nixos-24.05',
  'github:o/r/release/1.0',
  'github:o/r?ref=a/b',
  'github:/kolide/nix-agent/main',
  `github:o/r?dir=lib&narHash=${NAR}&host=x.y`,
  'github:o/r/x+y',
  'github:o/r/.x',
  'github:o/r/x.',
  'github:o/r/a..b',
  'github:o/r?host=a-b.c',
  'github:o/r?host=',
  `github:o/r?rev=${REV}&ref=x`,
  'github:o/r/0123456789ABCDEF0123456789abcdef01234567',
  'github:o',
  'github:o/r#frag',
  'gitlab:o%2Fsub/r',
  'gitlab:o/r/a/b/c',
  'gitlab:ghc/head.hackage?host=gitlab.haskell.org',
  'sourcehut:~o/r',
  `sourcehut:~o/r/${REV}?host=git.example.org`,
  'git+https://example.com/r?dir=sub&ref=main&shallow=1&foo=bar',
  `git+ssh://git@github.com/o/r.git?submodules=1&rev=${REV}`,
  'git+ssh://git@h:x/r',
  'git+https://h/r?shallow=true&submodules=0',
  'git+https://h/r?ref=a..b',
  'git+https://h/r?rev=abc',
  'git+https://h/r?x=a/b@c:d?e',
  'git+https://h/r?x=a+b%2B%7e~!',
  'git+https://h/r?%61b=1',
  'git+https://h/r?x=1&x=2',
  'git+https://h/r?x',
  'git+https://h/a%2Fb/c@d:e',
  'git+file:///tmp/x?allRefs=1&lfs=1',
  'git+file://host/x',
  'git+file:relative/x',
  'git://example.com/r',
  'git+foo://h/r',
  `https://example.com/x.tar.gz?narHash=${NAR}&a=b`,
  'https://example.com/x.tar.gz?narHash=sha256-xx',
  'https://h/r.tar.gz?dir=sub',
  'https://h/r.TAR.GZ',
  'https://example.com/x',
  'http://example.com/a.tar.bz2',
  'file:///tmp/x.tar.xz',
  'https://flakehub.com/f/NixOS/nixpkgs/0.1.*.tar.gz',
  'tarball+https://example.com/x',
  'file+https://example.com/x',
  `path:/tmp/fsx?narHash=${NAR}`,
  'path:/tmp/fsx?foo=bar',
  'path:/a?dir=x',
  '/a/b/../c?dir=x',
  '/tmp/fsx',
  'hg+https://h/r?ref=a&foo=b',
  `hg+file:///tmp/h?rev=${REV}`,
  'nixpkgs',
  'nixpkgs/nixos-24.05',
  `nixpkgs/${REV}`,
  `flake:nixpkgs/nixos-24.05/${REV}`,
  'nixpkgs/a/b',
  'flake:nixpkgs?ref=x',
  'flake:nixpkgs/x?dir=sub',
  'Nix-pkgs_2',
  'svn+https://h/r',
];

describe('parseFlakeRef (nix-2.8 dialect) agrees with Nix 2.8', () => {
  test('fixed references, accepted and rejected', async () => {
    let accepted = 0;
    for (const ref of FIXED) if ((await agree(ref))?.ok) accepted++;
    // Both kinds are exercised.
    expect(accepted).toBeGreaterThan(30);
    expect(FIXED.length - accepted).toBeGreaterThan(15);
  }, 120_000);

  test('generated references (fast-check)', async () => {
    const seg = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._~+@-]{0,6}$/);
    const refish = fc.oneof(seg, fc.constantFrom(REV, 'a/b', 'a..b', '.x', 'x/', 'main', 'v1.0', '%41'));
    const qval = fc.oneof(seg, fc.constantFrom(NAR, REV, 'a/b', 'x%2Fy', '1', '0', 'true', ''));
    const query = fc
      .array(fc.tuple(fc.constantFrom('dir', 'ref', 'rev', 'host', 'narHash', 'shallow', 'submodules', 'foo'), qval), {
        maxLength: 3,
      })
      .map((kv) => (kv.length ? `?${kv.map(([k, v]) => `${k}=${v}`).join('&')}` : ''));
    const forge = fc
      .tuple(fc.constantFrom('github', 'gitlab', 'sourcehut'), seg, seg, fc.option(refish, { nil: undefined }), query)
      .map(([s, o, r, x, q]) => `${s}:${o}/${r}${x === undefined ? '' : `/${x}`}${q}`);
    const git = fc
      .tuple(fc.constantFrom('git+https', 'git+ssh', 'git+http', 'git+file', 'git'), seg, seg, query)
      .map(([s, h, p, q]) => (s === 'git+file' ? `${s}:///${h}/${p}${q}` : `${s}://${h}/${p}${q}`));
    const tarball = fc
      .tuple(
        fc.constantFrom('https', 'http', 'file'),
        seg,
        fc.constantFrom('.tar.gz', '.zip', '.tar.xz', '', '.gz'),
        query,
      )
      .map(([s, p, e, q]) => (s === 'file' ? `file:///tmp/${p}${e}${q}` : `${s}://example.com/${p}${e}${q}`));
    const indirect = fc
      .tuple(fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_-]{0,6}$/), fc.option(refish, { nil: undefined }), fc.boolean())
      .map(([id, r, flake]) => `${flake ? 'flake:' : ''}${id}${r === undefined ? '' : `/${r}`}`);
    const absPath = fc
      .tuple(fc.array(seg, { minLength: 1, maxLength: 3 }), fc.boolean(), query)
      .map(([segs, url, q]) => `${url ? 'path:' : ''}/${segs.join('/')}${q}`);
    const refs = fc.sample(fc.oneof(forge, git, tarball, indirect, absPath), { numRuns: 150, seed: 20240605 });
    let accepted = 0;
    let compared = 0;
    for (const ref of new Set(refs)) {
      const r = await agree(ref);
      if (r) compared++;
      if (r?.ok) accepted++;
    }
    expect(compared).toBeGreaterThan(100);
    expect(accepted).toBeGreaterThan(40);
  }, 180_000);
});
