import {
  mergeBuilds,
  missingShards,
  readPlan
} from "./chunk-QSC3DW74.js";
import {
  buildFileName,
  parseBuild,
  serializeBuild
} from "./chunk-KOIIPLET.js";
import "./chunk-WYFOGVTW.js";
import {
  MAX_BODY,
  call,
  callOrNotFound,
  commitLists,
  fullName,
  ownHost,
  renderReviewComment,
  tokenAccount
} from "./chunk-SQSXD33Z.js";
import "./chunk-EQITHXKP.js";
import "./chunk-WGFYKTD6.js";
import "./chunk-VJLEUARA.js";
import "./chunk-QQERTKHH.js";
import "./chunk-ZRNIQLM2.js";
import "./chunk-GXW3FERZ.js";
import "./chunk-777FHHKZ.js";
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
} from "./chunk-LNUD2RHY.js";
import "./chunk-63CPMTXH.js";
import "./chunk-5B3WRTDH.js";
import "./chunk-VC3ZV3GN.js";
import "./chunk-IDKHNEBE.js";
import "./chunk-MDGUUJEU.js";
import "./chunk-HOZ3T3AG.js";
import "./chunk-GYRCVODP.js";
import "./chunk-ELKPDDDQ.js";
import "./chunk-LQO26QTC.js";
import "./chunk-MYWD7JSL.js";
import "./chunk-GCMNXKNT.js";
import "./chunk-ZPSPCVQY.js";
import "./chunk-5Z4T2RLS.js";
import "./chunk-TTFCFZ4G.js";
import "./chunk-YCZEATSK.js";
import "./chunk-M6HMDD4M.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-AFL4INF5.js";
import "./chunk-QR34APMT.js";
import "./chunk-HFN6JY3P.js";
import "./chunk-T54OW3UP.js";
import "./chunk-LOBXAA3U.js";
import "./chunk-7HIKED5Z.js";
import "./chunk-OTUWSOVN.js";
import {
  GitHubAPIError,
  UserError
} from "./chunk-6FGB7YHV.js";
import "./chunk-52LYCAOF.js";
import "./chunk-6WGRO25Q.js";
import "./chunk-YLVDSGH3.js";

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
async function currentHead(gh, r, pullNumber) {
  const res = await callOrNotFound(
    gh,
    { what: `read pull request #${pullNumber} of ${fullName(r)}`, permission: "pull-requests: read" },
    () => gh.octokit.rest.pulls.get({ owner: r.owner, repo: r.repo, pull_number: pullNumber })
  );
  return res && res.data.state === "open" ? res.data.head.sha : void 0;
}
async function upsertReviewComment(gh, repo, pullNumber, body, opts = {}) {
  const full = reviewCommentBody(body);
  if (full.length > MAX_BODY) {
    throw new GitHubAPIError(
      `could not post the review comment on pull request #${pullNumber} in ${fullName(repo)}: its body has ${full.length} characters with the marker, and GitHub accepts at most ${MAX_BODY}; the report must be cut to fit before posting`
    );
  }
  if (opts.reviewedHead !== void 0) {
    const now = await currentHead(gh, repo, pullNumber);
    if (now !== opts.reviewedHead) return { operation: "superseded", headSha: now ?? "" };
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
var commentUrlOf = (r) => r.operation === "superseded" ? "" : r.url;
async function publishReview(config, data, pullNumber, ports, extras = {}) {
  const repo = config.pr.repository;
  if (!repo) throw new UserError("command 'review' needs the repository (owner/repo) to comment on the pull request");
  const clientFor = ownHost(ports.github);
  const commits = /* @__PURE__ */ new Map();
  for (const flake of data.report.flakes) {
    for (const [k, v] of await commitLists(flake, clientFor, config.pr.maxCommits)) commits.set(k, v);
  }
  const body = reviewMarkdown(data, { commits, ...extras.fullReportUrl ? { fullReportUrl: extras.fullReportUrl } : {} });
  const reviewedHead = data.sides.pullRequest?.headSha;
  const result = await upsertReviewComment(ports.github, repo, pullNumber, body, reviewedHead ? { reviewedHead } : {});
  if (result.operation === "superseded") {
    ports.logger.info(
      result.headSha ? `review comment not posted: pull request #${pullNumber} is at ${result.headSha.slice(0, 12)} now, past the reviewed ${reviewedHead.slice(0, 12)}; the run of the newer commit posts its review` : `review comment not posted: pull request #${pullNumber} is closed or gone`
    );
  } else {
    ports.logger.info(`review comment ${result.operation}: ${result.url}`);
  }
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
  commentUrlOf,
  publishReview,
  readReviewResult,
  reviewMarkdown,
  reviewOfPlan,
  writeReviewResult
};
