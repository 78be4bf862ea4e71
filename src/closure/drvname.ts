/**
 * Store path names into package name and version, exactly as Nix does it.
 *
 * - `parseDrvName` is `builtins.parseDrvName` (NixOS/nix `src/libstore/names.cc`, `DrvName::DrvName`): the name is
 *   everything before the first `-` that is followed by a character that is not an ASCII letter; the version is the
 *   rest. No such dash: the whole string is the name and the version is empty.
 * - `closureEntryName` is how `nix store diff-closures` groups a store path (NixOS/nix `src/nix/diff-closures.cc`,
 *   `getClosureInfo`): take the name after the hash, strip an output suffix when the whole name matches
 *   `(.*)-([a-z]+|lib32|lib64)` (the last dash-separated part is all lower-case letters, or `lib32`/`lib64`; Nix
 *   notes this cannot tell `-bin` from a suffix like `-unstable`), then `parseDrvName`.
 */

export interface DrvName {
  readonly name: string;
  readonly version: string;
}

export interface ClosureEntryName extends DrvName {
  /** The stripped output suffix (`bin`, `dev`, `lib64`, …), or '' when none was stripped. */
  readonly output: string;
}

const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** `builtins.parseDrvName`. */
export function parseDrvName(s: string): DrvName {
  for (let i = 0; i + 1 < s.length; i++) {
    if (s.charCodeAt(i) === 0x2d && !isAsciiLetter(s.charCodeAt(i + 1))) {
      return { name: s.slice(0, i), version: s.slice(i + 1) };
    }
  }
  return { name: s, version: '' };
}

/**
 * The name part of a store path: `/nix/store/<hash>-hello-2.12` → `hello-2.12`. Also accepts a bare base name
 * (`<hash>-hello-2.12`). The store directory is whatever precedes the last `/`.
 */
export function storePathName(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dash = base.indexOf('-');
  return dash < 0 ? base : base.slice(dash + 1);
}

/**
 * Where Nix's `(.*)-([a-z]+|lib32|lib64)` splits `name`: the index of the dash before the suffix, or -1. Only the
 * last dash can match (neither alternative contains a dash, and the whole rest must match), so one scan suffices.
 */
function outputSuffixDash(name: string): number {
  const dash = name.lastIndexOf('-');
  if (dash < 0 || dash === name.length - 1) return -1;
  let lower = true;
  for (let i = dash + 1; i < name.length && lower; i++) {
    const c = name.charCodeAt(i);
    lower = c >= 0x61 && c <= 0x7a;
  }
  if (lower) return dash;
  const rest = name.length - dash - 1;
  return rest === 5 && (name.endsWith('lib32') || name.endsWith('lib64')) ? dash : -1;
}

/** Strips an output suffix as `nix store diff-closures` does: `glibc-2.39-dev` → `{ name: 'glibc-2.39', output: 'dev' }`. */
export function stripOutputSuffix(name: string): { readonly name: string; readonly output: string } {
  const dash = outputSuffixDash(name);
  return dash < 0 ? { name, output: '' } : { name: name.slice(0, dash), output: name.slice(dash + 1) };
}

/** The package name, version and output a store path is grouped under by `nix store diff-closures`. */
export function closureEntryName(path: string): ClosureEntryName {
  const full = storePathName(path);
  const dash = outputSuffixDash(full);
  const drv = parseDrvName(dash < 0 ? full : full.slice(0, dash));
  return { name: drv.name, version: drv.version, output: dash < 0 ? '' : full.slice(dash + 1) };
}

/**
 * `closureEntryName` without the output, sliced straight out of the path (no intermediate strings): the hot loop
 * of a closure diff calls it for every path.
 */
export function closureNameVersion(path: string): DrvName {
  const slash = path.lastIndexOf('/') + 1;
  const hashDash = path.indexOf('-', slash);
  const start = hashDash < 0 ? slash : hashDash + 1;
  let end = path.length;
  const dash = path.lastIndexOf('-');
  if (dash >= start && dash < end - 1) {
    let lower = true;
    for (let i = dash + 1; i < end && lower; i++) {
      const c = path.charCodeAt(i);
      lower = c >= 0x61 && c <= 0x7a;
    }
    if (lower || (end - dash - 1 === 5 && (path.endsWith('lib32') || path.endsWith('lib64')))) end = dash;
  }
  for (let i = start; i + 1 < end; i++) {
    if (path.charCodeAt(i) === 0x2d && !isAsciiLetter(path.charCodeAt(i + 1))) {
      return { name: path.slice(start, i), version: path.slice(i + 1, end) };
    }
  }
  return { name: path.slice(start, end), version: '' };
}
