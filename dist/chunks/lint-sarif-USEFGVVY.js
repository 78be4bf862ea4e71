import {
  VERSION
} from "./chunk-63CPMTXH.js";
import {
  PROJECT_URL,
  ruleHelpUri
} from "./chunk-HXFN7XTL.js";
import {
  displayFinding
} from "./chunk-52LYCAOF.js";
import {
  safeJson
} from "./chunk-6WGRO25Q.js";
import "./chunk-YLVDSGH3.js";

// src/render/lint-sarif.ts
import { createHash } from "node:crypto";
var LEVEL = { error: "error", warning: "warning", notice: "note" };
var MAX_REPLACEMENT = 1e4;
function region(r) {
  return { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn };
}
function replacement(e) {
  return {
    deletedRegion: region({
      line: e.span.start.line,
      column: e.span.start.column,
      endLine: e.span.end.line,
      endColumn: e.span.end.column
    }),
    insertedContent: { text: e.newText }
  };
}
function ruleName(id) {
  return id.split(/[/-]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
}
function ruleDescriptor(r) {
  const markdown = `${r.docs.summary}

**Why it matters.** ${r.docs.why}

**Fix.** ${r.docs.fix}

[Documentation](${ruleHelpUri(r.id)})`;
  return {
    id: r.id,
    name: ruleName(r.id),
    shortDescription: { text: r.docs.summary },
    fullDescription: { text: `${r.docs.summary} ${r.docs.why}` },
    help: { text: `${r.docs.summary}
Why: ${r.docs.why}
Fix: ${r.docs.fix}`, markdown },
    helpUri: ruleHelpUri(r.id),
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    properties: { tags: ["nix", "flake", r.id.split("/")[0]] }
  };
}
function toSarif(findings, rules) {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = findings.map((f) => {
    const shown = displayFinding(f);
    const location = {
      physicalLocation: { artifactLocation: { uri: f.file, uriBaseId: "%SRCROOT%" }, region: region(f) }
    };
    const fingerprint = createHash("sha256").update(`${f.rule}\0${f.file}\0${f.input ?? `${f.line}:${f.column}`}`).digest("hex");
    const result = {
      ruleId: f.rule,
      level: LEVEL[f.severity],
      message: {
        text: shown.fix && shown.fix.text !== "" ? `${shown.message}
Fix: ${shown.fix.text}` : shown.message
      },
      locations: [location],
      partialFingerprints: { "flakeSteward/v1": fingerprint }
    };
    const i = index.get(f.rule);
    if (i !== void 0) result["ruleIndex"] = i;
    if (shown.input !== void 0) result["properties"] = { input: shown.input };
    if (f.fix && f.fix.edits.length > 0 && f.fix.edits.every((e) => e.newText.length <= MAX_REPLACEMENT)) {
      result["fixes"] = [
        {
          description: { text: shown.fix.description },
          artifactChanges: [
            {
              artifactLocation: { uri: f.file, uriBaseId: "%SRCROOT%" },
              replacements: f.fix.edits.map(replacement)
            }
          ]
        }
      ];
    }
    return result;
  });
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "flake-steward",
            version: VERSION,
            informationUri: PROJECT_URL,
            rules: rules.map(ruleDescriptor)
          }
        },
        results,
        columnKind: "utf16CodeUnits"
      }
    ]
  };
}
function formatSarif(findings, rules) {
  return `${safeJson(toSarif(findings, rules), 2)}
`;
}
export {
  formatSarif,
  toSarif
};
