/**
 * `.flake-steward.json` beside flake.nix: the same lint settings as the action inputs and CLI flags (same names),
 * plus `supported-until`. Settings given to the action or on the command line win over the file; lists (ignore,
 * allowed owners) and per-key maps (rules, per-input max-age) are merged, the given entries winning. `newer-tags` in
 * the file may only be `forges` or `off`: a pull request can change the file. The file is read by
 * src/workspace/read-flake.ts.
 */
import {
  DEFAULTS,
  FAIL_ON,
  NEWER_TAGS,
  parseEnum,
  parseInputGlob,
  parseList,
  parseMaxAge,
  parseRules,
  RULE_SETTINGS,
  type FailOn,
  type LintSettings,
  type NewerTags,
  type RuleSetting,
} from '../core/config.js';
import { UserError } from '../core/errors.js';
import { locAt } from '../nix/edit.js';
import type { LintOptions } from './lint-types.js';

export const SETTINGS_FILE = '.flake-steward.json';

export interface FileSettings {
  readonly failOn?: FailOn;
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  readonly maxAge?: number;
  readonly maxAgeByInput?: Readonly<Record<string, number>>;
  readonly ignore?: readonly string[];
  readonly allowedOwners?: readonly string[];
  readonly supportedUntil?: Readonly<Record<string, string>>;
  /** `forges` or `off`: never `any`, which only a workflow input or a flag may give (see parseSettingsFile). */
  readonly newerTags?: NewerTags;
}

const KEYS = [
  '$schema',
  'fail-on',
  'rules',
  'max-age',
  'ignore',
  'allowed-nixpkgs-owners',
  'supported-until',
  'newer-tags',
];

function keyPosition(text: string, key: string): { line: number; column: number } | undefined {
  const i = text.indexOf(JSON.stringify(key));
  if (i < 0) return undefined;
  const l = locAt(text, i);
  return { line: l.line, column: l.column };
}

function jsonErrorPosition(text: string, e: Error): { line: number; column: number } {
  const lc = /line (\d+) column (\d+)/.exec(e.message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(e.message);
  if (pos) {
    const l = locAt(text, Math.min(Number(pos[1]), text.length));
    return { line: l.line, column: l.column };
  }
  return { line: 1, column: 1 };
}

function strings(value: unknown): string[] | undefined {
  if (typeof value === 'string') return parseList(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.flatMap((v) => parseList(v));
  return undefined;
}

/** Parses the file's text; every problem is a UserError naming the file, the key's position and the form expected. */
export function parseSettingsFile(text: string, file: string): FileSettings {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UserError(
      `${SETTINGS_FILE} is not valid JSON: ${(e as Error).message}`,
      file,
      jsonErrorPosition(text, e as Error),
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UserError(`${SETTINGS_FILE} must hold a JSON object`, file, { line: 1, column: 1 });
  }
  const obj = data as Record<string, unknown>;
  const fail = (key: string, message: string, hint?: string): never => {
    throw new UserError(message, file, keyPosition(text, key) ?? { line: 1, column: 1 }, hint);
  };
  const wrap = <T>(key: string, f: () => T): T => {
    try {
      return f();
    } catch (e) {
      if (e instanceof UserError) return fail(key, e.message, e.hint);
      throw e;
    }
  };
  const out: {
    -readonly [K in keyof FileSettings]: FileSettings[K];
  } = {};
  for (const key of Object.keys(obj)) {
    if (!KEYS.includes(key))
      fail(key, `unknown setting "${key}" in ${SETTINGS_FILE}`, `settings are: ${KEYS.slice(1).join(', ')}`);
  }
  const setting = (key: string) => `"${key}" in ${SETTINGS_FILE}`;
  const v = (key: string) => obj[key];
  if (v('fail-on') !== undefined) {
    const raw = v('fail-on');
    if (typeof raw !== 'string')
      fail('fail-on', `${setting('fail-on')} must be a string`, `one of ${FAIL_ON.join(', ')}`);
    out.failOn = wrap('fail-on', () => parseEnum(setting('fail-on'), raw as string, FAIL_ON));
  }
  if (v('rules') !== undefined) {
    const raw = v('rules');
    if (typeof raw === 'string') out.rules = wrap('rules', () => parseRules(setting('rules'), raw));
    else if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
      // from entries: a key such as "__proto__" stays a key (and the rule-id check refuses it)
      const rules: [string, RuleSetting][] = [];
      for (const [id, sev] of Object.entries(raw as Record<string, unknown>)) {
        if (typeof sev !== 'string') fail('rules', `${setting('rules')}: the value for ${id} must be a string`);
        rules.push([id, wrap('rules', () => parseEnum(`${setting('rules')} (${id})`, sev as string, RULE_SETTINGS))]);
      }
      out.rules = Object.fromEntries(rules);
    } else fail('rules', `${setting('rules')} must be an object such as {"freshness/stale-input": "off"}`);
  }
  if (v('max-age') !== undefined) {
    const raw = v('max-age');
    if (typeof raw !== 'number' && typeof raw !== 'string')
      fail('max-age', `${setting('max-age')} must be a number of days or a string such as "30,nixpkgs=7"`);
    const m = wrap('max-age', () => parseMaxAge(setting('max-age'), String(raw)));
    if (m.maxAge !== undefined) out.maxAge = m.maxAge;
    out.maxAgeByInput = m.byInput;
  }
  for (const [key, field] of [
    ['ignore', 'ignore'],
    ['allowed-nixpkgs-owners', 'allowedOwners'],
  ] as const) {
    if (v(key) === undefined) continue;
    const list = strings(v(key));
    if (!list) fail(key, `${setting(key)} must be a list of strings`);
    out[field] = list;
  }
  if (v('supported-until') !== undefined) {
    const raw = v('supported-until');
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      fail(
        'supported-until',
        `${setting('supported-until')} must be an object such as {"nixpkgs-legacy": "2027-03-31"}`,
      );
    const map: [string, string][] = [];
    for (const [glob, day] of Object.entries(raw as Record<string, unknown>)) {
      wrap('supported-until', () => parseInputGlob(setting('supported-until'), glob));
      if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`)))
        fail(
          'supported-until',
          `${setting('supported-until')}: '${String(day)}' for ${glob} is not a date`,
          'expected YYYY-MM-DD',
        );
      map.push([glob, day as string]);
    }
    out.supportedUntil = Object.fromEntries(map);
  }
  if (v('newer-tags') !== undefined) {
    const raw = v('newer-tags');
    if (typeof raw !== 'string')
      fail('newer-tags', `${setting('newer-tags')} must be a string`, `one of ${NEWER_TAGS.join(', ')}`);
    const value = wrap('newer-tags', () => parseEnum(setting('newer-tags'), raw as string, NEWER_TAGS));
    // The file is the pull request's to change: a fork could point lint at any host (an internal one) with `any`.
    if (value === 'any')
      fail(
        'newer-tags',
        `${setting('newer-tags')} cannot be "any": a pull request can change this file, and "any" lets flake.nix choose which hosts lint contacts`,
        'set the action input newer-tags: any (or --newer-tags any) in a workflow that does not run on forks\' pull requests; the file may say "forges" or "off"',
      );
    out.newerTags = value;
  }
  return out;
}

/**
 * The settings a flake is linted with: what the user gave (an action input or CLI flag, undefined when not written:
 * src/core/build-config.ts), else the file's, else the default — the one place lint's defaults are applied.
 */
export function effectiveOptions(settings: LintSettings, file: FileSettings | undefined): LintOptions {
  const f = file ?? {};
  return {
    ...settings,
    failOn: settings.failOn ?? f.failOn ?? DEFAULTS.failOn,
    rules: { ...f.rules, ...settings.rules },
    maxAge: settings.maxAge ?? f.maxAge ?? DEFAULTS.maxAge,
    // given globs first: the first glob that matches an input decides its max age
    maxAgeByInput: Object.fromEntries([
      ...Object.entries(settings.maxAgeByInput),
      ...Object.entries(f.maxAgeByInput ?? {}).filter(([k]) => !Object.hasOwn(settings.maxAgeByInput, k)),
    ]),
    ignore: [...(f.ignore ?? []), ...settings.ignore],
    allowedOwners: [...(f.allowedOwners ?? []), ...settings.allowedOwners],
    supportedUntil: { ...f.supportedUntil },
    newerTags: settings.newerTags ?? f.newerTags ?? DEFAULTS.newerTags,
  };
}
