/**
 * Setting names are checked against own properties only: a rule id or input name such as `__proto__`,
 * `constructor` or `toString` is refused (or, for a valid input name, kept as one), never dropped silently by an
 * assignment to a prototype or matched by an inherited property. Action inputs and CLI flags (src/core/config.ts)
 * and `.flake-steward.json` (src/lint/settings-file.ts) alike.
 */
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULTS, parseMaxAge, parseRules } from '../../../src/core/config.js';
import { UserError } from '../../../src/core/errors.js';
import { checkRuleIds } from '../../../src/lint/rule-engine.js';
import { RULES } from '../../../src/lint/rules/index.js';
import { lint } from '../../../src/app/lint.js';
import { effectiveOptions, parseSettingsFile } from '../../../src/lint/settings-file.js';
import { lockText, options } from '../lint/helpers.js';

/** The one line a user sees for what `f` throws (fails the test when it throws nothing). */
function refusal(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof UserError) return e.format();
    throw e;
  }
  throw new Error('accepted');
}

describe('rules: every name reaches the rule-id check', () => {
  test.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', '__defineGetter__'])(
    "input 'rules': %s=error is refused as an unknown rule",
    (id) => {
      const line = refusal(() => checkRuleIds(RULES, parseRules("input 'rules'", `${id}=error`), "input 'rules'"));
      expect(line).toContain(`unknown rule '${id}' in input 'rules'`);
      expect(line).not.toContain('\n');
    },
  );

  test('the other rules of the same input still count', () => {
    expect(parseRules('--rules', 'lock/invalid=off,freshness/stale-input=error')).toEqual({
      'lock/invalid': 'off',
      'freshness/stale-input': 'error',
    });
  });

  test.each(['__proto__', 'constructor', 'toString'])('.flake-steward.json rules {"%s": "error"} is refused', (id) => {
    const file = parseSettingsFile(JSON.stringify({ rules: { [id]: 'error' } }), 'f/.flake-steward.json');
    expect(Object.keys(file.rules!)).toEqual([id]);
    expect(refusal(() => checkRuleIds(RULES, file.rules!, '"rules" in f/.flake-steward.json'))).toContain(
      `unknown rule '${id}' in "rules" in f/.flake-steward.json`,
    );
  });

  test('a lint run refuses `"rules": {"__proto__": "error"}` in .flake-steward.json', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fs-names-'));
    writeFileSync(path.join(dir, 'flake.lock'), lockText({ root: {} }));
    // written by hand: JSON.stringify({ __proto__: … }) would set the prototype and write `{}`
    writeFileSync(path.join(dir, '.flake-steward.json'), '{"rules": {"__proto__": "error"}}');
    const req = {
      workspace: dir,
      paths: ['.'],
      settings: options(),
      given: new Set<never>(),
      rulesSetting: '--rules',
      clock: { now: () => new Date('2026-01-01T00:00:00Z') },
    };
    await expect(lint(req)).rejects.toThrow(`unknown rule '__proto__' in "rules" in .flake-steward.json`);
  });
});

describe('max-age: per-input names are input names or globs', () => {
  test.each(['__proto__', '_x', '', '1abc', 'a%b', 'a/__proto__', 'nix.pkgs', 'a//b'])(
    "input 'max-age': 30,%s=5 is refused naming the input and the accepted form",
    (name) => {
      const line = refusal(() => parseMaxAge("input 'max-age'", `30,${name}=5`));
      expect(line).toBe(
        `invalid input name '${name}' in input 'max-age' (expected DAYS or INPUT=DAYS, where INPUT is an input name or glob such as nixpkgs, home-manager/nixpkgs or nixpkgs-*: a letter first, then letters, digits, - or _)`,
      );
    },
  );

  test.each<[string, Record<string, number>]>([
    ['30,nixpkgs=7', { nixpkgs: 7 }],
    [
      '30,home-manager/nixpkgs=7,nixpkgs-*=3,**/flake_utils=1,h?st=2',
      {
        'home-manager/nixpkgs': 7,
        'nixpkgs-*': 3,
        '**/flake_utils': 1,
        'h?st': 2,
      },
    ],
    // valid flake ids that are also Object.prototype names: inputs like any other, as own properties
    ['30,constructor=5,toString=6', { constructor: 5, toString: 6 }],
  ])('%s is accepted', (value, byInput) => {
    const m = parseMaxAge('--max-age', value);
    expect(m).toEqual({ maxAge: 30, byInput });
    for (const k of Object.keys(byInput)) expect(Object.hasOwn(m.byInput, k)).toBe(true);
  });

  test('.flake-steward.json "max-age": "30,__proto__=5" is refused at the key', () => {
    expect(refusal(() => parseSettingsFile('{\n  "max-age": "30,__proto__=5"\n}', 'f/.flake-steward.json'))).toBe(
      `f/.flake-steward.json:2:3: error: invalid input name '__proto__' in "max-age" in .flake-steward.json (expected DAYS or INPUT=DAYS, where INPUT is an input name or glob such as nixpkgs, home-manager/nixpkgs or nixpkgs-*: a letter first, then letters, digits, - or _)`,
    );
  });

  test("a file's per-input max age named like an Object.prototype property is kept when the input does not set it", () => {
    const file = parseSettingsFile('{"max-age": "30,constructor=5,toString=6"}', 'f/.flake-steward.json');
    const effective = effectiveOptions(options({ maxAgeByInput: { nixpkgs: 7 } }), file);
    expect(effective.maxAgeByInput).toEqual({ nixpkgs: 7, constructor: 5, toString: 6 });
  });
});

describe('.flake-steward.json keys', () => {
  test.each(['__proto__', 'constructor', 'toString'])(
    'a top-level key "%s" is refused as an unknown setting',
    (key) => {
      expect(refusal(() => parseSettingsFile(`{"${key}": {"fail-on": "never"}}`, 'f/.flake-steward.json'))).toMatch(
        new RegExp(`^f/\\.flake-steward\\.json:1:2: error: unknown setting "${key}" in \\.flake-steward\\.json`),
      );
    },
  );

  test('"supported-until" keys are input names or globs: "__proto__" is refused', () => {
    expect(
      refusal(() => parseSettingsFile('{"supported-until": {"__proto__": "2027-03-31"}}', 'f/.flake-steward.json')),
    ).toBe(
      `f/.flake-steward.json:1:2: error: invalid input name '__proto__' in "supported-until" in .flake-steward.json (expected an input name or glob such as nixpkgs, home-manager/nixpkgs or nixpkgs-*: a letter first, then letters, digits, - or _)`,
    );
  });

  test('"supported-until" keeps a valid input named like an Object.prototype property', () => {
    expect(parseSettingsFile('{"supported-until": {"constructor": "2027-03-31"}}', 'f').supportedUntil).toEqual({
      constructor: '2027-03-31',
    });
  });
});

test('defaults are unchanged', () => {
  expect(parseMaxAge('--max-age', String(DEFAULTS.maxAge))).toEqual({ maxAge: 30, byInput: {} });
});
