import {
  runProcess
} from "./chunk-CARTIHEC.js";

// src/git/git.ts
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
  ]
};
function createGit(opts = {}) {
  const run = opts.runner ?? runProcess;
  const ask = async (args) => {
    try {
      const r = await run("git", args, { check: false, ...opts.env ? { env: opts.env } : {} });
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
    fileStatus: (file) => ask(gitArgv.fileStatus(file))
  };
}
async function repositoryRoot(git, dir) {
  return await git.topLevel(dir) ?? dir;
}

export {
  gitArgv,
  createGit,
  repositoryRoot
};
