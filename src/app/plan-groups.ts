/**
 * Grouped pull requests (`group: per-input` or named groups, issue 14), as the plan makes them: per flake whose lock
 * moved, the moved root inputs are split into groups (src/update/input-groups.ts), and each group gets the lock in
 * which only its root inputs moved to the new lock's exact entries (src/update/lock-surgery.ts: follows kept
 * consistent, never a fresh `nix flake update`). A group whose lock cannot be made is refused with one line (its pull
 * request is left as it is). When the update also moved release tags in flake.nix, each group's lock is paired with
 * the flake.nix in which only the bumps of the group's inputs are applied (src/flake/release-tags.ts
 * `flakeNixWithTagBumps`; a group with no bumped input leaves flake.nix as it is): the lock of a bumped input names
 * its new tag (its entry's `original`), so flake.nix must too, and an input of another group keeps its old tag.
 *
 * The plan (src/app/plan.ts `planGrouping`) then evaluates each group's "after" side with its lock (and flake.nix) in place (one
 * `nix eval` per group), the build stage builds the changed targets, and the report merges them into `report.groups`
 * (src/update/merge-builds.ts): one path for `update` on one runner and for a job matrix.
 */
import type { GroupSetting } from '../core/config.js';
import type { Logger } from '../core/ports.js';
import { assignGroups } from '../update/input-groups.js';
import { changedRootInputs, trialLock, TrialLockError } from '../update/lock-surgery.js';
import { TagBumpMismatch, type TagBump } from '../flake/release-tags.js';
import { groupTagBumps, type PlannedFlake, type PlannedGrouping } from '../update/plan-file.js';

/** A group to evaluate: its name, its root inputs, its lock, and its flake.nix when it moves a release tag. */
export interface GroupLock {
  readonly name: string;
  readonly inputs: readonly string[];
  readonly lock: string;
  /** flake.nix with the release-tag bumps of the group's inputs only, and those bumps; absent: flake.nix stays. */
  readonly flakeNix?: string;
  readonly tagBumps?: readonly TagBump[];
}

/** The groups of a planned flake under `setting`, each with its lock, and those refused (with why). */
export function groupLocks(
  flake: PlannedFlake,
  setting: GroupSetting,
  logger: Logger,
): { groups: GroupLock[]; refused: PlannedGrouping['refused'] } {
  if (flake.lock.before === flake.lock.after) return { groups: [], refused: [] };
  const changed = changedRootInputs(flake.lock.before, flake.lock.after, flake.lockFile);
  const split = assignGroups(setting, changed);
  if (split.leftOut.length > 0) {
    logger.info(`${flake.lockFile}: in no group, not proposed: ${split.leftOut.join(', ')}`);
  }
  if (split.refused.length > 0) {
    logger.warning(
      `${flake.lockFile}: ${split.refused.length} root input(s) whose name is not a flake id are in no pull request`,
    );
  }
  const groups: GroupLock[] = [];
  const refused: { name: string; why: string }[] = [];
  for (const g of split.groups) {
    try {
      const lock = trialLock(flake.lock.before, flake.lock.after, new Set(g.inputs), flake.lockFile);
      const tags = groupTagBumps(flake, g.inputs);
      groups.push({ ...g, lock, ...(tags ? { flakeNix: tags.flakeNix, tagBumps: tags.tagBumps } : {}) });
    } catch (e) {
      if (!(e instanceof TrialLockError) && !(e instanceof TagBumpMismatch)) throw e;
      const what = e instanceof TrialLockError ? 'its lock' : 'its flake.nix';
      logger.warning(`${flake.lockFile}: no pull request for group ${g.name}: ${what} cannot be made (${e.message})`);
      refused.push({ name: g.name, why: e.message });
    }
  }
  return { groups, refused };
}
