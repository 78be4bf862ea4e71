import {
  runBuild
} from "./chunk-D7CQ6OT4.js";
import {
  mergeBuilds
} from "./chunk-QSC3DW74.js";
import "./chunk-KOIIPLET.js";
import "./chunk-WYFOGVTW.js";
import "./chunk-ZRNIQLM2.js";
import {
  evaluateSide,
  flakeNixSha256,
  mergeSkipped,
  pairPlanned,
  serverForgeHosts
} from "./chunk-777FHHKZ.js";
import {
  PLAN_FORMAT,
  assignShards,
  sealPlan
} from "./chunk-LNUD2RHY.js";
import {
  lint,
  tagLookup
} from "./chunk-YXD22DWS.js";
import "./chunk-IDKHNEBE.js";
import "./chunk-MDGUUJEU.js";
import "./chunk-WI2ORBNR.js";
import "./chunk-VF4F3FAK.js";
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
import "./chunk-NCRQW533.js";
import {
  allFindings
} from "./chunk-AFL4INF5.js";
import "./chunk-QR34APMT.js";
import "./chunk-HFN6JY3P.js";
import "./chunk-T54OW3UP.js";
import "./chunk-LOBXAA3U.js";
import "./chunk-7HIKED5Z.js";
import "./chunk-OTUWSOVN.js";
import {
  UserError
} from "./chunk-6FGB7YHV.js";
import "./chunk-6WGRO25Q.js";
import "./chunk-YLVDSGH3.js";

// src/app/review.ts
import path from "node:path";

// src/lint/finding-diff.ts
var DRIFT = [
  // ISO dates, with a time and zone or not: `2025-11-18`, `2025-11-18T04:01:39Z`, `2025-11-18 04:01:39.123+02:00`.
  [/\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/g, "<date>"],
  // Counts of days: `40 days old`, `1 day newer`, `3-day`.
  [/\b\d+(?:[ -]|\u00a0)days?\b/gi, "<days>"],
  // Positions: `line 12`, `column 5`, `col 5`, `12:5` (`flake.nix:12:5` keeps its file name).
  [/\b(?:line|column|col)s? \d+/gi, "<pos>"],
  [/\b\d+:\d+(?::\d+)?\b/g, "<pos>"]
];
function stableMessage(message) {
  let s = message;
  for (const [re, by] of DRIFT) s = s.replace(re, by);
  return s;
}
function findingIdentity(f) {
  return JSON.stringify([f.rule, f.file, f.input ?? null, stableMessage(f.message)]);
}
function diffFindings(base, head) {
  const onBase = /* @__PURE__ */ new Map();
  for (const f of base) {
    const key = findingIdentity(f);
    onBase.set(key, (onBase.get(key) ?? 0) + 1);
  }
  const introduced = [];
  const present = [];
  for (const f of head) {
    const key = findingIdentity(f);
    const left = onBase.get(key) ?? 0;
    if (left > 0) {
      onBase.set(key, left - 1);
      present.push(f);
    } else {
      introduced.push(f);
    }
  }
  return { introduced, present };
}

// src/app/review.ts
async function runReview(req, deps) {
  const planned = await planReview(req, deps, 1);
  const builds = [];
  for (const shard of planned.plan.shards) {
    builds.push(await runBuild(planned.plan, shard, req, deps, { instantiated: true }));
  }
  const report = mergeBuilds(
    planned.plan,
    builds.map((build) => ({ file: `shard ${build.shard}`, build })),
    { dryRun: true, now: deps.clock.now(), ...req.hosts ? { hosts: req.hosts } : {} }
  );
  return { ...planned, builds, report };
}
var EMPTY_LOCK = `${JSON.stringify({ nodes: { root: {} }, root: "root", version: 7 }, null, 2)}
`;
async function planReview(req, deps, shards) {
  const { git, logger, fs } = deps;
  const top = await git.topLevel(req.workspace);
  if (top === void 0) {
    throw new UserError(
      `${req.workspace} is not in a git repository`,
      void 0,
      void 0,
      "review compares two commits: run it in a clone (actions/checkout)"
    );
  }
  const prefix = path.relative(top, req.workspace);
  const baseSha = await commit(git, top, req.base, "base");
  const headSha = req.head !== void 0 ? await commit(git, top, req.head, "head") : await git.commitOf(top, "HEAD");
  if (headSha === void 0) throw new UserError("the repository has no commit (HEAD)", void 0, void 0, "commit first");
  const sides = {
    base: { ref: req.base, sha: baseSha },
    head: { ref: req.head ?? "HEAD", sha: headSha },
    ...req.pullRequest ? { pullRequest: req.pullRequest } : {}
  };
  const changed = await git.changedFiles(top, baseSha, req.head !== void 0 ? headSha : void 0);
  if (changed === void 0) throw new UserError(`git cannot compare ${req.base} with the head`);
  const tempRoot = await deps.scratch.make();
  const trees = [];
  const tree = async (sha, name) => {
    const at = path.join(tempRoot, name);
    if (!await git.addWorktree(top, at, sha)) {
      throw new UserError(`git cannot check out ${sha.slice(0, 12)} into a work tree`, void 0, void 0, "is the clone complete?");
    }
    trees.push(at);
    return at;
  };
  try {
    const headTop = req.head !== void 0 ? await tree(headSha, "head") : top;
    const baseTop = await tree(baseSha, "base");
    const headWs = path.join(headTop, prefix);
    const baseWs = path.join(baseTop, prefix);
    const within = (root) => deps.fsWithin?.(root) ?? fs;
    const sideFs = { base: within(baseTop), head: req.head !== void 0 ? within(headTop) : fs };
    const touched = new Set(changed);
    const inRepo = (dir, file) => path.posix.join(prefix.split(path.sep).join("/"), dir, file);
    const discover = { onWarning: (line) => deps.logger.warning(line) };
    const dirs = [
      .../* @__PURE__ */ new Set([
        ...await sideFs.head.flakeDirs(headWs, req.paths, discover),
        ...await sideFs.base.flakeDirs(baseWs, req.paths, discover)
      ])
    ].filter((d) => touched.has(inRepo(d, "flake.nix")) || touched.has(inRepo(d, "flake.lock"))).sort();
    if (dirs.length === 0) {
      logger.info("No flake.nix or flake.lock differs between the base and the head: nothing to review.");
      const plan2 = sealPlan(assignShards({ format: PLAN_FORMAT, nixVersion: "", requestedInputs: [], flakes: [], review: sides }));
      return { plan: plan2, lint: { introduced: [], present: [] }, sides, noFlakeChanges: true };
    }
    logger.info(`flakes that differ: ${dirs.map((d) => d === "." ? "the root flake" : d).join(", ")}`);
    const version = await deps.nix.version();
    const flakes = [];
    for (const dir of dirs) flakes.push(await reviewFlake(dir, { ws: baseWs, fs: sideFs.base }, { ws: headWs, fs: sideFs.head }, req, deps));
    const plan = sealPlan(
      assignShards({ format: PLAN_FORMAT, nixVersion: version.raw, requestedInputs: [], flakes, review: sides }, shards)
    );
    const tags = tagLookup({ git: deps.git, logger });
    const lintOf = async (workspace, present2) => present2.length === 0 ? [] : allFindings(
      await lint({
        workspace,
        paths: present2,
        settings: req.lint,
        rulesSetting: req.rulesSetting,
        clock: deps.clock,
        confine: req.confine === true,
        tags
      })
    );
    const present = async (ws, side) => {
      const out = [];
      for (const d of dirs) if (await side.exists(path.join(ws, d, "flake.nix"))) out.push(d);
      return out;
    };
    const headDirs = await present(headWs, sideFs.head);
    const baseDirs = await present(baseWs, sideFs.base);
    const baseFindings = await lintOf(baseWs, baseDirs);
    const headFindings = await lintOf(headWs, headDirs);
    tags.done();
    const lintDiff = diffFindings(baseFindings, headFindings);
    return { plan, lint: lintDiff, sides, noFlakeChanges: false };
  } finally {
    for (const at of trees.reverse()) await git.removeWorktree(top, at);
    await deps.scratch.remove(tempRoot);
  }
}
async function commit(git, top, ref, what) {
  let sha = await git.commitOf(top, ref);
  if (sha === void 0 && /^[0-9a-f]{40}$/.test(ref) && await git.fetchCommit(top, "origin", ref)) {
    sha = await git.commitOf(top, ref);
  }
  if (sha === void 0) {
    throw new UserError(
      `no commit '${ref}' (the ${what}) in the repository`,
      void 0,
      void 0,
      what === "base" ? "pass a branch, tag or commit the clone has (actions/checkout with fetch-depth: 0 fetches every one)" : "pass a branch, tag or commit of the clone, or leave --head out for the working tree"
    );
  }
  return sha;
}
async function reviewFlake(dir, base, head, req, deps) {
  const { logger } = deps;
  const baseWs = base.ws;
  const headWs = head.ws;
  const lockFile = dir === "." ? "flake.lock" : `${dir}/flake.lock`;
  const at = (ws) => ({ abs: path.join(ws, dir), dir });
  const hasNix = async (t) => t.fs.exists(path.join(t.ws, dir, "flake.nix"));
  const lockText = async (t) => (await t.fs.read(path.join(t.ws, dir, "flake.lock")))?.toString("utf8");
  const [baseNix, headNix] = [await hasNix(base), await hasNix(head)];
  const before = baseNix ? await logger.group(`Evaluate the base (${dir})`, () => evaluateSide(at(baseWs), req, deps)) : void 0;
  const after = headNix ? await logger.group(
    `Evaluate the head (${dir})`,
    () => evaluateSide(
      at(headWs),
      req,
      deps,
      before?.targets.map((x) => x.installable)
    )
  ) : void 0;
  const system = after?.system ?? before?.system;
  return {
    dir,
    lockFile,
    flakeNixSha256: await flakeNixSha256(headNix ? head.fs : base.fs, path.join(headNix ? headWs : baseWs, dir)),
    ...system !== void 0 ? { system } : {},
    skipped: mergeSkipped(before?.skipped ?? [], after?.skipped ?? []),
    ...after?.listingError ? { listingError: after.listingError } : {},
    lock: { before: await lockText(base) ?? EMPTY_LOCK, after: await lockText(head) ?? EMPTY_LOCK },
    targets: pairPlanned(before?.targets ?? [], after?.targets ?? [])
  };
}
function reviewRequest(config, refs) {
  const hosts = serverForgeHosts(config.pr.serverUrl);
  return {
    workspace: config.workspace,
    paths: config.paths,
    base: refs.base,
    ...refs.head !== void 0 ? { head: refs.head } : {},
    build: config.update.build,
    lint: config.lint,
    rulesSetting: refs.rulesSetting,
    ...refs.confine ? { confine: true } : {},
    ...refs.pullRequest ? { pullRequest: refs.pullRequest } : {},
    ...hosts ? { hosts } : {}
  };
}
export {
  planReview,
  reviewRequest,
  runReview
};
