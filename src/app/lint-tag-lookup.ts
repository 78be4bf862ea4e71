/**
 * The release tags lint's `freshness/newer-tag` reads, asked before the rules run: for each flake, the remotes of
 * its tag-pinned root inputs that the `newer-tags` policy allows (src/lint/newer-tag-policy.ts), through the Git
 * port's `remoteTags` (`git ls-remote --tags --refs`, argv only, `ext::` refused, no prompt, a time limit). Bounded
 * per run: at most MAX_REMOTES distinct remotes (beyond them, one info line), PARALLEL at a time, each asked once. A
 * remote that does not answer is an info line, never a finding nor a failure: the rule just says nothing of it.
 */
import type { Git, Logger } from '../core/ports.js';
import { tagQuestions } from '../lint/newer-tag-policy.js';
import type { LintContext } from '../lint/lint-types.js';
import { neutralise } from '../render/neutralise.js';

/** Most distinct remotes asked in one lint run. */
export const MAX_REMOTES = 32;
/** Remotes asked at the same time. */
export const PARALLEL = 4;

export interface TagLookupDeps {
  readonly git: Pick<Git, 'remoteTags'>;
  /** Where the unanswered remotes and the bound are said (info lines); silent without one. */
  readonly logger?: Pick<Logger, 'info'>;
  readonly maxRemotes?: number;
  readonly parallel?: number;
}

/** One run's lookup: `withTags(ctx)` is `ctx` with the tags of its remotes that were asked and answered. */
export interface TagLookup {
  withTags(ctx: LintContext): Promise<LintContext>;
}

export function tagLookup(deps: TagLookupDeps): TagLookup {
  const max = deps.maxRemotes ?? MAX_REMOTES;
  const limit = Math.max(1, deps.parallel ?? PARALLEL);
  const asked = new Map<string, Promise<readonly string[] | undefined>>();
  let running = 0;
  const waiting: (() => void)[] = [];
  let overBound = 0;
  let saidBound = false;

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
      try {
        return await deps.git.remoteTags(remote);
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
        if (mine.has(q.remote)) continue;
        let answer = asked.get(q.remote);
        if (!answer) {
          if (asked.size >= max) {
            overBound++;
            continue;
          }
          answer = ask(q.remote);
          asked.set(q.remote, answer);
        }
        mine.set(q.remote, answer);
      }
      if (overBound > 0 && !saidBound) {
        saidBound = true;
        deps.logger?.info(
          `newer-tags: more than ${max} repositories to ask for release tags in one run; the inputs of the others are not checked for a newer release`,
        );
      }
      const tags = new Map<string, readonly string[]>();
      for (const [remote, answer] of mine) {
        const got = await answer;
        if (got !== undefined) tags.set(remote, got);
      }
      for (const q of questions) {
        if (mine.has(q.remote) && !tags.has(q.remote))
          deps.logger?.info(
            `${neutralise(ctx.nixPath)}: the release tags of input '${neutralise(q.input)}' could not be listed (git ls-remote ${neutralise(q.remote)} did not answer); it is not checked for a newer release`,
          );
      }
      return { ...ctx, remoteTags: tags };
    },
  };
}
