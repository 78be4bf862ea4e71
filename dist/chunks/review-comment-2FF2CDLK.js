import {
  MAX_BODY,
  call,
  callOrNotFound,
  fullName,
  tokenAccount
} from "./chunk-JYMI63M3.js";
import "./chunk-63CPMTXH.js";
import {
  GitHubAPIError
} from "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";

// src/github/review-comment.ts
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
var same = (a, b) => a.toLowerCase() === b.toLowerCase();
function headMatches(p, run) {
  if (p.head.sha !== run.headSha) return false;
  if (run.headBranch !== void 0 && p.head.ref !== run.headBranch) return false;
  if (run.headOwner !== void 0) {
    if (!p.head.repo) return false;
    if (run.headRepo !== void 0 && !same(p.head.repo.full_name, `${run.headOwner}/${run.headRepo}`)) return false;
    if (!same(p.head.repo.owner.login, run.headOwner)) return false;
  }
  return true;
}
async function pullRequestOfRun(gh, repo, run) {
  const listed = [...new Set(run.pullRequests.filter((n) => Number.isSafeInteger(n) && n > 0))].sort((a, b) => a - b);
  if (listed.length === 1) return listed[0];
  if (listed.length > 1) {
    for (const n of listed) {
      const res = await callOrNotFound(
        gh,
        { what: `read pull request #${n} of ${fullName(repo)}`, permission: "pull-requests: read" },
        () => gh.octokit.rest.pulls.get({ owner: repo.owner, repo: repo.repo, pull_number: n })
      );
      if (res && res.data.head.sha === run.headSha) return n;
    }
    return void 0;
  }
  const head = run.headOwner && run.headBranch ? { head: `${run.headOwner}:${run.headBranch}` } : {};
  const open = await call(
    gh,
    { what: `list the open pull requests of ${fullName(repo)}`, permission: "pull-requests: read" },
    () => gh.octokit.paginate(gh.octokit.rest.pulls.list, {
      owner: repo.owner,
      repo: repo.repo,
      state: "open",
      per_page: 100,
      ...head
    })
  );
  const matches = open.filter((p) => headMatches(p, run)).map((p) => p.number);
  return matches.length > 0 ? Math.min(...matches) : void 0;
}
export {
  REVIEW_MARKER,
  hasReviewMarker,
  pullRequestOfRun,
  reviewCommentBody,
  upsertReviewComment
};
