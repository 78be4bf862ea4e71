/**
 * The lock diff on locks written by real Nix, where the root's nixpkgs is node `nixpkgs_2`: a dependency without a
 * follows brings its own nixpkgs, which Nix names `nixpkgs` because it visits `a-dep` first. Only locking, no build.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diffLocks } from '../../../src/update/lock-diff.js';
import { resolveLock } from '../../../src/flake/follows.js';
import { parseLock } from '../../../src/flake/lock.js';
import { git } from './update-world.js';

let root: string;

function repo(dir: string, files: Record<string, string>): void {
  execFileSync('mkdir', ['-p', dir]);
  git(dir, 'init', '-q', '-b', 'main');
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'init');
}

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'fs-lockdiff-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

test("root nixpkgs is node nixpkgs_2: the update is reported by path, the dependency's own nixpkgs is not", () => {
  const np = path.join(root, 'nixpkgs');
  const dep = path.join(root, 'a-dep');
  const top = path.join(root, 'top');
  repo(np, { 'flake.nix': '{ outputs = { self }: { lib.v = import ./v.nix; }; }\n', 'v.nix': '1\n' });
  const rev1 = git(np, 'rev-parse', 'HEAD');
  repo(dep, {
    'flake.nix': `{ inputs.nixpkgs.url = "git+file://${np}"; outputs = { self, nixpkgs }: { }; }\n`,
  });
  execFileSync('nix', ['flake', 'lock', dep], { stdio: 'ignore' });
  git(dep, 'add', '-A');
  git(dep, 'commit', '-q', '-m', 'lock');
  repo(top, {
    'flake.nix': `{
  inputs.a-dep.url = "git+file://${dep}";
  inputs.nixpkgs.url = "git+file://${np}";
  outputs = { self, a-dep, nixpkgs }: { };
}
`,
  });
  execFileSync('nix', ['flake', 'lock', top], { stdio: 'ignore' });
  const lockFile = path.join(top, 'flake.lock');
  const before = parseLock(readFileSync(lockFile, 'utf8'), 'flake.lock');
  const rootInputs = before.nodes.get(before.root)!.inputs;
  // The premise: Nix named the root's nixpkgs `nixpkgs_2`.
  expect(rootInputs.get('nixpkgs')).toEqual({ kind: 'node', key: 'nixpkgs_2' });

  writeFileSync(path.join(np, 'v.nix'), '2\n');
  git(np, 'commit', '-q', '-am', 'bump');
  const rev2 = git(np, 'rev-parse', 'HEAD');
  execFileSync('nix', ['flake', 'lock', top, '--update-input', 'nixpkgs'], { stdio: 'ignore' });
  const after = parseLock(readFileSync(lockFile, 'utf8'), 'flake.lock');

  const changes = diffLocks(
    { lock: before, inputs: [...resolveLock(before).values()] },
    { lock: after, inputs: [...resolveLock(after).values()] },
  );
  expect(changes.map((c) => [c.name, c.kind, c.before?.node, c.before?.rev, c.after?.rev])).toEqual([
    ['nixpkgs', 'updated', 'nixpkgs_2', rev1, rev2],
  ]);
  // A reader keyed by node name would have looked at the dependency's nixpkgs, which did not move.
  expect((after.nodes.get('nixpkgs')!.locked as Record<string, unknown>)['rev']).toBe(rev1);
}, 60_000);
