import {
  failedAfter
} from "./chunk-QQERTKHH.js";

// src/update/build-failure-policy.ts
function unresolved(flake) {
  if (flake.bisect?.proposal === "proposed") return [];
  return flake.configurations.filter((c) => c.after.status === "failed");
}
function planFlake(flake, onBuildFailure, draft, anyFailure) {
  const failed = unresolved(flake).map((c) => c.attr);
  if (onBuildFailure === "fail" && anyFailure) {
    return { kind: "skip", why: "builds failed after the update (on-build-failure: fail)", warn: false };
  }
  if (flake.lock.before === flake.lock.after) return { kind: "close" };
  if (failed.length === 0) return { kind: "publish", draft, failed };
  switch (onBuildFailure) {
    case "skip-pr":
      return {
        kind: "skip",
        why: `${failed.length} build(s) failed after the update: ${failed.join(", ")} (on-build-failure: skip-pr)`,
        warn: true
      };
    case "draft":
      return { kind: "publish", draft: true, failed };
    default:
      return { kind: "publish", draft, failed };
  }
}
function decideOnBuildFailure(report, onBuildFailure, draft) {
  const failed = failedAfter(report).filter(({ flake }) => flake.bisect?.proposal !== "proposed");
  const anyFailure = failed.length > 0;
  return {
    failRun: onBuildFailure === "fail" && anyFailure,
    ...anyFailure ? {
      failure: `${failed.length} build(s) failed after the update: ${failed.map((f) => f.configuration.attr).join(", ")}`
    } : {},
    flakes: report.flakes.map((f) => planFlake(f, onBuildFailure, draft, anyFailure))
  };
}
function reviewBreakage(report) {
  const breaks = [];
  const alsoOnBase = [];
  for (const { configuration: c } of failedAfter(report)) {
    (c.before.status === "failed" ? alsoOnBase : breaks).push(c.attr);
  }
  return { breaks, alsoOnBase };
}

export {
  planFlake,
  decideOnBuildFailure,
  reviewBreakage
};
