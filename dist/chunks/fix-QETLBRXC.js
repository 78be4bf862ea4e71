import {
  processInterrupts
} from "./chunk-SRPXZV7O.js";
import {
  nodeFs
} from "./chunk-GXW3FERZ.js";
import {
  cliLintPorts,
  formatText,
  shownFromCwd
} from "./chunk-FL7UNHUY.js";
import {
  RULES,
  lint,
  lintRequest,
  runFails
} from "./chunk-YXD22DWS.js";
import {
  LINT_OPTIONS,
  LINT_OPTIONS_HELP
} from "./chunk-LXBZTEBS.js";
import {
  terminalLogger
} from "./chunk-YO7SSYIK.js";
import {
  writeAtomic
} from "./chunk-VC3ZV3GN.js";
import "./chunk-IDKHNEBE.js";
import {
  confine,
  realPath,
  rootOf
} from "./chunk-MDGUUJEU.js";
import {
  configFromFlags
} from "./chunk-DJJ6S3NH.js";
import "./chunk-QNWLOSHO.js";
import "./chunk-WI2ORBNR.js";
import "./chunk-VF4F3FAK.js";
import "./chunk-HOZ3T3AG.js";
import "./chunk-GYRCVODP.js";
import "./chunk-ELKPDDDQ.js";
import "./chunk-LQO26QTC.js";
import "./chunk-MYWD7JSL.js";
import {
  applyEdits
} from "./chunk-GCMNXKNT.js";
import "./chunk-ZPSPCVQY.js";
import {
  EXIT
} from "./chunk-PRLAEPIX.js";
import "./chunk-5Z4T2RLS.js";
import {
  createGit,
  repositoryRoot
} from "./chunk-TTFCFZ4G.js";
import {
  runProcess
} from "./chunk-YCZEATSK.js";
import "./chunk-M6HMDD4M.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-22PJIZ42.js";
import "./chunk-BVR3L56C.js";
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
  ExecError,
  UserError,
  stringifyError
} from "./chunk-6FGB7YHV.js";
import {
  nixSources
} from "./chunk-52LYCAOF.js";
import "./chunk-6WGRO25Q.js";
import "./chunk-YLVDSGH3.js";

// src/app/fix.ts
import path from "node:path";

// src/lint/fix-plan.ts
function collide(a, b) {
  if (a.start < b.end && b.start < a.end) return true;
  const inside = (p, e) => e.start < p && p < e.end;
  return a.start === a.end && inside(a.start, b) || b.start === b.end && inside(b.start, a);
}
function planFixes(result) {
  const flake = result.ctx.flake;
  if (!flake) return void 0;
  const edits = [];
  const applied = [];
  const deferred = [];
  const seen = /* @__PURE__ */ new Set();
  for (const f of result.findings) {
    if (!f.fix || f.fix.edits.length === 0 || f.file !== result.ctx.nixPath) continue;
    const mine = f.fix.edits.map((e) => ({ start: e.span.start.offset, end: e.span.end.offset, newText: e.newText }));
    const fresh = mine.filter((e) => !seen.has(`${e.start}:${e.end}:${e.newText}`));
    const overlaps = fresh.some((e) => edits.some((o) => collide(e, o)));
    if (overlaps) {
      deferred.push(f);
      continue;
    }
    for (const e of fresh) {
      seen.add(`${e.start}:${e.end}:${e.newText}`);
      edits.push(e);
    }
    applied.push(f);
  }
  if (applied.length === 0) return void 0;
  return {
    dir: result.dir,
    file: result.ctx.nixPath,
    before: flake.text,
    after: applyEdits(flake.text, edits),
    applied,
    deferred
  };
}
async function planDiff(plan, shown = plan.file) {
  const { structuredPatch } = await import("./libesm-SUU347MU.js");
  const patch = structuredPatch(shown, shown, plan.before, plan.after, "", "", { context: 3 });
  const range = (start, lines) => lines === 1 ? `${start}` : `${start},${lines}`;
  const out = [`diff --git a/${shown} b/${shown}`, `--- a/${shown}`, `+++ b/${shown}`];
  for (const h of patch.hunks) {
    out.push(`@@ -${range(h.oldStart, h.oldLines)} +${range(h.newStart, h.newLines)} @@`, ...h.lines);
  }
  return `${out.join("\n")}
`;
}
async function checkParses(plan) {
  const { parseFile, NixSyntaxError } = await import("./nix-4UKEBGAX.js");
  try {
    parseFile(plan.after, { file: plan.file });
  } catch (e) {
    const why = e instanceof NixSyntaxError ? e.format() : e instanceof Error ? e.message : String(e);
    throw new Error(`the fixes for ${plan.file} would not parse (${why}); nothing was written — please report this`);
  }
}

// src/app/fix.ts
async function relock(dir, runner, logger, env, interrupts) {
  const { detectNix, createNix } = await import("./nix-L2BE5KAK.js");
  let features;
  try {
    features = (await detectNix({ runner, ...env ? { env } : {} })).features;
  } catch (e) {
    if (e instanceof ExecError && e.code === null && !interrupts.interrupted()) return "no-nix";
    throw e;
  }
  const nix = createNix({
    runner,
    features,
    options: { nixOptions: [], acceptFlakeConfig: false, ...env ? { env } : {} },
    logger
  });
  await nix.lock(dir);
  return "locked";
}
async function save(workspace, plan, nixAbs) {
  const lockAbs = path.join(workspace, plan.dir, "flake.lock");
  const nix = await nodeFs.read(nixAbs);
  if (nix === void 0) throw new Error(`${plan.file} disappeared while fix ran; nothing was written`);
  const lockShown = plan.dir === "." ? "flake.lock" : `${plan.dir}/flake.lock`;
  return { nixAbs, nixShown: plan.file, nix, lockAbs, lockShown, lock: await nodeFs.read(lockAbs) };
}
async function rollBack(s) {
  const said = [];
  const nixNow = await nodeFs.read(s.nixAbs);
  if (nixNow !== void 0 && nixNow.equals(s.nix)) said.push(`${s.nixShown} unchanged`);
  else {
    await nodeFs.writeAtomic(s.nixAbs, s.nix);
    said.push(`rolled ${s.nixShown} back to its original bytes`);
  }
  const lockNow = await nodeFs.read(s.lockAbs);
  if (s.lock === void 0) {
    if (lockNow !== void 0) {
      await nodeFs.remove(s.lockAbs);
      said.push(`removed the ${s.lockShown} Nix had begun`);
    }
  } else if (lockNow !== void 0 && lockNow.equals(s.lock)) said.push(`${s.lockShown} unchanged`);
  else {
    await nodeFs.writeAtomic(s.lockAbs, s.lock);
    said.push(`restored ${s.lockShown}`);
  }
  return said.join(", ");
}
async function checkClean(git, absFile, shown) {
  const status = await git.fileStatus(absFile);
  if (status === void 0) return "no-git";
  if (status.trim() !== "") {
    throw new UserError(
      `${shown} has uncommitted changes; fix will not mix its edits with them`,
      shown,
      void 0,
      "commit or stash them first, or run flake-steward fix --dry-run to see the diff"
    );
  }
  return "clean";
}
async function fixTargets(git, req, plans) {
  const root = rootOf(req.confine ? req.workspace : await repositoryRoot(git, req.workspace));
  const area = req.confine ? "the workspace" : `the repository ${root.given}`;
  const hint = `fix writes nothing outside ${area}; run it in the repository the flake belongs to`;
  const check = (shown) => confine(root, path.join(req.workspace, shown), { shown, area, hint });
  const out = /* @__PURE__ */ new Map();
  for (const plan of plans) {
    check(plan.dir);
    check(path.posix.join(plan.dir, "flake.lock"));
    out.set(plan, check(plan.file));
  }
  return out;
}
async function patchBase(git, req) {
  const top = await git.topLevel(req.workspace);
  const base = top ?? req.cwd ?? req.workspace;
  return await realPath(base) ?? base;
}
async function patchPath(base, workspace, plan) {
  const abs = path.join(workspace, plan.file);
  const rel = path.relative(base, await realPath(abs) ?? abs);
  return path.isAbsolute(rel) ? plan.file : rel.split(path.sep).join("/");
}
function runFix(config, ports) {
  return applyFixes(
    {
      ...lintRequest(config, ports),
      dryRun: config.update.dryRun,
      ...ports.runner ? { runner: ports.runner } : {},
      ...ports.interrupts ? { interrupts: ports.interrupts } : {},
      ...ports.cwd ? { cwd: ports.cwd } : {}
    },
    ports.say,
    ports.logger
  );
}
async function applyFixes(req, say, logger) {
  const runner = req.runner ?? runProcess;
  const interrupts = req.interrupts ?? processInterrupts;
  const before = await lint(req);
  const plans = before.flakes.map(planFixes).filter((p) => p !== void 0);
  if (plans.length === 0) {
    say("nothing to fix: no finding has a fix that can be applied automatically");
    return { plans, locked: [], noNix: [], after: before };
  }
  for (const plan of plans) await checkParses(plan);
  const git = createGit({ runner });
  if (req.dryRun) {
    const from = await patchBase(git, req);
    for (const plan of plans)
      say((await planDiff(plan, await patchPath(from, req.workspace, plan))).replace(/\n$/, ""));
    return { plans, locked: [], noNix: [] };
  }
  const files = await fixTargets(git, req, plans);
  for (const plan of plans) await checkClean(git, files.get(plan), plan.file);
  const locked = [];
  const noNix = [];
  for (const plan of plans) {
    const saved = await save(req.workspace, plan, files.get(plan));
    const removeUndo = interrupts.onInterrupt(() => rollBack(saved));
    try {
      await interrupts.guard(() => writeAtomic(saved.nixAbs, plan.after));
      say(`${plan.file}: applied ${plan.applied.length} fix${plan.applied.length === 1 ? "" : "es"}`);
      for (const f of plan.applied) say(`  ${f.rule}${f.input ? ` (${f.input})` : ""}: ${f.fix.description}`);
      if (plan.deferred.length > 0)
        say(
          `  ${plan.deferred.length} more fix${plan.deferred.length === 1 ? "" : "es"} overlapped with these; run flake-steward fix again to apply them`
        );
      const abs = path.join(req.workspace, plan.dir);
      let outcome;
      try {
        outcome = await relock(abs, runner, logger, req.nixEnv, interrupts);
      } catch (e) {
        if (interrupts.interrupted()) throw e;
        let back;
        try {
          back = await interrupts.guard(() => rollBack(saved));
        } catch (e2) {
          throw new Error(
            `nix flake lock failed in ${plan.dir} (${stringifyError(e)}), and ${plan.file} could not be rolled back: ${stringifyError(e2)}`
          );
        }
        throw new Error(
          `nix flake lock failed in ${plan.dir}, so the fix was not kept (${back}): ${stringifyError(e)}`
        );
      }
      if (outcome === "locked") {
        locked.push(plan.dir);
        say(`${plan.dir}: ran nix flake lock`);
      } else {
        noNix.push(plan.dir);
        say(`${plan.dir}: Nix is not installed here: run \`nix flake lock\` in ${plan.dir} and commit flake.lock`);
      }
    } finally {
      removeUndo();
    }
  }
  const after = await lint(req);
  return { plans, locked, noNix, after };
}

// src/cli/commands/fix.ts
function fixableRulesHelp(rules = RULES) {
  return rules.filter((r) => r.fixable === true).map((r) => `  ${r.id}`).join("\n");
}
var fixCommand = {
  name: "fix",
  summary: "Apply the fixes lint found to flake.nix (follows, overrides, branches, release tags), then nix flake lock",
  usage: "flake-steward fix [DIR] [--dry-run] [options]",
  help: `Applies the fixes that lint can make to flake.nix in DIR (default: the current directory), for the findings
of these rules (docs/rules.md says what each fix writes):
${fixableRulesHelp()}
Each edit keeps the file's own style and touches nothing else. The edited file must parse before it is written
(through a temporary file and a rename); then \`nix flake lock\` updates flake.lock when Nix is installed
(otherwise fix says to run it). A flake.nix with uncommitted changes is refused.

Options:
  --dry-run                 print the patch instead of writing: a unified diff with paths from the
                            repository's top level (else the current directory) that git apply accepts
  --fail-on LEVEL           exit 1 when findings at or above LEVEL remain: error (default), warning, notice, never
${LINT_OPTIONS_HELP}

Exit codes: 0 fixed (or nothing to fix) and no finding at or above --fail-on remains, 1 otherwise or an error,
2 usage error.

Examples:
  flake-steward fix --dry-run
  flake-steward fix`,
  options: {
    "dry-run": { type: "boolean" },
    ...LINT_OPTIONS
  },
  async run(positionals, values, io) {
    const config = await configFromFlags("fix", positionals, values, io);
    const outcome = await runFix(config, {
      ...cliLintPorts,
      say: (line) => io.stdout(`${line}
`),
      logger: terminalLogger(io),
      cwd: io.cwd
    });
    if (!outcome.after) return EXIT.ok;
    const after = shownFromCwd(outcome.after, config.workspace, io);
    const findings = allFindings(after);
    if (findings.length > 0 || outcome.plans.length > 0) {
      const notices = after.flakes.flatMap((f) => f.notices);
      io.stdout(
        formatText(findings, notices, { color: io.isTTY, flakes: after.flakes.length, sources: nixSources(after) })
      );
    }
    return runFails(outcome.after) ? EXIT.failure : EXIT.ok;
  }
};
export {
  fixCommand,
  fixableRulesHelp
};
