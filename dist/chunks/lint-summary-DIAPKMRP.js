import {
  cellCode,
  code,
  html
} from "./chunk-5B3WRTDH.js";
import {
  ruleHelpUri
} from "./chunk-HXFN7XTL.js";
import {
  lintHints
} from "./chunk-BVR3L56C.js";
import {
  comparePaths,
  findInput,
  pathsByNode,
  sourceOf
} from "./chunk-NCRQW533.js";
import {
  SEVERITY_RANK,
  allFindings,
  counts,
  plural
} from "./chunk-AFL4INF5.js";
import "./chunk-QR34APMT.js";
import {
  showPath
} from "./chunk-HFN6JY3P.js";
import "./chunk-T54OW3UP.js";
import "./chunk-LOBXAA3U.js";
import "./chunk-7HIKED5Z.js";
import "./chunk-OTUWSOVN.js";
import "./chunk-6FGB7YHV.js";
import {
  SEVERITY_ICON,
  displayFinding,
  displayNotice,
  fixable
} from "./chunk-52LYCAOF.js";
import {
  neutralise,
  neutraliseText
} from "./chunk-6WGRO25Q.js";
import "./chunk-YLVDSGH3.js";

// src/render/mermaid-graph.ts
var MAX_NODES = 80;
function mermaidLabel(s) {
  return neutralise(s).replace(/[&"<>#|`]/g, (ch) => `#${ch.charCodeAt(0)};`);
}
function nodeLabel(lock, key, path) {
  if (key === lock.root) return "flake";
  const node = lock.nodes.get(key);
  const name = path ? path[path.length - 1] : key;
  const s = sourceOf(node);
  const src = s ? `${s.label}${s.ref ? ` ${s.ref}` : ""}` : "";
  return src ? `${mermaidLabel(name)}<br/>${mermaidLabel(src)}` : mermaidLabel(name);
}
function inputDiagram(ctx, highlight = /* @__PURE__ */ new Set()) {
  const lock = ctx.lock;
  if (!lock) return void 0;
  const byNode = pathsByNode(ctx);
  const depthOf = (key) => key === lock.root ? 0 : byNode.get(key)?.[0]?.length ?? Infinity;
  let maxDepth = 2;
  const count = (d) => [...byNode.keys()].filter((k) => depthOf(k) <= d).length;
  if (count(2) > MAX_NODES) maxDepth = 1;
  const shown = /* @__PURE__ */ new Set([lock.root]);
  for (const k of byNode.keys()) if (depthOf(k) <= maxDepth || highlight.has(k)) shown.add(k);
  const ids = /* @__PURE__ */ new Map();
  const id = (key) => {
    let v = ids.get(key);
    if (!v) {
      v = `n${ids.size}`;
      ids.set(key, v);
    }
    return v;
  };
  const lines = ["flowchart LR"];
  for (const key of shown) {
    const label = nodeLabel(lock, key, byNode.get(key)?.[0]);
    lines.push(key === lock.root ? `  ${id(key)}(["${label}"])` : `  ${id(key)}["${label}"]`);
  }
  let missing = 0;
  for (const parent of shown) {
    if (depthOf(parent) >= maxDepth && parent !== lock.root && !highlight.has(parent)) continue;
    const node = lock.nodes.get(parent);
    if (!node) continue;
    for (const [name, edge] of node.inputs) {
      if (edge.kind === "node") {
        if (!shown.has(edge.key)) continue;
        const childName = byNode.get(edge.key)?.[0];
        const same = childName && childName[childName.length - 1] === name;
        lines.push(`  ${id(parent)} -->${same ? "" : `|"${mermaidLabel(name)}"|`} ${id(edge.key)}`);
      } else {
        const r = edge.path.length === 0 ? { kind: "node", key: lock.root } : findInput(lock, edge.path);
        if (r.kind === "node" && shown.has(r.key)) {
          lines.push(`  ${id(parent)} -.->|"${mermaidLabel(name)}"| ${id(r.key)}`);
        } else if (r.kind !== "node") {
          const m = `m${missing++}`;
          lines.push(`  ${m}["${mermaidLabel(`missing: ${showPath(edge.path)}`)}"]`);
          lines.push(`  ${id(parent)} -.->|"${mermaidLabel(name)}"| ${m}`);
          lines.push(`  class ${m} missing`);
        }
      }
    }
  }
  lines.push("  classDef dup fill:#ffebe9,stroke:#cf222e,stroke-width:2px");
  lines.push("  classDef missing fill:#fff8c5,stroke:#9a6700,stroke-dasharray:4 2");
  const dups = [...highlight].filter((k) => shown.has(k)).map(id);
  if (dups.length > 0) lines.push(`  class ${dups.join(",")} dup`);
  const hidden = [...byNode.entries()].filter(([k]) => k !== lock.root && !shown.has(k)).map(([, paths]) => paths[0]).sort(comparePaths);
  const total = [...byNode.keys()].filter((k) => k !== lock.root).length;
  return { mermaid: `${lines.join("\n")}
`, total, shown: total - hidden.length, hidden, depth: maxDepth };
}

// src/render/lint-summary.ts
var MAX_ROWS = 200;
function cell(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
var code2 = (s) => cellCode(s);
function row(finding) {
  const f = displayFinding(finding);
  const fix = f.fix ? f.fix.text !== "" ? `<br>Fix: ${code2(f.fix.text)}` : `<br>Fix: ${cell(f.fix.description)}` : "";
  return `| ${SEVERITY_ICON[f.severity]} ${f.severity} | [${code2(f.rule)}](${ruleHelpUri(f.rule)}) | ${code2(`${f.file}:${f.line}:${f.column}`)} | ${f.input ? code2(f.input) : ""} | ${cell(f.message)}${fix} |`;
}
function copiesToRemove(run) {
  const out = /* @__PURE__ */ new Set();
  for (const f of run.findings) {
    if (f.rule !== "duplicates/duplicate-input" || f.input === void 0) continue;
    const node = run.ctx.resolved.get(f.input)?.node;
    if (node !== void 0) out.add(node);
  }
  return out;
}
var HIDDEN_NAMED = 12;
function cutNote(d) {
  if (d.hidden.length === 0) return void 0;
  const named = d.hidden.slice(0, HIDDEN_NAMED).map((p) => code(neutraliseText(showPath(p))));
  const more = d.hidden.length > HIDDEN_NAMED ? ` and ${d.hidden.length - HIDDEN_NAMED} more` : "";
  const kept = d.depth === 1 ? "the root's inputs" : "the root's inputs and their inputs";
  return `Showing ${d.shown} of ${d.total} inputs (${kept}, and the copies to remove); not shown: ${named.join(", ")}${more}.`;
}
function renderSummary(run, opts = {}) {
  const findings = allFindings(run);
  const c = counts(findings);
  const canFix = findings.filter(fixable).length;
  const out = ["## flake-steward lint", ""];
  const dirs = run.flakes.map((f) => neutraliseText(f.dir));
  const where = dirs.map(code2).join(", ");
  out.push(
    findings.length === 0 ? `✅ **No findings** in ${plural(run.flakes.length, "flake")} (${where}).` : `**${plural(c.error, "error")}, ${plural(c.warning, "warning")}, ${plural(c.notice, "notice")}** in ${plural(run.flakes.length, "flake")} (${where})${canFix > 0 ? `; ${canFix} can be fixed by \`flake-steward fix\`` : ""}.`,
    ""
  );
  if (run.flakes.length > 1) {
    out.push("| flake | errors | warnings | notices |", "|---|---|---|---|");
    run.flakes.forEach((f, i) => {
      const fc = counts(f.findings);
      out.push(`| ${code2(dirs[i])} | ${fc.error} | ${fc.warning} | ${fc.notice} |`);
    });
    out.push("");
  }
  if (findings.length > 0) {
    out.push("| severity | rule | where | input | finding |", "|---|---|---|---|---|");
    const rows = findings.map((f, i) => ({ f, i })).sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i);
    for (const { f } of rows.slice(0, MAX_ROWS)) out.push(row(f));
    if (findings.length > MAX_ROWS)
      out.push(`| | | | | … and ${findings.length - MAX_ROWS} more (see the annotations or SARIF) |`);
    out.push("");
    for (const hint of lintHints(findings)) out.push(hint, "");
  }
  const notices = run.flakes.flatMap((f) => f.notices);
  for (const n of notices) out.push(`> [!NOTE]
> ${cell(displayNotice(n))}`, "");
  if (opts.graphs !== false) {
    run.flakes.forEach((f, i) => {
      const diagram = inputDiagram(f.ctx, copiesToRemove(f));
      if (!diagram) return;
      const note = cutNote(diagram);
      out.push(
        `<details${run.flakes.length === 1 ? " open" : ""}><summary>Input graph of ${html(f.dir === "." ? "the flake" : dirs[i])} (follows dashed, copies to remove in red${note ? `; ${diagram.shown} of ${diagram.total} inputs` : ""})</summary>`,
        "",
        "```mermaid",
        diagram.mermaid.trimEnd(),
        "```",
        "",
        ...note ? [note, ""] : [],
        "</details>",
        ""
      );
    });
  }
  return `${out.join("\n").trimEnd()}
`;
}
export {
  cell,
  renderSummary
};
