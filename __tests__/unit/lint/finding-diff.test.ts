/**
 * `review` lists lint findings of the head in two groups: new in this pull request, and already present on the base.
 * A finding keeps its identity when an unrelated edit moves it or a day passes; it is new when the rule, the file,
 * the input or the problem (the message without positions, dates and day counts) differs. Multisets, linear time.
 */
import { describe, expect, test } from '@jest/globals';
import { diffFindings, findingIdentity, stableMessage } from '../../../src/lint/finding-diff.js';
import { lintContext } from '../../../src/lint/lint-context.js';
import { runRules } from '../../../src/lint/rule-engine.js';
import { RULES } from '../../../src/lint/rules/index.js';
import type { Finding } from '../../../src/lint/lint-types.js';
import { gh, lockText, NOW, options, type NodeSpec } from './helpers.js';

function finding(over: Partial<Finding> = {}): Finding {
  return {
    rule: 'follows/non-existent-target',
    severity: 'error',
    message: "input 'home-manager/nixpkgs' follows 'nixpkgs-stable', which is not an input of this flake",
    file: 'flake.nix',
    input: 'home-manager/nixpkgs',
    line: 12,
    column: 5,
    endLine: 12,
    endColumn: 40,
    ...over,
  };
}

const f = finding();

describe('diffFindings: one base finding against one head finding', () => {
  test.each<[string, Partial<Finding>, 'present' | 'introduced']>([
    ['the same finding', {}, 'present'],
    ['moved by an unrelated edit (line and column)', { line: 40, column: 9, endLine: 40, endColumn: 44 }, 'present'],
    ['another severity (a setting changed)', { severity: 'warning' }, 'present'],
    ['a different fix suggestion', { fix: { description: 'd', text: 't', edits: [] } }, 'present'],
    ['another rule', { rule: 'follows/self' }, 'introduced'],
    ['another file (same name, other flake)', { file: 'hosts/flake.nix' }, 'introduced'],
    ['the lock instead of flake.nix', { file: 'flake.lock' }, 'introduced'],
    ['another input', { input: 'nix-darwin/nixpkgs' }, 'introduced'],
    ['no input where the base had one', { input: undefined }, 'introduced'],
    ['an input named like nothing (empty path) where the base had none', { input: '' }, 'introduced'],
    ['another problem in the message', { message: `${f.message}, and more` }, 'introduced'],
  ])('%s: %s', (_name, over, expected) => {
    const head = finding(over);
    const d = diffFindings([f], [head]);
    expect(d).toEqual(
      expected === 'present' ? { introduced: [], present: [head] } : { introduced: [head], present: [] },
    );
  });

  test('an input path of undefined and the empty one are different identities', () => {
    const none = finding({ input: undefined });
    expect(diffFindings([none], [finding({ input: '' })]).introduced).toHaveLength(1);
    expect(diffFindings([none], [none]).present).toHaveLength(1);
  });
});

describe('stableMessage: what drifts without the problem changing', () => {
  test.each([
    // ages in days and dates (freshness/stale-input, one day later)
    [
      "input 'nixpkgs' (NixOS/nixpkgs nixos-unstable) is locked to 2026-10-01, 51 days old (max-age 30)",
      "input 'nixpkgs' (NixOS/nixpkgs nixos-unstable) is locked to 2026-10-01, 52 days old (max-age 30)",
    ],
    [
      "input 'hm' is 3 days behind 'x' (2026-10-01 vs 2026-10-04; max-age 30)",
      "input 'hm' is 4 days behind 'x' (2026-10-02 vs 2026-10-06; max-age 30)",
    ],
    ['copy is 1 day older than nixpkgs', 'copy is 12 days older than nixpkgs'],
    // positions in several spellings
    ['unexpected `}` at flake.nix:12:5', 'unexpected `}` at flake.nix:14:1'],
    ['declared at line 3, column 7', 'declared at line 30, column 1'],
    ['timestamps 2026-11-21T12:00:00Z', 'timestamps 2026-11-22T08:30:00+02:00'],
  ])('%s ≡ %s', (a, b) => {
    expect(stableMessage(a)).toBe(stableMessage(b));
  });

  test.each([
    ["input 'nixpkgs' tracks nixos-24.05", "input 'nixpkgs' tracks nixos-24.11"],
    ['max-age 30', 'max-age 7'],
    ["input 'a' is not in the lock", "input 'b' is not in the lock"],
    ['version 5', 'version 6'],
  ])('%s ≢ %s', (a, b) => {
    expect(stableMessage(a)).not.toBe(stableMessage(b));
  });

  test('the fields cannot run into each other (a NUL in a message is not a field separator)', () => {
    const a = finding({ file: 'a', input: 'b\0c' });
    const b = finding({ file: 'a\0b', input: 'c' });
    expect(findingIdentity(a)).not.toBe(findingIdentity(b));
  });
});

describe('diffFindings: multisets and order', () => {
  const a = finding();
  const b = finding({ rule: 'follows/self', input: 'x', message: 'x follows itself' });

  test.each<[string, Finding[], Finding[], number, number]>([
    ['two equal on the head, one on the base: one present, one introduced', [a], [a, a], 1, 1],
    ['one on the head, two on the base: present', [a, a], [a], 0, 1],
    ['nothing on the base: all introduced', [], [a, b, a], 3, 0],
    ['nothing on the head: nothing', [a, b], [], 0, 0],
    ['the base in another order', [b, a], [a, b], 0, 2],
  ])('%s', (_name, base, head, introduced, present) => {
    const d = diffFindings(base, head);
    expect([d.introduced.length, d.present.length]).toEqual([introduced, present]);
    // every head finding lands in exactly one group, in head order
    expect([...d.introduced, ...d.present].length).toBe(head.length);
  });

  test('head order is kept within each group', () => {
    const c = finding({ input: 'c' });
    const d = diffFindings([b], [c, b, a]);
    expect(d.introduced).toEqual([c, a]);
    expect(d.present).toEqual([b]);
  });
});

describe('diffFindings on real rule output', () => {
  const DAY = 86_400;
  const nowSec = Math.floor(NOW.getTime() / 1000);
  const nodes: Record<string, NodeSpec> = {
    root: { inputs: { nixpkgs: 'nixpkgs', 'home-manager': 'home-manager' } },
    nixpkgs: gh('NixOS', 'nixpkgs', { ref: 'nixos-unstable', lastModified: nowSec - 60 * DAY }),
    'home-manager': gh('nix-community', 'home-manager', { inputs: { nixpkgs: 'nixpkgs_2' } }),
    nixpkgs_2: gh('NixOS', 'nixpkgs', { ref: 'nixos-unstable', lastModified: nowSec - 70 * DAY, rev: 'b'.repeat(40) }),
  };
  const nix = (extra = '') => `{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
  inputs.home-manager.url = "github:nix-community/home-manager";${extra}
  outputs = { self, ... }: { };
}
`;
  const lint = (text: string, now: Date, lock: Record<string, NodeSpec> = nodes) =>
    runRules(
      lintContext({ nixPath: 'flake.nix', lockPath: 'flake.lock', nix: text, lock: lockText(lock) }, now, options()),
      RULES,
    ).findings;

  test('a head with lines added above and linted a day later has nothing new', () => {
    const base = lint(nix(), NOW);
    expect(base.map((x) => x.rule)).toEqual(expect.arrayContaining(['duplicates/duplicate-input']));
    expect(base.some((x) => /\d+ days/.test(x.message))).toBe(true);
    const later = new Date(NOW.getTime() + DAY * 1000);
    const head = lint(`# a comment\n# another\n${nix()}`, later);
    // the findings did move and age: the raw messages or lines differ
    expect(head.map((x) => `${x.line} ${x.message}`)).not.toEqual(base.map((x) => `${x.line} ${x.message}`));
    expect(diffFindings(base, head)).toEqual({ introduced: [], present: head });
  });

  test('a head that adds a problem has exactly that finding new', () => {
    const base = lint(nix(), NOW);
    const head = lint(nix('\n  inputs.extra.url = "github:o/extra";'), NOW);
    const d = diffFindings(base, head);
    expect(d.introduced.map((x) => [x.rule, x.input])).toEqual([['sync/missing-from-lock', 'extra']]);
    expect(d.present).toHaveLength(base.length);
  });
});

describe('diffFindings at hostile sizes', () => {
  test('100,000 findings with long messages: linear (hash keys), correct counts', () => {
    const long = `${'x'.repeat(5_000)} 12:5 ${'9'.repeat(50_000)}`;
    const base: Finding[] = [];
    const head: Finding[] = [];
    for (let i = 0; i < 50_000; i++) {
      base.push(finding({ input: `i${i}`, line: i }));
      head.push(finding({ input: `i${i}`, line: i + 3 }));
      head.push(finding({ input: `j${i}` }));
    }
    base.push(finding({ message: long }));
    head.push(finding({ message: long, line: 99 }));
    const t = Date.now();
    const d = diffFindings(base, head);
    expect(d.present).toHaveLength(50_001);
    expect(d.introduced).toHaveLength(50_000);
    // generous: a quadratic diff would take minutes; this takes well under a second
    expect(Date.now() - t).toBeLessThan(20_000);
  });

  test('a message of one long run of digits is read once (no backtracking blow-up)', () => {
    const digits = '1'.repeat(2_000_000);
    const t = Date.now();
    expect(stableMessage(`${digits}x`)).toBe(`${digits}x`);
    expect(Date.now() - t).toBeLessThan(20_000);
  });
});
