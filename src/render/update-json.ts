/**
 * The report as JSON for tools (`flake-steward update --format json`): stable field names, schema `version: 1`,
 * lock texts left out (they are files, not facts).
 */
import {
  buildFailures,
  hasUpdates,
  isUnchanged,
  totals,
  updatedInputsOutput,
  type ConfigurationReport,
  type FlakeReport,
  type Totals,
  type UpdateReport,
  type UpdatedInputEntry,
} from '../update/update-result.js';
import type { InputChange } from '../update/lock-diff.js';
import type { Skipped } from '../update/targets.js';
import type { TagBump } from '../flake/release-tags.js';
import type { BuildFailure, HeldBackInput } from '../update/update-result.js';
import { safeJson } from './neutralise.js';
import type { Finding } from '../lint/lint-types.js';

/** One flake of the report (and one group's report, the same shape). */
export interface FlakeJson {
  readonly dir: string;
  readonly lockFile: string;
  readonly system: string | null;
  readonly lockChanged: boolean;
  readonly inputs: readonly InputChange[];
  readonly configurations: readonly ConfigurationReport[];
  /** Attributes whose derivation is the same before and after (status `unchanged` on both sides): not built. */
  readonly unchanged: readonly string[];
  readonly skipped: readonly Skipped[];
  /** Inputs held back by the bisection (empty when none ran or none was found). */
  readonly heldBack: readonly HeldBackInput[];
  /** The moves of the full update the proposed lock does not make (held back, and what follows them); `inputs` has the rest. */
  readonly heldBackInputs: readonly InputChange[];
  /** Extra builds the bisection ran (0 when it did not run). */
  readonly bisectBuilds: number;
  /** Inputs moved to a newer release tag in flake.nix. */
  readonly tagBumps: readonly TagBump[];
}

/** The grouped pull requests of one flake (`group: per-input` or named groups). */
export interface FlakeGroupsJson {
  /** The flake's directory, as in `flakes`. */
  readonly dir: string;
  /** One per pull request: the group's name, the root inputs it moves, and its report (its own lock and builds). */
  readonly groups: readonly { readonly name: string; readonly inputs: readonly string[]; readonly flake: FlakeJson }[];
  /** Groups whose lock could not be made, with why (their pull requests are left as they are). */
  readonly refused: readonly { readonly name: string; readonly why: string }[];
}

export interface ReportJson {
  readonly version: 1;
  readonly nixVersion: string;
  readonly dryRun: boolean;
  readonly requestedInputs: readonly string[];
  readonly hasUpdates: boolean;
  readonly totals: Totals;
  readonly updatedInputs: readonly UpdatedInputEntry[];
  readonly failures: readonly (BuildFailure & { readonly flake: string })[];
  readonly flakes: readonly FlakeJson[];
  /** Every flake's held-back inputs, with the flake. */
  readonly heldBack: readonly (HeldBackInput & { readonly flake: string })[];
  /** Extra builds of every bisection. */
  readonly bisectBuilds: number;
  /** Per flake, in the order of `flakes`, its grouped pull requests; absent with `group: all` (one pull request). */
  readonly groups?: readonly FlakeGroupsJson[];
}

/** One flake's report as JSON. */
export function flakeJson(f: FlakeReport): FlakeJson {
  return {
    dir: f.dir,
    lockFile: f.lockFile,
    system: f.system ?? null,
    lockChanged: f.lock.before !== f.lock.after,
    inputs: f.inputs,
    configurations: f.configurations,
    unchanged: f.configurations.filter(isUnchanged).map((c) => c.attr),
    skipped: f.skipped,
    heldBack: f.bisect?.heldBack ?? [],
    heldBackInputs: f.heldBackInputs ?? [],
    bisectBuilds: f.bisect?.builds ?? 0,
    tagBumps: f.tagBumps ?? [],
  };
}

export function reportJson(report: UpdateReport): ReportJson {
  return {
    version: 1,
    nixVersion: report.nixVersion,
    dryRun: report.dryRun,
    requestedInputs: report.requestedInputs,
    hasUpdates: hasUpdates(report),
    totals: totals(report),
    updatedInputs: updatedInputsOutput(report),
    failures: buildFailures(report).map(({ flake, failure }) => ({ flake: flake.dir, ...failure })),
    flakes: report.flakes.map(flakeJson),
    heldBack: report.flakes.flatMap((f) => (f.bisect?.heldBack ?? []).map((h) => ({ flake: f.dir, ...h }))),
    bisectBuilds: report.flakes.reduce((n, f) => n + (f.bisect?.builds ?? 0), 0),
    ...(report.groups
      ? {
          groups: report.groups.map((fg) => ({
            dir: fg.dir,
            groups: fg.groups.map((g) => ({ name: g.name, inputs: g.inputs, flake: flakeJson(g.flake) })),
            refused: fg.refused.map((r) => ({ name: r.name, why: r.why })),
          })),
        }
      : {}),
  };
}

/** Pretty JSON text with a final newline; the data exact, nothing raw in the text (safeJson). */
export function renderJson(report: UpdateReport): string {
  return `${safeJson(reportJson(report), 2)}\n`;
}

/** A review as JSON (`flake-steward review --format json`): the update report's fields, the two sides and the lint. */
export function renderReviewJson(review: {
  readonly report: UpdateReport;
  readonly base: { readonly ref: string; readonly sha: string };
  readonly head: { readonly ref: string; readonly sha: string };
  readonly noFlakeChanges: boolean;
  readonly lint: { readonly introduced: readonly Finding[]; readonly present: readonly Finding[] };
}): string {
  const strip = (f: Finding) => {
    const { fix: _fix, ...rest } = f;
    return rest;
  };
  return `${safeJson(
    {
      kind: 'review',
      base: review.base,
      head: review.head,
      noFlakeChanges: review.noFlakeChanges,
      ...reportJson(review.report),
      lint: { introduced: review.lint.introduced.map(strip), present: review.lint.present.map(strip) },
    },
    2,
  )}\n`;
}
