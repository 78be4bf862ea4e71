import {
  RULES,
  runFails,
  runLint
} from "./chunk-YXD22DWS.js";
import {
  LINT_OPTIONS,
  LINT_OPTIONS_HELP
} from "./chunk-LXBZTEBS.js";
import {
  terminalLogger
} from "./chunk-YO7SSYIK.js";
import {
  writeAtomic
} from "./chunk-VC3ZV3GN.js";
import {
  confine,
  resolvePath,
  rootOf
} from "./chunk-MDGUUJEU.js";
import {
  CLI_DISCOVER_HINTS,
  configFromFlags
} from "./chunk-DJJ6S3NH.js";
import {
  EXIT
} from "./chunk-PRLAEPIX.js";
import {
  systemClock
} from "./chunk-22PJIZ42.js";
import {
  lintHints
} from "./chunk-BVR3L56C.js";
import {
  allFindings,
  countsLine,
  plural
} from "./chunk-AFL4INF5.js";
import {
  displayFinding,
  displayNotice,
  fixable,
  nixSources,
  relocateRun
} from "./chunk-52LYCAOF.js";
import {
  neutralise
} from "./chunk-6WGRO25Q.js";

// src/cli/commands/lint.ts
import path2 from "node:path";

// src/render/lint-code-frame.ts
var FRAME_WIDTH = 120;
var LEAD = 40;
var SourceLines = class {
  constructor(text) {
    this.text = text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }
  text;
  starts = [0];
  /** Line `n` (1-based) without its line break, or undefined past the end. */
  line(n) {
    if (!Number.isInteger(n) || n < 1 || n > this.starts.length) return void 0;
    const start = this.starts[n - 1];
    const next = n < this.starts.length ? this.starts[n] : this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, "");
  }
};
function shown(ch) {
  if (ch === "	") return "  ";
  return neutralise(ch, { max: 16 });
}
function codeFrame(source, r, indent = "  ") {
  const text = source.line(r.line);
  if (text === void 0) return [];
  const from = Math.min(Math.max(0, r.column - 1), text.length);
  const to = Math.max(from + 1, r.endLine === r.line ? Math.min(r.endColumn - 1, text.length) : text.length);
  let start = 0;
  let end = text.length;
  if (text.length > FRAME_WIDTH) {
    start = Math.max(0, Math.min(from - LEAD, text.length - FRAME_WIDTH));
    end = start + FRAME_WIDTH;
  }
  if (start > 0 && /[\udc00-\udfff]/.test(text[start])) start++;
  if (end < text.length && /[\ud800-\udbff]/.test(text[end - 1])) end--;
  let line = start > 0 ? "…" : "";
  let caretStart = -1;
  let caretEnd = -1;
  let width = line.length;
  for (let i = start; i < end; ) {
    const cp = text.codePointAt(i);
    const ch = String.fromCodePoint(cp);
    if (i >= from && caretStart < 0) caretStart = width;
    const piece = shown(ch);
    line += piece;
    width += [...piece].length;
    i += ch.length;
    if (i <= to) caretEnd = width;
  }
  if (end < text.length) line += "…";
  if (caretStart < 0) caretStart = width;
  if (caretEnd <= caretStart) caretEnd = caretStart + 1;
  line = line.replace(/##\[/g, "#​#[");
  const number = String(r.line);
  const gutter = " ".repeat(number.length);
  return [
    `${indent}${number} | ${line}`.trimEnd(),
    `${indent}${gutter} | ${" ".repeat(caretStart)}${"^".repeat(caretEnd - caretStart)}`
  ];
}

// src/render/lint-text.ts
var SGR = { red: "31", yellow: "33", blue: "34", dim: "2", bold: "1", green: "32", cyan: "36" };
function formatText(findings, notices, opts) {
  const c = (code, s) => opts.color ? `\x1B[${SGR[code]}m${s}\x1B[0m` : s;
  const sev = { error: c("red", "error"), warning: c("yellow", "warning"), notice: c("blue", "notice") };
  const lines = [];
  for (const n of notices) lines.push(`${c("dim", "note:")} ${displayNotice(n)}`);
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const group = groups.get(f.file);
    if (group) group.push(f);
    else groups.set(f.file, [f]);
  }
  const parsed = /* @__PURE__ */ new Map();
  const sourceOf = (file) => {
    const text = opts.sources?.get(file);
    if (text === void 0) return void 0;
    let s = parsed.get(file);
    if (!s) parsed.set(file, s = new SourceLines(text));
    return s;
  };
  for (const [file, group] of groups) {
    if (lines.length > 0) lines.push("");
    const source = sourceOf(file);
    lines.push(c("bold", displayFinding(group[0]).file));
    for (const raw of group) {
      const f = displayFinding(raw);
      lines.push(
        `  ${c("bold", `${f.file}:${f.line}:${f.column}`)} ${sev[f.severity]} ${c("dim", f.rule)} ${f.message}`
      );
      if (source) {
        const [text, carets] = codeFrame(source, f, "    ");
        if (text !== void 0 && carets !== void 0)
          lines.push(text, c(f.severity === "error" ? "red" : "cyan", carets));
      }
      if (f.fix) {
        const what = f.fix.text === "" ? f.fix.description : f.fix.text;
        const auto = fixable(f) ? c("dim", " (flake-steward fix applies it)") : "";
        lines.push(`    ${c("green", "fix:")} ${what}${auto}`);
      }
    }
  }
  if (lines.length > 0) lines.push("");
  for (const hint of lintHints(findings)) lines.push(`${c("dim", "hint:")} ${hint[0].toLowerCase()}${hint.slice(1)}`);
  lines.push(totals(findings, opts.flakes, c));
  return `${lines.join("\n")}
`;
}
function totals(findings, flakes, c) {
  const where = `in ${plural(flakes, "flake")}`;
  if (findings.length === 0) return `${c("green", "no findings")} ${where}`;
  const canFix = findings.filter(fixable).length;
  const fix = canFix > 0 ? `; ${canFix} can be fixed by \`flake-steward fix\`` : "";
  return `${countsLine(findings)} ${where}${fix}`;
}

// src/workspace/report-file.ts
import { mkdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
async function writeReportFile(file, text, within) {
  if (within === void 0 && await isStream(file)) {
    await writeFile(file, text);
    return file;
  }
  const real = within === void 0 ? resolvePath(file) : confine(rootOf(within.workspace), file, {
    shown: path.relative(within.workspace, path.resolve(within.workspace, file)),
    area: "the workspace",
    hint: within.hint
  });
  await mkdir(path.dirname(real), { recursive: true });
  await writeAtomic(real, text);
  return real;
}
async function isStream(file) {
  try {
    const s = await stat(file);
    return !s.isFile() && !s.isDirectory();
  } catch {
    return false;
  }
}

// src/cli/commands/lint.ts
var lintCommand = {
  name: "lint",
  summary: "Check flake.nix and flake.lock: follows, duplicates, sync, hygiene, freshness (no Nix needed)",
  usage: "flake-steward lint [DIR] [--format text|json|sarif|markdown] [--fail-on error|warning|notice|never] [options]",
  help: `Lints the flake in DIR (default: the current directory; DIR may also be its flake.nix or flake.lock) without
evaluating anything: dangling or inconsistent follows, inputs locked several times, a lock out of step with
flake.nix, registry and unlocked inputs, stale inputs and unsupported nixpkgs branches. Rules and their fixes:
docs/rules.md.
Settings can also live in .flake-steward.json beside flake.nix; flags win over it.

Options:
  --format FORMAT           output on stdout: text (default: findings grouped by file, FILE:LINE:COL from
                            the current directory, the flake.nix line under each), json ({"findings": [...]}),
                            sarif (SARIF 2.1.0), markdown (the action's job summary, with the input graph)
  --sarif-file FILE         also write SARIF 2.1.0 to FILE
  --fail-on LEVEL           lowest severity that makes the exit code 1: error (default), warning, notice, never
${LINT_OPTIONS_HELP}

Exit codes: 0 no finding at or above --fail-on, 1 findings (or an error), 2 usage error.

Examples:
  flake-steward lint
  flake-steward lint --format json --fail-on warning
  flake-steward lint . --paths '**/flake.nix' --rules freshness/stale-input=off`,
  options: {
    format: { type: "string" },
    "sarif-file": { type: "string" },
    ...LINT_OPTIONS
  },
  async run(positionals, values, io) {
    const config = await configFromFlags("lint", positionals, values, io);
    const run = shownFromCwd(
      await runLint(config, { ...cliLintPorts, logger: terminalLogger(io) }),
      config.workspace,
      io
    );
    const findings = allFindings(run);
    if (config.lint.sarifFile) {
      const { formatSarif } = await import("./lint-sarif-USEFGVVY.js");
      await writeReportFile(config.lint.sarifFile, formatSarif(findings, RULES));
    }
    await printRun(config.format, run, io);
    return runFails(run) ? EXIT.failure : EXIT.ok;
  }
};
var cliLintPorts = {
  clock: systemClock,
  label: (name) => `--${name}`,
  confine: false,
  hints: CLI_DISCOVER_HINTS
};
function cwdPrefix(dir, io) {
  const rel = path2.relative(path2.resolve(io.cwd), dir);
  if (path2.isAbsolute(rel)) return dir.split(path2.sep).join("/");
  return rel.split(path2.sep).join("/");
}
function shownFromCwd(run, workspace, io) {
  return relocateRun(run, cwdPrefix(workspace, io));
}
async function printRun(format, run, io) {
  const findings = allFindings(run);
  const notices = run.flakes.flatMap((f) => f.notices);
  switch (format) {
    case "json": {
      const { formatJson } = await import("./lint-json-HHKBRDSH.js");
      io.stdout(formatJson(findings));
      for (const n of notices) io.stderr(`note: ${displayNotice(n)}
`);
      break;
    }
    case "sarif": {
      const { formatSarif } = await import("./lint-sarif-USEFGVVY.js");
      io.stdout(formatSarif(findings, RULES));
      for (const n of notices) io.stderr(`note: ${displayNotice(n)}
`);
      break;
    }
    case "markdown": {
      const { renderSummary } = await import("./lint-summary-DIAPKMRP.js");
      io.stdout(renderSummary(run));
      break;
    }
    default:
      io.stdout(
        formatText(findings, notices, { color: io.isTTY, flakes: run.flakes.length, sources: nixSources(run) })
      );
  }
}

export {
  formatText,
  lintCommand,
  cliLintPorts,
  cwdPrefix,
  shownFromCwd,
  printRun
};
