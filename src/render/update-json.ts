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

export interface ReportJson {
  readonly version: 1;
  readonly nixVersion: string;
  readonly dryRun: boolean;
  readonly requestedInputs: readonly string[];
  readonly hasUpdates: boolean;
  readonly totals: Totals;
  readonly updatedInputs: readonly UpdatedInputEntry[];
  readonly failures: readonly (BuildFailure & { readonly flake: string })[];
  readonly flakes: readonly {
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
    /** Extra builds the bisection ran (0 when it did not run). */
    readonly bisectBuilds: number;
    /** Inputs moved to a newer release tag in flake.nix. */
    readonly tagBumps: readonly TagBump[];
  }[];
  /** Every flake's held-back inputs, with the flake. */
  readonly heldBack: readonly (HeldBackInput & { readonly flake: string })[];
  /** Extra builds of every bisection. */
  readonly bisectBuilds: number;
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
    flakes: report.flakes.map((f) => ({
      dir: f.dir,
      lockFile: f.lockFile,
      system: f.system ?? null,
      lockChanged: f.lock.before !== f.lock.after,
      inputs: f.inputs,
      configurations: f.configurations,
      unchanged: f.configurations.filter(isUnchanged).map((c) => c.attr),
      skipped: f.skipped,
      heldBack: f.bisect?.heldBack ?? [],
      bisectBuilds: f.bisect?.builds ?? 0,
      tagBumps: f.tagBumps ?? [],
    })),
    heldBack: report.flakes.flatMap((f) => (f.bisect?.heldBack ?? []).map((h) => ({ flake: f.dir, ...h }))),
    bisectBuilds: report.flakes.reduce((n, f) => n + (f.bisect?.builds ?? 0), 0),
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
