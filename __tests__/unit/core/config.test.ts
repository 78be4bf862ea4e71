import { describe, expect, test } from '@jest/globals';
import {
  parseBool,
  parseBuild,
  parseEnum,
  parseIdentity,
  parseList,
  parseMaxAge,
  parseRelativePath,
  parseRepository,
  parseRules,
} from '../../../src/core/config.js';
import { splitArgs } from '../../../src/core/split-args.js';
import { UsageError } from '../../../src/core/errors.js';

describe('config value parsers', () => {
  test.each([
    ['a, b,,c', ['a', 'b', 'c']],
    ['a\nb\n', ['a', 'b']],
    ['  ', []],
    ['nixpkgs home-manager', ['nixpkgs', 'home-manager']],
  ])('parseList(%j)', (input, expected) => {
    expect(parseList(input)).toEqual(expected);
  });

  test('parseEnum names the setting and the accepted values', () => {
    expect(parseEnum('input x', 'b', ['a', 'b'])).toBe('b');
    expect(() => parseEnum("input 'fail-on'", 'loud', ['error', 'never'])).toThrow(
      /invalid value 'loud' for input 'fail-on'/,
    );
    try {
      parseEnum("input 'fail-on'", 'loud', ['error', 'never']);
    } catch (e) {
      expect(e).toBeInstanceOf(UsageError);
      expect((e as UsageError).format()).toBe(
        "invalid value 'loud' for input 'fail-on' (expected one of: error, never)",
      );
    }
  });

  test.each([
    ['true', true],
    ['FALSE', false],
    ['yes', true],
  ])('parseBool(%j)', (v, b) => expect(parseBool('s', v)).toBe(b));
  test('parseBool rejects other words', () => expect(() => parseBool("input 'draft'", 'maybe')).toThrow(/'draft'/));

  test('parseRules', () => {
    expect(parseRules('r', 'duplicates/duplicate-input=error, freshness/stale-input=off')).toEqual({
      'duplicates/duplicate-input': 'error',
      'freshness/stale-input': 'off',
    });
    expect(() => parseRules("input 'rules'", 'x=loud')).toThrow(/expected one of: error, warning, notice, off/);
    expect(() => parseRules("input 'rules'", 'justarule')).toThrow(/rule-id=/);
  });

  test('parseMaxAge: default and per-input overrides', () => {
    expect(parseMaxAge('m', '14,nixpkgs=7')).toEqual({ maxAge: 14, byInput: { nixpkgs: 7 } });
    expect(parseMaxAge('m', '')).toEqual({ maxAge: undefined, byInput: {} });
    // per-input values alone leave the default unset: not given, so .flake-steward.json's or the default applies
    expect(parseMaxAge('m', 'nixpkgs=7')).toEqual({ maxAge: undefined, byInput: { nixpkgs: 7 } });
    expect(() => parseMaxAge("input 'max-age'", 'ten')).toThrow(/whole number/);
  });

  test('parseBuild', () => {
    expect(parseBuild('b', '')).toEqual({ mode: 'auto' });
    expect(parseBuild('b', 'none')).toEqual({ mode: 'none' });
    expect(parseBuild('b', 'packages.x86_64-linux.default checks.x86_64-linux.t')).toEqual({
      mode: 'list',
      attrs: ['packages.x86_64-linux.default', 'checks.x86_64-linux.t'],
    });
    expect(() => parseBuild("input 'build'", 'auto none')).toThrow(/expected auto, none/);
    expect(() => parseBuild("input 'build'", 'a;rm -rf /')).toThrow(/invalid value/);
  });

  test('parseRepository, parseIdentity, parseRelativePath', () => {
    expect(parseRepository('r', 'octo/repo')).toEqual({ owner: 'octo', repo: 'repo' });
    expect(() => parseRepository('GITHUB_REPOSITORY', 'octo')).toThrow(/expected owner\/repo/);
    expect(parseIdentity('a', 'Jane Doe <jane@example.com>')).toEqual({ name: 'Jane Doe', email: 'jane@example.com' });
    expect(() => parseIdentity("input 'author'", 'jane')).toThrow(/Name <email/);
    expect(parseRelativePath('p', 'nix/flake.nix')).toBe('nix');
    expect(parseRelativePath('p', '')).toBe('.');
    expect(() => parseRelativePath("input 'path'", '../elsewhere')).toThrow(/inside the repository/);
    expect(() => parseRelativePath("input 'path'", '/etc')).toThrow(/inside the repository/);
  });
});

describe('splitArgs', () => {
  test.each([
    ['--option max-jobs 4', ['--option', 'max-jobs', '4']],
    [`--option extra-substituters "https://a https://b"`, ['--option', 'extra-substituters', 'https://a https://b']],
    [`'a b' c\\ d ""`, ['a b', 'c d', '']],
    ['$(whoami) `id` ;', ['$(whoami)', '`id`', ';']],
    ['', []],
  ])('splitArgs(%j)', (input, expected) => expect(splitArgs('s', input)).toEqual(expected));
  test('unterminated quote', () => expect(() => splitArgs("input 'nix-options'", '"abc')).toThrow(/unterminated/));
});
