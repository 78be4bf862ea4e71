/** The one did-you-mean (src/core/did-you-mean.ts): typo distance, ties, case, and bounded work on hostile names. */
import { describe, expect, test } from '@jest/globals';
import { BUDGET, MAX_NAME, Suggester, didYouMean, editDistance } from '../../../src/core/did-you-mean.js';

describe('editDistance (optimal string alignment)', () => {
  test.each([
    ['url', 'url', 0],
    ['ulr', 'url', 1], // a swap of neighbours is one edit
    ['ouputs', 'outputs', 1],
    ['home-manger', 'home-manager', 1],
    ['nixpgks', 'nixpkgs', 1],
    ['flake', 'follows', 5],
    ['', 'abc', 3],
  ])('%s → %s: %i', (a, b, d) => {
    expect(editDistance(a, b, 10)).toBe(d);
  });

  test('stops at max + 1 once the distance is known to be larger', () => {
    expect(editDistance('description', 'inputs', 2)).toBe(3);
    expect(editDistance('a'.repeat(50), 'b'.repeat(50), 2)).toBe(3);
  });
});

describe('didYouMean', () => {
  const flakeAttrs = ['description', 'inputs', 'outputs', 'nixConfig'];
  test.each([
    ['ouputs', flakeAttrs, 'outputs'],
    ['outptus', flakeAttrs, 'outputs'],
    ['descripton', flakeAttrs, 'description'],
    ['nixconfig', flakeAttrs, 'nixConfig'], // case does not count
    ['edition', flakeAttrs, undefined],
    ['ulr', ['url', 'flake', 'follows', 'inputs', 'type'], 'url'],
    ['folows', ['url', 'flake', 'follows', 'inputs', 'type'], 'follows'],
    ['home-manger', ['nixpkgs', 'home-manager'], 'home-manager'],
    ['nixpkgs', ['nixpkgs', 'nixpkgs-stable'], undefined], // known: nothing to suggest
    ['nixpkgs-stable', ['nixpkgs'], undefined],
    ['ab', ['ac'], undefined], // two characters: no typo distance
    ['sop', ['sops', 'top'], 'sops'], // a tie goes to the first given
  ])('%s among %j → %s', (name, candidates, expected) => {
    expect(didYouMean(name, candidates)).toBe(expected);
  });

  test('the nearest wins over the first', () => {
    expect(didYouMean('outptus', ['outputz', 'outputs'])).toBe('outputs');
  });
});

describe('bounded work on hostile names', () => {
  test(`a name longer than ${MAX_NAME} characters gets no suggestion, and long candidates are never compared`, () => {
    const long = 'x'.repeat(1_000_000);
    const s = new Suggester([long, `${long}y`, 'url']);
    expect(s.suggest(`${long}z`)).toBeUndefined();
    expect(s.suggest('ulr')).toBe('url');
    expect(s.spent).toBe(9);
  });

  test('thousands of names against thousands of candidates stop at the budget', () => {
    const candidates = Array.from({ length: 2_000 }, (_, i) => `input-${String(i).padStart(6, '0')}`);
    const s = new Suggester(candidates);
    let answered = 0;
    for (let i = 0; i < 20_000; i++) if (s.suggest(`inptu-${String(i).padStart(6, '0')}`) !== undefined) answered++;
    expect(s.spent).toBeLessThanOrEqual(BUDGET);
    expect(answered).toBeGreaterThan(0);
    expect(answered).toBeLessThan(20_000); // the budget ran out: the rest get no suggestion
    expect(s.suggest('inptu-000001')).toBeUndefined();
  });
});
