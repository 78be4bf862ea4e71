import { describe, expect, test } from '@jest/globals';
import { sanitizeCommitTitle, sanitizeInline } from '../../../src/github/sanitize.js';

const Z = '\u200b';

describe('sanitizeInline: upstream text that cannot ping, cross-link or break the body', () => {
  test.each([
    [
      'mentions get a zero-width space after @',
      'thanks @alice and @nixos/security',
      `thanks @${Z}alice and @${Z}nixos/security`,
    ],
    ['a mention at the start', '@bob: fix', `@${Z}bob: fix`],
    ['a mention in parentheses', 'fix (by @carol)', `fix (by @${Z}carol)`],
    ['e-mail addresses stay readable', 'author foo@example.com', 'author foo@example.com'],
    ['issue references', 'fix #123 and #4', `fix #${Z}123 and #${Z}4`],
    ['cross-repository references', 'see NixOS/nixpkgs#98765', `see NixOS/nixpkgs#${Z}98765`],
    ['GH- references, any case', 'GH-12 gh-7', `GH-${Z}12 gh-${Z}7`],
    ['closing keywords lose their target', 'Fixes #1', `Fixes #${Z}1`],
    [
      'HTML is escaped',
      '</details><script>x</script> & more',
      '&lt;/details&gt;&lt;script&gt;x&lt;/script&gt; &amp; more',
    ],
    [
      'links to github.com go through the redirector (no backlink)',
      'see https://github.com/NixOS/nixpkgs/pull/1',
      `see https://redirect.github.com/NixOS/nixpkgs/pull/1`,
    ],
    ['a hash not followed by a digit stays', 'C# and #nix', 'C# and #nix'],
    ['newlines become spaces', 'a\nb\r\nc', 'a b c'],
  ])('%s', (_why, input, expected) => {
    expect(sanitizeInline(input)).toBe(expected);
  });

  test('long text is cut with an ellipsis at the limit, counting characters not UTF-16 units', () => {
    const s = sanitizeInline('😀'.repeat(300), 10);
    expect([...s]).toHaveLength(10);
    expect(s.endsWith('…')).toBe(true);
  });

  test('a commit title is the first non-empty line', () => {
    expect(sanitizeCommitTitle('\n\nhello: 1.0 -> 1.1 (#5)\n\nCo-authored-by: @x')).toBe(
      `hello: 1.0 -&gt; 1.1 (#${Z}5)`,
    );
  });
});
