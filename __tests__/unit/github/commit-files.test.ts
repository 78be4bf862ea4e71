import { describe, expect, test } from '@jest/globals';
import { gitAuthEnv, pushArgs, splitMessage, stagingBranch, withSignoff } from '../../../src/github/commit-files.js';

const me = { name: 'Flake Bot', email: 'bot@example.com' };
const line = 'Signed-off-by: Flake Bot <bot@example.com>';

describe('withSignoff', () => {
  test.each([
    ['a one-line message gets a trailer paragraph', 'flake.lock: update', `flake.lock: update\n\n${line}\n`],
    [
      'a body whose last paragraph looks like `key: value` is not a trailer block',
      'update\n\nnixpkgs: a → b',
      `update\n\nnixpkgs: a → b\n\n${line}\n`,
    ],
    [
      'an existing trailer block is joined',
      'update\n\nbody\n\nCo-authored-by: A <a@x>',
      `update\n\nbody\n\nCo-authored-by: A <a@x>\n${line}\n`,
    ],
    ['the same sign-off is not added twice', `update\n\n${line}\n`, `update\n\n${line}\n`],
  ])('%s', (_why, message, expected) => {
    expect(withSignoff(message, me)).toBe(expected);
  });
});

describe('splitMessage (createCommitOnBranch headline and body)', () => {
  test.each([
    ['flake.lock: update', { headline: 'flake.lock: update', body: '' }],
    ['title\n\nbody line\nmore\n', { headline: 'title', body: 'body line\nmore' }],
    ['title\r\n\r\nbody', { headline: 'title', body: 'body' }],
  ])('%j', (message, expected) => {
    expect(splitMessage(message)).toEqual(expected);
  });
});

describe('git auth through the environment only', () => {
  test('first resets any header a checkout persisted, then sets ours, scoped to the server', () => {
    const env = gitAuthEnv('https://github.com/', 'ghs_abc');
    expect(env).toEqual({
      GIT_CONFIG_COUNT: '2',
      GIT_CONFIG_KEY_0: 'http.https://github.com/.extraheader',
      GIT_CONFIG_VALUE_0: '',
      GIT_CONFIG_KEY_1: 'http.https://github.com/.extraheader',
      GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${Buffer.from('x-access-token:ghs_abc').toString('base64')}`,
      GIT_TERMINAL_PROMPT: '0',
    });
  });

  test('the push is a lease on the branch we saw: empty means it must not exist yet', () => {
    expect(pushArgs('https://h/o/r.git', 'c0ffee', 'flake-steward/update', undefined)).toEqual([
      'push',
      '--porcelain',
      '--no-verify',
      '--force-with-lease=refs/heads/flake-steward/update:',
      'https://h/o/r.git',
      'c0ffee:refs/heads/flake-steward/update',
    ]);
    expect(pushArgs('u', 'c', 'b', 'abc')[3]).toBe('--force-with-lease=refs/heads/b:abc');
  });

  test('the staging branch is named after the branch and cannot collide with it', () => {
    expect(stagingBranch('flake-steward/update')).toBe('flake-steward/update.flake-steward-staging');
  });
});
