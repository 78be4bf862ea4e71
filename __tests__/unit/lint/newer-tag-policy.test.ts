/**
 * The `newer-tags` policy (issue 14, lint half of "Release tags"): which remotes of tag-pinned inputs lint may ask.
 * `forges` asks public forges only, in a narrow URL form no two URL readers take to different hosts; `any` every
 * remote tagPinOf accepts; `off` none. And the questions of one flake: ignored inputs and a rule that is off ask
 * nothing; a refused remote is said apart.
 */
import { describe, expect, test } from '@jest/globals';
import { lintContext } from '../../../src/lint/lint-context.js';
import { isPublicForgeRemote, mayAskTags, tagQuestions } from '../../../src/lint/newer-tag-policy.js';
import type { LintOptions } from '../../../src/lint/lint-types.js';
import { tagPinOf } from '../../../src/flake/release-tags.js';
import { NOW, options } from './helpers.js';

describe('forges: references and URLs of public forges only', () => {
  test.each([
    'github:owner/repo/v1.2.3',
    'github:owner/repo?ref=v1.2.3',
    'github:owner/repo/refs/tags/v1.2.3',
    'github:owner/repo/v1.2.3?host=github.com',
    'gitlab:group/repo/v0.4.0',
    'sourcehut:~sircmpwn/hare/0.24.0',
    'git+https://github.com/owner/repo?ref=v1.2.3',
    'git+https://github.com/owner/repo.git?ref=refs/tags/1.2.3',
    'git+https://gitlab.com/group/sub/repo.git?ref=v1.0.0',
    'git+https://codeberg.org/owner/repo?ref=v1.0.0',
    'git+https://git.sr.ht/~owner/repo?ref=v1.0.0',
  ])('%s is asked', (reference) => {
    const remote = tagPinOf(reference)!.remote;
    expect(mayAskTags('forges', remote)).toBe(true);
    expect(mayAskTags('any', remote)).toBe(true);
    expect(mayAskTags('off', remote)).toBe(false);
  });

  test.each([
    ['a GitHub Enterprise host', 'github:owner/repo/v1.2.3?host=ghe.example.com'],
    ['a gitlab host of its own', 'gitlab:owner/repo/v1.2.3?host=gitlab.example.org'],
    ['a self-hosted forge', 'git+https://git.example.org/x/y?ref=1.2.3'],
    ['plain http on a forge', 'git+http://github.com/owner/repo?ref=v1.2.3'],
    ['ssh', 'git+ssh://git@github.com/owner/repo?ref=v1.2.3'],
    ['a local repository', 'git+file:///srv/repo?ref=v1.0.0'],
    ['userinfo before a forge host', 'git+https://github.com@evil.example/x?ref=v1.0.0'],
    ['a port', 'git+https://github.com:8443/owner/repo?ref=v1.0.0'],
    ['a host that ends like a forge', 'git+https://evilgithub.com/owner/repo?ref=v1.0.0'],
    ['a forge name as a subdomain', 'git+https://github.com.evil.example/owner/repo?ref=v1.0.0'],
  ])('%s is not asked under forges (but is under any): %s', (_why, reference) => {
    const remote = tagPinOf(reference)!.remote;
    expect(mayAskTags('forges', remote)).toBe(false);
    expect(mayAskTags('any', remote)).toBe(true);
  });

  test.each([
    'https://github.com\\@evil.example/x',
    'https://github.com/%2e%2e/x',
    'https://github.com/../x',
    'https://github.com/owner/repo?x=1',
    'https://github.com/owner/repo#frag',
    'https://github.com/owner repo',
    'https://GitHub.com/owner/repo',
    'https://github.com',
    'https://github.com/',
    'https://github.com./owner/repo',
    ' https://github.com/owner/repo',
    'https://github.com/owner/repo\n',
  ])('the narrow form refuses %j', (remote) => {
    expect(isPublicForgeRemote(remote)).toBe(false);
  });
});

describe('tagQuestions: what one flake would ask', () => {
  const FLAKE = `{
  inputs.tool.url = "github:owner/tool/v1.0.0";
  inputs.mine.url = "git+https://git.example.org/me/mine?ref=v2.0.0";
  inputs.local = { url = "git+file:///srv/local?ref=v0.1.0"; flake = false; };
  inputs.branch.url = "github:owner/branch";
  outputs = _: { };
}
`;
  const ctx = (over: Partial<LintOptions>) =>
    lintContext({ nixPath: 'flake.nix', lockPath: 'flake.lock', nix: FLAKE, lock: undefined }, NOW, options(over));
  const remotes = (over: Partial<LintOptions>) => {
    const q = tagQuestions(ctx(over));
    return { ask: q.ask.map((x) => x.input), refused: q.refused.map((x) => x.input) };
  };

  test('forges (also the default when unset): the forge input only', () => {
    expect(remotes({ newerTags: 'forges' })).toEqual({ ask: ['tool'], refused: ['mine', 'local'] });
    expect(remotes({})).toEqual({ ask: ['tool'], refused: ['mine', 'local'] });
  });
  test('any: every tag pin', () => {
    expect(remotes({ newerTags: 'any' })).toEqual({ ask: ['tool', 'mine', 'local'], refused: [] });
  });
  test('off, the rule off, or the inputs ignored: nothing', () => {
    expect(remotes({ newerTags: 'off' })).toEqual({ ask: [], refused: [] });
    expect(remotes({ newerTags: 'any', rules: { 'freshness/newer-tag': 'off' } })).toEqual({ ask: [], refused: [] });
    expect(remotes({ newerTags: 'any', ignore: ['freshness/newer-tag:*'] })).toEqual({ ask: [], refused: [] });
    expect(remotes({ newerTags: 'any', ignore: ['tool'] })).toEqual({ ask: ['mine', 'local'], refused: [] });
  });
  test('an unparsable flake.nix asks nothing', () => {
    const broken = lintContext(
      { nixPath: 'flake.nix', lockPath: 'flake.lock', nix: '{ inputs.tool.url = "github:o/t/v1.0.0"', lock: undefined },
      NOW,
      options({ newerTags: 'any' }),
    );
    expect(tagQuestions(broken)).toEqual({ ask: [], refused: [] });
  });
});
