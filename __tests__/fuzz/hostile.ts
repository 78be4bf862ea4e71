/**
 * Hostile strings a fork can put in flake.nix or flake.lock: workflow commands after a newline, terminal escape
 * sequences, every kind of control character, Unicode that reorders or hides text, and names long enough to matter.
 */
import fc from 'fast-check';

/** Lines a runner would execute if printed raw at the start of a line. */
export const INJECTIONS: readonly string[] = [
  'x\n::error file=README.md,line=1::INJECTED\n::add-mask::flake',
  '\n::warning::injected',
  '\r::notice::injected',
  '\r\n::set-output name=findings::0',
  '::stop-commands::token',
  '%0A::error::encoded',
  '\n##[error]legacy',
];

/** Terminal control: window title, clear screen, cursor moves, hyperlinks, bell. */
export const ESCAPES: readonly string[] = [
  '\u001b]0;pwned\u0007',
  '\u001b[2J',
  '\u001b[1A\u001b[2K',
  '\u001b[31mred\u001b[0m',
  '\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\',
  '\u009b2J',
  '\u0007\u0008\u0008',
];

/** Characters with no business in a name: C0, DEL, C1, line and paragraph separators, bidi controls, BOM. */
export const ODD_CHARS: readonly string[] = [
  '\u0000',
  '\u0001',
  '\t',
  '\n',
  '\u000b',
  '\u000c',
  '\r',
  '\u001b',
  '\u001f',
  '\u007f',
  '\u0080',
  '\u0085',
  '\u009f',
  '\u2028',
  '\u2029',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\ud800',
];

/** A control character: C0 (any), DEL or C1. */
export const controlChar = fc
  .oneof(fc.integer({ min: 0, max: 0x1f }), fc.constant(0x7f), fc.integer({ min: 0x80, max: 0x9f }))
  .map((c) => String.fromCharCode(c));

/**
 * Any UTF-16 text, lone surrogates included, mostly ASCII. (fast-check's `unit: 'binary'` builds a map of every
 * code point on first use, most of a second per process: too slow for workers started often.)
 */
export function anyText(minLength: number, maxLength: number): fc.Arbitrary<string> {
  const unit = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 0x7f }) },
    { weight: 2, arbitrary: fc.integer({ min: 0x80, max: 0xffff }) },
    { weight: 1, arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }) },
  );
  return fc.array(unit, { minLength, maxLength }).map((cs) => cs.map((c) => String.fromCodePoint(c)).join(''));
}

/** A name as a fork might write it: plain, hostile, or huge. */
export const hostileName: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('nixpkgs', 'hm', 'a', 'nixpkgs_2', 'root', 'self', '', '__proto__') },
  { weight: 3, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 2, arbitrary: fc.constantFrom(...ESCAPES) },
  {
    weight: 3,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...ODD_CHARS), controlChar, fc.string({ maxLength: 4 })), { maxLength: 6 })
      .map((xs) => xs.join('')),
  },
  { weight: 1, arbitrary: fc.constantFrom('constructor', 'toString', 'hasOwnProperty', 'prototype', 'valueOf') },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 100_000 }).map((n) => 'n'.repeat(n)) },
  { weight: 1, arbitrary: anyText(0, 12) },
);

/** `s` as the body of a Nix double-quoted string (what is between the quotes). */
export function nixStringBody(s: string): string {
  return s.replace(/[\\"$]/g, (c) => (c === '$' ? '\\$' : `\\${c}`));
}
