import {
  compareText
} from "./chunk-QR34APMT.js";
import {
  globMatch
} from "./chunk-T54OW3UP.js";
import {
  UsageError
} from "./chunk-6FGB7YHV.js";

// src/lint/rule-engine.ts
var SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
var ONE_BELOW = { error: "warning", warning: "notice", notice: "notice" };
function checkRuleIds(rules, configured, setting) {
  const known = new Set(rules.map((r) => r.id));
  for (const id of Object.keys(configured)) {
    if (!known.has(id)) {
      const near = [...known].filter((k) => k.endsWith(`/${id.split("/").pop()}`) || k.startsWith(id));
      throw new UsageError(
        `unknown rule '${id}' in ${setting}`,
        near.length > 0 ? `did you mean ${near.join(" or ")}?` : `rules are: ${[...known].join(", ")}`
      );
    }
  }
}
function isIgnored(finding, ignore) {
  if (finding.input === void 0) return false;
  for (const entry of ignore) {
    const colon = entry.indexOf(":");
    if (colon > 0) {
      if (entry.slice(0, colon) === finding.rule && globMatch(entry.slice(colon + 1), finding.input)) return true;
    } else if (globMatch(entry, finding.input)) {
      return true;
    }
  }
  return false;
}
function compareFindings(a, b) {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || compareText(a.input ?? "", b.input ?? "") || compareText(a.message, b.message);
}
function runRules(ctx, rules) {
  const findings = [];
  const notices = [];
  const skippedForNix = [];
  const seen = /* @__PURE__ */ new Set();
  for (const rule of rules) {
    const setting = ctx.options.rules[rule.id] ?? rule.defaultSeverity;
    if (setting === "off") continue;
    if (rule.needs.includes("nix") && !ctx.flake) {
      if (!ctx.hasNix) skippedForNix.push(rule.id);
      continue;
    }
    if (rule.needs.includes("lock") && !ctx.lock) continue;
    let raw;
    try {
      raw = rule.check(ctx);
    } catch (e) {
      notices.push(`rule ${rule.id} failed on ${ctx.nixPath}: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    for (const r of raw) {
      const finding = {
        rule: rule.id,
        severity: r.minor === true ? ONE_BELOW[setting] : setting,
        message: r.message,
        file: r.in === "nix" ? ctx.nixPath : ctx.lockPath,
        line: r.line,
        column: r.column,
        endLine: r.endLine,
        endColumn: r.endColumn,
        ...r.input !== void 0 ? { input: r.input } : {},
        ...r.fix ? { fix: r.fix } : {}
      };
      if (isIgnored(finding, ctx.options.ignore)) continue;
      const key = `${finding.rule}\0${finding.file}\0${finding.line}\0${finding.column}\0${finding.input}\0${finding.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(finding);
    }
  }
  if (skippedForNix.length > 0) {
    notices.unshift(
      `${ctx.nixPath} not found: linting ${ctx.lockPath} alone (lock-only mode); ${skippedForNix.length} rules that read flake.nix were skipped`
    );
  }
  findings.sort(compareFindings);
  return { findings, notices };
}
function fails(findings, failOn) {
  if (failOn === "never") return false;
  const limit = SEVERITY_RANK[failOn];
  return findings.some((f) => SEVERITY_RANK[f.severity] <= limit);
}

// src/lint/lint-result.ts
function allFindings(run) {
  return run.flakes.flatMap((f) => f.findings);
}
function counts(findings) {
  const c = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function countsLine(findings) {
  const c = counts(findings);
  return `${plural(c.error, "error")}, ${plural(c.warning, "warning")}, ${plural(c.notice, "notice")}`;
}

export {
  SEVERITY_RANK,
  checkRuleIds,
  isIgnored,
  runRules,
  fails,
  allFindings,
  counts,
  plural,
  countsLine
};
