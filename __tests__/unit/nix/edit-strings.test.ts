/**
 * readAttrPath (src/nix/edit.ts, used to place fixes next to a binding) reads quoted names with Nix's escapes.
 * It used JSON's: `"\u0041"` read as `A` where Nix reads `u0041`, and a raw control character in a name (which Nix
 * accepts) threw a SyntaxError, so a fork's input named `"x<ESC>y"` made the duplicate-input rule fail (found by
 * `npm run fuzz`: "rule duplicates/duplicate-input failed on flake.nix: Bad control character in string literal").
 * Values below are Nix 2.8's (`nix-instantiate --eval`).
 */
import { describe, expect, test } from '@jest/globals';
import { readAttrPath } from '../../../src/nix/edit.js';

describe('readAttrPath reads quoted names as Nix does', () => {
  test.each([
    ['"a\\u0041\\$\\q"', 'au0041$q'],
    ['"x\u001by"', 'x\u001by'],
    ['"tab\\there"', 'tab\there'],
    ['"back\\\\slash"', 'back\\slash'],
    ['"quote\\"d"', 'quote"d'],
    ['"line\nbreak"', 'line\nbreak'],
    ['"esc\\\nnewline"', 'esc\nnewline'],
  ])('inputs.%s.url', (quoted, name) => {
    const text = `inputs.${quoted}.url = "github:o/r";`;
    const r = readAttrPath(text, 0);
    expect(r.segments).toEqual(['inputs', name, 'url']);
    expect(text[r.eq]).toBe('=');
  });
});
