import {
  displayFinding
} from "./chunk-52LYCAOF.js";
import {
  safeJson
} from "./chunk-6WGRO25Q.js";
import "./chunk-YLVDSGH3.js";

// src/render/lint-json.ts
function toJsonFinding(finding) {
  const f = displayFinding(finding);
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    input: f.input ?? null,
    fix: f.fix ? f.fix.text : null
  };
}
function formatJson(findings) {
  return `${safeJson({ findings: findings.map(toJsonFinding) }, 2)}
`;
}
export {
  formatJson,
  toJsonFinding
};
