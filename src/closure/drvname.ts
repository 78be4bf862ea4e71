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

const OUTPUT_SUFFIX = /^(.*)-([a-z]+|lib32|lib64)$/;

/** Strips an output suffix as `nix store diff-closures` does: `glibc-2.39-dev` → `{ name: 'glibc-2.39', output: 'dev' }`. */
export function stripOutputSuffix(name: string): { readonly name: string; readonly output: string } {
  const m = OUTPUT_SUFFIX.exec(name);
  return m ? { name: m[1]!, output: m[2]! } : { name, output: '' };
}

/** The package name, version and output a store path is grouped under by `nix store diff-closures`. */
export function closureEntryName(path: string): ClosureEntryName {
  const stripped = stripOutputSuffix(storePathName(path));
  const drv = parseDrvName(stripped.name);
  return { name: drv.name, version: drv.version, output: stripped.output };
}
