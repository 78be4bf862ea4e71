import { describe, expect, test } from '@jest/globals';
import { UserError } from '../../../src/core/errors.js';
import { effectiveOptions, parseSettingsFile } from '../../../src/lint/settings-file.js';
import type { LintSettings } from '../../../src/core/config.js';

const FILE = 'sub/.flake-steward.json';

function error(text: string): UserError {
  try {
    parseSettingsFile(text, FILE);
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('.flake-steward.json', () => {
  test('reads every setting, in both forms', () => {
    expect(
      parseSettingsFile(
        JSON.stringify({
          $schema: 'x',
          'fail-on': 'warning',
          rules: { 'freshness/stale-input': 'off' },
          'max-age': '14,nixpkgs=3',
          ignore: ['home-manager/*'],
          'allowed-nixpkgs-owners': 'my-org, other',
          'supported-until': { 'nixpkgs-old': '2027-03-31' },
        }),
        FILE,
      ),
    ).toEqual({
      failOn: 'warning',
      rules: { 'freshness/stale-input': 'off' },
      maxAge: 14,
      maxAgeByInput: { nixpkgs: 3 },
      ignore: ['home-manager/*'],
      allowedOwners: ['my-org', 'other'],
      supportedUntil: { 'nixpkgs-old': '2027-03-31' },
    });
    expect(parseSettingsFile('{"rules": "a/b=error,c/d=off", "max-age": 7}', FILE)).toMatchObject({
      rules: { 'a/b': 'error', 'c/d': 'off' },
      maxAge: 7,
    });
  });

  test('errors name the file, the position of the key and the form expected', () => {
    const bad = error('{\n  "fail-on": "loud"\n}');
    expect(bad.file).toBe(FILE);
    expect(bad.position).toEqual({ line: 2, column: 3 });
    expect(bad.format()).toMatch(/fail-on.*expected one of: error, warning, notice, never/);
    expect(error('{\n  "rulez": {}\n}').format()).toMatch(
      /sub\/.flake-steward.json:2:3: error: unknown setting "rulez"/,
    );
    expect(error('{"rules": {"a/b": "loud"}}').format()).toMatch(/error, warning, notice, off/);
    expect(error('{"supported-until": {"x": "soon"}}').format()).toMatch(/not a date.*YYYY-MM-DD/);
    expect(error('{"ignore": [1]}').format()).toMatch(/list of strings/);
    expect(error('[]').format()).toMatch(/JSON object/);
    const json = error('{\n  "fail-on": "error",\n}');
    expect(json.message).toMatch(/not valid JSON/);
    expect(json.position?.line).toBeGreaterThanOrEqual(2);
  });

  test('given settings win; lists and maps merge', () => {
    const file = parseSettingsFile(
      JSON.stringify({
        'fail-on': 'warning',
        'max-age': '10,a=1',
        rules: { 'x/y': 'off', 'x/z': 'error' },
        ignore: ['f'],
      }),
      FILE,
    );
    // as a face gives them: fail-on and max-age not written
    const base: LintSettings = {
      rules: { 'x/y': 'notice' },
      maxAgeByInput: { a: 5 },
      ignore: ['g'],
      allowedOwners: [],
    };
    const notGiven = effectiveOptions(base, file);
    expect(notGiven.failOn).toBe('warning');
    expect(notGiven.maxAge).toBe(10);
    expect(notGiven.rules).toEqual({ 'x/y': 'notice', 'x/z': 'error' });
    expect(notGiven.maxAgeByInput).toEqual({ a: 5 });
    expect(notGiven.ignore).toEqual(['f', 'g']);
    // written as an input or flag, even with the default's value: it wins over the file
    const given = effectiveOptions({ ...base, failOn: 'error', maxAge: 30 }, file);
    expect(given.failOn).toBe('error');
    expect(given.maxAge).toBe(30);
    // written nowhere: the defaults
    expect(effectiveOptions(base, undefined)).toMatchObject({ failOn: 'error', maxAge: 30, supportedUntil: {} });
  });
});
