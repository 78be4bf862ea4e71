/**
 * Version order exactly as Nix's `builtins.compareVersions` (NixOS/nix `src/libstore/names.cc`: `nextComponent`,
 * `componentsLT`, `compareVersions`). Not semver:
 * - a version is split into components: runs of digits, or runs of anything but digits, `.` and `-`; the
 *   separators `.` and `-` are skipped, and a missing component is the empty string;
 * - two numeric components compare as numbers (`string2Int<int>`: a run of digits above 2147483647 does not parse
 *   and is then compared as a string);
 * - `""` is below a number (`1.2` < `1.2.1`), `pre` is below everything but `pre` (`2.12.1pre` < `2.12.1`),
 *   a string is below a number (`2.3a` < `2.3.1`), two strings compare bytewise (`alpha` < `beta` < `rc`).
 */

const DOT = 0x2e;
const DASH = 0x2d;
const INT_MAX = '2147483647';

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Value of a run of digits as C++ `string2Int<int>` reads it, or undefined when it overflows `int`. */
function toInt(digits: string): number | undefined {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 0x30) i++;
  const s = digits.slice(i);
  if (s.length > INT_MAX.length || (s.length === INT_MAX.length && s > INT_MAX)) return undefined;
  return Number(s);
}

/**
 * Bytewise (UTF-8) string order, as `std::string::operator<`: code point order, which differs from JavaScript's
 * UTF-16 `<` only for characters above U+FFFF against U+E000..U+FFFF.
 */
export function compareBytes(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 0xd800 && x <= 0xdfff) x += 0x2800;
      if (y >= 0xd800 && y <= 0xdfff) y += 0x2800;
      return x < y ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

interface Component {
  readonly text: string;
  /** Numeric value when the component is a run of digits that fits an `int`. */
  readonly num: number | undefined;
}

const EMPTY: Component = { text: '', num: undefined };

/** Reads the component of `s` starting at `pos.i` (after skipping separators) and advances `pos.i`. */
function nextComponent(s: string, pos: { i: number }): Component {
  let p = pos.i;
  while (p < s.length && (s.charCodeAt(p) === DOT || s.charCodeAt(p) === DASH)) p++;
  if (p >= s.length) {
    pos.i = p;
    return EMPTY;
  }
  const start = p;
  if (isDigit(s.charCodeAt(p))) {
    while (p < s.length && isDigit(s.charCodeAt(p))) p++;
    pos.i = p;
    const text = s.slice(start, p);
    return { text, num: toInt(text) };
  }
  while (p < s.length) {
    const c = s.charCodeAt(p);
    if (isDigit(c) || c === DOT || c === DASH) break;
    p++;
  }
  pos.i = p;
  // A run of non-digits never parses as an int.
  return { text: s.slice(start, p), num: undefined };
}

function componentsLT(c1: Component, c2: Component): boolean {
  if (c1.num !== undefined && c2.num !== undefined) return c1.num < c2.num;
  if (c1.text === '' && c2.num !== undefined) return true;
  if (c1.text === 'pre' && c2.text !== 'pre') return true;
  if (c2.text === 'pre') return false;
  // "Assume that `2.3a' < `2.3.1'."
  if (c2.num !== undefined) return true;
  if (c1.num !== undefined) return false;
  return compareBytes(c1.text, c2.text) < 0;
}

/** `builtins.compareVersions a b`: -1, 0 or 1. */
export function compareVersions(a: string, b: string): -1 | 0 | 1 {
  const p1 = { i: 0 };
  const p2 = { i: 0 };
  while (p1.i < a.length || p2.i < b.length) {
    const c1 = nextComponent(a, p1);
    const c2 = nextComponent(b, p2);
    if (componentsLT(c1, c2)) return -1;
    if (componentsLT(c2, c1)) return 1;
  }
  return 0;
}

/** The greatest of `versions` by `compareVersions` (the first of equals), or undefined for none. */
export function maxVersion(versions: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const v of versions) if (best === undefined || compareVersions(v, best) > 0) best = v;
  return best;
}
