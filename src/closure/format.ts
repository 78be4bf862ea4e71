/**
 * Text forms of closure diffs: Nix's own line format (`nix store diff-closures` up to 2.32) and human sizes.
 */
import type { ClosureDiffEntry } from './diff.js';

/**
 * A byte delta as Nix up to 2.32 prints it: `%+.1f KiB` of `delta / 1024.0`. Rounded as C's printf does (to
 * nearest, ties to even on the exact value), which `Number.prototype.toFixed` does not do: 8448 bytes is `+8.2 KiB`.
 */
export function formatKiB(delta: number): string {
  const abs = Math.abs(Math.trunc(delta));
  // tenths of a KiB = abs * 10 / 1024 = abs * 5 / 512, kept in integers so ties are exact.
  const scaled = abs * 5;
  let q = Math.floor(scaled / 512);
  const r = scaled - q * 512;
  if (2 * r > 512 || (2 * r === 512 && q % 2 === 1)) q++;
  const sign = delta < 0 ? '-' : '+';
  return `${sign}${Math.floor(q / 10)}.${q % 10} KiB`;
}

/** A version set as Nix shows it: `∅` for none, `ε` for the empty version, joined with `, `. */
export function showVersions(versions: readonly string[]): string {
  if (versions.length === 0) return '∅';
  return versions.map((v) => (v === '' ? 'ε' : v)).join(', ');
}

/** One line as `nix store diff-closures` (up to 2.32) prints it, without colour: `dolphin: 20.08.1 → 20.08.2, +13.9 KiB`. */
export function formatDiffLine(e: ClosureDiffEntry): string {
  const items: string[] = [];
  if (e.before.length > 0 || e.after.length > 0) items.push(`${showVersions(e.before)} → ${showVersions(e.after)}`);
  if (e.sizeShown) items.push(formatKiB(e.sizeDelta));
  return `${e.name}: ${items.join(', ')}`;
}

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

/** A size for people: `512 B`, `19.5 KiB`, `1.2 GiB`; with `signed`, a leading `+`/`-` (`+0 B` for none). */
export function formatBytes(bytes: number, signed = false): string {
  const sign = signed ? (bytes < 0 ? '-' : '+') : bytes < 0 ? '-' : '';
  let v = Math.abs(bytes);
  let u = 0;
  while (v >= 1024 && u < UNITS.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${sign}${v} ${UNITS[0]}` : `${sign}${v.toFixed(1)} ${UNITS[u]}`;
}
