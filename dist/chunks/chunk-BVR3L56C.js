import {
  UPDATE_COMMANDS
} from "./chunk-NCRQW533.js";

// src/render/lint-hints.ts
function lintHints(findings) {
  const stale = findings.filter((f) => f.rule === "freshness/stale-input").length;
  if (stale === 0) return [];
  return [`To update ${stale === 1 ? "the stale input" : `the ${stale} stale inputs`}: ${UPDATE_COMMANDS}.`];
}

export {
  lintHints
};
