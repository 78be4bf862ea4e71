import {
  formatBytes
} from "./chunk-WGFYKTD6.js";
import {
  hasUpdates,
  isUnchanged,
  totals
} from "./chunk-QQERTKHH.js";
import {
  cell,
  cellCode,
  code,
  details,
  fence,
  html,
  lastLines,
  link,
  plural,
  table
} from "./chunk-5B3WRTDH.js";
import {
  shortRev
} from "./chunk-GYRCVODP.js";

// src/render/update-report.ts
function commitKey(flakeDir, input) {
  return `${flakeDir}#${input}`;
}
var MARKER_PREFIX = "<!-- flake-steward:update";
function marker(flakeDir) {
  return flakeDir === void 0 ? `${MARKER_PREFIX} -->` : `${MARKER_PREFIX} path=${JSON.stringify(flakeDir)} -->`;
}
var MAX_LENGTH = 6e4;
var LONG_TABLE = 15;
var FULL_LOG = 40;
function renderReport(report, options = {}) {
  return degrade((level) => render(report, options, level), {
    maxLength: options.maxLength ?? MAX_LENGTH,
    mostRows: Math.min(options.topRows ?? Infinity, maxRows(report)),
    ...options.fullReportUrl !== void 0 ? { fullReportUrl: options.fullReportUrl } : {}
  });
}
function degrade(renderAt, opts) {
  const max = opts.maxLength;
  const base = { inputRows: Infinity, summaryOnly: false };
  const full = { ...base, stage: "full", collapse: false, rows: Infinity, commits: "list", logLines: FULL_LOG };
  const collapsed = { ...full, stage: "collapsed", collapse: true };
  const rows = (n) => ({
    ...base,
    stage: "top-rows",
    collapse: true,
    rows: n,
    commits: "count",
    logLines: 20
  });
  const summary = {
    stage: "summary",
    collapse: true,
    rows: 0,
    commits: "count",
    logLines: 10,
    inputRows: Infinity,
    summaryOnly: true
  };
  const tight = { ...summary, logLines: 5, inputRows: 50 };
  const fits = (level) => {
    const text = renderAt(level);
    return text.length <= max ? text : void 0;
  };
  for (const level of [full, collapsed]) {
    const text = fits(level);
    if (text !== void 0) return { markdown: text, stage: level.stage };
  }
  const most = opts.mostRows;
  let best;
  let lo = 1;
  let hi = most;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    const text = fits(rows(mid));
    if (text !== void 0) {
      best = text;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (best !== void 0) return { markdown: best, stage: "top-rows" };
  for (const level of [summary, tight]) {
    const text = fits(level);
    if (text !== void 0) return { markdown: text, stage: level.stage };
  }
  return { markdown: cut(renderAt(tight), max, opts.fullReportUrl), stage: "cut" };
}
function maxRows(report) {
  let n = 0;
  for (const f of report.flakes) for (const c of f.configurations) n = Math.max(n, c.diff?.changes.length ?? 0);
  return n;
}
function cut(text, max, url) {
  const note = `

---
_The report was cut to fit GitHub's limit.${url ? ` ${link("Full report", url)}.` : ""}_
`;
  const budget = max - note.length - 64;
  let head = text.slice(0, Math.max(0, budget));
  head = head.slice(0, Math.max(0, head.lastIndexOf("\n")));
  const fences = head.match(/^`{3,}/gm) ?? [];
  if (fences.length % 2 === 1) head += `
${fences[fences.length - 1]}`;
  const opened = (head.match(/<details/g) ?? []).length - (head.match(/<\/details>/g) ?? []).length;
  for (let i = 0; i < opened; i++) head += "\n\n</details>";
  return head + note;
}
function render(report, options, level) {
  const parts = [];
  if (options.marker) parts.push(options.marker);
  if (options.heading) parts.push(`## ${html(options.heading)}`);
  parts.push(headline(report));
  if (report.dryRun && hasUpdates(report))
    parts.push("_Dry run: `flake.lock` was restored after the report was made._");
  if (level.stage !== "full" && level.stage !== "collapsed" && options.fullReportUrl) {
    parts.push(`_Shortened to fit; the full report is in the ${link("job summary", options.fullReportUrl)}._`);
  } else if (level.stage !== "full" && level.stage !== "collapsed") {
    parts.push("_Shortened to fit; run `flake-steward update --dry-run` for the full report._");
  }
  const multi = report.flakes.length > 1;
  for (const flake of report.flakes) {
    if (flake.listingError) {
      parts.push(
        `> [!WARNING]
> The outputs of ${multi ? code(flake.dir) : "the flake"} could not be listed after the update, so the list from before was built: ${code(flake.listingError)}`
      );
    }
  }
  const failures = failureSection(report, level, multi);
  if (failures) parts.push(failures);
  const held = heldBackSection(report, options, level, multi);
  if (held) parts.push(held);
  for (const flake of report.flakes) {
    if (multi) parts.push(`### Flake ${code(flake.dir)}`);
    parts.push(flakeSection(flake, options, level, multi ? "####" : "###"));
  }
  return `${parts.filter((p) => p !== "").join("\n\n")}
`;
}
function headline(report) {
  const t = totals(report);
  const bits = [
    plural(t.inputsUpdated, "input") + " updated",
    plural(t.configurationsBuilt, "configuration") + " built",
    plural(t.packageChanges, "package change")
  ];
  if (t.configurationsUnchanged > 0) bits.push(`${t.configurationsUnchanged} unchanged`);
  if (t.configurationsFailed > 0) bits.push(`❌ ${plural(t.configurationsFailed, "build")} failed`);
  return `**${bits.join(" · ")}**`;
}
var KIND_LABEL = {
  nixos: "NixOS configuration",
  home: "Home Manager configuration",
  darwin: "nix-darwin configuration",
  package: "package",
  devShell: "dev shell",
  check: "check",
  attr: "attribute"
};
var OUTPUT_SET = {
  package: "packages",
  devShell: "devShells",
  check: "checks"
};
function shortName(c) {
  if (c.kind === "attr") return c.attr;
  const set = OUTPUT_SET[c.kind];
  return set ? `${set}.${c.name}` : c.name;
}
function title(c) {
  return c.kind === "attr" ? code(c.attr) : `${KIND_LABEL[c.kind]} ${code(c.name)}`;
}
function failureSection(report, level, multi) {
  const after = report.flakes.flatMap(
    (f) => f.configurations.filter((c) => c.after.status === "failed").map((c) => ({ f, c }))
  );
  if (after.length === 0) return "";
  const where = (f) => multi ? ` in ${code(f.dir)}` : "";
  const solved = ({ f, c }) => f.bisect?.proposal === "proposed" && f.bisect.heldBack.some((h) => h.targets.includes(c.attr));
  const fixed = after.filter(solved);
  const open = after.filter((x) => !solved(x));
  const out = [];
  if (fixed.length > 0) {
    out.push(
      `> [!NOTE]
> ${plural(fixed.length, "build")} failed with every input moved, and ${fixed.length === 1 ? "builds" : "build"} with the lock this pull request proposes (see "Inputs held back"): ${fixed.map(({ f, c }) => `${title(c)}${where(f)}`).join(", ")}.`
    );
  }
  if (open.length === 0) return out.join("\n\n");
  out.push(
    `> [!CAUTION]
> ${plural(open.length, "build")} failed after the update: ${open.map(({ f, c }) => `${title(c)}${where(f)}`).join(", ")}.`
  );
  out.push(
    ...failureBlocks(open, where, level, {
      built: "It built before the update.",
      failed: "It also failed before the update.",
      absent: "It is new in this update."
    })
  );
  return out.join("\n\n");
}
function failureBlocks(failed, where, level, since) {
  const out = ["### ❌ Build failures"];
  for (const { f, c } of failed) {
    const before = c.before.status === "built" ? since.built : c.before.status === "failed" ? since.failed : since.absent;
    out.push(failureBlock(c, where(f), before, level));
  }
  return out;
}
function failureBlock(c, where, since, level) {
  const failure = c.after.failure;
  const lines = [`**${title(c)}**${where}: ${cellCode(c.attr)}. ${since}`];
  if (failure) {
    lines.push(code(failure.message));
    const tail = lastLines(failure.logTail, level.logLines);
    if (tail.trim() !== "") {
      const block = fence(tail);
      lines.push(
        level.collapse && tail.split("\n").length > 15 ? details(`Last ${level.logLines} log lines`, block, true) : block
      );
    }
    if (failure.failedDrv) lines.push(`Full log: ${code(`nix log ${failure.failedDrv}`)}`);
  }
  return lines.join("\n\n");
}
function heldBackSection(report, options, level, multi) {
  const flakes = report.flakes.filter((f) => f.bisect !== void 0);
  if (flakes.length === 0) return "";
  const out = ["### 🔎 Inputs held back"];
  for (const f of flakes) {
    const b = f.bisect;
    const where = multi ? ` in ${code(f.dir)}` : "";
    const builds = `${plural(b.builds, "extra build")} (at most ${b.maxBuilds})`;
    if (b.heldBack.length === 0) {
      out.push(`No single input${where} could be blamed: ${builds}${b.note ? `; ${code(b.note)}` : ""}.`);
      continue;
    }
    const names = b.heldBack.map((h) => code(h.input)).join(", ");
    const lock = f.lockFile;
    out.push(
      b.proposal === "proposed" ? `${code(lock)} moves every other input; ${names} ${b.heldBack.length === 1 ? "stays" : "stay"} at the old revision, and the outputs that failed build with it (${builds}).` : `${code(lock)} moves every input: without ${names} the failing outputs still do not build (${builds}).`
    );
    for (const h of b.heldBack) {
      const targets = h.targets.map((t) => cellCode(t)).join(", ");
      const how = h.interaction ? " together with the other held-back inputs" : " alone";
      const tag = h.tagBump ? ` to release tag ${html(h.tagBump.to)}` : "";
      const kept = h.tagBump && b.proposal === "proposed" ? ` ${code(f.dir === "." ? "flake.nix" : `${f.dir}/flake.nix`)} keeps ${html(h.tagBump.from)}.` : "";
      const lines = [
        `**${code(h.input)}**${where}: updating it${tag}${how} breaks ${targets}${h.exact ? "" : " (the search reached its bound: the culprit is among the held-back inputs)"}.${kept}`,
        code(h.evidence.message)
      ];
      const tail = lastLines(h.evidence.logTail, level.logLines);
      if (tail.trim() !== "") lines.push(level.collapse ? details(`Last ${level.logLines} log lines`, fence(tail), true) : fence(tail));
      const move = (f.heldBackInputs ?? []).find((c) => c.name === h.input);
      if (move) {
        lines.push(`Not in this pull request: ${heldBackMove(move)}.`);
        if (level.commits === "list") {
          const list = commitListBlock(move, options.commits?.get(commitKey(f.dir, move.name)));
          if (list) lines.push(list);
        }
      }
      out.push(lines.join("\n\n"));
    }
    const followers = (f.heldBackInputs ?? []).filter((c) => !b.heldBack.some((h) => h.input === c.name));
    if (b.proposal === "proposed" && followers.length > 0) {
      out.push(`Held back with them${where}: ${followers.map((c) => `${code(c.name)} (${heldBackMove(c)})`).join(", ")}.`);
    }
    if (b.proposal === "proposed") {
      out.push(
        "_The package changes below were measured with every input moved; the proposed lock was built for the outputs that failed._"
      );
    }
  }
  return out.join("\n\n");
}
function heldBackMove(c) {
  const rev = (s) => s ? `${code(s.rev ? shortRev(s.rev) : s.tag ?? s.label)}${s.date ? ` · ${html(s.date)}` : ""}` : "—";
  const move = `${rev(c.before)} → ${rev(c.after)}`;
  return c.compareUrl ? `${move} (${link("compare", c.compareUrl)})` : move;
}
function flakeSection(flake, options, level, h, noInputs = (lockFile) => `No input changed: ${code(lockFile)} is up to date.`) {
  const out = [];
  out.push(`${h} Inputs`);
  if (flake.inputs.length === 0) {
    out.push(noInputs(flake.lockFile));
  } else {
    out.push(inputsTable(flake, options, level));
    if (level.commits === "list") {
      const lists = flake.inputs.map((c) => commitListBlock(c, options.commits?.get(commitKey(flake.dir, c.name)))).filter((s) => s !== "");
      if (lists.length > 0) out.push(lists.join("\n\n"));
    }
  }
  const bumps = tagBumpLines(flake);
  if (bumps) out.push(bumps);
  const configs = configurationsSection(flake, level, h);
  if (configs) out.push(configs);
  if (flake.skipped.length > 0) {
    out.push(
      `Not built on ${flake.system ? code(flake.system) : "this system"}: ${flake.skipped.map((s) => `${code(s.attr)} (${html(s.system)})`).join(", ")}.`
    );
  }
  return out.join("\n\n");
}
function tagBumpLines(flake) {
  const bumps = flake.tagBumps ?? [];
  if (bumps.length === 0) return void 0;
  const file = flake.dir === "." ? "flake.nix" : `${flake.dir}/flake.nix`;
  const lines = bumps.map((b) => `- ${code(b.input)}: ${html(b.from)} → ${html(b.to)} (release tag)`);
  return [`Release tags moved in ${code(file)}:`, ...lines].join("\n");
}
function sourceCell(s, follows) {
  if (follows) return `follows ${cellCode(follows.length === 0 ? "(this flake)" : follows.join("/"))}`;
  if (!s) return "—";
  const id = s.rev ? shortRev(s.rev) : s.tag ?? s.url ?? s.narHash?.slice(0, 19) ?? s.type;
  const shown = link(cellCode(id), s.revUrl);
  return s.date ? `${shown} · ${s.date}` : shown;
}
function spanCell(c) {
  if (c.spanDays === void 0) return "";
  if (c.spanDays === 0) return "same day";
  const sign = c.spanDays > 0 ? "+" : "−";
  return `${sign}${plural(Math.abs(c.spanDays), "day")}`;
}
function inputCell(c) {
  const s = c.after ?? c.before;
  const bits = [cellCode(c.name)];
  const moved = c.before && c.after && c.before.label !== c.after.label;
  if (s && !moved) bits.push(cell(s.ref ? `${s.label} (${s.ref})` : s.label));
  else if (moved) bits.push(cell(`${c.before.label} → ${c.after.label}`));
  if (c.kind === "added") bits.push("_(added)_");
  if (c.kind === "removed") bits.push("_(removed)_");
  return bits.join(" ");
}
function compareCell(c, list) {
  const url = list?.compareUrl ?? c.compareUrl;
  const total = list?.total ?? 0;
  if (total > 0) return link(plural(total, "commit"), url);
  if (url) return link("compare", url);
  if (c.urlChanged) return "URL changed";
  return "";
}
function inputsTable(flake, options, level) {
  const rows = flake.inputs.slice(0, level.inputRows).map((c) => [
    inputCell(c),
    sourceCell(c.before, c.followsBefore),
    sourceCell(c.after, c.followsAfter),
    spanCell(c),
    compareCell(c, options.commits?.get(commitKey(flake.dir, c.name)))
  ]);
  let text = table(["Input", "From", "To", "Span", "Changes"], rows, "lllrl");
  const dropped = flake.inputs.length - rows.length;
  if (dropped > 0) text += `

_…and ${plural(dropped, "more input")} (see the full report)._`;
  return text;
}
function inertTitle(title2) {
  return (title2.split("\n")[0] ?? "").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function commitListBlock(c, list) {
  if (!list) return "";
  const total = list.total ?? list.commits.length;
  const url = list.compareUrl ?? c.compareUrl;
  const lines = [];
  for (const commit of list.commits) {
    lines.push(`- ${link(code(shortRev(commit.sha)), commit.url)} ${inertTitle(commit.title)}`);
  }
  const more = total - list.commits.length;
  if (more > 0) lines.push(`- …and ${more} more${url ? ` (${link("compare", url)})` : ""}`);
  if (lines.length === 0) {
    return list.unavailable ? `_${html(c.name)}: no commit list (${html(list.unavailable)})._` : "";
  }
  return details(`${c.name}: ${plural(total, "commit")}`, lines.join("\n"));
}
var ORDER = {
  upgraded: 0,
  downgraded: 0,
  changed: 0,
  added: 1,
  removed: 2,
  size: 3
};
function orderedChanges(changes) {
  return [...changes].sort((a, b) => {
    const k = ORDER[a.kind] - ORDER[b.kind];
    if (k !== 0) return k;
    if (a.kind === "size") return Math.abs(b.sizeDelta) - Math.abs(a.sizeDelta) || (a.name < b.name ? -1 : 1);
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  });
}
function versions(vs) {
  return vs.map((v) => v === "" ? "(no version)" : v).join(", ");
}
function packageRow(p) {
  const mark = p.kind === "downgraded" ? " ⚠️ downgraded" : "";
  const name = `${cell(p.name)}${mark}`;
  const delta = p.sizeDelta === 0 ? "" : formatBytes(p.sizeDelta, true);
  switch (p.kind) {
    case "added":
      return [name, "_(added)_", cell(versions(p.versionsAfter)), delta];
    case "removed":
      return [name, cell(versions(p.versionsBefore)), "_(removed)_", delta];
    case "size":
      return [name, cell(versions(p.versionsBefore)), cell(versions(p.versionsAfter)), delta];
    default:
      return [name, cell(versions(p.removed)), cell(versions(p.added)), delta];
  }
}
function countsLine(c) {
  const d = c.diff;
  const bits = [];
  for (const k of ["upgraded", "downgraded", "changed", "added", "removed"]) {
    if (d.counts[k] > 0) bits.push(`${d.counts[k]} ${k}`);
  }
  if (d.counts.size > 0) bits.push(`${d.counts.size} size only`);
  return `${bits.length > 0 ? bits.join(", ") : "no package changes"} · ${closureLine(c)}`;
}
function closureLine(c) {
  const d = c.diff;
  return `closure ${formatBytes(d.sizeBefore)} → ${formatBytes(d.sizeAfter)} (${formatBytes(d.sizeAfter - d.sizeBefore, true)})`;
}
function statusLine(c) {
  const size = (n) => n !== void 0 ? ` · closure ${formatBytes(n)}` : "";
  if (c.after.status === "failed") return "❌ failed to build after the update (see above)";
  if (c.before.status === "failed" && c.after.status === "built")
    return `✅ builds again after the update (it failed before)${size(c.after.closureSize)}`;
  if (c.before.status === "absent" && c.after.status === "built")
    return `🆕 new in this update${size(c.after.closureSize)}`;
  if (c.after.status === "absent" && c.before.status !== "absent") return "removed by this update";
  return void 0;
}
function configurationsSection(flake, level, h) {
  if (flake.configurations.length === 0) return "";
  const out = [`${h} Configurations`];
  const unchanged = [];
  const notBuilt = [];
  const same = [];
  const groups = /* @__PURE__ */ new Map();
  for (const c of flake.configurations) {
    if (isUnchanged(c)) {
      same.push(c);
      continue;
    }
    const status = statusLine(c);
    if (status) {
      out.push(`**${title(c)}**: ${status}`);
      continue;
    }
    if (!c.diff) {
      notBuilt.push(c);
      continue;
    }
    if (c.diff.changes.length === 0 || level.summaryOnly) {
      if (c.diff.changes.length === 0) unchanged.push(c);
      else out.push(`**${title(c)}**: ${countsLine(c)}`);
      continue;
    }
    const ordered = orderedChanges(c.diff.changes);
    const rows = ordered.map(packageRow);
    const key = JSON.stringify(rows);
    const group = groups.get(key);
    if (group) {
      group.members.push(c);
      continue;
    }
    groups.set(key, { members: [], at: out.length });
    out.push(`**${title(c)}**: ${countsLine(c)}`);
    const shown = rows.slice(0, level.rows);
    let body = table(["Package", "Before", "After", "Δ size"], shown, "lllr");
    const dropped = ordered.length - shown.length;
    if (dropped > 0) body += `

_…and ${plural(dropped, "more change")} not shown._`;
    const long = shown.length > LONG_TABLE || level.collapse;
    out.push(long ? details(`${c.name}: ${plural(ordered.length, "change")}`, body, !level.collapse) : body);
  }
  for (const { members, at } of groups.values()) {
    if (members.length === 0) continue;
    const also = members.map((m) => `${title(m)} · ${closureLine(m)}`).join("; ");
    out[at] += `

The same package changes in ${also}.`;
  }
  const names = (cs) => cs.map((c) => `${code(c.name)}${c.kind === "attr" ? "" : ` (${KIND_LABEL[c.kind]})`}`).join(", ");
  if (unchanged.length > 0) out.push(`No package changes: ${names(unchanged)}.`);
  if (notBuilt.length > 0) out.push(`Not built: ${names(notBuilt)}.`);
  if (same.length > 0) {
    out.push(`Unchanged (same derivation before and after): ${same.map((c) => code(shortName(c))).join(", ")}.`);
  }
  return out.join("\n\n");
}

export {
  commitKey,
  MARKER_PREFIX,
  marker,
  MAX_LENGTH,
  renderReport,
  degrade,
  maxRows,
  title,
  failureBlocks,
  failureBlock,
  flakeSection,
  tagBumpLines,
  orderedChanges
};
