import {
  parseBuild
} from "./chunk-KOIIPLET.js";
import {
  diffLocks,
  flakeNixSha256,
  guarded,
  serverForgeHosts
} from "./chunk-777FHHKZ.js";
import {
  groupAsFlake,
  isUnchangedTarget,
  parsePlan,
  shardLabels,
  targetLabel
} from "./chunk-LNUD2RHY.js";
import {
  TagBumpMismatch,
  flakeNixWithTagBumps
} from "./chunk-LQO26QTC.js";
import {
  resolveLock
} from "./chunk-HFN6JY3P.js";
import {
  parseLock
} from "./chunk-LOBXAA3U.js";
import {
  UserError
} from "./chunk-6FGB7YHV.js";

// src/app/report.ts
import path from "node:path";

// src/update/merge-builds.ts
var BUILDS_HINT = "give report the build files of this run only (the artifacts of its build jobs)";
function missingShards(plan, builds) {
  const have = new Set(builds.map((b) => b.build.shard));
  const labels = shardLabels(plan);
  return plan.shards.filter((s) => !have.has(s)).map((shard) => ({ shard, targets: labels.get(shard) ?? [] }));
}
function mergeBisections(parts) {
  if (parts.length === 0) return void 0;
  if (parts.length === 1) {
    const { lock, flakeNix, ...outcome2 } = parts[0];
    if (lock === void 0 || outcome2.proposal !== "proposed") return { outcome: outcome2 };
    return { outcome: outcome2, lock, ...flakeNix !== void 0 ? { flakeNix } : {} };
  }
  const held = /* @__PURE__ */ new Map();
  for (const p of parts) {
    for (const h of p.heldBack) {
      const seen = held.get(h.input);
      held.set(h.input, seen ? { ...seen, targets: [...seen.targets, ...h.targets] } : h);
    }
  }
  const pairOf = (p) => p.proposal === "proposed" && p.lock !== void 0 ? JSON.stringify([p.lock, p.flakeNix ?? null]) : void 0;
  const pairs = new Set(parts.map(pairOf));
  const agreedPart = pairs.size === 1 && [...pairs][0] !== void 0 ? parts[0] : void 0;
  const agreed = agreedPart?.lock;
  const notes = parts.flatMap((p) => p.note !== void 0 ? [p.note] : []);
  const outcome = {
    builds: parts.reduce((n, p) => n + p.builds, 0),
    maxBuilds: parts[0].maxBuilds,
    heldBack: [...held.values()],
    proposal: agreed !== void 0 ? "proposed" : held.size > 0 ? "still-fails" : "none",
    ...agreed === void 0 && held.size > 0 ? { note: `bisected in ${parts.length} shards, whose proposals differ: the lock without every held-back input was not built` } : notes.length > 0 ? { note: notes[0] } : {}
  };
  if (agreed === void 0) return { outcome };
  return { outcome, lock: agreed, ...agreedPart.flakeNix !== void 0 ? { flakeNix: agreedPart.flakeNix } : {} };
}
function proposedTags(f, bisected) {
  if (!f.flakeNix) return {};
  const all = f.tagBumps ?? [];
  if (bisected?.lock === void 0) return { flakeNix: f.flakeNix, tagBumps: all };
  const held = new Set(bisected.outcome.heldBack.map((h) => h.input));
  const kept = all.filter((b) => !held.has(b.input));
  const file = f.dir === "." ? "flake.nix" : `${f.dir}/flake.nix`;
  let expected;
  try {
    expected = flakeNixWithTagBumps(f.flakeNix.before, file, kept);
  } catch (e) {
    if (!(e instanceof TagBumpMismatch)) throw e;
  }
  if (expected === void 0 || bisected.flakeNix !== expected) {
    throw new UserError(
      `the bisection of ${f.lockFile} proposes a ${file} that is not the plan's with the release-tag bumps of the inputs it moves`,
      f.lockFile,
      void 0,
      BUILDS_HINT
    );
  }
  return { flakeNix: { before: f.flakeNix.before, after: expected }, tagBumps: kept };
}
function indexBuilds(plan, builds) {
  const shards = new Set(plan.shards);
  const keysOf = /* @__PURE__ */ new Map();
  const expect = (shard, k) => {
    if (shard === null) return;
    const keys = keysOf.get(shard);
    if (keys) keys.push(k);
    else keysOf.set(shard, [k]);
  };
  const groupsOf = /* @__PURE__ */ new Map();
  for (const f of plan.flakes) {
    for (const t of f.targets) expect(t.shard, key(f.dir, t.attr));
    for (const g of f.grouping?.groups ?? []) for (const t of g.targets) expect(t.shard, key(f.dir, t.attr, g.name));
    groupsOf.set(f.dir, new Set((f.grouping?.groups ?? []).map((g) => g.name)));
  }
  const seen = /* @__PURE__ */ new Map();
  const byKey = /* @__PURE__ */ new Map();
  const bisections = /* @__PURE__ */ new Map();
  const bisection = (k, b) => {
    if (b === void 0) return;
    const list = bisections.get(k);
    if (list) list.push(b);
    else bisections.set(k, [b]);
  };
  for (const { file, build } of builds) {
    if (build.planId !== plan.id) {
      throw new UserError(
        `the build file belongs to plan ${build.planId}, not to this plan ${plan.id}`,
        file,
        void 0,
        BUILDS_HINT
      );
    }
    if (!shards.has(build.shard)) {
      throw new UserError(`the build file is for shard ${build.shard}, which the plan does not have`, file, void 0, BUILDS_HINT);
    }
    const other = seen.get(build.shard);
    if (other !== void 0) {
      throw new UserError(`two build files for shard ${build.shard}: ${other} and ${file}`, file, void 0, BUILDS_HINT);
    }
    seen.set(build.shard, file);
    const expected = new Set(keysOf.get(build.shard));
    const take = (dir, c, group) => {
      const k = key(dir, c.attr, group);
      if (!expected.delete(k)) {
        throw new UserError(
          `the build file reports ${c.attr} in ${dir}${group === void 0 ? "" : ` (group ${group})`}, which is not a target of shard ${build.shard} in the plan`,
          file,
          void 0,
          BUILDS_HINT
        );
      }
      byKey.set(k, c);
    };
    for (const f of build.flakes) {
      for (const c of f.configurations) take(f.dir, c);
      bisection(key(f.dir, ""), f.bisect);
      for (const g of f.groups ?? []) {
        if (!groupsOf.get(f.dir)?.has(g.name)) {
          throw new UserError(
            `the build file reports group ${g.name} of ${f.dir}, which the plan does not have`,
            file,
            void 0,
            BUILDS_HINT
          );
        }
        for (const c of g.configurations) take(f.dir, c, g.name);
        bisection(key(f.dir, "", g.name), g.bisect);
      }
    }
    const left = [...expected][0];
    if (left !== void 0) {
      const [dir, attr, group] = left.split("\0");
      throw new UserError(
        `the build file has no result for ${attr} in ${dir}${group ? ` (group ${group})` : ""}, a target of shard ${build.shard}`,
        file,
        void 0,
        BUILDS_HINT
      );
    }
  }
  return { byKey, bisections };
}
var key = (dir, attr, group) => `${dir}\0${attr}\0${group ?? ""}`;
function plannedConfiguration(flake, t) {
  const base = { attr: t.attr, kind: t.kind, name: t.name };
  if (isUnchangedTarget(t)) {
    const unchanged = { status: "unchanged", drvPath: t.before.drvPath };
    return { ...base, before: unchanged, after: unchanged };
  }
  const message = `not built: shard ${t.shard ?? "?"} left no build file (its job failed or was cancelled)`;
  return {
    ...base,
    before: { status: "absent" },
    after: {
      status: "failed",
      failure: {
        side: "after",
        attr: t.attr,
        message,
        logTail: `${targetLabel(flake, t)}: ${message}; re-run the failed build job, then the report`
      }
    }
  };
}
var changeKey = (c) => JSON.stringify([c.name, c.kind, c.after?.rev ?? null, c.after?.narHash ?? null, c.after?.url ?? null]);
function resolvedLock(cache, text, lockFile) {
  let r = cache.get(text);
  if (!r) {
    const lock = parseLock(text, lockFile);
    cache.set(text, r = { lock, inputs: [...resolveLock(lock).values()] });
  }
  return r;
}
function lockChanges(lockFile, before, after, options) {
  if (before === after) return [];
  return diffLocks(resolvedLock(options.locks, before, lockFile), resolvedLock(options.locks, after, lockFile), {
    ...options.now ? { now: options.now } : {},
    ...options.hosts ? { hosts: options.hosts } : {}
  });
}
function proposedChanges(flake, proposedLock, options) {
  const inputs = lockChanges(flake.lockFile, flake.lock.before, proposedLock, options);
  const made = new Set(inputs.map(changeKey));
  const held = flake.inputs.filter((c) => !made.has(changeKey(c)));
  return { inputs, ...held.length > 0 ? { heldBackInputs: held } : {} };
}
function flakeReportOf(view, configurations, bisected, options) {
  const full = lockChanges(view.lockFile, view.lock.before, view.lock.after, options);
  return {
    dir: view.dir,
    lockFile: view.lockFile,
    ...view.system !== void 0 ? { system: view.system } : {},
    ...bisected?.lock !== void 0 ? proposedChanges({ lockFile: view.lockFile, lock: view.lock, inputs: full }, bisected.lock, options) : { inputs: full },
    configurations,
    skipped: view.skipped,
    ...view.listingError !== void 0 ? { listingError: view.listingError } : {},
    lock: bisected?.lock !== void 0 ? { ...view.lock, after: bisected.lock } : view.lock,
    ...bisected ? { bisect: bisected.outcome } : {},
    ...proposedTags(view, bisected)
  };
}
function mergeBuilds(plan, builds, merge) {
  const options = { ...merge, locks: /* @__PURE__ */ new Map() };
  const { byKey, bisections } = indexBuilds(plan, builds);
  const flakes = plan.flakes.map((f) => {
    const bisected = mergeBisections(bisections.get(key(f.dir, "")) ?? []);
    const configurations = f.targets.map((t) => byKey.get(key(f.dir, t.attr)) ?? plannedConfiguration(f, t));
    return flakeReportOf(f, configurations, bisected, options);
  });
  const groups = plan.flakes.some((f) => f.grouping !== void 0) ? plan.flakes.map(
    (f) => ({
      dir: f.dir,
      groups: (f.grouping?.groups ?? []).map((g) => {
        const bisected = mergeBisections(bisections.get(key(f.dir, "", g.name)) ?? []);
        const configurations = g.targets.map((t) => byKey.get(key(f.dir, t.attr, g.name)) ?? plannedConfiguration(f, t));
        return { name: g.name, inputs: g.inputs, flake: flakeReportOf(groupAsFlake(f, g), configurations, bisected, options) };
      }),
      refused: f.grouping?.refused ?? []
    })
  ) : void 0;
  return {
    version: 1,
    nixVersion: plan.nixVersion,
    dryRun: merge.dryRun,
    requestedInputs: plan.requestedInputs,
    flakes,
    ...groups ? { groups } : {}
  };
}

// src/app/report.ts
async function readPlan(files, dir) {
  const { file, text } = await files.readPlan(dir);
  return parsePlan(text, file);
}
async function runReport(req, deps) {
  const plan = req.plan ?? await readPlan(deps.files, req.planDir);
  const builds = (await deps.files.readBuilds(req.buildsDir)).map(({ file, text }) => ({
    file,
    build: parseBuild(text, file)
  }));
  const report = mergeBuilds(plan, builds, {
    dryRun: req.dryRun,
    now: deps.clock.now(),
    ...req.hosts ? { hosts: req.hosts } : {}
  });
  for (const m of missingShards(plan, builds)) {
    deps.logger.warning(
      `shard ${m.shard} (${m.targets.join(", ")}) left no build file: its job failed or was cancelled; reported as not built`
    );
  }
  if (!req.dryRun) await placeLocks(proposedPlan(plan, report), req.workspace, deps);
  return report;
}
function proposedPlan(plan, report) {
  return {
    ...plan,
    flakes: plan.flakes.map((f, i) => {
      const r = report.flakes[i];
      if (r === void 0) return f;
      return { ...f, lock: r.lock, ...f.flakeNix && r.flakeNix ? { flakeNix: r.flakeNix, tagBumps: r.tagBumps ?? [] } : {} };
    })
  };
}
async function placeLocks(plan, workspace, deps) {
  const { fs } = deps;
  const moved = plan.flakes.filter((f) => f.lock.before !== f.lock.after || flakeNixMoved(f));
  for (const f of moved) {
    const abs = path.resolve(workspace, f.dir);
    const nixFile = f.dir === "." ? "flake.nix" : `${f.dir}/flake.nix`;
    const now = (await fs.read(path.join(abs, "flake.lock")))?.toString("utf8");
    if (await flakeNixSha256(fs, abs) !== f.flakeNixSha256 || now !== f.lock.before) {
      throw new UserError(
        `${now !== f.lock.before ? f.lockFile : nixFile} is not the one the plan was made from`,
        now !== f.lock.before ? f.lockFile : nixFile,
        void 0,
        "run the report on the commit the plan job checked out (the default for jobs of one workflow run)"
      );
    }
  }
  for (const f of moved) {
    const file = path.resolve(workspace, f.dir, "flake.lock");
    await guarded(deps, () => fs.writeAtomic(file, Buffer.from(f.lock.after, "utf8")));
    if (flakeNixMoved(f)) {
      const nix = path.resolve(workspace, f.dir, "flake.nix");
      await guarded(deps, () => fs.writeAtomic(nix, Buffer.from(f.flakeNix.after, "utf8")));
    }
  }
}
function flakeNixMoved(f) {
  return f.flakeNix !== void 0 && f.flakeNix.before !== f.flakeNix.after;
}
function runReportStage(config, deps, plan) {
  const hosts = serverForgeHosts(config.pr.serverUrl);
  return runReport(
    {
      workspace: config.workspace,
      planDir: config.update.planDir,
      buildsDir: config.update.buildsDir,
      dryRun: config.update.dryRun,
      ...hosts ? { hosts } : {},
      ...plan ? { plan } : {}
    },
    deps
  );
}

export {
  missingShards,
  mergeBuilds,
  readPlan,
  runReport,
  proposedPlan,
  placeLocks,
  runReportStage
};
