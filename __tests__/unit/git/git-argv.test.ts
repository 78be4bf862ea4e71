/** The argv of each question of the Git port: `-C DIR` first, never a shell, a name after `--`. */
import { describe, expect, test } from '@jest/globals';
import { gitArgv, parseRemoteTags } from '../../../src/git/git.js';

test.each<[string, string[], string[]]>([
  ['topLevel', gitArgv.topLevel('/w/repo'), ['-C', '/w/repo', 'rev-parse', '--show-toplevel']],
  ['pathPrefix', gitArgv.pathPrefix('/w/repo/nix'), ['-C', '/w/repo/nix', 'rev-parse', '--show-prefix']],
  ['remoteUrl', gitArgv.remoteUrl('/w/repo', 'origin'), ['-C', '/w/repo', 'remote', 'get-url', '--', 'origin']],
  [
    'fileStatus',
    gitArgv.fileStatus('/w/repo/nix/flake.nix'),
    ['-C', '/w/repo/nix', 'status', '--porcelain', '--', 'flake.nix'],
  ],
  [
    'a name like an option stays a name',
    gitArgv.remoteUrl('/w', '--upload-pack=x'),
    ['-C', '/w', 'remote', 'get-url', '--', '--upload-pack=x'],
  ],
])('%s', (_name, argv, expected) => {
  expect(argv).toEqual(expected);
});

describe('remote tags', () => {
  test('argv: ls-remote of tags only, the URL after --, ext:: never allowed', () => {
    expect(gitArgv.remoteTags('https://github.com/o/r.git')).toEqual([
      '-c',
      'protocol.ext.allow=never',
      'ls-remote',
      '--tags',
      '--refs',
      '--',
      'https://github.com/o/r.git',
    ]);
  });

  test('parse: names of refs/tags/ lines only', () => {
    const sha = 'a'.repeat(40);
    const out = [`${sha}\trefs/tags/v1.0.0`, `${sha}\trefs/tags/release/2.0.0\r`, `${sha}\trefs/heads/main`, 'junk', ''].join('\n');
    expect(parseRemoteTags(out)).toEqual(['v1.0.0', 'release/2.0.0']);
  });
});
