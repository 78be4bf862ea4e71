/**
 * The `group` setting applied to the root inputs an update moved: which pull request each goes in. `per-input`: one
 * group per input, named after it; named groups: the first group with a glob (src/core/glob.ts) matching the input's
 * name; an input no group matches is left out (it is in no pull request). Pure; linear in inputs × globs.
 *
 * A group name becomes part of a branch name and of the hidden marker of its pull request, so an input whose name is
 * not a flake id (a hostile lock can name a root input anything) is never a group of its own: it is refused.
 */
import type { GroupSetting } from '../core/config.js';
import { globMatch } from '../core/glob.js';

/** One pull request's worth of inputs. */
export interface InputGroupSplit {
  readonly name: string;
  /** Root input names, in the order of `changed`. */
  readonly inputs: readonly string[];
}

export interface GroupAssignment {
  readonly groups: readonly InputGroupSplit[];
  /** Moved inputs no group takes. */
  readonly leftOut: readonly string[];
  /** Moved inputs whose name cannot name a pull request (per-input only). */
  readonly refused: readonly string[];
}

/** A flake id, as Nix's `flakeIdRegex`, bounded: what a per-input group may be named. */
const FLAKE_ID = /^[A-Za-z][A-Za-z0-9_-]{0,62}$/;

/** The groups of `changed` (root input names) under `setting`, in the setting's order (per-input: `changed`'s). */
export function assignGroups(setting: GroupSetting, changed: readonly string[]): GroupAssignment {
  if (setting.kind === 'all')
    return { groups: changed.length > 0 ? [{ name: 'all', inputs: [...changed] }] : [], leftOut: [], refused: [] };
  if (setting.kind === 'per-input') {
    return {
      groups: changed.filter((i) => FLAKE_ID.test(i)).map((i) => ({ name: i, inputs: [i] })),
      leftOut: [],
      refused: changed.filter((i) => !FLAKE_ID.test(i)),
    };
  }
  const members = new Map<string, string[]>(setting.groups.map((g) => [g.name, []]));
  const leftOut: string[] = [];
  for (const input of changed) {
    const g = setting.groups.find((x) => x.globs.some((glob) => globMatch(glob, input)));
    if (g) members.get(g.name)!.push(input);
    else leftOut.push(input);
  }
  return {
    groups: setting.groups.flatMap((g) => {
      const inputs = members.get(g.name)!;
      return inputs.length > 0 ? [{ name: g.name, inputs }] : [];
    }),
    leftOut,
    refused: [],
  };
}
