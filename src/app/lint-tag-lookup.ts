/**
 * The release tags lint's `freshness/newer-tag` reads, asked before the rules run: for each flake, the remotes of
 * its tag-pinned root inputs that the `newer-tags` policy allows (src/lint/newer-tag-policy.ts), through the Git
 * port's `remoteTags` (`git ls-remote --tags --refs`, argv only, `ext::` refused, no prompt, a time limit). Bounded
 * per run: at most MAX_REMOTES distinct remotes (beyond them, one info line at the end of the run, `done()`, with the
 * number of tag-pinned inputs left unchecked), PARALLEL at a time, each asked once, each within REMOTE_MS and all
 * within BUDGET_MS (a remote whose turn comes later is not asked): a fork's flake.nix cannot hold lint for long. A remote that does not answer is an
 * info line, never a finding nor a failure: the rule just says nothing of it.
 *
 * One lookup may serve several lint runs (a review lints its base, then its head): the answers are shared, so a
 * remote is asked once and both sides read the same tags — a notice on the head is never "new" merely because the
 * base could not ask. Each line is said once, and an input counts once however many runs met it.
 */
import type { Git, Logger } from '../core/ports.js';
import { tagQuestions } from '../lint/newer-tag-policy.js';
import type { LintContext } from '../lint/lint-types.js';
import { neutralise } from '../render/neutralise.js';

/** Most distinct remotes asked in one lint run. */
export const MAX_REMOTES = 32;
/** Remotes asked at the same time. */
export const PARALLEL = 4;
/** The time one run spends on tag lookups in all: a remote not asked by then is not asked (lint stays quick). */
export const BUDGET_MS = 60_000;
/** The time one remote may take (within what is left of the budget). */
export const REMOTE_MS = 20_000;

export interface TagLookupDeps {
  readonly git: Pick<Git, 'remoteTags'>;
  /** Where the unanswered remotes and the bound are said (info lines); silent without one. */
  readonly logger?: Pick<Logger, 'info'>;
  readonly maxRemotes?: number;
  readonly parallel?: number;
  readonly budgetMs?: number;
  readonly remoteMs?: number;
  /** The clock of the budget (default Date.now). */
  readonly now?: () => number;
}

/** One run's lookup: `withTags(ctx)` is `ctx` with the tags of its remotes that were asked and answered. */
export interface TagLookup {
  withTags(ctx: LintContext): Promise<LintContext>;
  /** The end of the run: says how many tag-pinned inputs the bound left unchecked, if any (once). */
  done(): void;
}

export function tagLookup(deps: TagLookupDeps): TagLookup {
  const max = deps.maxRemotes ?? MAX_REMOTES;
  const limit = Math.max(1, deps.parallel ?? PARALLEL);
  const now = deps.now ?? Date.now;
  const budget = deps.budgetMs ?? BUDGET_MS;
  let started: number | undefined;
  /** Remotes not asked because the budget was spent. */
  const late = new Set<string>();
  const asked = new Map<string, Promise<readonly string[] | undefined>>();
  let running = 0;
  const waiting: (() => void)[] = [];
  /** Inputs (flake.nix path and input, as JSON) whose remote was beyond the bound. */
  const unchecked = new Set<string>();
  let saidBound = false;
  const said = new Set<string>();
  const info = (line: string): void => {
    if (said.has(line)) return;
    said.add(line);
    deps.logger?.info(line);
  };

  const slot = async <T>(f: () => Promise<T>): Promise<T> => {
    if (running >= limit) await new Promise<void>((go) => waiting.push(go));
    running++;
    try {
      return await f();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
  const ask = (remote: string): Promise<readonly string[] | undefined> =>
    slot(async () => {
      started ??= now();
      const left = budget - (now() - started);
      if (left <= 0) {
        late.add(remote);
        return undefined;
      }
      try {
        // a URL of flake.nix, which a fork's pull request chooses: asked with no credentials and no git config
        return await deps.git.remoteTags(remote, { anonymous: true, timeoutMs: Math.min(left, deps.remoteMs ?? REMOTE_MS) });
      } catch {
        return undefined; // the port answers undefined on failure; anything else is no finding either
      }
    });

  return {
    async withTags(ctx) {
      const { ask: questions } = tagQuestions(ctx);
      if (questions.length === 0) return ctx;
      const mine = new Map<string, Promise<readonly string[] | undefined>>();
      for (const q of questions) {
        let answer = mine.get(q.remote) ?? asked.get(q.remote);
        if (!answer) {
          if (asked.size >= max) {
            unchecked.add(JSON.stringify([ctx.nixPath, q.input]));
            continue;
          }
          answer = ask(q.remote);
          asked.set(q.remote, answer);
        }
        mine.set(q.remote, answer);
      }
      const tags = new Map<string, readonly string[]>();
      for (const [remote, answer] of mine) {
        const got = await answer;
        if (got !== undefined) tags.set(remote, got);
      }
      for (const q of questions) {
        if (mine.has(q.remote) && !tags.has(q.remote))
          info(
            late.has(q.remote)
              ? `${neutralise(ctx.nixPath)}: the release tags of input '${neutralise(q.input)}' were not asked: the ${budget >= 1000 ? `${Math.round(budget / 1000)} s` : `${budget} ms`} this run gives tag lookups were spent; it is not checked for a newer release`
              : `${neutralise(ctx.nixPath)}: the release tags of input '${neutralise(q.input)}' could not be listed (git ls-remote ${neutralise(q.remote)} did not answer); it is not checked for a newer release`,
          );
      }
      return { ...ctx, remoteTags: tags };
    },
    done() {
      if (unchecked.size === 0 || saidBound) return;
      saidBound = true;
      const n = unchecked.size;
      info(
        `newer-tags: more than ${max} repositories to ask for release tags in one run; ${n} tag-pinned input${n === 1 ? ' was' : 's were'} not checked for a newer release`,
      );
    },
  };
}
