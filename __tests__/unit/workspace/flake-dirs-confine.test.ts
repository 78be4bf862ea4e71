/**
 * Flake discovery and links: globs never follow a directory link (lint's walk and update's), and with `confine`
 * (the action) a directory or flake file that leads outside the workspace is refused before it is read. Without it
 * (the CLI) the user's own links are followed.
 */
import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../../../src/core/errors.js';
import { discoverFlakes } from '../../../src/workspace/flake-dirs.js';
import { lint } from '../../../src/app/lint.js';
import { confinedFs, nodeFs } from '../../../src/workspace/fs.js';
import { lockText, options } from '../lint/helpers.js';

const SECRET = 'root:x:0:0:SECRET-LINE';

/**
 * top/outside/{flake.nix, flake.lock, secret}; top/ws/{flake.nix, real/flake.nix, lk/flake.nix, cfg/flake.nix} and
 * the links ws/sub -> ../outside, ws/in -> real, ws/lk/flake.lock -> ../../outside/secret,
 * ws/cfg/.flake-steward.json -> secret.
 */
function world(): { top: string; ws: string } {
  const top = realpathSync(mkdtempSync(path.join(tmpdir(), 'fs-discover-confine-')));
  const ws = path.join(top, 'ws');
  mkdirSync(path.join(top, 'outside'), { recursive: true });
  for (const d of ['real', 'lk', 'cfg']) mkdirSync(path.join(ws, d), { recursive: true });
  for (const f of ['outside/flake.nix', 'ws/flake.nix', 'ws/real/flake.nix', 'ws/lk/flake.nix', 'ws/cfg/flake.nix'])
    writeFileSync(path.join(top, f), '{ outputs = { self }: { }; }\n');
  writeFileSync(path.join(top, 'outside', 'flake.lock'), lockText({ root: {} }));
  writeFileSync(path.join(top, 'outside', 'secret'), `${SECRET}\n`);
  symlinkSync('../outside', path.join(ws, 'sub'));
  symlinkSync('real', path.join(ws, 'in'));
  symlinkSync('../../outside/secret', path.join(ws, 'lk', 'flake.lock'));
  symlinkSync('../../outside/secret', path.join(ws, 'cfg', '.flake-steward.json'));
  return { top, ws };
}

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof UserError) return e.format();
    throw e;
  }
  throw new Error('accepted');
}

describe('lint discovery with confine (the action)', () => {
  const { ws } = world();

  test.each<[string, string]>([
    [
      'sub',
      'sub: error: sub leads outside the workspace through a symbolic link (flake-steward reads nothing outside the workspace; point path or paths at a directory of the repository)',
    ],
    [
      'lk',
      'lk/flake.lock: error: flake.lock leads outside the workspace through a symbolic link (flake-steward reads nothing outside the workspace; commit the file itself rather than a link to it)',
    ],
    [
      'cfg',
      'cfg/.flake-steward.json: error: .flake-steward.json leads outside the workspace through a symbolic link (flake-steward reads nothing outside the workspace; commit the file itself rather than a link to it)',
    ],
    // found by a glob: the directory is real, its flake.lock is a link out
    [
      'l*',
      'lk/flake.lock: error: flake.lock leads outside the workspace through a symbolic link (flake-steward reads nothing outside the workspace; commit the file itself rather than a link to it)',
    ],
  ])('%s is refused with one line naming the file', async (p, line) => {
    const text = await refusal(discoverFlakes(ws, [p], { confine: true }));
    expect(text).toBe(line);
    expect(text).not.toContain('SECRET');
  });

  test('a link that stays inside is followed', async () => {
    expect(await discoverFlakes(ws, ['in', '.'], { confine: true })).toEqual(['.', 'in']);
  });

  test('a lint run of the action never reads the target: the error names the file, not its content', async () => {
    const req = {
      workspace: ws,
      paths: ['lk'],
      settings: options(),
      rulesSetting: "input 'rules'",
      clock: { now: () => new Date('2026-01-01T00:00:00Z') },
      confine: true,
    };
    const text = await refusal(lint(req));
    expect(text).toMatch(/^lk\/flake\.lock: error: /);
    expect(text).not.toMatch(/SECRET|found 'r'/);
  });
});

describe('globs never follow a directory link (lint and update)', () => {
  const { ws } = world();

  test('lint: ** finds the flakes of the workspace, not the one behind sub -> ../outside', async () => {
    for (const confine of [false, true]) {
      const dirs = await discoverFlakes(ws, ['**'], { confine }).catch((e: unknown) => e);
      if (confine) {
        // lk's flake.lock is refused; without lk and cfg the rest is found
        expect(dirs).toBeInstanceOf(UserError);
      } else expect(dirs).toEqual(['.', 'cfg', 'lk', 'real']);
    }
    expect(await discoverFlakes(ws, ['*'])).toEqual(['.', 'cfg', 'lk', 'real']);
    await expect(discoverFlakes(ws, ['sub/*'])).rejects.toThrow(/no flake matches 'sub\/\*'/);
  });

  test('update: the Fs port selects the same flakes, not the one behind sub -> ../outside', async () => {
    expect(await nodeFs.flakeDirs(ws, ['**'])).toEqual(['.', 'cfg', 'lk', 'real']);
    await expect(nodeFs.flakeDirs(ws, ['sub/*'])).rejects.toThrow(/no flake matches 'sub\/\*'/);
  });
});

describe('the CLI follows the links a user made (reads)', () => {
  const { ws } = world();

  test('sub -> ../outside is linted where it leads', async () => {
    expect(await discoverFlakes(ws, ['sub'])).toEqual(['sub']);
  });
});

describe("update's confined file system (the action)", () => {
  const { top, ws } = world();
  const fs = confinedFs(ws);

  test('reads and writes inside the workspace, links inside followed', async () => {
    expect((await fs.read(path.join(ws, 'in', 'flake.nix')))?.toString()).toContain('outputs');
    expect(await fs.exists(path.join(ws, 'flake.nix'))).toBe(true);
    await fs.writeAtomic(path.join(ws, 'in', 'flake.lock'), Buffer.from('{}'));
    expect((await nodeFs.read(path.join(ws, 'real', 'flake.lock')))?.toString()).toBe('{}');
  });

  test.each([
    ['read', () => fs.read(path.join(ws, 'lk', 'flake.lock'))],
    ['exists', () => fs.exists(path.join(ws, 'sub', 'flake.nix'))],
    ['writeAtomic', () => fs.writeAtomic(path.join(ws, 'sub', 'flake.lock'), Buffer.from('{}'))],
    ['flakeDirs', () => fs.flakeDirs(ws, ['lk'])],
    ['flakeDirs', () => fs.flakeDirs(ws, ['**'])],
    ['flakeDirs', () => fs.flakeDirs(ws, ['sub'])],
  ])('%s through a link out is refused and touches nothing', async (_what, op) => {
    const text = await refusal(op());
    expect(text).toMatch(
      /^(lk\/flake\.lock|sub\/flake\.(lock|nix)|sub|cfg\/\.flake-steward\.json): error: \S+ leads outside the workspace/,
    );
    expect((await nodeFs.read(path.join(top, 'outside', 'flake.lock')))?.toString()).toBe(lockText({ root: {} }));
  });
});
