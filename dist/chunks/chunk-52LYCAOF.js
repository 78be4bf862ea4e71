import {
  neutraliseText
} from "./chunk-6WGRO25Q.js";

// src/render/lint-display.ts
var SEVERITY_ICON = { error: "🔴", warning: "🟡", notice: "🔵" };
function displayFinding(f) {
  return {
    ...f,
    message: neutraliseText(f.message),
    file: neutraliseText(f.file),
    ...f.input !== void 0 ? { input: neutraliseText(f.input) } : {},
    ...f.fix ? { fix: { ...f.fix, description: neutraliseText(f.fix.description), text: neutraliseText(f.fix.text) } } : {}
  };
}
var displayNotice = (n) => neutraliseText(n);
var fixable = (f) => f.fix !== void 0 && f.fix.edits.length > 0;
function joinShown(prefix, file) {
  if (prefix === "" || prefix === ".") return file;
  if (file === "." || file === "") return prefix;
  return `${prefix.replace(/\/+$/, "")}/${file}`;
}
function relocateRun(run, prefix) {
  if (prefix === "" || prefix === ".") return run;
  return {
    flakes: run.flakes.map((f) => ({
      ...f,
      dir: joinShown(prefix, f.dir),
      ctx: { ...f.ctx, nixPath: joinShown(prefix, f.ctx.nixPath), lockPath: joinShown(prefix, f.ctx.lockPath) },
      findings: f.findings.map((x) => ({ ...x, file: joinShown(prefix, x.file) }))
    }))
  };
}
function nixSources(run) {
  const out = /* @__PURE__ */ new Map();
  for (const f of run.flakes) {
    const text = f.ctx.nixText ?? f.ctx.flake?.text;
    if (text !== void 0) out.set(f.ctx.nixPath, text);
  }
  return out;
}

export {
  SEVERITY_ICON,
  displayFinding,
  displayNotice,
  fixable,
  relocateRun,
  nixSources
};
