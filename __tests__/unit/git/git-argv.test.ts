/** The argv of each question of the Git port: `-C DIR` first, never a shell, a name after `--`. */
import { expect, test } from '@jest/globals';
import { gitArgv } from '../../../src/git/git.js';

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
