import {
  addAssignees,
  addLabels,
  assertOwnBranch,
  bodyWithMarker,
  branchForFlake,
  branchHead,
  branchHeads,
  call,
  closePull,
  comment,
  commitParents,
  createBranch,
  createGitHubClient,
  createPullRequest,
  defaultBranch,
  deleteBranch,
  enableAutoMerge,
  factsOf,
  findPullRequest,
  fullName,
  markerFor,
  moveBranch,
  readFileAt,
  requestReviewers,
  setDraft,
  statusOf,
  tokenAccount,
  updatePullRequest
} from "./chunk-JYMI63M3.js";
import {
  MAX_LENGTH,
  commitKey,
  renderReport
} from "./chunk-XK5LOGAY.js";
import "./chunk-WGFYKTD6.js";
import {
  decideOnBuildFailure
} from "./chunk-IRK7YZYI.js";
import "./chunk-QQERTKHH.js";
import {
  nodeFs
} from "./chunk-OQ6QX2KE.js";
import {
  createGit
} from "./chunk-4S7IP54V.js";
import "./chunk-63CPMTXH.js";
import "./chunk-NL6DXGGY.js";
import "./chunk-VC3ZV3GN.js";
import "./chunk-QDD6O4BT.js";
import "./chunk-MDGUUJEU.js";
import {
  assertValidBranchName
} from "./chunk-HOZ3T3AG.js";
import "./chunk-IWXDM47V.js";
import {
  commitUrl,
  compareUrl,
  shortRev
} from "./chunk-GYRCVODP.js";
import "./chunk-5GZB3ASF.js";
import {
  hasGlobChars
} from "./chunk-H56A37KT.js";
import "./chunk-7HIKED5Z.js";
import {
  runProcess
} from "./chunk-CARTIHEC.js";
import {
  GitHubAPIError,
  UsageError
} from "./chunk-6FGB7YHV.js";
import {
  neutralise,
  neutraliseText
} from "./chunk-6WGRO25Q.js";
import "./chunk-YLVDSGH3.js";

// src/app/publish.ts
import path2 from "node:path";

// src/github/sanitize.ts
var ZWSP = "​";
function sanitizeInline(text, maxLength = 200) {
  let s = neutralise(text.replace(/[\r\n]+/g, " ").trim(), { max: maxLength });
  s = s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  s = s.replace(/\bhttps?:\/\/(www\.)?github\.com\//gi, "https://redirect.github.com/");
  s = s.replace(/(^|[^\w`])@(?=[A-Za-z0-9])/g, `$1@${ZWSP}`);
  s = s.replace(/#(?=\d)/g, `#${ZWSP}`);
  s = s.replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`);
  return s;
}
function sanitizeCommitTitle(message, maxLength = 200) {
  const first = message.split("\n").find((l) => l.trim() !== "") ?? "";
  return sanitizeInline(first, maxLength);
}

// src/github/commit-list.ts
function ownHost(gh) {
  return (host) => host.toLowerCase() === gh.host.toLowerCase() ? gh : void 0;
}
var PER_PAGE = 100;
function sameRepo(a, b) {
  return a.forge === b.forge && a.host.toLowerCase() === b.host.toLowerCase() && a.owner.toLowerCase() === b.owner.toLowerCase() && a.repo.toLowerCase() === b.repo.toLowerCase();
}
function why(e) {
  const s = statusOf(e);
  const f = factsOf(e);
  if ((s === 403 || s === 429) && (f.headers["x-ratelimit-remaining"] === "0" || f.headers["retry-after"])) {
    return "GitHub API rate limit reached";
  }
  if (s === 404) return "GitHub does not know one of the revisions";
  if (s === 401 || s === 403) return "the token cannot read this repository";
  if (f.network) return "GitHub API unreachable";
  return s ? `GitHub API answered ${s}` : "GitHub API unavailable";
}
async function listCommits(clientFor, range, opts) {
  const repo = range.after?.repo ?? range.before?.repo;
  const from = range.before?.rev;
  const to = range.after?.rev;
  const link = range.compareUrl ?? (repo && from && to ? compareUrl(repo, from, to) : void 0);
  const linksOnly = (unavailable) => ({
    ...link ? { compareUrl: link } : {},
    commits: [],
    truncated: false,
    unavailable
  });
  if (!repo || !from || !to) return linksOnly("no revisions to compare");
  if (range.before?.repo && range.after?.repo && !sameRepo(range.before.repo, range.after.repo)) {
    return linksOnly("the input moved to another repository");
  }
  if (repo.forge !== "github") return linksOnly(`commit lists come from GitHub only; see the ${repo.forge} link`);
  const gh = clientFor(repo.host);
  if (!gh) return linksOnly(`no API access to ${repo.host}`);
  if (opts.maxCommits <= 0) return linksOnly("commit lists are turned off");
  const basehead = `${from}...${to}`;
  const page = async (n, perPage) => {
    const r = await gh.octokit.rest.repos.compareCommitsWithBasehead({
      owner: repo.owner,
      repo: repo.repo,
      basehead,
      per_page: perPage,
      page: n
    });
    return { total: r.data.total_commits, behind: r.data.behind_by, commits: r.data.commits };
  };
  try {
    const probe = await page(2, 1);
    const total = probe.total;
    const start = Math.max(total - opts.maxCommits, 0);
    const collected = [];
    if (total > 0) {
      const first = Math.floor(start / PER_PAGE) + 1;
      const last = Math.ceil(total / PER_PAGE);
      for (let n = first; n <= last; n++) {
        const p = await page(n, PER_PAGE);
        p.commits.forEach((c, i) => {
          if ((n - 1) * PER_PAGE + i >= start) collected.push(c);
        });
      }
    }
    const commits = collected.reverse().map((c) => {
      const author = c.commit.author?.name;
      const date = c.commit.author?.date;
      return {
        sha: c.sha,
        shortSha: c.sha.slice(0, 7),
        title: sanitizeCommitTitle(c.commit.message),
        url: commitUrl(repo, c.sha),
        ...author ? { author: sanitizeInline(author, 80) } : {},
        ...date ? { date } : {}
      };
    });
    return {
      ...link ? { compareUrl: link } : {},
      commits,
      total,
      truncated: total > commits.length,
      ...probe.behind > 0 ? { behindBy: probe.behind } : {}
    };
  } catch (e) {
    const reason = why(e);
    gh.logger.info(`commit list for ${repo.owner}/${repo.repo} ${basehead} not available: ${reason}`);
    return linksOnly(reason);
  }
}

// src/github/commit-files.ts
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
var ACTIONS_BOT = {
  name: "github-actions[bot]",
  email: "41898282+github-actions[bot]@users.noreply.github.com"
};
var TRAILER = /^(Signed-off-by|Co-authored-by|Acked-by|Reviewed-by|Tested-by|Reported-by|Suggested-by|Helped-by|Change-Id): /i;
function withSignoff(message, who) {
  const line = `Signed-off-by: ${who.name} <${who.email}>`;
  if (message.split("\n").includes(line)) return message;
  const trimmed = message.replace(/\s+$/, "");
  const paragraphs = trimmed.split(/\n\s*\n/);
  const last = paragraphs.length > 1 ? paragraphs[paragraphs.length - 1].split("\n") : [];
  const trailers = last.length > 0 && last.every((l) => TRAILER.test(l));
  return `${trimmed}${trailers ? "\n" : "\n\n"}${line}
`;
}
function splitMessage(message) {
  const lines = message.replace(/\r\n/g, "\n").split("\n");
  const headline = (lines.shift() ?? "").trim();
  return { headline, body: lines.join("\n").trim() };
}
var COMMIT_MUTATION = `mutation($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid } }
}`;
var stagingBranch = (branch) => `${branch}.flake-steward-staging`;
async function commitViaApi(gh, r, opts) {
  const staging = stagingBranch(opts.branch);
  const existing = opts.stagingHead;
  if (existing === void 0) await createBranch(gh, r, staging, opts.parent);
  else if (existing !== opts.parent) await moveBranch(gh, r, staging, opts.parent, { force: true, base: opts.base });
  const { headline, body } = splitMessage(opts.message);
  const input = {
    branch: { repositoryNameWithOwner: fullName(r), branchName: staging },
    expectedHeadOid: opts.parent,
    message: body ? { headline, body } : { headline },
    fileChanges: {
      additions: opts.files.filter((f) => f.contents !== null).map((f) => ({ path: f.path, contents: Buffer.from(f.contents, "utf8").toString("base64") })),
      deletions: opts.files.filter((f) => f.contents === null).map((f) => ({ path: f.path }))
    }
  };
  const res = await call(
    gh,
    { what: `commit ${opts.files.map((f) => f.path).join(", ")} to ${fullName(r)}`, permission: "contents: write" },
    () => gh.octokit.graphql(COMMIT_MUTATION, {
      input
    })
  );
  const oid = res.createCommitOnBranch?.commit?.oid;
  if (!oid) throw new GitHubAPIError(`could not commit to ${fullName(r)}: GitHub returned no commit`);
  return oid;
}
function gitAuthEnv(serverUrl, token) {
  const key = `http.${serverUrl.replace(/\/+$/, "")}/.extraheader`;
  const basic = Buffer.from(`x-access-token:${token}`).toString("base64");
  return {
    GIT_CONFIG_COUNT: "2",
    // An empty value first resets headers a checkout may have persisted (actions/checkout writes one).
    GIT_CONFIG_KEY_0: key,
    GIT_CONFIG_VALUE_0: "",
    GIT_CONFIG_KEY_1: key,
    GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
    GIT_TERMINAL_PROMPT: "0"
  };
}
function pushArgs(remoteUrl, sha, branch, expectedOld) {
  return [
    "push",
    "--porcelain",
    "--no-verify",
    `--force-with-lease=refs/heads/${branch}:${expectedOld ?? ""}`,
    remoteUrl,
    `${sha}:refs/heads/${branch}`
  ];
}
function identityEnv(author, committer) {
  return {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_COMMITTER_NAME: committer.name,
    GIT_COMMITTER_EMAIL: committer.email
  };
}
async function commitViaGit(opts) {
  const run = opts.runner ?? runProcess;
  const basic = Buffer.from(`x-access-token:${opts.token}`).toString("base64");
  const secrets = [opts.token, basic];
  const env = { ...process.env, GIT_TERMINAL_PROMPT: "0" };
  const git = (args, extra2 = {}) => run("git", ["-C", opts.cwd, ...args], {
    env: { ...env, ...extra2.env },
    secrets,
    ...extra2.input !== void 0 ? { input: extra2.input } : {}
  });
  const present = await run("git", ["-C", opts.cwd, "cat-file", "-e", `${opts.parent}^{commit}`], {
    env,
    check: false
  });
  if (present.code !== 0) {
    const shallow = (await git(["rev-parse", "--is-shallow-repository"])).stdout.trim() === "true";
    await git(
      ["fetch", "--quiet", "--no-tags", ...shallow ? ["--depth=1"] : [], opts.remoteUrl, `refs/heads/${opts.base}`],
      {
        env: gitAuthEnv(opts.serverUrl, opts.token)
      }
    );
  }
  const tmp = await mkdtemp(path.join(os.tmpdir(), "flake-steward-index-"));
  try {
    const indexEnv = { GIT_INDEX_FILE: path.join(tmp, "index") };
    await git(["read-tree", opts.parent], { env: indexEnv });
    for (const f of opts.files) {
      if (f.contents === null) {
        await git(["update-index", "--force-remove", "--", f.path], { env: indexEnv });
        continue;
      }
      const blob = (await git(["hash-object", "-w", "--stdin"], { input: f.contents })).stdout.trim();
      const staged = (await git(["ls-files", "--stage", "--", f.path], { env: indexEnv })).stdout.trim();
      const mode = /^(100755|100644) /.exec(staged)?.[1] ?? "100644";
      await git(["update-index", "--add", "--cacheinfo", `${mode},${blob},${f.path}`], { env: indexEnv });
    }
    const tree = (await git(["write-tree"], { env: indexEnv })).stdout.trim();
    const sha = (await git(["commit-tree", tree, "-p", opts.parent, "-F", "-"], {
      input: opts.message,
      env: identityEnv(opts.author, opts.committer)
    })).stdout.trim();
    await git(pushArgs(opts.remoteUrl, sha, opts.branch, opts.expectedOld), {
      env: gitAuthEnv(opts.serverUrl, opts.token)
    });
    return sha;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

// src/github/publish-pull-request.ts
var DEFAULT_CLOSE_COMMENT = "The lock file no longer differs from the base branch, so this pull request is no longer needed. Closing it and deleting its branch. (flake-steward)";
async function differs(gh, r, sha, files) {
  for (const f of files) {
    const now = await readFileAt(gh, r, sha, f.path);
    if ((now ?? null) !== f.contents) return true;
  }
  return false;
}
function warn(gh, warnings, e) {
  const message = e instanceof Error ? e.message : String(e);
  gh.logger.warning(message);
  warnings.push(message);
}
async function extra(gh, warnings, fn) {
  try {
    await fn();
  } catch (e) {
    warn(gh, warnings, e);
  }
}
async function publishPullRequest(gh, opts) {
  const r = opts.repository;
  assertValidBranchName(opts.branch);
  const base = opts.base ?? await defaultBranch(gh, r);
  assertOwnBranch(opts.branch, base);
  if (opts.files.length === 0) return closePullRequestIfOpen(gh, { ...opts, base });
  const warnings = [];
  const baseSha = await branchHead(gh, r, base);
  if (!baseSha) {
    throw new UsageError(
      `the base branch '${base}' does not exist in ${fullName(r)}`,
      "set the base input to an existing branch"
    );
  }
  if (!await differs(gh, r, baseSha, opts.files)) return closePullRequestIfOpen(gh, { ...opts, base });
  const existing = await findPullRequest(gh, r, opts.branch, opts.marker);
  const heads = await branchHeads(gh, r, opts.branch, stagingBranch(opts.branch));
  const oldSha = heads.head;
  const { body, truncated } = bodyWithMarker(opts.body, opts.marker);
  if (truncated)
    warn(
      gh,
      warnings,
      "the pull request body was longer than GitHub allows and was cut; the job summary has all of it"
    );
  const upToDate = oldSha !== void 0 && (await commitParents(gh, r, oldSha)).join() === baseSha && !await differs(gh, r, oldSha, opts.files);
  let newSha = oldSha;
  if (!upToDate) newSha = await commitAndMove(gh, r, { ...opts, base, baseSha, oldSha, stagingHead: heads.staging });
  else if (heads.staging) {
    await extra(gh, warnings, async () => {
      await deleteBranch(gh, r, stagingBranch(opts.branch), base);
    });
  }
  let adopted = false;
  const rollback = async (cause) => {
    const undo = existing ? upToDate || oldSha === void 0 ? void 0 : "move" : adopted ? void 0 : "delete";
    if (undo) {
      try {
        if (undo === "delete") await deleteBranch(gh, r, opts.branch, base);
        else await moveBranch(gh, r, opts.branch, oldSha, { force: true, base });
      } catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        throw new GitHubAPIError(
          `${cause instanceof Error ? cause.message : String(cause)}; and putting branch ${opts.branch} back failed too (${msg}): delete the branch ${opts.branch} by hand or run again`,
          cause.status
        );
      }
    }
    throw cause;
  };
  let pull;
  let operation;
  if (existing) {
    try {
      pull = await updatePullRequest(gh, r, existing.number, {
        title: opts.title,
        body,
        ...existing.baseRef !== base ? { base } : {}
      });
    } catch (e) {
      return rollback(e);
    }
    operation = "updated";
  } else {
    let created;
    try {
      created = await createPullRequest(gh, r, {
        head: opts.branch,
        base,
        title: opts.title,
        body,
        draft: opts.draft ?? false
      });
      if (created.kind === "exists") {
        const found = await findPullRequest(gh, r, opts.branch, opts.marker);
        if (!found)
          throw new GitHubAPIError(`GitHub says a pull request from ${opts.branch} exists, but none is open`, 422);
        adopted = true;
        pull = await updatePullRequest(gh, r, found.number, { title: opts.title, body });
        operation = "updated";
      } else {
        pull = created.pull;
        for (const w of created.warnings) warn(gh, warnings, w);
        operation = "created";
      }
    } catch (e) {
      return rollback(e);
    }
  }
  await extra(
    gh,
    warnings,
    () => addLabels(
      gh,
      r,
      pull.number,
      (opts.labels ?? []).filter((l) => !pull.labels.includes(l))
    )
  );
  if (operation === "created") {
    await extra(gh, warnings, () => addAssignees(gh, r, pull.number, opts.assignees ?? []));
    await extra(
      gh,
      warnings,
      () => requestReviewers(gh, r, pull.number, opts.reviewers ?? [], opts.teamReviewers ?? [])
    );
  }
  if (operation === "updated") await extra(gh, warnings, () => setDraft(gh, pull, opts.draft ?? false));
  const autoMerge = opts.autoMerge ?? "off";
  if (autoMerge !== "off" && !pull.autoMerge && !(opts.draft ?? false)) {
    await extra(gh, warnings, () => enableAutoMerge(gh, pull, autoMerge));
  }
  return { operation, number: pull.number, url: pull.url, ...newSha ? { commit: newSha } : {}, warnings };
}
async function commitAndMove(gh, r, opts) {
  const mode = opts.commitMode ?? "api";
  if (mode === "git") {
    if (!opts.git) throw new UsageError("commit-mode git needs a checkout", "run actions/checkout before this step");
    if (!gh.token) throw new UsageError("commit-mode git needs a token", "pass the token input");
    const author = opts.author ?? opts.committer ?? ACTIONS_BOT;
    const committer = opts.committer ?? author;
    const message2 = opts.signoff ? withSignoff(opts.commitMessage, committer) : opts.commitMessage;
    return commitViaGit({
      cwd: opts.git.cwd,
      remoteUrl: `${gh.serverUrl}/${r.owner}/${r.repo}.git`,
      serverUrl: gh.serverUrl,
      token: gh.token,
      parent: opts.baseSha,
      base: opts.base,
      branch: opts.branch,
      expectedOld: opts.oldSha,
      files: opts.files,
      message: message2,
      author,
      committer,
      ...opts.git.runner ? { runner: opts.git.runner } : {}
    });
  }
  const message = opts.signoff ? withSignoff(opts.commitMessage, opts.author ?? await viewerIdentity(gh)) : opts.commitMessage;
  const staging = stagingBranch(opts.branch);
  assertOwnBranch(staging, opts.base);
  try {
    const sha = await commitViaApi(gh, r, {
      parent: opts.baseSha,
      files: opts.files,
      message,
      base: opts.base,
      branch: opts.branch,
      stagingHead: opts.stagingHead
    });
    if (opts.oldSha === void 0) await createBranch(gh, r, opts.branch, sha);
    else await moveBranch(gh, r, opts.branch, sha, { force: true, base: opts.base });
    return sha;
  } finally {
    try {
      await deleteBranch(gh, r, staging, opts.base);
    } catch (e) {
      gh.logger.warning(
        `could not delete the staging branch ${staging} (the next run reuses it): ${e.message}`
      );
    }
  }
}
async function viewerIdentity(gh) {
  try {
    const me = await tokenAccount(gh);
    if (me.id) return { name: me.login, email: `${me.id}+${me.login}@users.noreply.github.com` };
  } catch {
  }
  return ACTIONS_BOT;
}
async function closePullRequestIfOpen(gh, opts) {
  const r = opts.repository;
  const base = opts.base ?? await defaultBranch(gh, r);
  assertOwnBranch(opts.branch, base);
  const warnings = [];
  const pull = await findPullRequest(gh, r, opts.branch, opts.marker);
  if (pull) await comment(gh, r, pull.number, opts.closeComment ?? DEFAULT_CLOSE_COMMENT);
  await deleteBranch(gh, r, opts.branch, base);
  await extra(gh, warnings, async () => {
    await deleteBranch(gh, r, stagingBranch(opts.branch), base);
  });
  if (!pull) return { operation: "none", warnings };
  await extra(gh, warnings, () => closePull(gh, r, pull.number));
  return { operation: "closed", number: pull.number, url: pull.url, warnings };
}

// src/render/commit-message.ts
var SUBJECT_WIDTH = 72;
function commitSubject(report, prefix = "flake.lock: update") {
  const names = [];
  for (const f of report.flakes) {
    for (const c of f.inputs) {
      const name = neutralise(c.name);
      if (!names.includes(name)) names.push(name);
    }
  }
  if (names.length === 0) return prefix;
  for (let shown = names.length; shown >= 1; shown--) {
    const rest = names.length - shown;
    const subject = `${prefix} ${names.slice(0, shown).join(", ")}${rest > 0 ? ` and ${rest} more` : ""}`;
    if (subject.length <= SUBJECT_WIDTH || shown === 1) return subject;
  }
  return prefix;
}
function side(s, follows) {
  if (follows) return `follows ${follows.length === 0 ? "(this flake)" : neutraliseText(follows.join("/"))}`;
  if (!s) return "(none)";
  const id = neutraliseText(s.rev ? shortRev(s.rev) : s.tag ?? s.url ?? s.type);
  return s.date ? `${id} (${s.date})` : id;
}
function span(c) {
  if (c.spanDays === void 0) return "";
  const n = Math.abs(c.spanDays);
  return `${c.spanDays < 0 ? "-" : "+"}${n} day${n === 1 ? "" : "s"}`;
}
function inputsText(changes) {
  const rows = changes.map((c) => {
    const s = c.after ?? c.before;
    const label = s && s.label !== s.url ? neutraliseText(s.label) : "";
    const note = c.kind === "added" ? "added" : c.kind === "removed" ? "removed" : span(c);
    const change = `${side(c.before, c.followsBefore)} -> ${side(c.after, c.followsAfter)}`;
    return [neutralise(c.name), label, note ? `${change}, ${note}` : change];
  });
  const widths = [0, 1].map((i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map(([name, label, change]) => `  ${name.padEnd(widths[0])}  ${label.padEnd(widths[1])}  ${change}`.trimEnd()).join("\n");
}
function commitMessage(report, prefix) {
  const parts = [commitSubject(report, prefix)];
  const changed = report.flakes.filter((f) => f.inputs.length > 0);
  if (changed.length === 0) return `${parts[0]}
`;
  parts.push("Flake lock file updates:");
  for (const f of changed) {
    const table = inputsText(f.inputs);
    parts.push(report.flakes.length > 1 ? `${neutraliseText(f.lockFile)}:
${table}` : table);
  }
  return `${parts.join("\n\n")}
`;
}

// src/app/publish.ts
var TEST_TIME_UNIT_ENV = "FLAKE_STEWARD_TEST_TIME_UNIT_MS";
function testTiming(env) {
  const raw = env[TEST_TIME_UNIT_ENV];
  if (raw === void 0 || raw === "") return {};
  if (!/^\d+$/.test(raw)) throw new UsageError(`invalid value '${raw}' for ${TEST_TIME_UNIT_ENV}`, "expected a number");
  return { timeUnitMs: Number(raw), spaceWrites: false };
}
function severalFlakes(config, report) {
  return config.paths.length > 1 || config.paths.some(hasGlobChars) || report.flakes.length > 1;
}
function planPullRequests(config, report) {
  const several = severalFlakes(config, report);
  const decision = decideOnBuildFailure(report, config.update.onBuildFailure, config.pr.draft);
  return report.flakes.map((flake, i) => ({
    flake,
    branch: branchForFlake(config.pr.branch, flake.dir, several),
    marker: markerFor(flake.dir),
    title: several ? `${config.pr.title} (${flake.dir})` : config.pr.title,
    plan: decision.flakes[i]
  }));
}
function commitListTargets(flake, clientFor) {
  return flake.inputs.filter((c) => {
    const repo = c.after?.repo ?? c.before?.repo;
    return c.kind === "updated" && repo?.forge === "github" && c.before?.rev !== void 0 && c.after?.rev !== void 0 && clientFor(repo.host) !== void 0;
  });
}
async function commitLists(flake, clientFor, maxCommits) {
  const out = /* @__PURE__ */ new Map();
  if (maxCommits <= 0) return out;
  for (const change of commitListTargets(flake, clientFor)) {
    out.set(commitKey(flake.dir, change.name), await listCommits(clientFor, change, { maxCommits }));
  }
  return out;
}
function pullRequestBody(report, target, commits, fullReportUrl) {
  const one = { ...report, flakes: [target.flake] };
  return renderReport(one, {
    marker: target.marker,
    commits,
    maxLength: MAX_LENGTH,
    ...fullReportUrl ? { fullReportUrl } : {}
  }).markdown;
}
async function repositoryPath(workspace, lockFile, git) {
  const prefix = await git.pathPrefix(workspace) ?? "";
  return path2.posix.join(prefix, lockFile);
}
function wirePublish(config, logger, opts = {}) {
  const github = opts.client ?? createGitHubClient({
    ...config.pr.token ? { token: config.pr.token } : {},
    apiUrl: config.pr.apiUrl,
    serverUrl: config.pr.serverUrl,
    logger,
    ...testTiming(opts.env ?? process.env)
  });
  return {
    github,
    git: opts.git ?? createGit(opts.env ? { env: opts.env } : {}),
    fs: opts.fs ?? nodeFs,
    logger
  };
}
async function publish(config, report, ports, extras = {}) {
  const { logger } = ports;
  if (!config.pr.repository) {
    throw new UsageError("command 'update' needs the repository (owner/repo) to open the pull request");
  }
  const clientFor = ownHost(ports.github);
  const flakes = [];
  const errors = [];
  for (const target of planPullRequests(config, report)) {
    const { flake, plan } = target;
    const where = report.flakes.length > 1 ? ` for ${flake.dir}` : "";
    const about = { dir: flake.dir, lockFile: flake.lockFile, branch: target.branch, plan: plan.kind };
    try {
      const result = await logger.group(
        `Pull request${where}`,
        () => publishFlake(config, report, target, { ...ports, clientFor }, extras)
      );
      flakes.push({
        ...about,
        operation: result.operation,
        ...result.number !== void 0 ? { number: result.number } : {},
        ...result.url !== void 0 ? { url: result.url } : {}
      });
      if (plan.kind === "skip") continue;
      const what = result.number !== void 0 ? ` #${result.number} ${result.url ?? ""}`.trimEnd() : "";
      logger.info(`Pull request${where}: ${result.operation}${what}`);
    } catch (e) {
      errors.push({ target, error: e });
      flakes.push({ ...about, operation: "none", error: messageOf(e) });
    }
  }
  const shown = flakes.find((f) => f.error === void 0 && f.operation !== "none") ?? flakes[0];
  const outputs = {
    operation: shown?.operation ?? "none",
    number: shown?.number !== void 0 ? String(shown.number) : "",
    url: shown?.url ?? ""
  };
  const error = failure(errors, report);
  return { flakes, outputs, ...error ? { error } : {} };
}
function messageOf(e) {
  return e instanceof Error ? e.message : String(e);
}
function failure(errors, report) {
  if (errors.length === 0) return void 0;
  if (errors.length === 1 && report.flakes.length === 1) {
    const e = errors[0].error;
    return e instanceof Error ? e : new Error(String(e));
  }
  const lines = errors.map(({ target, error }) => `${target.flake.dir}: ${messageOf(error)}`);
  return new Error(`the pull request failed for ${errors.length} flake(s):
${lines.join("\n")}`);
}
async function publishFlake(config, report, target, fx, extras) {
  const { flake, plan } = target;
  const repository = config.pr.repository;
  const common = {
    repository,
    ...config.pr.base ? { base: config.pr.base } : {},
    branch: target.branch,
    marker: target.marker
  };
  if (plan.kind === "skip") {
    if (plan.warn) fx.logger.warning(`No pull request for ${flake.lockFile}: ${plan.why}.`);
    else fx.logger.info(`No pull request for ${flake.lockFile}: ${plan.why}.`);
    return { operation: "none", warnings: [] };
  }
  if (plan.kind === "close") {
    fx.logger.info(`${flake.lockFile} did not change: closing the pull request from ${target.branch} if one is open.`);
    return closePullRequestIfOpen(fx.github, common);
  }
  const workspaceLock = path2.resolve(config.workspace, flake.lockFile);
  const bytes = await fx.fs.read(workspaceLock).catch(() => void 0);
  const contents = bytes?.toString("utf8") ?? flake.lock.after;
  if (contents !== flake.lock.after) {
    fx.logger.warning(
      `${flake.lockFile} changed after the update (it no longer matches what Nix wrote); committing Nix's version.`
    );
  }
  const commits = await commitLists(flake, fx.clientFor, config.pr.maxCommits);
  const body = pullRequestBody(report, target, commits, extras.fullReportUrl);
  if (plan.failed.length > 0) {
    fx.logger.warning(
      `${plan.failed.length} build(s) failed after the update (${plan.failed.join(", ")}): the pull request ${plan.draft ? "is a draft" : "is opened"} with the failure on top (on-build-failure: ${config.update.onBuildFailure}).`
    );
  }
  const one = { ...report, flakes: [flake] };
  return publishPullRequest(fx.github, {
    ...common,
    files: [{ path: await repositoryPath(config.workspace, flake.lockFile, fx.git), contents: flake.lock.after }],
    commitMessage: config.pr.commitMessage ?? commitMessage(one),
    title: target.title,
    body,
    labels: config.pr.labels,
    assignees: config.pr.assignees,
    reviewers: config.pr.reviewers,
    teamReviewers: config.pr.teamReviewers,
    draft: plan.draft,
    autoMerge: config.pr.autoMerge,
    commitMode: config.pr.commitMode,
    signoff: config.pr.signoff,
    ...config.pr.author ? { author: config.pr.author } : {},
    ...config.pr.committer ? { committer: config.pr.committer } : {},
    git: { cwd: config.workspace }
  });
}
export {
  TEST_TIME_UNIT_ENV,
  commitListTargets,
  commitLists,
  planPullRequests,
  publish,
  pullRequestBody,
  severalFlakes,
  testTiming,
  wirePublish
};
