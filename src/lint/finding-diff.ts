/**
 * Which lint findings of a pull request's head are new, and which the base already had (`review`: "New in this pull
 * request" first, "Already present" collapsed).
 *
 * A finding's identity is its rule, its file (flake directory and file name, as `Finding.file` holds them), its input
 * path, and its message with what drifts without anyone touching the problem taken out: positions (`12:5`, `line 12`,
 * `column 5`), dates (`2025-11-18`, with a time or not) and counts of days (`40 days old`, `3 days behind`). So a
 * finding moved down by an unrelated edit of flake.nix, or a stale input that got a day older since the base was
 * linted, is not new; a finding on another input, another rule or another file is. Severity is not part of it: a
 * setting that turns a warning into an error does not make the problem new.
 *
 * Multisets: two equal findings on the head against one on the base is one present and one introduced. Each finding
 * is hashed once (a Map of identity → count), so the diff is linear in the findings and the length of their messages,
 * whatever a fork's flake makes of them. Pure.
 */
import type { Finding } from './lint-types.js';

export interface FindingDiff {
  /** Head findings the base does not have, in head order. */
  readonly introduced: Finding[];
  /** Head findings the base has too, in head order. */
  readonly present: Finding[];
}

/**
 * What drifts in a message without the problem changing. Each pattern is one pass of a regular expression without
 * nested quantifiers (linear time on any text).
 */
const DRIFT: readonly (readonly [RegExp, string])[] = [
  // ISO dates, with a time and zone or not: `2025-11-18`, `2025-11-18T04:01:39Z`, `2025-11-18 04:01:39.123+02:00`.
  [/\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/g, '<date>'],
  // Counts of days: `40 days old`, `1 day newer`, `3-day`.
  [/\b\d+(?:[ -]|\u00a0)days?\b/gi, '<days>'],
  // Positions: `line 12`, `column 5`, `col 5`, `12:5` (`flake.nix:12:5` keeps its file name).
  [/\b(?:line|column|col)s? \d+/gi, '<pos>'],
  [/\b\d+:\d+(?::\d+)?\b/g, '<pos>'],
];

/** The message of a finding with positions, dates and day counts taken out. */
export function stableMessage(message: string): string {
  let s = message;
  for (const [re, by] of DRIFT) s = s.replace(re, by);
  return s;
}

/** The identity of a finding (see the module comment), as one string: a JSON array, so no field runs into another. */
export function findingIdentity(f: Finding): string {
  return JSON.stringify([f.rule, f.file, f.input ?? null, stableMessage(f.message)]);
}

export function diffFindings(base: readonly Finding[], head: readonly Finding[]): FindingDiff {
  const onBase = new Map<string, number>();
  for (const f of base) {
    const key = findingIdentity(f);
    onBase.set(key, (onBase.get(key) ?? 0) + 1);
  }
  const introduced: Finding[] = [];
  const present: Finding[] = [];
  for (const f of head) {
    const key = findingIdentity(f);
    const left = onBase.get(key) ?? 0;
    if (left > 0) {
      onBase.set(key, left - 1);
      present.push(f);
    } else {
      introduced.push(f);
    }
  }
  return { introduced, present };
}
