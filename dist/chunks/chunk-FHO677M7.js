import {
  readFlakeNix
} from "./chunk-2YUO6KFV.js";
import {
  LOCK_LIMIT,
  NIX_LIMIT,
  SETTINGS_LIMIT,
  readBoundedText
} from "./chunk-AMRI276Y.js";
import {
  SETTINGS_FILE,
  discoverFlakes,
  effectiveOptions,
  parseSettingsFile
} from "./chunk-3FV72BOW.js";
import {
  writeAtomic
} from "./chunk-VC3ZV3GN.js";
import {
  confine,
  resolvePath,
  rootOf
} from "./chunk-MDGUUJEU.js";
import {
  Setting,
  configFromFlags
} from "./chunk-FIERP6HJ.js";
import {
  EXIT
} from "./chunk-PRLAEPIX.js";
import {
  systemClock
} from "./chunk-22PJIZ42.js";
import {
  allDeclared,
  allFindings,
  branchForRelease,
  checkRuleIds,
  countsLine,
  declaredAt,
  duplicatesDuplicateInput,
  fails,
  findDeclared,
  findInput,
  followsPath,
  freshnessStaleInput,
  inputFinding,
  isNixpkgs,
  isPublishedNixpkgsRef,
  isSupported,
  isUnstableNixpkgs,
  lastSupportedDay,
  latestRelease,
  lintHints,
  lockLineRegion,
  nodeAt,
  originOf,
  pathsByNode,
  plural,
  releaseBranchOf,
  removeOverrideFix,
  rootNodes,
  runRules,
  sourceOf,
  spanRegion,
  trackingOf
} from "./chunk-UVFLJJJR.js";
import {
  globMatch,
  spanAt
} from "./chunk-OZJ4M35K.js";
import {
  cycleFrom,
  resolveLock,
  samePath,
  showCycle,
  showPath
} from "./chunk-5TBM3YKZ.js";
import {
  parseLock,
  printFlakeRef,
  sameFlakeRef,
  tryParseFlakeRef
} from "./chunk-GGPTOJQB.js";
import {
  displayFinding,
  displayNotice
} from "./chunk-IMNS3PY3.js";
import {
  UserError
} from "./chunk-6FGB7YHV.js";

// src/app/lint.ts
import path2 from "node:path";

// src/lint/lint-context.ts
function problemOf(e) {
  if (e instanceof UserError) {
    return {
      message: e.message,
      line: e.position?.line ?? 1,
      column: e.position?.column ?? 1,
      ...e.hint ? { hint: e.hint } : {}
    };
  }
  throw e;
}
function lintContext(files, now, options) {
  const { nixPath, lockPath, nix: nixRead, lock: lockRead } = files;
  const nixText = nixRead instanceof UserError ? void 0 : nixRead;
  const lockText = lockRead instanceof UserError ? void 0 : lockRead;
  let flake;
  let nixProblem = nixRead instanceof UserError ? problemOf(nixRead) : void 0;
  if (nixText !== void 0) {
    try {
      flake = readFlakeNix(nixText, nixPath);
    } catch (e) {
      nixProblem = problemOf(e);
    }
  }
  let lock;
  let lockProblem = lockRead instanceof UserError ? problemOf(lockRead) : void 0;
  let resolved = /* @__PURE__ */ new Map();
  if (lockText !== void 0) {
    try {
      lock = parseLock(lockText, lockPath);
      resolved = new Map([...resolveLock(lock).values()].map((r) => [showPath(r.path), r]));
    } catch (e) {
      lock = void 0;
      lockProblem = problemOf(e);
    }
  }
  return {
    nixPath,
    lockPath,
    ...flake ? { flake } : {},
    ...nixProblem ? { nixProblem } : {},
    hasNix: nixRead !== void 0,
    ...lock ? { lock } : {},
    ...lockText !== void 0 ? { lockText } : {},
    ...lockProblem ? { lockProblem } : {},
    hasLock: lockRead !== void 0,
    resolved,
    now,
    options
  };
}

// src/lint/rules/follows-cycle.ts
var key = (p) => p.join("\0");
function declaredCycles(byKey) {
  const next = (d) => {
    const target = followsPath(d.follows.value);
    for (let n = target.length; n > 0; n--) {
      const t = byKey.get(key(target.slice(0, n)));
      if (t) return t;
    }
    return void 0;
  };
  const result = /* @__PURE__ */ new Map();
  for (const [start, first] of byKey) {
    if (result.has(start)) continue;
    const walk = [];
    const at = /* @__PURE__ */ new Map();
    let found;
    let entry = -1;
    for (let d = first; d; d = next(d)) {
      const k = key(d.path);
      if (result.has(k)) {
        found = result.get(k);
        break;
      }
      const seen = at.get(k);
      if (seen !== void 0) {
        entry = seen;
        break;
      }
      at.set(k, walk.length);
      walk.push(d);
    }
    const members = entry >= 0 ? walk.slice(entry).map((d) => d.path) : [];
    walk.forEach((d, i) => result.set(key(d.path), entry >= 0 ? cycleFrom(members, Math.max(i - entry, 0)) : found));
  }
  return result;
}
var followsCycle = {
  id: "follows/cycle",
  defaultSeverity: "error",
  needs: [],
  docs: {
    summary: "A chain of `follows` leads back to where it started.",
    why: "None of the inputs on the cycle has a source. Nix 2.8 even writes such a lock, then fails as soon as one of them is used (`error: stack overflow (possible infinite recursion)`); newer Nix reports `follow cycle detected: [a -> b -> a]`.",
    fix: "Break the chain: give one of the inputs a `url` instead of a `follows`.",
    example: 'inputs.nixpkgs.follows = "nixpkgs-unstable";\ninputs.nixpkgs-unstable.follows = "nixpkgs";'
  },
  check(ctx) {
    const out = [];
    const reported = /* @__PURE__ */ new Set();
    const declared = allDeclared(ctx);
    const follows = /* @__PURE__ */ new Map();
    for (const d of declared) if (d.follows) follows.set(key(d.path), d);
    const cycles = declaredCycles(follows);
    for (const d of declared) {
      if (!d.follows) continue;
      const target = followsPath(d.follows.value);
      if (samePath(target, d.path)) continue;
      let cycle = cycles.get(key(d.path));
      if (!cycle && ctx.lock && target.length > 0) {
        const r = findDeclared(ctx.lock, d.path, target);
        if (r.kind === "cycle") cycle = r;
      }
      if (!cycle) continue;
      reported.add(showPath(d.path));
      out.push({
        in: "nix",
        ...spanRegion(d.follows.span),
        input: showPath(d.path),
        message: `follows cycle: ${showCycle(cycle.cycle, cycle.omitted)}; none of these inputs has a source, and using one fails`
      });
    }
    if (ctx.lock) {
      for (const r of ctx.resolved.values()) {
        if (r.follows === void 0 || samePath(r.follows, r.path)) continue;
        if (reported.has(showPath(r.path)) || follows.has(key(r.path))) continue;
        const found = findDeclared(ctx.lock, r.path, r.follows);
        if (found.kind !== "cycle") continue;
        out.push(inputFinding(ctx, r.path, `flake.lock has a follows cycle: ${showCycle(found.cycle, found.omitted)}`));
      }
    }
    return out;
  }
};

// src/lint/rules/follows-non-existent-target.ts
var followsNonExistentTarget = {
  id: "follows/non-existent-target",
  defaultSeverity: "error",
  needs: ["lock"],
  docs: {
    summary: "A `follows` names an input path that does not exist.",
    why: "Nix refuses to lock or evaluate the flake: `error: input 'hm/nixpkgs' follows a non-existent input 'nixpkgz'`.",
    fix: 'Point the `follows` at an input that exists (paths are relative to the flake that declares them: in your flake.nix, a root input name such as `"nixpkgs"`, or `"a/b"` for input b of input a), or remove it.',
    example: 'inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";\ninputs.home-manager.url = "github:nix-community/home-manager";\ninputs.home-manager.inputs.nixpkgs.follows = "nixpkgz";'
  },
  check(ctx) {
    const lock = ctx.lock;
    const out = [];
    const reported = /* @__PURE__ */ new Set();
    const declaredRoots = new Set((ctx.flake?.inputs ?? []).map((d) => d.name));
    for (const d of allDeclared(ctx)) {
      if (!d.follows) continue;
      const target = followsPath(d.follows.value);
      if (target.length === 0) continue;
      const r = findInput(lock, target);
      if (r.kind !== "missing") continue;
      if (r.missing.length === 1 && declaredRoots.has(r.missing[0])) continue;
      reported.add(showPath(d.path));
      out.push({
        in: "nix",
        ...spanRegion(d.follows.span),
        input: showPath(d.path),
        message: `${showPath(d.path)} follows '${d.follows.value}', which does not exist: ${describeMissing(r.missing)}; Nix fails with "follows a non-existent input"`
      });
    }
    for (const r of ctx.resolved.values()) {
      if (r.follows === void 0 || r.follows.length === 0) continue;
      const key2 = showPath(r.path);
      if (reported.has(key2)) continue;
      const found = findInput(lock, r.follows);
      if (found.kind !== "missing") continue;
      const decl = declaredAt(ctx, r.path);
      if (decl?.follows) continue;
      out.push(
        inputFinding(
          ctx,
          r.path,
          `flake.lock has ${key2} following '${showPath(r.follows)}', which does not exist: ${describeMissing(found.missing)}`
        )
      );
    }
    return out;
  }
};
function describeMissing(missing) {
  if (missing.length === 1) return `there is no root input '${missing[0]}'`;
  return `input '${showPath(missing.slice(0, -1))}' has no input '${missing[missing.length - 1]}'`;
}

// src/lint/rules/follows-override-of-missing-input.ts
var MAX_LISTED = 20;
function* take(items, n) {
  if (n <= 0) return;
  for (const x of items) {
    yield x;
    if (--n === 0) return;
  }
}
var followsOverrideOfMissingInput = {
  id: "follows/override-of-missing-input",
  defaultSeverity: "warning",
  needs: ["nix", "lock"],
  fixable: true,
  docs: {
    summary: "An override `inputs.a.inputs.x…` names an input `x` that the locked `a` does not have.",
    why: "Nix ignores such an override (Nix 2.8 silently; newer versions with a warning), so the `follows` you believe de-duplicates nixpkgs does nothing — often after the dependency renamed or dropped its input.",
    fix: "Remove the override (`flake-steward fix` does), or point it at the input's current name (see the dependency's flake.nix).",
    example: 'inputs.flake-utils.url = "github:numtide/flake-utils";\n# flake-utils has no input nixpkgs:\ninputs.flake-utils.inputs.nixpkgs.follows = "nixpkgs";'
  },
  check(ctx) {
    const lock = ctx.lock;
    const out = [];
    for (const d of allDeclared(ctx)) {
      if (d.path.length < 2) continue;
      const parentPath = d.path.slice(0, -1);
      const parentDecl = declaredAt(ctx, parentPath);
      if (parentDecl?.follows) continue;
      const parent = findInput(lock, parentPath);
      if (parent.kind !== "node") continue;
      const node = lock.nodes.get(parent.key);
      if (!node || node.inputs.has(d.name)) continue;
      const parentName = showPath(parentPath);
      const has = [...take(node.inputs.keys(), MAX_LISTED + 1)];
      const listed = has.length > MAX_LISTED ? `${has.slice(0, MAX_LISTED).join(", ")}, …` : has.join(", ");
      const why = !node.flake ? `${parentName} is not a flake (flake = false), so it has no inputs to override` : has.length > 0 ? `the locked ${parentName} has no input '${d.name}' (its inputs: ${listed})` : `the locked ${parentName} has no inputs at all`;
      out.push({
        in: "nix",
        ...spanRegion(d.span),
        input: showPath(d.path),
        message: `override of ${showPath(d.path)} has no effect: ${why}; Nix ignores it`,
        fix: removeOverrideFix(ctx, d)
      });
    }
    return out;
  }
};

// src/lint/rules/follows-self.ts
var followsSelf = {
  id: "follows/self",
  defaultSeverity: "warning",
  needs: [],
  docs: {
    summary: "An input follows itself.",
    why: 'It is a one-step cycle: the input has no source. Nix 2.8 locks it (`"d": ["d"]`) and fails only when the input is used (`stack overflow (possible infinite recursion)`). Usually a typo for another input name.',
    fix: 'Point the `follows` at the input you meant (often `"nixpkgs"` from a nested override), or give the input a `url`.',
    example: 'inputs.nixpkgs.follows = "nixpkgs";'
  },
  check(ctx) {
    const out = [];
    for (const d of allDeclared(ctx)) {
      if (!d.follows) continue;
      if (!samePath(followsPath(d.follows.value), d.path)) continue;
      out.push({
        in: "nix",
        ...spanRegion(d.follows.span),
        input: showPath(d.path),
        message: `${showPath(d.path)} follows itself ("${d.follows.value}")`
      });
    }
    for (const r of ctx.resolved.values()) {
      if (r.follows === void 0 || !samePath(r.follows, r.path)) continue;
      if (declaredAt(ctx, r.path)?.follows) continue;
      out.push(inputFinding(ctx, r.path, `flake.lock has ${showPath(r.path)} following itself`));
    }
    return out;
  }
};

// src/lint/rules/follows-url-and-follows.ts
var followsUrlAndFollows = {
  id: "follows/url-and-follows",
  defaultSeverity: "error",
  needs: ["nix"],
  docs: {
    summary: "An input sets both a reference (`url`, or `type`/`owner`/…) and `follows`.",
    why: "Nix uses the `follows` and silently drops the reference, so the flake does not use the source it names.",
    fix: "Keep one: delete the `url` to share the followed input, or delete the `follows` to use the URL.",
    example: 'inputs.home-manager = {\n  url = "github:nix-community/home-manager";\n  follows = "hm-stable";\n};'
  },
  check(ctx) {
    const out = [];
    for (const d of allDeclared(ctx)) {
      if (!d.follows) continue;
      const ref = d.url ?? d.attrs;
      if (!ref) continue;
      const shown2 = d.url ? `url "${d.url.value}"` : "an attribute-set reference";
      out.push({
        in: "nix",
        ...spanRegion(d.follows.span),
        input: showPath(d.path),
        message: `${showPath(d.path)} has both ${shown2} and follows "${d.follows.value}": Nix uses the follows and ignores the reference; keep one`
      });
    }
    return out;
  }
};

// src/lint/release-fix.ts
function segmentAt(url, branch) {
  for (let at = url.lastIndexOf(branch); at >= 0; at = at === 0 ? -1 : url.lastIndexOf(branch, at - 1)) {
    const before = url[at - 1];
    const after = url[at + branch.length];
    if ((before === "/" || before === "=") && (after === void 0 || "/?&#".includes(after))) return at;
  }
  return -1;
}
function moveReleaseFix(ctx, decl, moving, to) {
  const text = ctx.flake?.text;
  const url = decl?.url;
  if (text === void 0 || !decl || !url) return void 0;
  const branch = moving.branch;
  const toBranch = branchForRelease(branch, to) ?? to.name;
  const description = `Move ${decl.name} from ${branch} to ${toBranch}`;
  const at = segmentAt(url.value, branch);
  if (at < 0) return void 0;
  const moved = `url = ${JSON.stringify(url.value.slice(0, at) + toBranch + url.value.slice(at + branch.length))};`;
  const literal = text.slice(url.span.start.offset, url.span.end.offset);
  const inBranch = branch.lastIndexOf(moving.release.name);
  const plain = literal === JSON.stringify(url.value) && !literal.includes("\\") && !literal.includes("${");
  if (!plain || inBranch < 0) return { description, text: moved, edits: [] };
  const start = url.span.start.offset + 1 + at + inBranch;
  return { description, text: moved, edits: [{ span: spanAt(text, start, start + 5), newText: to.name }] };
}

// src/lint/root-refs.ts
var refsCache = /* @__PURE__ */ new WeakMap();
function rootRefs(ctx) {
  return rootIndex(ctx).list;
}
function rootIndex(ctx) {
  const key2 = ctx.lock ?? ctx.flake ?? ctx;
  const hit = refsCache.get(key2);
  if (hit) return hit;
  const out = ctx.lock ? rootNodes(ctx) : (ctx.flake?.inputs ?? []).flatMap((d) => {
    if (!d.url) return [];
    const r = tryParseFlakeRef(d.url.value);
    if (!r.ok) return [];
    const node = { key: d.name, inputs: /* @__PURE__ */ new Map(), original: r.attrs, flake: true, line: 1 };
    return [{ name: d.name, path: d.path, node }];
  });
  const byName = /* @__PURE__ */ new Map();
  for (const r of out) if (!byName.has(r.name)) byName.set(r.name, r);
  const index = { list: out, byName };
  refsCache.set(key2, index);
  return index;
}
function nixpkgsUsedBy(ctx, name) {
  const { byName } = rootIndex(ctx);
  let target;
  if (ctx.lock) {
    const r = ctx.resolved.get(showPath([name, "nixpkgs"]));
    if (r?.follows !== void 0) {
      const node = nodeAt(ctx, [name, "nixpkgs"]);
      if (node && isNixpkgs(node)) return { name: showPath(r.follows), node };
      return void 0;
    }
  } else {
    const follows = declaredAt(ctx, [name, "nixpkgs"])?.follows?.value;
    if (follows !== void 0) target = follows;
  }
  const found = byName.get(target ?? "nixpkgs");
  return found && isNixpkgs(found.node) ? { name: found.name, node: found.node } : void 0;
}

// src/lint/rules/freshness-unsupported-branch.ts
function overridden(overrides, input, now) {
  for (const [glob, day] of Object.entries(overrides)) {
    if (!globMatch(glob, input)) continue;
    const end = Date.parse(`${day}T00:00:00Z`) + 864e5;
    return Number.isFinite(end) && now.getTime() < end;
  }
  return false;
}
var freshnessUnsupportedBranch = {
  id: "freshness/unsupported-branch",
  defaultSeverity: "warning",
  needs: [],
  fixable: true,
  docs: {
    summary: "A root input tracks a release branch whose NixOS release is out of support: nixpkgs (`nixos-YY.MM`, `nixpkgs-YY.MM-darwin`, `release-YY.MM`, with `-small`), or a flake that follows NixOS releases (Home Manager `release-YY.MM`, nix-darwin `nix-darwin-YY.MM`).",
    why: "The branch gets no more security fixes. Support is computed from the release calendar on the day of the run (a release each May and November; the previous one is supported until the end of the month after the next release), so the rule never lags a release.",
    fix: 'Move to the current release branch (the message names it): `flake-steward fix` changes the release in the input\'s `url` in flake.nix, nothing else, and relocks. A release-branched input used with an unstable nixpkgs is left to `freshness/release-mismatch`. To keep an old branch on purpose, set `supported-until` for the input in `.flake-steward.json` (`{"supported-until": {"nixpkgs-legacy": "2027-03-31"}}`) or ignore it (`ignore: freshness/unsupported-branch:nixpkgs-legacy`).',
    example: 'inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-23.11"; # unsupported since 2024-07-01'
  },
  check(ctx) {
    const out = [];
    const latest = latestRelease(ctx.now);
    for (const { name, path: path4, node } of rootRefs(ctx)) {
      const r = releaseBranchOf(node);
      if (!r || isSupported(r.release, ctx.now)) continue;
      if (overridden(ctx.options.supportedUntil, name, ctx.now)) continue;
      let to = latest;
      if (!isNixpkgs(node)) {
        const used = nixpkgsUsedBy(ctx, name)?.node;
        const usedRelease = used ? releaseBranchOf(used)?.release : void 0;
        if (usedRelease && isSupported(usedRelease, ctx.now)) to = usedRelease;
        else if (used && isUnstableNixpkgs(used)) to = void 0;
      }
      const branch = /^\d/.test(r.branch) ? `release ${r.branch}` : r.branch;
      const release = isNixpkgs(node) ? `NixOS ${r.release.name} is` : `for NixOS ${r.release.name},`;
      const toBranch = to ? branchForRelease(r.branch, to) : void 0;
      const move = !to ? "the nixpkgs it is used with is unstable (see freshness/release-mismatch)" : toBranch ? `move to ${toBranch}` : `move to the ${to.name} release`;
      const message = `input '${name}' tracks ${branch}, ${release} out of support since ${lastSupportedDay(r.release)}; ${move}`;
      const decl = declaredAt(ctx, path4);
      const fix = to ? moveReleaseFix(ctx, decl, r, to) : void 0;
      const at = decl?.url ? { in: "nix", ...spanRegion(decl.url.span), input: name } : inputFinding(ctx, path4, "");
      out.push({ ...at, message, ...fix ? { fix } : {} });
    }
    return out;
  }
};

// src/lint/rules/freshness-release-mismatch.ts
var RELEASE_BRANCHED = /* @__PURE__ */ new Set(["nix-community/home-manager", "nix-darwin/nix-darwin", "lnl7/nix-darwin"]);
var freshnessReleaseMismatch = {
  id: "freshness/release-mismatch",
  defaultSeverity: "warning",
  needs: [],
  docs: {
    summary: "A root input on a NixOS release branch (Home Manager `release-YY.MM`, nix-darwin `nix-darwin-YY.MM`, any `release-YY.MM`/`nixos-YY.MM` branch of a flake) is used with a nixpkgs on another release or on unstable, or Home Manager or nix-darwin on their default branch with a nixpkgs release.",
    why: 'Home Manager and nix-darwin are written against one nixpkgs release and use its option and package names; Home Manager warns "You are using Home Manager version X and Nixpkgs version Y" for exactly this mismatch, and evaluation errors follow. The nixpkgs an input is used with is the root input its `nixpkgs` follows, else the root `nixpkgs`.',
    fix: 'Use the branch of the same release on both sides: `release-26.05` with `nixos-26.05`, and the default branch (master) with `nixos-unstable`/`nixpkgs-unstable`; and let the input follow that nixpkgs (`inputs.home-manager.inputs.nixpkgs.follows = "nixpkgs";`).',
    example: 'inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";\ninputs.home-manager.url = "github:nix-community/home-manager/release-22.11";'
  },
  check(ctx) {
    const out = [];
    for (const { name, path: path4, node } of rootRefs(ctx)) {
      if (isNixpkgs(node)) continue;
      const used = nixpkgsUsedBy(ctx, name);
      if (!used) continue;
      const mine = releaseBranchOf(node);
      const theirs = releaseBranchOf(used.node);
      const unstable = isUnstableNixpkgs(used.node);
      let message;
      if (mine) {
        if (theirs && theirs.release.name !== mine.release.name) {
          message = `input '${name}' tracks ${mine.branch} (NixOS ${mine.release.name}) but is used with nixpkgs '${used.name}' on ${theirs.branch} (${theirs.release.name}): use the branches of one release`;
        } else if (unstable) {
          message = `input '${name}' tracks ${mine.branch} (NixOS ${mine.release.name}) but is used with nixpkgs '${used.name}' on unstable: use ${name}'s default branch with unstable, or a nixos-${mine.release.name} nixpkgs`;
        }
      } else if (theirs) {
        const t = trackingOf(node);
        const s = sourceOf(node);
        const known = s?.owner && s.repo && RELEASE_BRANCHED.has(`${s.owner}/${s.repo}`.toLowerCase());
        if (known && t.kind === "branch" && (t.branch === void 0 || t.branch === "master")) {
          message = `input '${name}' follows its default branch (for nixpkgs unstable) but is used with nixpkgs '${used.name}' on ${theirs.branch} (${theirs.release.name}): use its ${theirs.release.name} release branch`;
        }
      }
      if (!message) continue;
      const decl = declaredAt(ctx, path4);
      if (decl?.url) out.push({ in: "nix", ...spanRegion(decl.url.span), input: name, message });
      else out.push(inputFinding(ctx, path4, message));
    }
    return out;
  }
};

// src/lint/rules/freshness-unpublished-branch.ts
function isOfficialNixpkgs(node) {
  if (node.original?.type === "indirect") return node.original["id"] === "nixpkgs";
  const o = originOf(node);
  return o?.host === "github.com" && o.owner?.toLowerCase() === "nixos" && o.repo?.toLowerCase() === "nixpkgs";
}
var freshnessUnpublishedBranch = {
  id: "freshness/unpublished-branch",
  defaultSeverity: "warning",
  needs: [],
  docs: {
    summary: "A root input takes NixOS/nixpkgs at a ref NixOS does not publish: not `master`, `nixos-unstable`, `nixos-unstable-small`, `nixpkgs-unstable`, `nixos-YY.MM`, `nixos-YY.MM-small`, `nixpkgs-YY.MM-darwin`, `release-YY.MM`, `staging*`, `*-updates`, or a release tag `YY.MM`.",
    why: "Such a ref is a typo (`nixos-unstabel`), a branch that was deleted, or one that never existed: `nix flake lock` fails on it, or the lock holds a commit nobody maintains. flake-checker reports the same.",
    fix: "Use a channel branch: `nixos-unstable` (or `nixpkgs-unstable` off NixOS), or `nixos-YY.MM` for a release (`nixpkgs-YY.MM-darwin` on macOS). Pin a commit with a `rev` instead of a branch name.",
    example: 'inputs.nixpkgs.url = "github:NixOS/nixpkgs/this-should-fail";'
  },
  check(ctx) {
    const out = [];
    for (const { name, path: path4, node } of rootRefs(ctx)) {
      if (!isOfficialNixpkgs(node)) continue;
      const t = trackingOf(node);
      const ref = t.kind === "branch" ? t.branch : t.kind === "tag" ? t.tag : void 0;
      if (ref === void 0 || isPublishedNixpkgsRef(ref)) continue;
      const message = `input '${name}' takes NixOS/nixpkgs at '${ref}', which NixOS does not publish: use nixos-unstable or a nixos-YY.MM release branch`;
      const decl = declaredAt(ctx, path4);
      if (decl?.url) out.push({ in: "nix", ...spanRegion(decl.url.span), input: name, message });
      else out.push(inputFinding(ctx, path4, message));
    }
    return out;
  }
};

// src/lint/rules/hygiene-indirect-input.ts
function suggestion(node) {
  const locked = node?.locked;
  if (!locked || locked.type === "indirect") return void 0;
  const keep = { type: locked.type };
  for (const k of ["owner", "repo", "host", "url", "path", "dir"])
    if (locked[k] !== void 0) keep[k] = locked[k];
  const ref = node?.original?.["ref"];
  if (typeof ref === "string") keep["ref"] = ref;
  try {
    return printFlakeRef(keep);
  } catch {
    return void 0;
  }
}
var advice = (name, node) => {
  const s = suggestion(node);
  return s ? `write the full reference, e.g. inputs.${name}.url = "${s}";` : "write the full reference (github:OWNER/REPO/BRANCH)";
};
function isIndirect(url) {
  const r = tryParseFlakeRef(url);
  return r.ok && r.attrs.type === "indirect";
}
var hygieneIndirectInput = {
  id: "hygiene/indirect-input",
  defaultSeverity: "warning",
  needs: [],
  docs: {
    summary: "A root input is a registry reference (`nixpkgs`, `nixpkgs/nixos-unstable`, `flake:x`), or is not declared at all and only named as an `outputs` argument (which Nix resolves through the registry).",
    why: "The registry differs between machines and Nix versions (and can be changed by any user), so `nix flake update` on another machine may lock a different source.",
    fix: 'Declare the input with its full reference, e.g. `inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";`.',
    example: 'inputs.nixpkgs.url = "nixpkgs/nixos-unstable";\n# or: no inputs at all, and outputs = { self, nixpkgs }: …'
  },
  check(ctx) {
    const out = [];
    const nodes = new Map(rootNodes(ctx).map((r) => [r.name, r.node]));
    if (ctx.flake) {
      const declared = /* @__PURE__ */ new Set();
      for (const d of ctx.flake.inputs) {
        declared.add(d.name);
        if (d.follows) continue;
        if (d.attrs && d.attrs.value.type !== "indirect") continue;
        if (d.url && !isIndirect(d.url.value)) continue;
        const how = d.url ? `a registry reference ("${d.url.value}")` : "declared without a url, so Nix looks its name up in the registry";
        out.push({
          in: "nix",
          ...spanRegion(d.url?.span ?? d.span),
          input: d.name,
          message: `input '${d.name}' is ${how}; the registry differs between machines: ${advice(d.name, nodes.get(d.name))}`
        });
      }
      for (const f of ctx.flake.outputsFormals) {
        if (f.value === "self" || declared.has(f.value)) continue;
        declared.add(f.value);
        out.push({
          in: "nix",
          ...spanRegion(f.span),
          input: f.value,
          message: `'${f.value}' is an argument of outputs but not declared in inputs, so Nix resolves it through the flake registry: ${advice(f.value, nodes.get(f.value))}`
        });
      }
      return out;
    }
    for (const { name, path: path4, node } of rootNodes(ctx)) {
      if (node.original?.type !== "indirect") continue;
      const id = String(node.original["id"] ?? name);
      const ref = typeof node.original["ref"] === "string" ? `/${node.original["ref"]}` : "";
      out.push(
        inputFinding(
          ctx,
          path4,
          `input '${name}' is locked from the registry reference '${id}${ref}'; the registry differs between machines: ${advice(name, node)}`
        )
      );
    }
    return out;
  }
};

// src/lint/rules/hygiene-insecure-url.ts
var INSECURE = /^(?:[a-z]+\+)?http:\/\//i;
function insecureUrl(a) {
  const url = a?.["url"];
  return typeof url === "string" && INSECURE.test(url) ? url : void 0;
}
var hygieneInsecureUrl = {
  id: "hygiene/insecure-url",
  defaultSeverity: "error",
  needs: [],
  docs: {
    summary: "An input is fetched over plain `http://` (`http://…`, `git+http://…`, `tarball+http://…`).",
    why: "Anyone on the network path can serve different content when the input is next updated; the lock then pins whatever they served.",
    fix: "Use `https://` (or `git+https://`, `git+ssh://`).",
    example: 'inputs.mylib.url = "git+http://git.example.org/mylib";'
  },
  check(ctx) {
    const out = [];
    const reported = /* @__PURE__ */ new Set();
    for (const d of allDeclared(ctx)) {
      const url = d.url?.value ?? insecureUrl(d.attrs?.value);
      if (url === void 0 || !INSECURE.test(url)) continue;
      reported.add(showPath(d.path));
      out.push({
        in: "nix",
        ...spanRegion((d.url ?? d.attrs).span),
        input: showPath(d.path),
        message: `${showPath(d.path)} is fetched over plain http (${url}): use https`
      });
    }
    if (ctx.lock) {
      for (const [key2, paths] of pathsByNode(ctx)) {
        const node = ctx.lock.nodes.get(key2);
        const url = insecureUrl(node?.original) ?? insecureUrl(node?.locked);
        if (!url) continue;
        if (paths.some((p) => reported.has(showPath(p)) || declaredAt(ctx, p))) continue;
        const path4 = paths[0];
        out.push(
          inputFinding(ctx, path4, `${showPath(path4)} is fetched over plain http (${url}): use https`, {
            ancestor: false
          })
        );
      }
    }
    return out;
  }
};

// src/lint/rules/hygiene-local-path-input.ts
function absoluteLocal(a) {
  if (!a) return void 0;
  const path4 = a["path"];
  if (a.type === "path" && typeof path4 === "string" && path4.startsWith("/nix/store/") && typeof a["narHash"] === "string")
    return void 0;
  if (a.type === "path" && typeof path4 === "string" && path4.startsWith("/")) return `path:${path4}`;
  const url = a["url"];
  if ((a.type === "git" || a.type === "hg" || a.type === "tarball" || a.type === "file") && typeof url === "string") {
    if (/^file:\/\//i.test(url) || url.startsWith("/")) return `${a.type === "git" ? "git+" : ""}${url}`;
  }
  return void 0;
}
var hygieneLocalPathInput = {
  id: "hygiene/local-path-input",
  defaultSeverity: "warning",
  needs: ["lock"],
  docs: {
    summary: "flake.lock pins an input by an absolute local path (`path:/home/…`, `git+file:///…`).",
    why: "A committed lock with a path on your machine does not work anywhere else: CI and other users cannot fetch it. (A `/nix/store/…` path locked with its `narHash` is not reported: Nix can substitute it from a binary cache.)",
    fix: "Point the input at a forge or URL others can reach, or use a path relative to the flake (`path:./sub`, which lock version 7 records relative to its parent).",
    example: 'inputs.mylib.url = "git+file:///home/alice/src/mylib";'
  },
  check(ctx) {
    const lock = ctx.lock;
    const out = [];
    for (const [key2, paths] of pathsByNode(ctx)) {
      const node = lock.nodes.get(key2);
      const where = absoluteLocal(node?.locked) ?? (node?.locked ? void 0 : absoluteLocal(node?.original));
      if (!where) continue;
      const path4 = paths[0];
      out.push(
        inputFinding(
          ctx,
          path4,
          `${showPath(path4)} is locked from a local absolute path (${where}), which only exists on one machine`
        )
      );
    }
    return out;
  }
};

// src/lint/rules/hygiene-unlocked-input.ts
var GIT_LIKE = /* @__PURE__ */ new Set(["git", "github", "gitlab", "sourcehut", "hg"]);
var hygieneUnlockedInput = {
  id: "hygiene/unlocked-input",
  defaultSeverity: "error",
  needs: ["lock"],
  docs: {
    summary: "A lock entry does not pin its input: no `narHash`, or no `rev` for a git-like input (git, github, gitlab, sourcehut, hg).",
    why: 'Nix refuses such a lock entry ("Lock file contains unlocked input", unless `--allow-dirty-locks`), or fetches whatever the source serves today: the build is not reproducible.',
    fix: "Lock from a clean state: commit or stash local changes in path/git inputs, then run `nix flake lock` (or `nix flake update NAME`) and commit flake.lock.",
    example: '"locked": { "type": "git", "url": "file:///home/me/src/dep" }'
  },
  check(ctx) {
    const lock = ctx.lock;
    const out = [];
    for (const [key2, paths] of pathsByNode(ctx)) {
      if (key2 === lock.root) continue;
      const node = lock.nodes.get(key2);
      if (!node) continue;
      const path4 = paths[0];
      const locked = node.locked;
      if (!locked) {
        out.push(
          inputFinding(ctx, path4, `${showPath(path4)} has no "locked" entry in flake.lock`, { preferNode: true })
        );
        continue;
      }
      const relative = locked.type === "path" && typeof locked["path"] === "string" && !locked["path"].startsWith("/");
      if (relative || node.parent !== void 0) continue;
      const missing = [];
      if (GIT_LIKE.has(locked.type) && typeof locked["rev"] !== "string") missing.push("rev");
      if (typeof locked["narHash"] !== "string") missing.push("narHash");
      if (missing.length === 0) continue;
      out.push(
        inputFinding(
          ctx,
          path4,
          `${showPath(path4)} is not locked: its lock entry has no ${missing.join(" and no ")}; run \`nix flake lock\` from a clean state`,
          { preferNode: true }
        )
      );
    }
    return out;
  }
};

// src/lint/rules/lock-invalid.ts
var lockInvalid = {
  id: "lock/invalid",
  defaultSeverity: "error",
  needs: [],
  docs: {
    summary: "flake.lock is not a lock file Nix can read: not JSON, merge-conflict markers, an unknown version, or an input pointing at a node that does not exist.",
    why: "Every Nix command on the flake fails on it, and the lock rules cannot check anything until it reads.",
    fix: "Resolve the conflict or the JSON error at the position given, or delete flake.lock and run `nix flake lock` to write it again (that re-locks every input to its newest revision).",
    example: '{\n  "nodes": {\n<<<<<<< HEAD\n    "nixpkgs": { … }\n=======\n    "nixpkgs": { … }\n>>>>>>> update\n  },\n  "root": "root",\n  "version": 7\n}'
  },
  check(ctx) {
    const p = ctx.lockProblem;
    if (!p) return [];
    return [
      {
        in: "lock",
        line: p.line,
        column: p.column,
        endLine: p.line,
        endColumn: p.column + 1,
        message: p.hint ? `${p.message} (${p.hint})` : p.message
      }
    ];
  }
};

// src/lint/rules/lock-old-version.ts
var lockOldVersion = {
  id: "lock/old-version",
  defaultSeverity: "warning",
  needs: ["lock"],
  docs: {
    summary: "flake.lock is in format version 5 or 6; current Nix writes version 7.",
    why: "Old formats still read, but tools (and Nix itself in future) drop them; version 7 adds relative path inputs (`parent`).",
    fix: "Let Nix rewrite the lock: any command that changes it writes version 7, such as `nix flake update` (or updating one input: `nix flake update NAME` on Nix 2.19 and later, `nix flake lock --update-input NAME` before).",
    example: '{\n  "nodes": { … },\n  "root": "root",\n  "version": 5\n}'
  },
  check(ctx) {
    const lock = ctx.lock;
    if (lock.version === 7) return [];
    const lines = (ctx.lockText ?? "").split("\n");
    const at = lines.findIndex((l) => /"version"\s*:/.test(l));
    return [
      {
        in: "lock",
        ...lockLineRegion(ctx, at >= 0 ? at + 1 : 1),
        message: `flake.lock is in format version ${lock.version}; Nix writes version 7 whenever it rewrites the lock: run \`nix flake update\` (or update one input) to move it to version 7`
      }
    ];
  }
};

// src/lint/rules/policy-nixpkgs-owner.ts
var OFFICIAL_HOSTS = /* @__PURE__ */ new Set(["github.com", "flakehub.com"]);
var policyNixpkgsOwner = {
  id: "policy/nixpkgs-owner",
  defaultSeverity: "warning",
  needs: ["lock"],
  docs: {
    summary: "A nixpkgs root input (named `nixpkgs`, or any repository called nixpkgs) does not come from NixOS/nixpkgs.",
    why: "A fork can lag security fixes or carry changes nobody reviewed; it should be a decision, not an accident.",
    fix: "Use `github:NixOS/nixpkgs/…`, or allow the owner: `allowed-nixpkgs-owners: my-org` (or `my-org/nixpkgs`).",
    example: 'inputs.nixpkgs.url = "github:someone/nixpkgs/nixos-unstable";'
  },
  check(ctx) {
    const out = [];
    const allowed = ctx.options.allowedOwners.map((a) => a.toLowerCase());
    for (const { name, path: path4, node } of rootNodes(ctx)) {
      if (name !== "nixpkgs" && !isNixpkgs(node)) continue;
      const url = String(node.locked?.["url"] ?? node.original?.["url"] ?? "");
      if (/^https?:\/\/(?:[a-z]+\.)?nixos\.org\//i.test(url)) continue;
      const o = originOf(node);
      if (!o?.owner || !o.repo) continue;
      if (o.owner.toLowerCase() === "nixos" && o.repo.toLowerCase() === "nixpkgs" && OFFICIAL_HOSTS.has(o.host ?? ""))
        continue;
      const who = `${o.owner}/${o.repo}`;
      if (allowed.includes(o.owner.toLowerCase()) || allowed.includes(who.toLowerCase())) continue;
      out.push(
        inputFinding(
          ctx,
          path4,
          `input '${name}' takes nixpkgs from ${o.host && o.host !== "github.com" ? `${o.host}/` : ""}${who}, not NixOS/nixpkgs: if this fork is intended, allow it with allowed-nixpkgs-owners: ${o.owner}`
        )
      );
    }
    return out;
  }
};

// src/lint/rules/sync-follows-not-locked.ts
var shown = (p) => p.length === 0 ? '"" (the flake itself)' : `'${showPath(p)}'`;
var syncFollowsNotLocked = {
  id: "sync/follows-not-locked",
  defaultSeverity: "error",
  needs: ["nix", "lock"],
  docs: {
    summary: "A `follows` in flake.nix that flake.lock does not reflect, or a `follows` in flake.lock that flake.nix no longer declares.",
    why: "The lock was not regenerated after the `follows` changed: the de-duplication you see in flake.nix is not what Nix builds (or the other way round).",
    fix: "Run `nix flake lock` and commit flake.lock.",
    example: `# flake.nix
inputs.home-manager.inputs.nixpkgs.follows = "nixpkgs";
# flake.lock still has home-manager's own nixpkgs node: "nixpkgs": "nixpkgs_2"`
  },
  check(ctx) {
    const lock = ctx.lock;
    const out = [];
    const parentOf = (p) => p.length === 1 ? lock.nodes.get(lock.root) : nodeAt(ctx, p.slice(0, -1));
    for (const d of allDeclared(ctx)) {
      if (!d.follows) continue;
      const parent = parentOf(d.path);
      const edge = parent?.inputs.get(d.name);
      if (!edge) continue;
      const want = followsPath(d.follows.value);
      if (edge.kind === "follows" && samePath(edge.path, want)) continue;
      const has = edge.kind === "follows" ? `follows ${shown(edge.path)}` : "its own locked copy";
      out.push({
        in: "nix",
        ...spanRegion(d.follows.span),
        input: showPath(d.path),
        message: `flake.nix has ${showPath(d.path)} follow ${shown(want)}, but flake.lock has ${has}: run \`nix flake lock\``
      });
    }
    const reported = new Set(out.map((f) => f.input));
    const parents = pathsByNode(ctx);
    const root = lock.nodes.get(lock.root);
    const visit = root ? [[[[]], root]] : [];
    for (const [key2, paths] of parents) {
      const n = lock.nodes.get(key2);
      if (n) visit.push([paths, n]);
    }
    for (const [paths, node] of visit) {
      for (const [name, edge] of node.inputs) {
        if (edge.kind !== "follows") continue;
        const target = edge.path;
        const fromDependency = target.length > 0 && paths.some((p) => p.length > 0 && target[0] === p[0]);
        if (fromDependency) continue;
        const candidates = paths.map((p) => [...p, name]);
        if (candidates.some((c) => reported.has(showPath(c)))) continue;
        const declared = candidates.map((c) => declaredAt(ctx, c)).find((d) => d !== void 0);
        if (declared?.follows) continue;
        const at = candidates[0];
        out.push(
          inputFinding(
            ctx,
            at,
            declared ? `flake.lock has ${showPath(at)} following ${shown(target)}, but flake.nix gives it its own reference: run \`nix flake lock\`` : `flake.lock has ${showPath(at)} following ${shown(target)}, which flake.nix does not declare: run \`nix flake lock\``,
            { preferNode: false }
          )
        );
      }
    }
    return out;
  }
};

// src/lint/rules/sync-missing-from-lock.ts
var syncMissingFromLock = {
  id: "sync/missing-from-lock",
  defaultSeverity: "error",
  needs: ["nix"],
  docs: {
    summary: "flake.nix declares an input (or takes one as an `outputs` argument) that flake.lock does not have, or there is no flake.lock at all.",
    why: "The lock is out of date: Nix re-locks on the next command (writing the newest revision of that input), so what CI builds differs from what was reviewed.",
    fix: "Run `nix flake lock` and commit flake.lock.",
    example: 'inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";\ninputs.agenix.url = "github:ryantm/agenix"; # added, lock not updated'
  },
  check(ctx) {
    const flake = ctx.flake;
    if (ctx.lockProblem) return [];
    const declared = new Map(flake.inputs.map((d) => [d.name, d.span]));
    for (const f of flake.outputsFormals)
      if (f.value !== "self" && !declared.has(f.value)) declared.set(f.value, f.span);
    if (declared.size === 0) return [];
    if (!ctx.hasLock) {
      const span = flake.inputsSpan ?? declared.values().next().value;
      return [
        {
          in: "nix",
          ...spanRegion(span),
          message: `flake.nix has ${declared.size} input${declared.size === 1 ? "" : "s"} but there is no ${ctx.lockPath}: run \`nix flake lock\` and commit flake.lock`
        }
      ];
    }
    const root = ctx.lock?.nodes.get(ctx.lock.root);
    if (!root) return [];
    const out = [];
    for (const [name, span] of declared) {
      if (root.inputs.has(name)) continue;
      out.push({
        in: "nix",
        ...spanRegion(span),
        input: name,
        message: `input '${name}' is declared in flake.nix but missing from flake.lock: run \`nix flake lock\``
      });
    }
    return out;
  }
};

// src/lint/rules/sync-reference-changed.ts
function show(attrs) {
  try {
    return printFlakeRef(attrs);
  } catch {
    return JSON.stringify(attrs);
  }
}
var syncReferenceChanged = {
  id: "sync/reference-changed",
  defaultSeverity: "error",
  needs: ["nix", "lock"],
  docs: {
    summary: "An input's reference in flake.nix differs from the `original` recorded for it in flake.lock.",
    why: "The lock still pins the old source or branch: Nix re-locks that input on the next command, so the lock in the pull request is not what will be built.",
    fix: "Run `nix flake lock` and commit flake.lock.",
    example: '# flake.nix\ninputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.11";\n# flake.lock, root input nixpkgs\n"original": { "owner": "NixOS", "ref": "nixos-24.05", "repo": "nixpkgs", "type": "github" }'
  },
  check(ctx) {
    const lock = ctx.lock;
    const out = [];
    for (const d of allDeclared(ctx)) {
      if (d.follows || !d.url && !d.attrs) continue;
      const parent = d.path.length === 1 ? lock.nodes.get(lock.root) : nodeAt(ctx, d.path.slice(0, -1));
      const edge = parent?.inputs.get(d.name);
      if (!edge || edge.kind !== "node") continue;
      const original = lock.nodes.get(edge.key)?.original;
      if (!original) continue;
      const isFlake = d.flake?.value ?? true;
      let declared = [];
      if (d.url) {
        for (const dialect of ["current", "nix-2.8"]) {
          const r = tryParseFlakeRef(d.url.value, { isFlake, dialect });
          if (r.ok) declared.push(r.attrs);
        }
      } else if (d.attrs) {
        declared = [d.attrs.value];
      }
      if (declared.length === 0) continue;
      if (declared.some((a) => sameFlakeRef(a, original))) continue;
      if (original.type === "path" && declared.some((a) => a.type === "path")) continue;
      const where = d.url ?? d.attrs;
      out.push({
        in: "nix",
        ...spanRegion(where.span),
        input: showPath(d.path),
        message: `${showPath(d.path)} is declared as '${d.url ? d.url.value : show(declared[0])}' but flake.lock was locked from '${show(original)}': run \`nix flake lock\``
      });
    }
    return out;
  }
};

// src/lint/rules/sync-undeclared-in-lock.ts
var syncUndeclaredInLock = {
  id: "sync/undeclared-in-lock",
  defaultSeverity: "warning",
  needs: ["nix", "lock"],
  docs: {
    summary: "flake.lock has a root input that flake.nix neither declares nor takes as an `outputs` argument.",
    why: "A leftover of a removed input: it is fetched for nothing, and it confuses readers and tools (and `nix flake update` keeps refreshing it).",
    fix: "Run `nix flake lock` to drop it, and commit flake.lock.",
    example: "# flake.nix no longer mentions agenix, but flake.lock still has root.inputs.agenix"
  },
  check(ctx) {
    const flake = ctx.flake;
    const root = ctx.lock.nodes.get(ctx.lock.root);
    if (!root) return [];
    const known = new Set(flake.inputs.map((d) => d.name));
    for (const f of flake.outputsFormals) known.add(f.value);
    const out = [];
    for (const name of root.inputs.keys()) {
      if (known.has(name)) continue;
      out.push(
        inputFinding(
          ctx,
          [name],
          `flake.lock has input '${name}', which flake.nix does not declare: run \`nix flake lock\` to remove it`,
          { preferNode: false }
        )
      );
    }
    return out;
  }
};

// src/lint/rules/syntax-parse-error.ts
var syntaxParseError = {
  id: "syntax/parse-error",
  defaultSeverity: "error",
  needs: [],
  docs: {
    summary: "flake.nix does not parse as Nix.",
    why: "Nix cannot evaluate the flake at all; every other check of flake.nix is skipped until it parses.",
    fix: "Correct the syntax at the position given (the message is worded like Nix's own parser error).",
    example: '{\n  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable"\n  outputs = { self, nixpkgs }: { };\n}'
  },
  check(ctx) {
    const p = ctx.nixProblem;
    if (!p) return [];
    return [
      {
        in: "nix",
        line: p.line,
        column: p.column,
        endLine: p.line,
        endColumn: p.column + 1,
        message: p.hint ? `${p.message} (${p.hint})` : p.message
      }
    ];
  }
};

// src/lint/rules/index.ts
var RULES = [
  syntaxParseError,
  lockInvalid,
  lockOldVersion,
  followsNonExistentTarget,
  followsOverrideOfMissingInput,
  followsCycle,
  followsUrlAndFollows,
  followsSelf,
  duplicatesDuplicateInput,
  syncMissingFromLock,
  syncUndeclaredInLock,
  syncReferenceChanged,
  syncFollowsNotLocked,
  hygieneIndirectInput,
  hygieneUnlockedInput,
  hygieneInsecureUrl,
  hygieneLocalPathInput,
  freshnessStaleInput,
  freshnessUnsupportedBranch,
  freshnessReleaseMismatch,
  freshnessUnpublishedBranch,
  policyNixpkgsOwner
];
var RULES_BY_ID = new Map(RULES.map((r) => [r.id, r]));

// src/workspace/read-flake.ts
import path from "node:path";
async function readBounded(file, shown2, limit) {
  return readBoundedText(file, shown2, limit).catch((e) => {
    if (e instanceof UserError) return e;
    throw e;
  });
}
async function readFlakeTexts(workspace, dir) {
  const abs = path.join(workspace, dir);
  const nixPath = path.posix.join(dir, "flake.nix");
  const lockPath = path.posix.join(dir, "flake.lock");
  const [nix, lock] = await Promise.all([
    readBounded(path.join(abs, "flake.nix"), nixPath, NIX_LIMIT),
    readBounded(path.join(abs, "flake.lock"), lockPath, LOCK_LIMIT)
  ]);
  return { nixPath, lockPath, nix, lock };
}
async function readSettingsFile(dir, shownDir) {
  const shown2 = path.posix.join(shownDir, SETTINGS_FILE);
  const text = await readBoundedText(path.join(dir, SETTINGS_FILE), shown2, SETTINGS_LIMIT);
  return text === void 0 ? void 0 : parseSettingsFile(text, shown2);
}

// src/app/lint.ts
function lintRequest(config, ports) {
  return {
    workspace: config.workspace,
    paths: config.paths,
    settings: config.lint,
    rulesSetting: ports.label(Setting.Rules),
    clock: ports.clock,
    confine: ports.confine
  };
}
function runLint(config, ports) {
  return lint(lintRequest(config, ports));
}
var loadFlake = async (workspace, dir, now, options) => lintContext(await readFlakeTexts(workspace, dir), now, options);
async function lintFlake(req, dir, load = loadFlake) {
  const abs = path2.join(req.workspace, dir);
  const file = await readSettingsFile(abs, dir);
  if (file?.rules) checkRuleIds(RULES, file.rules, `"rules" in ${path2.posix.join(dir, SETTINGS_FILE)}`);
  const options = effectiveOptions(req.settings, file);
  const ctx = await load(req.workspace, dir, req.clock.now(), options);
  const { findings, notices } = runRules(ctx, RULES);
  return { dir, ctx, findings, notices, failOn: options.failOn };
}
async function lint(req, load = loadFlake) {
  checkRuleIds(RULES, req.settings.rules, req.rulesSetting);
  const dirs = await discoverFlakes(req.workspace, req.paths, { confine: req.confine === true });
  const flakes = [];
  for (const dir of dirs) flakes.push(await lintFlake(req, dir, load));
  return { flakes };
}
function runFails(run) {
  return run.flakes.some((f) => fails(f.findings, f.failOn));
}

// src/render/lint-text.ts
var SGR = { red: "31", yellow: "33", blue: "34", dim: "2", bold: "1", green: "32" };
function formatText(findings, notices, opts) {
  const c = (code, s) => opts.color ? `\x1B[${SGR[code]}m${s}\x1B[0m` : s;
  const sev = { error: c("red", "error"), warning: c("yellow", "warning"), notice: c("blue", "notice") };
  const lines = [];
  for (const n of notices) lines.push(`${c("dim", "note:")} ${displayNotice(n)}`);
  for (const f of findings.map(displayFinding)) {
    lines.push(`${c("bold", `${f.file}:${f.line}:${f.column}`)} ${sev[f.severity]} ${c("dim", f.rule)} ${f.message}`);
    if (f.fix) {
      const what = f.fix.text === "" ? f.fix.description : `${f.fix.text}`;
      const auto = f.fix.edits.length > 0 ? c("dim", " (flake-steward fix applies it)") : "";
      lines.push(`  ${c("green", "fix:")} ${what}${auto}`);
    }
  }
  const summary = findings.length === 0 ? `${c("green", "no findings")} in ${plural(opts.flakes, "flake")}` : `${countsLine(findings)} in ${plural(opts.flakes, "flake")}`;
  for (const hint of lintHints(findings)) lines.push(`${c("dim", "hint:")} ${hint[0].toLowerCase()}${hint.slice(1)}`);
  lines.push(summary);
  return `${lines.join("\n")}
`;
}

// src/workspace/report-file.ts
import { mkdir, stat, writeFile } from "node:fs/promises";
import path3 from "node:path";
async function writeReportFile(file, text, within) {
  if (within === void 0 && await isStream(file)) {
    await writeFile(file, text);
    return file;
  }
  const real = within === void 0 ? resolvePath(file) : confine(rootOf(within.workspace), file, {
    shown: path3.relative(within.workspace, path3.resolve(within.workspace, file)),
    area: "the workspace",
    hint: within.hint
  });
  await mkdir(path3.dirname(real), { recursive: true });
  await writeAtomic(real, text);
  return real;
}
async function isStream(file) {
  try {
    const s = await stat(file);
    return !s.isFile() && !s.isDirectory();
  } catch {
    return false;
  }
}

// src/cli/commands/lint.ts
var LINT_OPTIONS = {
  paths: { type: "string", multiple: true },
  "fail-on": { type: "string" },
  rules: { type: "string", multiple: true },
  "max-age": { type: "string" },
  ignore: { type: "string", multiple: true },
  "allowed-nixpkgs-owners": { type: "string", multiple: true }
};
var LINT_OPTIONS_HELP = `  --paths P                 flake directories or globs under DIR (repeatable): ., hosts/*, **/flake.nix
  --rules ID=LEVEL,...      per-rule severity: error, warning, notice or off
  --max-age DAYS[,IN=DAYS]  days before a nixpkgs input (or one behind a newer copy in the lock) is
                            stale (default 30); per input, which also checks others by age: 30,hm=14
  --ignore GLOB             input paths whose findings are dropped (repeatable): home-manager/*,
                            or RULE:GLOB for one rule only
  --allowed-nixpkgs-owners O  owners (or owner/repo) allowed to provide nixpkgs besides NixOS`;
var lintCommand = {
  name: "lint",
  summary: "Check flake.nix and flake.lock: follows, duplicates, sync, hygiene, freshness (no Nix needed)",
  usage: "flake-steward lint [DIR] [--format text|json|sarif] [--fail-on error|warning|notice|never] [options]",
  help: `Lints the flake in DIR (default: the current directory) without evaluating anything: dangling or
inconsistent follows, inputs locked several times, a lock out of step with flake.nix, registry and unlocked
inputs, stale inputs and unsupported nixpkgs branches. Rules and their fixes: docs/rules.md.
Settings can also live in .flake-steward.json beside flake.nix; flags win over it.

Options:
  --format text|json|sarif  output on stdout (default text); json is {"findings": [...]}
  --sarif-file FILE         also write SARIF 2.1.0 to FILE
  --fail-on LEVEL           lowest severity that makes the exit code 1: error (default), warning, notice, never
${LINT_OPTIONS_HELP}

Exit codes: 0 no finding at or above --fail-on, 1 findings (or an error), 2 usage error.

Examples:
  flake-steward lint
  flake-steward lint --format json --fail-on warning
  flake-steward lint . --paths '**/flake.nix' --rules freshness/stale-input=off`,
  options: {
    format: { type: "string" },
    "sarif-file": { type: "string" },
    ...LINT_OPTIONS
  },
  async run(positionals, values, io) {
    const config = configFromFlags("lint", positionals, values, io);
    const run = await runLint(config, cliLintPorts);
    const findings = allFindings(run);
    if (config.lint.sarifFile) {
      const { formatSarif } = await import("./lint-sarif-TQIE6FVO.js");
      await writeReportFile(config.lint.sarifFile, formatSarif(findings, RULES));
    }
    await printRun(config.format, run, io);
    return runFails(run) ? EXIT.failure : EXIT.ok;
  }
};
var cliLintPorts = { clock: systemClock, label: (name) => `--${name}`, confine: false };
async function printRun(format, run, io) {
  const findings = allFindings(run);
  const notices = run.flakes.flatMap((f) => f.notices);
  switch (format) {
    case "json": {
      const { formatJson } = await import("./lint-json-VMANQ7PV.js");
      io.stdout(formatJson(findings));
      for (const n of notices) io.stderr(`note: ${displayNotice(n)}
`);
      break;
    }
    case "sarif": {
      const { formatSarif } = await import("./lint-sarif-TQIE6FVO.js");
      io.stdout(formatSarif(findings, RULES));
      for (const n of notices) io.stderr(`note: ${displayNotice(n)}
`);
      break;
    }
    case "markdown": {
      const { renderSummary } = await import("./lint-summary-JWYL7NCQ.js");
      io.stdout(renderSummary(run));
      break;
    }
    default:
      io.stdout(formatText(findings, notices, { color: io.isTTY, flakes: run.flakes.length }));
  }
}

export {
  lintRequest,
  lint,
  runFails,
  formatText,
  LINT_OPTIONS,
  LINT_OPTIONS_HELP,
  lintCommand,
  cliLintPorts,
  printRun
};
