import {
  StoreGraph,
  closureOf
} from "./chunk-ZRNIQLM2.js";
import {
  require_compare,
  require_parse,
  require_re,
  require_semver
} from "./chunk-ZPSPCVQY.js";
import {
  runProcess
} from "./chunk-YCZEATSK.js";
import {
  NixError,
  UserError,
  stripAnsi,
  tail
} from "./chunk-6FGB7YHV.js";
import {
  __commonJS,
  __toESM
} from "./chunk-YLVDSGH3.js";

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce2 = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce2;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gte2 = (a, b, loose) => compare(a, b, loose) >= 0;
    module.exports = gte2;
  }
});

// src/nix-cli/argv.ts
var EXPERIMENTAL_FEATURES = ["--extra-experimental-features", "nix-command flakes"];
function commonArgs(options) {
  return [
    ...EXPERIMENTAL_FEATURES,
    ...options.nixOptions,
    ...options.acceptFlakeConfig ? ["--accept-flake-config"] : []
  ];
}
function checkInputPath(input, features) {
  const parts = input.split("/");
  if (input === "" || input.startsWith("-") || parts.some((p) => p === "" || !/^[A-Za-z0-9_'.+-]+$/.test(p))) {
    throw new UserError(
      `invalid input name '${input}'`,
      void 0,
      void 0,
      "expected an input name such as nixpkgs, or an input path such as home-manager/nixpkgs"
    );
  }
  if (parts.length > 1 && !features.nestedInputUpdate) {
    throw new UserError(
      `this Nix cannot update the nested input '${input}'`,
      void 0,
      void 0,
      `list the top-level input '${parts[0]}' instead, or use a newer Nix`
    );
  }
}
function checkOperand(what, value) {
  if (value === "" || value.startsWith("-")) {
    throw new UserError(
      `invalid ${what} '${value}'`,
      void 0,
      void 0,
      `a ${what} cannot be empty or start with '-'`
    );
  }
}
function updateArgs(features, options, flakeDir, inputs) {
  checkOperand("flake directory", flakeDir);
  for (const i of inputs) checkInputPath(i, features);
  if (features.updateForm === "flake-update") {
    return ["flake", "update", ...commonArgs(options), ...inputs, "--flake", flakeDir];
  }
  if (inputs.length === 0) return ["flake", "update", ...commonArgs(options), flakeDir];
  return ["flake", "lock", ...commonArgs(options), flakeDir, ...inputs.flatMap((i) => ["--update-input", i])];
}
function lockArgs(options, flakeDir) {
  checkOperand("flake directory", flakeDir);
  return ["flake", "lock", ...commonArgs(options), flakeDir];
}
function evalArgs(options, flakeRef, attr, apply) {
  checkOperand("flake reference", flakeRef);
  return [
    "eval",
    ...commonArgs(options),
    "--json",
    attr === "" ? flakeRef : `${flakeRef}#${attr}`,
    ...apply !== void 0 ? ["--apply", apply] : []
  ];
}
function evalExprArgs(options, expr, apply) {
  return [
    "eval",
    ...commonArgs(options),
    "--impure",
    "--json",
    "--expr",
    expr,
    ...apply !== void 0 ? ["--apply", apply] : []
  ];
}
function currentSystemArgs(options) {
  return ["eval", ...commonArgs(options), "--impure", "--json", "--expr", "builtins.currentSystem"];
}
function buildArgs(features, options, drvPaths) {
  if (drvPaths.length === 0) throw new Error("buildArgs: no derivations");
  for (const d of drvPaths) {
    checkOperand("store derivation", d);
    if (!d.startsWith("/") || !d.endsWith(".drv")) throw new Error(`buildArgs: not a store derivation path: '${d}'`);
  }
  return [
    "build",
    ...commonArgs(options),
    "--keep-going",
    "--no-link",
    "--json",
    ...drvPaths.map((d) => features.drvOutputs === "drv^*" ? `${d}^*` : d)
  ];
}
function pathInfoArgs(features, options, paths, opts = {}) {
  if (paths.length === 0) throw new Error("pathInfoArgs: no paths");
  for (const p of paths) checkOperand("store path", p);
  return [
    "path-info",
    ...commonArgs(options),
    "--json",
    ...features.pathInfoJsonFormat !== void 0 ? ["--json-format", String(features.pathInfoJsonFormat)] : [],
    ...opts.recursive ? ["--recursive"] : [],
    ...opts.derivation ? ["--derivation"] : [],
    ...paths
  ];
}
function graphmlArgs(paths) {
  if (paths.length === 0) throw new Error("graphmlArgs: no paths");
  for (const p of paths) checkOperand("store path", p);
  return ["--query", "--graphml", ...paths];
}
function nixStoreProgram(nixBin = "nix") {
  const slash = nixBin.lastIndexOf("/");
  return slash < 0 ? "nix-store" : `${nixBin.slice(0, slash + 1)}nix-store`;
}
function logArgs(options, drv) {
  checkOperand("derivation", drv);
  return ["log", ...commonArgs(options), drv];
}
function flakeMetadataArgs(options, flakeRef) {
  checkOperand("flake reference", flakeRef);
  return ["flake", "metadata", ...commonArgs(options), "--json", flakeRef];
}

// src/nix-cli/parse-output.ts
var NixOutputError = class extends Error {
  constructor(command, message) {
    super(`unexpected output from \`${command}\`: ${message}`);
    this.command = command;
  }
  command;
  name = "NixOutputError";
};
function parseJson(command, text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new NixOutputError(command, `not JSON (${e.message}): ${tail(text.slice(0, 400), 3)}`);
  }
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function parseEvalJson(text) {
  return parseJson("nix eval --json", text);
}
function parseBuildJson(text) {
  const cmd = "nix build --json";
  const v = parseJson(cmd, text);
  if (!Array.isArray(v)) throw new NixOutputError(cmd, "expected a JSON array");
  return v.map((item, i) => {
    if (!isObject(item) || typeof item["drvPath"] !== "string" || !isObject(item["outputs"])) {
      throw new NixOutputError(cmd, `[${i}]: expected { drvPath: string, outputs: object }`);
    }
    const outputs = {};
    for (const [name, p] of Object.entries(item["outputs"])) {
      if (typeof p !== "string" && p !== null) throw new NixOutputError(cmd, `[${i}].outputs.${name}: expected a path`);
      outputs[name] = p;
    }
    return { drvPath: item["drvPath"], outputs };
  });
}
function readInfo(cmd, where, v, toPath) {
  const narSize = v["narSize"];
  const refs = v["references"];
  if (typeof narSize !== "number" || !Number.isInteger(narSize) || narSize < 0) {
    throw new NixOutputError(cmd, `${where}.narSize: expected a non-negative integer`);
  }
  if (!Array.isArray(refs) || refs.some((r) => typeof r !== "string")) {
    throw new NixOutputError(cmd, `${where}.references: expected an array of store paths`);
  }
  return { narSize, references: refs.map(toPath) };
}
var identity = (s) => s;
function parsePathInfoJson(text) {
  const cmd = "nix path-info --json";
  const v = parseJson(cmd, text);
  const infos = /* @__PURE__ */ new Map();
  const invalid = [];
  if (Array.isArray(v)) {
    v.forEach((item, i) => {
      if (!isObject(item) || typeof item["path"] !== "string") {
        throw new NixOutputError(cmd, `[${i}]: expected an object with a path`);
      }
      if (item["valid"] === false) invalid.push(item["path"]);
      else infos.set(item["path"], readInfo(cmd, `[${i}]`, item, identity));
    });
    return { infos, invalid };
  }
  if (!isObject(v)) throw new NixOutputError(cmd, "expected a JSON array or object");
  if (typeof v["version"] === "number" && isObject(v["info"])) {
    const storeDir = v["storeDir"];
    if (typeof storeDir !== "string" || !storeDir.startsWith("/")) {
      throw new NixOutputError(cmd, "storeDir: expected an absolute path");
    }
    const dir = storeDir.replace(/\/+$/, "");
    const full = (base) => base.startsWith("/") ? base : `${dir}/${base}`;
    for (const [base, item] of Object.entries(v["info"])) {
      if (item === null) invalid.push(full(base));
      else if (isObject(item)) infos.set(full(base), readInfo(cmd, `info["${base}"]`, item, full));
      else throw new NixOutputError(cmd, `info["${base}"]: expected an object or null`);
    }
    return { infos, invalid };
  }
  for (const [path, item] of Object.entries(v)) {
    if (!path.startsWith("/")) throw new NixOutputError(cmd, `key '${path}': expected a store path`);
    if (item === null) invalid.push(path);
    else if (isObject(item)) infos.set(path, readInfo(cmd, `["${path}"]`, item, identity));
    else throw new NixOutputError(cmd, `["${path}"]: expected an object or null`);
  }
  return { infos, invalid };
}
var NODE_OPEN = '<node id="';
var EDGE_OPEN = '<edge source="';
var TARGET = ' target="';
var NAR_SIZE = '<data key="narSize">';
function parseGraphML(text, storeDir) {
  const cmd = "nix-store --query --graphml";
  const graph = new StoreGraph(storeDir);
  const prefix = `${storeDir}/`;
  const id = (raw) => {
    if (raw === "") throw new NixOutputError(cmd, "a node or edge with an empty id");
    if (raw.charCodeAt(0) !== 47) return graph.node(raw);
    if (!raw.startsWith(prefix)) throw new NixOutputError(cmd, `'${raw}' is not in the store '${storeDir}'`);
    return graph.node(raw.slice(prefix.length));
  };
  let i = text.indexOf("<graph ");
  if (i < 0 || !text.includes("</graphml>")) throw new NixOutputError(cmd, "not a GraphML document");
  let node = text.indexOf(NODE_OPEN, i);
  let edge = text.indexOf(EDGE_OPEN, i);
  let current = -1;
  let currentId = "";
  while (node >= 0 || edge >= 0) {
    if (node >= 0 && (edge < 0 || node < edge)) {
      const idStart = node + NODE_OPEN.length;
      const idEnd = text.indexOf('"', idStart);
      const close = text.indexOf("</node>", idEnd);
      const at = text.indexOf(NAR_SIZE, idEnd);
      if (idEnd < 0 || close < 0 || at < 0 || at > close) {
        throw new NixOutputError(cmd, `a <node> without an id or a narSize near offset ${node}`);
      }
      let size = 0;
      let k = at + NAR_SIZE.length;
      const digits = k;
      for (let c = text.charCodeAt(k) - 48; c >= 0 && c <= 9; c = text.charCodeAt(++k) - 48) size = size * 10 + c;
      if (k === digits || text.charCodeAt(k) !== 60 || !Number.isSafeInteger(size)) {
        throw new NixOutputError(cmd, `narSize of '${text.slice(idStart, idEnd)}': expected a byte count`);
      }
      currentId = text.slice(idStart, idEnd);
      current = id(currentId);
      graph.sizes[current] = size;
      i = close;
      node = text.indexOf(NODE_OPEN, i);
      if (edge >= 0 && edge < i) edge = text.indexOf(EDGE_OPEN, i);
    } else {
      const srcStart = edge + EDGE_OPEN.length;
      const srcEnd = text.indexOf('"', srcStart);
      const tStart = srcEnd + 1 + TARGET.length;
      const tEnd = text.indexOf('"', tStart);
      if (srcEnd < 0 || tEnd < 0 || !text.startsWith(TARGET, srcEnd + 1)) {
        throw new NixOutputError(cmd, `an <edge> without a source or target near offset ${edge}`);
      }
      const src = current >= 0 && srcEnd - srcStart === currentId.length && text.startsWith(currentId, srcStart) ? current : id(text.slice(srcStart, srcEnd));
      graph.refs[src].push(id(text.slice(tStart, tEnd)));
      i = tEnd;
      edge = text.indexOf(EDGE_OPEN, i);
      if (node >= 0 && node < i) node = text.indexOf(NODE_OPEN, i);
    }
  }
  return graph;
}
function parseFlakeMetadata(text) {
  const cmd = "nix flake metadata --json";
  const v = parseJson(cmd, text);
  if (!isObject(v)) throw new NixOutputError(cmd, "expected a JSON object");
  const str = (k) => {
    const x = v[k];
    if (x === void 0 || x === null) return void 0;
    if (typeof x !== "string") throw new NixOutputError(cmd, `${k}: expected a string`);
    return x;
  };
  const lm = v["lastModified"];
  if (lm !== void 0 && lm !== null && typeof lm !== "number") {
    throw new NixOutputError(cmd, "lastModified: expected a number");
  }
  let locked;
  if (isObject(v["locked"])) {
    locked = {};
    for (const [k, x] of Object.entries(v["locked"])) {
      if (typeof x === "string" || typeof x === "number" || typeof x === "boolean") locked[k] = x;
    }
  }
  return {
    url: str("url"),
    resolvedUrl: str("resolvedUrl"),
    path: str("path"),
    description: str("description"),
    lastModified: typeof lm === "number" ? lm : void 0,
    revision: str("revision"),
    locked,
    locks: v["locks"] ?? void 0
  };
}
var DRV = String.raw`'(/[^'\s]+\.drv)'`;
var LEAF_PATTERNS = [
  // up to 2.2x: error: builder for '/nix/store/…drv' failed with exit code 1;
  new RegExp(String.raw`builder for ${DRV} failed`, "g"),
  // newer: error: Cannot build '/nix/store/…drv'.\n       Reason: builder failed …
  new RegExp(String.raw`Cannot build ${DRV}\.?\s+Reason: builder failed`, "g"),
  new RegExp(String.raw`hash mismatch in fixed-output derivation ${DRV}`, "g")
];
var DEP_PATTERNS = [
  new RegExp(String.raw`dependencies of derivation ${DRV} failed to build`, "g"),
  new RegExp(String.raw`Cannot build ${DRV}\.?\s+Reason: \d+ dependenc`, "g")
];
function collect(text, patterns) {
  const out = /* @__PURE__ */ new Set();
  for (const re of patterns) for (const m of text.matchAll(re)) out.add(m[1]);
  return [...out];
}
function parseBuildFailures(stderr) {
  const text = stripAnsi(stderr);
  return { failed: collect(text, LEAF_PATTERNS), dependencyFailed: collect(text, DEP_PATTERNS) };
}

// src/nix-cli/nix-version.ts
var import_coerce = __toESM(require_coerce(), 1);
var import_gte = __toESM(require_gte(), 1);
var MIN_NIX = "2.4";
var LIX_BASE = "2.18.3";
var DETERMINATE_DEFAULT_BASE = "2.26.0";
var VERSION_RE = /\d+(?:\.\d+)*[0-9A-Za-z_.+-]*/;
var LINE_RE = /^nix \(([^)]*)\) (\S+)/;
function isPrerelease(v) {
  return /pre|dev|rc|alpha|beta/i.test(v);
}
function parseNixVersion(output) {
  const raw = output.trim().split("\n")[0]?.trim() ?? "";
  const m = LINE_RE.exec(raw);
  const plainVersion = m?.[2];
  if (!m || !plainVersion || !VERSION_RE.test(plainVersion)) {
    throw new UserError(
      `cannot read the Nix version from \`nix --version\`: '${raw}'`,
      void 0,
      void 0,
      "expected a line like `nix (Nix) 2.24.0`; is `nix` on PATH the Nix package manager?"
    );
  }
  const product = m[1];
  const lix = /^Lix\b/i.test(product);
  const det = /^Determinate Nix\b/i.test(product);
  if (lix) {
    return { flavour: "lix", version: plainVersion, nixBase: LIX_BASE, prerelease: isPrerelease(plainVersion), raw };
  }
  if (det) {
    const own = /Determinate Nix\s+(\S+)/i.exec(product)?.[1];
    return {
      flavour: "determinate",
      version: own ?? plainVersion,
      nixBase: own ? plainVersion : DETERMINATE_DEFAULT_BASE,
      prerelease: isPrerelease(plainVersion) || own !== void 0 && isPrerelease(own),
      raw
    };
  }
  return { flavour: "nix", version: plainVersion, nixBase: plainVersion, prerelease: isPrerelease(plainVersion), raw };
}
function semverOf(v) {
  const release = (0, import_coerce.default)(v, { loose: true });
  if (!release) return void 0;
  return isPrerelease(v) ? `${release.version}-pre` : release.version;
}
function atLeast(v, min) {
  const a = semverOf(v);
  const b = semverOf(min);
  return a !== void 0 && b !== void 0 && (0, import_gte.default)(a, b);
}
function nixFeatures(v) {
  const base = v.nixBase;
  if (!atLeast(base, MIN_NIX)) {
    throw new UserError(
      `Nix ${v.version} is too old: flake-steward needs Nix ${MIN_NIX} or newer (flakes)`,
      void 0,
      void 0,
      "install a current Nix, e.g. with DeterminateSystems/nix-installer-action or cachix/install-nix-action"
    );
  }
  const lix = v.flavour === "lix";
  const newUpdate = lix ? atLeast(v.version, "2.90") : atLeast(base, "2.19");
  let pathInfoShape = "array";
  let pathInfoJsonFormat;
  if (!lix && atLeast(base, "2.19")) pathInfoShape = "object";
  if (!lix && atLeast(base, "2.33")) {
    pathInfoShape = "wrapped";
    pathInfoJsonFormat = atLeast(base, "2.35") ? 3 : 2;
  }
  return {
    updateForm: newUpdate ? "flake-update" : "lock-update-input",
    nestedInputUpdate: true,
    printOutPaths: atLeast(base, "2.9"),
    pathInfoShape,
    pathInfoJsonFormat,
    pathInfoNulls: !lix && atLeast(base, "2.23"),
    diffClosuresSize: !lix && atLeast(base, "2.33") ? "dynamic" : "kib",
    drvOutputs: atLeast(base, "2.13") ? "drv^*" : "drv"
  };
}

// src/nix-cli/nix.ts
function nixConfigWithToken(existing, token, host = "github.com") {
  if (!/^[A-Za-z0-9.-]+(?::\d+)?$/.test(host)) throw new Error(`nixConfigWithToken: not a host name: '${host}'`);
  const line = `access-tokens = ${host}=${token}`;
  return existing && existing.trim() !== "" ? `${existing.replace(/\n+$/, "")}
${line}` : line;
}
async function detectNix(params) {
  const run = params.runner ?? runProcess;
  const r = await run(params.nixBin ?? "nix", ["--version"], { env: params.env, errorClass: NixError });
  const version = parseNixVersion(r.stdout);
  return { version, features: nixFeatures(version) };
}
async function closureGraph(params, paths) {
  const run = params.runner ?? runProcess;
  const { options } = params;
  const r = await run(nixStoreProgram(options.nixBin), graphmlArgs(paths), {
    env: options.env,
    errorClass: NixError,
    timeoutMs: options.timeoutMs
  });
  return readGraphML(r, paths);
}
function readGraphML(r, paths) {
  const storeDir = paths[0].slice(0, paths[0].lastIndexOf("/"));
  let graph;
  try {
    graph = parseGraphML(r.stdout, storeDir);
  } catch (e) {
    throw new NixError(r.argv, r.code, r.stderr, e instanceof NixOutputError ? e.message : String(e));
  }
  const missing = paths.filter((p) => {
    const i = graph.find(p);
    return i === void 0 || graph.sizes[i] < 0;
  });
  if (missing.length > 0) throw new NixError(r.argv, r.code, r.stderr, `no node for ${missing.join(", ")}`);
  return graph;
}
function createNix(params) {
  const run = params.runner ?? runProcess;
  const { features, options, logger, token } = params;
  const bin = options.nixBin ?? "nix";
  const secrets = token ? [token] : [];
  if (token) logger.setSecret(token);
  const baseEnv = options.env ?? process.env;
  const env = { ...baseEnv };
  if (token) env["NIX_CONFIG"] = nixConfigWithToken(baseEnv["NIX_CONFIG"], token, params.tokenHost);
  const exec = async (args, check = true, cwd) => {
    logger.debug(`$ ${bin} ${args.map((a) => /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a}'`).join(" ")}`);
    return run(bin, args, { env, secrets, check, cwd, errorClass: NixError, timeoutMs: options.timeoutMs });
  };
  const outputError = (r, e) => new NixError(r.argv, r.code, r.stderr, e instanceof NixOutputError ? e.message : String(e));
  let versionPromise;
  const pathInfoClosure = async (paths, opts = {}) => {
    const r = await exec(pathInfoArgs(features, options, paths, { recursive: true, derivation: opts.derivation }));
    let parsed;
    try {
      parsed = parsePathInfoJson(r.stdout);
    } catch (e) {
      throw outputError(r, e);
    }
    if (parsed.invalid.length > 0) {
      throw new NixError(r.argv, r.code, r.stderr, `not valid in the Nix store: ${parsed.invalid.join(", ")}`);
    }
    return parsed.infos;
  };
  const builtOutputs = (r, drvs) => {
    let built;
    try {
      built = parseBuildJson(r.stdout);
    } catch (e) {
      throw outputError(r, e);
    }
    const byDrv = new Map(built.map((b) => [b.drvPath, b]));
    const results = /* @__PURE__ */ new Map();
    for (const drvPath of drvs) {
      const b = byDrv.get(drvPath);
      if (!b) throw new NixError(r.argv, r.code, r.stderr, `no result for '${drvPath}'`);
      const outputs = {};
      for (const [name, p] of Object.entries(b.outputs)) {
        if (p === null) throw new NixError(r.argv, r.code, r.stderr, `no path for output '${name}' of '${drvPath}'`);
        outputs[name] = p;
      }
      results.set(drvPath, { drvPath, ok: true, outputs });
    }
    return results;
  };
  const build = async (drvPaths) => {
    const drvs = [...new Set(drvPaths)];
    if (drvs.length === 0) return /* @__PURE__ */ new Map();
    const r = await exec(buildArgs(features, options, drvs), false);
    if (r.code === 0) return builtOutputs(r, drvs);
    const failures = parseBuildFailures(r.stderr);
    const failing = /* @__PURE__ */ new Set([...failures.failed, ...failures.dependencyFailed]);
    const leaves = new Set(failures.failed);
    const message = tail(stripAnsi(r.stderr), 20);
    const failed = (drvPath, failedDrvs, msg) => ({
      drvPath,
      ok: false,
      failedDrvs,
      message: msg
    });
    if (failing.size === 0) {
      return new Map(drvs.map((d) => [d, failed(d, [], message)]));
    }
    const graph = await pathInfoClosure(drvs, { derivation: true });
    const results = /* @__PURE__ */ new Map();
    const built = [];
    for (const d of drvs) {
      const inGraph = [...closureOf([d], graph).keys()].filter((x) => failing.has(x));
      if (inGraph.length === 0) {
        built.push(d);
        continue;
      }
      const failedDrvs = inGraph.filter((x) => leaves.has(x)).sort();
      results.set(d, failed(d, failedDrvs, failedDrvs.length > 0 ? failureMessage(r.stderr, failedDrvs) : message));
    }
    if (built.length > 0) {
      const again = await exec(buildArgs(features, options, built), false);
      if (again.code === 0) for (const [d, res] of builtOutputs(again, built)) results.set(d, res);
      else for (const d of built) results.set(d, failed(d, [], tail(stripAnsi(again.stderr), 20)));
    }
    return new Map(drvs.map((d) => [d, results.get(d)]));
  };
  return {
    features,
    version() {
      versionPromise ??= exec(["--version"]).then((r) => parseNixVersion(r.stdout));
      return versionPromise;
    },
    async updateLock(flakeDir, inputs) {
      await exec(updateArgs(features, options, flakeDir, inputs));
    },
    async lock(flakeDir) {
      await exec(lockArgs(options, flakeDir));
    },
    async evalJson(flakeRef, attr, apply) {
      const r = await exec(evalArgs(options, flakeRef, attr, apply));
      try {
        return parseEvalJson(r.stdout);
      } catch (e) {
        throw outputError(r, e);
      }
    },
    async evalExprJson(expr, apply) {
      const r = await exec(evalExprArgs(options, expr, apply));
      try {
        return parseEvalJson(r.stdout);
      } catch (e) {
        throw outputError(r, e);
      }
    },
    build,
    async log(drv) {
      const r = await exec(logArgs(options, drv), false);
      return r.code === 0 ? r.stdout : "";
    },
    pathInfoClosure,
    async closureGraph(paths) {
      const program = nixStoreProgram(options.nixBin);
      const args = graphmlArgs(paths);
      logger.debug(`$ ${program} ${args.join(" ")}`);
      const r = await run(program, args, { env, secrets, errorClass: NixError, timeoutMs: options.timeoutMs });
      return readGraphML(r, paths);
    },
    async currentSystem() {
      const r = await exec(currentSystemArgs(options));
      const v = (() => {
        try {
          return parseEvalJson(r.stdout);
        } catch (e) {
          throw outputError(r, e);
        }
      })();
      if (typeof v !== "string" || v === "") throw outputError(r, "expected a system name such as x86_64-linux");
      return v;
    },
    async flakeMetadata(flakeRef) {
      const r = await exec(flakeMetadataArgs(options, flakeRef));
      try {
        return parseFlakeMetadata(r.stdout);
      } catch (e) {
        throw outputError(r, e);
      }
    }
  };
}
function failureMessage(stderr, drvs) {
  const lines = stripAnsi(stderr).split("\n");
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.startsWith("error:") || !drvs.some((d) => line.includes(d))) continue;
    const block = [line];
    while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1]) && !lines[i + 1].startsWith("error:")) {
      block.push(lines[++i]);
    }
    const text = block.join("\n");
    if (!out.includes(text)) out.push(text);
  }
  return out.length > 0 ? tail(out.join("\n"), 40) : tail(stripAnsi(stderr), 20);
}

export {
  nixConfigWithToken,
  detectNix,
  closureGraph,
  createNix
};
