/**
 * `on-build-failure`, decided in one place for the action, the CLI and the publish use case: from the report and
 * the setting, whether the run fails and what happens to each flake's pull request.
 *
 *  - `fail`: a build that fails after the update fails the run, and no flake gets a pull request (not even those
 *    that built: the run is red, nothing is proposed);
 *  - `draft`: the run succeeds (a warning); a flake whose build failed gets its pull request as a draft, the
 *    failure first in the body;
 *  - `skip-pr`: the run succeeds (a warning); a flake whose build failed gets no pull request;
 *  - `report`: the run succeeds (a warning); every pull request as configured, the failure in the body.
 * Whatever the setting, a flake whose lock did not change gets its open pull request closed.
 */
import type { OnBuildFailure } from '../core/config.js';
import { failedAfter, type FlakeReport, type UpdateReport } from './update-result.js';

/**
 * The outputs failing after the update that the proposed lock does not fix: all of them, unless the bisection held
 * back the inputs that break them and the lock without those built every one (`proposal: proposed`); then the pull
 * request moves the rest, and the held-back inputs are named in its body, not a failure of it.
 */
function unresolved(flake: FlakeReport): FlakeReport['configurations'] {
  if (flake.bisect?.proposal === 'proposed') return [];
  return flake.configurations.filter((c) => c.after.status === 'failed');
}

/** What happens to one flake's pull request. */
export type FlakePlan =
  | { readonly kind: 'publish'; readonly draft: boolean; readonly failed: readonly string[] }
  | { readonly kind: 'close' }
  | { readonly kind: 'skip'; readonly why: string; readonly warn: boolean };

export interface BuildFailureDecision {
  /** The run fails (the step is red, the CLI exits 1). */
  readonly failRun: boolean;
  /** `2 build(s) failed after the update: a, b`, for the log; undefined when nothing failed after the update. */
  readonly failure?: string;
  /** Per flake of the report, in its order. */
  readonly flakes: readonly FlakePlan[];
}

/**
 * One flake's plan. `draft` is the `draft` setting (a pull request that builds is a draft only when asked);
 * `anyFailure` whether a build failed after the update in any flake of the run.
 */
export function planFlake(
  flake: FlakeReport,
  onBuildFailure: OnBuildFailure,
  draft: boolean,
  anyFailure: boolean,
): FlakePlan {
  const failed = unresolved(flake).map((c) => c.attr);
  if (onBuildFailure === 'fail' && anyFailure) {
    return { kind: 'skip', why: 'builds failed after the update (on-build-failure: fail)', warn: false };
  }
  if (flake.lock.before === flake.lock.after) return { kind: 'close' };
  if (failed.length === 0) return { kind: 'publish', draft, failed };
  switch (onBuildFailure) {
    case 'skip-pr':
      return {
        kind: 'skip',
        why: `${failed.length} build(s) failed after the update: ${failed.join(', ')} (on-build-failure: skip-pr)`,
        warn: true,
      };
    case 'draft':
      return { kind: 'publish', draft: true, failed };
    default:
      return { kind: 'publish', draft, failed };
  }
}

/** The decision for a whole run. */
export function decideOnBuildFailure(
  report: UpdateReport,
  onBuildFailure: OnBuildFailure,
  draft: boolean,
): BuildFailureDecision {
  // a failure the flake's bisection proposal builds is resolved (every entry is a failing configuration already)
  const failed = failedAfter(report).filter(({ flake }) => flake.bisect?.proposal !== 'proposed');
  const anyFailure = failed.length > 0;
  return {
    failRun: onBuildFailure === 'fail' && anyFailure,
    ...(anyFailure
      ? {
          failure: `${failed.length} build(s) failed after the update: ${failed
            .map((f) => f.configuration.attr)
            .join(', ')}`,
        }
      : {}),
    flakes: report.flakes.map((f) => planFlake(f, onBuildFailure, draft, anyFailure)),
  };
}

/**
 * What a review holds against the head: outputs that fail on the head although the base built them, or that the
 * head adds broken. An output that fails on the base too is no fault of the change (a warning, not a failure).
 */
export function reviewBreakage(report: UpdateReport): { readonly breaks: string[]; readonly alsoOnBase: string[] } {
  const breaks: string[] = [];
  const alsoOnBase: string[] = [];
  for (const { configuration: c } of failedAfter(report)) {
    (c.before.status === 'failed' ? alsoOnBase : breaks).push(c.attr);
  }
  return { breaks, alsoOnBase };
}
