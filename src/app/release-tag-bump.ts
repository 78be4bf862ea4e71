/**
 * Release-tag bumps of the plan stage: before `nix flake update`, each root input of flake.nix pinned to a release
 * tag (src/flake/release-tags.ts) whose remote has a newer one (the Git port's `remoteTags`: `git ls-remote`,
 * which every forge answers) has its tag rewritten in flake.nix, in place, so the update relocks it there. The rest
 * of the file stays byte for byte as it was. A remote that does not answer is a warning, never a failure: the input
 * keeps its tag and the update goes on.
 *
 * This module decides and computes the new text; the plan stage writes it, evaluates each side with its own
 * flake.nix, and puts the original back (on failure and on SIGINT/SIGTERM too), as it does with the lock.
 */
import { UserError } from '../core/errors.js';
import type { Git, Logger } from '../core/ports.js';
import { readFlakeNix } from '../flake/declared-inputs.js';
import { declaredTagPins, flakeNixWithTagBumps, newestTag, TagBumpMismatch, type TagBump } from '../flake/release-tags.js';

/** flake.nix before and after the bumps, and the bumps. */
export interface FlakeNixBump {
  readonly before: Buffer;
  readonly after: Buffer;
  readonly bumps: readonly TagBump[];
}

/**
 * The bumps of one flake.nix (`text`, shown as `file`): `inputs` the input paths asked for (empty: all; a root input
 * is bumped only when it is asked for). Undefined when nothing moves.
 */
export async function releaseTagBumps(
  before: Buffer,
  file: string,
  inputs: readonly string[],
  deps: { readonly git: Pick<Git, 'remoteTags'>; readonly logger: Logger },
): Promise<FlakeNixBump | undefined> {
  const text = before.toString('utf8');
  let pins;
  try {
    pins = declaredTagPins(readFlakeNix(text, file), inputs.length > 0 ? new Set(inputs) : undefined);
  } catch (e) {
    // Nix reports a flake.nix it cannot read in the update itself; no bump is attempted.
    if (e instanceof UserError) return undefined;
    throw e;
  }
  const bumps: TagBump[] = [];
  for (const p of pins) {
    const tags = await deps.git.remoteTags(p.pin.remote);
    if (tags === undefined) {
      deps.logger.warning(`${file}: the tags of ${p.input} could not be listed (git ls-remote failed); it stays at ${p.pin.tag}`);
      continue;
    }
    const to = newestTag(p.pin, tags);
    if (to === undefined) continue;
    bumps.push({ input: p.input, from: p.pin.tag, to });
  }
  if (bumps.length === 0) return undefined;
  // the edits `tagBumpEdit` makes, as a bisection's trial flake.nix applies a part of them (the same function)
  let after: string;
  try {
    after = flakeNixWithTagBumps(text, file, bumps);
  } catch (e) {
    if (!(e instanceof TagBumpMismatch)) throw e;
    deps.logger.warning(`${file}: no release tag moved: ${e.message}`);
    return undefined;
  }
  deps.logger.info(`${file}: release tag ${bumps.map((b) => `${b.input} ${b.from} -> ${b.to}`).join(', ')}`);
  return { before, after: Buffer.from(after, 'utf8'), bumps };
}

/**
 * The Git port's `remoteTags` asked once per remote (the answer shared by every later question): one update run asks
 * each remote once, however many of its flakes pin a tag of it.
 */
export function tagsAskedOnce(git: Pick<Git, 'remoteTags'>): Pick<Git, 'remoteTags'> {
  const asked = new Map<string, Promise<string[] | undefined>>();
  return {
    remoteTags(url) {
      let answer = asked.get(url);
      if (!answer) asked.set(url, (answer = git.remoteTags(url)));
      return answer;
    },
  };
}
