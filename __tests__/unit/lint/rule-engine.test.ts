import { describe, expect, test } from '@jest/globals';
import { UsageError } from '../../../src/core/errors.js';
import { checkRuleIds, fails, isIgnored, runRules } from '../../../src/lint/rule-engine.js';
import type { Rule } from '../../../src/lint/lint-types.js';
import { lockContext } from './helpers.js';

const rule = (
  id: string,
  needs: Rule['needs'],
  findings: { input?: string; line: number; in?: 'nix' | 'lock' }[],
): Rule => ({
  id,
  defaultSeverity: 'warning',
  needs,
  docs: { summary: '', why: '', fix: '', example: '' },
  check: () =>
    findings.map((f) => ({
      in: f.in ?? 'lock',
      line: f.line,
      column: 1,
      endLine: f.line,
      endColumn: 2,
      message: `m${f.line}`,
      ...(f.input ? { input: f.input } : {}),
    })),
});

describe('lint engine', () => {
  const base = lockContext({ root: {} });

  test('applies configured severities, skips off, orders by file, line, severity', () => {
    const rules = [
      rule(
        'a/one',
        [],
        [
          { line: 5, input: 'x' },
          { line: 2, input: 'y' },
        ],
      ),
      rule('b/two', [], [{ line: 2, input: 'z', in: 'nix' }]),
      rule('c/off', [], [{ line: 1 }]),
    ];
    const ctx = {
      ...base,
      options: { ...base.options, rules: { 'a/one': 'error' as const, 'c/off': 'off' as const } },
    };
    const r = runRules(ctx, rules);
    expect(r.findings.map((f) => [f.file, f.line, f.rule, f.severity])).toEqual([
      ['flake.lock', 2, 'a/one', 'error'],
      ['flake.lock', 5, 'a/one', 'error'],
      ['flake.nix', 2, 'b/two', 'warning'],
    ]);
  });

  test('a minor finding is one severity below the rule setting, never below notice', () => {
    const minorRule = (id: string): Rule => ({
      ...rule(id, [], []),
      check: () => [
        { in: 'lock', line: 1, column: 1, endLine: 1, endColumn: 2, message: 'heavy' },
        { in: 'lock', line: 2, column: 1, endLine: 2, endColumn: 2, message: 'light', minor: true },
      ],
    });
    const severities = (setting: 'error' | 'warning' | 'notice' | undefined) => {
      const rules: Record<string, typeof setting & string> = setting ? { 'm/one': setting } : {};
      const ctx = { ...base, options: { ...base.options, rules } };
      return runRules(ctx, [minorRule('m/one')]).findings.map((f) => [f.message, f.severity]);
    };
    expect(severities(undefined)).toEqual([
      ['heavy', 'warning'],
      ['light', 'notice'],
    ]);
    expect(severities('error')).toEqual([
      ['heavy', 'error'],
      ['light', 'warning'],
    ]);
    expect(severities('notice')).toEqual([
      ['heavy', 'notice'],
      ['light', 'notice'],
    ]);
  });

  test('lock-only mode: rules that need flake.nix are skipped with one notice', () => {
    const rules = [
      rule('n/one', ['nix'], [{ line: 1 }]),
      rule('n/two', ['nix'], [{ line: 1 }]),
      rule('l/x', ['lock'], [{ line: 3 }]),
    ];
    const r = runRules(base, rules);
    expect(r.findings.map((f) => f.rule)).toEqual(['l/x']);
    expect(r.notices).toHaveLength(1);
    expect(r.notices[0]).toMatch(/flake\.nix not found.*lock-only mode.*2 rules/);
  });

  test('ignore globs suppress findings by input path, optionally for one rule', () => {
    expect(isIgnored({ rule: 'a/b', input: 'home-manager/nixpkgs' }, ['home-manager/*'])).toBe(true);
    expect(isIgnored({ rule: 'a/b', input: 'home-manager' }, ['home-manager/*'])).toBe(false);
    expect(isIgnored({ rule: 'a/b', input: 'nixpkgs-old' }, ['a/b:nixpkgs-*'])).toBe(true);
    expect(isIgnored({ rule: 'a/c', input: 'nixpkgs-old' }, ['a/b:nixpkgs-*'])).toBe(false);
    expect(isIgnored({ rule: 'a/b' }, ['**'])).toBe(false);
    const ctx = { ...base, options: { ...base.options, ignore: ['x'] } };
    const r = runRules(ctx, [
      rule(
        'a/one',
        [],
        [
          { line: 5, input: 'x' },
          { line: 2, input: 'y' },
        ],
      ),
    ]);
    expect(r.findings.map((f) => f.input)).toEqual(['y']);
  });

  test('a rule that throws becomes a notice, not a crash', () => {
    const bad: Rule = {
      ...rule('x/bad', [], []),
      check: () => {
        throw new Error('boom');
      },
    };
    const r = runRules(base, [bad, rule('a/ok', [], [{ line: 1 }])]);
    expect(r.findings).toHaveLength(1);
    expect(r.notices.join()).toMatch(/x\/bad failed.*boom/);
  });

  test('unknown rule ids in settings are a usage error with suggestions', () => {
    const rules = [rule('duplicates/duplicate-input', [], [])];
    expect(() => checkRuleIds(rules, { 'duplicate-input': 'off' }, "input 'rules'")).toThrow(UsageError);
    expect(() => checkRuleIds(rules, { 'duplicate-input': 'off' }, "input 'rules'")).toThrow(
      /did you mean duplicates\/duplicate-input/,
    );
    expect(() => checkRuleIds(rules, { 'duplicates/duplicate-input': 'off' }, 'x')).not.toThrow();
  });

  test.each([
    ['error', ['warning'], false],
    ['error', ['error'], true],
    ['warning', ['warning'], true],
    ['warning', ['notice'], false],
    ['notice', ['notice'], true],
    ['never', ['error'], false],
  ] as const)('fail-on %s with %j → %s', (failOn, sevs, expected) => {
    expect(
      fails(
        sevs.map((severity) => ({ severity })),
        failOn,
      ),
    ).toBe(expected);
  });
});
