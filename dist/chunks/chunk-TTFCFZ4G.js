import {
  runProcess
} from "./chunk-YCZEATSK.js";

// src/git/git.ts
import { tmpdir } from "node:os";
import path from "node:path";
var gitArgv = {
  topLevel: (dir) => ["-C", dir, "rev-parse", "--show-toplevel"],
  pathPrefix: (dir) => ["-C", dir, "rev-parse", "--show-prefix"],
  remoteUrl: (dir, name) => ["-C", dir, "remote", "get-url", "--", name],
  fileStatus: (file) => [
    "-C",
    path.dirname(file),
    "status",
    "--porcelain",
    "--",
    path.basename(file)
  ],
  commitOf: (dir, ref) => [
    "-C",
    dir,
    "rev-parse",
    "--verify",
    "--quiet",
    "--end-of-options",
    `${ref}^{commit}`
  ],
  changedFiles: (dir, base, head) => [
    "-C",
    dir,
    "-c",
    "core.quotePath=false",
    "diff",
    "--name-only",
    "--no-renames",
    "-z",
    base,
    ...head !== void 0 ? [head] : [],
    "--"
  ],
  addWorktree: (dir, at, commit) => [
    "-C",
    dir,
    "worktree",
    "add",
    "--detach",
    "--quiet",
    "--",
    at,
    commit
  ],
  removeWorktree: (dir, at) => ["-C", dir, "worktree", "remove", "--force", "--", at],
  pruneWorktrees: (dir) => ["-C", dir, "worktree", "prune"],
  fetchCommit: (dir, remote, commit) => [
    "-C",
    dir,
    "fetch",
    "--quiet",
    "--no-tags",
    "--depth=1",
    "--",
    remote,
    commit
  ],
  // never an `ext::` command nor a prompt for credentials (GIT_TERMINAL_PROMPT=0 in the environment); anonymous: no
  // credential helper either (the configuration files are left out by the environment: ANONYMOUS_GIT_ENV)
  remoteTags: (url, anonymous = false) => [
    "-c",
    "protocol.ext.allow=never",
    ...anonymous ? ["-c", "credential.helper="] : [],
    "ls-remote",
    "--tags",
    "--refs",
    "--",
    url
  ]
};
var ANONYMOUS_GIT_ENV = {
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_COUNT: "0",
  GIT_DIR: "",
  GIT_ASKPASS: "",
  SSH_ASKPASS: ""
};
function parseRemoteTags(stdout) {
  const tags = [];
  for (const line of stdout.split("\n")) {
    const m = /^[0-9a-f]{40}(?:[0-9a-f]{24})?\trefs\/tags\/(.+?)\r?$/.exec(line);
    if (m) tags.push(m[1]);
  }
  return tags;
}
var REMOTE_TAGS_TIMEOUT_MS = 6e4;
var REMOTE_TAGS_MAX_BYTES = 4 * 1024 * 1024;
var COMMIT = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function createGit(opts = {}) {
  const run = opts.runner ?? runProcess;
  const ask = async (args, more = {}) => {
    try {
      const env = opts.env || more.env ? { ...opts.env ?? process.env, ...more.env } : void 0;
      const timeout = more.timeoutMs !== void 0 ? { timeoutMs: more.timeoutMs } : {};
      const bound = more.maxOutputBytes !== void 0 ? { maxOutputBytes: more.maxOutputBytes } : {};
      const cwd = more.cwd !== void 0 ? { cwd: more.cwd } : {};
      const r = await run("git", args, { check: false, ...env ? { env } : {}, ...timeout, ...bound, ...cwd });
      return r.code === 0 ? r.stdout.replace(/\r?\n$/, "") : void 0;
    } catch {
      return void 0;
    }
  };
  return {
    async topLevel(dir) {
      const top = await ask(gitArgv.topLevel(dir));
      return top === "" ? void 0 : top;
    },
    pathPrefix: (dir) => ask(gitArgv.pathPrefix(dir)),
    async remoteUrl(dir, name) {
      const url = await ask(gitArgv.remoteUrl(dir, name));
      return url === "" ? void 0 : url;
    },
    fileStatus: (file) => ask(gitArgv.fileStatus(file)),
    async commitOf(dir, ref) {
      if (ref === "" || ref.startsWith("-")) return void 0;
      const sha = await ask(gitArgv.commitOf(dir, ref));
      return sha !== void 0 && COMMIT.test(sha) ? sha : void 0;
    },
    async changedFiles(dir, base, head) {
      if (!COMMIT.test(base) || head !== void 0 && !COMMIT.test(head)) return void 0;
      const out = await ask(gitArgv.changedFiles(dir, base, head));
      return out === void 0 ? void 0 : out.split("\0").filter((p) => p !== "");
    },
    async addWorktree(dir, at, commit) {
      if (!COMMIT.test(commit)) return false;
      return await ask(gitArgv.addWorktree(dir, at, commit)) !== void 0;
    },
    async removeWorktree(dir, at) {
      await ask(gitArgv.removeWorktree(dir, at));
      await ask(gitArgv.pruneWorktrees(dir));
    },
    async fetchCommit(dir, remote, commit) {
      if (!COMMIT.test(commit) || remote.startsWith("-")) return false;
      return await ask(gitArgv.fetchCommit(dir, remote, commit)) !== void 0;
    },
    async remoteTags(url, how = {}) {
      if (url === "" || url.startsWith("-")) return void 0;
      const anonymous = how.anonymous === true;
      const out = await ask(gitArgv.remoteTags(url, anonymous), {
        env: { GIT_TERMINAL_PROMPT: "0", ...anonymous ? ANONYMOUS_GIT_ENV : {} },
        timeoutMs: Math.min(how.timeoutMs ?? REMOTE_TAGS_TIMEOUT_MS, REMOTE_TAGS_TIMEOUT_MS),
        maxOutputBytes: opts.remoteTagsMaxBytes ?? REMOTE_TAGS_MAX_BYTES,
        // outside any repository: the workspace's .git/config (actions/checkout's extraheader) is not read
        ...anonymous ? { cwd: tmpdir() } : {}
      });
      return out === void 0 ? void 0 : parseRemoteTags(out);
    }
  };
}
async function repositoryRoot(git, dir) {
  return await git.topLevel(dir) ?? dir;
}

export {
  gitArgv,
  ANONYMOUS_GIT_ENV,
  parseRemoteTags,
  REMOTE_TAGS_MAX_BYTES,
  createGit,
  repositoryRoot
};
