import {
  buildFailures,
  hasUpdates,
  isUnchanged,
  totals,
  updatedInputsOutput
} from "./chunk-QQERTKHH.js";
import {
  safeJson
} from "./chunk-6WGRO25Q.js";
import "./chunk-YLVDSGH3.js";

// src/render/update-json.ts
function flakeJson(f) {
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
    tagBumps: f.tagBumps ?? []
  };
}
function reportJson(report) {
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
    ...report.groups ? {
      groups: report.groups.map((fg) => ({
        dir: fg.dir,
        groups: fg.groups.map((g) => ({ name: g.name, inputs: g.inputs, flake: flakeJson(g.flake) })),
        refused: fg.refused.map((r) => ({ name: r.name, why: r.why }))
      }))
    } : {}
  };
}
function renderJson(report) {
  return `${safeJson(reportJson(report), 2)}
`;
}
function renderReviewJson(review) {
  const strip = (f) => {
    const { fix: _fix, ...rest } = f;
    return rest;
  };
  return `${safeJson(
    {
      kind: "review",
      base: review.base,
      head: review.head,
      noFlakeChanges: review.noFlakeChanges,
      ...reportJson(review.report),
      lint: { introduced: review.lint.introduced.map(strip), present: review.lint.present.map(strip) }
    },
    2
  )}
`;
}
export {
  flakeJson,
  renderJson,
  renderReviewJson,
  reportJson
};
