/**
 * The `newer-tags` setting (issue 14, lint half of "Release tags") where lint settings live: the action input and
 * the CLI flag (one parser, the accepted values named), `.flake-steward.json` (which a pull request can change, so
 * it may narrow to `forges` or `off` but never widen to `any`), and the merge: given, then file, then `forges`.
 */
import { describe, expect, test } from '@jest/globals';
import { buildConfig, Setting, type SettingName } from '../../../src/core/build-config.js';
import { UserError } from '../../../src/core/errors.js';
import { effectiveOptions, parseSettingsFile } from '../../../src/lint/settings-file.js';
import type { LintSettings } from '../../../src/core/config.js';

const FILE = '.flake-steward.json';
const base: LintSettings = { rules: {}, maxAgeByInput: {}, ignore: [], allowedOwners: [] };

function refusal(text: string): UserError {
  try {
    parseSettingsFile(text, FILE);
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('accepted');
}

function config(values: Partial<Record<SettingName, string>>) {
  return buildConfig(
    { get: (n) => values[n], label: (n) => `--${n}` },
    { workspace: '/w', cwd: '/w', env: {} },
  );
}

describe('newer-tags', () => {
  test('the input or flag: forges, any or off; unset stays unset (the file, then the default, decide)', () => {
    expect(config({ [Setting.NewerTags]: 'any' }).lint.newerTags).toBe('any');
    expect(config({ [Setting.NewerTags]: ' off ' }).lint.newerTags).toBe('off');
    expect(config({}).lint.newerTags).toBeUndefined();
    expect(() => config({ [Setting.NewerTags]: 'all' })).toThrow(/--newer-tags.*forges, any, off/s);
  });

  test('the file may say forges or off', () => {
    expect(parseSettingsFile('{"newer-tags": "off"}', FILE).newerTags).toBe('off');
    expect(parseSettingsFile('{"newer-tags": "forges"}', FILE).newerTags).toBe('forges');
  });

  test('the file may not say any (a pull request could then choose the hosts lint contacts), nor a non-string', () => {
    const e = refusal('{\n  "newer-tags": "any"\n}');
    expect(e.message).toBe(
      '"newer-tags" in .flake-steward.json cannot be "any": a pull request can change this file, and "any" lets flake.nix choose which hosts lint contacts',
    );
    expect(e.position).toEqual({ line: 2, column: 3 });
    expect(e.hint).toMatch(/newer-tags: any \(or --newer-tags any\)/);
    expect(refusal('{"newer-tags": true}').message).toMatch(/must be a string/);
    expect(refusal('{"newer-tags": "some"}').message).toMatch(/forges, any, off/);
  });

  test('given wins over the file, the file over the default forges', () => {
    const off = parseSettingsFile('{"newer-tags": "off"}', FILE);
    expect(effectiveOptions(base, off).newerTags).toBe('off');
    expect(effectiveOptions({ ...base, newerTags: 'any' }, off).newerTags).toBe('any');
    expect(effectiveOptions(base, undefined).newerTags).toBe('forges');
  });
});
