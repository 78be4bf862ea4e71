import {
  mergeBuilds,
  missingShards,
  readPlan
} from "./chunk-CPETD74Z.js";
import {
  buildFileName,
  parseBuild,
  serializeBuild
} from "./chunk-LJNLQWMJ.js";
import "./chunk-WYFOGVTW.js";
import {
  MAX_BODY,
  call,
  commitLists,
  fullName,
  ownHost,
  tokenAccount
} from "./chunk-5YJ4JXQR.js";
import {
  commitKey,
  degrade,
  failureBlock,
  flakeSection,
  maxRows,
  title
} from "./chunk-XK5LOGAY.js";
import "./chunk-WGFYKTD6.js";
import "./chunk-6N6TCNZE.js";
import {
  totals
} from "./chunk-QQERTKHH.js";
import "./chunk-ZRNIQLM2.js";
import "./chunk-OQ6QX2KE.js";
import "./chunk-4S7IP54V.js";
import "./chunk-PTXESPYV.js";
import {
  array,
  firstIssue,
  literal,
  maxLength,
  minValue,
  number,
  optional,
  parseJsonFile,
  picklist,
  pipe,
  regex,
  safeInteger,
  safeParse,
  serializePlan,
  strictObject,
  string
} from "./chunk-KQDEDPFO.js";
import "./chunk-63CPMTXH.js";
import {
  cell,
  cellCode,
  code,
  details,
  link,
  plural,
  table
} from "./chunk-NL6DXGGY.js";
import "./chunk-VC3ZV3GN.js";
import "./chunk-QDD6O4BT.js";
import "./chunk-MDGUUJEU.js";
import "./chunk-HOZ3T3AG.js";
import "./chunk-IWXDM47V.js";
import {
  repoUrl,
  shortRev
} from "./chunk-GYRCVODP.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-H56A37KT.js";
import "./chunk-BMNEXWVU.js";
import "./chunk-7HIKED5Z.js";
import "./chunk-GJL3B6YX.js";
import {
  displayFinding
} from "./chunk-FTEZJX46.js";
import "./chunk-CARTIHEC.js";
import {
  GitHubAPIError,
  UserError
} from "./chunk-6FGB7YHV.js";
import {
  neutralise
} from "./chunk-6WGRO25Q.js";
import "./chunk-YLVDSGH3.js";

// src/render/inert-text.ts
var ZWSP = "​";
var RULES = [
  [/@(?=[A-Za-z0-9])/g, `@${ZWSP}`],
  [/#(?=\d)/g, `#${ZWSP}`],
  [/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`],
  [/:\/\//g, `:${ZWSP}//`],
  [/\b(www)\./gi, `$1${ZWSP}.`],
  [/\](?=[([])/g, `]${ZWSP}`],
  [/&(?!(?:amp|lt|gt|quot);)(?=[#A-Za-z])/g, `&${ZWSP}`]
];
function inertText(s) {
  let out = s;
  for (const [re, by] of RULES) out = out.replace(re, by);
  return out;
}

// src/render/review-comment.ts
var REVIEW_MAX_LENGTH = 65536;
var MAX_COMMITS = 250;
function renderReviewComment(input) {
  const base = sideLabel(input.base);
  const head = sideLabel(input.head);
  if (input.noFlakeChanges) {
    return {
      markdown: `${input.marker}
**flake-steward review** (${base.sha}..${head.sha}): this pull request changes no \`flake.nix\` or \`flake.lock\`; nothing to build or lint.
`,
      stage: "full"
    };
  }
  const report = inertReport(input.report);
  const commits = inertCommits(input.report, input.commits);
  const lint = input.lint && {
    introduced: bySeverity(input.lint.introduced.map(inertFinding)),
    present: bySeverity(input.lint.present.map(inertFinding))
  };
  const fullReportUrl = input.fullReportUrl !== void 0 && /^https:\/\/[^\s()<>]+$/.test(input.fullReportUrl) ? input.fullReportUrl : void 0;
  const view = { marker: input.marker, report, commits, lint, base, head, fullReportUrl };
  return degrade((level) => render(view, level), {
    maxLength: input.maxLength ?? REVIEW_MAX_LENGTH,
    mostRows: maxRows(report),
    ...fullReportUrl !== void 0 ? { fullReportUrl } : {}
  });
}
function sideLabel(side) {
  return { ref: code(inertText(str(side.ref))), sha: code(inertText(shortRev(str(side.sha)))) };
}
function render(view, level) {
  const { report } = view;
  const parts = [view.marker];
  parts.push(`## flake-steward review ${view.base.sha}..${view.head.sha}`);
  parts.push(`${headline(view)}

Base ${view.base.ref} · head ${view.head.ref}.`);
  if (level.stage !== "full" && level.stage !== "collapsed") {
    parts.push(
      view.fullReportUrl ? `_Shortened to fit; the full report is in the ${link("job summary", view.fullReportUrl)}._` : "_Shortened to fit; run `flake-steward review` for the full report._"
    );
  }
  const multi = report.flakes.length > 1;
  for (const flake of report.flakes) {
    if (flake.listingError) {
      parts.push(
        `> [!WARNING]
> The outputs of ${multi ? code(flake.dir) : "the flake"} could not be listed on the head, so the base's list was built: ${code(flake.listingError)}`
      );
    }
  }
  const failures = failureSection(report, level, multi);
  if (failures) parts.push(failures);
  const options = { commits: view.commits };
  for (const flake of report.flakes) {
    if (multi) parts.push(`### Flake ${code(flake.dir)}`);
    parts.push(
      flakeSection(
        flake,
        options,
        level,
        multi ? "####" : "###",
        (lockFile) => `No input changed in ${code(lockFile)}.`
      )
    );
  }
  if (view.lint) parts.push(lintSection(view.lint, level));
  const more = view.fullReportUrl ? ` · ${link("job summary", view.fullReportUrl)}` : "";
  parts.push(
    `---
<sub>flake-steward review of ${view.base.sha}..${view.head.sha}, updated on every push${more}</sub>`
  );
  return `${parts.filter((p) => p !== "").join("\n\n")}
`;
}
function headline(view) {
  const t = totals(view.report);
  const failed = failedOnHead(view.report);
  const bits = [
    plural(t.inputsUpdated, "input") + " changed",
    plural(t.configurationsBuilt, "configuration") + " built",
    plural(t.packageChanges, "package change")
  ];
  if (t.configurationsUnchanged > 0) bits.push(`${t.configurationsUnchanged} unchanged`);
  const broken = failed.filter((x) => x.c.before.status === "built").length;
  if (broken > 0) bits.push(`❌ ${plural(broken, "build")} broken`);
  if (failed.length > broken) bits.push(`❌ ${plural(failed.length - broken, "build")} failing`);
  if (view.lint) {
    const n = view.lint.introduced.length;
    bits.push(n === 0 ? "no new lint finding" : `${plural(n, "new lint finding")}`);
  }
  return `**${bits.join(" · ")}**`;
}
function failedOnHead(report) {
  const all = report.flakes.flatMap(
    (f) => f.configurations.filter((c) => c.after.status === "failed").map((c) => ({ f, c }))
  );
  const rank = (c) => c.before.status === "built" ? 0 : c.before.status === "failed" ? 2 : 1;
  return all.map((x, i) => ({ x, i })).sort((a, b) => rank(a.x.c) - rank(b.x.c) || a.i - b.i).map(({ x }) => x);
}
function failureSection(report, level, multi) {
  const failed = failedOnHead(report);
  if (failed.length === 0) return "";
  const where = (f) => multi ? ` in ${code(f.dir)}` : "";
  const broken = failed.filter(({ c }) => c.before.status === "built");
  const out = [];
  if (broken.length > 0) {
    out.push(
      `> [!CAUTION]
> This pull request breaks ${plural(broken.length, "build")} that the base built: ${broken.map(({ f, c }) => `${title(c)}${where(f)}`).join(", ")}.`
    );
  } else {
    out.push(`> [!WARNING]
> ${plural(failed.length, "build")} failing on the head (none that the base built).`);
  }
  out.push("### ❌ Build failures");
  for (const { f, c } of failed) {
    const since = c.before.status === "built" ? "It builds on the base." : c.before.status === "failed" ? "It fails on the base too." : "It is new in this pull request.";
    out.push(failureBlock(c, where(f), since, level));
  }
  return out.join("\n\n");
}
var LINT_CAPS = {
  full: { introduced: 200, present: 200, message: 2e3 },
  collapsed: { introduced: 100, present: 50, message: 500 },
  "top-rows": { introduced: 50, present: 20, message: 300 },
  summary: { introduced: 20, present: 0, message: 200 },
  cut: { introduced: 20, present: 0, message: 200 }
};
var SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
var ICON = { error: "🔴", warning: "🟡", notice: "🔵" };
function bySeverity(findings) {
  return findings.map((f, i) => ({ f, i })).sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i).map(({ f }) => f);
}
function findingsTable(findings, rows, caps) {
  const shown = findings.slice(0, rows).map((f) => {
    const message = neutralise(f.message, { max: caps.message, cut: "middle" });
    const fix = f.fix && f.fix.text !== "" ? `<br>Fix: ${cellCode(f.fix.text)}` : "";
    return [
      `${ICON[f.severity]} ${f.severity}`,
      cellCode(f.rule),
      cellCode(`${f.file}:${f.line}:${f.column}`),
      f.input !== void 0 ? cellCode(f.input) : "",
      `${cell(message)}${fix}`
    ];
  });
  let text2 = table(["Severity", "Rule", "Where", "Input", "Finding"], shown);
  const dropped = findings.length - shown.length;
  if (dropped > 0) text2 += `

_…and ${plural(dropped, "more finding")} (see the job summary or the annotations)._`;
  return text2;
}
function severityCounts(findings) {
  const n = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) n[f.severity]++;
  return ["error", "warning", "notice"].filter((s) => n[s] > 0).map((s) => plural(n[s], s)).join(", ");
}
function lintSection(lint, level) {
  const caps = LINT_CAPS[level.stage];
  const { introduced, present } = lint;
  const out = ["### Lint"];
  if (introduced.length === 0 && present.length === 0) {
    out.push("✅ No lint findings on the head.");
    return out.join("\n\n");
  }
  out.push("#### New in this pull request");
  out.push(
    introduced.length === 0 ? "✅ None: every finding on the head was already on the base." : `${severityCounts(introduced)}.

${findingsTable(introduced, caps.introduced, caps)}`
  );
  if (present.length > 0) {
    const summary = `Already present on the base: ${plural(present.length, "finding")} (${severityCounts(present)})`;
    out.push(
      caps.present === 0 ? `_${summary}; listed in the job summary._` : details(summary, findingsTable(present, caps.present, caps))
    );
  }
  return out.join("\n\n");
}
var str = (v) => typeof v === "string" ? v : "";
var num = (v) => typeof v === "number" && Number.isFinite(v) ? v : 0;
var optNum = (v) => typeof v === "number" && Number.isFinite(v) ? v : void 0;
var optText = (v) => typeof v === "string" ? inertText(v) : void 0;
var texts = (v) => Array.isArray(v) ? v.map((x) => inertText(str(x))) : [];
var list = (v) => Array.isArray(v) ? v : [];
var pick = (v, allowed, fallback) => allowed.includes(v) ? v : fallback;
function defined(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
}
var KINDS = ["nixos", "home", "darwin", "package", "devShell", "check", "attr"];
var STATUSES = ["built", "failed", "absent", "unchanged"];
var CHANGE_KINDS = ["upgraded", "downgraded", "added", "removed", "changed", "size"];
var INPUT_KINDS = ["updated", "added", "removed", "follows"];
var SEVERITIES = ["error", "warning", "notice"];
var HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+(?::\d{1,5})?$/;
var SEGMENT = /^[A-Za-z0-9_.~-]+$/;
var segmentOk = (s) => SEGMENT.test(s) && s !== "." && s !== "..";
function linkableRepo(r) {
  if (!r || typeof r !== "object") return void 0;
  const { forge, host, owner, repo } = r;
  if (forge !== "github" && forge !== "gitlab" && forge !== "sourcehut") return void 0;
  if (typeof host !== "string" || typeof owner !== "string" || typeof repo !== "string") return void 0;
  if (!HOST.test(host) || !owner.split("/").every(segmentOk) || !segmentOk(repo)) return void 0;
  return { forge, host, owner, repo };
}
function forgeLink(url, repos) {
  if (typeof url !== "string") return void 0;
  for (const r of repos) {
    if (!r) continue;
    const prefix = `${repoUrl(r)}/`;
    if (!url.startsWith(prefix)) continue;
    const rest = url.slice(prefix.length).replace(/\/$/, "");
    if (rest === "" || rest.split("/").every(segmentOk)) return url;
  }
  return void 0;
}
var DATE = /^\d{4}-\d{2}-\d{2}$/;
function inertSource(s) {
  if (!s || typeof s !== "object") return void 0;
  const repo = linkableRepo(s.repo);
  return defined({
    node: inertText(str(s.node)),
    type: inertText(str(s.type)),
    label: inertText(str(s.label)),
    rev: optText(s.rev),
    tag: optText(s.tag),
    ref: optText(s.ref),
    url: optText(s.url),
    narHash: optText(s.narHash),
    lastModified: optNum(s.lastModified),
    date: typeof s.date === "string" && DATE.test(s.date) ? s.date : void 0,
    repo,
    revUrl: forgeLink(s.revUrl, [repo])
  });
}
function inertPath(p) {
  return Array.isArray(p) ? texts(p) : void 0;
}
function inertInput(c) {
  const before = inertSource(c.before);
  const after = inertSource(c.after);
  return defined({
    path: inertPath(c.path) ?? [],
    name: inertText(str(c.name)),
    kind: pick(c.kind, INPUT_KINDS, "updated"),
    before,
    after,
    followsBefore: inertPath(c.followsBefore),
    followsAfter: inertPath(c.followsAfter),
    compareUrl: forgeLink(c.compareUrl, [after?.repo, before?.repo]),
    spanDays: optNum(c.spanDays),
    ageDays: optNum(c.ageDays),
    urlChanged: c.urlChanged === true
  });
}
function inertFailure(f) {
  if (!f || typeof f !== "object") return void 0;
  return defined({
    side: pick(f.side, ["before", "after"], "after"),
    attr: inertText(str(f.attr)),
    drvPath: optText(f.drvPath),
    failedDrv: optText(f.failedDrv),
    message: inertText(str(f.message)),
    // Shown only in a fence (code: no mention, no link, no HTML), each line through the neutraliser.
    logTail: str(f.logTail)
  });
}
function inertSide(s) {
  const side = s && typeof s === "object" ? s : {};
  return defined({
    status: pick(side.status, STATUSES, "absent"),
    drvPath: optText(side.drvPath),
    outPaths: Array.isArray(side.outPaths) ? texts(side.outPaths) : void 0,
    closureSize: optNum(side.closureSize),
    failure: inertFailure(side.failure)
  });
}
function inertChange(p) {
  return {
    name: inertText(str(p.name)),
    kind: pick(p.kind, CHANGE_KINDS, "changed"),
    versionsBefore: texts(p.versionsBefore),
    versionsAfter: texts(p.versionsAfter),
    removed: texts(p.removed),
    added: texts(p.added),
    sizeBefore: num(p.sizeBefore),
    sizeAfter: num(p.sizeAfter),
    sizeDelta: num(p.sizeDelta),
    sizeShown: p.sizeShown === true
  };
}
function inertDiff(d) {
  if (!d || typeof d !== "object") return void 0;
  const counts = Object.fromEntries(CHANGE_KINDS.map((k) => [k, num(d.counts?.[k])]));
  return {
    changes: list(d.changes).map(inertChange),
    counts,
    sizeBefore: num(d.sizeBefore),
    sizeAfter: num(d.sizeAfter),
    pathsBefore: num(d.pathsBefore),
    pathsAfter: num(d.pathsAfter)
  };
}
function inertConfiguration(c) {
  return defined({
    attr: inertText(str(c.attr)),
    kind: pick(c.kind, KINDS, "attr"),
    name: inertText(str(c.name)),
    before: inertSide(c.before),
    after: inertSide(c.after),
    diff: inertDiff(c.diff)
  });
}
function inertFlake(f) {
  const lock = f.lock && typeof f.lock === "object" ? f.lock : { before: "", after: "" };
  return defined({
    dir: inertText(str(f.dir)),
    lockFile: inertText(str(f.lockFile)),
    system: optText(f.system),
    inputs: list(f.inputs).map(inertInput),
    configurations: list(f.configurations).map(inertConfiguration),
    skipped: list(f.skipped).map((s) => ({ attr: inertText(str(s?.attr)), system: inertText(str(s?.system)) })),
    listingError: optText(f.listingError),
    // Not shown; only compared (whether the lock changed).
    lock: { before: str(lock.before), after: str(lock.after) }
  });
}
function inertReport(report) {
  return {
    version: 1,
    nixVersion: inertText(str(report.nixVersion)),
    dryRun: report.dryRun === true,
    requestedInputs: texts(report.requestedInputs),
    flakes: list(report.flakes).map(inertFlake)
  };
}
function inertTitle(t) {
  const first = str(t).split(/\r\n|\r|\n/).find((l) => l.trim() !== "") ?? "";
  return inertText(neutralise(first.trim(), { max: 200 }));
}
function inertCommits(report, commits) {
  const out = /* @__PURE__ */ new Map();
  if (!commits) return out;
  for (const f of list(report.flakes)) {
    for (const c of list(f.inputs)) {
      const given = commits.get(commitKey(str(f.dir), str(c.name)));
      if (!given || typeof given !== "object") continue;
      const repos = [linkableRepo(c.after?.repo), linkableRepo(c.before?.repo)];
      const shown = list(given.commits).slice(0, MAX_COMMITS).map(
        (v) => defined({ sha: inertText(str(v?.sha)), title: inertTitle(v?.title), url: forgeLink(v?.url, repos) })
      );
      const total = optNum(given.total);
      out.set(
        commitKey(inertText(str(f.dir)), inertText(str(c.name))),
        defined({
          commits: shown,
          total: total ?? (list(given.commits).length > shown.length ? list(given.commits).length : void 0),
          compareUrl: forgeLink(given.compareUrl, repos),
          unavailable: optText(given.unavailable)
        })
      );
    }
  }
  return out;
}
function inertFinding(f) {
  const fix = f.fix && typeof f.fix === "object" ? f.fix : void 0;
  const d = displayFinding(
    defined({
      rule: str(f.rule),
      severity: pick(f.severity, SEVERITIES, "warning"),
      message: str(f.message),
      file: str(f.file),
      input: typeof f.input === "string" ? f.input : void 0,
      line: num(f.line),
      column: num(f.column),
      endLine: num(f.endLine),
      endColumn: num(f.endColumn),
      fix: fix && { description: str(fix.description), text: str(fix.text), edits: [] }
    })
  );
  return defined({
    ...d,
    rule: inertText(d.rule),
    message: inertText(d.message),
    file: inertText(d.file),
    input: optText(d.input),
    fix: d.fix && { description: inertText(d.fix.description), text: inertText(d.fix.text), edits: [] }
  });
}

// src/github/pull-comment.ts
var REVIEW_MARKER = "<!-- flake-steward:review -->";
function reviewCommentBody(body) {
  return body.startsWith(REVIEW_MARKER) ? body : `${REVIEW_MARKER}
${body}`;
}
function hasReviewMarker(body) {
  return (body ?? "").trimStart().startsWith(REVIEW_MARKER);
}
async function ourComments(gh, r, pullNumber, login) {
  const me = login.toLowerCase();
  return call(
    gh,
    { what: `list the comments of pull request #${pullNumber} in ${fullName(r)}`, permission: "pull-requests: read" },
    async () => {
      const found = [];
      const pages = gh.octokit.paginate.iterator(gh.octokit.rest.issues.listComments, {
        owner: r.owner,
        repo: r.repo,
        issue_number: pullNumber,
        per_page: 100
      });
      for await (const page of pages) {
        for (const c of page.data) {
          if (c.user?.login.toLowerCase() === me && hasReviewMarker(c.body)) {
            found.push({ id: c.id, body: c.body ?? "", url: c.html_url });
          }
        }
      }
      return found.sort((a, b) => a.id - b.id);
    }
  );
}
async function editComment(gh, r, pullNumber, id, body) {
  const res = await call(
    gh,
    {
      what: `edit the review comment on pull request #${pullNumber} in ${fullName(r)}`,
      permission: "pull-requests: write"
    },
    () => gh.octokit.rest.issues.updateComment({ owner: r.owner, repo: r.repo, comment_id: id, body })
  );
  return res.data.html_url;
}
async function upsertReviewComment(gh, repo, pullNumber, body) {
  const full = reviewCommentBody(body);
  if (full.length > MAX_BODY) {
    throw new GitHubAPIError(
      `could not post the review comment on pull request #${pullNumber} in ${fullName(repo)}: its body has ${full.length} characters with the marker, and GitHub accepts at most ${MAX_BODY}; the report must be cut to fit before posting`
    );
  }
  const me = await tokenAccount(gh);
  const [keep, ...newer] = await ourComments(gh, repo, pullNumber, me.login);
  if (!keep) {
    const res = await call(
      gh,
      {
        what: `comment on pull request #${pullNumber} in ${fullName(repo)}`,
        permission: "pull-requests: write"
      },
      () => gh.octokit.rest.issues.createComment({
        owner: repo.owner,
        repo: repo.repo,
        issue_number: pullNumber,
        body: full
      })
    );
    return { operation: "created", id: res.data.id, url: res.data.html_url };
  }
  let result;
  if (keep.body === full) {
    result = { operation: "unchanged", id: keep.id, url: keep.url };
  } else {
    result = { operation: "updated", id: keep.id, url: await editComment(gh, repo, pullNumber, keep.id, full) };
  }
  for (const dup of newer) {
    await editComment(gh, repo, pullNumber, dup.id, `_This review is out of date; the current one is ${result.url}._`);
    gh.logger.info(`Marked an older duplicate review comment (${dup.url}) as out of date.`);
  }
  return result;
}

// src/update/lint-file.ts
var LINT_FILE = "lint.json";
var LINT_FORMAT = 1;
var LINT_MAX_BYTES = 16 * 1024 * 1024;
function stored(f) {
  const { fix: _fix, ...rest } = f;
  return rest;
}
function serializeLint(planId, introduced, present) {
  const file = { format: LINT_FORMAT, planId, introduced: introduced.map(stored), present: present.map(stored) };
  return `${JSON.stringify(file, null, 2)}
`;
}
var text = (max = 4096) => pipe(string(), maxLength(max));
var position = pipe(number(), safeInteger(), minValue(0));
var FindingSchema = strictObject({
  rule: pipe(text(128), regex(/^[a-z]+\/[a-z0-9-]+$/, "a rule id")),
  severity: picklist(["error", "warning", "notice"]),
  message: text(64 * 1024),
  file: text(),
  input: optional(text()),
  line: position,
  column: position,
  endLine: position,
  endColumn: position
});
var LintSchema = strictObject({
  format: literal(LINT_FORMAT),
  planId: pipe(string(), regex(/^[0-9a-f]{16}$/, "16 hex digits")),
  introduced: pipe(array(FindingSchema), maxLength(1e5)),
  present: pipe(array(FindingSchema), maxLength(1e5))
});
function parseLint(textIn, file, planId) {
  const hint = "use the result directory the review step of the triggering run wrote, unchanged";
  const result = safeParse(LintSchema, parseJsonFile(textIn, file, "the lint result", hint));
  if (!result.success) throw new UserError(`the lint result is malformed: ${firstIssue(result.issues)}`, file, void 0, hint);
  if (result.output.planId !== planId) {
    throw new UserError(
      `the lint result belongs to plan ${result.output.planId}, not to this plan ${planId}`,
      file,
      void 0,
      hint
    );
  }
  return result.output;
}

// src/app/review-publish.ts
function reviewMarkdown(data, opts = {}) {
  return renderReviewComment({
    marker: REVIEW_MARKER,
    report: data.report,
    lint: data.lint,
    base: data.sides.base,
    head: data.sides.head,
    noFlakeChanges: data.noFlakeChanges,
    ...opts.maxLength !== void 0 ? { maxLength: opts.maxLength } : {},
    ...opts.commits ? { commits: opts.commits } : {},
    ...opts.fullReportUrl ? { fullReportUrl: opts.fullReportUrl } : {}
  }).markdown;
}
async function publishReview(config, data, pullNumber, ports, extras = {}) {
  const repo = config.pr.repository;
  if (!repo) throw new UserError("command 'review' needs the repository (owner/repo) to comment on the pull request");
  const clientFor = ownHost(ports.github);
  const commits = /* @__PURE__ */ new Map();
  for (const flake of data.report.flakes) {
    for (const [k, v] of await commitLists(flake, clientFor, config.pr.maxCommits)) commits.set(k, v);
  }
  const body = reviewMarkdown(data, { commits, ...extras.fullReportUrl ? { fullReportUrl: extras.fullReportUrl } : {} });
  const result = await upsertReviewComment(ports.github, repo, pullNumber, body);
  ports.logger.info(`review comment ${result.operation}: ${result.url}`);
  return result;
}
async function writeReviewResult(files, dir, run) {
  const written = await files.writePlan(dir, serializePlan(run.plan));
  for (const b of run.builds) await files.writeExtra(dir, buildFileName(b.shard), serializeBuild(b));
  await files.writeExtra(dir, LINT_FILE, serializeLint(run.plan.id, run.lint.introduced, run.lint.present));
  return written;
}
async function readReviewResult(files, dir, deps) {
  const plan = await readPlan(files, dir);
  return reviewOfPlan(plan, files, dir, deps);
}
async function reviewOfPlan(plan, files, dir, deps, buildsDir = dir) {
  if (!plan.review) {
    throw new UserError("the plan is an update plan, not a review result", void 0, void 0, "give the review step's result directory");
  }
  const builds = (await files.readBuilds(buildsDir)).map(({ file, text: text2 }) => ({ file, build: parseBuild(text2, file) }));
  const lintText = await files.readExtra(dir, LINT_FILE, LINT_MAX_BYTES);
  if (lintText === void 0) {
    throw new UserError(`no ${LINT_FILE} beside the review's plan`, void 0, void 0, "give the review step's result directory, unchanged");
  }
  const lint = parseLint(lintText.text, lintText.file, plan.id);
  for (const m of missingShards(plan, builds)) {
    deps.logger.warning(`shard ${m.shard} (${m.targets.join(", ")}) left no build file: reported as not built`);
  }
  const report = mergeBuilds(plan, builds, {
    dryRun: true,
    now: deps.clock.now(),
    ...deps.hosts ? { hosts: deps.hosts } : {}
  });
  return { report, lint, sides: plan.review, noFlakeChanges: plan.flakes.length === 0 };
}
function checkReviewTarget(sides, fromEvent) {
  if (fromEvent.number === void 0) {
    throw new UserError(
      `no open pull request has the triggering run's head commit ${fromEvent.headSha.slice(0, 12)}`,
      void 0,
      void 0,
      "the pull request was closed or pushed to since; the next review run comments"
    );
  }
  const claimed = sides.pullRequest;
  if (claimed === void 0 || claimed.number !== fromEvent.number) {
    throw new UserError(
      `the review result is for pull request ${claimed ? `#${claimed.number}` : "(none)"}, but the triggering run is for #${fromEvent.number}`,
      void 0,
      void 0,
      "publish only the artifact of the triggering run (download-artifact with run-id: github.event.workflow_run.id)"
    );
  }
  if (claimed.headSha !== fromEvent.headSha) {
    throw new UserError(
      `the review result is for head ${claimed.headSha.slice(0, 12)}, but the triggering run built ${fromEvent.headSha.slice(0, 12)}`,
      void 0,
      void 0,
      "publish only the artifact of the triggering run"
    );
  }
  return fromEvent.number;
}
export {
  checkReviewTarget,
  publishReview,
  readReviewResult,
  reviewMarkdown,
  reviewOfPlan,
  writeReviewResult
};
