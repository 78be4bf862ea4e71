/**
 * Every rule's findings over every real lock of ../shared/corpus (lock-only, default settings, a fixed day), by
 * severity: the snapshot of issue 13, checked by hand. Before issue 13 (main at a43e1c4, the same day and settings):
 * 552 findings, of which freshness/stale-input 395, duplicates/duplicate-input 129 (all warnings),
 * freshness/unsupported-branch 15, hygiene/indirect-input 6, lock/invalid 3, policy/nixpkgs-owner 3,
 * lock/old-version 1.
 */
import { expect, test } from '@jest/globals';
import { lintContext } from '../../../src/lint/lint-context.js';
import { runRules } from '../../../src/lint/rule-engine.js';
import { RULES } from '../../../src/lint/rules/index.js';
import { corpusLocks, describeCorpus } from '../flake/corpus-helper.js';
import { options } from './helpers.js';

const DAY = new Date('2026-12-02T12:00:00Z');

describeCorpus('rule counts on the corpus (lock-only, default settings, 2026-12-02)', () => {
  const counts: Record<string, string> = {};
  const tally = new Map<string, Map<string, number>>();
  let locks = 0;
  for (const { text } of corpusLocks()) {
    locks++;
    const ctx = lintContext({ nixPath: 'flake.nix', lockPath: 'flake.lock', nix: undefined, lock: text }, DAY, options());
    for (const f of runRules(ctx, RULES).findings) {
      const bySeverity = tally.get(f.rule) ?? new Map<string, number>();
      bySeverity.set(f.severity, (bySeverity.get(f.severity) ?? 0) + 1);
      tally.set(f.rule, bySeverity);
    }
  }
  for (const rule of [...tally.keys()].sort()) {
    const s = tally.get(rule)!;
    counts[rule] = ['error', 'warning', 'notice']
      .filter((k) => s.has(k))
      .map((k) => `${s.get(k)} ${k}`)
      .join(', ');
  }

  test('findings per rule and severity, checked by hand', () => {
    expect(locks).toBe(47);
    expect(counts).toEqual({
      // 129 copies of a root input's source on its branch, 20 more on another branch (home-manager's, stylix's,
      // sops-nix's nixpkgs); 70 of the 149 are copies of helper flakes (flake-utils, systems, flake-compat, ...)
      'duplicates/duplicate-input': '79 warning, 70 notice',
      // stylix release-24.05 with nixos-unstable; home-manager master with nixos-26.05; two nix-darwin swapped
      'freshness/release-mismatch': '4 warning',
      // 47 nixpkgs inputs older than 30 days, 2 inputs behind a newer copy of their branch (was 395: every input)
      'freshness/stale-input': '49 warning',
      // 15 nixpkgs release branches out of support, and stylix, home-manager, nix-darwin release branches
      'freshness/unsupported-branch': '18 warning',
      'hygiene/indirect-input': '6 warning',
      'lock/invalid': '3 error',
      'lock/old-version': '1 warning',
      'policy/nixpkgs-owner': '3 warning',
    });
  });
});
