/**
 * Workspace confinement (src/workspace/confine.ts): where a path leads with its links followed, and whether that
 * stays inside the root. A real directory tree with real links, plus the pure walk over a table of links.
 */
import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../../../src/core/errors.js';
import {
  confine,
  isInside,
  realPath,
  resolveFrom,
  resolveWithin,
  rootOf,
  type Escape,
  type LinkReader,
} from '../../../src/workspace/confine.js';

/**
 * top/
 *   outside/secret          a file outside the workspace
 *   outside/sub/            a directory outside
 *   ws/                     the workspace
 *     dir/file
 *     link-in -> dir                      a link that stays inside
 *     link-in-abs -> <abs>/ws/dir         the same, absolute
 *     link-out -> ../outside              a directory link out
 *     link-out-abs -> <abs>/outside
 *     lock-out -> ../outside/secret       a file link out (the flake.lock -> /etc/passwd case)
 *     dangling-out -> ../outside/nothing  a link out to nothing (a write through it would create the file)
 *     dangling-in -> dir/nothing
 *     deep -> ../outside/sub              `deep/..` is outside/, not ws/
 *     loop-a -> loop-b, loop-b -> loop-a
 *     dir/up -> ..                        back to ws
 *     dir/up2 -> ../..                    to top
 */
function tree(): { top: string; ws: string } {
  const top = realpathSync(mkdtempSync(path.join(tmpdir(), 'fs-confine-')));
  const ws = path.join(top, 'ws');
  mkdirSync(path.join(top, 'outside', 'sub'), { recursive: true });
  writeFileSync(path.join(top, 'outside', 'secret'), 'root:x:0:0');
  mkdirSync(path.join(ws, 'dir'), { recursive: true });
  writeFileSync(path.join(ws, 'dir', 'file'), '');
  symlinkSync('dir', path.join(ws, 'link-in'));
  symlinkSync(path.join(ws, 'dir'), path.join(ws, 'link-in-abs'));
  symlinkSync('../outside', path.join(ws, 'link-out'));
  symlinkSync(path.join(top, 'outside'), path.join(ws, 'link-out-abs'));
  symlinkSync('../outside/secret', path.join(ws, 'lock-out'));
  symlinkSync('../outside/nothing', path.join(ws, 'dangling-out'));
  symlinkSync('dir/nothing', path.join(ws, 'dangling-in'));
  symlinkSync('../outside/sub', path.join(ws, 'deep'));
  symlinkSync('loop-b', path.join(ws, 'loop-a'));
  symlinkSync('loop-a', path.join(ws, 'loop-b'));
  symlinkSync('..', path.join(ws, 'dir', 'up'));
  symlinkSync('../..', path.join(ws, 'dir', 'up2'));
  return { top, ws };
}

describe('resolveWithin a real tree', () => {
  const { top, ws } = tree();
  const root = rootOf(ws);

  // [file as given, escape or undefined, where it leads (relative to top) when inside]
  test.each<[string, Escape | undefined, string | undefined]>([
    ['flake.nix', undefined, 'ws/flake.nix'], // relative, does not exist yet
    ['.', undefined, 'ws'],
    ['dir/file', undefined, 'ws/dir/file'],
    ['dir/../dir/file', undefined, 'ws/dir/file'],
    ['../outside/secret', 'outside', undefined], // `..` out
    ['../ws/dir/file', undefined, 'ws/dir/file'], // `..` that comes back in
    ['/etc/passwd', 'outside', undefined], // absolute outside
    ['link-in/file', undefined, 'ws/dir/file'], // link inside
    ['link-in-abs/file', undefined, 'ws/dir/file'],
    ['link-in/../dir/file', undefined, 'ws/dir/file'],
    ['link-out', 'link', undefined], // directory link out
    ['link-out/flake.nix', 'link', undefined],
    ['link-out-abs/secret', 'link', undefined],
    ['lock-out', 'link', undefined], // file link out
    ['dangling-out', 'link', undefined], // dangling link out
    ['dangling-in', undefined, 'ws/dir/nothing'], // dangling link inside
    ['link-out/new/x.json', 'link', undefined], // a file that does not exist, under a linked directory
    ['missing/../link-out/x', 'link', undefined], // a missing directory does not hide the link after it
    ['deep/../x', 'link', undefined], // `..` after a link is taken from where the link leads
    ['dir/up/dir/file', undefined, 'ws/dir/file'],
    ['dir/up2/outside/secret', 'link', undefined],
    ['loop-a', 'loop', undefined],
    ['loop-a/x', 'loop', undefined],
  ])('%s', (file, escape, leads) => {
    const r = resolveWithin(root, file);
    expect(r.escape).toBe(escape);
    if (leads !== undefined) expect(r.path).toBe(path.join(top, leads));
  });

  test('an absolute path inside the workspace is inside', () => {
    expect(resolveWithin(root, path.join(ws, 'dir', 'file'))).toEqual({ path: path.join(ws, 'dir', 'file') });
  });

  test('a workspace reached through a link: paths written through either name are inside', () => {
    const alias = path.join(top, 'alias');
    symlinkSync('ws', alias);
    const aliased = rootOf(alias);
    expect(aliased.real).toBe(ws);
    expect(resolveWithin(aliased, 'dir/file')).toEqual({ path: path.join(ws, 'dir', 'file') });
    expect(resolveWithin(aliased, path.join(alias, 'dir', 'file'))).toEqual({ path: path.join(ws, 'dir', 'file') });
    expect(resolveWithin(aliased, path.join(ws, 'dir', 'file'))).toEqual({ path: path.join(ws, 'dir', 'file') });
    expect(resolveWithin(aliased, 'link-out/secret').escape).toBe('link');
  });

  test('a workspace that does not exist: nothing to follow, `..` still refused', () => {
    const none = rootOf(path.join(top, 'none', 'ws'));
    expect(resolveWithin(none, 'a/flake.nix')).toEqual({ path: path.join(top, 'none', 'ws', 'a', 'flake.nix') });
    expect(resolveWithin(none, '../../outside/secret').escape).toBe('outside');
  });

  test('confine returns where the file leads, or one UserError naming the file and what to do', () => {
    const refusal = { area: 'the workspace', hint: 'commit the file itself' };
    expect(confine(root, 'link-in/file', { ...refusal, shown: 'link-in/file' })).toBe(path.join(ws, 'dir', 'file'));
    let error: unknown;
    try {
      confine(root, 'lock-out', { ...refusal, shown: 'sub/flake.lock' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).format()).toBe(
      'sub/flake.lock: error: flake.lock leads outside the workspace through a symbolic link (commit the file itself)',
    );
  });
});

describe('the walk itself (a table of links, no file system)', () => {
  const table = (links: Record<string, string>): LinkReader => ({
    isLink: (p) => Object.hasOwn(links, p),
    readlink: (p) => links[p]!,
  });

  test.each<[Record<string, string>, string, string, string]>([
    [{}, '/w', 'a/b', '/w/a/b'],
    [{}, '/w', 'a/../../x', '/x'],
    [{}, '/w', '/abs/x', '/abs/x'],
    [{ '/w/a': 'b' }, '/w', 'a/f', '/w/b/f'],
    [{ '/w/a': '/o' }, '/w', 'a/f', '/o/f'],
    [{ '/w/a': '../o/p' }, '/w', 'a/../f', '/o/f'],
    [{ '/w/a': 'b', '/w/b': 'c/' }, '/w', 'a/f', '/w/c/f'],
    [{ '/w/a': '.' }, '/w', 'a/a/a/f', '/w/f'],
  ])('%j: %s + %s → %s', (links, from, rest, expected) => {
    expect(resolveFrom(from, rest, table(links))).toBe(expected);
  });

  test('more than 40 links is a loop', () => {
    expect(() => resolveFrom('/w', 'a', table({ '/w/a': 'a' }))).toThrow(/more than 40 symbolic links/);
  });
});

test.each<[string, string, boolean]>([
  ['/w', '/w', true],
  ['/w', '/w/a', true],
  ['/w', '/w/..a', true],
  ['/w', '/wx', false],
  ['/w', '/', false],
  ['/w', '/w/../x', false],
  ['/', '/anything', true],
])('isInside(%s, %s) = %s', (root, p, expected) => {
  expect(isInside(root, path.resolve(p))).toBe(expected);
});

describe('realPath (what `diff-closures` makes of ./result)', () => {
  const { top, ws } = tree();
  test.each<[string, string | undefined]>([
    ['dir/file', 'ws/dir/file'],
    ['link-in/file', 'ws/dir/file'], // a link followed
    ['link-out-abs/secret', 'outside/secret'], // wherever it leads: diff-closures is not confined
    ['deep/..', 'outside'], // `..` after the link, as the kernel takes it
    ['dir/nothing', undefined], // nothing there
    ['dangling-in', undefined], // a link to nothing
    ['loop-a', undefined], // a loop
  ])('%s → %s', async (file, leads) => {
    expect(await realPath(`${ws}/${file}`)).toBe(leads === undefined ? undefined : path.join(top, leads));
  });
});
