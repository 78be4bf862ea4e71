/**
 * Freshness on every real lock of ../shared/corpus (lock-only, default settings, a fixed day): stale-input is at
 * most a third of all findings (issue 13: it was 395 of 552), and the freshness counts, checked by hand, stay put.
 */
import { expect, test } from '@jest/globals';
import { lintContext } from '../../../src/lint/lint-context.js';
import { runRules } from '../../../src/lint/rule-engine.js';
import { RULES } from '../../../src/lint/rules/index.js';
import { corpusLocks, describeCorpus } from '../flake/corpus-helper.js';
import { options } from './helpers.js';

const DAY = new Date('2026-12-02T12:00:00Z');

describeCorpus('freshness on the corpus (lock-only, default settings, 2026-12-02)', () => {
  const byRule = new Map<string, number>();
  const stale: string[] = [];
  let total = 0;
  for (const { folder, text } of corpusLocks()) {
    const ctx = lintContext(
      { nixPath: 'flake.nix', lockPath: 'flake.lock', nix: undefined, lock: text },
      DAY,
      options(),
    );
    for (const f of runRules(ctx, RULES).findings) {
      total++;
      byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
      if (f.rule === 'freshness/stale-input') stale.push(`${folder} ${f.input}`);
    }
  }

  test('stale inputs are at most a third of all findings', () => {
    expect(total).toBeGreaterThan(0);
    expect(stale.length * 3).toBeLessThanOrEqual(total);
  });

  test('freshness counts, checked by hand', () => {
    expect({
      'freshness/stale-input': byRule.get('freshness/stale-input') ?? 0,
      'freshness/unsupported-branch': byRule.get('freshness/unsupported-branch') ?? 0,
      'freshness/release-mismatch': byRule.get('freshness/release-mismatch') ?? 0,
      'freshness/unpublished-branch': byRule.get('freshness/unpublished-branch') ?? 0,
    }).toEqual({
      // 47 nixpkgs inputs older than 30 days, 2 inputs behind a newer copy of their branch in the same lock
      'freshness/stale-input': 49,
      // 15 nixpkgs release branches, and stylix release-24.05, home-manager release-24.11, nix-darwin-24.11
      'freshness/unsupported-branch': 18,
      // stylix release-24.05 with nixos-unstable; home-manager master with nixos-26.05; two nix-darwin swapped
      'freshness/release-mismatch': 4,
      'freshness/unpublished-branch': 0,
    });
    // the two judged against a newer copy: certain, whatever the repository
    expect(stale).toEqual(expect.arrayContaining(['input-output-hk__haskell.nix hackage-internal']));
    expect(stale.some((s) => /nix-systems|flake-utils|gnome-shell/.test(s))).toBe(false);
  });
});
