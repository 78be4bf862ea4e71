/**
 * The result of an update run, as data: what the engine produces and what every face consumes (Markdown for the PR
 * body and job summary, the commit message, JSON for tools, the action's outputs, and the pull-request step).
 */
import type { ClosureSummary } from '../closure/diff.js';
import type { InstallableKind, Skipped } from './targets.js';
import type { InputChange } from './lock-diff.js';
import type { TagBump } from '../flake/release-tags.js';

export type Side = 'before' | 'after';

/** A build that did not produce its outputs. */
export interface BuildFailure {
  readonly side: Side;
  /** The installable (attribute path after `#`). */
  readonly attr: string;
  /** The installable's derivation, when evaluation got that far. */
  readonly drvPath?: string;
  /** The derivation whose builder failed (the installable's own, or a dependency's). */
  readonly failedDrv?: string;
  /** One line: what went wrong (`builder for '…' failed with exit code 1`, or the evaluation error). */
  readonly message: string;
  /** Last lines of the build log (`nix log`), or of Nix's error output when there is no log. */
  readonly logTail: string;
}

/**
 * `unchanged`: the output's derivation is the same before and after the update (`drvPath` says which), so it was
 * built on neither side; the update cannot change what it builds.
 */
export type SideStatus = 'built' | 'failed' | 'absent' | 'unchanged';

export interface SideResult {
  /** `absent`: the output does not exist on this side (added or removed by the update), or was not built. */
  readonly status: SideStatus;
  /** The store derivation, for `unchanged` (the same on both sides). */
  readonly drvPath?: string;
  /** Output store paths (all outputs of the installable). */
  readonly outPaths?: readonly string[];
  /** NAR size of the closure of `outPaths`, in bytes. */
  readonly closureSize?: number;
  readonly failure?: BuildFailure;
}

/** One built output (a NixOS/home-manager/darwin configuration, a package, a dev shell or a check). */
export interface ConfigurationReport {
  readonly attr: string;
  readonly kind: InstallableKind;
  readonly name: string;
  readonly before: SideResult;
  readonly after: SideResult;
  /** Package diff of the closures, when both sides built. */
  readonly diff?: ClosureSummary;
}

export interface LockTexts {
  /** The lock as it was, byte for byte (restored on failure and in dry runs). */
  readonly before: string;
  /** The lock Nix wrote (equal to `before` when nothing moved). */
  readonly after: string;
}

/** A root input the update held back: moving it alone breaks `targets` (found by bisection, src/app/bisect.ts). */
export interface HeldBackInput {
  /** Root input name (its commit list is in the report's inputs). */
  readonly input: string;
  /** The targets (attributes) its update breaks. */
  readonly targets: readonly string[];
  /** The failure of the trial build that showed it. */
  readonly evidence: { readonly message: string; readonly logTail: string };
  /** True when only together with the other held-back inputs of the same target it breaks it (an interaction). */
  readonly interaction?: boolean;
  /** False when the bound on builds stopped the search: the culprits are among the held-back inputs. */
  readonly exact: boolean;
  /**
   * When the update moved this input to a newer release tag in flake.nix: that bump, held back with it (the proposed
   * flake.nix keeps `from`).
   */
  readonly tagBump?: { readonly from: string; readonly to: string };
}

/** What the bisection of a flake's broken update did. */
export interface BisectOutcome {
  /** Extra builds it ran (trials and the check of the proposed lock). */
  readonly builds: number;
  /** The bound it had (`bisect-max-builds`). */
  readonly maxBuilds: number;
  readonly heldBack: readonly HeldBackInput[];
  /**
   * `proposed`: the lock without the held-back inputs built every failing target and is the report's `lock.after`;
   * `still-fails`: it did not (the full update stays proposed); `none`: nothing was found to hold back.
   */
  readonly proposal: 'proposed' | 'still-fails' | 'none';
  /** Why the search stopped early (a trial lock that cannot be made), when it did. */
  readonly note?: string;
}

export interface FlakeReport {
  /** Flake directory relative to the workspace (`.`, `nix/hosts`). */
  readonly dir: string;
  /** `flake.lock` path relative to the workspace. */
  readonly lockFile: string;
  /** The system outputs were discovered and built for. */
  readonly system?: string;
  /** The inputs the lock moves (with a bisection's proposal: the proposed lock's, not the held-back ones). */
  readonly inputs: readonly InputChange[];
  /**
   * With a bisection's proposal: the changes of the full update that the proposed lock does not make (the held-back
   * inputs, and the inputs that follow them), shown with the culprits, never as updated. Absent: none held back.
   */
  readonly heldBackInputs?: readonly InputChange[];
  readonly configurations: readonly ConfigurationReport[];
  /** Configurations for other systems, listed but not built. */
  readonly skipped: readonly Skipped[];
  /** Nix's error when the outputs could not be listed after the update (the list from before was built). */
  readonly listingError?: string;
  readonly lock: LockTexts;
  /** Present when a target broke after the update and the bisection ran (`bisect` on, several inputs moved). */
  readonly bisect?: BisectOutcome;
  /** Inputs moved to a newer release tag in flake.nix (src/flake/release-tags.ts); absent or empty: none. */
  readonly tagBumps?: readonly TagBump[];
  /** flake.nix before and after those bumps (committed beside the lock); absent: flake.nix did not change. */
  readonly flakeNix?: LockTexts;
}

export interface UpdateReport {
  /** Schema version of the JSON form. */
  readonly version: 1;
  /** `nix --version` as Nix printed it. */
  readonly nixVersion: string;
  readonly dryRun: boolean;
  /** Input paths asked for (empty: all). */
  readonly requestedInputs: readonly string[];
  readonly flakes: readonly FlakeReport[];
  /**
   * With `group: per-input` or named groups (`update`: not in a dry run): per flake of `flakes`, in its order, the
   * report of each group of moved root inputs (made by the plan, src/app/plan-groups.ts, built and merged with the
   * rest), one pull request each. Absent with `group: all`.
   */
  readonly groups?: readonly FlakeGroups[];
}

/** One group's report: its lock moves only the group's root inputs; its targets evaluated and built with it. */
export interface GroupReport {
  readonly name: string;
  /** The root inputs the group moves. */
  readonly inputs: readonly string[];
  readonly flake: FlakeReport;
}

/** The groups of one flake. */
export interface FlakeGroups {
  readonly dir: string;
  readonly groups: readonly GroupReport[];
  /** Groups (by name) whose lock could not be made, with why: their pull requests are left as they are. */
  readonly refused: readonly { readonly name: string; readonly why: string }[];
}

// ---- derived facts, used by every face ----

export const VERSION_CHANGE_KINDS = ['upgraded', 'downgraded', 'added', 'removed', 'changed'] as const;

/** Inputs whose locking changed, across flakes. */
export function changedInputs(report: UpdateReport): { flake: FlakeReport; change: InputChange }[] {
  return report.flakes.flatMap((flake) => flake.inputs.map((change) => ({ flake, change })));
}

/** True when a lock file changed (the PR step has something to commit). */
export function hasUpdates(report: UpdateReport): boolean {
  return report.flakes.some((f) => f.lock.before !== f.lock.after);
}

/** Package version changes (not size-only changes) in one configuration. */
export function packageChangeCount(c: ConfigurationReport): number {
  if (!c.diff) return 0;
  return c.diff.changes.filter((p) => p.kind !== 'size').length;
}

/** True when the configuration's derivation is the same before and after: built on neither side. */
export function isUnchanged(c: ConfigurationReport): boolean {
  return c.before.status === 'unchanged' && c.after.status === 'unchanged';
}

/** Every failed build, the ones caused by the update (after) first, in configuration order. */
export function buildFailures(report: UpdateReport): { flake: FlakeReport; failure: BuildFailure }[] {
  const out: { flake: FlakeReport; failure: BuildFailure }[] = [];
  for (const side of ['after', 'before'] as const) {
    for (const flake of report.flakes) {
      for (const c of flake.configurations) {
        const f = c[side].failure;
        if (c[side].status === 'failed' && f) out.push({ flake, failure: f });
      }
    }
  }
  return out;
}

/** Failures that the update introduced or kept: built (or absent) before, failing after; or failing on both. */
export function failedAfter(report: UpdateReport): { flake: FlakeReport; configuration: ConfigurationReport }[] {
  return report.flakes.flatMap((flake) =>
    flake.configurations.filter((c) => c.after.status === 'failed').map((configuration) => ({ flake, configuration })),
  );
}

export interface Totals {
  readonly inputsUpdated: number;
  readonly configurationsBuilt: number;
  readonly configurationsFailed: number;
  /** Same derivation before and after: not built. */
  readonly configurationsUnchanged: number;
  readonly packageChanges: number;
}

export function totals(report: UpdateReport): Totals {
  let inputsUpdated = 0;
  let configurationsBuilt = 0;
  let configurationsFailed = 0;
  let configurationsUnchanged = 0;
  let packageChanges = 0;
  for (const f of report.flakes) {
    inputsUpdated += f.inputs.length;
    for (const c of f.configurations) {
      if (c.after.status === 'built') configurationsBuilt++;
      if (c.after.status === 'failed') configurationsFailed++;
      if (isUnchanged(c)) configurationsUnchanged++;
      packageChanges += packageChangeCount(c);
    }
  }
  return { inputsUpdated, configurationsBuilt, configurationsFailed, configurationsUnchanged, packageChanges };
}

/** One entry of the `updated-inputs` output: an input path with its old and new revision. */
export interface UpdatedInputEntry {
  readonly flake: string;
  readonly input: string;
  readonly kind: InputChange['kind'];
  readonly from: string | null;
  readonly to: string | null;
  readonly fromDate: string | null;
  readonly toDate: string | null;
  readonly compareUrl: string | null;
}

/** The `updated-inputs` output (a JSON list), stable for workflows to read. */
export function updatedInputsOutput(report: UpdateReport): UpdatedInputEntry[] {
  return changedInputs(report).map(({ flake, change }) => ({
    flake: flake.dir,
    input: change.name,
    kind: change.kind,
    from: change.before?.rev ?? change.before?.tag ?? change.before?.url ?? null,
    to: change.after?.rev ?? change.after?.tag ?? change.after?.url ?? null,
    fromDate: change.before?.date ?? null,
    toDate: change.after?.date ?? null,
    compareUrl: change.compareUrl ?? null,
  }));
}
