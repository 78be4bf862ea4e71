import { daysBetween, isSupported } from '../calendar.js';
import { globMatch } from '../../core/glob.js';
import type { LockNode } from '../../flake/flake-types.js';
import { releaseBranchOf, trackingOf } from '../ref-tracking.js';
import { isNixpkgs, lastModified, sourceOf } from '../source.js';
import type { LintContext, LintOptions, RawFinding, Rule } from '../lint-types.js';
import { inputFinding, pathsByNode, rootNodes } from '../where.js';

/** The max age for an input: the first `maxAgeByInput` glob that matches it, else `maxAge`. */
export function maxAgeFor(options: Pick<LintOptions, 'maxAge' | 'maxAgeByInput'>, input: string): number {
  for (const [glob, days] of Object.entries(options.maxAgeByInput)) if (globMatch(glob, input)) return days;
  return options.maxAge;
}

/** Whether a per-input `max-age` entry names the input (so its age is checked whatever its source). */
function namedInMaxAge(options: Pick<LintOptions, 'maxAgeByInput'>, input: string): boolean {
  return Object.keys(options.maxAgeByInput).some((glob) => globMatch(glob, input));
}

/** The commands that update an input, said once (in the rule's docs and under the findings of a summary). */
export const UPDATE_COMMANDS =
  '`nix flake update NAME` (Nix 2.19 and later) or `nix flake lock --update-input NAME`, or let `flake-steward update` open the pull request';

interface Branch {
  readonly key: string;
  readonly branch: string | undefined;
}

/** The source and branch a node follows, when it follows a branch (commits and tags never move). */
function branchOf(node: LockNode): Branch | undefined {
  const t = trackingOf(node);
  const s = sourceOf(node);
  if (t.kind !== 'branch' || !s) return undefined;
  return { key: s.key, branch: t.branch };
}

/**
 * The newest commit of each source and branch the lock holds (any node, root or not): what the lock tells of how
 * far each upstream branch has come. Keyed by source key and branch.
 */
const newestCache = new WeakMap<object, Map<string, { node: LockNode; when: Date }>>();

function newestByBranch(ctx: LintContext): Map<string, { node: LockNode; when: Date }> {
  const lock = ctx.lock!;
  let out = newestCache.get(lock);
  if (out) return out;
  out = new Map();
  for (const node of lock.nodes.values()) {
    const b = branchOf(node);
    const when = lastModified(node);
    if (!b || !when) continue;
    const k = `${b.key}\0${b.branch ?? ''}`;
    const seen = out.get(k);
    if (!seen || when > seen.when) out.set(k, { node, when });
  }
  newestCache.set(lock, out);
  return out;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

export const freshnessStaleInput: Rule = {
  id: 'freshness/stale-input',
  defaultSeverity: 'warning',
  needs: ['lock'],
  docs: {
    summary:
      'A root input that follows a branch is behind: the lock holds a newer commit of the same branch (another copy), or it is a nixpkgs input (or one named in `max-age`) locked to a commit older than `max-age` days (default 30; per input: `max-age: 30,nixpkgs=7`).',
    why: 'Old inputs miss security fixes, and the longer an update waits the bigger (and harder to review) it gets. Lint reads files only, so it judges an input against what the lock shows of its upstream branch: a newer copy of the same branch elsewhere in the lock is proof the input is behind. nixpkgs branches move every few days, so a nixpkgs commit older than `max-age` is behind too. Other inputs are not judged by the age of their commit alone, because many repositories rarely change (nix-systems/default has had no commit in years); name them in `max-age` (`max-age: 30,home-manager=30`, or `30,*=30` for every input) to have them judged by age. Inputs pinned to a commit (`rev`) or a tag (a version such as `46.1`, `v1.2.3`, or `refs/tags/…`), which `nix flake update` never moves, and release branches out of support (`freshness/unsupported-branch` reports those) are not reported.',
    fix: `Update it: ${UPDATE_COMMANDS}.`,
    example: '"lastModified": 1700000000  (2023-11-14: a nixpkgs commit 30+ days before the run)',
  },
  check(ctx) {
    const out: RawFinding[] = [];
    const newest = newestByBranch(ctx);
    for (const { name, path, node } of rootNodes(ctx)) {
      if (node.locked?.type === 'path') continue;
      const b = branchOf(node);
      const when = lastModified(node);
      if (!b || !when) continue;
      const release = releaseBranchOf(node);
      // a branch out of support no longer moves: its age says nothing, unsupported-branch says what to do
      if (release && !isSupported(release.release, ctx.now)) continue;
      const limit = maxAgeFor(ctx.options, name);
      const label = b.branch ? ` (${b.branch})` : '';
      const ahead = newest.get(`${b.key}\0${b.branch ?? ''}`);
      const behind = ahead ? daysBetween(when, ahead.when) : 0;
      if (ahead && behind > limit) {
        const at = pathsByNode(ctx).get(ahead.node.key)?.[0]?.join('/');
        const where = at ? `the copy at '${at}'` : `lock node '${ahead.node.key}'`;
        out.push(
          inputFinding(
            ctx,
            path,
            `input '${name}'${label} is ${behind} days behind ${where} (${day(when)} vs ${day(ahead.when)}; max-age ${limit})`,
          ),
        );
        continue;
      }
      if (!isNixpkgs(node) && !namedInMaxAge(ctx.options, name)) continue;
      const age = daysBetween(when, ctx.now);
      if (age <= limit) continue;
      out.push(
        inputFinding(
          ctx,
          path,
          `input '${name}'${label} is locked to ${day(when)}, ${age} days old (max-age ${limit})`,
        ),
      );
    }
    return out;
  },
};
