/**
 * `flake-steward fix --dry-run | git apply --check` (issue 13): the patch is git's shape (`diff --git`, `--- a/P`,
 * `+++ b/P` with no trailing tab, no `Index:`/`=====` lines), its last context line is kept whole (a blank line is
 * one space), and its paths are taken from the repository's top level (from any directory of the work tree) or,
 * outside git, from the working directory. Checked with real git on a flake whose dependency holds a second nixpkgs.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CliIO } from '../../../src/cli/command.js';
import { main } from '../../../src/cli/main.js';

/** A flake whose fix inserts a line three lines above a blank one (the hunk ends in a context line of one space). */
export const DUP_FLAKE_NIX = `{
  description = "dup";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    home-manager.url = "github:nix-community/home-manager";
  };

  outputs = { self, nixpkgs, home-manager }: { };
}`;

function node(owner: string, repo: string, rev: string, ref?: string) {
  return {
    locked: { lastModified: 1764000000, narHash: `sha256-${'A'.repeat(43)}=`, owner, repo, rev, type: 'github' },
    original: { owner, repo, type: 'github', ...(ref ? { ref } : {}) },
  };
}

export const DUP_FLAKE_LOCK = `${JSON.stringify(
  {
    nodes: {
      'home-manager': { ...node('nix-community', 'home-manager', '1'.repeat(40)), inputs: { nixpkgs: 'nixpkgs_2' } },
      nixpkgs: node('NixOS', 'nixpkgs', '2'.repeat(40), 'nixos-unstable'),
      nixpkgs_2: node('NixOS', 'nixpkgs', '3'.repeat(40), 'nixos-unstable'),
      root: { inputs: { 'home-manager': 'home-manager', nixpkgs: 'nixpkgs' } },
    },
    root: 'root',
    version: 7,
  },
  null,
  2,
)}\n`;

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' });

async function cli(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd, env: {}, isTTY: false };
  const code = await main(argv, io);
  return { code, out, err };
}

/** `git apply --check` of `patch` run in `cwd`; the error text when it refuses. */
function applyCheck(cwd: string, patch: string): string {
  try {
    execFileSync('git', ['apply', '--check', '-'], { cwd, input: patch, encoding: 'utf8', stdio: 'pipe' });
    return 'ok';
  } catch (e) {
    return String((e as { stderr?: string }).stderr ?? e);
  }
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'fs-fix-patch-'));
});
afterAll(async () => rm(tmp, { recursive: true, force: true }));

async function flakeAt(dir: string, nix = DUP_FLAKE_NIX): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'flake.nix'), nix);
  await writeFile(path.join(dir, 'flake.lock'), DUP_FLAKE_LOCK);
}

describe('fix --dry-run prints a patch git apply accepts', () => {
  test('in a repository, from its top level and from the flake directory: paths from the top level', async () => {
    const repo = path.join(tmp, 'repo');
    await flakeAt(path.join(repo, 'hosts', 'a'), `${DUP_FLAKE_NIX}\n`);
    git(repo, 'init', '-q');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'init');
    for (const [cwd, arg] of [
      [repo, 'hosts/a'],
      [path.join(repo, 'hosts', 'a'), '.'],
      [path.join(repo, 'hosts'), 'a/flake.nix'],
    ] as const) {
      const r = await cli(['fix', arg, '--dry-run'], cwd);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out.split('\n').slice(0, 3)).toEqual([
        'diff --git a/hosts/a/flake.nix b/hosts/a/flake.nix',
        '--- a/hosts/a/flake.nix',
        '+++ b/hosts/a/flake.nix',
      ]);
      expect(r.out).not.toMatch(/\t|^=+$|^Index:/m);
      // the hunk's last line is the blank line of flake.nix as context: one space
      expect(
        r.out.endsWith(
          '+    home-manager.inputs.nixpkgs.follows = "nixpkgs";\n   };\n \n   outputs = { self, nixpkgs, home-manager }: { };\n',
        ),
      ).toBe(true);
      expect(applyCheck(cwd, r.out)).toBe('ok');
    }
    // and it applies to what the fix writes
    const r = await cli(['fix', 'hosts/a', '--dry-run'], repo);
    execFileSync('git', ['apply', '-'], { cwd: repo, input: r.out });
    expect(await readFile(path.join(repo, 'hosts', 'a', 'flake.nix'), 'utf8')).toContain(
      '    home-manager.url = "github:nix-community/home-manager";\n    home-manager.inputs.nixpkgs.follows = "nixpkgs";\n',
    );
  });

  test('outside git: paths from the working directory; a file without a final newline says so', async () => {
    const plain = path.join(tmp, 'plain');
    await flakeAt(
      path.join(plain, 'dup'),
      [
        '{',
        '  outputs = { self, nixpkgs, home-manager }: { };',
        '  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";',
        '  inputs.home-manager.url = "github:nix-community/home-manager";',
        '}',
      ].join('\n'),
    );
    const r = await cli(['fix', 'dup', '--dry-run'], plain);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('diff --git a/dup/flake.nix b/dup/flake.nix');
    expect(r.out).toContain('\n }\n\\ No newline at end of file\n');
    expect(applyCheck(plain, r.out)).toBe('ok');
  });
});
