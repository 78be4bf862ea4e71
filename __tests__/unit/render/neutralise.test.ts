/**
 * The one neutraliser (src/render/neutralise.ts): a table of the cases the issue found, and properties over arbitrary
 * strings. The runner-side facts (what starts a workflow command) come from __tests__/support/runner-commands.ts.
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import {
  LINE_MAX,
  NAME_MAX,
  neutralise,
  neutraliseLines,
  neutraliseText,
  safeJson,
} from '../../../src/render/neutralise.js';
import { runnerCommands } from '../../support/runner-commands.js';

const Z = '\u200b';
const ESC = '\u001b';

/** Everything the neutraliser escapes (lone surrogates are checked apart). */
const ESCAPED = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const LONE_SURROGATE = /[\ud800-\udfff]/u;
/** A line the runner would read as a command (v2 after .NET white space; v1 anywhere). */
const STARTS_COMMAND = /^[\s\u0085]*::/;

const codePoints = (s: string) => [...s].length;

describe('neutralise: the table', () => {
  test.each([
    ['plain names stay', 'home-manager', 'home-manager'],
    ['unicode stays', 'nixpkgs-😀-ünïcode', 'nixpkgs-😀-ünïcode'],
    ['a backslash stays (idempotence)', 'a\\nb', 'a\\nb'],
    [
      "the issue's name: line breaks escaped, so no line starts with ::",
      'x\n::error file=README.md,line=1::INJECTED\n::add-mask::flake',
      'x\\n::error file=README.md,line=1::INJECTED\\n::add-mask::flake',
    ],
    ['window title and clear screen', `t${ESC}]0;pwn\u0007c${ESC}[2J`, 't\\u001b]0;pwn\\u0007c\\u001b[2J'],
    ['NUL, tab, CR, DEL', 'a\u0000b\tc\rd\u007f', 'a\\u0000b\\tc\\rd\\u007f'],
    ['C1: NEL and the 8-bit CSI', 'a\u0085b\u009b2J', 'a\\u0085b\\u009b2J'],
    ['line and paragraph separators', 'a\u2028b\u2029c', 'a\\u2028b\\u2029c'],
    ['bidi overrides and isolates', 'a\u202eb\u2066c\u2069', 'a\\u202eb\\u2066c\\u2069'],
    ['lone surrogates', 'a\ud800b\udc00', 'a\\ud800b\\udc00'],
    ['a command at the start gets a zero-width space', '::add-mask::x', `${Z}::add-mask::x`],
    ['after white space too', ' \u00a0::warning::x', ` \u00a0${Z}::warning::x`],
    ['a tab is escaped, so it is no white space before ::', '\t::x::y', '\\t::x::y'],
    [':: in the middle is no command', 'a::b::c', 'a::b::c'],
    ['the old ##[ form anywhere', 'x ##[add-mask]y', `x #${Z}#[add-mask]y`],
    ['###[ too', '###[x]', `##${Z}#[x]`],
  ])('%s', (_why, input, expected) => {
    expect(neutralise(input)).toBe(expected);
  });

  test('long names are cut at the end with an ellipsis, counting code points', () => {
    const s = neutralise('😀'.repeat(300), { max: 10 });
    expect(codePoints(s)).toBe(10);
    expect(s).toBe(`${'😀'.repeat(9)}…`);
    expect(codePoints(neutralise('a'.repeat(1000)))).toBe(NAME_MAX);
  });

  test('an escape is never cut in half', () => {
    expect(neutralise(`abcd${ESC}`, { max: 8 })).toBe('abcd…');
    expect(neutralise(`abc${ESC}def`, { max: 10 })).toBe('abc\\u001b…');
  });

  test('messages are cut in the middle: what and what to do both stay', () => {
    const m = neutraliseText(`flake.lock has input 'x${'a'.repeat(800_000)}', which flake.nix does not declare`);
    expect(codePoints(m)).toBeLessThanOrEqual(2_000);
    expect(m.startsWith("flake.lock has input 'xaaa")).toBe(true);
    expect(m.endsWith("aaa', which flake.nix does not declare")).toBe(true);
    expect(m).toContain('…');
  });

  test('an 800 KB name costs what a short one does (only the shown part is read)', () => {
    const huge = `${ESC}[2J`.repeat(200_000);
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) neutralise(huge, { max: 200, cut: i % 2 ? 'middle' : 'end' });
    // generous: 100 calls; the point is that it does not scale with the 800 KB
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(codePoints(neutralise(huge, { max: 200, cut: 'middle' }))).toBeLessThanOrEqual(200);
  });

  test('max: Infinity escapes without a cap', () => {
    const s = 'a'.repeat(50_000);
    expect(neutralise(s, { max: Infinity })).toBe(s);
  });
});

describe('neutraliseLines: the last guard of every logger', () => {
  test("keeps the text's own line breaks and tabs, makes each line safe", () => {
    expect(neutraliseLines(`ok\n  ::add-mask::x\r\n\tindented ##[x]\n${ESC}[2Jy`)).toBe(
      `ok\n  ${Z}::add-mask::x\\r\n\tindented #${Z}#[x]\n\\u001b[2Jy`,
    );
  });

  test('a tab before :: does not hide a command (the runner trims it)', () => {
    expect(neutraliseLines('\t::error::x')).toBe(`\t${Z}::error::x`);
  });

  test('keepSgr keeps our colour codes and escapes every other ESC', () => {
    expect(neutraliseLines(`${ESC}[1mflake.nix${ESC}[0m ${ESC}]0;t\u0007`, { keepSgr: true })).toBe(
      `${ESC}[1mflake.nix${ESC}[0m \\u001b]0;t\\u0007`,
    );
    expect(neutraliseLines(`${ESC}[1mx`)).toBe('\\u001b[1mx');
  });

  test('an overlong line is cut in the middle', () => {
    const out = neutraliseLines(`start ${'b'.repeat(LINE_MAX * 3)} end\nnext`);
    const [first, second] = out.split('\n');
    expect(codePoints(first!)).toBe(LINE_MAX);
    expect(first!.startsWith('start b')).toBe(true);
    expect(first!.endsWith('b end')).toBe(true);
    expect(second).toBe('next');
  });
});

describe('safeJson: machine-readable output, same data, nothing raw', () => {
  test('escapes what JSON.stringify leaves raw; the value round-trips', () => {
    const value = { a: `${ESC}\u0000\u007f\u0085\u009b\u2028\u2029\u202e\u2066 ##[add-mask]x`, b: ['\ud800'] };
    const text = safeJson(value, 2);
    expect(text).not.toMatch(ESCAPED_NO_LF);
    expect(text).not.toContain('##[');
    expect(JSON.parse(text)).toEqual(value);
  });
});
const ESCAPED_NO_LF = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

// ---- properties ----

/** Strings that mix what attacks a log with arbitrary Unicode (lone surrogates included). */
const hostile = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom(
        '\n::',
        '::',
        '\r::',
        '\n  ::add-mask::',
        '##[',
        '#',
        '[',
        ':',
        ESC,
        `${ESC}[2J`,
        `${ESC}]0;t\u0007`,
        '\u0000',
        '\u0085',
        '\u009b',
        '\u2028',
        '\u202e',
        '\u2066',
        '\t',
        ' ',
        '\u00a0',
        '\ufeff',
        '\ud800',
        '\udc00',
        '😀',
        '\\',
        '…',
        Z,
      ),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

const runs = { numRuns: 1_000 };

/** Any code point, lone surrogates included (`unit: 'binary'` leaves them out). */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c));

describe('neutralise: properties', () => {
  test('no escaped character, no lone surrogate, no command, at most max characters', () => {
    fc.assert(
      fc.property(
        hostile,
        fc.integer({ min: 1, max: 300 }),
        fc.constantFrom('end', 'middle'),
        (s, max, cut: 'end' | 'middle') => {
          const out = neutralise(s, { max, cut });
          expect(out).not.toMatch(ESCAPED);
          expect(out).not.toMatch(LONE_SURROGATE);
          expect(out).not.toMatch(STARTS_COMMAND);
          expect(out).not.toContain('##[');
          expect(out.includes('\n') || out.includes('\r')).toBe(false);
          expect(codePoints(out)).toBeLessThanOrEqual(max);
          expect(runnerCommands(out)).toEqual([]);
          expect(runnerCommands(`prefix ${out}`)).toEqual([]);
        },
      ),
      runs,
    );
  });

  test('idempotent: a second pass changes nothing (strings pass a reporter, then a logger)', () => {
    fc.assert(
      fc.property(hostile, fc.integer({ min: 1, max: 300 }), fc.boolean(), (s, max, middle) => {
        const opts = { max, cut: middle ? ('middle' as const) : ('end' as const) };
        const once = neutralise(s, opts);
        expect(neutralise(once, opts)).toBe(once);
        expect(neutraliseLines(once)).toBe(once);
      }),
      runs,
    );
  });

  test('unchanged when there is nothing to neutralise', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: NAME_MAX }), (s) => {
        fc.pre(!ESCAPED.test(s) && !s.includes('##[') && !/^\s*::/.test(s));
        expect(neutralise(s)).toBe(s);
      }),
      runs,
    );
  });

  test('full Unicode (every code point, lone surrogates too): the same guarantees', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: anyCodePoint, maxLength: 400 })),
        (s) => {
          const out = neutralise(s);
          expect(out).not.toMatch(ESCAPED);
          expect(out).not.toMatch(LONE_SURROGATE);
          expect(codePoints(out)).toBeLessThanOrEqual(NAME_MAX);
        },
      ),
      runs,
    );
  });
});

describe('neutraliseLines: properties', () => {
  test('every line safe and bounded; the runner finds no command; idempotent', () => {
    fc.assert(
      fc.property(hostile, fc.integer({ min: 1, max: 200 }), fc.boolean(), (s, max, keepSgr) => {
        const out = neutraliseLines(s, { max, keepSgr });
        for (const line of out.split('\n')) {
          expect(line.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(ESCAPED_NO_TAB);
          expect(line).not.toMatch(LONE_SURROGATE);
          expect(line).not.toMatch(STARTS_COMMAND);
          expect(codePoints(line.replace(/\u001b\[[0-9;]*m/g, ''))).toBeLessThanOrEqual(max);
        }
        expect(out.split('\n')).toHaveLength(s.split('\n').length);
        expect(runnerCommands(out)).toEqual([]);
        expect(neutraliseLines(out, { max, keepSgr })).toBe(out);
      }),
      runs,
    );
  });
  test('with no cap, the guard keeps JSON text valid and its data the same (it guards stdout in any format)', () => {
    fc.assert(
      fc.property(fc.dictionary(hostile, fc.array(hostile, { maxLength: 3 }), { maxKeys: 5 }), (value) => {
        fc.pre(!JSON.stringify(value).includes('##['));
        const text = neutraliseLines(JSON.stringify(value, null, 2), { max: Infinity });
        expect(text).not.toMatch(ESCAPED_NO_LF);
        expect(JSON.parse(text)).toEqual(value);
      }),
      runs,
    );
  });
});
const ESCAPED_NO_TAB = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('safeJson: properties', () => {
  test('round-trips any value of strings; nothing raw, no ##[', () => {
    fc.assert(
      fc.property(fc.dictionary(hostile, fc.array(hostile, { maxLength: 3 }), { maxKeys: 5 }), (value) => {
        const text = safeJson(value, 2);
        expect(text).not.toMatch(ESCAPED_NO_LF);
        expect(text).not.toContain('##[');
        expect(runnerCommands(text)).toEqual([]);
        expect(JSON.parse(text)).toEqual(value);
      }),
      runs,
    );
  });
});
