// src/cli/pr-options.ts
var PR_OPTIONS = {
  "open-pr": { type: "boolean" },
  repository: { type: "string" },
  base: { type: "string" },
  branch: { type: "string" },
  title: { type: "string" },
  labels: { type: "string", multiple: true },
  assignees: { type: "string", multiple: true },
  reviewers: { type: "string", multiple: true },
  "team-reviewers": { type: "string", multiple: true },
  draft: { type: "boolean" },
  "auto-merge": { type: "string" },
  "commit-mode": { type: "string" },
  "commit-message": { type: "string" },
  author: { type: "string" },
  committer: { type: "string" },
  signoff: { type: "boolean" },
  "max-commits": { type: "string" }
};
var PR_OPTIONS_HELP = `Pull request (named like the action's inputs):
  --open-pr                 create or refresh the pull request; the token comes from GITHUB_TOKEN (never
                            printed), the API from GITHUB_API_URL (default https://api.github.com) and
                            GITHUB_SERVER_URL (default https://github.com)
  --repository OWNER/REPO   default: the origin remote of DIR (https, ssh or git@ form, on that server)
  --base BRANCH             base branch (default: the repository's default branch)
  --branch BRANCH           the update's branch (default flake-steward/update)
  --title TEXT              pull request title (default "flake.lock: update")
  --labels L,...            labels (created when missing); --assignees U,...; --reviewers U,...;
                            --team-reviewers T,... (each repeatable)
  --draft                   open the pull request as a draft
  --auto-merge off|merge|squash|rebase
  --commit-mode api|git     api (default): a verified commit through GitHub's API; git: push with git
  --commit-message TEXT     default: generated from the updated inputs
  --author "Name <email>"   --committer "Name <email>" (commit-mode git)
  --signoff                 add a Signed-off-by trailer
  --max-commits N           upstream commits listed per input in the body (default 50)`;

export {
  PR_OPTIONS,
  PR_OPTIONS_HELP
};
