// src/update/update-result.ts
function changedInputs(report) {
  return report.flakes.flatMap((flake) => flake.inputs.map((change) => ({ flake, change })));
}
function hasUpdates(report) {
  return report.flakes.some((f) => f.lock.before !== f.lock.after);
}
function packageChangeCount(c) {
  if (!c.diff) return 0;
  return c.diff.changes.filter((p) => p.kind !== "size").length;
}
function isUnchanged(c) {
  return c.before.status === "unchanged" && c.after.status === "unchanged";
}
function buildFailures(report) {
  const out = [];
  for (const side of ["after", "before"]) {
    for (const flake of report.flakes) {
      for (const c of flake.configurations) {
        const f = c[side].failure;
        if (c[side].status === "failed" && f) out.push({ flake, failure: f });
      }
    }
  }
  return out;
}
function failedAfter(report) {
  return report.flakes.flatMap(
    (flake) => flake.configurations.filter((c) => c.after.status === "failed").map((configuration) => ({ flake, configuration }))
  );
}
function totals(report) {
  let inputsUpdated = 0;
  let configurationsBuilt = 0;
  let configurationsFailed = 0;
  let configurationsUnchanged = 0;
  let packageChanges = 0;
  for (const f of report.flakes) {
    inputsUpdated += f.inputs.length;
    for (const c of f.configurations) {
      if (c.after.status === "built") configurationsBuilt++;
      if (c.after.status === "failed") configurationsFailed++;
      if (isUnchanged(c)) configurationsUnchanged++;
      packageChanges += packageChangeCount(c);
    }
  }
  return { inputsUpdated, configurationsBuilt, configurationsFailed, configurationsUnchanged, packageChanges };
}
function updatedInputsOutput(report) {
  return changedInputs(report).map(({ flake, change }) => ({
    flake: flake.dir,
    input: change.name,
    kind: change.kind,
    from: change.before?.rev ?? change.before?.tag ?? change.before?.url ?? null,
    to: change.after?.rev ?? change.after?.tag ?? change.after?.url ?? null,
    fromDate: change.before?.date ?? null,
    toDate: change.after?.date ?? null,
    compareUrl: change.compareUrl ?? null
  }));
}

export {
  hasUpdates,
  isUnchanged,
  buildFailures,
  failedAfter,
  totals,
  updatedInputsOutput
};
