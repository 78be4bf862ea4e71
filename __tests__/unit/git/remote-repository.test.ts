/**
 * The GitHub repository of an `origin` URL (update --open-pr without --repository): every form git writes for a
 * GitHub remote, on the server's host only, credentials never shown, one line that says to pass --repository.
 */
import { describe, expect, test } from '@jest/globals';
import { UsageError } from '../../../src/core/errors.js';
import { repositoryOfRemote, shownRemote } from '../../../src/git/remote-repository.js';

const GITHUB = 'https://github.com';

describe('accepted forms', () => {
  test.each<[string, string, string]>([
    ['https://github.com/acme/infra.git', GITHUB, 'acme/infra'],
    ['https://github.com/acme/infra', GITHUB, 'acme/infra'],
    ['https://github.com/acme/infra/', GITHUB, 'acme/infra'],
    ['https://GitHub.com/Acme/my.repo.git', GITHUB, 'Acme/my.repo'],
    ['https://x-access-token:ghs_secret@github.com/acme/infra.git', GITHUB, 'acme/infra'],
    ['git@github.com:acme/infra.git', GITHUB, 'acme/infra'],
    ['git@github.com:acme/infra', GITHUB, 'acme/infra'],
    ['org-123@github.com:acme/infra.git', GITHUB, 'acme/infra'],
    ['ssh://git@github.com/acme/infra.git', GITHUB, 'acme/infra'],
    ['ssh://git@github.com:22/acme/infra', GITHUB, 'acme/infra'],
    ['git+ssh://git@github.com/acme/infra.git', GITHUB, 'acme/infra'],
    ['https://ghe.example.com/acme/infra.git', 'https://ghe.example.com', 'acme/infra'],
    ['git@ghe.example.com:acme/infra.git', 'https://ghe.example.com/', 'acme/infra'],
    // the local test server: plain http, a port on both sides
    ['http://127.0.0.1:39211/acme/infra.git', 'http://127.0.0.1:39211', 'acme/infra'],
  ])('%s on %s → %s', (url, server, expected) => {
    const r = repositoryOfRemote(url, server);
    expect(`${r.owner}/${r.repo}`).toBe(expected);
  });
});

describe('refused, with one line that says to pass --repository', () => {
  test.each<[string, string, RegExp]>([
    [
      'https://gitlab.com/acme/infra.git',
      GITHUB,
      /origin remote 'https:\/\/gitlab\.com\/acme\/infra\.git' is not on the GitHub server github\.com/,
    ],
    ['git@gitlab.com:acme/infra.git', GITHUB, /is not on the GitHub server github\.com/],
    ['https://github.com/acme/infra.git', 'https://ghe.example.com', /is not on the GitHub server ghe\.example\.com/],
    ['/srv/git/infra.git', GITHUB, /cannot tell the GitHub repository/],
    ['file:///srv/git/infra.git', GITHUB, /cannot tell the GitHub repository/],
    ['https://github.com/acme', GITHUB, /cannot tell the GitHub repository/],
    ['https://github.com/acme/infra/extra', GITHUB, /cannot tell the GitHub repository/],
    ['https://github.com/ac me/infra', GITHUB, /cannot tell the GitHub repository/],
  ])('%s', (url, server, message) => {
    let error: unknown;
    try {
      repositoryOfRemote(url, server);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    const text = (error as Error).message;
    expect(text).toMatch(message);
    expect(text).toMatch(/\(pass --repository owner\/repo\)$/);
    expect(text).not.toContain('\n');
  });

  test('credentials in an https remote are never shown', () => {
    const url = 'https://x-access-token:ghs_secret123@gitlab.com/acme/infra.git';
    expect(() => repositoryOfRemote(url, GITHUB)).toThrow(/'https:\/\/gitlab\.com\/acme\/infra\.git'/);
    expect(() => repositoryOfRemote(url, GITHUB)).not.toThrow(/ghs_secret123/);
    expect(shownRemote(url)).toBe('https://gitlab.com/acme/infra.git');
    expect(shownRemote('git@github.com:acme/infra.git')).toBe('git@github.com:acme/infra.git');
  });
});
