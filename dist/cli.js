#!/usr/bin/env node
import { createRequire as __fsCreateRequire } from 'node:module';
const require = __fsCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/core/errors.ts
function tail(text, lines2) {
  const all = text.split("\n").filter((l) => l.trim() !== "");
  return all.slice(-lines2).join("\n");
}
function stringifyError(e) {
  if (e instanceof UserError) return e.format();
  if (e instanceof Error) return e.message || e.name;
  if (typeof e === "string") return e;
  try {
    return `unexpected error: ${JSON.stringify(e)}`;
  } catch {
    return `unexpected error: ${String(e)}`;
  }
}
var UserError, UsageError, ExecError, NixError;
var init_errors = __esm({
  "src/core/errors.ts"() {
    "use strict";
    UserError = class extends Error {
      constructor(message, file, position, hint) {
        super(message);
        this.file = file;
        this.position = position;
        this.hint = hint;
      }
      file;
      position;
      hint;
      name = "UserError";
      /** `FILE:LINE:COL: error: MESSAGE` (the parts that are known), then the hint. */
      format() {
        let where = "";
        if (this.file !== void 0) {
          where = this.file;
          if (this.position) where += `:${this.position.line}:${this.position.column}`;
          where += ": ";
        }
        const hint = this.hint ? ` (${this.hint})` : "";
        return `${where}error: ${this.message}${hint}`;
      }
    };
    UsageError = class extends UserError {
      name = "UsageError";
      constructor(message, hint) {
        super(hint ? `${message} (${hint})` : message);
      }
      format() {
        return this.message;
      }
    };
    ExecError = class extends Error {
      constructor(argv, code4, stderr, message) {
        super(message ?? `${argv[0]} exited with code ${code4}: ${tail(stderr, 20)}`);
        this.argv = argv;
        this.code = code4;
        this.stderr = stderr;
      }
      argv;
      code;
      stderr;
      name = "ExecError";
    };
    NixError = class extends ExecError {
      name = "NixError";
    };
  }
});

// src/exec/process.ts
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
function redact(text, secrets) {
  let out = text;
  for (const s of secrets ?? []) if (s.length > 0) out = out.split(s).join("***");
  return out;
}
function signalGroup(pid, signal) {
  try {
    process.kill(process.platform === "win32" ? pid : -pid, signal);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}
async function within(p, ms) {
  let timer;
  await Promise.race([p, new Promise((r) => timer = setTimeout(r, ms))]);
  clearTimeout(timer);
}
function groupAlive(pgid) {
  if (!signalGroup(pgid, 0)) return false;
  let pids;
  try {
    pids = readdirSync("/proc");
  } catch {
    return true;
  }
  for (const p of pids) {
    if (!/^\d+$/.test(p)) continue;
    let stat5;
    try {
      stat5 = readFileSync(`/proc/${p}/stat`, "latin1");
    } catch {
      continue;
    }
    const [state, , pgrp] = stat5.slice(stat5.lastIndexOf(")") + 2).split(" ");
    if (Number(pgrp) === pgid && state !== "Z" && state !== "X") return true;
  }
  return false;
}
async function groupsGone(pids, ms) {
  const until = Date.now() + ms;
  for (; ; ) {
    if (!pids.some(groupAlive)) return true;
    if (Date.now() >= until) return false;
    await delay(20);
  }
}
function register(child, cmd) {
  if (child.pid === void 0) return void 0;
  const entry = {
    pid: child.pid,
    program: path.basename(cmd),
    exited: new Promise((resolve) => {
      child.once("exit", () => resolve());
      child.once("error", () => resolve());
    })
  };
  running.add(entry);
  void entry.exited.then(() => running.delete(entry));
  return entry;
}
async function stopAllProcesses(opts = {}) {
  stopping = true;
  const all = [...running];
  for (const r of all) signalGroup(r.pid, "SIGTERM");
  const exited = Promise.all(all.map((r) => r.exited));
  await within(exited, opts.graceMs ?? 2e3);
  for (const r of all) signalGroup(r.pid, "SIGKILL");
  const waitMs = opts.waitMs ?? 2e3;
  await within(exited, waitMs);
  await groupsGone(
    all.map((r) => r.pid),
    waitMs
  );
  return [...new Set(all.map((r) => r.program))];
}
function killAllProcesses() {
  stopping = true;
  for (const r of running) signalGroup(r.pid, "SIGKILL");
}
var running, stopping, delay, runProcess;
var init_process = __esm({
  "src/exec/process.ts"() {
    "use strict";
    init_errors();
    running = /* @__PURE__ */ new Set();
    stopping = false;
    delay = (ms) => new Promise((r) => setTimeout(r, ms));
    runProcess = (cmd, args, opts = {}) => new Promise((resolve, reject) => {
      const argv = [cmd, ...args];
      const ErrorClass = opts.errorClass ?? ExecError;
      const shownArgv = argv.map((a) => redact(a, opts.secrets));
      if (stopping) {
        reject(new ErrorClass(shownArgv, null, "", `${cmd} was not started: the run is being interrupted`));
        return;
      }
      const child = spawn(cmd, [...args], {
        cwd: opts.cwd,
        env: opts.env ?? process.env,
        stdio: ["pipe", "pipe", "pipe"],
        shell: false,
        // Its own process group, so the group (nix and its children) can be killed as one. (On Windows, where there
        // is no Nix, detached would mean a console window of its own.)
        detached: process.platform !== "win32"
      });
      const entry = register(child, cmd);
      const out = [];
      const err = [];
      let timedOut = false;
      const timer = opts.timeoutMs !== void 0 ? setTimeout(() => {
        timedOut = true;
        if (entry) {
          signalGroup(entry.pid, "SIGTERM");
          const kill = setTimeout(() => signalGroup(entry.pid, "SIGKILL"), 5e3);
          kill.unref();
          void entry.exited.then(() => {
            clearTimeout(kill);
            signalGroup(entry.pid, "SIGKILL");
          });
        }
      }, opts.timeoutMs) : void 0;
      child.stdout.on("data", (b) => out.push(b));
      child.stderr.on("data", (b) => {
        err.push(b);
        if (!stopping) opts.onStderr?.(redact(b.toString("utf8"), opts.secrets));
      });
      child.on("error", (e) => {
        if (timer) clearTimeout(timer);
        const why = e.code === "ENOENT" ? `${cmd}: command not found` : `${cmd}: ${e.message}`;
        reject(new ErrorClass(shownArgv, null, "", why));
      });
      child.on("close", (code4, signal) => {
        if (timer) clearTimeout(timer);
        const stdout = redact(Buffer.concat(out).toString("utf8"), opts.secrets);
        const stderr = redact(Buffer.concat(err).toString("utf8"), opts.secrets);
        const exit = code4 ?? (signal ? 128 : 1);
        if (timedOut) {
          reject(new ErrorClass(shownArgv, exit, stderr, `${cmd} timed out after ${opts.timeoutMs} ms`));
        } else if (exit !== 0 && opts.check !== false) {
          reject(new ErrorClass(shownArgv, exit, stderr));
        } else {
          resolve({ argv: shownArgv, code: exit, stdout, stderr });
        }
      });
      child.stdin.on("error", () => {
      });
      child.stdin.end(opts.input ?? "");
    });
  }
});

// src/closure/reference-graph.ts
function closureOf(roots, infos) {
  const out = /* @__PURE__ */ new Map();
  const stack = [];
  for (const r of roots) {
    const info = infos.get(r);
    if (!info) throw new IncompleteClosureError(r, void 0);
    if (!out.has(r)) {
      out.set(r, info.narSize);
      stack.push(r);
    }
  }
  while (stack.length > 0) {
    const p = stack.pop();
    for (const ref of infos.get(p).references) {
      if (out.has(ref)) continue;
      const info = infos.get(ref);
      if (!info) throw new IncompleteClosureError(ref, p);
      out.set(ref, info.narSize);
      stack.push(ref);
    }
  }
  return out;
}
function mapPair(before, after) {
  return {
    forEachPath(visit) {
      before.forEach((size, path16) => visit(path16, size, after.get(path16)));
      after.forEach((size, path16) => {
        if (!before.has(path16)) visit(path16, void 0, size);
      });
    },
    totals: () => ({
      sizeBefore: closureSize(before),
      sizeAfter: closureSize(after),
      pathsBefore: before.size,
      pathsAfter: after.size
    })
  };
}
function closureSize(closure) {
  let sum2 = 0;
  for (const size of closure.values()) sum2 += size;
  return sum2;
}
var IncompleteClosureError, StoreGraph;
var init_reference_graph = __esm({
  "src/closure/reference-graph.ts"() {
    "use strict";
    IncompleteClosureError = class extends Error {
      constructor(path16, referrer) {
        super(
          referrer === void 0 ? `no path info for '${path16}'` : `no path info for '${path16}' (referenced by '${referrer}'); the closure is incomplete`
        );
        this.path = path16;
        this.referrer = referrer;
      }
      path;
      referrer;
      name = "IncompleteClosureError";
    };
    StoreGraph = class {
      /** `storeDir`: the store directory without its trailing slash (`/nix/store`). */
      constructor(storeDir) {
        this.storeDir = storeDir;
      }
      storeDir;
      /** Base name (`<hash>-<name>`) of each node. */
      names = [];
      /** NAR size of each node, -1 while unknown. */
      sizes = [];
      /** The nodes each node refers to. */
      refs = [];
      ids = /* @__PURE__ */ new Map();
      /** The node of a base name, added when new. */
      node(name) {
        let i = this.ids.get(name);
        if (i === void 0) {
          i = this.names.length;
          this.ids.set(name, i);
          this.names.push(name);
          this.sizes.push(-1);
          this.refs.push([]);
        }
        return i;
      }
      /** The node of a full store path, if the graph has it. */
      find(path16) {
        const slash = path16.lastIndexOf("/");
        return path16.slice(0, slash) === this.storeDir ? this.ids.get(path16.slice(slash + 1)) : void 0;
      }
      path(i) {
        return `${this.storeDir}/${this.names[i]}`;
      }
      get size() {
        return this.names.length;
      }
      /**
       * Sets `bit` in `marks[i]` for every node `i` in the closure of the store paths `roots`. Throws an
       * IncompleteClosureError for a root or reference the graph has no size for.
       */
      mark(roots, marks, bit) {
        const stack = [];
        for (const r of roots) {
          const i = this.find(r);
          if (i === void 0 || this.sizes[i] < 0) throw new IncompleteClosureError(r, void 0);
          if ((marks[i] & bit) === 0) {
            marks[i] |= bit;
            stack.push(i);
          }
        }
        while (stack.length > 0) {
          const p = stack.pop();
          const refs = this.refs[p];
          for (let k = 0; k < refs.length; k++) {
            const j = refs[k];
            if ((marks[j] & bit) !== 0) continue;
            if (this.sizes[j] < 0) throw new IncompleteClosureError(this.path(j), this.path(p));
            marks[j] |= bit;
            stack.push(j);
          }
        }
      }
      /** The closures of `before` and `after` (each a list of roots) as a pair, keyed by base name. */
      pair(before, after) {
        const marks = new Uint8Array(this.size);
        this.mark(before, marks, 1);
        this.mark(after, marks, 2);
        const { names, sizes } = this;
        return {
          forEachPath(visit) {
            for (let i = 0; i < marks.length; i++) {
              const m = marks[i];
              if (m !== 0) visit(names[i], (m & 1) !== 0 ? sizes[i] : void 0, (m & 2) !== 0 ? sizes[i] : void 0);
            }
          },
          totals() {
            const t = { sizeBefore: 0, sizeAfter: 0, pathsBefore: 0, pathsAfter: 0 };
            for (let i = 0; i < marks.length; i++) {
              const m = marks[i];
              if ((m & 1) !== 0) {
                t.sizeBefore += sizes[i];
                t.pathsBefore++;
              }
              if ((m & 2) !== 0) {
                t.sizeAfter += sizes[i];
                t.pathsAfter++;
              }
            }
            return t;
          }
        };
      }
    };
  }
});

// src/nix-cli/argv.ts
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
var EXPERIMENTAL_FEATURES;
var init_argv = __esm({
  "src/nix-cli/argv.ts"() {
    "use strict";
    init_errors();
    EXPERIMENTAL_FEATURES = ["--extra-experimental-features", "nix-command flakes"];
  }
});

// src/nix-cli/parse-output.ts
function parseJson(command, text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new NixOutputError(command, `not JSON (${e.message}): ${tail(text.slice(0, 400), 3)}`);
  }
}
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
  for (const [path16, item] of Object.entries(v)) {
    if (!path16.startsWith("/")) throw new NixOutputError(cmd, `key '${path16}': expected a store path`);
    if (item === null) invalid.push(path16);
    else if (isObject(item)) infos.set(path16, readInfo(cmd, `["${path16}"]`, item, identity));
    else throw new NixOutputError(cmd, `["${path16}"]: expected an object or null`);
  }
  return { infos, invalid };
}
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
  const str5 = (k) => {
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
    url: str5("url"),
    resolvedUrl: str5("resolvedUrl"),
    path: str5("path"),
    description: str5("description"),
    lastModified: typeof lm === "number" ? lm : void 0,
    revision: str5("revision"),
    locked,
    locks: v["locks"] ?? void 0
  };
}
function collect(text, patterns) {
  const out = /* @__PURE__ */ new Set();
  for (const re of patterns) for (const m of text.matchAll(re)) out.add(m[1]);
  return [...out];
}
function parseBuildFailures(stderr) {
  const text = stripAnsi(stderr);
  return { failed: collect(text, LEAF_PATTERNS), dependencyFailed: collect(text, DEP_PATTERNS) };
}
var NixOutputError, isObject, identity, NODE_OPEN, EDGE_OPEN, TARGET, NAR_SIZE, ANSI, stripAnsi, DRV, LEAF_PATTERNS, DEP_PATTERNS;
var init_parse_output = __esm({
  "src/nix-cli/parse-output.ts"() {
    "use strict";
    init_errors();
    init_reference_graph();
    NixOutputError = class extends Error {
      constructor(command, message) {
        super(`unexpected output from \`${command}\`: ${message}`);
        this.command = command;
      }
      command;
      name = "NixOutputError";
    };
    isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
    identity = (s) => s;
    NODE_OPEN = '<node id="';
    EDGE_OPEN = '<edge source="';
    TARGET = ' target="';
    NAR_SIZE = '<data key="narSize">';
    ANSI = /\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07/g;
    stripAnsi = (s) => s.replace(ANSI, "");
    DRV = String.raw`'(/[^'\s]+\.drv)'`;
    LEAF_PATTERNS = [
      // up to 2.2x: error: builder for '/nix/store/…drv' failed with exit code 1;
      new RegExp(String.raw`builder for ${DRV} failed`, "g"),
      // newer: error: Cannot build '/nix/store/…drv'.\n       Reason: builder failed …
      new RegExp(String.raw`Cannot build ${DRV}\.?\s+Reason: builder failed`, "g"),
      new RegExp(String.raw`hash mismatch in fixed-output derivation ${DRV}`, "g")
    ];
    DEP_PATTERNS = [
      new RegExp(String.raw`dependencies of derivation ${DRV} failed to build`, "g"),
      new RegExp(String.raw`Cannot build ${DRV}\.?\s+Reason: \d+ dependenc`, "g")
    ];
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH2 = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH2 - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      "\u2028",
      "\u2029",
      " ",
      " ",
      "　",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH: MAX_LENGTH2,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH: MAX_LENGTH2
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH2],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH: MAX_LENGTH2, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH2) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH2} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num2 = +id;
              if (num2 >= 0 && num2 < MAX_SAFE_INTEGER) {
                return num2;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release2, identifier, identifierBase) {
        if (release2.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release2) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release2}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse2 = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse2;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse2 = require_parse();
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
      return parse2(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce2;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare;
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

// src/nix-cli/nix-version.ts
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
  const release2 = (0, import_coerce.default)(v, { loose: true });
  if (!release2) return void 0;
  return isPrerelease(v) ? `${release2.version}-pre` : release2.version;
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
var import_coerce, import_gte, MIN_NIX, LIX_BASE, DETERMINATE_DEFAULT_BASE, VERSION_RE, LINE_RE;
var init_nix_version = __esm({
  "src/nix-cli/nix-version.ts"() {
    "use strict";
    import_coerce = __toESM(require_coerce(), 1);
    import_gte = __toESM(require_gte(), 1);
    init_errors();
    MIN_NIX = "2.4";
    LIX_BASE = "2.18.3";
    DETERMINATE_DEFAULT_BASE = "2.26.0";
    VERSION_RE = /\d+(?:\.\d+)*[0-9A-Za-z_.+-]*/;
    LINE_RE = /^nix \(([^)]*)\) (\S+)/;
  }
});

// src/nix-cli/nix.ts
var nix_exports = {};
__export(nix_exports, {
  closureGraph: () => closureGraph,
  createNix: () => createNix,
  detectNix: () => detectNix,
  nixConfigWithToken: () => nixConfigWithToken
});
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
  const exec = async (args, check2 = true, cwd) => {
    logger.debug(`$ ${bin} ${args.map((a) => /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a}'`).join(" ")}`);
    return run(bin, args, { env, secrets, check: check2, cwd, errorClass: NixError, timeoutMs: options.timeoutMs });
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
  const lines2 = stripAnsi(stderr).split("\n");
  const out = [];
  for (let i = 0; i < lines2.length; i++) {
    const line = lines2[i];
    if (!line.startsWith("error:") || !drvs.some((d) => line.includes(d))) continue;
    const block = [line];
    while (i + 1 < lines2.length && /^\s+\S/.test(lines2[i + 1]) && !lines2[i + 1].startsWith("error:")) {
      block.push(lines2[++i]);
    }
    const text = block.join("\n");
    if (!out.includes(text)) out.push(text);
  }
  return out.length > 0 ? tail(out.join("\n"), 40) : tail(stripAnsi(stderr), 20);
}
var init_nix = __esm({
  "src/nix-cli/nix.ts"() {
    "use strict";
    init_reference_graph();
    init_errors();
    init_process();
    init_argv();
    init_parse_output();
    init_nix_version();
  }
});

// src/nix/strings.ts
function unescapeString(raw) {
  if (raw.indexOf("\\") < 0 && raw.indexOf("\r") < 0) return raw;
  let out = "";
  const n = raw.length;
  for (let i = 0; i < n; i++) {
    const c = raw[i];
    if (c === "\\" && i + 1 < n) {
      const d = raw[++i];
      out += d === "n" ? "\n" : d === "r" ? "\r" : d === "t" ? "	" : d;
    } else if (c === "\r") {
      out += "\n";
      if (raw[i + 1] === "\n") i++;
    } else out += c;
  }
  return out;
}
function indentedEscapeValue(raw) {
  if (raw === "''$") return "$";
  if (raw === "'''") return "''";
  if (raw.startsWith("''\\")) return unescapeString(raw.slice(2));
  return raw;
}
function stripIndentation(pieces) {
  let atStartOfLine = true;
  let minIndent = 1e6;
  let curIndent = 0;
  for (const p of pieces) {
    if (p.kind !== "text" || !p.indented) {
      if (atStartOfLine) {
        atStartOfLine = false;
        if (curIndent < minIndent) minIndent = curIndent;
      }
      continue;
    }
    const t = p.text;
    for (let j = 0; j < t.length; j++) {
      const c = t[j];
      if (atStartOfLine) {
        if (c === " ") curIndent++;
        else if (c === "\n") curIndent = 0;
        else {
          atStartOfLine = false;
          if (curIndent < minIndent) minIndent = curIndent;
        }
      } else if (c === "\n") {
        atStartOfLine = true;
        curIndent = 0;
      }
    }
  }
  const result = [];
  atStartOfLine = true;
  let curDropped = 0;
  for (let idx = 0; idx < pieces.length; idx++) {
    const p = pieces[idx];
    if (p.kind !== "text") {
      atStartOfLine = false;
      curDropped = 0;
      result.push(void 0);
      continue;
    }
    const t = p.text;
    let s = "";
    let keepFrom = 0;
    for (let j = 0; j < t.length; j++) {
      const c = t.charCodeAt(j);
      if (atStartOfLine) {
        if (c === 32) {
          if (curDropped++ < minIndent) {
            s += t.slice(keepFrom, j);
            keepFrom = j + 1;
          }
        } else if (c === 10) curDropped = 0;
        else {
          atStartOfLine = false;
          curDropped = 0;
        }
      } else if (c === 10) atStartOfLine = true;
    }
    s += t.slice(keepFrom);
    if (idx === pieces.length - 1) {
      const nl = s.lastIndexOf("\n");
      if (nl >= 0 && /^ *$/.test(s.slice(nl + 1))) s = s.slice(0, nl + 1);
    }
    result.push(s);
  }
  return result;
}
var init_strings = __esm({
  "src/nix/strings.ts"() {
    "use strict";
  }
});

// node_modules/diff/libesm/diff/base.js
var Diff, base_default;
var init_base = __esm({
  "node_modules/diff/libesm/diff/base.js"() {
    Diff = /** @class */
    (function() {
      function Diff2() {
      }
      Diff2.prototype.diff = function(oldStr, newStr, options) {
        if (options === void 0) {
          options = {};
        }
        var callback;
        if (typeof options === "function") {
          callback = options;
          options = {};
        } else if ("callback" in options) {
          callback = options.callback;
        }
        var oldString = this.castInput(oldStr, options);
        var newString = this.castInput(newStr, options);
        var oldTokens = this.removeEmpty(this.tokenize(oldString, options));
        var newTokens = this.removeEmpty(this.tokenize(newString, options));
        return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
      };
      Diff2.prototype.diffWithOptionsObj = function(oldTokens, newTokens, options, callback) {
        var _this = this;
        var _a;
        var done = function(value) {
          value = _this.postProcess(value, options);
          if (callback) {
            setTimeout(function() {
              callback(value);
            }, 0);
            return void 0;
          } else {
            return value;
          }
        };
        var newLen = newTokens.length, oldLen = oldTokens.length;
        var editLength = 1;
        var maxEditLength = newLen + oldLen;
        if (options.maxEditLength != null) {
          maxEditLength = Math.min(maxEditLength, options.maxEditLength);
        }
        var maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
        var abortAfterTimestamp = Date.now() + maxExecutionTime;
        var bestPath = [{ oldPos: -1, lastComponent: void 0 }];
        var newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
        if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
        }
        var minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
        var execEditLength = function() {
          for (var diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
            var basePath = void 0;
            var removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
            if (removePath) {
              bestPath[diagonalPath - 1] = void 0;
            }
            var canAdd = false;
            if (addPath) {
              var addPathNewPos = addPath.oldPos - diagonalPath;
              canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
            }
            var canRemove = removePath && removePath.oldPos + 1 < oldLen;
            if (!canAdd && !canRemove) {
              bestPath[diagonalPath] = void 0;
              continue;
            }
            if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
              basePath = _this.addToPath(addPath, true, false, 0, options);
            } else {
              basePath = _this.addToPath(removePath, false, true, 1, options);
            }
            newPos = _this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
            if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
              return done(_this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
            } else {
              bestPath[diagonalPath] = basePath;
              if (basePath.oldPos + 1 >= oldLen) {
                maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
              }
              if (newPos + 1 >= newLen) {
                minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
              }
            }
          }
          editLength++;
        };
        if (callback) {
          (function exec() {
            setTimeout(function() {
              if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                return callback(void 0);
              }
              if (!execEditLength()) {
                exec();
              }
            }, 0);
          })();
        } else {
          while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
            var ret = execEditLength();
            if (ret) {
              return ret;
            }
          }
        }
      };
      Diff2.prototype.addToPath = function(path16, added, removed, oldPosInc, options) {
        var last = path16.lastComponent;
        if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
          return {
            oldPos: path16.oldPos + oldPosInc,
            lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
          };
        } else {
          return {
            oldPos: path16.oldPos + oldPosInc,
            lastComponent: { count: 1, added, removed, previousComponent: last }
          };
        }
      };
      Diff2.prototype.extractCommon = function(basePath, newTokens, oldTokens, diagonalPath, options) {
        var newLen = newTokens.length, oldLen = oldTokens.length;
        var oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
          newPos++;
          oldPos++;
          commonCount++;
          if (options.oneChangePerToken) {
            basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
          }
        }
        if (commonCount && !options.oneChangePerToken) {
          basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
        }
        basePath.oldPos = oldPos;
        return newPos;
      };
      Diff2.prototype.equals = function(left, right, options) {
        if (options.comparator) {
          return options.comparator(left, right);
        } else {
          return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
        }
      };
      Diff2.prototype.removeEmpty = function(array) {
        var ret = [];
        for (var i = 0; i < array.length; i++) {
          if (array[i]) {
            ret.push(array[i]);
          }
        }
        return ret;
      };
      Diff2.prototype.castInput = function(value, options) {
        return value;
      };
      Diff2.prototype.tokenize = function(value, options) {
        return Array.from(value);
      };
      Diff2.prototype.join = function(chars) {
        return chars.join("");
      };
      Diff2.prototype.postProcess = function(changeObjects, options) {
        return changeObjects;
      };
      Object.defineProperty(Diff2.prototype, "useLongestToken", {
        get: function() {
          return false;
        },
        enumerable: false,
        configurable: true
      });
      Diff2.prototype.buildValues = function(lastComponent, newTokens, oldTokens) {
        var components = [];
        var nextComponent2;
        while (lastComponent) {
          components.push(lastComponent);
          nextComponent2 = lastComponent.previousComponent;
          delete lastComponent.previousComponent;
          lastComponent = nextComponent2;
        }
        components.reverse();
        var componentLen = components.length;
        var componentPos = 0, newPos = 0, oldPos = 0;
        for (; componentPos < componentLen; componentPos++) {
          var component = components[componentPos];
          if (!component.removed) {
            if (!component.added && this.useLongestToken) {
              var value = newTokens.slice(newPos, newPos + component.count);
              value = value.map(function(value2, i) {
                var oldValue = oldTokens[oldPos + i];
                return oldValue.length > value2.length ? oldValue : value2;
              });
              component.value = this.join(value);
            } else {
              component.value = this.join(newTokens.slice(newPos, newPos + component.count));
            }
            newPos += component.count;
            if (!component.added) {
              oldPos += component.count;
            }
          } else {
            component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
            oldPos += component.count;
          }
        }
        return components;
      };
      return Diff2;
    })();
    base_default = Diff;
  }
});

// node_modules/diff/libesm/diff/character.js
function diffChars(oldStr, newStr, options) {
  return characterDiff.diff(oldStr, newStr, options);
}
var __extends, CharacterDiff, characterDiff;
var init_character = __esm({
  "node_modules/diff/libesm/diff/character.js"() {
    init_base();
    __extends = /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    CharacterDiff = /** @class */
    (function(_super) {
      __extends(CharacterDiff2, _super);
      function CharacterDiff2() {
        return _super !== null && _super.apply(this, arguments) || this;
      }
      return CharacterDiff2;
    })(base_default);
    characterDiff = new CharacterDiff();
  }
});

// node_modules/diff/libesm/util/string.js
function longestCommonPrefix(str1, str22) {
  var i;
  for (i = 0; i < str1.length && i < str22.length; i++) {
    if (str1[i] != str22[i]) {
      return str1.slice(0, i);
    }
  }
  return str1.slice(0, i);
}
function longestCommonSuffix(str1, str22) {
  var i;
  if (!str1 || !str22 || str1[str1.length - 1] != str22[str22.length - 1]) {
    return "";
  }
  for (i = 0; i < str1.length && i < str22.length; i++) {
    if (str1[str1.length - (i + 1)] != str22[str22.length - (i + 1)]) {
      return str1.slice(-i);
    }
  }
  return str1.slice(-i);
}
function replacePrefix(string, oldPrefix, newPrefix) {
  if (string.slice(0, oldPrefix.length) != oldPrefix) {
    throw Error("string ".concat(JSON.stringify(string), " doesn't start with prefix ").concat(JSON.stringify(oldPrefix), "; this is a bug"));
  }
  return newPrefix + string.slice(oldPrefix.length);
}
function replaceSuffix(string, oldSuffix, newSuffix) {
  if (!oldSuffix) {
    return string + newSuffix;
  }
  if (string.slice(-oldSuffix.length) != oldSuffix) {
    throw Error("string ".concat(JSON.stringify(string), " doesn't end with suffix ").concat(JSON.stringify(oldSuffix), "; this is a bug"));
  }
  return string.slice(0, -oldSuffix.length) + newSuffix;
}
function removePrefix(string, oldPrefix) {
  return replacePrefix(string, oldPrefix, "");
}
function removeSuffix(string, oldSuffix) {
  return replaceSuffix(string, oldSuffix, "");
}
function maximumOverlap(string1, string2) {
  return string2.slice(0, overlapCount(string1, string2));
}
function overlapCount(a, b) {
  var startA = 0;
  if (a.length > b.length) {
    startA = a.length - b.length;
  }
  var endB = b.length;
  if (a.length < b.length) {
    endB = a.length;
  }
  var map = Array(endB);
  var k = 0;
  map[0] = 0;
  for (var j = 1; j < endB; j++) {
    if (b[j] == b[k]) {
      map[j] = map[k];
    } else {
      map[j] = k;
    }
    while (k > 0 && b[j] != b[k]) {
      k = map[k];
    }
    if (b[j] == b[k]) {
      k++;
    }
  }
  k = 0;
  for (var i = startA; i < a.length; i++) {
    while (k > 0 && a[i] != b[k]) {
      k = map[k];
    }
    if (a[i] == b[k]) {
      k++;
    }
  }
  return k;
}
function hasOnlyWinLineEndings(string) {
  return string.includes("\r\n") && !string.startsWith("\n") && !string.match(/[^\r]\n/);
}
function hasOnlyUnixLineEndings(string) {
  return !string.includes("\r\n") && string.includes("\n");
}
function trailingWs(string) {
  var i;
  for (i = string.length - 1; i >= 0; i--) {
    if (!string[i].match(/\s/)) {
      break;
    }
  }
  return string.substring(i + 1);
}
function leadingWs(string) {
  var match = string.match(/^\s*/);
  return match ? match[0] : "";
}
var init_string = __esm({
  "node_modules/diff/libesm/util/string.js"() {
  }
});

// node_modules/diff/libesm/diff/word.js
function diffWords(oldStr, newStr, options) {
  if ((options === null || options === void 0 ? void 0 : options.ignoreWhitespace) != null && !options.ignoreWhitespace) {
    return diffWordsWithSpace(oldStr, newStr, options);
  }
  return wordDiff.diff(oldStr, newStr, options);
}
function dedupeWhitespaceInChangeObjects(startKeep, deletion, insertion, endKeep) {
  if (deletion && insertion) {
    var oldWsPrefix = leadingWs(deletion.value);
    var oldWsSuffix = trailingWs(deletion.value);
    var newWsPrefix = leadingWs(insertion.value);
    var newWsSuffix = trailingWs(insertion.value);
    if (startKeep) {
      var commonWsPrefix = longestCommonPrefix(oldWsPrefix, newWsPrefix);
      startKeep.value = replaceSuffix(startKeep.value, newWsPrefix, commonWsPrefix);
      deletion.value = removePrefix(deletion.value, commonWsPrefix);
      insertion.value = removePrefix(insertion.value, commonWsPrefix);
    }
    if (endKeep) {
      var commonWsSuffix = longestCommonSuffix(oldWsSuffix, newWsSuffix);
      endKeep.value = replacePrefix(endKeep.value, newWsSuffix, commonWsSuffix);
      deletion.value = removeSuffix(deletion.value, commonWsSuffix);
      insertion.value = removeSuffix(insertion.value, commonWsSuffix);
    }
  } else if (insertion) {
    if (startKeep) {
      var ws = leadingWs(insertion.value);
      insertion.value = insertion.value.substring(ws.length);
    }
    if (endKeep) {
      var ws = leadingWs(endKeep.value);
      endKeep.value = endKeep.value.substring(ws.length);
    }
  } else if (startKeep && endKeep) {
    var newWsFull = leadingWs(endKeep.value), delWsStart = leadingWs(deletion.value), delWsEnd = trailingWs(deletion.value);
    var newWsStart = longestCommonPrefix(newWsFull, delWsStart);
    deletion.value = removePrefix(deletion.value, newWsStart);
    var newWsEnd = longestCommonSuffix(removePrefix(newWsFull, newWsStart), delWsEnd);
    deletion.value = removeSuffix(deletion.value, newWsEnd);
    endKeep.value = replacePrefix(endKeep.value, newWsFull, newWsEnd);
    startKeep.value = replaceSuffix(startKeep.value, newWsFull, newWsFull.slice(0, newWsFull.length - newWsEnd.length));
  } else if (endKeep) {
    var endKeepWsPrefix = leadingWs(endKeep.value);
    var deletionWsSuffix = trailingWs(deletion.value);
    var overlap = maximumOverlap(deletionWsSuffix, endKeepWsPrefix);
    deletion.value = removeSuffix(deletion.value, overlap);
  } else if (startKeep) {
    var startKeepWsSuffix = trailingWs(startKeep.value);
    var deletionWsPrefix = leadingWs(deletion.value);
    var overlap = maximumOverlap(startKeepWsSuffix, deletionWsPrefix);
    deletion.value = removePrefix(deletion.value, overlap);
  }
}
function diffWordsWithSpace(oldStr, newStr, options) {
  return wordsWithSpaceDiff.diff(oldStr, newStr, options);
}
var __extends2, extendedWordChars, tokenizeIncludingWhitespace, WordDiff, wordDiff, WordsWithSpaceDiff, wordsWithSpaceDiff;
var init_word = __esm({
  "node_modules/diff/libesm/diff/word.js"() {
    init_base();
    init_string();
    __extends2 = /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    extendedWordChars = "a-zA-Z0-9_\\u{C0}-\\u{FF}\\u{D8}-\\u{F6}\\u{F8}-\\u{2C6}\\u{2C8}-\\u{2D7}\\u{2DE}-\\u{2FF}\\u{1E00}-\\u{1EFF}";
    tokenizeIncludingWhitespace = new RegExp("[".concat(extendedWordChars, "]+|\\s+|[^").concat(extendedWordChars, "]"), "ug");
    WordDiff = /** @class */
    (function(_super) {
      __extends2(WordDiff2, _super);
      function WordDiff2() {
        return _super !== null && _super.apply(this, arguments) || this;
      }
      WordDiff2.prototype.equals = function(left, right, options) {
        if (options.ignoreCase) {
          left = left.toLowerCase();
          right = right.toLowerCase();
        }
        return left.trim() === right.trim();
      };
      WordDiff2.prototype.tokenize = function(value, options) {
        if (options === void 0) {
          options = {};
        }
        var parts;
        if (options.intlSegmenter) {
          var segmenter = options.intlSegmenter;
          if (segmenter.resolvedOptions().granularity != "word") {
            throw new Error('The segmenter passed must have a granularity of "word"');
          }
          parts = Array.from(segmenter.segment(value), function(segment) {
            return segment.segment;
          });
        } else {
          parts = value.match(tokenizeIncludingWhitespace) || [];
        }
        var tokens = [];
        var prevPart = null;
        parts.forEach(function(part) {
          if (/\s/.test(part)) {
            if (prevPart == null) {
              tokens.push(part);
            } else {
              tokens.push(tokens.pop() + part);
            }
          } else if (prevPart != null && /\s/.test(prevPart)) {
            if (tokens[tokens.length - 1] == prevPart) {
              tokens.push(tokens.pop() + part);
            } else {
              tokens.push(prevPart + part);
            }
          } else {
            tokens.push(part);
          }
          prevPart = part;
        });
        return tokens;
      };
      WordDiff2.prototype.join = function(tokens) {
        return tokens.map(function(token, i) {
          if (i == 0) {
            return token;
          } else {
            return token.replace(/^\s+/, "");
          }
        }).join("");
      };
      WordDiff2.prototype.postProcess = function(changes, options) {
        if (!changes || options.oneChangePerToken) {
          return changes;
        }
        var lastKeep = null;
        var insertion = null;
        var deletion = null;
        changes.forEach(function(change) {
          if (change.added) {
            insertion = change;
          } else if (change.removed) {
            deletion = change;
          } else {
            if (insertion || deletion) {
              dedupeWhitespaceInChangeObjects(lastKeep, deletion, insertion, change);
            }
            lastKeep = change;
            insertion = null;
            deletion = null;
          }
        });
        if (insertion || deletion) {
          dedupeWhitespaceInChangeObjects(lastKeep, deletion, insertion, null);
        }
        return changes;
      };
      return WordDiff2;
    })(base_default);
    wordDiff = new WordDiff();
    WordsWithSpaceDiff = /** @class */
    (function(_super) {
      __extends2(WordsWithSpaceDiff2, _super);
      function WordsWithSpaceDiff2() {
        return _super !== null && _super.apply(this, arguments) || this;
      }
      WordsWithSpaceDiff2.prototype.tokenize = function(value) {
        var regex = new RegExp("(\\r?\\n)|[".concat(extendedWordChars, "]+|[^\\S\\n\\r]+|[^").concat(extendedWordChars, "]"), "ug");
        return value.match(regex) || [];
      };
      return WordsWithSpaceDiff2;
    })(base_default);
    wordsWithSpaceDiff = new WordsWithSpaceDiff();
  }
});

// node_modules/diff/libesm/util/params.js
function generateOptions(options, defaults) {
  if (typeof options === "function") {
    defaults.callback = options;
  } else if (options) {
    for (var name in options) {
      if (Object.prototype.hasOwnProperty.call(options, name)) {
        defaults[name] = options[name];
      }
    }
  }
  return defaults;
}
var init_params = __esm({
  "node_modules/diff/libesm/util/params.js"() {
  }
});

// node_modules/diff/libesm/diff/line.js
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function diffTrimmedLines(oldStr, newStr, options) {
  options = generateOptions(options, { ignoreWhitespace: true });
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  var retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (var i = 0; i < linesAndNewlines.length; i++) {
    var line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}
var __extends3, LineDiff, lineDiff;
var init_line = __esm({
  "node_modules/diff/libesm/diff/line.js"() {
    init_base();
    init_params();
    __extends3 = /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    LineDiff = /** @class */
    (function(_super) {
      __extends3(LineDiff2, _super);
      function LineDiff2() {
        var _this = _super !== null && _super.apply(this, arguments) || this;
        _this.tokenize = tokenize;
        return _this;
      }
      LineDiff2.prototype.equals = function(left, right, options) {
        if (options.ignoreWhitespace) {
          if (!options.newlineIsToken || !left.includes("\n")) {
            left = left.trim();
          }
          if (!options.newlineIsToken || !right.includes("\n")) {
            right = right.trim();
          }
        } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
          if (left.endsWith("\n")) {
            left = left.slice(0, -1);
          }
          if (right.endsWith("\n")) {
            right = right.slice(0, -1);
          }
        }
        return _super.prototype.equals.call(this, left, right, options);
      };
      return LineDiff2;
    })(base_default);
    lineDiff = new LineDiff();
  }
});

// node_modules/diff/libesm/diff/sentence.js
function diffSentences(oldStr, newStr, options) {
  return sentenceDiff.diff(oldStr, newStr, options);
}
var __extends4, SentenceDiff, sentenceDiff;
var init_sentence = __esm({
  "node_modules/diff/libesm/diff/sentence.js"() {
    init_base();
    __extends4 = /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    SentenceDiff = /** @class */
    (function(_super) {
      __extends4(SentenceDiff2, _super);
      function SentenceDiff2() {
        return _super !== null && _super.apply(this, arguments) || this;
      }
      SentenceDiff2.prototype.tokenize = function(value) {
        return value.split(/(?<=[.!?])(\s+|$)/);
      };
      return SentenceDiff2;
    })(base_default);
    sentenceDiff = new SentenceDiff();
  }
});

// node_modules/diff/libesm/diff/css.js
function diffCss(oldStr, newStr, options) {
  return cssDiff.diff(oldStr, newStr, options);
}
var __extends5, CssDiff, cssDiff;
var init_css = __esm({
  "node_modules/diff/libesm/diff/css.js"() {
    init_base();
    __extends5 = /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    CssDiff = /** @class */
    (function(_super) {
      __extends5(CssDiff2, _super);
      function CssDiff2() {
        return _super !== null && _super.apply(this, arguments) || this;
      }
      CssDiff2.prototype.tokenize = function(value) {
        return value.split(/([{}:;,]|\s+)/);
      };
      return CssDiff2;
    })(base_default);
    cssDiff = new CssDiff();
  }
});

// node_modules/diff/libesm/diff/json.js
function diffJson(oldStr, newStr, options) {
  return jsonDiff.diff(oldStr, newStr, options);
}
function canonicalize(obj, stack, replacementStack, replacer, key2) {
  stack = stack || [];
  replacementStack = replacementStack || [];
  if (replacer) {
    obj = replacer(key2 === void 0 ? "" : key2, obj);
  }
  var i;
  for (i = 0; i < stack.length; i += 1) {
    if (stack[i] === obj) {
      return replacementStack[i];
    }
  }
  var canonicalizedObj;
  if ("[object Array]" === Object.prototype.toString.call(obj)) {
    stack.push(obj);
    canonicalizedObj = new Array(obj.length);
    replacementStack.push(canonicalizedObj);
    for (i = 0; i < obj.length; i += 1) {
      canonicalizedObj[i] = canonicalize(obj[i], stack, replacementStack, replacer, String(i));
    }
    stack.pop();
    replacementStack.pop();
    return canonicalizedObj;
  }
  if (obj && obj.toJSON) {
    obj = obj.toJSON();
  }
  if (typeof obj === "object" && obj !== null) {
    stack.push(obj);
    canonicalizedObj = {};
    replacementStack.push(canonicalizedObj);
    var sortedKeys = [];
    var key_1;
    for (key_1 in obj) {
      if (Object.prototype.hasOwnProperty.call(obj, key_1)) {
        sortedKeys.push(key_1);
      }
    }
    sortedKeys.sort();
    for (i = 0; i < sortedKeys.length; i += 1) {
      key_1 = sortedKeys[i];
      canonicalizedObj[key_1] = canonicalize(obj[key_1], stack, replacementStack, replacer, key_1);
    }
    stack.pop();
    replacementStack.pop();
  } else {
    canonicalizedObj = obj;
  }
  return canonicalizedObj;
}
var __extends6, JsonDiff, jsonDiff;
var init_json = __esm({
  "node_modules/diff/libesm/diff/json.js"() {
    init_base();
    init_line();
    __extends6 = /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    JsonDiff = /** @class */
    (function(_super) {
      __extends6(JsonDiff2, _super);
      function JsonDiff2() {
        var _this = _super !== null && _super.apply(this, arguments) || this;
        _this.tokenize = tokenize;
        return _this;
      }
      Object.defineProperty(JsonDiff2.prototype, "useLongestToken", {
        get: function() {
          return true;
        },
        enumerable: false,
        configurable: true
      });
      JsonDiff2.prototype.castInput = function(value, options) {
        var undefinedReplacement = options.undefinedReplacement, _a = options.stringifyReplacer, stringifyReplacer = _a === void 0 ? function(k, v) {
          return typeof v === "undefined" ? undefinedReplacement : v;
        } : _a;
        return typeof value === "string" ? value : JSON.stringify(canonicalize(value, null, null, stringifyReplacer), null, "  ");
      };
      JsonDiff2.prototype.equals = function(left, right, options) {
        return _super.prototype.equals.call(this, left.replace(/,([\r\n])/g, "$1"), right.replace(/,([\r\n])/g, "$1"), options);
      };
      return JsonDiff2;
    })(base_default);
    jsonDiff = new JsonDiff();
  }
});

// node_modules/diff/libesm/diff/array.js
function diffArrays(oldArr, newArr, options) {
  return arrayDiff.diff(oldArr, newArr, options);
}
var __extends7, ArrayDiff, arrayDiff;
var init_array = __esm({
  "node_modules/diff/libesm/diff/array.js"() {
    init_base();
    __extends7 = /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    ArrayDiff = /** @class */
    (function(_super) {
      __extends7(ArrayDiff2, _super);
      function ArrayDiff2() {
        return _super !== null && _super.apply(this, arguments) || this;
      }
      ArrayDiff2.prototype.tokenize = function(value) {
        return value.slice();
      };
      ArrayDiff2.prototype.join = function(value) {
        return value;
      };
      ArrayDiff2.prototype.removeEmpty = function(value) {
        return value;
      };
      return ArrayDiff2;
    })(base_default);
    arrayDiff = new ArrayDiff();
  }
});

// node_modules/diff/libesm/patch/line-endings.js
function unixToWin(patch) {
  if (Array.isArray(patch)) {
    return patch.map(function(p) {
      return unixToWin(p);
    });
  }
  return __assign(__assign({}, patch), { hunks: patch.hunks.map(function(hunk) {
    return __assign(__assign({}, hunk), { lines: hunk.lines.map(function(line, i) {
      var _a;
      return line.startsWith("\\") || line.endsWith("\r") || ((_a = hunk.lines[i + 1]) === null || _a === void 0 ? void 0 : _a.startsWith("\\")) ? line : line + "\r";
    }) });
  }) });
}
function winToUnix(patch) {
  if (Array.isArray(patch)) {
    return patch.map(function(p) {
      return winToUnix(p);
    });
  }
  return __assign(__assign({}, patch), { hunks: patch.hunks.map(function(hunk) {
    return __assign(__assign({}, hunk), { lines: hunk.lines.map(function(line) {
      return line.endsWith("\r") ? line.substring(0, line.length - 1) : line;
    }) });
  }) });
}
function isUnix(patch) {
  if (!Array.isArray(patch)) {
    patch = [patch];
  }
  return !patch.some(function(index) {
    return index.hunks.some(function(hunk) {
      return hunk.lines.some(function(line) {
        return !line.startsWith("\\") && line.endsWith("\r");
      });
    });
  });
}
function isWin(patch) {
  if (!Array.isArray(patch)) {
    patch = [patch];
  }
  return patch.some(function(index) {
    return index.hunks.some(function(hunk) {
      return hunk.lines.some(function(line) {
        return line.endsWith("\r");
      });
    });
  }) && patch.every(function(index) {
    return index.hunks.every(function(hunk) {
      return hunk.lines.every(function(line, i) {
        var _a;
        return line.startsWith("\\") || line.endsWith("\r") || ((_a = hunk.lines[i + 1]) === null || _a === void 0 ? void 0 : _a.startsWith("\\"));
      });
    });
  });
}
var __assign;
var init_line_endings = __esm({
  "node_modules/diff/libesm/patch/line-endings.js"() {
    __assign = function() {
      __assign = Object.assign || function(t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
          s = arguments[i];
          for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p))
            t[p] = s[p];
        }
        return t;
      };
      return __assign.apply(this, arguments);
    };
  }
});

// node_modules/diff/libesm/patch/parse.js
function parsePatch(uniDiff) {
  var diffstr = uniDiff.split(/\n/), list = [];
  var i = 0;
  function parseIndex() {
    var index = {};
    list.push(index);
    while (i < diffstr.length) {
      var line = diffstr[i];
      if (/^(---|\+\+\+|@@)\s/.test(line)) {
        break;
      }
      var header = /^(?:Index:|diff(?: -r \w+)+)\s+(.+?)\s*$/.exec(line);
      if (header) {
        index.index = header[1];
      }
      i++;
    }
    parseFileHeader(index);
    parseFileHeader(index);
    index.hunks = [];
    while (i < diffstr.length) {
      var line = diffstr[i];
      if (/^(Index:\s|diff\s|---\s|\+\+\+\s|===================================================================)/.test(line)) {
        break;
      } else if (/^@@/.test(line)) {
        index.hunks.push(parseHunk());
      } else if (line) {
        throw new Error("Unknown line " + (i + 1) + " " + JSON.stringify(line));
      } else {
        i++;
      }
    }
  }
  function parseFileHeader(index) {
    var fileHeader = /^(---|\+\+\+)\s+(.*)\r?$/.exec(diffstr[i]);
    if (fileHeader) {
      var data = fileHeader[2].split("	", 2), header = (data[1] || "").trim();
      var fileName = data[0].replace(/\\\\/g, "\\");
      if (/^".*"$/.test(fileName)) {
        fileName = fileName.substr(1, fileName.length - 2);
      }
      if (fileHeader[1] === "---") {
        index.oldFileName = fileName;
        index.oldHeader = header;
      } else {
        index.newFileName = fileName;
        index.newHeader = header;
      }
      i++;
    }
  }
  function parseHunk() {
    var _a;
    var chunkHeaderIndex = i, chunkHeaderLine = diffstr[i++], chunkHeader = chunkHeaderLine.split(/@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/);
    var hunk = {
      oldStart: +chunkHeader[1],
      oldLines: typeof chunkHeader[2] === "undefined" ? 1 : +chunkHeader[2],
      newStart: +chunkHeader[3],
      newLines: typeof chunkHeader[4] === "undefined" ? 1 : +chunkHeader[4],
      lines: []
    };
    if (hunk.oldLines === 0) {
      hunk.oldStart += 1;
    }
    if (hunk.newLines === 0) {
      hunk.newStart += 1;
    }
    var addCount = 0, removeCount = 0;
    for (; i < diffstr.length && (removeCount < hunk.oldLines || addCount < hunk.newLines || ((_a = diffstr[i]) === null || _a === void 0 ? void 0 : _a.startsWith("\\"))); i++) {
      var operation = diffstr[i].length == 0 && i != diffstr.length - 1 ? " " : diffstr[i][0];
      if (operation === "+" || operation === "-" || operation === " " || operation === "\\") {
        hunk.lines.push(diffstr[i]);
        if (operation === "+") {
          addCount++;
        } else if (operation === "-") {
          removeCount++;
        } else if (operation === " ") {
          addCount++;
          removeCount++;
        }
      } else {
        throw new Error("Hunk at line ".concat(chunkHeaderIndex + 1, " contained invalid line ").concat(diffstr[i]));
      }
    }
    if (!addCount && hunk.newLines === 1) {
      hunk.newLines = 0;
    }
    if (!removeCount && hunk.oldLines === 1) {
      hunk.oldLines = 0;
    }
    if (addCount !== hunk.newLines) {
      throw new Error("Added line count did not match for hunk at line " + (chunkHeaderIndex + 1));
    }
    if (removeCount !== hunk.oldLines) {
      throw new Error("Removed line count did not match for hunk at line " + (chunkHeaderIndex + 1));
    }
    return hunk;
  }
  while (i < diffstr.length) {
    parseIndex();
  }
  return list;
}
var init_parse = __esm({
  "node_modules/diff/libesm/patch/parse.js"() {
  }
});

// node_modules/diff/libesm/util/distance-iterator.js
function distance_iterator_default(start, minLine, maxLine) {
  var wantForward = true, backwardExhausted = false, forwardExhausted = false, localOffset = 1;
  return function iterator() {
    if (wantForward && !forwardExhausted) {
      if (backwardExhausted) {
        localOffset++;
      } else {
        wantForward = false;
      }
      if (start + localOffset <= maxLine) {
        return start + localOffset;
      }
      forwardExhausted = true;
    }
    if (!backwardExhausted) {
      if (!forwardExhausted) {
        wantForward = true;
      }
      if (minLine <= start - localOffset) {
        return start - localOffset++;
      }
      backwardExhausted = true;
      return iterator();
    }
    return void 0;
  };
}
var init_distance_iterator = __esm({
  "node_modules/diff/libesm/util/distance-iterator.js"() {
  }
});

// node_modules/diff/libesm/patch/apply.js
function applyPatch(source, patch, options) {
  if (options === void 0) {
    options = {};
  }
  var patches;
  if (typeof patch === "string") {
    patches = parsePatch(patch);
  } else if (Array.isArray(patch)) {
    patches = patch;
  } else {
    patches = [patch];
  }
  if (patches.length > 1) {
    throw new Error("applyPatch only works with a single input.");
  }
  return applyStructuredPatch(source, patches[0], options);
}
function applyStructuredPatch(source, patch, options) {
  if (options === void 0) {
    options = {};
  }
  if (options.autoConvertLineEndings || options.autoConvertLineEndings == null) {
    if (hasOnlyWinLineEndings(source) && isUnix(patch)) {
      patch = unixToWin(patch);
    } else if (hasOnlyUnixLineEndings(source) && isWin(patch)) {
      patch = winToUnix(patch);
    }
  }
  var lines2 = source.split("\n"), hunks = patch.hunks, compareLine = options.compareLine || (function(lineNumber, line2, operation, patchContent) {
    return line2 === patchContent;
  }), fuzzFactor = options.fuzzFactor || 0;
  var minLine = 0;
  if (fuzzFactor < 0 || !Number.isInteger(fuzzFactor)) {
    throw new Error("fuzzFactor must be a non-negative integer");
  }
  if (!hunks.length) {
    return source;
  }
  var prevLine = "", removeEOFNL = false, addEOFNL = false;
  for (var i = 0; i < hunks[hunks.length - 1].lines.length; i++) {
    var line = hunks[hunks.length - 1].lines[i];
    if (line[0] == "\\") {
      if (prevLine[0] == "+") {
        removeEOFNL = true;
      } else if (prevLine[0] == "-") {
        addEOFNL = true;
      }
    }
    prevLine = line;
  }
  if (removeEOFNL) {
    if (addEOFNL) {
      if (!fuzzFactor && lines2[lines2.length - 1] == "") {
        return false;
      }
    } else if (lines2[lines2.length - 1] == "") {
      lines2.pop();
    } else if (!fuzzFactor) {
      return false;
    }
  } else if (addEOFNL) {
    if (lines2[lines2.length - 1] != "") {
      lines2.push("");
    } else if (!fuzzFactor) {
      return false;
    }
  }
  function applyHunk(hunkLines, toPos2, maxErrors2, hunkLinesI, lastContextLineMatched, patchedLines, patchedLinesLength) {
    if (hunkLinesI === void 0) {
      hunkLinesI = 0;
    }
    if (lastContextLineMatched === void 0) {
      lastContextLineMatched = true;
    }
    if (patchedLines === void 0) {
      patchedLines = [];
    }
    if (patchedLinesLength === void 0) {
      patchedLinesLength = 0;
    }
    var nConsecutiveOldContextLines = 0;
    var nextContextLineMustMatch = false;
    for (; hunkLinesI < hunkLines.length; hunkLinesI++) {
      var hunkLine = hunkLines[hunkLinesI], operation = hunkLine.length > 0 ? hunkLine[0] : " ", content = hunkLine.length > 0 ? hunkLine.substr(1) : hunkLine;
      if (operation === "-") {
        if (compareLine(toPos2 + 1, lines2[toPos2], operation, content)) {
          toPos2++;
          nConsecutiveOldContextLines = 0;
        } else {
          if (!maxErrors2 || lines2[toPos2] == null) {
            return null;
          }
          patchedLines[patchedLinesLength] = lines2[toPos2];
          return applyHunk(hunkLines, toPos2 + 1, maxErrors2 - 1, hunkLinesI, false, patchedLines, patchedLinesLength + 1);
        }
      }
      if (operation === "+") {
        if (!lastContextLineMatched) {
          return null;
        }
        patchedLines[patchedLinesLength] = content;
        patchedLinesLength++;
        nConsecutiveOldContextLines = 0;
        nextContextLineMustMatch = true;
      }
      if (operation === " ") {
        nConsecutiveOldContextLines++;
        patchedLines[patchedLinesLength] = lines2[toPos2];
        if (compareLine(toPos2 + 1, lines2[toPos2], operation, content)) {
          patchedLinesLength++;
          lastContextLineMatched = true;
          nextContextLineMustMatch = false;
          toPos2++;
        } else {
          if (nextContextLineMustMatch || !maxErrors2) {
            return null;
          }
          return lines2[toPos2] && (applyHunk(hunkLines, toPos2 + 1, maxErrors2 - 1, hunkLinesI + 1, false, patchedLines, patchedLinesLength + 1) || applyHunk(hunkLines, toPos2 + 1, maxErrors2 - 1, hunkLinesI, false, patchedLines, patchedLinesLength + 1)) || applyHunk(hunkLines, toPos2, maxErrors2 - 1, hunkLinesI + 1, false, patchedLines, patchedLinesLength);
        }
      }
    }
    patchedLinesLength -= nConsecutiveOldContextLines;
    toPos2 -= nConsecutiveOldContextLines;
    patchedLines.length = patchedLinesLength;
    return {
      patchedLines,
      oldLineLastI: toPos2 - 1
    };
  }
  var resultLines = [];
  var prevHunkOffset = 0;
  for (var i = 0; i < hunks.length; i++) {
    var hunk = hunks[i];
    var hunkResult = void 0;
    var maxLine = lines2.length - hunk.oldLines + fuzzFactor;
    var toPos = void 0;
    for (var maxErrors = 0; maxErrors <= fuzzFactor; maxErrors++) {
      toPos = hunk.oldStart + prevHunkOffset - 1;
      var iterator = distance_iterator_default(toPos, minLine, maxLine);
      for (; toPos !== void 0; toPos = iterator()) {
        hunkResult = applyHunk(hunk.lines, toPos, maxErrors);
        if (hunkResult) {
          break;
        }
      }
      if (hunkResult) {
        break;
      }
    }
    if (!hunkResult) {
      return false;
    }
    for (var i_1 = minLine; i_1 < toPos; i_1++) {
      resultLines.push(lines2[i_1]);
    }
    for (var i_2 = 0; i_2 < hunkResult.patchedLines.length; i_2++) {
      var line = hunkResult.patchedLines[i_2];
      resultLines.push(line);
    }
    minLine = hunkResult.oldLineLastI + 1;
    prevHunkOffset = toPos + 1 - hunk.oldStart;
  }
  for (var i = minLine; i < lines2.length; i++) {
    resultLines.push(lines2[i]);
  }
  return resultLines.join("\n");
}
function applyPatches(uniDiff, options) {
  var spDiff = typeof uniDiff === "string" ? parsePatch(uniDiff) : uniDiff;
  var currentIndex = 0;
  function processIndex() {
    var index = spDiff[currentIndex++];
    if (!index) {
      return options.complete();
    }
    options.loadFile(index, function(err, data) {
      if (err) {
        return options.complete(err);
      }
      var updatedContent = applyPatch(data, index, options);
      options.patched(index, updatedContent, function(err2) {
        if (err2) {
          return options.complete(err2);
        }
        processIndex();
      });
    });
  }
  processIndex();
}
var init_apply = __esm({
  "node_modules/diff/libesm/patch/apply.js"() {
    init_string();
    init_line_endings();
    init_parse();
    init_distance_iterator();
  }
});

// node_modules/diff/libesm/patch/reverse.js
function reversePatch(structuredPatch2) {
  if (Array.isArray(structuredPatch2)) {
    return structuredPatch2.map(function(patch) {
      return reversePatch(patch);
    }).reverse();
  }
  return __assign2(__assign2({}, structuredPatch2), { oldFileName: structuredPatch2.newFileName, oldHeader: structuredPatch2.newHeader, newFileName: structuredPatch2.oldFileName, newHeader: structuredPatch2.oldHeader, hunks: structuredPatch2.hunks.map(function(hunk) {
    return {
      oldLines: hunk.newLines,
      oldStart: hunk.newStart,
      newLines: hunk.oldLines,
      newStart: hunk.oldStart,
      lines: hunk.lines.map(function(l) {
        if (l.startsWith("-")) {
          return "+".concat(l.slice(1));
        }
        if (l.startsWith("+")) {
          return "-".concat(l.slice(1));
        }
        return l;
      })
    };
  }) });
}
var __assign2;
var init_reverse = __esm({
  "node_modules/diff/libesm/patch/reverse.js"() {
    __assign2 = function() {
      __assign2 = Object.assign || function(t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
          s = arguments[i];
          for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p))
            t[p] = s[p];
        }
        return t;
      };
      return __assign2.apply(this, arguments);
    };
  }
});

// node_modules/diff/libesm/patch/create.js
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  var optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  var context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    var callback_1 = optionsObj.callback;
    diffLines(oldStr, newStr, __assign3(__assign3({}, optionsObj), { callback: function(diff) {
      var patch = diffLinesResultToPatch(diff);
      callback_1(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines3) {
      return lines3.map(function(entry) {
        return " " + entry;
      });
    }
    var hunks = [];
    var oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (var i = 0; i < diff.length; i++) {
      var current = diff[i], lines2 = current.lines || splitLines(current.value);
      current.lines = lines2;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          var prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (var _i = 0, lines_1 = lines2; _i < lines_1.length; _i++) {
          var line = lines_1[_i];
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines2.length;
        } else {
          oldLine += lines2.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines2.length <= context * 2 && i < diff.length - 2) {
            for (var _a = 0, _b = contextLines(lines2); _a < _b.length; _a++) {
              var line = _b[_a];
              curRange.push(line);
            }
          } else {
            var contextSize = Math.min(lines2.length, context);
            for (var _c = 0, _d = contextLines(lines2.slice(0, contextSize)); _c < _d.length; _c++) {
              var line = _d[_c];
              curRange.push(line);
            }
            var hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines2.length;
        newLine += lines2.length;
      }
    }
    for (var _e = 0, hunks_1 = hunks; _e < hunks_1.length; _e++) {
      var hunk = hunks_1[_e];
      for (var i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch) {
  if (Array.isArray(patch)) {
    return patch.map(formatPatch).join("\n");
  }
  var ret = [];
  if (patch.oldFileName == patch.newFileName) {
    ret.push("Index: " + patch.oldFileName);
  }
  ret.push("===================================================================");
  ret.push("--- " + patch.oldFileName + (typeof patch.oldHeader === "undefined" ? "" : "	" + patch.oldHeader));
  ret.push("+++ " + patch.newFileName + (typeof patch.newHeader === "undefined" ? "" : "	" + patch.newHeader));
  for (var i = 0; i < patch.hunks.length; i++) {
    var hunk = patch.hunks[i];
    if (hunk.oldLines === 0) {
      hunk.oldStart -= 1;
    }
    if (hunk.newLines === 0) {
      hunk.newStart -= 1;
    }
    ret.push("@@ -" + hunk.oldStart + "," + hunk.oldLines + " +" + hunk.newStart + "," + hunk.newLines + " @@");
    for (var _i = 0, _a = hunk.lines; _i < _a.length; _i++) {
      var line = _a[_i];
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    var patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj);
  } else {
    var callback_2 = options.callback;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, __assign3(__assign3({}, options), { callback: function(patchObj2) {
      if (!patchObj2) {
        callback_2(void 0);
      } else {
        callback_2(formatPatch(patchObj2));
      }
    } }));
  }
}
function createPatch(fileName, oldStr, newStr, oldHeader, newHeader, options) {
  return createTwoFilesPatch(fileName, fileName, oldStr, newStr, oldHeader, newHeader, options);
}
function splitLines(text) {
  var hasTrailingNl = text.endsWith("\n");
  var result = text.split("\n").map(function(line) {
    return line + "\n";
  });
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}
var __assign3;
var init_create = __esm({
  "node_modules/diff/libesm/patch/create.js"() {
    init_line();
    __assign3 = function() {
      __assign3 = Object.assign || function(t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
          s = arguments[i];
          for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p))
            t[p] = s[p];
        }
        return t;
      };
      return __assign3.apply(this, arguments);
    };
  }
});

// node_modules/diff/libesm/convert/dmp.js
function convertChangesToDMP(changes) {
  var ret = [];
  var change, operation;
  for (var i = 0; i < changes.length; i++) {
    change = changes[i];
    if (change.added) {
      operation = 1;
    } else if (change.removed) {
      operation = -1;
    } else {
      operation = 0;
    }
    ret.push([operation, change.value]);
  }
  return ret;
}
var init_dmp = __esm({
  "node_modules/diff/libesm/convert/dmp.js"() {
  }
});

// node_modules/diff/libesm/convert/xml.js
function convertChangesToXML(changes) {
  var ret = [];
  for (var i = 0; i < changes.length; i++) {
    var change = changes[i];
    if (change.added) {
      ret.push("<ins>");
    } else if (change.removed) {
      ret.push("<del>");
    }
    ret.push(escapeHTML(change.value));
    if (change.added) {
      ret.push("</ins>");
    } else if (change.removed) {
      ret.push("</del>");
    }
  }
  return ret.join("");
}
function escapeHTML(s) {
  var n = s;
  n = n.replace(/&/g, "&amp;");
  n = n.replace(/</g, "&lt;");
  n = n.replace(/>/g, "&gt;");
  n = n.replace(/"/g, "&quot;");
  return n;
}
var init_xml = __esm({
  "node_modules/diff/libesm/convert/xml.js"() {
  }
});

// node_modules/diff/libesm/index.js
var libesm_exports = {};
__export(libesm_exports, {
  Diff: () => base_default,
  applyPatch: () => applyPatch,
  applyPatches: () => applyPatches,
  arrayDiff: () => arrayDiff,
  canonicalize: () => canonicalize,
  characterDiff: () => characterDiff,
  convertChangesToDMP: () => convertChangesToDMP,
  convertChangesToXML: () => convertChangesToXML,
  createPatch: () => createPatch,
  createTwoFilesPatch: () => createTwoFilesPatch,
  cssDiff: () => cssDiff,
  diffArrays: () => diffArrays,
  diffChars: () => diffChars,
  diffCss: () => diffCss,
  diffJson: () => diffJson,
  diffLines: () => diffLines,
  diffSentences: () => diffSentences,
  diffTrimmedLines: () => diffTrimmedLines,
  diffWords: () => diffWords,
  diffWordsWithSpace: () => diffWordsWithSpace,
  formatPatch: () => formatPatch,
  jsonDiff: () => jsonDiff,
  lineDiff: () => lineDiff,
  parsePatch: () => parsePatch,
  reversePatch: () => reversePatch,
  sentenceDiff: () => sentenceDiff,
  structuredPatch: () => structuredPatch,
  wordDiff: () => wordDiff,
  wordsWithSpaceDiff: () => wordsWithSpaceDiff
});
var init_libesm = __esm({
  "node_modules/diff/libesm/index.js"() {
    init_base();
    init_character();
    init_word();
    init_line();
    init_sentence();
    init_css();
    init_json();
    init_array();
    init_apply();
    init_parse();
    init_reverse();
    init_create();
    init_dmp();
    init_xml();
  }
});

// src/nix/ast.ts
function staticString(s) {
  if (s.parts.length === 0) return "";
  if (s.parts.length === 1 && s.parts[0].kind === "Literal") return s.parts[0].value;
  return void 0;
}
function unparen(e) {
  let x = e;
  while (x.kind === "Paren") x = x.expr;
  return x;
}
function literalString(s) {
  let out = "";
  for (const p of s.parts) {
    if (p.kind !== "Literal") return void 0;
    out += p.value;
  }
  return out;
}
var init_ast = __esm({
  "src/nix/ast.ts"() {
    "use strict";
  }
});

// src/nix/syntax-error.ts
var NixSyntaxError;
var init_syntax_error = __esm({
  "src/nix/syntax-error.ts"() {
    "use strict";
    init_errors();
    NixSyntaxError = class extends UserError {
      constructor(message, file, loc) {
        super(message, file, { line: loc.line, column: loc.column });
        this.loc = loc;
      }
      loc;
      name = "NixSyntaxError";
    };
  }
});

// src/nix/lexer.ts
function tokenName(kind) {
  return NAMES[kind] ?? "invalid token";
}
function keyword(text, i, len) {
  switch (text.charCodeAt(i)) {
    case 105:
      if (len === 2) {
        const d = text.charCodeAt(i + 1);
        return d === 102 ? IF : d === 110 ? IN : ID;
      }
      return len === 7 && text.startsWith("inherit", i) ? INHERIT : ID;
    case 116:
      return len === 4 && text.startsWith("then", i) ? THEN : ID;
    case 101:
      return len === 4 && text.startsWith("else", i) ? ELSE : ID;
    case 97:
      return len === 6 && text.startsWith("assert", i) ? ASSERT : ID;
    case 119:
      return len === 4 && text.startsWith("with", i) ? WITH : ID;
    case 108:
      return len === 3 && text.startsWith("let", i) ? LET : ID;
    case 114:
      return len === 3 && text.startsWith("rec", i) ? REC : ID;
    case 111:
      return len === 2 && text.charCodeAt(i + 1) === 114 ? OR_KW : ID;
    default:
      return ID;
  }
}
function lex(text, options = {}) {
  return new Lexer(text, options.pipeOperators === true).run();
}
function singleChar(c) {
  switch (c) {
    case 40:
      return LPAREN;
    case 41:
      return RPAREN;
    case 91:
      return LBRACKET;
    case 93:
      return RBRACKET;
    case 59:
      return SEMI;
    case 58:
      return COLON;
    case 44:
      return COMMA;
    case 46:
      return DOT2;
    case 64:
      return AT;
    case 63:
      return QUESTION;
    case 61:
      return ASSIGN;
    case 43:
      return PLUS;
    case 45:
      return MINUS;
    case 42:
      return STAR;
    case 47:
      return SLASH;
    case 60:
      return LT;
    case 62:
      return GT;
    case 33:
      return NOT;
    default:
      return INVALID;
  }
}
function floatEnd(text, i, n) {
  const digit = (at) => {
    if (at >= n) return false;
    const c2 = text.charCodeAt(at);
    return c2 >= 48 && c2 <= 57;
  };
  let j = i;
  const c = text.charCodeAt(i);
  if (c >= 49 && c <= 57) {
    j++;
    while (digit(j)) j++;
    if (j >= n || text.charCodeAt(j) !== 46) return -1;
    j++;
    while (digit(j)) j++;
  } else {
    if (c === 48) j++;
    if (j >= n || text.charCodeAt(j) !== 46 || !digit(j + 1)) return -1;
    j += 2;
    while (digit(j)) j++;
  }
  if (j < n && (text.charCodeAt(j) === 69 || text.charCodeAt(j) === 101)) {
    let k = j + 1;
    if (k < n && (text.charCodeAt(k) === 43 || text.charCodeAt(k) === 45)) k++;
    if (digit(k)) {
      k++;
      while (digit(k)) k++;
      j = k;
    }
  }
  return j;
}
function intOutOfRange(text, start, end) {
  let s = start;
  while (s < end && text.charCodeAt(s) === 48) s++;
  if (end - s !== 19) return end - s > 19;
  return BigInt(text.slice(s, end)) > INT64_MAX;
}
function floatInRange(raw) {
  const v = Number(raw);
  if (!Number.isFinite(v)) return false;
  if (v === 0) return !/[1-9]/.test(raw.replace(/[eE].*$/, ""));
  return Math.abs(v) >= 22250738585072014e-324;
}
var EOF, ID, INT, FLOAT, STR, IND_STR_LIT, IND_STR_ESC, PATH, HPATH, SPATH, URI, PATH_END, IF, THEN, ELSE, ASSERT, WITH, LET, IN, REC, INHERIT, OR_KW, ELLIPSIS2, EQ, NEQ, LEQ, GEQ, AND, OR, IMPL, UPDATE, CONCAT, PIPE_INTO, PIPE_FROM, DOLLAR_CURLY, IND_STRING_OPEN, IND_STRING_CLOSE, LBRACE, RBRACE, LPAREN, RPAREN, LBRACKET, RBRACKET, SEMI, COLON, COMMA, DOT2, AT, QUESTION, ASSIGN, PLUS, MINUS, STAR, SLASH, LT, GT, NOT, QUOTE, INVALID, ERROR, NAMES, C_PATH, C_ID_START, C_ID, C_SCHEME, C_URI, C_DIGIT, C_ALPHA, CLASS, S_DEFAULT, S_STRING, S_IND_STRING, S_INPATH, S_INPATH_SLASH, INT64_MAX, Lexer;
var init_lexer = __esm({
  "src/nix/lexer.ts"() {
    "use strict";
    EOF = 0;
    ID = 1;
    INT = 2;
    FLOAT = 3;
    STR = 4;
    IND_STR_LIT = 5;
    IND_STR_ESC = 6;
    PATH = 7;
    HPATH = 8;
    SPATH = 9;
    URI = 10;
    PATH_END = 11;
    IF = 12;
    THEN = 13;
    ELSE = 14;
    ASSERT = 15;
    WITH = 16;
    LET = 17;
    IN = 18;
    REC = 19;
    INHERIT = 20;
    OR_KW = 21;
    ELLIPSIS2 = 22;
    EQ = 23;
    NEQ = 24;
    LEQ = 25;
    GEQ = 26;
    AND = 27;
    OR = 28;
    IMPL = 29;
    UPDATE = 30;
    CONCAT = 31;
    PIPE_INTO = 32;
    PIPE_FROM = 33;
    DOLLAR_CURLY = 34;
    IND_STRING_OPEN = 35;
    IND_STRING_CLOSE = 36;
    LBRACE = 37;
    RBRACE = 38;
    LPAREN = 39;
    RPAREN = 40;
    LBRACKET = 41;
    RBRACKET = 42;
    SEMI = 43;
    COLON = 44;
    COMMA = 45;
    DOT2 = 46;
    AT = 47;
    QUESTION = 48;
    ASSIGN = 49;
    PLUS = 50;
    MINUS = 51;
    STAR = 52;
    SLASH = 53;
    LT = 54;
    GT = 55;
    NOT = 56;
    QUOTE = 57;
    INVALID = 58;
    ERROR = 59;
    NAMES = [
      "end of file",
      "ID",
      "INT",
      "FLOAT",
      "STR",
      "IND_STR",
      "IND_STR",
      "PATH",
      "HPATH",
      "SPATH",
      "URI",
      "PATH_END",
      "IF",
      "THEN",
      "ELSE",
      "ASSERT",
      "WITH",
      "LET",
      "IN",
      "REC",
      "INHERIT",
      "OR_KW",
      "ELLIPSIS",
      "EQ",
      "NEQ",
      "LEQ",
      "GEQ",
      "AND",
      "OR",
      "IMPL",
      "UPDATE",
      "CONCAT",
      "PIPE_INTO",
      "PIPE_FROM",
      "DOLLAR_CURLY",
      "IND_STRING_OPEN",
      "IND_STRING_CLOSE",
      "'{'",
      "'}'",
      "'('",
      "')'",
      "'['",
      "']'",
      "';'",
      "':'",
      "','",
      "'.'",
      "'@'",
      "'?'",
      "'='",
      "'+'",
      "'-'",
      "'*'",
      "'/'",
      "'<'",
      "'>'",
      "'!'",
      `'"'`,
      "invalid token",
      "invalid token"
    ];
    C_PATH = 1;
    C_ID_START = 2;
    C_ID = 4;
    C_SCHEME = 8;
    C_URI = 16;
    C_DIGIT = 32;
    C_ALPHA = 64;
    CLASS = new Uint8Array(128);
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c);
      let k = 0;
      const alpha = /[a-zA-Z]/.test(ch);
      const digit = /[0-9]/.test(ch);
      if (alpha || digit || "._-+".includes(ch)) k |= C_PATH;
      if (alpha || ch === "_") k |= C_ID_START;
      if (alpha || digit || "_'-".includes(ch)) k |= C_ID;
      if (alpha || digit || "+-.".includes(ch)) k |= C_SCHEME;
      if (alpha || digit || "%/?:@&=+$,-_.!~*'".includes(ch)) k |= C_URI;
      if (digit) k |= C_DIGIT;
      if (alpha) k |= C_ALPHA;
      CLASS[c] = k;
    }
    S_DEFAULT = 0;
    S_STRING = 1;
    S_IND_STRING = 2;
    S_INPATH = 3;
    S_INPATH_SLASH = 4;
    INT64_MAX = 9223372036854775807n;
    Lexer = class {
      constructor(text, pipes) {
        this.text = text;
        this.pipes = pipes;
        this.n = text.length;
        const cap = Math.max(64, (text.length >>> 2) + 16);
        this.kind = new Uint8Array(cap);
        this.start = new Int32Array(cap);
        this.end = new Int32Array(cap);
        this.report = new Int32Array(cap);
      }
      text;
      pipes;
      n;
      count = 0;
      kind;
      start;
      end;
      report;
      comments = new Int32Array(32);
      commentKinds = new Uint8Array(16);
      commentCount = 0;
      /** The state stack, as in Nix's lexer: INITIAL at the bottom is never popped (a stray `}` stays in it). */
      stack = new Int32Array(64);
      depth = 1;
      state = S_DEFAULT;
      /** Start offsets of the last two lexemes (whitespace and comments included): where Nix reports end of file. */
      lastLex = 0;
      prevLex = 0;
      /** Set when a path ended at end of file: Nix then rewinds its location to the lexeme before the path's last piece. */
      unstashedAtEof = false;
      error = void 0;
      i = 0;
      /** The last run measured by `pathCharRun` (`runFrom..runEnd`) and by `schemeRun`. */
      runFrom = -1;
      runEnd = -1;
      schemeFrom = -1;
      schemeEnd = -1;
      /** Set once a `/*` found no `*\/` after it: none follows any later `/*` either. */
      noCommentEnd = false;
      run() {
        const n = this.n;
        while (this.error === void 0) {
          if (this.i >= n) {
            if (this.atEnd()) continue;
            break;
          }
          const state = this.state;
          if (state === S_DEFAULT) this.lexDefault();
          else if (state === S_STRING) this.lexString();
          else if (state === S_IND_STRING) this.lexIndString();
          else this.lexPath();
        }
        this.push(EOF, n, n, this.unstashedAtEof ? this.prevLex : this.lastLex);
        return {
          count: this.count,
          kind: this.kind,
          start: this.start,
          end: this.end,
          report: this.report,
          error: this.error,
          comments: this.comments,
          commentKinds: this.commentKinds,
          commentCount: this.commentCount
        };
      }
      /** At end of the text: true to go on (a path was closed), false to stop. */
      atEnd() {
        const n = this.n;
        if (this.state === S_INPATH) {
          this.push(PATH_END, n, n, this.prevLex);
          this.unstashedAtEof = true;
          this.popState();
          return true;
        }
        if (this.state === S_INPATH_SLASH) this.fail("path has a trailing slash", this.lastLex);
        return false;
      }
      // ---------------------------------------------------------------- output and state
      push(kind, start, end, report) {
        if (this.count === this.kind.length) this.grow();
        const i = this.count++;
        this.kind[i] = kind;
        this.start[i] = start;
        this.end[i] = end;
        this.report[i] = report;
      }
      grow() {
        const cap = this.kind.length * 2;
        const k = new Uint8Array(cap);
        k.set(this.kind);
        this.kind = k;
        const s = new Int32Array(cap);
        s.set(this.start);
        this.start = s;
        const e = new Int32Array(cap);
        e.set(this.end);
        this.end = e;
        const r = new Int32Array(cap);
        r.set(this.report);
        this.report = r;
      }
      comment(kind, start, end) {
        if (this.commentCount === this.commentKinds.length) {
          const k = new Uint8Array(this.commentKinds.length * 2);
          k.set(this.commentKinds);
          this.commentKinds = k;
          const c = new Int32Array(this.comments.length * 2);
          c.set(this.comments);
          this.comments = c;
        }
        this.commentKinds[this.commentCount] = kind;
        this.comments[2 * this.commentCount] = start;
        this.comments[2 * this.commentCount + 1] = end;
        this.commentCount++;
      }
      lexeme(start) {
        this.prevLex = this.lastLex;
        this.lastLex = start;
      }
      emit(kind, start, end) {
        this.prevLex = this.lastLex;
        this.lastLex = start;
        this.push(kind, start, end, start);
      }
      pushState(s) {
        if (this.depth === this.stack.length) {
          const bigger = new Int32Array(this.stack.length * 2);
          bigger.set(this.stack);
          this.stack = bigger;
        }
        this.stack[this.depth++] = s;
        this.state = s;
      }
      popState() {
        if (this.depth > 1) this.depth--;
        this.state = this.stack[this.depth - 1];
      }
      fail(message, at) {
        this.error = message;
        this.push(ERROR, at, at, at);
      }
      // ---------------------------------------------------------------- character helpers
      cls(at) {
        if (at >= this.n) return 0;
        const c = this.text.charCodeAt(at);
        return c < 128 ? CLASS[c] : 0;
      }
      /**
       * End of the run of path characters from `from`. Every token inside one run asks for the same end (`a.b.c`,
       * `-1`, `x+y` look for a `/` after the run), so the last run is remembered: without it, a run of 100,000 `-`
       * costs 5·10⁹ steps (Nix's own lexer is quadratic there: 20 s for `'-' * 100000`).
       */
      pathCharRun(from) {
        if (from >= this.runFrom && from <= this.runEnd) return this.runEnd;
        let k = from;
        const text = this.text;
        const n = this.n;
        while (k < n) {
          const c = text.charCodeAt(k);
          if (c < 128 && CLASS[c] & C_PATH) k++;
          else break;
        }
        this.runFrom = from;
        this.runEnd = k;
        return k;
      }
      /** End of the run of URI scheme characters from `from`, remembered as `pathCharRun` does. */
      schemeRun(from) {
        if (from >= this.schemeFrom && from <= this.schemeEnd) return this.schemeEnd;
        let k = from;
        while (this.cls(k) & C_SCHEME) k++;
        this.schemeFrom = from;
        this.schemeEnd = k;
        return k;
      }
      /** End of `{PATH_CHAR}*(\/{PATH_CHAR}+)+\/?` whose first PATH_CHAR run ends at `run`; -1 if none. */
      pathEnd(run) {
        const text = this.text;
        const n = this.n;
        let k = run;
        let segments = 0;
        while (k < n && text.charCodeAt(k) === 47 && this.cls(k + 1) & C_PATH) {
          k = this.pathCharRun(k + 2);
          segments++;
        }
        if (segments === 0) return -1;
        if (k < n && text.charCodeAt(k) === 47) k++;
        return k;
      }
      isDollarCurly(at) {
        return at + 1 < this.n && this.text.charCodeAt(at) === 36 && this.text.charCodeAt(at + 1) === 123;
      }
      // ---------------------------------------------------------------- start conditions
      /** Inside `"…"`. */
      lexString() {
        const text = this.text;
        const n = this.n;
        const i = this.i;
        const c = text.charCodeAt(i);
        if (c === 34) {
          this.emit(QUOTE, i, i + 1);
          this.i = i + 1;
          this.popState();
          return;
        }
        if (this.isDollarCurly(i)) {
          this.emit(DOLLAR_CURLY, i, i + 2);
          this.i = i + 2;
          this.pushState(S_DEFAULT);
          return;
        }
        let j = i;
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d === 34) break;
          if (d === 92) {
            if (j + 1 < n) {
              j += 2;
              continue;
            }
            break;
          }
          if (d === 36) {
            if (j + 1 >= n) break;
            const e = text.charCodeAt(j + 1);
            if (e === 123 || e === 34) break;
            if (e === 92) {
              if (j + 2 < n) {
                j += 3;
                continue;
              }
              break;
            }
            j += 2;
            continue;
          }
          j++;
        }
        if (j + 1 < n && text.charCodeAt(j) === 36 && text.charCodeAt(j + 1) === 34) j++;
        if (j > i) {
          this.emit(STR, i, j);
          this.i = j;
          return;
        }
        const len = c === 36 && i + 1 < n && text.charCodeAt(i + 1) === 92 ? 2 : 1;
        this.emit(STR, i, i + len);
        this.i = i + len;
      }
      /** Inside `''…''`. */
      lexIndString() {
        const text = this.text;
        const n = this.n;
        const i = this.i;
        const c = text.charCodeAt(i);
        if (c === 39 && i + 1 < n && text.charCodeAt(i + 1) === 39) {
          const d = i + 2 < n ? text.charCodeAt(i + 2) : -1;
          if (d === 39 || d === 36) {
            this.emit(IND_STR_ESC, i, i + 3);
            this.i = i + 3;
          } else if (d === 92 && i + 3 < n) {
            this.emit(IND_STR_ESC, i, i + 4);
            this.i = i + 4;
          } else {
            this.emit(IND_STRING_CLOSE, i, i + 2);
            this.i = i + 2;
            this.popState();
          }
          return;
        }
        if (this.isDollarCurly(i)) {
          this.emit(DOLLAR_CURLY, i, i + 2);
          this.i = i + 2;
          this.pushState(S_DEFAULT);
          return;
        }
        let j = i;
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d === 39) {
            if (j + 1 >= n) break;
            const e = text.charCodeAt(j + 1);
            if (e === 39 || e === 36) break;
            j += 2;
          } else if (d === 36) {
            if (j + 1 >= n) break;
            const e = text.charCodeAt(j + 1);
            if (e === 123 || e === 39) break;
            j += 2;
          } else j++;
        }
        if (j > i) {
          this.emit(IND_STR_LIT, i, j);
          this.i = j;
        } else {
          this.emit(IND_STR_ESC, i, i + 1);
          this.i = i + 1;
        }
      }
      /** After a path's first piece: more pieces, interpolations, or the end of the path. */
      lexPath() {
        const text = this.text;
        const n = this.n;
        const i = this.i;
        if (this.isDollarCurly(i)) {
          this.emit(DOLLAR_CURLY, i, i + 2);
          this.i = i + 2;
          this.popState();
          this.pushState(S_INPATH);
          this.pushState(S_DEFAULT);
          return;
        }
        const run = this.pathCharRun(i);
        let end = run;
        const p = this.pathEnd(run);
        if (p > end) end = p;
        if (run < n && text.charCodeAt(run) === 47 && run + 1 > end) end = run + 1;
        if (end > i) {
          this.emit(STR, i, end);
          this.popState();
          this.pushState(text.charCodeAt(end - 1) === 47 ? S_INPATH_SLASH : S_INPATH);
          this.i = end;
          return;
        }
        if (this.state === S_INPATH_SLASH) {
          this.fail("path has a trailing slash", i);
          return;
        }
        this.push(PATH_END, i, i, this.lastLex);
        this.popState();
      }
      /** The default start condition: one token, or a run of whitespace, or a comment. */
      lexDefault() {
        const text = this.text;
        const n = this.n;
        let i = this.i;
        let c = text.charCodeAt(i);
        if (c === 32 || c === 9 || c === 10 || c === 13) {
          const s = i;
          i++;
          while (i < n) {
            const d = text.charCodeAt(i);
            if (d === 32 || d === 9 || d === 10 || d === 13) i++;
            else break;
          }
          this.lexeme(s);
          this.i = i;
          if (i >= n) return;
          c = text.charCodeAt(i);
        }
        if (c === 35) {
          const s = i;
          while (i < n) {
            const d = text.charCodeAt(i);
            if (d === 10 || d === 13) break;
            i++;
          }
          this.lexeme(s);
          this.comment(0, s, i);
          this.i = i;
          return;
        }
        if (c === 47 && i + 1 < n && text.charCodeAt(i + 1) === 42 && !this.noCommentEnd) {
          const close = text.indexOf("*/", i + 2);
          if (close >= 0) {
            this.lexeme(i);
            this.comment(1, i, close + 2);
            this.i = close + 2;
            return;
          }
          this.noCommentEnd = true;
        }
        const k = c < 128 ? CLASS[c] : 0;
        if (k & C_ID_START) {
          let j = i + 1;
          while (j < n) {
            const d = text.charCodeAt(j);
            if (d < 128 && CLASS[d] & C_ID) j++;
            else break;
          }
          const next = j < n ? text.charCodeAt(j) : 0;
          if (next < 128 && CLASS[next] & C_PATH || next === 47 || next === 58) {
            const run = this.pathCharRun(i);
            const after = run < n ? text.charCodeAt(run) : 0;
            if (after === 47 || after === 58) {
              this.longest(c, k, j - i, ID);
              return;
            }
          }
          const len = j - i;
          this.emit(len >= 2 && len <= 7 ? keyword(text, i, len) : ID, i, j);
          this.i = j;
          return;
        }
        if (k & C_PATH || c === 47) {
          this.longest(c, k, 0, INVALID);
          return;
        }
        this.other(c);
      }
      /**
       * Every candidate that can start at a path character (or `/`); the longest wins, earlier rules win ties
       * (keywords before ID). `best` and `bestKind` are an identifier already measured there, if any.
       */
      longest(c, k, best, bestKind) {
        const text = this.text;
        const n = this.n;
        const i = this.i;
        let j = i + 1;
        if (k & C_DIGIT) {
          while (j < n) {
            const d = text.charCodeAt(j);
            if (d >= 48 && d <= 57) j++;
            else break;
          }
          best = j - i;
          bestKind = INT;
        } else if (best > 0) j = i + best;
        const next = j < n ? text.charCodeAt(j) : 0;
        if (best === 0 || next < 128 && CLASS[next] & C_PATH || next === 47 || next === 58) {
          if (k & C_DIGIT || c === 46) {
            const f = floatEnd(text, i, n);
            if (f - i > best) {
              best = f - i;
              bestKind = FLOAT;
            }
          }
          if (c === 46 && i + 2 < n && text.charCodeAt(i + 1) === 46 && text.charCodeAt(i + 2) === 46 && best < 3) {
            best = 3;
            bestKind = ELLIPSIS2;
          }
          const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
          if (best < 2) {
            if (c === 45 && d === 62) {
              best = 2;
              bestKind = IMPL;
            } else if (c === 43 && d === 43) {
              best = 2;
              bestKind = CONCAT;
            } else if (c === 47 && d === 47) {
              best = 2;
              bestKind = UPDATE;
            }
          }
          const run = this.pathCharRun(i);
          if (run < n && text.charCodeAt(run) === 47 && this.isDollarCurly(run + 1) && run + 3 - i > best) {
            this.emit(PATH, i, run + 1);
            this.i = run + 1;
            this.pushState(S_INPATH_SLASH);
            return;
          }
          const p = this.pathEnd(run);
          if (p - i > best) {
            best = p - i;
            bestKind = PATH;
          }
          if (k & C_ALPHA) {
            let u = this.schemeRun(i + 1);
            if (u < n && text.charCodeAt(u) === 58 && this.cls(u + 1) & C_URI) {
              u += 2;
              while (this.cls(u) & C_URI) u++;
              if (u - i > best) {
                best = u - i;
                bestKind = URI;
              }
            }
          }
          if (best === 0) {
            best = 1;
            bestKind = singleChar(c);
          }
        }
        if (bestKind === ID && best >= 2 && best <= 7) bestKind = keyword(text, i, best);
        if (bestKind === INT && best >= 19 && intOutOfRange(text, i, i + best)) {
          this.lexeme(i);
          this.fail(`invalid integer '${text.slice(i, i + best)}'`, i);
          return;
        }
        if (bestKind === FLOAT && !floatInRange(text.slice(i, i + best))) {
          this.lexeme(i);
          this.fail(`invalid float '${text.slice(i, i + best)}'`, i);
          return;
        }
        this.emit(bestKind, i, i + best);
        this.i = i + best;
        if (bestKind === PATH) this.pushState(text.charCodeAt(i + best - 1) === 47 ? S_INPATH_SLASH : S_INPATH);
      }
      /** Tokens that start with a character that is not a path character. */
      other(c) {
        const text = this.text;
        const n = this.n;
        const i = this.i;
        switch (c) {
          case 126: {
            if (i + 1 < n && text.charCodeAt(i + 1) === 47) {
              if (this.isDollarCurly(i + 2)) {
                this.emit(HPATH, i, i + 2);
                this.i = i + 2;
                this.pushState(S_INPATH_SLASH);
                return;
              }
              const p = this.pathEnd(i + 1);
              if (p > 0) {
                this.emit(HPATH, i, p);
                this.i = p;
                this.pushState(text.charCodeAt(p - 1) === 47 ? S_INPATH_SLASH : S_INPATH);
                return;
              }
            }
            this.emit(INVALID, i, i + 1);
            this.i = i + 1;
            return;
          }
          case 60: {
            let j = i + 1;
            if (this.cls(j) & C_PATH) {
              j = this.pathCharRun(j);
              while (j < n && text.charCodeAt(j) === 47 && this.cls(j + 1) & C_PATH) j = this.pathCharRun(j + 1);
              if (j < n && text.charCodeAt(j) === 62) {
                this.emit(SPATH, i, j + 1);
                this.i = j + 1;
                return;
              }
            }
            const d = i + 1 < n ? text.charCodeAt(i + 1) : -1;
            if (d === 61) {
              this.emit(LEQ, i, i + 2);
              this.i = i + 2;
            } else if (d === 124 && this.pipes) {
              this.emit(PIPE_FROM, i, i + 2);
              this.i = i + 2;
            } else {
              this.emit(LT, i, i + 1);
              this.i = i + 1;
            }
            return;
          }
          case 36:
            if (this.isDollarCurly(i)) {
              this.emit(DOLLAR_CURLY, i, i + 2);
              this.i = i + 2;
              this.pushState(S_DEFAULT);
            } else {
              this.emit(INVALID, i, i + 1);
              this.i = i + 1;
            }
            return;
          case 123:
            this.emit(LBRACE, i, i + 1);
            this.i = i + 1;
            this.pushState(S_DEFAULT);
            return;
          case 125:
            this.emit(RBRACE, i, i + 1);
            this.i = i + 1;
            this.popState();
            return;
          case 34:
            this.emit(QUOTE, i, i + 1);
            this.i = i + 1;
            this.pushState(S_STRING);
            return;
          case 39:
            if (i + 1 < n && text.charCodeAt(i + 1) === 39) {
              let j = i + 2;
              while (j < n && text.charCodeAt(j) === 32) j++;
              const end = j < n && text.charCodeAt(j) === 10 ? j + 1 : i + 2;
              this.emit(IND_STRING_OPEN, i, end);
              this.i = end;
              this.pushState(S_IND_STRING);
            } else {
              this.emit(INVALID, i, i + 1);
              this.i = i + 1;
            }
            return;
          default: {
            const d = i + 1 < n ? text.charCodeAt(i + 1) : -1;
            let kind = INVALID;
            let len = 1;
            if (d === 61 && (c === 61 || c === 33 || c === 62)) {
              kind = c === 61 ? EQ : c === 33 ? NEQ : GEQ;
              len = 2;
            } else if (c === 38 && d === 38) {
              kind = AND;
              len = 2;
            } else if (c === 124 && d === 124) {
              kind = OR;
              len = 2;
            } else if (c === 124 && d === 62 && this.pipes) {
              kind = PIPE_INTO;
              len = 2;
            } else kind = singleChar(c);
            this.emit(kind, i, i + len);
            this.i = i + len;
          }
        }
      }
    };
  }
});

// src/nix/location.ts
var LineIndex;
var init_location = __esm({
  "src/nix/location.ts"() {
    "use strict";
    LineIndex = class {
      constructor(text) {
        this.text = text;
      }
      text;
      /** Offset at which each line starts; `starts[0]` is 0. Made on first use: most parses never need a line. */
      starts = void 0;
      count = 0;
      hint = 0;
      build() {
        const text = this.text;
        let starts = new Int32Array(Math.max(16, (text.length >>> 5) + 1));
        let count2 = 1;
        const add = (at) => {
          if (count2 === starts.length) {
            const bigger = new Int32Array(starts.length * 2);
            bigger.set(starts);
            starts = bigger;
          }
          starts[count2++] = at;
        };
        const n = text.length;
        if (text.indexOf("\r") < 0) {
          for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) add(i + 1);
        } else {
          for (let i = 0; i < n; i++) {
            const c = text.charCodeAt(i);
            if (c === 10 || c === 13) {
              if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
              add(i + 1);
            }
          }
        }
        this.starts = starts;
        this.count = count2;
        return starts;
      }
      /** The 0-based line holding `offset` (a line break belongs to the line it ends). */
      lineOf(offset) {
        const s = this.starts ?? this.build();
        let h = this.hint;
        if (s[h] <= offset && (h + 1 >= this.count || s[h + 1] > offset)) return h;
        if (h + 1 < this.count && s[h + 1] <= offset && (h + 2 >= this.count || s[h + 2] > offset)) {
          this.hint = h + 1;
          return h + 1;
        }
        let lo = 0;
        let hi = this.count - 1;
        while (lo < hi) {
          const mid = lo + hi + 1 >>> 1;
          if (s[mid] <= offset) lo = mid;
          else hi = mid - 1;
        }
        h = lo;
        this.hint = h;
        return h;
      }
      loc(offset) {
        const line = this.lineOf(offset);
        return { offset, line: line + 1, column: offset - this.starts[line] + 1 };
      }
      span(start, end) {
        return { start: this.loc(start), end: this.loc(end) };
      }
    };
  }
});

// src/nix/nodes.ts
var LINES, START, END, OP_START, spans, opSpans, SourceNode, startOf, endOf, IntNode, FloatNode, LiteralNode, InterpolationNode, StringNode, PathNode, SearchPathNode, UriNode, VarNode, CurPosNode, ParenNode, IdentNode, AttrNameNode, AttrBindingNode, InheritNode, AttrSetNode, LegacyLetNode, LetNode, ListNode, FormalNode, FormalsNode, LambdaNode, ApplyNode, SelectNode, HasAttrNode, UnaryNode, BinaryNode, IfNode, AssertNode, WithNode, CommentNode;
var init_nodes = __esm({
  "src/nix/nodes.ts"() {
    "use strict";
    LINES = /* @__PURE__ */ Symbol("lines");
    START = /* @__PURE__ */ Symbol("start");
    END = /* @__PURE__ */ Symbol("end");
    OP_START = /* @__PURE__ */ Symbol("opStart");
    spans = /* @__PURE__ */ new WeakMap();
    opSpans = /* @__PURE__ */ new WeakMap();
    SourceNode = class {
      get span() {
        let span = spans.get(this);
        if (span === void 0) spans.set(this, span = this[LINES].span(this[START], this[END]));
        return span;
      }
    };
    startOf = (n) => n[START];
    endOf = (n) => n[END];
    IntNode = class extends SourceNode {
      constructor(lines2, start, end, value, raw) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = "Int";
        this.value = value;
        this.raw = raw;
      }
    };
    FloatNode = class extends SourceNode {
      constructor(lines2, start, end, value, raw) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = "Float";
        this.value = value;
        this.raw = raw;
      }
    };
    LiteralNode = class extends SourceNode {
      constructor(lines2, start, end, value) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = "Literal";
        this.value = value;
      }
    };
    InterpolationNode = class extends SourceNode {
      constructor(lines2, start, end, expr) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = "Interpolation";
        this.expr = expr;
      }
    };
    StringNode = class extends SourceNode {
      constructor(lines2, start, end, indented, parts) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = "String";
        this.indented = indented;
        this.parts = parts;
      }
    };
    PathNode = class extends SourceNode {
      constructor(lines2, start, end, base, parts) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = "Path";
        this.base = base;
        this.parts = parts;
      }
    };
    SearchPathNode = class extends SourceNode {
      constructor(lines2, start, end, path16) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = "SearchPath";
        this.path = path16;
      }
    };
    UriNode = class extends SourceNode {
      constructor(lines2, start, end, value) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = "Uri";
        this.value = value;
      }
    };
    VarNode = class extends SourceNode {
      constructor(lines2, start, end, name) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = "Var";
        this.name = name;
      }
    };
    CurPosNode = class extends SourceNode {
      constructor(lines2, start, end) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = "CurPos";
      }
    };
    ParenNode = class extends SourceNode {
      constructor(lines2, start, end, expr) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = "Paren";
        this.expr = expr;
      }
    };
    IdentNode = class extends SourceNode {
      constructor(lines2, start, end, name) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.name = name;
      }
    };
    AttrNameNode = class extends SourceNode {
      constructor(lines2, start, end, syntax, name, expr) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.syntax = syntax;
        if (name !== void 0) this.name = name;
        if (expr !== void 0) this.expr = expr;
      }
    };
    AttrBindingNode = class extends SourceNode {
      constructor(lines2, start, end, path16, value) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = "AttrBinding";
        this.path = path16;
        this.value = value;
      }
    };
    InheritNode = class extends SourceNode {
      constructor(lines2, start, end, names, from) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = "Inherit";
        this.names = names;
        if (from !== void 0) this.from = from;
      }
    };
    AttrSetNode = class extends SourceNode {
      constructor(lines2, start, end, recursive, bindings) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = "AttrSet";
        this.recursive = recursive;
        this.bindings = bindings;
      }
    };
    LegacyLetNode = class extends SourceNode {
      constructor(lines2, start, end, bindings) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = "LegacyLet";
        this.bindings = bindings;
      }
    };
    LetNode = class extends SourceNode {
      constructor(lines2, start, end, bindings, body) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = "Let";
        this.bindings = bindings;
        this.body = body;
      }
    };
    ListNode = class extends SourceNode {
      constructor(lines2, start, end, elements) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = "List";
        this.elements = elements;
      }
    };
    FormalNode = class extends SourceNode {
      constructor(lines2, start, end, name, def) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.name = name;
        if (def !== void 0) this.default = def;
      }
    };
    FormalsNode = class extends SourceNode {
      constructor(lines2, start, end, entries, ellipsis) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.entries = entries;
        this.ellipsis = ellipsis;
      }
    };
    LambdaNode = class extends SourceNode {
      constructor(lines2, start, end, param, formals, paramPosition, body) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = "Lambda";
        if (param !== void 0) this.param = param;
        if (formals !== void 0) this.formals = formals;
        if (paramPosition !== void 0) this.paramPosition = paramPosition;
        this.body = body;
      }
    };
    ApplyNode = class extends SourceNode {
      constructor(lines2, start, end, fn, arg) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = "Apply";
        this.fn = fn;
        this.arg = arg;
      }
    };
    SelectNode = class extends SourceNode {
      constructor(lines2, start, end, expr, path16, def) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = "Select";
        this.expr = expr;
        this.path = path16;
        if (def !== void 0) this.default = def;
      }
    };
    HasAttrNode = class extends SourceNode {
      constructor(lines2, start, end, expr, path16) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = "HasAttr";
        this.expr = expr;
        this.path = path16;
      }
    };
    UnaryNode = class extends SourceNode {
      constructor(lines2, start, end, op, expr) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = "Unary";
        this.op = op;
        this.expr = expr;
      }
    };
    BinaryNode = class extends SourceNode {
      constructor(lines2, start, end, op, opStart, left, right) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = "Binary";
        this.op = op;
        this.left = left;
        this.right = right;
        this[OP_START] = opStart;
      }
      /** The operator token (every binary operator is ASCII, so its length is its name's). */
      get opSpan() {
        let span = opSpans.get(this);
        if (span === void 0) {
          const at = this[OP_START];
          opSpans.set(this, span = this[LINES].span(at, at + this.op.length));
        }
        return span;
      }
    };
    IfNode = class extends SourceNode {
      cond;
      then;
      else;
      constructor(lines2, start, end, cond, then, els) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = "If";
        this.cond = cond;
        this.then = then;
        this.else = els;
      }
    };
    AssertNode = class extends SourceNode {
      constructor(lines2, start, end, cond, body) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = "Assert";
        this.cond = cond;
        this.body = body;
      }
    };
    WithNode = class extends SourceNode {
      constructor(lines2, start, end, env, body) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = "With";
        this.env = env;
        this.body = body;
      }
    };
    CommentNode = class extends SourceNode {
      constructor(lines2, start, end, kind, text) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = kind;
        this.text = text;
      }
    };
  }
});

// src/nix/scope.ts
function checkScopes(root, owners, fail) {
  new ScopeChecker(owners, fail).check(root, void 0);
}
var NIX_GLOBALS, MAX_DEPTH, ScopeChecker;
var init_scope = __esm({
  "src/nix/scope.ts"() {
    "use strict";
    init_nodes();
    NIX_GLOBALS = new Set(
      "__add __addErrorContext __all __any __appendContext __attrNames __attrValues __bitAnd __bitOr __bitXor __catAttrs __ceil __compareVersions __concatLists __concatMap __concatStringsSep __currentSystem __currentTime __deepSeq __div __elem __elemAt __fetchurl __filter __filterSource __findFile __floor __foldl' __fromJSON __functionArgs __genList __genericClosure __getAttr __getContext __getEnv __getFlake __groupBy __hasAttr __hasContext __hashFile __hashString __head __intersectAttrs __isAttrs __isBool __isFloat __isFunction __isInt __isList __isPath __isString __langVersion __length __lessThan __listToAttrs __mapAttrs __match __mul __nixPath __nixVersion __parseDrvName __partition __path __pathExists __readDir __readFile __replaceStrings __seq __sort __split __splitVersion __storeDir __storePath __stringLength __sub __substring __tail __toFile __toJSON __toPath __toXML __trace __tryEval __typeOf __unsafeDiscardOutputDependency __unsafeDiscardStringContext __unsafeGetAttrPos __zipAttrsWith abort baseNameOf builtins derivation derivationStrict dirOf false fetchGit fetchMercurial fetchTarball fetchTree fromTOML import isNull map null placeholder removeAttrs scopedImport throw toString true".split(" ")
    );
    MAX_DEPTH = 1e3;
    ScopeChecker = class {
      constructor(owners, fail) {
        this.owners = owners;
        this.fail = fail;
      }
      owners;
      fail;
      /** Children listed and not yet checked; `top` is the first free slot. */
      kids = [];
      kidScopes = [];
      top = 0;
      depth = 0;
      /** Set while children are only listed (inside an attribute set's own checks, and in `walk`). */
      listing = false;
      push(e, scope) {
        this.kids[this.top] = e;
        this.kidScopes[this.top] = scope;
        this.top++;
      }
      /** A child of the node being visited: checked now, or listed when listing. */
      child(e, scope) {
        if (this.listing) this.push(e, scope);
        else this.check(e, scope);
      }
      check(e, scope) {
        if (this.depth >= MAX_DEPTH) {
          this.walk(e, scope);
          return;
        }
        this.depth++;
        this.visit(e, scope);
        this.depth--;
      }
      /** The same order as `check`, with an explicit stack. */
      walk(root, rootScope) {
        const listing = this.listing;
        this.listing = true;
        const exprs = [root];
        const scopes = [rootScope];
        while (exprs.length > 0) {
          const e = exprs.pop();
          const scope = scopes.pop();
          const base = this.top;
          this.visit(e, scope);
          for (let i = this.top - 1; i >= base; i--) {
            exprs.push(this.kids[i]);
            scopes.push(this.kidScopes[i]);
          }
          this.top = base;
        }
        this.listing = listing;
      }
      /**
       * Fails unless a scope around (or the builtins) binds `name`. A name used again from the same scope is not looked
       * up again: scopes nest up to the parser's 512 levels, and walking them for each of 100,000 uses took seconds.
       */
      checkName(name, offset, scope) {
        if (scope?.known?.has(name)) return;
        let found = false;
        for (let s = scope; s; s = s.up)
          if (s.names.has(name)) {
            found = true;
            break;
          }
        if (!found && !NIX_GLOBALS.has(name)) this.fail(`undefined variable '${name}'`, offset);
        if (scope) (scope.known ??= /* @__PURE__ */ new Set()).add(name);
      }
      /**
       * An attribute set (`body` absent) or a `let` (`body` its body, checked in `own`): inherited names first, then
       * the values in order.
       */
      group(a, own, outer, body) {
        if (this.listing) {
          this.defs(a, own, outer);
          if (body) this.push(body, own);
          return;
        }
        const base = this.top;
        this.listing = true;
        this.defs(a, own, outer);
        if (body) this.push(body, own);
        this.listing = false;
        const end = this.top;
        for (let i = base; i < end; i++) this.check(this.kids[i], this.kidScopes[i]);
        this.top = base;
      }
      /**
       * Lists a set's definitions in order, a nested set's in place. A dotted path makes one nested set per name, so
       * nesting is as deep as a path is long (`a.a.a… = x;` 100,000 names long, which Nix parses): an explicit stack
       * of the sets being listed, not recursion.
       */
      defs(a, own, outer) {
        const stack = [];
        let f = { a, own, outer, values: a.attrs.values(), dynamic: -1 };
        while (true) {
          let d;
          if (f.dynamic < 0) {
            const next = f.values.next();
            if (next.done === true) f.dynamic = 0;
            else d = next.value;
          }
          if (d === void 0 && f.dynamic >= 0 && f.a.dynamics !== void 0 && f.dynamic < f.a.dynamics.length) {
            const dyn = f.a.dynamics[f.dynamic++];
            this.push(dyn.name, f.own);
            d = dyn.def;
          }
          if (d === void 0) {
            const up = stack.pop();
            if (up === void 0) return;
            f = up;
            continue;
          }
          switch (d.kind) {
            case "expr":
              this.push(d.expr, f.own);
              break;
            case "attrs": {
              const nested = d.attrs;
              stack.push(f);
              const own2 = nested.recursive ? { names: nested.attrs, up: f.own } : f.own;
              f = { a: nested, own: own2, outer: f.own, values: nested.attrs.values(), dynamic: -1 };
              break;
            }
            case "inherit":
              this.checkName(d.name, startOf(d.at), f.outer);
              break;
            case "inheritFrom":
              this.push(d.from, f.own);
              break;
          }
        }
      }
      parts(ps, scope) {
        for (let i = 0; i < ps.length; i++) {
          const p = ps[i];
          if (p.kind === "Interpolation") this.child(p.expr, scope);
        }
      }
      names(path16, scope) {
        for (let i = 0; i < path16.length; i++) {
          const p = path16[i];
          if (p.name === void 0 && p.expr) this.child(p.expr, scope);
        }
      }
      visit(e, scope) {
        switch (e.kind) {
          case "Var":
            this.checkName(e.name, startOf(e), scope);
            return;
          case "String":
          case "Path":
            this.parts(e.parts, scope);
            return;
          case "Apply":
            this.child(e.fn, scope);
            this.child(e.arg, scope);
            return;
          case "Binary":
            this.child(e.left, scope);
            this.child(e.right, scope);
            return;
          case "Select":
            this.child(e.expr, scope);
            this.names(e.path, scope);
            if (e.default) this.child(e.default, scope);
            return;
          case "Int":
          case "Float":
          case "SearchPath":
          case "Uri":
          case "CurPos":
            return;
          case "AttrSet":
          case "LegacyLet": {
            const a = this.owners.get(e);
            this.group(a, a.recursive ? { names: a.attrs, up: scope } : scope, scope, void 0);
            return;
          }
          case "Paren":
          case "Unary":
            this.child(e.expr, scope);
            return;
          case "List":
            for (let i = 0; i < e.elements.length; i++) this.child(e.elements[i], scope);
            return;
          case "Let": {
            const a = this.owners.get(e);
            this.group(a, { names: a.attrs, up: scope }, scope, e.body);
            return;
          }
          case "Lambda": {
            const names = /* @__PURE__ */ new Set();
            if (e.param) names.add(e.param.name);
            if (e.formals) for (const f of e.formals.entries) names.add(f.name.name);
            const own = { names, up: scope };
            if (e.formals) {
              for (const f of e.formals.entries) if (f.default) this.child(f.default, own);
            }
            this.child(e.body, own);
            return;
          }
          case "HasAttr":
            this.child(e.expr, scope);
            this.names(e.path, scope);
            return;
          case "If":
            this.child(e.cond, scope);
            this.child(e.then, scope);
            this.child(e.else, scope);
            return;
          case "Assert":
            this.child(e.cond, scope);
            this.child(e.body, scope);
            return;
          case "With":
            this.child(e.env, scope);
            return;
        }
      }
    };
  }
});

// src/nix/parser.ts
function parse(text, options = {}) {
  const parser = new Parser(text, options, TREE);
  const expr = parser.parseExpr();
  if (parser.scopesUnsure) new Parser(text, options, SCOPES).parseExpr();
  return expr;
}
function parseFile(text, options = {}) {
  const parser = new Parser(text, options, TREE);
  const file = parser.parseFile();
  if (parser.scopesUnsure) new Parser(text, options, SCOPES).parseExpr();
  return file;
}
function check(text, options = {}) {
  const parser = new Parser(text, options, CHECK);
  parser.parseExpr();
  if (parser.scopesUnsure) new Parser(text, options, SCOPES).parseExpr();
}
function showName(name) {
  if (/^[a-zA-Z_][a-zA-Z0-9_'-]*$/.test(name) && name !== "if") return name;
  return `"${name.replace(/["\\$\n\r\t]/g, (c) => c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "	" ? "\\t" : `\\${c}`)}"`;
}
function newAttrs(recursive) {
  return { recursive, attrs: /* @__PURE__ */ new Map(), dynamics: void 0 };
}
var TREE, SCOPES, CHECK, HOLE, MAX_DEPTH2, NO_ITEMS, P_PIPE, P_IMPL, P_OR, P_AND, P_EQ, P_CMP, P_UPDATE, P_NOT, P_ADD, P_MUL, P_CONCAT, P_HAS, P_NEGATE, LEFT, RIGHT, NONASSOC, BINOP_LIST, BIN_PREC, BIN_ASSOC, BIN_OP, STARTS_SELECT, ATTR_EXPECTING, Parser;
var init_parser = __esm({
  "src/nix/parser.ts"() {
    "use strict";
    init_ast();
    init_syntax_error();
    init_lexer();
    init_location();
    init_scope();
    init_strings();
    init_nodes();
    TREE = 0;
    SCOPES = 1;
    CHECK = 2;
    HOLE = new VarNode(new LineIndex(""), 0, 0, "");
    MAX_DEPTH2 = 512;
    NO_ITEMS = [];
    P_PIPE = 1;
    P_IMPL = 2;
    P_OR = 3;
    P_AND = 4;
    P_EQ = 5;
    P_CMP = 6;
    P_UPDATE = 7;
    P_NOT = 8;
    P_ADD = 9;
    P_MUL = 10;
    P_CONCAT = 11;
    P_HAS = 12;
    P_NEGATE = 13;
    LEFT = 0;
    RIGHT = 1;
    NONASSOC = 2;
    BINOP_LIST = [
      [PIPE_INTO, P_PIPE, LEFT, "|>"],
      [PIPE_FROM, P_PIPE, RIGHT, "<|"],
      [IMPL, P_IMPL, RIGHT, "->"],
      [OR, P_OR, LEFT, "||"],
      [AND, P_AND, LEFT, "&&"],
      [EQ, P_EQ, NONASSOC, "=="],
      [NEQ, P_EQ, NONASSOC, "!="],
      [LT, P_CMP, NONASSOC, "<"],
      [GT, P_CMP, NONASSOC, ">"],
      [LEQ, P_CMP, NONASSOC, "<="],
      [GEQ, P_CMP, NONASSOC, ">="],
      [UPDATE, P_UPDATE, RIGHT, "//"],
      [PLUS, P_ADD, LEFT, "+"],
      [MINUS, P_ADD, LEFT, "-"],
      [STAR, P_MUL, LEFT, "*"],
      [SLASH, P_MUL, LEFT, "/"],
      [CONCAT, P_CONCAT, RIGHT, "++"]
    ];
    BIN_PREC = new Uint8Array(64);
    BIN_ASSOC = new Uint8Array(64);
    BIN_OP = [];
    for (const [k, prec, assoc, op] of BINOP_LIST) {
      BIN_PREC[k] = prec;
      BIN_ASSOC[k] = assoc;
      BIN_OP[k] = op;
    }
    STARTS_SELECT = new Uint8Array(64);
    for (const k of [
      ID,
      INT,
      FLOAT,
      QUOTE,
      IND_STRING_OPEN,
      PATH,
      HPATH,
      SPATH,
      URI,
      LPAREN,
      LBRACE,
      LBRACKET,
      LET,
      REC
    ])
      STARTS_SELECT[k] = 1;
    ATTR_EXPECTING = `ID or OR_KW or DOLLAR_CURLY or '"'`;
    Parser = class {
      constructor(text, options, mode) {
        this.text = text;
        this.owners = mode === SCOPES ? /* @__PURE__ */ new Map() : void 0;
        this.light = mode === CHECK;
        this.file = options.file ?? "(string)";
        this.toks = lex(text, { pipeOperators: options.pipeOperators === true });
        this.kinds = this.toks.kind;
        this.starts = this.toks.start;
        this.ends = this.toks.end;
        this.lines = new LineIndex(text);
        const slots = Math.min(4096, Math.max(64, 1 << 32 - Math.clz32(text.length >>> 6)));
        this.names = new Array(slots).fill("");
        this.nameMask = slots - 1;
      }
      text;
      toks;
      kinds;
      starts;
      ends;
      lines;
      file;
      pos = 0;
      /** Index of the token right after a `{ }` that began a function-or-set: Nix then expects ':' or '@' there. */
      emptyBraceNext = -1;
      /**
       * Each attribute set's and `let`'s attributes as Nix merges them, for the tree walk of scope.ts; kept only by a
       * parser made for that walk (SCOPES): the usual parse lets them go as soon as each set is done.
       */
      owners;
      /** The attribute set literal parsed last and its attributes (what `addAttr` merges when it is a binding's value). */
      lastSet = void 0;
      lastSetAttrs = void 0;
      /** Set when the variables need the tree walk and this parser kept nothing for it: parse again with SCOPES. */
      scopesUnsure = false;
      /** Checking only (CHECK): expressions nobody reads are HOLE, except inside attribute names. */
      light;
      /**
       * Items of arrays being built (bindings, path elements, string parts, list elements…), as a stack shared by
       * nested constructs; each finished array is sliced out at its exact size (arrays grown by push keep a large
       * backing store, which would stay alive with the tree).
       */
      scratch = [];
      /** Items in use on `scratch` (entries above it are stale and overwritten as it grows again). */
      top = 0;
      /**
       * Identifiers met so far, by a hash of their text (one per slot, the last one wins): names repeat (`lib`,
       * `stdenv`, `pname`), and one string for all copies of a name saves an allocation per copy.
       */
      names;
      nameMask;
      /**
       * Variables seen and not yet bound by an enclosing scope, innermost last: each lambda, `let`, `rec` set and
       * `with` lists its own from `base` on and, as it ends, keeps only those it does not bind (a `with` binds all).
       * If none is left at the top that is not a builtin, no variable is undefined and the tree walk of scope.ts is
       * skipped; otherwise (or after an attribute merge, which changes scopes afterwards) that walk decides, and names
       * the variable Nix would. This check is never less strict than the walk: it looks at every variable the walk
       * does (and some it skips), each in the same scopes or fewer.
       */
      pending = [];
      /** Per pending name: how many more scopes it skips (an inherited name is looked up outside its own set or let). */
      pendingSkip = [];
      pendingTop = 0;
      /** Set when a literal attribute set was merged into another: its `rec` no longer counts. */
      scopesMerged = false;
      /** Constructs open around the current token (see MAX_DEPTH). */
      depth = 0;
      parseFile() {
        const expr = this.parseExpr();
        const comments = [];
        const c = this.toks;
        for (let i = 0; i < c.commentCount; i++) {
          const s = c.comments[2 * i];
          const e = c.comments[2 * i + 1];
          comments.push(
            new CommentNode(this.lines, s, e, c.commentKinds[i] === 1 ? "block" : "line", this.text.slice(s, e))
          );
        }
        return { expr, comments };
      }
      /** The whole file as one expression, with Nix's checks; comments are left aside. */
      parseExpr() {
        let expr;
        try {
          expr = this.parseFunction();
          if (this.peek() !== EOF) this.unexpected("end of file");
          if (this.scopesMerged || this.unbound()) {
            if (this.owners) checkScopes(expr, this.owners, (message, offset) => this.fail(message, offset));
            else this.scopesUnsure = true;
          }
        } catch (e) {
          if (e instanceof RangeError && /call stack/i.test(e.message))
            this.fail("expression nested too deeply to parse", this.starts[Math.min(this.pos, this.toks.count - 1)]);
          throw e;
        }
        return expr;
      }
      // ------------------------------------------------------------------ scopes
      use(name, skip) {
        this.pending[this.pendingTop] = name;
        this.pendingSkip[this.pendingTop] = skip;
        this.pendingTop++;
      }
      /**
       * Ends the scope whose variables were listed from `base`: keeps those it does not bind. `names` is what it
       * binds: one name (a lambda's parameter), a set or map of names, or `null` for a `with` (which binds any).
       */
      closeScope(base, names) {
        if (names === null) {
          this.pendingTop = base;
          return;
        }
        const pending = this.pending;
        const skips = this.pendingSkip;
        const top = this.pendingTop;
        const seen = top - base > 32 ? /* @__PURE__ */ new Set() : void 0;
        let k = base;
        for (let i = base; i < top; i++) {
          const name = pending[i];
          const skip = skips[i];
          if (skip > 0) {
            if (skip === 1 && seen !== void 0) {
              if (seen.has(name)) continue;
              seen.add(name);
            }
            pending[k] = name;
            skips[k++] = skip - 1;
          } else if (typeof names === "string" ? name !== names : !names.has(name)) {
            if (seen !== void 0) {
              if (seen.has(name)) continue;
              seen.add(name);
            }
            pending[k] = name;
            skips[k++] = 0;
          }
        }
        this.pendingTop = k;
      }
      /** Whether a variable is left that no scope binds and is no builtin. */
      unbound() {
        for (let i = 0; i < this.pendingTop; i++) if (!NIX_GLOBALS.has(this.pending[i])) return true;
        return false;
      }
      // ------------------------------------------------------------------ tokens and errors
      /** Kind of the token `ahead` positions on; reaching a lexer error raises it (as Nix's lexer would). */
      peek(ahead = 0) {
        const i = this.pos + ahead;
        const k = this.kinds[i];
        if (k === ERROR) this.fail(this.toks.error ?? "syntax error", this.toks.report[i]);
        return k;
      }
      tokenText(i = this.pos) {
        return this.text.slice(this.starts[i], this.ends[i]);
      }
      /** The text of identifier token `i` (an ID or `or`), the same string for every copy of a short name. */
      name(i) {
        const text = this.text;
        const s = this.starts[i];
        const e = this.ends[i];
        const len = e - s;
        if (len > 32) return text.slice(s, e);
        let h = len;
        for (let k = s; k < e; k++) h = Math.imul(h, 31) + text.charCodeAt(k) | 0;
        const slot = (h ^ h >>> 12) & this.nameMask;
        const seen = this.names[slot];
        if (seen.length === len && text.startsWith(seen, s)) return seen;
        const name = text.slice(s, e);
        this.names[slot] = name;
        return name;
      }
      keep(item) {
        this.scratch[this.top++] = item;
      }
      /** Pops the items pushed on `scratch` since `base`; as an array, unless checking only. */
      takeOrDrop(base) {
        if (!this.light) return this.take(base);
        this.top = base;
        return NO_ITEMS;
      }
      /** The items pushed on `scratch` since `base`, as an exact-size array; pops them. */
      take(base) {
        const out = this.scratch.slice(base, this.top);
        this.top = base;
        return out;
      }
      /** One more construct open around the current token; the caller closes it with `this.depth--`. */
      deeper() {
        if (++this.depth > MAX_DEPTH2) this.tooDeep();
      }
      /** Past MAX_DEPTH: at the start of the expression one level too deep. */
      tooDeep() {
        this.fail(`expression nested too deeply to parse (more than ${MAX_DEPTH2} levels)`, this.starts[this.pos]);
      }
      fail(message, offset) {
        throw new NixSyntaxError(message, this.file, this.lines.loc(offset));
      }
      /** "syntax error, unexpected X[, expecting Y]" at the current token. */
      unexpected(expecting) {
        const i = this.pos;
        const k = this.peek();
        let msg = `syntax error, unexpected ${tokenName(k)}`;
        if (i === this.emptyBraceNext) msg += `, expecting ':' or '@'`;
        else if (expecting) msg += `, expecting ${expecting}`;
        this.fail(msg, this.toks.report[i]);
      }
      expect(kind, expecting) {
        if (this.peek() !== kind) this.unexpected(expecting);
        return this.pos++;
      }
      // ------------------------------------------------------------------ expressions
      /** expr_function, one nesting level deeper (see MAX_DEPTH). */
      parseFunction() {
        this.deeper();
        const e = this.parseFunctionHere();
        this.depth--;
        return e;
      }
      /** expr_function: lambdas, `assert`, `with`, `let … in`, then `if` and operators. */
      parseFunctionHere() {
        const k = this.peek();
        const st = this.pos;
        switch (k) {
          case ID: {
            const k2 = this.peek(1);
            if (k2 === COLON) {
              const base = this.pendingTop;
              const param = this.ident();
              this.pos++;
              const body = this.parseFunction();
              return this.lambda(st, base, param, void 0, void 0, body);
            }
            if (k2 === AT) {
              const base = this.pendingTop;
              const param = this.ident();
              this.pos++;
              this.expect(LBRACE, "'{'");
              const formals = this.parseFormals(this.pos - 1);
              this.expect(COLON, "':'");
              const body = this.parseFunction();
              return this.lambda(st, base, param, formals, "before", body);
            }
            break;
          }
          case LBRACE: {
            const k2 = this.peek(1);
            let formals = false;
            if (k2 === RBRACE) {
              const k3 = this.peek(2);
              if (k3 === COLON || k3 === AT) formals = true;
              else this.emptyBraceNext = this.pos + 2;
            } else if (k2 === ELLIPSIS2) formals = true;
            else if (k2 === ID) {
              const k3 = this.peek(2);
              if (k3 === COMMA || k3 === QUESTION || k3 === RBRACE) formals = true;
              else if (k3 !== ASSIGN && k3 !== DOT2) {
                this.pos += 2;
                this.unexpected("'.' or '='");
              }
            }
            if (formals) {
              const base = this.pendingTop;
              this.pos++;
              const f = this.parseFormals(st);
              let param;
              if (this.peek() === AT) {
                this.pos++;
                if (this.peek() !== ID) this.unexpected("ID");
                param = this.ident();
                this.expect(COLON, "':'");
              } else this.expect(COLON, "':' or '@'");
              const body = this.parseFunction();
              return this.lambda(st, base, param, f, param ? "after" : void 0, body);
            }
            break;
          }
          case ASSERT:
          case WITH: {
            this.pos++;
            const first = this.parseFunction();
            this.expect(SEMI, "';'");
            const base = this.pendingTop;
            const body = this.parseFunction();
            if (k === WITH) this.closeScope(base, null);
            if (this.light) return HOLE;
            const s = this.starts[st];
            return k === ASSERT ? new AssertNode(this.lines, s, endOf(body), first, body) : new WithNode(this.lines, s, endOf(body), first, body);
          }
          case LET: {
            if (this.peek(1) === LBRACE) break;
            this.pos++;
            const base = this.pendingTop;
            const attrs = newAttrs(false);
            const bindings = this.parseBinds(IN, attrs);
            this.pos++;
            const body = this.parseFunction();
            this.closeScope(base, attrs.attrs);
            if (attrs.dynamics) this.fail("dynamic attributes not allowed in let", this.starts[st]);
            if (this.light) return HOLE;
            const node = new LetNode(this.lines, this.starts[st], endOf(body), bindings, body);
            this.owners?.set(node, attrs);
            return node;
          }
          case IF: {
            this.pos++;
            const cond = this.parseFunction();
            this.expect(THEN, "THEN");
            const then = this.parseFunction();
            this.expect(ELSE, "ELSE");
            const els = this.parseFunction();
            if (this.light) return HOLE;
            return new IfNode(this.lines, this.starts[st], endOf(els), cond, then, els);
          }
        }
        return this.parseOp(0, 0);
      }
      ident() {
        const i = this.pos++;
        return new IdentNode(this.lines, this.starts[i], this.ends[i], this.name(i));
      }
      lambda(st, base, param, formals, paramPosition, body) {
        if (formals) {
          const seen = /* @__PURE__ */ new Set();
          for (const f of formals.entries) {
            if (seen.has(f.name.name)) this.fail(`duplicate formal function argument '${f.name.name}'`, startOf(f.name));
            seen.add(f.name.name);
          }
          if (param && seen.has(param.name))
            this.fail(`duplicate formal function argument '${param.name}'`, startOf(param));
          if (param) seen.add(param.name);
          this.closeScope(base, seen);
        } else this.closeScope(base, param.name);
        if (this.light) return HOLE;
        return new LambdaNode(this.lines, this.starts[st], endOf(body), param, formals, paramPosition, body);
      }
      /** After the opening `{` of formals (consumed); consumes the closing `}`. */
      parseFormals(brace) {
        const base = this.top;
        let ellipsis = false;
        while (true) {
          const k = this.peek();
          if (k === ID) {
            const name = this.ident();
            let def;
            if (this.peek() === QUESTION) {
              this.pos++;
              def = this.parseFunction();
            }
            this.keep(new FormalNode(this.lines, startOf(name), endOf(def ?? name), name, def));
            const n = this.peek();
            if (n === COMMA) {
              this.pos++;
              continue;
            }
            if (n === RBRACE) break;
            this.unexpected("'}'");
          }
          if (k === ELLIPSIS2) {
            this.pos++;
            ellipsis = true;
            if (this.peek() !== RBRACE) this.unexpected("'}'");
            break;
          }
          if (k === RBRACE) break;
          this.unexpected("'}'");
        }
        const close = this.pos++;
        const entries = this.take(base);
        return new FormalsNode(this.lines, this.starts[brace], this.ends[close], entries, ellipsis);
      }
      /**
       * Binary and unary operators by precedence climbing. `pipe` is the pipe operator already used at this level:
       * `|>` and `<|` do not mix without parentheses.
       */
      parseOp(minPrec, pipe) {
        let left;
        const k = this.peek();
        const st = this.pos;
        if (k === NOT || k === MINUS) {
          this.pos++;
          this.deeper();
          const operand = this.parseOp(k === NOT ? P_NOT + 1 : P_NEGATE + 1, 0);
          this.depth--;
          left = this.light ? HOLE : new UnaryNode(this.lines, this.starts[st], endOf(operand), k === NOT ? "!" : "-", operand);
        } else left = this.parseApp();
        let lastNonassoc = -1;
        while (true) {
          const op = this.peek();
          if (op === QUESTION) {
            if (P_HAS < minPrec) break;
            this.pos++;
            const path16 = this.parseAttrPath(ATTR_EXPECTING);
            left = this.light ? HOLE : new HasAttrNode(this.lines, startOf(left), endOf(path16[path16.length - 1]), left, path16);
            continue;
          }
          const prec = BIN_PREC[op];
          if (prec === 0 || prec < minPrec) break;
          const assoc = BIN_ASSOC[op];
          const sym = BIN_OP[op];
          if (prec === lastNonassoc) this.unexpected();
          if (prec === P_PIPE) {
            if (pipe !== 0 && pipe !== op) this.unexpected();
            pipe = op;
          }
          if (assoc === RIGHT && this.light) {
            while (this.peek() === op) {
              this.pos++;
              this.parseOp(prec + 1, 0);
            }
            left = HOLE;
            lastNonassoc = -1;
            continue;
          }
          if (assoc === RIGHT) {
            const operands = [left];
            const ops = [];
            while (this.peek() === op) {
              ops.push(this.pos++);
              operands.push(this.parseOp(prec + 1, 0));
            }
            let right2 = operands[operands.length - 1];
            for (let k2 = ops.length - 1; k2 >= 0; k2--) {
              const l = operands[k2];
              right2 = new BinaryNode(this.lines, startOf(l), endOf(right2), sym, this.starts[ops[k2]], l, right2);
            }
            left = right2;
            lastNonassoc = -1;
            continue;
          }
          const opIndex = this.pos++;
          const right = this.parseOp(prec + 1, 0);
          left = this.light ? HOLE : new BinaryNode(this.lines, startOf(left), endOf(right), sym, this.starts[opIndex], left, right);
          lastNonassoc = assoc === NONASSOC ? prec : -1;
        }
        return left;
      }
      /** expr_app: function application, left-associative. */
      parseApp() {
        let fn = this.parseSelect();
        while (STARTS_SELECT[this.peek()] === 1) {
          const arg = this.parseSelect();
          fn = this.light ? HOLE : new ApplyNode(this.lines, startOf(fn), endOf(arg), fn, arg);
        }
        return fn;
      }
      /** expr_select: `e.a.b`, `e.a.b or d`, and Nix's legacy `e or` (a call of `e` with the variable `or`). */
      parseSelect() {
        const e = this.parseSimple();
        const k = this.peek();
        if (k === DOT2) {
          this.pos++;
          const path16 = this.parseAttrPath(ATTR_EXPECTING);
          if (this.peek() === OR_KW) {
            this.pos++;
            this.deeper();
            const def = this.parseSelect();
            this.depth--;
            return this.light ? HOLE : new SelectNode(this.lines, startOf(e), endOf(def), e, path16, def);
          }
          if (this.light) return HOLE;
          return new SelectNode(this.lines, startOf(e), endOf(path16[path16.length - 1]), e, path16, void 0);
        }
        if (k === OR_KW) {
          const i = this.pos++;
          this.use("or", 0);
          if (this.light) return HOLE;
          const arg = new VarNode(this.lines, this.starts[i], this.ends[i], "or");
          return new ApplyNode(this.lines, startOf(e), this.ends[i], e, arg);
        }
        return e;
      }
      /** expr_simple. */
      parseSimple() {
        const i = this.pos;
        const k = this.peek();
        switch (k) {
          case ID: {
            this.pos++;
            const name = this.name(i);
            if (name === "__curPos") return this.light ? HOLE : new CurPosNode(this.lines, this.starts[i], this.ends[i]);
            this.use(name, 0);
            return this.light ? HOLE : new VarNode(this.lines, this.starts[i], this.ends[i], name);
          }
          case INT: {
            this.pos++;
            if (this.light) return HOLE;
            const raw = this.tokenText(i);
            return new IntNode(this.lines, this.starts[i], this.ends[i], BigInt(raw), raw);
          }
          case FLOAT: {
            this.pos++;
            if (this.light) return HOLE;
            const raw = this.tokenText(i);
            return new FloatNode(this.lines, this.starts[i], this.ends[i], Number(raw), raw);
          }
          case QUOTE:
            return this.parseString();
          case IND_STRING_OPEN:
            return this.parseIndentedString();
          case PATH:
          case HPATH:
            return this.parsePath();
          case SPATH: {
            this.pos++;
            if (this.light) return HOLE;
            const raw = this.tokenText(i);
            return new SearchPathNode(this.lines, this.starts[i], this.ends[i], raw.slice(1, -1));
          }
          case URI:
            this.pos++;
            if (this.light) return HOLE;
            return new UriNode(this.lines, this.starts[i], this.ends[i], this.tokenText(i));
          case LPAREN: {
            this.pos++;
            const expr = this.parseFunction();
            const close = this.expect(RPAREN, "')'");
            if (this.light) return expr;
            return new ParenNode(this.lines, this.starts[i], this.ends[close], expr);
          }
          case LET: {
            this.pos++;
            this.expect(LBRACE, "'{'");
            const base = this.pendingTop;
            const attrs = newAttrs(true);
            const bindings = this.parseBinds(RBRACE, attrs);
            this.closeScope(base, attrs.attrs);
            const close = this.pos++;
            if (this.light) return HOLE;
            const node = new LegacyLetNode(this.lines, this.starts[i], this.ends[close], bindings);
            this.owners?.set(node, attrs);
            return node;
          }
          case REC:
          case LBRACE: {
            this.pos++;
            if (k === REC) this.expect(LBRACE, "'{'");
            const base = this.pendingTop;
            const attrs = newAttrs(k === REC);
            const bindings = this.parseBinds(RBRACE, attrs);
            if (k === REC) this.closeScope(base, attrs.attrs);
            const close = this.pos++;
            const node = new AttrSetNode(this.lines, this.starts[i], this.ends[close], k === REC, bindings);
            this.owners?.set(node, attrs);
            this.lastSet = node;
            this.lastSetAttrs = attrs;
            return node;
          }
          case LBRACKET: {
            this.pos++;
            this.deeper();
            const base = this.top;
            while (STARTS_SELECT[this.peek()] === 1) this.keep(this.parseSelect());
            const close = this.expect(RBRACKET);
            this.depth--;
            const elements = this.takeOrDrop(base);
            if (this.light) return HOLE;
            return new ListNode(this.lines, this.starts[i], this.ends[close], elements);
          }
          default:
            return this.unexpected();
        }
      }
      // ------------------------------------------------------------------ strings and paths
      /** `"…"` (at the opening quote). */
      parseString() {
        const st = this.pos++;
        if (this.kinds[st + 1] === STR && this.kinds[st + 2] === QUOTE) {
          this.pos += 2;
          if (this.light) return HOLE;
          const parts = [this.literal(unescapeString(this.tokenText(st + 1)), st + 1)];
          return new StringNode(this.lines, this.starts[st], this.ends[st + 2], false, parts);
        }
        const base = this.top;
        let lastWasText = false;
        let interpolated = false;
        while (true) {
          const k = this.peek();
          if (k === STR) {
            if (lastWasText && !interpolated) this.unexpected(`'"'`);
            const i = this.pos++;
            if (!this.light) this.keep(this.literal(unescapeString(this.tokenText(i)), i));
            lastWasText = true;
          } else if (k === DOLLAR_CURLY) {
            const part = this.interpolation();
            if (!this.light) this.keep(part);
            interpolated = true;
            lastWasText = false;
          } else if (k === QUOTE) {
            const close = this.pos++;
            if (this.light) return HOLE;
            const parts = this.take(base);
            return new StringNode(this.lines, this.starts[st], this.ends[close], false, parts);
          } else this.unexpected(`'"'`);
        }
      }
      /** `''…''` (at the opening quotes). */
      parseIndentedString() {
        const st = this.pos++;
        if (this.light) {
          while (true) {
            const k = this.peek();
            if (k === IND_STR_LIT || k === IND_STR_ESC) this.pos++;
            else if (k === DOLLAR_CURLY) this.interpolation();
            else if (k === IND_STRING_CLOSE) {
              this.pos++;
              return HOLE;
            } else this.unexpected("IND_STR or DOLLAR_CURLY or IND_STRING_CLOSE");
          }
        }
        const pieces = [];
        const raw = [];
        while (true) {
          const k = this.peek();
          if (k === IND_STR_LIT) {
            pieces.push({ kind: "text", text: this.tokenText(), indented: true });
            raw.push(this.pos++);
          } else if (k === IND_STR_ESC) {
            pieces.push({ kind: "text", text: indentedEscapeValue(this.tokenText()), indented: false });
            raw.push(this.pos++);
          } else if (k === DOLLAR_CURLY) {
            pieces.push({ kind: "interpolation" });
            raw.push(this.interpolation());
          } else if (k === IND_STRING_CLOSE) {
            const close = this.pos++;
            const stripped = stripIndentation(pieces);
            const parts = raw.map((r, idx) => typeof r === "number" ? this.literal(stripped[idx], r) : r);
            return new StringNode(this.lines, this.starts[st], this.ends[close], true, parts);
          } else this.unexpected("IND_STR or DOLLAR_CURLY or IND_STRING_CLOSE");
        }
      }
      literal(value, token) {
        return new LiteralNode(this.lines, this.starts[token], this.ends[token], value);
      }
      /** `${ expr }` (at `${`). */
      interpolation() {
        const st = this.pos++;
        this.deeper();
        const expr = this.parseFunction();
        this.depth--;
        const close = this.expect(RBRACE, "'}'");
        return new InterpolationNode(this.lines, this.starts[st], this.ends[close], expr);
      }
      /** A path literal, possibly interpolated (at PATH or HPATH). */
      parsePath() {
        const first = this.pos++;
        const light = this.light;
        const base = this.top;
        if (!light) this.keep(this.literal(this.tokenText(first), first));
        if (this.peek() !== PATH_END) {
          if (this.peek() === STR) {
            const i = this.pos++;
            if (!light) this.keep(this.literal(this.tokenText(i), i));
            if (this.peek() !== DOLLAR_CURLY) this.unexpected("DOLLAR_CURLY");
          }
          while (this.peek() !== PATH_END) {
            const k = this.peek();
            if (k === DOLLAR_CURLY) {
              const part = this.interpolation();
              if (!light) this.keep(part);
            } else if (k === STR) {
              const i = this.pos++;
              if (!light) this.keep(this.literal(this.tokenText(i), i));
            } else this.unexpected();
          }
        }
        this.pos++;
        if (light) return HOLE;
        const text = this.tokenText(first);
        const parts = this.take(base);
        const where = this.kinds[first] === HPATH ? "home" : text.startsWith("/") ? "absolute" : "relative";
        return new PathNode(this.lines, this.starts[first], endOf(parts[parts.length - 1]), where, parts);
      }
      // ------------------------------------------------------------------ attributes
      /** attrpath: `a.b."c".${d}` (at its first element). */
      parseAttrPath(firstExpecting) {
        const first = this.parseAttrName(firstExpecting);
        if (this.peek() !== DOT2) return [first];
        const base = this.top;
        this.keep(first);
        while (this.peek() === DOT2) {
          this.pos++;
          this.keep(this.parseAttrName(ATTR_EXPECTING));
        }
        return this.take(base);
      }
      parseAttrName(expecting) {
        const i = this.pos;
        const k = this.peek();
        if (k === ID || k === OR_KW) {
          this.pos++;
          return new AttrNameNode(this.lines, this.starts[i], this.ends[i], "ident", this.name(i), void 0);
        }
        const light = this.light;
        if (k === QUOTE) {
          this.light = false;
          const s = this.parseString();
          this.light = light;
          return new AttrNameNode(this.lines, startOf(s), endOf(s), "string", staticString(s), s);
        }
        if (k === DOLLAR_CURLY) {
          this.light = false;
          const interp = this.interpolation();
          this.light = light;
          const inner = unparen(interp.expr);
          const name = inner.kind === "String" ? staticString(inner) : void 0;
          return new AttrNameNode(this.lines, startOf(interp), endOf(interp), "interpolation", name, interp.expr);
        }
        return this.unexpected(expecting);
      }
      /** Bindings up to (not including) `closer` (`}` or `in`), recorded into `attrs` with Nix's duplicate checks. */
      parseBinds(closer, attrs) {
        const base = this.top;
        this.deeper();
        while (true) {
          const k = this.peek();
          if (k === closer) {
            this.depth--;
            return this.takeOrDrop(base);
          }
          if (k === INHERIT) {
            const inherit = this.parseInherit(attrs, closer === IN || attrs.recursive ? 1 : 0);
            if (!this.light) this.keep(inherit);
            continue;
          }
          if (k !== ID && k !== OR_KW && k !== QUOTE && k !== DOLLAR_CURLY) this.unexpected();
          const path16 = this.parseAttrPath();
          this.expect(ASSIGN, "'.' or '='");
          const value = this.parseFunction();
          const semi = this.expect(SEMI, "';'");
          this.addAttr(attrs, path16, value);
          if (!this.light) this.keep(new AttrBindingNode(this.lines, startOf(path16[0]), this.ends[semi], path16, value));
        }
      }
      parseInherit(attrs, skip) {
        const st = this.pos++;
        let from;
        if (this.peek() === LPAREN) {
          this.pos++;
          from = this.parseFunction();
          this.expect(RPAREN, "')'");
        }
        const base = this.top;
        while (true) {
          const k = this.peek();
          if (k !== ID && k !== OR_KW && k !== QUOTE && k !== DOLLAR_CURLY) break;
          const name = this.parseAttrName();
          if (name.name === void 0) this.fail("dynamic attributes not allowed in inherit", startOf(name));
          this.keep(name);
        }
        const semi = this.expect(SEMI);
        const names = this.take(base);
        for (const n of names) {
          const key2 = n.name;
          const existing = attrs.attrs.get(key2);
          if (existing) this.dupAttr(showName(key2), n, existing.at);
          attrs.attrs.set(key2, from ? { kind: "inheritFrom", from, at: n } : { kind: "inherit", name: key2, at: n });
          if (!from) this.use(key2, skip);
        }
        return new InheritNode(this.lines, this.starts[st], this.ends[semi], names, from);
      }
      /** Nix's addAttr: walk (or create) nested sets along the path, merge attribute-set literals, else a duplicate. */
      addAttr(root, path16, value) {
        const pos = path16[0];
        let attrs = root;
        for (let i = 0; i < path16.length - 1; i++) {
          const name = path16[i];
          if (name.name !== void 0) {
            const j2 = attrs.attrs.get(name.name);
            if (j2) {
              if (j2.kind !== "attrs") this.dupAttr(this.showPath(path16), pos, j2.at);
              attrs = j2.attrs;
            } else {
              const nested = newAttrs(false);
              attrs.attrs.set(name.name, { kind: "attrs", attrs: nested, at: pos });
              attrs = nested;
            }
          } else {
            const nested = newAttrs(false);
            (attrs.dynamics ??= []).push({ name: name.expr, def: { kind: "attrs", attrs: nested, at: pos } });
            attrs = nested;
          }
        }
        const last = path16[path16.length - 1];
        const literal = unparen(value);
        const valueAttrs = literal === this.lastSet ? this.lastSetAttrs : void 0;
        const def = valueAttrs ? { kind: "attrs", attrs: valueAttrs, at: pos } : { kind: "expr", expr: value, at: pos };
        if (last.name === void 0) {
          (attrs.dynamics ??= []).push({ name: last.expr, def });
          return;
        }
        const j = attrs.attrs.get(last.name);
        if (!j) {
          attrs.attrs.set(last.name, def);
          return;
        }
        if (j.kind === "attrs" && valueAttrs) {
          this.scopesMerged = true;
          const target = j.attrs;
          for (const [k, def2] of valueAttrs.attrs) {
            const prev = target.attrs.get(k);
            if (prev) this.dupAttr(showName(k), def2.at, prev.at);
            target.attrs.set(k, def2);
          }
          return;
        }
        this.dupAttr(this.showPath(path16), pos, j.at);
      }
      showPath(path16) {
        return path16.map((p) => p.name !== void 0 ? showName(p.name) : this.text.slice(startOf(p), endOf(p))).join(".");
      }
      dupAttr(path16, at, previous) {
        const loc = this.lines.loc(startOf(previous));
        this.fail(`attribute '${path16}' already defined at ${this.file}:${loc.line}:${loc.column}`, startOf(at));
      }
    };
  }
});

// src/nix/index.ts
var nix_exports2 = {};
__export(nix_exports2, {
  NixSyntaxError: () => NixSyntaxError,
  check: () => check,
  literalString: () => literalString,
  parse: () => parse,
  parseFile: () => parseFile,
  staticString: () => staticString,
  unparen: () => unparen
});
var init_nix2 = __esm({
  "src/nix/index.ts"() {
    "use strict";
    init_parser();
    init_syntax_error();
    init_ast();
  }
});

// src/cli/main.ts
init_errors();
import { parseArgs } from "node:util";

// src/render/neutralise.ts
var NAME_MAX = 200;
var TEXT_MAX = 2e3;
var LINE_MAX = 1e4;
var ZWSP = "​";
var ELLIPSIS = "…";
var ESCAPED_CLASS = "\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069\\ud800-\\udfff";
var ESCAPED = new RegExp(`[${ESCAPED_CLASS}]`, "u");
var ESCAPED_NO_TAB = new RegExp(
  `[${ESCAPED_CLASS.replace("\\u0000-\\u001f", "\\u0000-\\u0008\\u000a-\\u001f")}]`,
  "u"
);
var SPACE = "[ \\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000\\ufeff]";
var LEADING_COMMAND = new RegExp(`^(${SPACE}*)::`, "u");
var LEADING_COMMAND_TAB = new RegExp(`^((?:${SPACE}|\\t)*)::`, "u");
var OLD_COMMAND = /##\[/g;
var SGR = /\u001b\[[0-9;]*m/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function escapeChar(ch) {
  const named = NAMED[ch];
  if (named) return named;
  const code4 = ch.codePointAt(0);
  return `\\u${code4.toString(16).padStart(4, "0")}`;
}
function render(s, keepTabs) {
  const out = [];
  const escaped = keepTabs ? ESCAPED_NO_TAB : ESCAPED;
  for (const ch of s) out.push(escaped.test(ch) ? escapeChar(ch) : ch);
  return out;
}
function inert(s, keepTabs) {
  return s.replace(OLD_COMMAND, `#${ZWSP}#[`).replace(keepTabs ? LEADING_COMMAND_TAB : LEADING_COMMAND, `$1${ZWSP}::`);
}
function pieceLength(p) {
  return p.length > 1 && p.charCodeAt(0) === 92 ? p.length : 1;
}
function lengthOf(pieces) {
  let n = 0;
  for (const p of pieces) n += pieceLength(p);
  return n;
}
function take(pieces, budget, fromEnd) {
  const out = [];
  let n = 0;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[fromEnd ? pieces.length - 1 - i : i];
    const len = pieceLength(p);
    if (n + len > budget) break;
    out.push(p);
    n += len;
  }
  if (fromEnd) out.reverse();
  return out.join("");
}
function neutralise(s, opts = {}) {
  const max = Math.max(1, opts.max ?? NAME_MAX);
  const keepTabs = opts.keepTabs ?? false;
  const room = 2 * max + 8;
  const huge = s.length > 2 * room;
  if (!huge && !(keepTabs ? ESCAPED_NO_TAB : ESCAPED).test(s) && !s.includes("##[")) {
    const safe = inert(s, keepTabs);
    if (safe.length <= max) return safe;
  }
  const head = render(inert(huge ? s.slice(0, room) : s, keepTabs), keepTabs);
  if (!huge && lengthOf(head) <= max) return head.join("");
  if (opts.cut !== "middle") return take(head, max - 1, false) + ELLIPSIS;
  const tail2 = huge ? render(s.slice(-room).replace(OLD_COMMAND, `#${ZWSP}#[`), keepTabs) : head;
  const budget = max - 1;
  const front = Math.ceil(budget / 2);
  return take(head, front, false) + ELLIPSIS + take(tail2, budget - front, true);
}
function neutraliseText(s, max = TEXT_MAX) {
  return neutralise(s, { max, cut: "middle" });
}
function guardLine(line, max, keepSgr) {
  const opts = { max, cut: "middle", keepTabs: true };
  if (!keepSgr || !line.includes("\x1B[")) return neutralise(line, opts);
  const parts = line.split(SGR);
  const codes = line.match(SGR) ?? [];
  let out = neutralise(parts[0], { ...opts, max: Infinity });
  for (let i = 1; i < parts.length; i++) out += codes[i - 1] + neutralise(parts[i], { ...opts, max: Infinity });
  return [...out.replace(SGR, "")].length <= max ? out : neutralise(line, opts);
}
function neutraliseLines(text, opts = {}) {
  const max = opts.max ?? LINE_MAX;
  const keepSgr = opts.keepSgr ?? false;
  if (!text.includes("\n")) return guardLine(text, max, keepSgr);
  return text.split("\n").map((l) => guardLine(l, max, keepSgr)).join("\n");
}
var JSON_RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function safeJson(value, space) {
  return JSON.stringify(value, null, space).replace(JSON_RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(OLD_COMMAND, "##\\u005b");
}

// src/exec/interrupt.ts
init_process();
var InterruptedError = class extends Error {
  name = "InterruptedError";
  constructor(signal) {
    super(`interrupted${signal ? ` by ${signal}` : ""}`);
  }
};
var EXIT_CODE = { SIGINT: 130, SIGTERM: 143 };
var WRITES_WAIT_MS = 5e3;
var InterruptController = class {
  constructor(effects) {
    this.effects = effects;
  }
  effects;
  undos = /* @__PURE__ */ new Map();
  nextId = 0;
  writes = /* @__PURE__ */ new Set();
  signal;
  handling;
  /** Replaces the effects (the face that installs the handler says where the line goes). */
  setEffects(effects) {
    this.effects = { ...this.effects, ...effects };
  }
  interrupted() {
    return this.signal !== void 0;
  }
  throwIfInterrupted() {
    if (this.signal !== void 0) throw new InterruptedError(this.signal);
  }
  onInterrupt(undo) {
    const id = this.nextId++;
    this.undos.set(id, undo);
    return () => {
      this.undos.delete(id);
    };
  }
  guard(write) {
    if (this.signal !== void 0) return Promise.reject(new InterruptedError(this.signal));
    const p = write();
    const settled = p.then(
      () => void 0,
      () => void 0
    );
    this.writes.add(settled);
    void settled.then(() => this.writes.delete(settled));
    return p;
  }
  /** The handling of the signal that arrived, which ends the process; undefined while none arrived. */
  interruption() {
    return this.handling;
  }
  /** Called for each SIGINT/SIGTERM. The first starts the handling; later ones only hurry the stopping. */
  handle(signal) {
    if (this.handling) {
      this.effects.killProcesses();
      return this.handling;
    }
    this.signal = signal;
    const undos = [...this.undos.values()].reverse();
    this.handling = this.run(signal, undos);
    return this.handling;
  }
  async run(signal, undos) {
    const parts = [];
    try {
      const stopped = await this.effects.stopProcesses();
      if (stopped.length > 0) parts.push(`stopped ${stopped.join(", ")}`);
    } catch (e) {
      parts.push(`could not stop every process (${e instanceof Error ? e.message : String(e)})`);
    }
    let timer;
    await Promise.race([Promise.all([...this.writes]), new Promise((r) => timer = setTimeout(r, WRITES_WAIT_MS))]);
    clearTimeout(timer);
    for (const undo of undos) {
      try {
        const did = await undo();
        if (did) parts.push(did);
      } catch (e) {
        parts.push(`could not restore: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    if (parts.length === 0) parts.push("nothing to restore");
    this.effects.say(neutraliseText(`interrupted by ${signal}: ${parts.join("; ")}`));
    this.effects.exit(EXIT_CODE[signal]);
    return new Promise(() => void 0);
  }
};
var controller = new InterruptController({
  stopProcesses: () => stopAllProcesses(),
  killProcesses: killAllProcesses,
  say: (line) => process.stderr.write(`flake-steward: ${line}
`),
  exit: (code4) => process.exit(code4)
});
var processInterrupts = controller;
var installed = false;
function installInterruptHandler(say) {
  controller.setEffects({ say });
  if (installed) return;
  installed = true;
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      void controller.handle(signal);
    });
  }
}
function interruption() {
  return controller.interruption();
}

// src/core/package-version.ts
var VERSION = true ? "0.1.0" : "dev";

// src/cli/command.ts
var EXIT = { ok: 0, failure: 1, usage: 2 };

// src/cli/commands/diff-closures.ts
import { realpathSync } from "node:fs";
import path2 from "node:path";

// src/closure/drvname.ts
var isAsciiLetter = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122;
function closureNameVersion(path16) {
  const slash = path16.lastIndexOf("/") + 1;
  const hashDash = path16.indexOf("-", slash);
  const start = hashDash < 0 ? slash : hashDash + 1;
  let end = path16.length;
  const dash = path16.lastIndexOf("-");
  if (dash >= start && dash < end - 1) {
    let lower = true;
    for (let i = dash + 1; i < end && lower; i++) {
      const c = path16.charCodeAt(i);
      lower = c >= 97 && c <= 122;
    }
    if (lower || end - dash - 1 === 5 && (path16.endsWith("lib32") || path16.endsWith("lib64"))) end = dash;
  }
  for (let i = start; i + 1 < end; i++) {
    if (path16.charCodeAt(i) === 45 && !isAsciiLetter(path16.charCodeAt(i + 1))) {
      return { name: path16.slice(start, i), version: path16.slice(i + 1, end) };
    }
  }
  return { name: path16.slice(start, end), version: "" };
}

// src/closure/diff.ts
init_reference_graph();

// src/closure/version-order.ts
var DOT = 46;
var DASH = 45;
var INT_MAX = "2147483647";
var isDigit = (c) => c >= 48 && c <= 57;
function toInt(digits) {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  const s = digits.slice(i);
  if (s.length > INT_MAX.length || s.length === INT_MAX.length && s > INT_MAX) return void 0;
  return Number(s);
}
function compareBytes(a, b) {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 55296 && x <= 57343) x += 10240;
      if (y >= 55296 && y <= 57343) y += 10240;
      return x < y ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}
var EMPTY = { text: "", num: void 0 };
function nextComponent(s, pos) {
  let p = pos.i;
  while (p < s.length && (s.charCodeAt(p) === DOT || s.charCodeAt(p) === DASH)) p++;
  if (p >= s.length) {
    pos.i = p;
    return EMPTY;
  }
  const start = p;
  if (isDigit(s.charCodeAt(p))) {
    while (p < s.length && isDigit(s.charCodeAt(p))) p++;
    pos.i = p;
    const text = s.slice(start, p);
    return { text, num: toInt(text) };
  }
  while (p < s.length) {
    const c = s.charCodeAt(p);
    if (isDigit(c) || c === DOT || c === DASH) break;
    p++;
  }
  pos.i = p;
  return { text: s.slice(start, p), num: void 0 };
}
function componentsLT(c1, c2) {
  if (c1.num !== void 0 && c2.num !== void 0) return c1.num < c2.num;
  if (c1.text === "" && c2.num !== void 0) return true;
  if (c1.text === "pre" && c2.text !== "pre") return true;
  if (c2.text === "pre") return false;
  if (c2.num !== void 0) return true;
  if (c1.num !== void 0) return false;
  return compareBytes(c1.text, c2.text) < 0;
}
function compareVersions(a, b) {
  const p1 = { i: 0 };
  const p2 = { i: 0 };
  while (p1.i < a.length || p2.i < b.length) {
    const c1 = nextComponent(a, p1);
    const c2 = nextComponent(b, p2);
    if (componentsLT(c1, c2)) return -1;
    if (componentsLT(c2, c1)) return 1;
  }
  return 0;
}
function maxVersion(versions2) {
  let best;
  for (const v of versions2) if (best === void 0 || compareVersions(v, best) > 0) best = v;
  return best;
}

// src/closure/diff.ts
var SIZE_THRESHOLD = 8 * 1024;
var sum = (m) => {
  let s = 0;
  for (const v of m.values()) s += v;
  return s;
};
var addSize = (m, version, size) => {
  m.set(version, (m.get(version) ?? 0) + size);
};
function onlyIn(a, b, c) {
  const out = [];
  for (const v of a.keys()) if (!b.has(v) && !c.has(v)) out.push(v);
  return out.length > 1 ? out.sort(compareBytes) : out;
}
function nameDiffs(pair) {
  const touched = /* @__PURE__ */ new Map();
  const touch = (name) => {
    let t = touched.get(name);
    if (!t) {
      t = { name, onlyBefore: /* @__PURE__ */ new Map(), onlyAfter: /* @__PURE__ */ new Map(), shared: /* @__PURE__ */ new Map() };
      touched.set(name, t);
    }
    return t;
  };
  const sharedPaths = [];
  const sharedSizes = [];
  pair.forEachPath((path16, before, after) => {
    if (before === after) {
      sharedPaths.push(path16);
      sharedSizes.push(before);
      return;
    }
    const e = closureNameVersion(path16);
    const t = touch(e.name);
    if (before !== void 0) addSize(t.onlyBefore, e.version, before);
    if (after !== void 0) addSize(t.onlyAfter, e.version, after);
  });
  if (touched.size === 0) return [];
  for (let i = 0; i < sharedPaths.length; i++) {
    const e = closureNameVersion(sharedPaths[i]);
    const t = touched.get(e.name);
    if (t) addSize(t.shared, e.version, sharedSizes[i]);
  }
  const out = [];
  for (const t of touched.values()) {
    const sizeDelta = sum(t.onlyAfter) - sum(t.onlyBefore);
    const sizeShown = Math.abs(sizeDelta) >= SIZE_THRESHOLD;
    const removed = onlyIn(t.onlyBefore, t.onlyAfter, t.shared);
    const added = onlyIn(t.onlyAfter, t.onlyBefore, t.shared);
    if (sizeShown || removed.length > 0 || added.length > 0) {
      out.push({ name: t.name, touched: t, removed, added, sizeDelta, sizeShown });
    }
  }
  return out.sort((x, y) => compareBytes(x.name, y.name));
}
function diffClosurePair(pair) {
  return nameDiffs(pair).map((d) => ({
    name: d.name,
    before: d.removed,
    after: d.added,
    sizeDelta: d.sizeDelta,
    sizeShown: d.sizeShown
  }));
}
var byVersion = (a, b) => compareVersions(a, b) || compareBytes(a, b);
function kindOf(d) {
  const { onlyBefore, onlyAfter, shared } = d.touched;
  if (shared.size === 0 && onlyBefore.size === 0) return "added";
  if (shared.size === 0 && onlyAfter.size === 0) return "removed";
  if (d.removed.length === 0 && d.added.length === 0) return "size";
  if (d.removed.length > 0 && d.added.length > 0) {
    const c = compareVersions(maxVersion(d.added), maxVersion(d.removed));
    if (c > 0) return "upgraded";
    if (c < 0) return "downgraded";
  }
  return "changed";
}
function summarizeClosureDiff(before, after) {
  return summarizeClosurePair(mapPair(before, after));
}
function summarizeClosurePair(pair) {
  const counts2 = { upgraded: 0, downgraded: 0, added: 0, removed: 0, changed: 0, size: 0 };
  const changes = nameDiffs(pair).map((d) => {
    const kind = kindOf(d);
    counts2[kind]++;
    const { onlyBefore, onlyAfter, shared } = d.touched;
    const sharedSize = sum(shared);
    return {
      name: d.name,
      kind,
      versionsBefore: [.../* @__PURE__ */ new Set([...onlyBefore.keys(), ...shared.keys()])].sort(byVersion),
      versionsAfter: [.../* @__PURE__ */ new Set([...onlyAfter.keys(), ...shared.keys()])].sort(byVersion),
      removed: [...d.removed].sort(byVersion),
      added: [...d.added].sort(byVersion),
      sizeBefore: sum(onlyBefore) + sharedSize,
      sizeAfter: sum(onlyAfter) + sharedSize,
      sizeDelta: d.sizeDelta,
      sizeShown: d.sizeShown
    };
  });
  return { changes, counts: counts2, ...pair.totals() };
}

// src/closure/format.ts
function formatKiB(delta) {
  const abs = Math.abs(Math.trunc(delta));
  const scaled = abs * 5;
  let q = Math.floor(scaled / 512);
  const r = scaled - q * 512;
  if (2 * r > 512 || 2 * r === 512 && q % 2 === 1) q++;
  const sign = delta < 0 ? "-" : "+";
  return `${sign}${Math.floor(q / 10)}.${q % 10} KiB`;
}
function showVersions(versions2) {
  if (versions2.length === 0) return "∅";
  return versions2.map((v) => v === "" ? "ε" : v).join(", ");
}
var UNITS = ["B", "KiB", "MiB", "GiB", "TiB"];
function formatBytes(bytes, signed = false) {
  const sign = signed ? bytes < 0 ? "-" : "+" : bytes < 0 ? "-" : "";
  let v = Math.abs(bytes);
  let u = 0;
  while (v >= 1024 && u < UNITS.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${sign}${v} ${UNITS[0]}` : `${sign}${v.toFixed(1)} ${UNITS[u]}`;
}

// src/cli/commands/diff-closures.ts
init_errors();
init_nix();
var STORE_PATH = /^(\/.+)\/[0-9a-df-np-sv-z]{32}-[A-Za-z0-9+\-._?=]+$/;
function storePathArgument(which, arg, io) {
  const abs = path2.resolve(io.cwd, arg);
  let real;
  try {
    real = realpathSync(abs);
  } catch {
    throw new UserError(
      `${which} '${arg}' does not exist`,
      void 0,
      void 0,
      "give a store path or a ./result link"
    );
  }
  if (!STORE_PATH.test(real)) {
    throw new UserError(
      `${which} '${arg}' is not a store path${real !== abs ? ` (it resolves to '${real}')` : ""}`,
      void 0,
      void 0,
      "give a store path such as /nix/store/…-nixos-system-host, or a ./result link to one"
    );
  }
  return real;
}
function toJson(entries, sizeBefore, sizeAfter) {
  return {
    changes: entries.map((e) => ({ name: e.name, before: e.before, after: e.after, sizeDelta: e.sizeDelta })),
    sizeBefore,
    sizeAfter
  };
}
var cell = (s) => s.replace(/\|/g, "\\|");
function renderText(old, next, pair) {
  const s = summarizeClosurePair(pair);
  const lines2 = [`Closure diff: ${old} → ${next}`, ""];
  if (s.changes.length === 0) {
    lines2.push("No package changes.");
  } else {
    lines2.push("| Package | Before | After | Δ size |", "| --- | --- | --- | --- |");
    for (const c of s.changes) {
      const versions2 = c.removed.length > 0 || c.added.length > 0;
      lines2.push(
        `| ${cell(c.name)} | ${versions2 ? cell(showVersions(c.removed)) : ""} | ${versions2 ? cell(showVersions(c.added)) : ""} | ${c.sizeShown ? formatKiB(c.sizeDelta) : ""} |`
      );
    }
    const counts2 = Object.entries(s.counts).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`);
    lines2.push("", `${s.changes.length} changes: ${counts2.join(", ")}.`);
  }
  const delta = s.sizeAfter - s.sizeBefore;
  lines2.push(
    `Closure size: ${formatBytes(s.sizeBefore)} → ${formatBytes(s.sizeAfter)} (${formatBytes(delta, true)}), ${s.pathsBefore} → ${s.pathsAfter} paths.`,
    ""
  );
  return lines2.join("\n");
}
async function queryClosures(old, next, env) {
  let graph;
  try {
    graph = await closureGraph({ options: { env } }, old === next ? [old] : [old, next]);
  } catch (e) {
    if (e instanceof NixError) await detectNix({ env });
    throw e;
  }
  return graph.pair([old], [next]);
}
var diffClosuresCommand = {
  name: "diff-closures",
  summary: "Show what changed between two closures, as `nix store diff-closures` does (with --json)",
  usage: "flake-steward diff-closures OLD NEW [--json]",
  help: `OLD and NEW are store paths or links to them (./result). Lists each package whose versions changed or
whose size changed by 8 KiB or more, grouped and ordered exactly as \`nix store diff-closures\` does, then the
closure sizes. Both closures come from one \`nix-store --query --graphml\` call.

Options:
  --json   print {"changes": [{"name", "before", "after", "sizeDelta"}], "sizeBefore", "sizeAfter"}:
           before/after are the versions removed/added ("" is the empty version), sizeDelta is the exact
           change in bytes (Nix shows it when it is 8192 or more either way), sizes are NAR sizes in bytes.

Examples:
  flake-steward diff-closures /run/current-system ./result
  flake-steward diff-closures ./result-old ./result --json | jq '.changes[].name'
`,
  options: { json: { type: "boolean" } },
  async run(positionals, values, io) {
    if (positionals.length !== 2) {
      throw new UsageError(
        positionals.length < 2 ? "expected two store paths, OLD and NEW" : `unexpected argument '${positionals[2]}'`,
        "usage: flake-steward diff-closures OLD NEW [--json]"
      );
    }
    const old = storePathArgument("OLD", positionals[0], io);
    const next = storePathArgument("NEW", positionals[1], io);
    const pair = await queryClosures(old, next, io.env);
    if (values["json"]) {
      const { sizeBefore, sizeAfter } = pair.totals();
      io.stdout(`${safeJson(toJson(diffClosurePair(pair), sizeBefore, sizeAfter), 2)}
`);
    } else {
      io.stdout(renderText(old, next, pair));
    }
    return EXIT.ok;
  }
};

// src/app/fix.ts
init_errors();
import { rm as rm2 } from "node:fs/promises";
import path9 from "node:path";
init_process();

// src/workspace/fs.ts
import { promises as fsp } from "node:fs";

// src/workspace/atomic-write.ts
import { randomBytes } from "node:crypto";
import { chmod, open, rename, rm, stat } from "node:fs/promises";
import path3 from "node:path";
async function writeAtomic(file, data) {
  const tmp = path3.join(
    path3.dirname(file),
    `.${path3.basename(file)}.flake-steward-${process.pid}-${randomBytes(4).toString("hex")}.tmp`
  );
  let mode;
  try {
    mode = (await stat(file)).mode & 4095;
  } catch {
    mode = void 0;
  }
  let created = false;
  try {
    const handle = await open(tmp, "wx", mode ?? 438);
    created = true;
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
    if (mode !== void 0) await chmod(tmp, mode);
    await rename(tmp, file);
  } catch (e) {
    if (created) await rm(tmp, { force: true });
    throw e;
  }
}

// src/workspace/confine.ts
init_errors();
import { lstatSync, readlinkSync } from "node:fs";
import path4 from "node:path";
var nodeLinks = {
  isLink(p) {
    try {
      return lstatSync(p, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
    } catch {
      return false;
    }
  },
  readlink: (p) => readlinkSync(p, "utf8")
};
function memoLinks(links = nodeLinks) {
  const isLink = /* @__PURE__ */ new Map();
  const targets = /* @__PURE__ */ new Map();
  return {
    isLink(p) {
      let v = isLink.get(p);
      if (v === void 0) isLink.set(p, v = links.isLink(p));
      return v;
    },
    readlink(p) {
      let v = targets.get(p);
      if (v === void 0) targets.set(p, v = links.readlink(p));
      return v;
    }
  };
}
var MAX_LINKS = 40;
var LinkLoopError = class extends Error {
  name = "LinkLoopError";
};
function pushComponents(stack, p) {
  const parts = p.split("/");
  for (let i = parts.length - 1; i >= 0; i--) if (parts[i] !== "" && parts[i] !== ".") stack.push(parts[i]);
}
function resolveFrom(from, rest, links = nodeLinks) {
  let cur = path4.isAbsolute(rest) ? "/" : from;
  const pending = [];
  pushComponents(pending, rest);
  let followed = 0;
  while (pending.length > 0) {
    const name = pending.pop();
    if (name === "..") {
      cur = path4.dirname(cur);
      continue;
    }
    const next = cur === "/" ? `/${name}` : `${cur}/${name}`;
    if (!links.isLink(next)) {
      cur = next;
      continue;
    }
    if (++followed > MAX_LINKS) throw new LinkLoopError(`more than ${MAX_LINKS} symbolic links`);
    const target = links.readlink(next);
    if (path4.isAbsolute(target)) cur = "/";
    pushComponents(pending, target);
  }
  return cur;
}
function resolvePath(p, links = nodeLinks) {
  return resolveFrom(path4.isAbsolute(p) ? "/" : process.cwd(), p, links);
}
function isInside(root, p) {
  const rel = path4.relative(root, p);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${path4.sep}`) && !path4.isAbsolute(rel);
}
function rootOf(dir, links = nodeLinks) {
  const given = path4.resolve(dir);
  return { given, real: resolvePath(given, links) };
}
function resolveWithin(root, file, links = nodeLinks) {
  const lexical = path4.resolve(root.given, file);
  const writtenInside = isInside(root.given, lexical) || isInside(root.real, lexical);
  let real;
  try {
    const below = path4.isAbsolute(file) ? underRoot(root.given, file) : file;
    real = below !== void 0 ? resolveFrom(root.real, below, links) : resolveFrom("/", file, links);
  } catch (e) {
    if (e instanceof LinkLoopError) return { path: lexical, escape: "loop" };
    throw e;
  }
  if (isInside(root.real, real)) return { path: real };
  return { path: real, escape: writtenInside ? "link" : "outside" };
}
function underRoot(root, file) {
  if (root === "/") return file.replace(/^\/+/, "");
  if (file === root) return "";
  return file.startsWith(`${root}/`) ? file.slice(root.length + 1) : void 0;
}
function describeEscape(escape2, area) {
  switch (escape2) {
    case "outside":
      return `is outside ${area}`;
    case "link":
      return `leads outside ${area} through a symbolic link`;
    case "loop":
      return `goes through more than ${MAX_LINKS} symbolic links (a loop?)`;
  }
}
function confine(root, file, refusal, links = nodeLinks) {
  const r = resolveWithin(root, file, links);
  if (r.escape === void 0) return r.path;
  throw new UserError(
    `${path4.posix.basename(refusal.shown) || refusal.shown} ${describeEscape(r.escape, refusal.area)}`,
    refusal.shown,
    void 0,
    refusal.hint
  );
}

// src/workspace/flake-dirs.ts
init_errors();
import { readdir, stat as stat2 } from "node:fs/promises";
import path5 from "node:path";

// src/workspace/glob.ts
var cache = /* @__PURE__ */ new Map();
function escape(ch) {
  return /[.+^${}()|[\]\\]/.test(ch) ? `\\${ch}` : ch;
}
function segmentSource(segment) {
  let out = "";
  for (const ch of segment) out += ch === "*" ? "[^/]*" : ch === "?" ? "[^/]" : escape(ch);
  return out;
}
function globToRegExp(glob) {
  const hit = cache.get(glob);
  if (hit) return hit;
  const segments = glob.split("/").filter((s, _i, all) => s !== "" || all.length === 1);
  let source = "";
  segments.forEach((seg, i) => {
    const last = i === segments.length - 1;
    if (seg === "**") {
      source += last ? "(?:[^/]+(?:/[^/]+)*)?" : "(?:[^/]+/)*";
    } else {
      source += segmentSource(seg) + (last ? "" : "/");
    }
  });
  source = source.replace(/\/\(\?:\[\^\/\]\+\(\?:\/\[\^\/\]\+\)\*\)\?$/, "(?:/[^/]+(?:/[^/]+)*)?");
  const re = new RegExp(`^${source}$`);
  cache.set(glob, re);
  return re;
}
function globMatch(glob, path16) {
  return globToRegExp(glob).test(path16);
}
function hasGlobChars(s) {
  return /[*?]/.test(s);
}

// src/core/config.ts
init_errors();
var COMMANDS = ["lint", "fix", "update"];
var FAIL_ON = ["error", "warning", "notice", "never"];
var RULE_SETTINGS = ["error", "warning", "notice", "off"];
var ON_BUILD_FAILURE = ["fail", "draft", "skip-pr", "report"];
var COMMIT_MODES = ["api", "git"];
var AUTO_MERGE = ["off", "merge", "squash", "rebase"];
var FORMATS = ["text", "json", "sarif", "markdown"];
var DEFAULTS = {
  paths: ["."],
  failOn: "error",
  maxAge: 30,
  branch: "flake-steward/update",
  title: "flake.lock: update",
  onBuildFailure: "draft",
  commitMode: "api",
  autoMerge: "off",
  maxCommits: 50,
  apiUrl: "https://api.github.com",
  serverUrl: "https://github.com",
  graphqlUrl: "https://api.github.com/graphql"
};
function parseEnum(setting, value, allowed) {
  const v = value.trim();
  if (allowed.includes(v)) return v;
  throw new UsageError(`invalid value '${value}' for ${setting}`, `expected one of: ${allowed.join(", ")}`);
}
var TRUE = ["true", "True", "TRUE", "yes", "on", "1"];
var FALSE = ["false", "False", "FALSE", "no", "off", "0"];
function parseBool(setting, value) {
  const v = value.trim();
  if (TRUE.includes(v)) return true;
  if (FALSE.includes(v)) return false;
  throw new UsageError(`invalid value '${value}' for ${setting}`, "expected true or false");
}
function parseNonNegativeInt(setting, value) {
  const v = value.trim();
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(Number(v))) {
    throw new UsageError(`invalid value '${value}' for ${setting}`, "expected a whole number of 0 or more");
  }
  return Number(v);
}
function parseList(value) {
  return value.split(/[\s,]+/).map((s) => s.trim()).filter((s) => s !== "");
}
function parseRules(setting, value) {
  const entries = [];
  for (const item of parseList(value)) {
    const eq = item.indexOf("=");
    if (eq <= 0) {
      throw new UsageError(`invalid item '${item}' in ${setting}`, "expected rule-id=error|warning|notice|off");
    }
    entries.push([
      item.slice(0, eq),
      parseEnum(`${setting} (${item.slice(0, eq)})`, item.slice(eq + 1), RULE_SETTINGS)
    ]);
  }
  return Object.fromEntries(entries);
}
var INPUT_GLOB_SEGMENT = /^(?:\*\*|[A-Za-z*?][A-Za-z0-9_*?-]*)$/;
var INPUT_GLOB_FORM = "an input name or glob such as nixpkgs, home-manager/nixpkgs or nixpkgs-*: a letter first, then letters, digits, - or _";
function isInputGlob(glob) {
  return glob.split("/").every((segment) => INPUT_GLOB_SEGMENT.test(segment));
}
function parseInputGlob(setting, glob) {
  if (!isInputGlob(glob))
    throw new UsageError(`invalid input name '${glob}' in ${setting}`, `expected ${INPUT_GLOB_FORM}`);
  return glob;
}
function parseMaxAge(setting, value) {
  let maxAge;
  const byInput = [];
  for (const item of parseList(value)) {
    const eq = item.indexOf("=");
    if (eq < 0) {
      maxAge = parseNonNegativeInt(setting, item);
      continue;
    }
    const glob = item.slice(0, eq);
    if (!isInputGlob(glob)) {
      throw new UsageError(
        `invalid input name '${glob}' in ${setting}`,
        `expected DAYS or INPUT=DAYS, where INPUT is ${INPUT_GLOB_FORM}`
      );
    }
    byInput.push([glob, parseNonNegativeInt(`${setting} (${glob})`, item.slice(eq + 1))]);
  }
  return { maxAge, byInput: Object.fromEntries(byInput) };
}
function parseBuild(setting, value) {
  const items = parseList(value);
  if (items.length === 0 || items.length === 1 && items[0] === "auto") return { mode: "auto" };
  if (items.length === 1 && items[0] === "none") return { mode: "none" };
  for (const a of items) {
    if (a === "auto" || a === "none" || !/^[A-Za-z0-9_'"\-.+]+$/.test(a)) {
      throw new UsageError(
        `invalid value '${value}' for ${setting}`,
        "expected auto, none, or a list of flake attribute paths such as nixosConfigurations.host.config.system.build.toplevel"
      );
    }
  }
  return { mode: "list", attrs: items };
}
function parseIdentity(setting, value) {
  const m = /^\s*(.+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(value);
  if (!m) throw new UsageError(`invalid identity '${value}' for ${setting}`, "expected Name <email@example.com>");
  return { name: m[1], email: m[2] };
}
function parseRelativePath(setting, value) {
  const v = value.trim();
  if (v === "") return ".";
  if (v.startsWith("/") || v.split("/").includes("..")) {
    throw new UsageError(
      `invalid path '${value}' for ${setting}`,
      "expected a path inside the repository, such as . or nix/flake or **/flake.nix"
    );
  }
  return v.replace(/\/flake\.(nix|lock)$/, "").replace(/\/+$/, "") || ".";
}

// src/lint/settings-file.ts
init_errors();

// src/nix/edit.ts
init_strings();
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function locAt(text, offset, starts = lineStarts(text)) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { offset, line: lo + 1, column: offset - starts[lo] + 1 };
}
function applyEdits(text, edits) {
  const sorted = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  let out = "";
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos || e.end < e.start || e.end > text.length) {
      throw new Error(`overlapping or out-of-range edit at offset ${e.start}`);
    }
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}
var IDENT = /^[A-Za-z_][A-Za-z0-9_'-]*$/;
var KEYWORDS = /* @__PURE__ */ new Set(["if", "then", "else", "assert", "with", "let", "in", "rec", "inherit", "or"]);
function attrName(name) {
  return IDENT.test(name) && !KEYWORDS.has(name) ? name : JSON.stringify(name).replace(/\$\{/g, "\\${");
}
function inputsAttrPath(path16) {
  return path16.map((p) => `inputs.${attrName(p)}`).join(".");
}
function lineStartOf(text, offset) {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
function lineEndOf(text, offset) {
  const nl = text.indexOf("\n", offset);
  return nl < 0 ? text.length : nl;
}
function indentAt(text, offset) {
  const start = lineStartOf(text, offset);
  return /^[ \t]*/.exec(text.slice(start))[0];
}
function eol(text) {
  return text.includes("\r\n") ? "\r\n" : "\n";
}
function bindingEnd(text, end) {
  if (text[end - 1] === ";") return end;
  const m = /^[ \t]*;/.exec(text.slice(end));
  return m ? end + m[0].length : end;
}
function readAttrPath(text, offset) {
  const segments = [];
  const segmentEnds = [];
  let i = offset;
  const skip = () => {
    for (; ; ) {
      const m = /^(?:\s+|#[^\n]*|\/\*[\s\S]*?\*\/)/.exec(text.slice(i, i + 4096));
      if (!m || m[0] === "") return;
      i += m[0].length;
    }
  };
  for (; ; ) {
    skip();
    const rest = text.slice(i, i + 1024);
    const id = /^[A-Za-z_][A-Za-z0-9_'-]*/.exec(rest);
    const str5 = /^"((?:[^"\\$]|\\[\s\S]|\$(?!\{))*)"/.exec(rest);
    if (id) {
      segments.push(id[0]);
      i += id[0].length;
    } else if (str5) {
      segments.push(unescapeString(str5[1]));
      i += str5[0].length;
    } else {
      return { segments, segmentEnds, eq: -1 };
    }
    segmentEnds.push(i);
    skip();
    if (text[i] === ".") {
      i++;
      continue;
    }
    return { segments, segmentEnds, eq: text[i] === "=" && text[i + 1] !== "=" ? i : -1 };
  }
}
function insertLineAfter(text, start, end, line) {
  const after = bindingEnd(text, end);
  const lineEnd = lineEndOf(text, after);
  const rest = text.slice(after, lineEnd).replace(/\r$/, "");
  if (/^\s*(#.*)?$/.test(rest)) {
    const at = text[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd;
    return { start: at, end: at, newText: `${eol(text)}${indentAt(text, start)}${line}` };
  }
  return { start: after, end: after, newText: ` ${line}` };
}
function insertIntoSet(text, start, end, line) {
  let close = bindingEnd(text, end) - 1;
  while (close > start && /[\s;]/.test(text[close])) close--;
  if (text[close] !== "}") return void 0;
  const closeLineStart = lineStartOf(text, close);
  const beforeClose = text.slice(closeLineStart, close);
  if (/^[ \t]*$/.test(beforeClose)) {
    let inner;
    for (let p = closeLineStart - 1; p > start; ) {
      const ls = lineStartOf(text, p);
      const content = text.slice(ls, p).replace(/\r$/, "");
      if (content.trim() !== "" && ls > lineStartOf(text, start)) {
        inner = /^[ \t]*/.exec(content)[0];
        break;
      }
      if (ls <= lineStartOf(text, start)) break;
      p = ls - 1;
    }
    const closeIndent = beforeClose;
    const indent = inner ?? closeIndent + (closeIndent.includes("	") ? "	" : "  ");
    return { start: closeLineStart, end: closeLineStart, newText: `${indent}${line}${eol(text)}` };
  }
  const spaceBefore = text[close - 1] === " " ? "" : " ";
  return { start: close, end: close, newText: `${spaceBefore}${line} ` };
}
function removeBinding(text, start, end) {
  const stop = bindingEnd(text, end);
  const ls = lineStartOf(text, start);
  const le = lineEndOf(text, stop);
  const before = text.slice(ls, start);
  const after = text.slice(stop, le).replace(/\r$/, "");
  if (/^[ \t]*$/.test(before) && /^\s*(#.*)?$/.test(after)) {
    const next = le < text.length ? le + 1 : le;
    return { start: ls, end: next, newText: "" };
  }
  const spaces = /^[ \t]*/.exec(text.slice(stop))[0].length;
  return { start, end: stop + spaces, newText: "" };
}

// src/lint/settings-file.ts
var SETTINGS_FILE = ".flake-steward.json";
var KEYS = ["$schema", "fail-on", "rules", "max-age", "ignore", "allowed-nixpkgs-owners", "supported-until"];
function keyPosition(text, key2) {
  const i = text.indexOf(JSON.stringify(key2));
  if (i < 0) return void 0;
  const l = locAt(text, i);
  return { line: l.line, column: l.column };
}
function jsonErrorPosition(text, e) {
  const lc = /line (\d+) column (\d+)/.exec(e.message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(e.message);
  if (pos) {
    const l = locAt(text, Math.min(Number(pos[1]), text.length));
    return { line: l.line, column: l.column };
  }
  return { line: 1, column: 1 };
}
function strings(value) {
  if (typeof value === "string") return parseList(value);
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.flatMap((v) => parseList(v));
  return void 0;
}
function parseSettingsFile(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UserError(
      `${SETTINGS_FILE} is not valid JSON: ${e.message}`,
      file,
      jsonErrorPosition(text, e)
    );
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new UserError(`${SETTINGS_FILE} must hold a JSON object`, file, { line: 1, column: 1 });
  }
  const obj = data;
  const fail = (key2, message, hint) => {
    throw new UserError(message, file, keyPosition(text, key2) ?? { line: 1, column: 1 }, hint);
  };
  const wrap = (key2, f) => {
    try {
      return f();
    } catch (e) {
      if (e instanceof UserError) return fail(key2, e.message, e.hint);
      throw e;
    }
  };
  const out = {};
  for (const key2 of Object.keys(obj)) {
    if (!KEYS.includes(key2))
      fail(key2, `unknown setting "${key2}" in ${SETTINGS_FILE}`, `settings are: ${KEYS.slice(1).join(", ")}`);
  }
  const setting = (key2) => `"${key2}" in ${SETTINGS_FILE}`;
  const v = (key2) => obj[key2];
  if (v("fail-on") !== void 0) {
    const raw = v("fail-on");
    if (typeof raw !== "string")
      fail("fail-on", `${setting("fail-on")} must be a string`, `one of ${FAIL_ON.join(", ")}`);
    out.failOn = wrap("fail-on", () => parseEnum(setting("fail-on"), raw, FAIL_ON));
  }
  if (v("rules") !== void 0) {
    const raw = v("rules");
    if (typeof raw === "string") out.rules = wrap("rules", () => parseRules(setting("rules"), raw));
    else if (typeof raw === "object" && raw !== null && !Array.isArray(raw)) {
      const rules = [];
      for (const [id, sev] of Object.entries(raw)) {
        if (typeof sev !== "string") fail("rules", `${setting("rules")}: the value for ${id} must be a string`);
        rules.push([id, wrap("rules", () => parseEnum(`${setting("rules")} (${id})`, sev, RULE_SETTINGS))]);
      }
      out.rules = Object.fromEntries(rules);
    } else fail("rules", `${setting("rules")} must be an object such as {"freshness/stale-input": "off"}`);
  }
  if (v("max-age") !== void 0) {
    const raw = v("max-age");
    if (typeof raw !== "number" && typeof raw !== "string")
      fail("max-age", `${setting("max-age")} must be a number of days or a string such as "30,nixpkgs=7"`);
    const m = wrap("max-age", () => parseMaxAge(setting("max-age"), String(raw)));
    if (m.maxAge !== void 0) out.maxAge = m.maxAge;
    out.maxAgeByInput = m.byInput;
  }
  for (const [key2, field] of [
    ["ignore", "ignore"],
    ["allowed-nixpkgs-owners", "allowedOwners"]
  ]) {
    if (v(key2) === void 0) continue;
    const list = strings(v(key2));
    if (!list) fail(key2, `${setting(key2)} must be a list of strings`);
    out[field] = list;
  }
  if (v("supported-until") !== void 0) {
    const raw = v("supported-until");
    if (typeof raw !== "object" || raw === null || Array.isArray(raw))
      fail(
        "supported-until",
        `${setting("supported-until")} must be an object such as {"nixpkgs-legacy": "2027-03-31"}`
      );
    const map = [];
    for (const [glob, day] of Object.entries(raw)) {
      wrap("supported-until", () => parseInputGlob(setting("supported-until"), glob));
      if (typeof day !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`)))
        fail(
          "supported-until",
          `${setting("supported-until")}: '${String(day)}' for ${glob} is not a date`,
          "expected YYYY-MM-DD"
        );
      map.push([glob, day]);
    }
    out.supportedUntil = Object.fromEntries(map);
  }
  return out;
}
function effectiveOptions(settings, file) {
  const f = file ?? {};
  return {
    ...settings,
    failOn: settings.failOn ?? f.failOn ?? DEFAULTS.failOn,
    rules: { ...f.rules, ...settings.rules },
    maxAge: settings.maxAge ?? f.maxAge ?? DEFAULTS.maxAge,
    // given globs first: the first glob that matches an input decides its max age
    maxAgeByInput: Object.fromEntries([
      ...Object.entries(settings.maxAgeByInput),
      ...Object.entries(f.maxAgeByInput ?? {}).filter(([k]) => !Object.hasOwn(settings.maxAgeByInput, k))
    ]),
    ignore: [...f.ignore ?? [], ...settings.ignore],
    allowedOwners: [...f.allowedOwners ?? [], ...settings.allowedOwners],
    supportedUntil: { ...f.supportedUntil }
  };
}

// src/workspace/flake-dirs.ts
var SKIP = /* @__PURE__ */ new Set([".git", "node_modules", ".direnv", ".devenv", ".jj", ".hg", "result"]);
var MAX_DIRS = 2e4;
async function isFile(p) {
  try {
    return (await stat2(p)).isFile();
  } catch {
    return false;
  }
}
async function isFlakeDir(dir) {
  return isFile(path5.join(dir, "flake.nix"));
}
async function isNamedFlakeDir(dir) {
  return await isFlakeDir(dir) || await isFile(path5.join(dir, "flake.lock"));
}
async function walk(root) {
  const out = ["."];
  const queue = ["."];
  while (queue.length > 0 && out.length < MAX_DIRS) {
    const rel = queue.shift();
    let entries;
    try {
      entries = await readdir(path5.join(root, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (!e.isDirectory() || SKIP.has(e.name) || e.name.startsWith("result-")) continue;
      const child = rel === "." ? e.name : `${rel}/${e.name}`;
      out.push(child);
      queue.push(child);
    }
  }
  return out;
}
var FLAKE_FILES = ["flake.nix", "flake.lock", SETTINGS_FILE];
var AREA = "the workspace";
function confinement(workspace) {
  const links = memoLinks();
  return { root: rootOf(workspace, links), links };
}
function confineDir(c, dir) {
  const hint = "flake-steward reads nothing outside the workspace; point path or paths at a directory of the repository";
  confine(c.root, dir, { shown: dir, area: AREA, hint }, c.links);
}
function confineFiles(c, dir) {
  const hint = "flake-steward reads nothing outside the workspace; commit the file itself rather than a link to it";
  for (const name of FLAKE_FILES) {
    const shown2 = path5.posix.join(dir, name);
    confine(c.root, shown2, { shown: shown2, area: AREA, hint }, c.links);
  }
}
async function discoverFlakes(workspace, paths, options = {}) {
  const c = options.confine ? confinement(workspace) : void 0;
  const found = /* @__PURE__ */ new Set();
  let all;
  for (const raw of paths.length > 0 ? paths : ["."]) {
    const entry = raw.replace(/\/+$/, "").replace(/^\.\//, "") || ".";
    if (hasGlobChars(entry)) {
      all ??= await walk(workspace);
      const re = globToRegExp(entry);
      let matched = 0;
      for (const dir of all) {
        if ((dir === "." ? re.test("") || re.test(".") : re.test(dir)) && await isFlakeDir(path5.join(workspace, dir))) {
          found.add(dir);
          matched++;
        }
      }
      if (matched === 0) {
        throw new UserError(
          `no flake matches '${raw}' under ${workspace}`,
          void 0,
          void 0,
          "paths are directories or globs relative to the repository, such as . or hosts/* or **/flake.nix"
        );
      }
    } else {
      const dir = path5.posix.normalize(entry);
      if (c) confineDir(c, dir);
      const abs = path5.join(workspace, dir);
      if (!await isNamedFlakeDir(abs)) {
        throw new UserError(
          `no flake.nix or flake.lock in ${dir === "." ? workspace : dir}`,
          void 0,
          void 0,
          "set path (or paths) to the directory of your flake"
        );
      }
      found.add(dir);
    }
  }
  const dirs = [...found].sort((a, b) => a === "." ? -1 : b === "." ? 1 : a.localeCompare(b));
  if (c) for (const dir of dirs) confineFiles(c, dir);
  return dirs;
}

// src/workspace/fs.ts
async function realFile(file) {
  try {
    return await fsp.realpath(file);
  } catch {
    return file;
  }
}
var nodeFs = {
  async read(file) {
    try {
      return await fsp.readFile(file);
    } catch (e) {
      if (e.code === "ENOENT") return void 0;
      throw e;
    }
  },
  // Nix writes flake.lock through a link; a restore goes where Nix wrote, and the link stays a link.
  writeAtomic: async (file, bytes) => writeAtomic(await realFile(file), bytes),
  async exists(file) {
    try {
      await fsp.access(file);
      return true;
    } catch {
      return false;
    }
  },
  flakeDirs: (workspace, paths, options) => discoverFlakes(workspace, paths, options)
};

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
async function planDiff(plan) {
  const { createTwoFilesPatch: createTwoFilesPatch2 } = await Promise.resolve().then(() => (init_libesm(), libesm_exports));
  return createTwoFilesPatch2(`a/${plan.file}`, `b/${plan.file}`, plan.before, plan.after, "", "", { context: 3 });
}
async function checkParses(plan) {
  const { parseFile: parseFile2, NixSyntaxError: NixSyntaxError2 } = await Promise.resolve().then(() => (init_nix2(), nix_exports2));
  try {
    parseFile2(plan.after, { file: plan.file });
  } catch (e) {
    const why = e instanceof NixSyntaxError2 ? e.format() : e instanceof Error ? e.message : String(e);
    throw new Error(`the fixes for ${plan.file} would not parse (${why}); nothing was written — please report this`);
  }
}

// src/workspace/repository.ts
async function repositoryRoot(run, dir) {
  try {
    const r = await run("git", ["rev-parse", "--show-toplevel"], { cwd: dir, check: false });
    const top = r.stdout.replace(/\r?\n$/, "");
    if (r.code === 0 && top !== "") return top;
  } catch {
  }
  return dir;
}

// src/app/lint.ts
import path8 from "node:path";

// src/core/build-config.ts
import path6 from "node:path";

// src/core/branch-name.ts
init_errors();
function invalidBranchName(name) {
  if (name === "") return "it is empty";
  if (/[\s~^:?*[\\\x00-\x1f\x7f]/.test(name)) return "it contains a space or one of ~ ^ : ? * [ \\";
  if (name.includes("..") || name.includes("@{") || name.includes("//")) return "it contains .., @{ or //";
  if (name === "@") return "it is @";
  if (name.startsWith("-") || name.startsWith("/") || name.endsWith("/") || name.endsWith(".")) {
    return "it starts with - or /, or ends with / or .";
  }
  if (name.split("/").some((part) => part.startsWith(".") || part.endsWith(".lock"))) {
    return "a part starts with . or ends with .lock";
  }
  return void 0;
}
function assertValidBranchName(name, setting = "input 'branch'") {
  const why = invalidBranchName(name);
  if (why)
    throw new UsageError(
      `invalid branch name '${name}' for ${setting}: ${why}`,
      "use a name such as flake-steward/update"
    );
}

// src/core/split-args.ts
init_errors();
function splitArgs(setting, value) {
  const out = [];
  let cur = "";
  let inWord = false;
  let quote = null;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quote === "'") {
      if (c === "'") quote = null;
      else cur += c;
    } else if (quote === '"') {
      if (c === '"') quote = null;
      else if (c === "\\" && i + 1 < value.length && '"\\$`'.includes(value[i + 1])) cur += value[++i];
      else cur += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === "\\" && i + 1 < value.length) {
      cur += value[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) out.push(cur);
      cur = "";
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (quote) throw new UsageError(`unterminated ${quote} quote in ${setting}`, "close the quote");
  if (inWord) out.push(cur);
  return out;
}

// src/core/build-config.ts
var Setting = {
  Command: "command",
  Path: "path",
  Paths: "paths",
  Token: "token",
  Format: "format",
  FailOn: "fail-on",
  Rules: "rules",
  MaxAge: "max-age",
  Ignore: "ignore",
  AllowedOwners: "allowed-nixpkgs-owners",
  SarifFile: "sarif-file",
  JobSummary: "job-summary",
  UpdateInputs: "inputs",
  Build: "build",
  DryRun: "dry-run",
  OnBuildFailure: "on-build-failure",
  NixOptions: "nix-options",
  AcceptFlakeConfig: "accept-flake-config",
  Base: "base",
  Branch: "branch",
  CommitMode: "commit-mode",
  Title: "title",
  CommitMessage: "commit-message",
  Labels: "labels",
  Assignees: "assignees",
  Reviewers: "reviewers",
  TeamReviewers: "team-reviewers",
  Draft: "draft",
  AutoMerge: "auto-merge",
  Author: "author",
  Committer: "committer",
  Signoff: "signoff",
  MaxCommits: "max-commits"
};
function buildConfig(source, context) {
  const raw = (name) => (source.get(name) ?? "").trim();
  const given = (name) => raw(name) === "" ? void 0 : raw(name);
  const parsed = (name, parse2, fallback) => {
    const v = given(name);
    return v === void 0 ? fallback : parse2(source.label(name), v);
  };
  const optional = (name, parse2) => {
    const v = given(name);
    return v === void 0 ? void 0 : parse2(source.label(name), v);
  };
  const list = (name) => parseList(raw(name));
  const branch = (name, value) => {
    assertValidBranchName(value, source.label(name));
    return value;
  };
  const command = parsed(Setting.Command, (s, v) => parseEnum(s, v, COMMANDS), "lint");
  const pathsName = given(Setting.Paths) !== void 0 ? Setting.Paths : Setting.Path;
  const pathsRaw = list(pathsName);
  const paths = (pathsRaw.length > 0 ? pathsRaw : DEFAULTS.paths).map(
    (p) => parseRelativePath(source.label(pathsName), p)
  );
  const maxAge = optional(Setting.MaxAge, parseMaxAge);
  const sarif = given(Setting.SarifFile);
  const token = given(Setting.Token);
  const apiUrl = context.env["GITHUB_API_URL"] || DEFAULTS.apiUrl;
  const author = optional(Setting.Author, parseIdentity);
  const committer = optional(Setting.Committer, parseIdentity);
  const base = given(Setting.Base);
  const commitMessage = given(Setting.CommitMessage);
  const failOn = optional(Setting.FailOn, (s, v) => parseEnum(s, v, FAIL_ON));
  return {
    command,
    workspace: context.workspace,
    paths,
    jobSummary: parsed(Setting.JobSummary, parseBool, true),
    format: parsed(Setting.Format, (s, v) => parseEnum(s, v, FORMATS), "text"),
    lint: {
      ...failOn !== void 0 ? { failOn } : {},
      rules: parseRules(source.label(Setting.Rules), raw(Setting.Rules)),
      ...maxAge?.maxAge !== void 0 ? { maxAge: maxAge.maxAge } : {},
      maxAgeByInput: maxAge?.byInput ?? {},
      ignore: list(Setting.Ignore),
      allowedOwners: list(Setting.AllowedOwners),
      ...sarif !== void 0 ? { sarifFile: path6.resolve(context.cwd, sarif) } : {}
    },
    update: {
      inputs: list(Setting.UpdateInputs),
      build: parseBuild(source.label(Setting.Build), raw(Setting.Build)),
      dryRun: parsed(Setting.DryRun, parseBool, false),
      onBuildFailure: parsed(
        Setting.OnBuildFailure,
        (s, v) => parseEnum(s, v, ON_BUILD_FAILURE),
        DEFAULTS.onBuildFailure
      ),
      nixOptions: splitArgs(source.label(Setting.NixOptions), raw(Setting.NixOptions)),
      acceptFlakeConfig: parsed(Setting.AcceptFlakeConfig, parseBool, false)
    },
    pr: {
      ...token !== void 0 ? { token } : {},
      apiUrl,
      serverUrl: context.env["GITHUB_SERVER_URL"] || DEFAULTS.serverUrl,
      graphqlUrl: context.env["GITHUB_GRAPHQL_URL"] || `${apiUrl.replace(/\/+$/, "")}/graphql`,
      ...context.repository ? { repository: context.repository } : {},
      ...base !== void 0 ? { base: branch(Setting.Base, base) } : {},
      branch: branch(Setting.Branch, given(Setting.Branch) ?? DEFAULTS.branch),
      commitMode: parsed(Setting.CommitMode, (s, v) => parseEnum(s, v, COMMIT_MODES), DEFAULTS.commitMode),
      title: given(Setting.Title) ?? DEFAULTS.title,
      ...commitMessage !== void 0 ? { commitMessage } : {},
      labels: list(Setting.Labels),
      assignees: list(Setting.Assignees),
      reviewers: list(Setting.Reviewers),
      teamReviewers: list(Setting.TeamReviewers),
      draft: parsed(Setting.Draft, parseBool, false),
      autoMerge: parsed(Setting.AutoMerge, (s, v) => parseEnum(s, v, AUTO_MERGE), DEFAULTS.autoMerge),
      ...author ? { author } : {},
      ...committer ? { committer } : {},
      signoff: parsed(Setting.Signoff, parseBool, false),
      maxCommits: parsed(Setting.MaxCommits, parseNonNegativeInt, DEFAULTS.maxCommits)
    }
  };
}

// src/lint/rule-engine.ts
init_errors();
var SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function checkRuleIds(rules, configured, setting) {
  const known = new Set(rules.map((r) => r.id));
  for (const id of Object.keys(configured)) {
    if (!known.has(id)) {
      const near = [...known].filter((k) => k.endsWith(`/${id.split("/").pop()}`) || k.startsWith(id));
      throw new UsageError(
        `unknown rule '${id}' in ${setting}`,
        near.length > 0 ? `did you mean ${near.join(" or ")}?` : `rules are: ${[...known].join(", ")}`
      );
    }
  }
}
function isIgnored(finding, ignore) {
  if (finding.input === void 0) return false;
  for (const entry of ignore) {
    const colon = entry.indexOf(":");
    if (colon > 0) {
      if (entry.slice(0, colon) === finding.rule && globMatch(entry.slice(colon + 1), finding.input)) return true;
    } else if (globMatch(entry, finding.input)) {
      return true;
    }
  }
  return false;
}
function compareFindings(a, b) {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || (a.input ?? "").localeCompare(b.input ?? "") || a.message.localeCompare(b.message);
}
function runRules(ctx, rules) {
  const findings = [];
  const notices = [];
  const skippedForNix = [];
  const seen = /* @__PURE__ */ new Set();
  for (const rule of rules) {
    const setting = ctx.options.rules[rule.id] ?? rule.defaultSeverity;
    if (setting === "off") continue;
    if (rule.needs.includes("nix") && !ctx.flake) {
      if (!ctx.hasNix) skippedForNix.push(rule.id);
      continue;
    }
    if (rule.needs.includes("lock") && !ctx.lock) continue;
    let raw;
    try {
      raw = rule.check(ctx);
    } catch (e) {
      notices.push(`rule ${rule.id} failed on ${ctx.nixPath}: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    for (const r of raw) {
      const finding = {
        rule: rule.id,
        severity: setting,
        message: r.message,
        file: r.in === "nix" ? ctx.nixPath : ctx.lockPath,
        line: r.line,
        column: r.column,
        endLine: r.endLine,
        endColumn: r.endColumn,
        ...r.input !== void 0 ? { input: r.input } : {},
        ...r.fix ? { fix: r.fix } : {}
      };
      if (isIgnored(finding, ctx.options.ignore)) continue;
      const key2 = `${finding.rule}\0${finding.file}\0${finding.line}\0${finding.column}\0${finding.input}\0${finding.message}`;
      if (seen.has(key2)) continue;
      seen.add(key2);
      findings.push(finding);
    }
  }
  if (skippedForNix.length > 0) {
    notices.unshift(
      `${ctx.nixPath} not found: linting ${ctx.lockPath} alone (lock-only mode); ${skippedForNix.length} rules that read flake.nix were skipped`
    );
  }
  findings.sort(compareFindings);
  return { findings, notices };
}
function fails(findings, failOn) {
  if (failOn === "never") return false;
  const limit = SEVERITY_RANK[failOn];
  return findings.some((f) => SEVERITY_RANK[f.severity] <= limit);
}

// src/lint/lint-context.ts
init_errors();

// src/flake/declared-inputs.ts
init_errors();
init_nix2();
init_ast();
function unparen2(e) {
  let x = e;
  while (x.kind === "Paren") x = x.expr;
  return x;
}
function newAttrs2(span) {
  return { kind: "attrs", entries: /* @__PURE__ */ new Map(), span };
}
function addBinding(into, path16, value, binding, topLevel) {
  let at = into;
  for (let i = 0; i < path16.length; i++) {
    const n = path16[i];
    if (n.name === void 0) {
      at.dynamic ??= n;
      return;
    }
    const last = i === path16.length - 1;
    let entry = at.entries.get(n.name);
    if (!entry) {
      const dotted = i > 0 ? path16[i - 1].name === "inputs" : topLevel && !last;
      entry = { value: last ? toValue(value) : newAttrs2(binding), bindings: [], dotted, nameSpan: n.span };
      at.entries.set(n.name, entry);
      entry.bindings.push(binding);
      if (last) return;
    } else {
      if (entry.bindings[entry.bindings.length - 1] !== binding) entry.bindings.push(binding);
      if (last) {
        const v = toValue(value);
        if (entry.value.kind === "attrs" && v.kind === "attrs") {
          for (const [k, e] of v.entries) entry.value.entries.set(k, e);
          entry.value.dynamic ??= v.dynamic;
        } else entry.value = v;
        return;
      }
    }
    if (entry.value.kind !== "attrs") return;
    at = entry.value;
  }
}
function toValue(e) {
  const x = unparen2(e);
  if (x.kind !== "AttrSet") return { kind: "leaf", expr: e };
  return attrsOf(x);
}
function attrsOf(set) {
  const attrs = newAttrs2(set.span);
  for (const b of set.bindings) {
    if (b.kind === "AttrBinding") addBinding(attrs, b.path, b.value, b.span, false);
    else
      for (const n of b.names) {
        if (n.name === void 0) continue;
        const leaf = { kind: "leaf", expr: b.from ?? { kind: "Var", name: n.name, span: n.span } };
        attrs.entries.set(n.name, { value: leaf, bindings: [b.span], dotted: false, nameSpan: n.span });
      }
  }
  return attrs;
}
function literalOf(e, exact) {
  const x = unparen2(e);
  switch (x.kind) {
    case "String": {
      if (exact) {
        const s = staticString(x);
        return s === void 0 ? void 0 : { kind: "string", value: s };
      }
      let out = "";
      for (const p of x.parts) {
        if (p.kind !== "Literal") return void 0;
        out += p.value;
      }
      return { kind: "string", value: out };
    }
    case "Uri":
      return { kind: "string", value: x.value };
    case "Path":
      return x.parts.length === 1 && x.parts[0].kind === "Literal" ? { kind: "path", value: x.parts[0].value } : void 0;
    case "Int":
      return { kind: "int", value: x.value };
    case "Float":
      return { kind: "float", value: x.value };
    case "Var":
      if (x.name === "true" || x.name === "false") return { kind: "bool", value: x.name === "true" };
      if (x.name === "null") return { kind: "null" };
      return void 0;
    case "List": {
      const items = [];
      for (const el of x.elements) {
        const l = literalOf(el, exact);
        if (!l) return void 0;
        items.push(l);
      }
      return { kind: "list", items };
    }
    case "AttrSet":
      return { kind: "attrs", attrs: attrsOf(x) };
    default:
      return void 0;
  }
}
var TYPE_NAMES = {
  string: "a string",
  path: "a path",
  bool: "a Boolean",
  int: "an integer",
  float: "a float",
  null: "null",
  list: "a list",
  attrs: "a set"
};
var Reader = class {
  constructor(file, text) {
    this.file = file;
    this.text = text;
  }
  file;
  text;
  fail(message, span, hint) {
    throw new UserError(message, this.file, { line: span.start.line, column: span.start.column }, hint);
  }
  /** The flake's top-level attribute set (Nix accepts parentheses around it, nothing else). */
  topLevel(expr) {
    const x = unparen2(expr);
    if (x.kind !== "AttrSet")
      this.fail(
        "flake.nix must be an attribute set",
        x.span,
        "Nix reads flake.nix without evaluating it: write `{ inputs = …; outputs = …; }` with no let, with or function around it"
      );
    const attrs = newAttrs2(x.span);
    for (const b of x.bindings) {
      if (b.kind === "AttrBinding") {
        if (b.path[0].name === void 0) this.computedName(b.path[0], "flake.nix");
        addBinding(attrs, b.path, b.value, b.span, true);
      } else for (const n of b.names) if (n.name === "inputs") this.computed("inputs", n.span, "inherited");
    }
    return attrs;
  }
  computed(what, span, how = "computed") {
    this.fail(
      `${what} is ${how}: Nix reads flake inputs without evaluating anything`,
      span,
      "write the value out literally: a string, true or false, a number, or an attribute set"
    );
  }
  computedName(n, where = "inputs") {
    this.fail(
      `${where}: attribute names must be written literally`,
      n.span,
      `Nix reads flake inputs without evaluating them; replace ${this.text.slice(n.span.start.offset, n.span.end.offset)} by a plain name`
    );
  }
  /** The set under `inputs` (or under an input's `inputs`), or a failure saying why it is not one. */
  inputSet(entry, what) {
    const v = entry.value;
    if (v.kind === "leaf") {
      const lit = literalOf(v.expr, true);
      if (lit)
        this.fail(`${what} must be an attribute set, not ${TYPE_NAMES[lit.kind]}`, v.expr.span, "write it as { … }");
      this.computed(what, v.expr.span);
    }
    if (v.dynamic) this.computedName(v.dynamic);
    return v;
  }
  inputs(set, parent) {
    const out = [];
    for (const [name, entry] of set.entries) {
      if (parent.length === 0 && name === "self") {
        this.selfAttrs(entry);
        continue;
      }
      out.push(this.input(entry, [...parent, name]));
    }
    return out;
  }
  /** `inputs.self.submodules` / `.lfs`: settings of the flake itself (current Nix), not an input. */
  selfAttrs(entry) {
    const set = this.inputSet(entry, "inputs.self");
    for (const [k, e] of set.entries) {
      if (k !== "submodules" && k !== "lfs")
        this.fail(
          `flake 'self' input attribute '${k}' is not supported`,
          e.nameSpan,
          "only submodules and lfs can be set on self"
        );
      this.bool(e, `inputs.self.${k}`);
    }
  }
  leaf(e, what) {
    if (e.value.kind === "attrs") return { lit: { kind: "attrs", attrs: e.value }, span: e.value.span };
    const lit = literalOf(e.value.expr, true);
    if (!lit) this.computed(what, e.value.expr.span);
    return { lit, span: e.value.expr.span };
  }
  bool(e, what) {
    const { lit, span } = this.leaf(e, what);
    if (lit.kind !== "bool")
      this.fail(
        `${what} must be true or false, not ${TYPE_NAMES[lit.kind]}`,
        span,
        "write true or false, without quotes"
      );
    return { value: lit.value, span };
  }
  string(e, what) {
    const { lit, span } = this.leaf(e, what);
    if (lit.kind !== "string")
      this.fail(`${what} must be a string, not ${TYPE_NAMES[lit.kind]}`, span, "write it in double quotes");
    return { value: lit.value, span };
  }
  input(entry, path16) {
    const where = `inputs.${path16.join(".inputs.")}`;
    if (entry.value.kind === "leaf") {
      const lit = literalOf(entry.value.expr, true);
      if (lit?.kind === "string" || lit?.kind === "path")
        this.fail(
          `input '${path16.join("/")}' must be an attribute set, not ${TYPE_NAMES[lit.kind]}`,
          entry.value.expr.span,
          `write ${where}.url = ${this.text.slice(entry.value.expr.span.start.offset, entry.value.expr.span.end.offset)};`
        );
    }
    const set = this.inputSet(entry, `input '${path16.join("/")}'`);
    let url;
    let flake;
    let follows;
    let nested = [];
    const other = [];
    let typeSpan;
    for (const [k, e] of set.entries) {
      const what = `${where}.${k}`;
      if (k === "url") {
        const { lit, span } = this.leaf(e, what);
        if (lit.kind !== "string" && lit.kind !== "path")
          this.fail(
            `${what} must be a string or a path, not ${TYPE_NAMES[lit.kind]}`,
            span,
            'write a flake reference in double quotes, e.g. "github:owner/repo"'
          );
        url = { value: lit.value, span };
      } else if (k === "flake") flake = this.bool(e, what);
      else if (k === "follows") follows = this.string(e, what);
      else if (k === "inputs") nested = this.inputs(this.inputSet(e, what), path16);
      else {
        const { lit, span } = this.leaf(e, what);
        if (lit.kind !== "string" && lit.kind !== "bool" && lit.kind !== "int")
          this.fail(
            `flake input attribute '${k}' is ${TYPE_NAMES[lit.kind]} while a string, Boolean, or integer is expected`,
            span,
            "write a string, true or false, or a whole number"
          );
        if (k === "type") typeSpan = e.bindings[0];
        other.push([k, e, lit.kind === "int" ? Number(lit.value) : lit.value]);
      }
    }
    let attrs;
    if (typeSpan) {
      const value = {};
      if (url) value["url"] = url.value;
      for (const [k, , v] of other) value[k] = v;
      if (typeof value["type"] !== "string")
        this.fail(`${where}.type must be a string`, typeSpan, 'e.g. type = "github";');
      attrs = { value, span: typeSpan };
      url = void 0;
    } else if (other.length > 0) {
      const [k, e] = other[0];
      this.fail(
        `unexpected flake input attribute '${k}'`,
        e.nameSpan,
        `an input takes url, flake, follows and inputs, or a reference written as attributes with a 'type'`
      );
    }
    return {
      name: path16[path16.length - 1],
      path: path16,
      ...url ? { url } : {},
      ...attrs ? { attrs } : {},
      ...flake ? { flake } : {},
      ...follows ? { follows } : {},
      inputs: nested,
      span: entry.bindings[0],
      bindings: [...entry.bindings].sort((a, b) => a.start.offset - b.start.offset),
      style: entry.dotted ? "dotted" : "block"
    };
  }
  outputsFormals(top) {
    const e = top.entries.get("outputs");
    if (!e || e.value.kind !== "leaf") return [];
    const f = unparen2(e.value.expr);
    if (f.kind !== "Lambda" || !f.formals) return [];
    return f.formals.entries.map((x) => ({ value: x.name.name, span: x.name.span }));
  }
};
function declaredInputs(expr, file, text) {
  const r = new Reader(file, text);
  const top = r.topLevel(expr);
  const entry = top.entries.get("inputs");
  const inputs = entry ? r.inputs(r.inputSet(entry, "inputs"), []) : [];
  return {
    file,
    text,
    inputs,
    outputsFormals: r.outputsFormals(top),
    ...entry ? { inputsSpan: entry.bindings[0] } : {},
    inputsStyle: entry ? entry.dotted ? "dotted" : "block" : "none"
  };
}
function readFlakeNix(text, file) {
  return declaredInputs(parse(text, { file }), file, text);
}
function jsonString(s) {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === '"' || ch === "\\") out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "	") out += "\\t";
    else if (c < 32) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return `${out}"`;
}
function jsonOf(lit, r, where) {
  switch (lit.kind) {
    case "string":
    case "path":
      return jsonString(lit.value);
    case "bool":
      return String(lit.value);
    case "int":
      return lit.value.toString();
    case "float":
      return String(lit.value);
    case "null":
      return "null";
    case "list":
      return `[${lit.items.map((i) => jsonOf(i, r, where)).join(",")}]`;
    case "attrs":
      return jsonOfAttrs(lit.attrs, r, where);
  }
}
function jsonOfAttrs(a, r, where) {
  if (a.dynamic) r.computedName(a.dynamic);
  const keys = [...a.entries.keys()].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
  const items = keys.map((k) => {
    const e = a.entries.get(k);
    let v;
    if (e.value.kind === "attrs") v = jsonOfAttrs(e.value, r, `${where}.${k}`);
    else {
      const lit = literalOf(e.value.expr, false);
      if (!lit) r.computed(`${where}.${k}`, e.value.expr.span);
      v = jsonOf(lit, r, `${where}.${k}`);
    }
    return `${jsonString(k)}:${v}`;
  });
  return `{${items.join(",")}}`;
}
function inputsValue(expr, file, text) {
  const r = new Reader(file, text);
  const top = r.topLevel(expr);
  const entry = top.entries.get("inputs");
  if (!entry) return "{}";
  if (entry.value.kind === "leaf") {
    const lit = literalOf(entry.value.expr, false);
    if (!lit) r.computed("inputs", entry.value.expr.span);
    return jsonOf(lit, r, "inputs");
  }
  return jsonOfAttrs(entry.value, r, "inputs");
}

// src/flake/flake-types.ts
var showPath = (p) => p.join("/");

// src/flake/follows.ts
init_errors();

// src/flake/flakeref.ts
init_errors();
var RefError = class extends Error {
  constructor(message, hint) {
    super(message);
    this.hint = hint;
  }
  hint;
};
var FLAKE_ID_S = "[a-zA-Z][a-zA-Z0-9_-]*";
var REV_S = "[0-9a-fA-F]{40}";
var FLAKE_ID_RE = new RegExp(`^${FLAKE_ID_S}$`);
var REV_RE = new RegExp(`^${REV_S}$`);
var BAD_GIT_REF_RE = /\/\/|^[./]|\/\.|\.\.|[\x00-\x20\x7f:?^~[]|\\|\*|\.lock$|\.lock\/|@\{|[/.]$|^@$|^$/;
var HOST_CURRENT_RE = /^[a-zA-Z0-9.-]*$/;
var HOST_28_RE = /^[a-zA-Z0-9.]*$/;
var REF_28_S = "[a-zA-Z0-9][a-zA-Z0-9_./-]*";
var REF_CURRENT_S = "[a-zA-Z0-9@][a-zA-Z0-9_./@+-]*";
var TARBALL_EXTENSIONS = [".zip", ".tar", ".tgz", ".tar.gz", ".tar.xz", ".tar.bz2", ".tar.zst"];
var SRI_BYTES = { md5: 16, sha1: 20, sha256: 32, sha512: 64 };
function refAndOrRev(refS) {
  return `(?:(${REV_S})|(?:(${refS})(?:/(${REV_S}))?))`;
}
var CURRENT = {
  name: "current",
  refRe: new RegExp(`^${REF_CURRENT_S}$`),
  flakeIdRefRe: new RegExp(`^(${FLAKE_ID_S}(?:/${refAndOrRev(REF_CURRENT_S)})?)(?:#(.*))?$`),
  validForgeRef: (ref) => !BAD_GIT_REF_RE.test(ref),
  hostRe: HOST_CURRENT_RE,
  decodePath: true,
  decodeQueryKeys: true,
  encodeQueryComponent: (s) => percentEncode(s, ":@/?", true),
  dirInUrl: false,
  curlApplicationPrefix: true,
  fileType: true,
  forgeNarHash: true,
  gitSchemes: "any",
  gitStringParams: ["rev", "ref", "keytype", "publicKey", "publicKeys"],
  gitBoolParams: ["shallow", "submodules", "lfs", "exportIgnore", "allRefs", "verifyCommit"],
  lowercaseRev: false,
  barePathAbsoluteCanon: false
};
var NIX_2_8 = {
  name: "nix-2.8",
  refRe: new RegExp(`^${REF_28_S}$`),
  flakeIdRefRe: new RegExp(`^(${FLAKE_ID_S}(?:/${refAndOrRev(REF_28_S)})?)(?:#(.*))?$`),
  validForgeRef: (ref) => new RegExp(`^${REF_28_S}$`).test(ref),
  hostRe: HOST_28_RE,
  decodePath: false,
  decodeQueryKeys: false,
  encodeQueryComponent: (s) => encode28(s),
  dirInUrl: true,
  curlApplicationPrefix: false,
  fileType: false,
  forgeNarHash: false,
  gitSchemes: /* @__PURE__ */ new Set(["git", "git+http", "git+https", "git+ssh", "git+file"]),
  gitStringParams: ["rev", "ref"],
  gitBoolParams: ["shallow", "submodules"],
  lowercaseRev: true,
  barePathAbsoluteCanon: true
};
function dialectOf(opts) {
  return opts?.dialect === "nix-2.8" ? NIX_2_8 : CURRENT;
}
var UNRESERVED = /[A-Za-z0-9\-._~]/;
function percentEncode(s, keep = "", upper = true) {
  let out = "";
  for (const byte of Buffer.from(s, "utf8")) {
    const c = String.fromCharCode(byte);
    if (byte < 128 && (UNRESERVED.test(c) || keep.includes(c))) out += c;
    else {
      const hex = byte.toString(16).padStart(2, "0");
      out += `%${upper ? hex.toUpperCase() : hex}`;
    }
  }
  return out;
}
function encode28(s) {
  let out = "";
  for (const byte of Buffer.from(s, "utf8")) {
    const c = String.fromCharCode(byte);
    if (byte < 128 && (UNRESERVED.test(c) || "!$&'()*+,;=:@".includes(c))) out += c;
    else out += byte < 128 ? `%${byte.toString(16).padStart(2, "0")}` : `%ffffff${byte.toString(16)}`;
  }
  return out;
}
function percentDecode(s) {
  if (!s.includes("%")) return s;
  const bytes = [];
  for (let i = 0; i < s.length; ) {
    if (s[i] === "%") {
      const hex = s.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new RefError(`invalid percent-encoding '${s.slice(i, i + 3)}'`);
      bytes.push(parseInt(hex, 16));
      i += 3;
    } else {
      const cp = s.codePointAt(i);
      const ch = String.fromCodePoint(cp);
      for (const b of Buffer.from(ch, "utf8")) bytes.push(b);
      i += ch.length;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
var URL_RE = /^([a-zA-Z][a-zA-Z0-9+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/s;
var PCHAR = "A-Za-z0-9\\-._~!$&'()*+,;=:@";
var AUTHORITY_RE = new RegExp(`^(?:[${PCHAR}]|%[0-9a-fA-F]{2}|\\[[0-9a-fA-F:.]+\\])*$`);
var PATH_RE = new RegExp(`^(?:[${PCHAR}/]|%[0-9a-fA-F]{2})*$`);
var QUERY_RE = new RegExp(`^(?:[${PCHAR}/? "]|%[0-9a-fA-F]{2})*$`);
function decodeQuery(raw, d) {
  const q = /* @__PURE__ */ new Map();
  for (const part of raw.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const key2 = d.decodeQueryKeys ? percentDecode(part.slice(0, eq)) : part.slice(0, eq);
    if (!q.has(key2)) q.set(key2, percentDecode(part.slice(eq + 1)));
  }
  return q;
}
function splitUrl(text, d) {
  const m = URL_RE.exec(text);
  if (!m) return void 0;
  const [, scheme, authority, path16, query, fragment] = m;
  if (authority !== void 0 && !AUTHORITY_RE.test(authority)) return void 0;
  if (!PATH_RE.test(path16)) return void 0;
  if (query !== void 0 && !QUERY_RE.test(query)) return void 0;
  return { scheme, authority, path: path16, query: decodeQuery(query ?? "", d), fragment };
}
function encodeQuery(q, d) {
  const keys = [...q.keys()].sort(compareBytes2);
  return keys.map((k) => `${d.encodeQueryComponent(k)}=${d.encodeQueryComponent(q.get(k))}`).join("&");
}
function compareBytes2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function renderPath(rawPath, d) {
  if (!d.decodePath) return rawPath;
  return rawPath.split("/").map((seg) => percentEncode(percentDecode(seg), ":@")).join("/");
}
function renderUrl(scheme, authority, rawPath, q, d) {
  const auth = authority !== void 0 ? `//${authority}` : "";
  const query = q.size > 0 ? `?${encodeQuery(q, d)}` : "";
  return `${scheme}:${auth}${renderPath(rawPath, d)}${query}`;
}
function transportOf(scheme) {
  const plus = scheme.indexOf("+");
  return plus < 0 ? { transport: scheme } : { application: scheme.slice(0, plus), transport: scheme.slice(plus + 1) };
}
function checkFileAuthority(url, text) {
  if (transportOf(url.scheme).transport === "file" && url.authority !== void 0 && url.authority !== "") {
    throw new RefError(
      `file URL '${text}' has unexpected host '${url.authority}'`,
      "write file:///absolute/path (three slashes)"
    );
  }
}
var NIX32 = "0123456789abcdfghijklmnpqrsvwxyz";
function decodeNix32(s, size) {
  const out = Buffer.alloc(size);
  for (let n = 0; n < s.length; n++) {
    const digit = NIX32.indexOf(s[s.length - n - 1]);
    if (digit < 0) return void 0;
    const b = n * 5;
    const i = b >> 3;
    const j = b & 7;
    out[i] |= digit << j & 255;
    const carry = digit >> 8 - j;
    if (i < size - 1) out[i + 1] |= carry;
    else if (carry) return void 0;
  }
  return out;
}
function decodeHash(s, expected) {
  let algo = expected;
  let body = s;
  let sri = false;
  const m = /^(md5|sha1|sha256|sha512)([:-])(.*)$/s.exec(s);
  if (m) {
    algo = m[1];
    sri = m[2] === "-";
    body = m[3];
  }
  const size = SRI_BYTES[algo];
  const b64Len = 4 * Math.ceil(size / 3);
  const b64 = (t) => t.length === b64Len && /^[A-Za-z0-9+/]+={0,2}$/.test(t) && Buffer.from(t, "base64").length === size ? Buffer.from(t, "base64") : void 0;
  let bytes;
  if (sri) bytes = b64(body);
  else if (body.length === size * 2 && /^[0-9a-fA-F]+$/.test(body)) bytes = Buffer.from(body, "hex");
  else if (body.length === Math.ceil(size * 8 / 5)) bytes = decodeNix32(body, size);
  else bytes = b64(body);
  return bytes ? { algo, bytes } : void 0;
}
function checkRev(rev, d, mode, git = false) {
  const h = decodeHash(rev, "sha1") ?? (git && d.name === "current" ? decodeHash(rev, "sha256") : void 0);
  if (!h || mode === "normalize" && h.algo !== "sha1") {
    throw new RefError(`'${rev}' is not a commit hash`, "a revision is 40 hexadecimal digits");
  }
  return mode === "normalize" ? h.bytes.toString("hex") : rev;
}
function checkSri(hash) {
  if (hash === "") return hash;
  const m = /^(md5|sha1|sha256|sha512)-([A-Za-z0-9+/]+={0,2})$/.exec(hash);
  const expected = m ? SRI_BYTES[m[1]] : void 0;
  if (!m || expected === void 0 || Buffer.from(m[2], "base64").length !== expected || m[2].length % 4 !== 0) {
    throw new RefError(`invalid narHash '${hash}'`, "expected an SRI hash such as 'sha256-…='");
  }
  return hash;
}
function checkGitRef(ref) {
  if (BAD_GIT_REF_RE.test(ref)) throw new RefError(`invalid Git branch/tag name '${ref}'`);
  return ref;
}
function parseUint(value, name) {
  if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new RefError(`parameter '${name}' must be a non-negative integer, got '${value}'`);
  }
  return Number(value);
}
function sortAttrs(a) {
  const out = {};
  for (const k of Object.keys(a).sort(compareBytes2)) out[k] = a[k];
  return out;
}
var FORGES = /* @__PURE__ */ new Set(["github", "gitlab", "sourcehut"]);
function forgeFromUrl(url, text, d) {
  const raw = url.path.split("/");
  const segs = (d.decodePath ? raw.map(percentDecode) : raw).filter((s) => s !== "");
  if (segs.length < 2) {
    throw new RefError(`'${text}' needs an owner and a repository`, `write ${url.scheme}:OWNER/REPO[/REF-OR-REV]`);
  }
  let rev;
  let ref;
  if (segs.length === 3) {
    if (REV_RE.test(segs[2])) rev = segs[2];
    else if (d.name === "current" || d.refRe.test(segs[2])) ref = segs[2];
    else throw new RefError(`'${segs[2]}' is not a commit hash or branch/tag name`);
  } else if (segs.length > 3) {
    ref = segs.slice(2).join("/");
    if (d.name !== "current" && !d.refRe.test(ref)) throw new RefError(`'${ref}' is not a branch/tag name`);
  }
  let host;
  let narHash;
  for (const [name, value] of url.query) {
    if (name === "rev") {
      if (rev !== void 0) throw new RefError("the reference names more than one commit hash");
      rev = value;
    } else if (name === "ref") {
      if (d.name !== "current" && !d.refRe.test(value)) throw new RefError(`invalid branch/tag name '${value}'`);
      if (ref !== void 0) throw new RefError("the reference names more than one branch/tag");
      ref = value;
    } else if (name === "host") {
      if (!d.hostRe.test(value)) throw new RefError(`invalid host '${value}'`);
      host = value;
    } else if (name === "narHash" && d.forgeNarHash) narHash = checkSri(value);
  }
  if (ref !== void 0 && rev !== void 0) {
    throw new RefError(
      `the reference has both a commit hash (${rev}) and a branch/tag name (${ref})`,
      "keep one of them"
    );
  }
  if (ref !== void 0 && !d.validForgeRef(ref)) throw new RefError(`invalid branch/tag name '${ref}'`);
  const attrs = { type: url.scheme, owner: segs[0], repo: segs[1] };
  if (rev !== void 0) attrs["rev"] = checkRev(rev, d, d.lowercaseRev ? "normalize" : "keep");
  if (ref !== void 0) attrs["ref"] = ref;
  if (host !== void 0) attrs["host"] = host;
  if (narHash !== void 0) attrs["narHash"] = narHash;
  return attrs;
}
function isGitScheme(scheme, d) {
  if (d.gitSchemes === "any") return scheme === "git" || transportOf(scheme).application === "git";
  return d.gitSchemes.has(scheme);
}
function gitFromUrl(url, text, d) {
  checkFileAuthority(url, text);
  const attrs = { type: "git" };
  const rest = /* @__PURE__ */ new Map();
  for (const [name, value] of url.query) {
    if (d.gitStringParams.includes(name)) attrs[name] = value;
    else if (d.gitBoolParams.includes(name)) attrs[name] = value === "1";
    else rest.set(name, value);
  }
  const transport = url.scheme === "git" ? "git" : transportOf(url.scheme).transport;
  const path16 = transport === "file" && url.path === "" && d.name === "current" ? "/" : url.path;
  attrs["url"] = renderUrl(transport, url.authority, path16, rest, d);
  if (typeof attrs["ref"] === "string") checkGitRef(attrs["ref"]);
  if (typeof attrs["rev"] === "string") attrs["rev"] = checkRev(attrs["rev"], d, "keep", true);
  return attrs;
}
var HG_SCHEMES = /* @__PURE__ */ new Set(["hg+http", "hg+https", "hg+ssh", "hg+file"]);
function hgFromUrl(url, text, d) {
  checkFileAuthority(url, text);
  const attrs = { type: "hg" };
  const rest = /* @__PURE__ */ new Map();
  for (const [name, value] of url.query) {
    if (name === "rev") attrs["rev"] = checkRev(value, d, "keep");
    else if (name === "ref") attrs["ref"] = value;
    else rest.set(name, value);
  }
  attrs["url"] = renderUrl(transportOf(url.scheme).transport, url.authority, url.path, rest, d);
  return attrs;
}
function hasTarballExtension(rawPath, d) {
  let last = rawPath;
  if (d.decodePath) {
    const segs = rawPath.split("/");
    last = percentDecode(segs[segs.length - 1] ?? "");
  }
  return TARBALL_EXTENSIONS.some((ext) => last.endsWith(ext));
}
var CURL_TRANSPORTS = /* @__PURE__ */ new Set(["file", "http", "https"]);
var CURL_OWN_PARAMS = ["url", "narHash", "name", "unpack", "rev", "revCount", "lastModified"];
function curlFromUrl(url, text, d, isFlake) {
  const { application, transport } = transportOf(url.scheme);
  if (!CURL_TRANSPORTS.has(transport)) return void 0;
  if (application !== void 0 && (!d.curlApplicationPrefix || application !== "tarball" && application !== "file"))
    return void 0;
  const ext = hasTarballExtension(url.path, d);
  let type;
  if (application !== void 0) type = application;
  else if (!d.fileType) {
    if (!ext) return void 0;
    type = "tarball";
  } else type = isFlake || ext ? "tarball" : "file";
  checkFileAuthority(url, text);
  const attrs = { type };
  const narHash = url.query.get("narHash");
  if (narHash !== void 0) attrs["narHash"] = checkSri(narHash);
  let rest = url.query;
  if (d.name === "current") {
    const rev = url.query.get("rev");
    if (rev !== void 0) attrs["rev"] = rev;
    for (const name of ["revCount", "lastModified"]) {
      const v = url.query.get(name);
      if (v !== void 0 && /^[0-9]+$/.test(v) && Number.isSafeInteger(Number(v))) attrs[name] = Number(v);
    }
    rest = new Map([...url.query].filter(([k]) => !CURL_OWN_PARAMS.includes(k)));
  }
  const path16 = transport === "file" && url.path === "" && d.name === "current" ? "/" : url.path;
  attrs["url"] = renderUrl(transport, url.authority, path16, rest, d);
  return attrs;
}
function pathFromUrl(url, d) {
  if (url.authority !== void 0 && url.authority !== "") {
    throw new RefError(
      `a path: reference has no host ('${url.authority}')`,
      "write path:/absolute/path or path:./relative"
    );
  }
  let path16 = url.path;
  if (d.decodePath) {
    const segs = url.path.split("/").map(percentDecode);
    if (segs.some((s) => s.includes("/"))) throw new RefError("a path segment contains an encoded '/' (%2F)");
    path16 = segs.join("/");
  }
  const attrs = { type: "path", path: path16 };
  for (const [name, value] of url.query) {
    if (name === "rev") attrs["rev"] = checkRev(value, d, "keep");
    else if (name === "narHash") attrs["narHash"] = checkSri(value);
    else if (name === "revCount" || name === "lastModified") attrs[name] = parseUint(value, name);
    else throw new RefError(`path: references do not take the parameter '${name}'`);
  }
  return attrs;
}
function indirectFromPath(path16, d) {
  const segs = path16.split("/").filter((s) => s !== "");
  let ref;
  let rev;
  if (segs.length === 2) {
    if (REV_RE.test(segs[1])) rev = segs[1];
    else if (d.refRe.test(segs[1])) ref = segs[1];
    else throw new RefError(`'${segs[1]}' is not a commit hash or branch/tag name`);
  } else if (segs.length === 3) {
    if (!d.refRe.test(segs[1])) throw new RefError(`'${segs[1]}' is not a branch/tag name`);
    if (!REV_RE.test(segs[2])) throw new RefError(`'${segs[2]}' is not a commit hash`);
    ref = segs[1];
    rev = segs[2];
  } else if (segs.length !== 1) {
    throw new RefError("an indirect reference is ID, ID/REF, ID/REV or ID/REF/REV");
  }
  const id = segs[0] ?? "";
  if (!FLAKE_ID_RE.test(id)) {
    throw new RefError(`'${id}' is not a valid flake id`, "an id starts with a letter, then letters, digits, - or _");
  }
  const attrs = { type: "indirect", id };
  if (rev !== void 0) attrs["rev"] = checkRev(rev, d, "normalize");
  if (ref !== void 0) attrs["ref"] = ref;
  return attrs;
}
function takeDir(url, d) {
  const dir = url.query.get("dir") ?? "";
  if (d.dirInUrl || !url.query.has("dir")) return { url, dir };
  const query = new Map(url.query);
  query.delete("dir");
  return { url: { ...url, query }, dir };
}
function fromUrl(url0, text, d, isFlake) {
  if (url0.fragment) {
    throw new RefError(`unexpected fragment '#${url0.fragment}'`, "a flake input cannot select an output");
  }
  const { url, dir } = takeDir(url0, d);
  let attrs;
  if (url.scheme === "flake") attrs = indirectFromPath(d.decodePath ? percentDecode(url.path) : url.path, d);
  else if (FORGES.has(url.scheme)) attrs = forgeFromUrl(url, text, d);
  else if (isGitScheme(url.scheme, d)) attrs = gitFromUrl(url, text, d);
  else if (HG_SCHEMES.has(url.scheme)) attrs = hgFromUrl(url, text, d);
  else if (url.scheme === "path") attrs = pathFromUrl(url, d);
  else attrs = curlFromUrl(url, text, d, isFlake);
  if (!attrs) {
    throw new RefError(
      `unsupported reference scheme '${url.scheme}:'`,
      "use github:, gitlab:, sourcehut:, git+https:, git+ssh:, git+file:, path:, https:, tarball+https:, file+https:, hg+https: or an id"
    );
  }
  if (dir !== "") attrs["dir"] = dir;
  return attrs;
}
function canonPath(p) {
  const out = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return `/${out.join("/")}`;
}
var PATH_28_RE = /^(\/?[0-9a-zA-Z\-._~!$&'"()*+,;=]+(?:\/[0-9a-zA-Z\-._~!$&'"()*+,;=]+)*\/?)(?:\?([^#]*))?(?:#(.*))?$/;
function barePath(text, d) {
  if (d.barePathAbsoluteCanon) {
    const m2 = PATH_28_RE.exec(text);
    if (!m2) return void 0;
    if (m2[3]) throw new RefError(`unexpected fragment '#${m2[3]}'`);
    const path16 = m2[1];
    const query2 = decodeQuery(m2[2] ?? "", d);
    if (!path16.startsWith("/")) return { type: "path", path: path16 };
    return { type: "path", path: canonPath(`${path16}/${query2.get("dir") ?? ""}`) };
  }
  const m = /^([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/s.exec(text);
  if (m[3]) throw new RefError(`unexpected fragment '#${m[3]}'`, "a flake input cannot select an output");
  const query = decodeQuery(m[2] ?? "", d);
  const dir = query.get("dir") ?? "";
  query.delete("dir");
  const attrs = pathFromUrl({ scheme: "path", path: m[1], query }, { ...d, decodePath: false });
  if (dir !== "") attrs["dir"] = dir;
  return attrs;
}
function parseOrThrowInternal(text, opts) {
  const d = dialectOf(opts);
  const isFlake = opts?.isFlake ?? true;
  if (text === "") throw new RefError("the reference is empty");
  const id = d.flakeIdRefRe.exec(text);
  if (id) {
    if (id[5]) throw new RefError(`unexpected fragment '#${id[5]}'`, "a flake input cannot select an output");
    return sortAttrs(indirectFromPath(id[1], d));
  }
  if (d.barePathAbsoluteCanon) {
    const p2 = barePath(text, d);
    if (p2) return sortAttrs(p2);
  }
  const url = splitUrl(text, d);
  if (url) return sortAttrs(fromUrl(url, text, d, isFlake));
  if (/^[a-z][a-z0-9+.-]*:/.test(text)) {
    throw new RefError("the URL contains characters that must be percent-encoded", "encode spaces as %20");
  }
  const p = barePath(text, d);
  if (p) return sortAttrs(p);
  throw new RefError("not a flake reference");
}
function tryParseFlakeRef(text, opts) {
  try {
    return { ok: true, attrs: parseOrThrowInternal(text, opts) };
  } catch (e) {
    if (e instanceof RefError) return { ok: false, message: e.message, hint: e.hint };
    throw e;
  }
}
function parseFlakeRef(text, opts) {
  const r = tryParseFlakeRef(text, opts);
  if (r.ok) return r.attrs;
  throw new UserError(`invalid flake reference '${text}': ${r.message}`, void 0, void 0, r.hint);
}
var BOOL_ATTRS = /* @__PURE__ */ new Set(["shallow", "submodules", "lfs", "exportIgnore", "allRefs", "verifyCommit", "unpack"]);
var INT_ATTRS = /* @__PURE__ */ new Set(["lastModified", "revCount"]);
var GIT_ARCHIVE = ["owner", "repo", "ref", "rev", "narHash", "lastModified", "host", "treeHash"];
var TARBALL = ["url", "narHash", "name", "unpack", "rev", "revCount", "lastModified"];
var INPUT_ATTRIBUTES = new Map(
  [
    ["github", GIT_ARCHIVE],
    ["gitlab", GIT_ARCHIVE],
    ["sourcehut", GIT_ARCHIVE],
    [
      "git",
      [
        "url",
        "ref",
        "rev",
        "shallow",
        "submodules",
        "lfs",
        "exportIgnore",
        "lastModified",
        "revCount",
        "narHash",
        "allRefs",
        "name",
        "dirtyRev",
        "dirtyShortRev",
        "verifyCommit",
        "keytype",
        "publicKey",
        "publicKeys"
      ]
    ],
    ["hg", ["url", "ref", "rev", "revCount", "narHash", "name"]],
    ["tarball", TARBALL],
    ["file", TARBALL],
    ["path", ["path", "rev", "revCount", "lastModified", "narHash"]],
    ["indirect", ["id", "ref", "rev", "narHash"]]
  ].map(([type, names]) => [type, new Set(names)])
);
var REQUIRED = /* @__PURE__ */ new Map([
  ["github", ["owner", "repo"]],
  ["gitlab", ["owner", "repo"]],
  ["sourcehut", ["owner", "repo"]],
  ["git", ["url"]],
  ["hg", ["url"]],
  ["path", ["path"]],
  ["tarball", ["url"]],
  ["file", ["url"]],
  ["indirect", ["id"]]
]);
function fixGitUrl(url) {
  let u = url;
  const scp = /^([^/]*)@(.*):(.*)$/.exec(u);
  if (!u.startsWith("/") && scp) u = `ssh://${scp[1]}@${scp[2]}/${scp[3]}`;
  if (!u.startsWith("file:") && !u.startsWith("git+file:") && !u.includes("://")) {
    return u.startsWith("/") ? `file://${u}` : `file:${u}`;
  }
  return u.startsWith("git+") ? u.slice(4) : u;
}
function tryFlakeRefFromAttrs(attrs, opts) {
  try {
    const d = dialectOf(opts);
    const type = attrs["type"];
    if (typeof type !== "string") throw new RefError("the attribute 'type' (a string) is required");
    const out = { ...attrs };
    const allowed = INPUT_ATTRIBUTES.get(type);
    if (allowed) {
      for (const [name, value] of Object.entries(attrs)) {
        if (name === "type" || name === "dir") continue;
        if (!allowed.has(name)) throw new RefError(`input type '${type}' has no attribute '${name}'`);
        const want = BOOL_ATTRS.has(name) ? "boolean" : INT_ATTRS.has(name) ? "number" : "string";
        if (typeof value !== want)
          throw new RefError(`attribute '${name}' must be a ${want === "number" ? "integer" : want}`);
      }
      for (const name of REQUIRED.get(type) ?? []) {
        if (!Object.hasOwn(attrs, name)) throw new RefError(`input type '${type}' needs the attribute '${name}'`);
      }
      if (typeof attrs["rev"] === "string") out["rev"] = checkRev(attrs["rev"], d, "keep", type === "git");
      if (typeof attrs["narHash"] === "string") checkSri(attrs["narHash"]);
      if (FORGES.has(type)) {
        if (attrs["ref"] !== void 0 && attrs["rev"] !== void 0) {
          throw new RefError("the reference has both a commit hash and a branch/tag name", "keep one of them");
        }
        if (typeof attrs["ref"] === "string" && !d.validForgeRef(attrs["ref"]))
          throw new RefError(`invalid branch/tag name '${attrs["ref"]}'`);
        if (typeof attrs["host"] === "string" && !d.hostRe.test(attrs["host"]))
          throw new RefError(`invalid host '${attrs["host"]}'`);
      }
      if (type === "git") {
        if (typeof attrs["ref"] === "string") checkGitRef(attrs["ref"]);
        if (d.name === "current") out["url"] = fixGitUrl(String(attrs["url"]));
      }
      if (type === "indirect" && !FLAKE_ID_RE.test(String(attrs["id"]))) {
        throw new RefError(`'${String(attrs["id"])}' is not a valid flake id`);
      }
    }
    if (out["dir"] !== void 0 && typeof out["dir"] !== "string")
      throw new RefError("attribute 'dir' must be a string");
    if (out["dir"] === "") delete out["dir"];
    return { ok: true, attrs: sortAttrs(out) };
  } catch (e) {
    if (e instanceof RefError) return { ok: false, message: e.message, hint: e.hint };
    throw e;
  }
}
function flakeRefFromAttrs(attrs, opts) {
  const r = tryFlakeRefFromAttrs(attrs, opts);
  if (r.ok) return r.attrs;
  throw new UserError(`invalid flake reference ${JSON.stringify(attrs)}: ${r.message}`, void 0, void 0, r.hint);
}
function queryOf(attrs, names) {
  const q = /* @__PURE__ */ new Map();
  for (const n of names) {
    const v = attrs[n];
    if (v === void 0) continue;
    q.set(n, typeof v === "boolean" ? v ? "1" : "0" : String(v));
  }
  return q;
}
function withQuery(base, q) {
  return q.size > 0 ? `${base}?${encodeQuery(q, CURRENT)}` : base;
}
function str(attrs, name) {
  const v = attrs[name];
  if (typeof v !== "string") {
    throw new UserError(`cannot print flake reference ${JSON.stringify(attrs)}: attribute '${name}' is missing`);
  }
  return v;
}
function printWithUrl(attrs, prefix, params) {
  const raw = str(attrs, "url");
  const url = splitUrl(raw, CURRENT);
  if (!url) throw new UserError(`cannot print flake reference: '${raw}' is not a URL`);
  const q = new Map(url.query);
  for (const [k, v] of queryOf(attrs, params)) q.set(k, v);
  const scheme = prefix === "" || url.scheme === "git" ? url.scheme : `${prefix}+${url.scheme}`;
  return renderUrl(scheme, url.authority, url.path, q, CURRENT);
}
var GIT_PRINT_PARAMS = [
  "ref",
  "rev",
  "shallow",
  "submodules",
  "lfs",
  "exportIgnore",
  "allRefs",
  "verifyCommit",
  "keytype",
  "publicKey",
  "publicKeys",
  "dir"
];
function printFlakeRef(attrs) {
  try {
    return printInternal(attrs);
  } catch (e) {
    if (e instanceof RefError)
      throw new UserError(`cannot print flake reference ${JSON.stringify(attrs)}: ${e.message}`);
    throw e;
  }
}
function printInternal(attrs) {
  const seg = (s) => percentEncode(s, ":@");
  switch (attrs.type) {
    case "github":
    case "gitlab":
    case "sourcehut": {
      let path16 = `${seg(str(attrs, "owner"))}/${seg(str(attrs, "repo"))}`;
      const ref = attrs["ref"];
      const rev = attrs["rev"];
      const extra = ["dir", "host", "narHash"];
      if (typeof ref === "string") {
        if (REV_RE.test(ref) || ref.split("/").includes("")) extra.push("ref");
        else path16 += `/${ref.split("/").map(seg).join("/")}`;
      }
      if (typeof rev === "string") {
        if (typeof ref === "string") extra.push("rev");
        else path16 += `/${rev}`;
      }
      return withQuery(`${attrs.type}:${path16}`, queryOf(attrs, extra));
    }
    case "git":
      return printWithUrl(attrs, "git", GIT_PRINT_PARAMS);
    case "hg":
      return printWithUrl(attrs, "hg", ["ref", "rev", "revCount", "narHash", "name", "dir"]);
    case "tarball":
    case "file": {
      const url = splitUrl(str(attrs, "url"), CURRENT);
      const plain = attrs.type === "tarball" && url !== void 0 && hasTarballExtension(url.path, CURRENT);
      const params = ["narHash", "rev", "revCount", "lastModified", "dir"];
      return printWithUrl(attrs, plain ? "" : attrs.type, params);
    }
    case "path": {
      const path16 = str(attrs, "path").split("/").map((s) => percentEncode(s, ":@")).join("/");
      return withQuery(`path:${path16}`, queryOf(attrs, ["dir", "lastModified", "narHash", "rev", "revCount"]));
    }
    case "indirect": {
      let path16 = str(attrs, "id");
      if (typeof attrs["ref"] === "string") path16 += `/${attrs["ref"]}`;
      if (typeof attrs["rev"] === "string") path16 += `/${attrs["rev"]}`;
      return withQuery(`flake:${path16}`, queryOf(attrs, ["dir", "narHash"]));
    }
    default:
      throw new UserError(`cannot print a flake reference of type '${attrs.type}'`);
  }
}
function canonicalFlakeRef(attrs) {
  const url = attrs["url"];
  const dir = attrs["dir"];
  if (typeof url !== "string" || typeof dir !== "string") return attrs;
  let parsed;
  try {
    parsed = splitUrl(url, CURRENT);
  } catch {
    return attrs;
  }
  if (!parsed || parsed.query.get("dir") !== dir) return attrs;
  const q = new Map(parsed.query);
  q.delete("dir");
  return { ...attrs, url: renderUrl(parsed.scheme, parsed.authority, parsed.path, q, CURRENT) };
}
function sameFlakeRef(a, b) {
  const ca = canonicalFlakeRef(a);
  const cb = canonicalFlakeRef(b);
  const ka = Object.keys(ca).sort();
  const kb = Object.keys(cb).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && ca[k] === cb[k]);
}

// src/flake/lock.ts
init_errors();
var RELOCK = "run `nix flake lock` to rewrite it";
var LOCK_LIMITS = {
  /** Size of the text: 8 MiB (the largest corpus lock is 117 KB). Callers that read the file check it first. */
  bytes: 8 * 1024 * 1024,
  /** JSON nesting: a lock Nix writes nests 5 deep. */
  jsonDepth: 64,
  /** Nodes in `nodes` (the largest corpus lock has 231). */
  nodes: 1e4,
  /** Elements of one follows or `parent` path (the longest in the corpus has 8). */
  pathLength: 256
};
var HOSTILE = "a lock Nix writes never comes near it; rewrite it with `nix flake lock --recreate-lock-file`";
var LineIndex2 = class {
  starts = [0];
  constructor(text) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  position(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
};
var JsonError = class extends Error {
  constructor(message, offset, hint, limit = false) {
    super(message);
    this.offset = offset;
    this.hint = hint;
    this.limit = limit;
  }
  offset;
  hint;
  limit;
};
function describeChar(text, i) {
  if (i >= text.length) return "the end of the file";
  const c = text.codePointAt(i);
  if (c < 32) return `control character U+${c.toString(16).padStart(4, "0").toUpperCase()}`;
  return `'${String.fromCodePoint(c)}'`;
}
var ESCAPES = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	"
};
var JsonReader = class {
  constructor(text) {
    this.text = text;
  }
  text;
  i = 0;
  /** Objects and arrays open around the current position; capped, so the recursion below stays shallow. */
  depth = 0;
  enter() {
    if (++this.depth > LOCK_LIMITS.jsonDepth) {
      throw new JsonError(
        `flake.lock nests objects and arrays more than ${LOCK_LIMITS.jsonDepth} deep (a lock Nix writes nests 5)`,
        this.i,
        HOSTILE,
        true
      );
    }
  }
  read() {
    if (this.text.charCodeAt(0) === 65279) this.i = 1;
    const v = this.value();
    this.ws();
    if (this.i < this.text.length) {
      throw new JsonError(`unexpected ${describeChar(this.text, this.i)} after the end of the JSON document`, this.i);
    }
    return v;
  }
  ws() {
    const t = this.text;
    let i = this.i;
    for (; ; ) {
      const c2 = t.charCodeAt(i);
      if (c2 === 32 || c2 === 10 || c2 === 13 || c2 === 9) i++;
      else break;
    }
    this.i = i;
    const c = t.charCodeAt(i);
    if (c === 35 || c === 47 && (t[i + 1] === "/" || t[i + 1] === "*")) {
      throw new JsonError(
        "comments are not allowed in flake.lock (it is JSON, written by Nix)",
        this.i,
        `remove the comment, or ${RELOCK}`
      );
    }
  }
  value() {
    this.ws();
    const t = this.text;
    const start = this.i;
    const c = t[start];
    switch (c) {
      case "{":
        return this.object();
      case "[":
        return this.array();
      case '"':
        return { kind: "string", offset: start, value: this.string() };
      case "t":
      case "f":
      case "n": {
        for (const [word, value] of [
          ["true", true],
          ["false", false],
          ["null", null]
        ]) {
          if (t.startsWith(word, start)) {
            this.i += word.length;
            return value === null ? { kind: "null", offset: start, value } : { kind: "boolean", offset: start, value };
          }
        }
        break;
      }
      default:
        if (c === "-" || c !== void 0 && c >= "0" && c <= "9") return this.number();
    }
    throw new JsonError(`expected a value, found ${describeChar(t, start)}`, start);
  }
  object() {
    this.enter();
    const offset = this.i++;
    const members = /* @__PURE__ */ new Map();
    this.ws();
    if (this.text[this.i] === "}") {
      this.i++;
      this.depth--;
      return { kind: "object", offset, members };
    }
    for (; ; ) {
      this.ws();
      if (this.text[this.i] !== '"') {
        const after = this.text[this.i] === "}" ? " (a trailing comma before it?)" : "";
        throw new JsonError(`expected a "key" in an object, found ${describeChar(this.text, this.i)}${after}`, this.i);
      }
      const keyOffset = this.i;
      const key2 = this.string();
      this.ws();
      if (this.text[this.i] !== ":") {
        throw new JsonError(`expected ':' after the key "${key2}", found ${describeChar(this.text, this.i)}`, this.i);
      }
      this.i++;
      const value = this.value();
      members.set(key2, { keyOffset, value });
      this.ws();
      const c = this.text[this.i];
      if (c === ",") {
        this.i++;
        continue;
      }
      if (c === "}") {
        this.i++;
        this.depth--;
        return { kind: "object", offset, members };
      }
      const missing = c === '"' ? " (a missing comma?)" : "";
      throw new JsonError(
        `expected ',' or '}' after the value of "${key2}", found ${describeChar(this.text, this.i)}${missing}`,
        this.i
      );
    }
  }
  array() {
    this.enter();
    const offset = this.i++;
    const items = [];
    this.ws();
    if (this.text[this.i] === "]") {
      this.i++;
      this.depth--;
      return { kind: "array", offset, items };
    }
    for (; ; ) {
      items.push(this.value());
      this.ws();
      const c = this.text[this.i];
      if (c === ",") {
        this.i++;
        this.ws();
        if (this.text[this.i] === "]") throw new JsonError("expected a value after ',' (a trailing comma?)", this.i);
        continue;
      }
      if (c === "]") {
        this.i++;
        this.depth--;
        return { kind: "array", offset, items };
      }
      const missing = c === '"' || c === "[" || c === "{" ? " (a missing comma?)" : "";
      throw new JsonError(
        `expected ',' or ']' in an array, found ${describeChar(this.text, this.i)}${missing}`,
        this.i
      );
    }
  }
  string() {
    const t = this.text;
    const start = this.i++;
    const close = t.indexOf('"', this.i);
    if (close > 0) {
      let plain = true;
      for (let k = this.i; k < close; k++) {
        const c = t.charCodeAt(k);
        if (c === 92 || c < 32) {
          plain = false;
          break;
        }
      }
      if (plain) {
        this.i = close + 1;
        return t.slice(start + 1, close);
      }
    }
    let out = "";
    let chunk = this.i;
    for (; ; ) {
      if (this.i >= t.length) throw new JsonError("unterminated string", start);
      const c = t.charCodeAt(this.i);
      if (c === 34) {
        out += t.slice(chunk, this.i);
        this.i++;
        return out;
      }
      if (c < 32) {
        throw new JsonError(`${describeChar(t, this.i)} inside a string (write it as an escape)`, this.i);
      }
      if (c !== 92) {
        this.i++;
        continue;
      }
      out += t.slice(chunk, this.i);
      const e = t[this.i + 1];
      if (e !== void 0 && ESCAPES[e] !== void 0) {
        out += ESCAPES[e];
        this.i += 2;
      } else if (e === "u" && /^[0-9a-fA-F]{4}$/.test(t.slice(this.i + 2, this.i + 6))) {
        out += String.fromCharCode(parseInt(t.slice(this.i + 2, this.i + 6), 16));
        this.i += 6;
      } else {
        throw new JsonError(`invalid escape '\\${e ?? ""}' in a string`, this.i);
      }
      chunk = this.i;
    }
  }
  number() {
    const m = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
    m.lastIndex = this.i;
    const r = m.exec(this.text);
    if (!r || r[0] === "-") throw new JsonError(`invalid number at ${describeChar(this.text, this.i)}`, this.i);
    const offset = this.i;
    this.i += r[0].length;
    return { kind: "number", offset, value: Number(r[0]), text: r[0] };
  }
};
var CONFLICT_RE = /^(<{7}|={7}|>{7}|\|{7})(?:[ \t].*)?$/m;
var ATTR_KIND = new Map([
  ...["lastModified", "revCount"].map((k) => [k, "number"]),
  ...[
    "type",
    "url",
    "ref",
    "rev",
    "narHash",
    "owner",
    "repo",
    "host",
    "path",
    "id",
    "dir",
    "name",
    "dirtyRev",
    "dirtyShortRev",
    "keytype",
    "publicKey",
    "publicKeys",
    "treeHash"
  ].map((k) => [k, "string"]),
  ...["shallow", "submodules", "allRefs", "unpack", "exportIgnore", "lfs", "verifyCommit", "__final"].map(
    (k) => [k, "boolean"]
  )
]);
var KIND_NAME = { number: "an integer", string: "a string", boolean: "a Boolean" };
var ALWAYS_ALLOWED = /* @__PURE__ */ new Set(["type", "dir", "__final"]);
var TWO_63 = 1n << 63n;
var TWO_64 = 1n << 64n;
var MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
function nixUint64(text) {
  if (/^-?[0-9]+$/.test(text)) {
    if (text.length > 21) return void 0;
    let b = BigInt(text);
    if (b < -TWO_63 || b >= TWO_64) return void 0;
    if (b < 0n) b += TWO_64;
    return b;
  }
  const x = Number(text);
  if (!(x > -1 && x < 2 ** 64)) return void 0;
  return BigInt(Math.trunc(x));
}
var LockReader = class {
  constructor(text, file) {
    this.text = text;
    this.file = file;
    this.lines = new LineIndex2(text);
  }
  text;
  file;
  lines;
  fail(message, offset, hint = RELOCK) {
    throw new UserError(message, this.file, this.lines.position(offset), hint);
  }
  read() {
    if (this.text.length > LOCK_LIMITS.bytes) {
      throw new UserError(
        `flake.lock is larger than ${LOCK_LIMITS.bytes / 1024 / 1024} MiB (the limit flake-steward reads)`,
        this.file,
        void 0,
        HOSTILE
      );
    }
    if (!/\S/.test(this.text)) {
      throw new UserError(
        "flake.lock is empty",
        this.file,
        void 0,
        "delete it and run `nix flake lock` to write it"
      );
    }
    const t = this.text;
    const maybeConflict = t.includes("<<<<<<<") || t.includes(">>>>>>>") || t.includes("=======") || t.includes("|||||||");
    const conflict = maybeConflict ? CONFLICT_RE.exec(t) : null;
    if (conflict) {
      this.fail(
        `git merge-conflict marker '${conflict[1]}' in flake.lock`,
        conflict.index,
        "resolve the conflict by taking one side (e.g. `git checkout --theirs flake.lock`), then run `nix flake lock` to merge the inputs again"
      );
    }
    let doc;
    try {
      doc = new JsonReader(this.text).read();
    } catch (e) {
      if (!(e instanceof JsonError)) throw e;
      if (e.limit) this.fail(e.message, e.offset, e.hint);
      this.fail(`flake.lock is not valid JSON: ${e.message}`, e.offset, e.hint ?? `fix it by hand, or ${RELOCK}`);
    }
    if (doc.kind !== "object") this.fail(`flake.lock must be a JSON object, found ${this.kindName(doc)}`, doc.offset);
    return this.lockFile(doc);
  }
  kindName(v) {
    return v.kind === "object" ? "an object" : v.kind === "array" ? "an array" : v.kind === "null" ? "null" : `a ${v.kind}`;
  }
  /** `what` names the field in the message; a function so the happy path builds no strings. */
  expect(v, kind, what) {
    if (v.kind !== kind) {
      const want = kind === "object" ? "an object" : kind === "array" ? "an array" : `a ${kind}`;
      const name = typeof what === "string" ? what : what();
      this.fail(`${name} must be ${want}, found ${this.kindName(v)}`, v.offset);
    }
    return v;
  }
  lockFile(doc) {
    const versionMember = doc.members.get("version");
    if (!versionMember) {
      this.fail(
        "flake.lock has no 'version'",
        doc.offset,
        "it was not written by Nix; delete it and run `nix flake lock`"
      );
    }
    const vv = versionMember.value;
    if (vv.kind !== "number" || !Number.isInteger(vv.value)) {
      this.fail(`'version' must be an integer, found ${this.kindName(vv)}`, vv.offset);
    }
    const version = vv.value;
    if (version >= 1 && version <= 4) {
      this.fail(
        `lock file version ${version} is not supported: it was written by a pre-release of Nix flakes (before Nix 2.4), and Nix 2.4 and later cannot read it either`,
        vv.offset,
        "delete flake.lock and run `nix flake lock` to write a version 7 lock"
      );
    }
    if (version !== 5 && version !== 6 && version !== 7) {
      this.fail(
        `lock file version ${version} is not supported (Nix and flake-steward read versions 5 to 7)`,
        vv.offset,
        version > 7 ? "it was written by a newer Nix than this tool knows; please report it" : RELOCK
      );
    }
    const nodesMember = doc.members.get("nodes");
    if (!nodesMember) this.fail("flake.lock has no 'nodes'", doc.offset);
    const nodesObj = this.expect(nodesMember.value, "object", "'nodes'");
    if (nodesObj.members.size > LOCK_LIMITS.nodes) {
      this.fail(
        `flake.lock has ${nodesObj.members.size} nodes, more than the ${LOCK_LIMITS.nodes} flake-steward reads`,
        nodesObj.offset,
        HOSTILE
      );
    }
    const rootMember = doc.members.get("root");
    if (!rootMember) this.fail("flake.lock has no 'root' (the key of the root node)", doc.offset);
    const rootValue = this.expect(rootMember.value, "string", "'root'");
    const root = rootValue.value;
    if (!nodesObj.members.has(root)) {
      this.fail(`the root node '${root}' is not in 'nodes'`, rootValue.offset);
    }
    const nodes = /* @__PURE__ */ new Map();
    for (const [key2, member] of nodesObj.members) {
      nodes.set(key2, this.node(key2, member, key2 === root, version, nodesObj, root));
    }
    return { file: this.file, version, root, nodes };
  }
  node(key2, member, isRoot, version, all, root) {
    const where = `node '${key2}'`;
    const obj = this.expect(member.value, "object", where);
    const inputs = /* @__PURE__ */ new Map();
    const inputsMember = obj.members.get("inputs");
    if (inputsMember) {
      const inputsObj = this.expect(inputsMember.value, "object", () => `${where}: 'inputs'`);
      for (const [name, m] of inputsObj.members) inputs.set(name, this.edge(where, name, m.value, all, root));
    }
    const flakeMember = obj.members.get("flake");
    let flake = true;
    if (flakeMember) flake = this.expect(flakeMember.value, "boolean", () => `${where}: 'flake'`).value;
    let parent;
    const parentMember = obj.members.get("parent");
    if (parentMember) parent = this.path(parentMember.value, () => `${where}: 'parent'`);
    const line = this.lines.position(member.keyOffset).line;
    if (isRoot) return { key: key2, inputs, flake, parent, line };
    const locked = this.attrs(obj, "locked", where, version === 5 ? "info" : void 0);
    const original = this.attrs(obj, "original", where);
    return { key: key2, inputs, locked, original, flake, parent, line };
  }
  edge(where, name, v, all, root) {
    if (v.kind === "string") {
      const target = v.value;
      if (target === root) {
        this.fail(
          `${where}: input '${name}' points at the root node '${root}' (a cycle to the root node)`,
          v.offset,
          `a flake that needs itself is written as a follows ([]); ${RELOCK}`
        );
      }
      if (!all.members.has(target)) {
        this.fail(`${where}: input '${name}' refers to node '${target}', which is not in 'nodes'`, v.offset);
      }
      return { kind: "node", key: target };
    }
    if (v.kind === "array") return { kind: "follows", path: this.path(v, () => `${where}: input '${name}'`) };
    this.fail(
      `${where}: input '${name}' must be a node key (a string) or a follows path (an array), found ${this.kindName(v)}`,
      v.offset
    );
  }
  path(v, what) {
    const arr = this.expect(v, "array", what);
    if (arr.items.length > LOCK_LIMITS.pathLength) {
      this.fail(
        `${what()} is a path of ${arr.items.length} input names, more than the ${LOCK_LIMITS.pathLength} flake-steward reads`,
        arr.offset,
        HOSTILE
      );
    }
    return arr.items.map((item) => this.expect(item, "string", () => `${what()}: each path element`).value);
  }
  attrs(obj, field, where, info) {
    const member = obj.members.get(field);
    if (!member) this.fail(`${where} has no '${field}'`, obj.offset);
    const main2 = this.expect(member.value, "object", () => `${where}: '${field}'`);
    const infoMember = info ? obj.members.get(info) : void 0;
    const extra = infoMember ? this.expect(infoMember.value, "object", () => `${where}: '${info}'`) : void 0;
    let members = main2.members;
    if (extra) {
      const merged = new Map(main2.members);
      for (const [name, m] of extra.members) merged.set(name, m);
      members = merged;
    }
    const shown2 = (name) => `'${extra?.members.has(name) ? info : field}.${name}'`;
    const type = members.get("type")?.value;
    if (type?.kind !== "string") this.fail(`${where}: '${field}' has no 'type'`, member.value.offset);
    const allowed = INPUT_ATTRIBUTES.get(type.value);
    let keys = members.keys();
    let previous = "";
    for (const name of members.keys()) {
      if (name < previous) {
        keys = [...members.keys()].sort();
        break;
      }
      previous = name;
    }
    const out = {};
    const set = (name, value) => {
      if (name === "__proto__")
        Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
      else out[name] = value;
    };
    for (const name of keys) {
      const v = members.get(name).value;
      if (v.kind !== "string" && v.kind !== "boolean" && v.kind !== "number") {
        this.fail(
          `${where}: ${shown2(name)} must be a string, an integer or a Boolean, found ${this.kindName(v)} (Nix: "unsupported input attribute type in lock file")`,
          v.offset
        );
      }
      if (allowed && !allowed.has(name) && !ALWAYS_ALLOWED.has(name)) {
        this.fail(
          `${where}: ${shown2(name)} is not an attribute of a '${type.value}' input (Nix: "unsupported input attribute '${name}'")`,
          v.offset,
          `remove it, or ${RELOCK}; if a newer Nix wrote it, please report it`
        );
      }
      const want = ATTR_KIND.get(name);
      if (want !== void 0 && v.kind !== want) {
        this.fail(
          `${where}: ${shown2(name)} must be ${KIND_NAME[want]}, found ${this.kindName(v)} (Nix: "input attribute '${name}' is not ${KIND_NAME[want]}")`,
          v.offset
        );
      }
      const x = v.value;
      if (typeof x !== "number") set(name, x);
      else if (Number.isSafeInteger(x) && x >= 0)
        set(name, x + 0);
      else {
        const n = nixUint64(v.text);
        if (n === void 0) {
          const text = v.text.length > 40 ? `${v.text.slice(0, 40)}…` : v.text;
          this.fail(
            `${where}: ${shown2(name)} is ${text}, which Nix cannot read as an unsigned 64-bit integer`,
            v.offset
          );
        }
        set(name, n <= MAX_SAFE ? Number(n) : n.toString());
      }
    }
    return out;
  }
};
function parseLock(text, file) {
  return new LockReader(text, file).read();
}

// src/flake/follows.ts
var GRAPH_LIMITS = {
  /** Input paths from the root. */
  paths: 1e5,
  /** Names in one input path (as deep as a follows path may be long). */
  depth: LOCK_LIMITS.pathLength,
  /** Names in all input paths together (what the paths cost in memory). */
  names: 1e6
};
var MAX_PATHS = GRAPH_LIMITS.paths;
var CYCLE_SHOWN = 12;
function showCycle(cycle, omitted) {
  const shown2 = cycle.map((p) => p.length === 0 ? "(root)" : showPath(p));
  if (omitted) shown2.splice(shown2.length - 1, 0, `… ${omitted} more`);
  return shown2.join(" -> ");
}
function cycleFrom(members, start) {
  const shown2 = Math.min(members.length, CYCLE_SHOWN);
  const cycle = [];
  for (let k = 0; k < shown2; k++) cycle.push(members[(start + k) % members.length]);
  cycle.push(members[start]);
  return members.length > shown2 ? { kind: "cycle", cycle, omitted: members.length - shown2 } : { kind: "cycle", cycle };
}
var FollowsResolver = class {
  constructor(lock) {
    this.lock = lock;
  }
  lock;
  memo = /* @__PURE__ */ new Map();
  /** Path id → the follows paths its walk resolved, for paths that resolved to a node or dangle. */
  depsOf = /* @__PURE__ */ new Map();
  ids = /* @__PURE__ */ new WeakMap();
  /**
   * A map key for a path, computed once per array: names joined with NUL; a path with an empty name or a NUL in a
   * name (only a hand-made lock has them) as NUL + its JSON, which no joined key starts with.
   */
  id(path16) {
    let id = this.ids.get(path16);
    if (id === void 0) {
      id = path16.some((e) => e === "" || e.includes("\0")) ? `\0${JSON.stringify(path16)}` : path16.join("\0");
      this.ids.set(path16, id);
    }
    return id;
  }
  /** Where `path` (absolute from the root) leads. */
  resolve(path16) {
    const first = this.id(path16);
    const known = this.memo.get(first);
    if (known) return known;
    const stack = [{ path: path16, id: first, i: 0, key: this.lock.root, deps: [] }];
    const onStack = /* @__PURE__ */ new Map([[first, 0]]);
    let cycle;
    let done;
    for (; ; ) {
      const f = stack[stack.length - 1];
      if (done === void 0) {
        let descend;
        while (f.i < f.path.length) {
          const edge = this.lock.nodes.get(f.key)?.inputs.get(f.path[f.i]);
          if (!edge) {
            done = { kind: "dangling", missing: f.path.slice(0, f.i + 1) };
            break;
          }
          if (edge.kind === "node") {
            f.key = edge.key;
            f.i++;
            continue;
          }
          f.deps.push(edge.path);
          const id = this.id(edge.path);
          const hit = this.memo.get(id);
          if (hit?.kind === "node") {
            f.key = hit.key;
            f.i++;
            continue;
          }
          if (hit) {
            done = hit;
            break;
          }
          const at = onStack.get(id);
          if (at !== void 0) {
            const members = stack.slice(at).map((s) => s.path);
            cycle = { members, at };
            done = cycleFrom(members, 0);
            break;
          }
          descend = edge.path;
          break;
        }
        if (descend) {
          const id = this.id(descend);
          onStack.set(id, stack.length);
          stack.push({ path: descend, id, i: 0, key: this.lock.root, deps: [] });
          continue;
        }
        done ??= { kind: "node", key: f.key };
      }
      const index = stack.length - 1;
      let own = done;
      if (cycle && index >= cycle.at) own = cycleFrom(cycle.members, index - cycle.at);
      this.memo.set(f.id, own);
      if (own.kind !== "cycle") this.depsOf.set(f.id, f.deps);
      stack.pop();
      onStack.delete(f.id);
      if (stack.length === 0) return own;
      if (done.kind === "node") {
        const below = stack[stack.length - 1];
        below.key = done.key;
        below.i++;
        done = void 0;
      }
    }
  }
  /**
   * Where a follows `target` declared at `declaring` in flake.nix leads, with `declaring` already on the way (Nix's
   * findInput with a visited path): a cycle when the target's resolution passes through `declaring`.
   */
  resolveDeclared(declaring, target) {
    if (samePath(declaring, target)) return { kind: "cycle", cycle: [declaring, target] };
    if (declaring.length > 0) {
      const parent = this.resolve(declaring.slice(0, -1));
      const edge = parent.kind === "node" ? this.lock.nodes.get(parent.key)?.inputs.get(declaring[declaring.length - 1]) : void 0;
      if (edge?.kind === "follows" && samePath(edge.path, target)) return this.resolve(declaring);
    }
    const r = this.resolve(target);
    if (r.kind === "cycle") return r;
    const goal = this.id(declaring);
    const from = /* @__PURE__ */ new Map([
      [this.id(target), { path: target }]
    ]);
    const todo = [this.id(target)];
    while (todo.length > 0) {
      const id = todo.pop();
      for (const dep of this.depsOf.get(id) ?? []) {
        const d = this.id(dep);
        if (from.has(d)) continue;
        from.set(d, { path: dep, via: id });
        if (d === goal) {
          const chain = [];
          for (let at = d; at !== void 0; at = from.get(at).via) chain.push(from.get(at).path);
          chain.reverse();
          return cycleFrom([declaring, ...chain.slice(0, -1)], 0);
        }
        todo.push(d);
      }
    }
    return r;
  }
};
var resolvers = /* @__PURE__ */ new WeakMap();
function resolverFor(lock) {
  let r = resolvers.get(lock);
  if (!r) {
    r = new FollowsResolver(lock);
    resolvers.set(lock, r);
  }
  return r;
}
function samePath(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
function limitError(lock, message) {
  const root = lock.nodes.get(lock.root);
  return new UserError(
    message,
    lock.file,
    root ? { line: root.line, column: 1 } : void 0,
    "Nix never shares nodes this way; run `nix flake lock --recreate-lock-file` to write the lock Nix would"
  );
}
function count(n) {
  if (n < 1e12) return n.toLocaleString("en-US");
  return Number.isFinite(n) ? `about ${n.toPrecision(2)}` : "more than 1e+308";
}
function checkExpansion(lock) {
  const paths = /* @__PURE__ */ new Map();
  const names = /* @__PURE__ */ new Map();
  const depth = /* @__PURE__ */ new Map();
  const open3 = /* @__PURE__ */ new Set();
  const stack = [];
  const enter = (key2) => {
    const node = lock.nodes.get(key2);
    if (!node) return;
    open3.add(key2);
    stack.push({ key: key2, node, edges: node.inputs.values() });
  };
  enter(lock.root);
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const next = top.edges.next();
    if (!next.done) {
      const e = next.value;
      if (e.kind === "node" && !open3.has(e.key) && !paths.has(e.key)) enter(e.key);
      continue;
    }
    let p = 0;
    let n = 0;
    let d = 0;
    for (const e of top.node.inputs.values()) {
      const child = e.kind === "node" && !open3.has(e.key) ? e.key : void 0;
      const cp = child !== void 0 ? paths.get(child) ?? 0 : 0;
      p += 1 + cp;
      n += 1 + cp + (child !== void 0 ? names.get(child) ?? 0 : 0);
      d = Math.max(d, 1 + (child !== void 0 ? depth.get(child) ?? 0 : 0));
    }
    paths.set(top.key, p);
    names.set(top.key, n);
    depth.set(top.key, d);
    open3.delete(top.key);
    stack.pop();
  }
  const problem = overLimits(paths.get(lock.root) ?? 0, depth.get(lock.root) ?? 0, names.get(lock.root) ?? 0);
  if (problem) throw limitError(lock, problem);
}
function overLimits(paths, depth, names) {
  if (paths > GRAPH_LIMITS.paths) {
    return `flake.lock expands to more than ${GRAPH_LIMITS.paths} input paths (${count(paths)}: its nodes are shared between inputs)`;
  }
  if (depth > GRAPH_LIMITS.depth) {
    return `flake.lock has input paths ${count(depth)} inputs deep, more than the ${GRAPH_LIMITS.depth} flake-steward follows`;
  }
  if (names > GRAPH_LIMITS.names) {
    return `flake.lock's input paths add up to ${count(names)} input names, more than the ${count(GRAPH_LIMITS.names)} flake-steward reads`;
  }
  return void 0;
}
function analyzeLock(lock) {
  checkExpansion(lock);
  const resolver = resolverFor(lock);
  const inputs = /* @__PURE__ */ new Map();
  const problems = [];
  const root = lock.nodes.get(lock.root);
  if (!root) return { inputs, problems };
  const stack = [{ key: lock.root, path: [], id: "", edges: root.inputs.entries() }];
  const onWay = /* @__PURE__ */ new Set([lock.root]);
  let names = 0;
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const next = top.edges.next();
    if (next.done) {
      stack.pop();
      onWay.delete(top.key);
      continue;
    }
    const [name, edge] = next.value;
    names += top.path.length + 1;
    const problem = overLimits(inputs.size + 1, top.path.length + 1, names);
    if (problem) throw limitError(lock, problem);
    const path16 = [...top.path, name];
    const id = top.path.length === 0 ? name : `${top.id}/${name}`;
    if (edge.kind === "follows") {
      const r = resolver.resolve(edge.path);
      inputs.set(id, { path: path16, node: r.kind === "node" ? r.key : void 0, follows: edge.path });
      if (r.kind === "dangling") {
        problems.push({
          kind: "dangling",
          path: path16,
          follows: edge.path,
          missing: r.missing,
          message: `input '${id}' follows a non-existent input '${showPath(edge.path)}'`
        });
      } else if (r.kind === "cycle") {
        problems.push({
          kind: "cycle",
          path: path16,
          follows: edge.path,
          cycle: r.cycle,
          message: `input '${id}' follows a cycle: ${showCycle(r.cycle, r.omitted)}`
        });
      }
      continue;
    }
    inputs.set(id, { path: path16, node: edge.key });
    if (onWay.has(edge.key)) {
      const keys = stack.map((f) => f.key);
      const cycle = [...keys.slice(keys.indexOf(edge.key)), edge.key].map((k) => [k]);
      problems.push({
        kind: "cycle",
        path: path16,
        cycle,
        message: `input '${id}' leads back to node '${edge.key}': the lock nodes form a loop (${cycle.join(" -> ")})`
      });
      continue;
    }
    const node = lock.nodes.get(edge.key);
    if (!node) continue;
    onWay.add(edge.key);
    stack.push({ key: edge.key, path: path16, id, edges: node.inputs.entries() });
  }
  return { inputs, problems };
}
function resolveLock(lock) {
  return analyzeLock(lock).inputs;
}

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
  const { nixPath: nixPath2, lockPath, nix: nixRead, lock: lockRead } = files;
  const nixText = nixRead instanceof UserError ? void 0 : nixRead;
  const lockText = lockRead instanceof UserError ? void 0 : lockRead;
  let flake;
  let nixProblem = nixRead instanceof UserError ? problemOf(nixRead) : void 0;
  if (nixText !== void 0) {
    try {
      flake = readFlakeNix(nixText, nixPath2);
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
    nixPath: nixPath2,
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

// src/lint/calendar.ts
function release(year, month) {
  return { name: `${String(year % 100).padStart(2, "0")}.${String(month).padStart(2, "0")}`, year, month };
}
function parseRelease(text) {
  const m = /^(\d\d)\.(\d\d)$/.exec(text);
  if (!m) return void 0;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return void 0;
  return release(2e3 + Number(m[1]), month);
}
function releaseOfBranch(branch) {
  const m = /^(?:refs\/heads\/)?(?:nixos|nixpkgs|release)-(\d\d\.\d\d)(?:-(?:small|darwin|aarch64))*$/.exec(branch);
  return m ? parseRelease(m[1]) : void 0;
}
function supportEnds(r) {
  return new Date(Date.UTC(r.year, r.month - 1 + 8, 1));
}
function lastSupportedDay(r) {
  return new Date(supportEnds(r).getTime() - 864e5).toISOString().slice(0, 10);
}
function isSupported(r, now) {
  return now.getTime() < supportEnds(r).getTime();
}
function latestRelease(now) {
  let year = now.getUTCFullYear();
  const month = now.getUTCMonth() + 1;
  if (month === 12) return release(year, 11);
  if (month >= 6) return release(year, 5);
  year -= 1;
  return release(year, 11);
}
function daysBetween(a, b) {
  return Math.floor((b.getTime() - a.getTime()) / 864e5);
}

// src/lint/where.ts
function spanRegion(span) {
  return { line: span.start.line, column: span.start.column, endLine: span.end.line, endColumn: span.end.column };
}
function allDeclared(ctx) {
  const out = [];
  const walk2 = (list) => {
    for (const d of list) {
      out.push(d);
      walk2(d.inputs);
    }
  };
  walk2(ctx.flake?.inputs ?? []);
  return out;
}
var declaredCache = /* @__PURE__ */ new WeakMap();
function declaredAt(ctx, path16) {
  if (!ctx.flake || path16.length === 0) return void 0;
  let index = declaredCache.get(ctx.flake);
  if (!index) {
    const built = /* @__PURE__ */ new Map();
    const stack = [[void 0, ctx.flake.inputs]];
    while (stack.length > 0) {
      const [prefix, list] = stack.pop();
      for (const d of list) {
        const key2 = prefix === void 0 ? d.name : `${prefix}\0${d.name}`;
        if (built.has(key2)) continue;
        built.set(key2, d);
        stack.push([key2, d.inputs]);
      }
    }
    declaredCache.set(ctx.flake, index = built);
  }
  return index.get(path16.join("\0"));
}
function nearestDeclared(ctx, path16) {
  for (let n = path16.length; n > 0; n--) {
    const d = declaredAt(ctx, path16.slice(0, n));
    if (d) return d;
  }
  return void 0;
}
function nodeAt(ctx, path16) {
  const r = ctx.resolved.get(showPath(path16));
  return r?.node !== void 0 ? ctx.lock?.nodes.get(r.node) : void 0;
}
var lineCache = /* @__PURE__ */ new WeakMap();
function lockLines(ctx) {
  const key2 = ctx;
  let lines2 = lineCache.get(key2);
  if (!lines2) {
    lines2 = (ctx.lockText ?? "").split("\n");
    lineCache.set(key2, lines2);
  }
  return lines2;
}
function lockLineRegion(ctx, line) {
  const text = lockLines(ctx)[line - 1] ?? "";
  const first = text.search(/\S/);
  const column = first < 0 ? 1 : first + 1;
  const end = text.replace(/\s+$/, "").length + 1;
  return { line, column, endLine: line, endColumn: Math.max(end, column) };
}
function lockInputLine(ctx, parent, name) {
  const lines2 = lockLines(ctx);
  const needle = `"${name}"`;
  let inInputs = false;
  for (let i = parent.line; i < lines2.length && i < parent.line + 400; i++) {
    const l = lines2[i];
    if (/^\s*"inputs"\s*:/.test(l)) inInputs = true;
    else if (inInputs && l.trimStart().startsWith(needle)) return i + 1;
    else if (inInputs && /^\s*}/.test(l)) break;
  }
  return parent.line;
}
function lockRegionOf(ctx, path16) {
  if (!ctx.lock) return void 0;
  if (path16.length > 0) {
    const parent = path16.length === 1 ? ctx.lock.nodes.get(ctx.lock.root) : nodeAt(ctx, path16.slice(0, -1));
    if (parent && parent.inputs.has(path16[path16.length - 1])) {
      return lockLineRegion(ctx, lockInputLine(ctx, parent, path16[path16.length - 1]));
    }
  }
  const node = nodeAt(ctx, path16);
  if (node) return lockLineRegion(ctx, node.line);
  return void 0;
}
function lockNodeRegion(ctx, node) {
  return lockLineRegion(ctx, node.line);
}
function anchor(ctx, path16, opts = {}) {
  const decl = opts.ancestor ? nearestDeclared(ctx, path16) : declaredAt(ctx, path16);
  if (decl) return { in: "nix", ...spanRegion(decl.span) };
  const r = ctx.resolved.get(showPath(path16));
  const node = r && r.follows === void 0 ? nodeAt(ctx, path16) : void 0;
  if (node && opts.preferNode !== false) return { in: "lock", ...lockNodeRegion(ctx, node) };
  const region2 = lockRegionOf(ctx, path16);
  if (region2) return { in: "lock", ...region2 };
  return { in: "lock", line: 1, column: 1, endLine: 1, endColumn: 2 };
}
function inputFinding(ctx, path16, message, opts = {}) {
  return { ...anchor(ctx, path16, opts), message, input: showPath(path16) };
}
var pathsCache = /* @__PURE__ */ new WeakMap();
function pathsByNode(ctx) {
  const hit = pathsCache.get(ctx.resolved);
  if (hit) return hit;
  const out = /* @__PURE__ */ new Map();
  pathsCache.set(ctx.resolved, out);
  for (const r of ctx.resolved.values()) {
    if (r.follows !== void 0 || r.node === void 0) continue;
    const list = out.get(r.node);
    if (list) list.push(r.path);
    else out.set(r.node, [r.path]);
  }
  for (const list of out.values()) list.sort(comparePaths);
  return out;
}
function comparePaths(a, b) {
  return a.length - b.length || showPath(a).localeCompare(showPath(b));
}
function rootNodes(ctx) {
  const out = [];
  const root = ctx.lock?.nodes.get(ctx.lock.root);
  if (!root) return out;
  for (const [name, edge] of root.inputs) {
    if (edge.kind !== "node") continue;
    const node = ctx.lock.nodes.get(edge.key);
    if (node) out.push({ name, path: [name], node });
  }
  return out;
}

// src/lint/fix-edits.ts
var lines;
function toTextEdit(text, e) {
  if (lines?.text !== text) lines = { text, starts: lineStarts(text) };
  return {
    span: { start: locAt(text, e.start, lines.starts), end: locAt(text, e.end, lines.starts) },
    newText: e.newText
  };
}
function shapeOf(text, decl) {
  let sibling;
  for (const b of decl.bindings.length > 0 ? decl.bindings : [decl.span]) {
    const read = readAttrPath(text, b.start.offset);
    if (read.eq < 0) continue;
    const segs = read.segments;
    const k = segs[0] === "inputs" && segs[1] === decl.name ? 1 : segs[0] === decl.name ? 0 : -1;
    if (k < 0) continue;
    if (segs.length - 1 === k) {
      const value = text.slice(read.eq + 1).trimStart();
      if (value.startsWith("{")) return { kind: "set", binding: b };
      if (value.startsWith('"') || value.startsWith("''")) return { kind: "shorthand", binding: b };
      continue;
    }
    const prefix = (k === 1 ? "inputs." : "") + attrName(decl.name);
    if (!sibling || b.end.offset > sibling.binding.end.offset) sibling = { kind: "sibling", binding: b, prefix };
  }
  return sibling;
}
function followsFix(ctx, copy, target) {
  const t = JSON.stringify(showPath(target));
  const rel = inputsAttrPath(copy.slice(1));
  const dotted = `inputs.${attrName(copy[0])}.${rel}.follows = ${t};`;
  const flake = ctx.flake;
  const decl = flake ? declaredAt(ctx, [copy[0]]) : void 0;
  if (!flake || !decl) {
    return { description: `Add \`${dotted}\` to the inputs of flake.nix`, text: dotted, edits: [] };
  }
  const shape = shapeOf(flake.text, decl);
  if (shape?.kind === "set") {
    const line = `${rel}.follows = ${t};`;
    const e = insertIntoSet(flake.text, shape.binding.start.offset, shape.binding.end.offset, line);
    if (e) {
      return {
        description: `Add \`${line}\` to the declaration of ${copy[0]}`,
        text: line,
        edits: [toTextEdit(flake.text, e)]
      };
    }
  }
  if (shape?.kind === "sibling") {
    const line = `${shape.prefix}.${rel}.follows = ${t};`;
    const e = insertLineAfter(flake.text, shape.binding.start.offset, shape.binding.end.offset, line);
    return {
      description: `Add \`${line}\` after the declaration of ${copy[0]}`,
      text: line,
      edits: [toTextEdit(flake.text, e)]
    };
  }
  return {
    description: `Write ${copy[0]} as \`inputs.${attrName(copy[0])}.url = "…";\` and add \`${dotted}\``,
    text: dotted,
    edits: []
  };
}
function contains(outer, inner) {
  return outer.start.offset <= inner.start.offset && inner.end.offset <= outer.end.offset;
}
var bindingIndex = /* @__PURE__ */ new WeakMap();
function bindingsOf(ctx) {
  const key2 = ctx.flake;
  let index = bindingIndex.get(key2);
  if (!index) {
    index = allDeclared(ctx).flatMap((decl) => decl.bindings.map((span) => ({ span, decl })));
    index.sort((a, b) => a.span.start.offset - b.span.start.offset);
    bindingIndex.set(key2, index);
  }
  return index;
}
function removeOverrideFix(ctx, decl) {
  const description = `Remove the override of ${showPath(decl.path)}`;
  const flake = ctx.flake;
  if (!flake) return { description, text: "", edits: [] };
  const own = [];
  const mine = /* @__PURE__ */ new Set();
  const walk2 = (d) => {
    mine.add(d);
    own.push(...d.bindings.length > 0 ? d.bindings : [d.span]);
    d.inputs.forEach(walk2);
  };
  walk2(decl);
  const spans2 = own.filter((s, i) => !own.some((o, j) => j !== i && contains(o, s) && !(contains(s, o) && j > i))).sort((a, b) => a.start.offset - b.start.offset);
  const isOwn = (b) => own.some((o) => o.start.offset === b.start.offset && o.end.offset === b.end.offset);
  const all = bindingsOf(ctx);
  for (const s of spans2) {
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (all[mid].span.start.offset < s.start.offset) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < all.length && all[k].span.start.offset <= s.end.offset; k++) {
      const { span: b, decl: other } = all[k];
      if (mine.has(other) || !contains(s, b)) continue;
      const ancestor = other.path.length < decl.path.length && other.path.every((p, i) => p === decl.path[i]);
      if (ancestor && isOwn(b)) continue;
      return { description, text: "", edits: [] };
    }
  }
  const edits = spans2.map((s) => toTextEdit(flake.text, removeBinding(flake.text, s.start.offset, s.end.offset)));
  return { description, text: "", edits };
}

// src/lint/source.ts
var FORGE_HOSTS = {
  github: "github.com",
  gitlab: "gitlab.com",
  sourcehut: "git.sr.ht"
};
var str2 = (a, k) => {
  const v = a?.[k];
  return typeof v === "string" && v !== "" ? v : void 0;
};
function normalizeUrl(url) {
  const m = /^([a-z0-9+.-]+:\/\/)([^/?#]*)(.*)$/i.exec(url);
  let out = m ? `${m[1].toLowerCase()}${m[2].toLowerCase()}${m[3]}` : url;
  out = out.replace(/\/+$/, "").replace(/\.git$/, "");
  return out;
}
function forgeOfUrl(url) {
  const m = /^(?:[a-z+]+:\/\/)?(?:[^@/]+@)?([^/:]+)[/:]([^/]+)\/([^/?#]+?)(?:\.git)?(?:[/?#].*)?$/i.exec(url.trim()) ?? void 0;
  if (!m) return void 0;
  return { host: m[1].toLowerCase(), owner: m[2], repo: m[3] };
}
function forgeOfArchive(url) {
  const fh = /^https?:\/\/(?:api\.)?flakehub\.com\/f\/(?:pinned\/)?([^/]+)\/([^/]+)\//i.exec(url);
  if (fh) return { host: "flakehub.com", owner: fh[1], repo: fh[2] };
  const gh = /^https?:\/\/([^/]+)\/([^/]+)\/([^/]+)\/(?:archive|-\/archive|tarball)\//i.exec(url);
  if (gh) return { host: gh[1].toLowerCase(), owner: gh[2], repo: gh[3] };
  return void 0;
}
function sourceFromAttrs(a, original) {
  const dir = str2(original, "dir") ?? str2(a, "dir");
  const dirPart = dir ? `?dir=${dir}` : "";
  const ref = str2(original, "ref") ?? (a.type === "git" || a.type === "hg" ? str2(a, "ref") : void 0);
  const pinned = str2(original, "rev") !== void 0;
  const type = a.type;
  if (Object.hasOwn(FORGE_HOSTS, type)) {
    const owner = str2(a, "owner");
    const repo = str2(a, "repo");
    if (!owner || !repo) return void 0;
    const host = (str2(a, "host") ?? FORGE_HOSTS[type]).toLowerCase();
    const hostLabel = str2(a, "host") ? `${host}/` : "";
    return {
      key: `${type}:${host}/${owner.toLowerCase()}/${repo.toLowerCase()}${dirPart}`,
      label: `${type}:${hostLabel}${owner}/${repo}${dirPart}`,
      ...ref ? { ref } : {},
      pinned,
      host,
      owner,
      repo
    };
  }
  const url = str2(a, "url");
  if (url) {
    const forge = type === "git" || type === "hg" ? forgeOfUrl(url) : forgeOfArchive(url);
    return {
      key: `${type}:${normalizeUrl(url)}${dirPart}`,
      label: `${type}+${url}${dirPart}`.replace(/^(tarball|file)\+/, ""),
      ...ref ? { ref } : {},
      pinned,
      ...forge ?? {}
    };
  }
  const p = str2(a, "path");
  if (type === "path" && p) return { key: `path:${p}`, label: `path:${p}`, pinned };
  return void 0;
}
function sourceOf(node) {
  const original = node.original;
  const locked = node.locked;
  if (original && original.type !== "indirect") return sourceFromAttrs(original, original);
  if (locked) return sourceFromAttrs(locked, original);
  return void 0;
}
function originOf(node) {
  if (node.locked && node.locked.type !== "indirect") return sourceFromAttrs(node.locked, node.original);
  if (node.original && node.original.type !== "indirect") return sourceFromAttrs(node.original, node.original);
  return void 0;
}
function nixpkgsRelease(node) {
  const original = node.original;
  const ref = str2(original, "ref");
  if (ref) {
    const r = releaseOfBranch(ref);
    if (r) return { release: r, branch: ref };
  }
  const url = str2(original, "url") ?? str2(node.locked, "url");
  if (url) {
    for (const seg of url.split(/[/?#&=]/)) {
      const r = releaseOfBranch(seg);
      if (r) return { release: r, branch: seg };
    }
    const fh = /flakehub\.com\/f\/[^/]+\/nixpkgs\/0\.(\d\d)(\d\d)\./i.exec(url);
    if (fh) {
      const r = releaseOfBranch(`nixos-${fh[1]}.${fh[2]}`);
      if (r) return { release: r, branch: `${fh[1]}.${fh[2]}` };
    }
  }
  return void 0;
}
function isNixpkgs(node) {
  const o = originOf(node);
  if (o?.repo && o.repo.toLowerCase() === "nixpkgs") return true;
  if (str2(node.original, "id") === "nixpkgs") return true;
  const url = str2(node.original, "url") ?? str2(node.locked, "url") ?? "";
  if (/^https?:\/\/(?:channels\.)?nixos\.org\//i.test(url) || /releases\.nixos\.org\//i.test(url)) return true;
  if (/flakehub\.com\/f\/[^/]+\/nixpkgs\//i.test(url)) return true;
  return false;
}
function shortRev(rev) {
  return rev ? rev.slice(0, 7) : void 0;
}
function lastModified(node) {
  const v = node.locked?.["lastModified"];
  return typeof v === "number" && Number.isFinite(v) ? new Date(v * 1e3) : void 0;
}

// src/lint/rules/duplicates-duplicate-input.ts
var MAX_LISTED = 6;
function duplicateGroups(ctx) {
  const lock = ctx.lock;
  const bySource = /* @__PURE__ */ new Map();
  for (const [key2, paths] of pathsByNode(ctx)) {
    const node = lock.nodes.get(key2);
    if (!node || key2 === lock.root) continue;
    const source = sourceOf(node);
    if (!source || source.pinned) continue;
    const k = `${source.key}\0${node.flake}`;
    const list = bySource.get(k);
    const copy = { key: key2, node, source, paths };
    if (list) list.push(copy);
    else bySource.set(k, [copy]);
  }
  return [...bySource.values()].filter((g) => g.length > 1);
}
function describeCopy(c) {
  const rev = shortRev(c.node.locked?.["rev"]);
  const date = lastModified(c.node)?.toISOString().slice(0, 10);
  const detail = [c.source.ref ? `ref ${c.source.ref}` : void 0, rev, date].filter(Boolean).join(", ");
  return `${showPath(c.paths[0])}${detail ? ` (${detail})` : ""}`;
}
function distance(copy, target) {
  const t = showPath(target.paths[0]);
  const a = copy.node.locked?.["rev"];
  const b = target.node.locked?.["rev"];
  if (a !== void 0 && a === b) return `the same revision as ${t}`;
  const revs = a && b ? ` (${shortRev(a)} vs ${shortRev(b)})` : "";
  const da = lastModified(copy.node);
  const db = lastModified(target.node);
  if (!da || !db) return `a different revision from ${t}${revs}`;
  const days = daysBetween(db, da);
  if (days === 0) return `a different revision from ${t}, the same day${revs}`;
  const n = Math.abs(days);
  return `${n} day${n === 1 ? "" : "s"} ${days < 0 ? "older" : "newer"} than ${t}${revs}`;
}
function preference(rootOrder, c) {
  const p = c.paths[0];
  return [p.length, rootOrder.get(p[0]) ?? 1e9, -(lastModified(c.node)?.getTime() ?? 0)];
}
function rootOrderOf(ctx) {
  const order = /* @__PURE__ */ new Map();
  (ctx.flake?.inputs ?? []).forEach((d, i) => {
    if (!order.has(d.name)) order.set(d.name, i);
  });
  return order;
}
function byScore(score) {
  return (a, b) => {
    const sa = score(a);
    const sb = score(b);
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sa[i] - sb[i];
    return comparePaths(a.paths[0], b.paths[0]);
  };
}
var lastName = (c) => c.paths[0][c.paths[0].length - 1];
var Kept = class _Kept {
  twins = /* @__PURE__ */ new Map();
  bestOf = /* @__PURE__ */ new Map();
  rank = /* @__PURE__ */ new Map();
  compare;
  constructor(rootOrder) {
    this.compare = byScore((c) => {
      let r = this.rank.get(c);
      if (!r) this.rank.set(c, r = preference(rootOrder, c));
      return r;
    });
  }
  // Buckets: by branch (`r:` + ref, `u` for none), by branch and last input name, and over every named branch (`d`).
  static buckets(c) {
    const ref = c.source.ref === void 0 ? "u" : `r:${c.source.ref}`;
    const name = lastName(c);
    const out = [ref, `${ref}\0${name}`];
    if (c.source.ref !== void 0) out.push("d", `d\0${name}`);
    return out;
  }
  add(c) {
    if (c.paths[0].length === 1 && !this.twins.has(c.source.ref)) this.twins.set(c.source.ref, c);
    for (const b of _Kept.buckets(c)) {
      const best = this.bestOf.get(b);
      if (!best || this.compare(c, best) < 0) this.bestOf.set(b, c);
    }
  }
  /** The first root input kept on the same branch. */
  twin(c) {
    return this.twins.get(c.source.ref);
  }
  /**
   * The copy `c` should follow: on the same branch first, then with the same input name, then by preference; a
   * copy that asks for no branch is compatible with every branch, one that asks for a branch with that branch
   * and with copies that ask for none.
   */
  target(c) {
    const name = lastName(c);
    const same = c.source.ref === void 0 ? "u" : `r:${c.source.ref}`;
    const other = c.source.ref === void 0 ? "d" : "u";
    for (const b of [`${same}\0${name}`, same, `${other}\0${name}`, other]) {
      const t = this.bestOf.get(b);
      if (t) return t;
    }
    return void 0;
  }
};
var duplicatesDuplicateInput = {
  id: "duplicates/duplicate-input",
  defaultSeverity: "warning",
  needs: ["lock"],
  fixable: true,
  docs: {
    summary: "One source (same type, host and owner/repo ignoring case, or the same URL; on the same branch, or with no branch asked for) is locked as several nodes.",
    why: "Each copy is fetched, evaluated and often built separately: two or three nixpkgs in one system mean slower evaluation, more downloads and mixed library versions. The message lists every input path holding a copy and how far apart the copies are.",
    fix: 'Make the copy follow the input you already have, with the line the finding gives, in the file\'s own style (`flake-steward fix` adds it): `inputs.home-manager.inputs.nixpkgs.follows = "nixpkgs";`, then `nix flake lock`. Root inputs that track different branches on purpose (`nixpkgs` and `nixpkgs-stable`) and copies pinned to a `rev` are not reported.',
    example: 'inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";\ninputs.home-manager.url = "github:nix-community/home-manager";\n# home-manager brings its own nixpkgs: two copies in flake.lock'
  },
  check(ctx) {
    const out = [];
    const groups = duplicateGroups(ctx);
    const rootOrder = rootOrderOf(ctx);
    const kept = new Map(groups.map((g) => [g, new Kept(rootOrder)]));
    const listing = new Map(
      groups.map((g) => {
        const all = [...g].sort((a, b) => comparePaths(a.paths[0], b.paths[0])).map(describeCopy);
        const shown2 = all.length > MAX_LISTED ? [...all.slice(0, MAX_LISTED), `${all.length - MAX_LISTED} more`] : all;
        return [g, shown2.join("; ")];
      })
    );
    const scores = /* @__PURE__ */ new Map();
    const pref = (c) => {
      let v = scores.get(c.key);
      if (!v) scores.set(c.key, v = preference(rootOrder, c));
      return v;
    };
    const order = groups.flatMap((g) => g.map((c) => ({ g, c }))).sort((x, y) => byScore(pref)(x.c, y.c));
    const fixed = /* @__PURE__ */ new Set();
    const under = (p) => {
      let key2 = "";
      for (let i = 0; i < p.length - 1; i++) {
        key2 = i === 0 ? p[0] : `${key2}\0${p[i]}`;
        if (fixed.has(key2)) return true;
      }
      return false;
    };
    for (const { g, c } of order) {
      const paths = c.paths.filter((p) => !under(p));
      if (paths.length === 0) continue;
      const copy = { ...c, paths };
      const path16 = paths[0];
      const keep = kept.get(g);
      if (path16.length === 1) {
        const twin = keep.twin(copy);
        keep.add(copy);
        if (!twin) continue;
        const other = showPath(twin.paths[0]);
        out.push({
          ...anchor(ctx, path16),
          input: showPath(path16),
          message: `${showPath(path16)} and ${other} are the same source (${copy.source.label}${copy.source.ref ? ` ${copy.source.ref}` : ""}) locked twice; ${showPath(path16)} is ${distance(copy, twin)}: use one of them, or make ${showPath(path16)} follow ${other}`,
          fix: {
            description: `Replace the reference of ${showPath(path16)} with a follows of ${other}`,
            text: `inputs.${attrName(path16[0])}.follows = ${JSON.stringify(other)};`,
            edits: []
          }
        });
        continue;
      }
      const target = keep.target(copy);
      if (!target) {
        keep.add(copy);
        continue;
      }
      fixed.add(path16.join("\0"));
      const fix = followsFix(ctx, path16, target.paths[0]);
      out.push({
        ...anchor(ctx, path16, { ancestor: true }),
        input: showPath(path16),
        message: `${showPath(path16)} is one of ${g.length} copies of ${copy.source.label} in flake.lock (${listing.get(g)}); it is ${distance(copy, target)}: add \`${fix.text}\``,
        fix
      });
    }
    return out;
  }
};

// src/lint/resolve.ts
function lookup(r) {
  return r.kind === "dangling" ? { kind: "missing", missing: r.missing } : r;
}
function findInput(lock, path16) {
  return lookup(resolverFor(lock).resolve(path16));
}
function findDeclared(lock, declaring, target) {
  return lookup(resolverFor(lock).resolveDeclared(declaring, target));
}
function followsPath(written) {
  return written === "" ? [] : written.split("/").filter((s) => s !== "");
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
    const walk2 = [];
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
      at.set(k, walk2.length);
      walk2.push(d);
    }
    const members = entry >= 0 ? walk2.slice(entry).map((d) => d.path) : [];
    walk2.forEach((d, i) => result.set(key(d.path), entry >= 0 ? cycleFrom(members, Math.max(i - entry, 0)) : found));
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
var MAX_LISTED2 = 20;
function* take2(items, n) {
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
      const has = [...take2(node.inputs.keys(), MAX_LISTED2 + 1)];
      const listed = has.length > MAX_LISTED2 ? `${has.slice(0, MAX_LISTED2).join(", ")}, …` : has.join(", ");
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

// src/lint/rules/freshness-stale-input.ts
function maxAgeFor(options, input) {
  for (const [glob, days] of Object.entries(options.maxAgeByInput)) if (globMatch(glob, input)) return days;
  return options.maxAge;
}
var freshnessStaleInput = {
  id: "freshness/stale-input",
  defaultSeverity: "warning",
  needs: ["lock"],
  docs: {
    summary: "A root input is locked to a commit older than `max-age` days (default 30; per input: `max-age: 30,nixpkgs=7`).",
    why: "Old inputs miss security fixes, and the longer an update waits the bigger (and harder to review) it gets.",
    fix: "Update it: `nix flake update NAME` (Nix 2.19 and later) or `nix flake lock --update-input NAME`, or let `flake-steward update` open the pull request. Inputs pinned to a `rev` are not reported.",
    example: '"lastModified": 1700000000  (2023-11-14: 30+ days before the run)'
  },
  check(ctx) {
    const out = [];
    for (const { name, path: path16, node } of rootNodes(ctx)) {
      if (node.locked?.type === "path" || typeof node.original?.["rev"] === "string") continue;
      const when = lastModified(node);
      if (!when) continue;
      const limit = maxAgeFor(ctx.options, name);
      const age = daysBetween(when, ctx.now);
      if (age <= limit) continue;
      out.push(
        inputFinding(
          ctx,
          path16,
          `input '${name}' is locked to a commit from ${when.toISOString().slice(0, 10)}, ${age} days old (max-age ${limit}): run \`nix flake update ${name}\` (Nix >= 2.19) or \`nix flake lock --update-input ${name}\``
        )
      );
    }
    return out;
  }
};

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
  docs: {
    summary: "A nixpkgs root input tracks a release branch (`nixos-YY.MM`, `nixpkgs-YY.MM`, `release-YY.MM`, with `-darwin` or `-small`) whose NixOS release is out of support.",
    why: "The branch gets no more security fixes. Support is computed from the release calendar on the day of the run (a release each May and November; the previous one is supported until the end of the month after the next release), so the rule never lags a release.",
    fix: 'Move to the current release branch (the message names it). To keep an old branch on purpose, set `supported-until` for the input in `.flake-steward.json` (`{"supported-until": {"nixpkgs-legacy": "2027-03-31"}}`) or ignore it (`ignore: freshness/unsupported-branch:nixpkgs-legacy`).',
    example: 'inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-23.11"; # unsupported since 2024-07-01'
  },
  check(ctx) {
    const out = [];
    const latest = latestRelease(ctx.now);
    const candidates = ctx.lock ? rootNodes(ctx) : (ctx.flake?.inputs ?? []).flatMap((d) => {
      if (!d.url) return [];
      const r = tryParseFlakeRef(d.url.value);
      if (!r.ok) return [];
      const node = { key: d.name, inputs: /* @__PURE__ */ new Map(), original: r.attrs, flake: true, line: 1 };
      return [{ name: d.name, path: d.path, node }];
    });
    for (const { name, path: path16, node } of candidates) {
      if (!isNixpkgs(node)) continue;
      const r = nixpkgsRelease(node);
      if (!r || isSupported(r.release, ctx.now)) continue;
      if (overridden(ctx.options.supportedUntil, name, ctx.now)) continue;
      const branch = /^\d/.test(r.branch) ? `release ${r.branch}` : r.branch;
      const message = `input '${name}' tracks ${branch}: NixOS ${r.release.name} is out of support since ${lastSupportedDay(r.release)}; move to the ${latest.name} release (nixos-${latest.name} or nixpkgs-${latest.name}-darwin)`;
      const decl = declaredAt(ctx, path16);
      if (decl?.url) out.push({ in: "nix", ...spanRegion(decl.url.span), input: name, message });
      else out.push(inputFinding(ctx, path16, message));
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
    for (const { name, path: path16, node } of rootNodes(ctx)) {
      if (node.original?.type !== "indirect") continue;
      const id = String(node.original["id"] ?? name);
      const ref = typeof node.original["ref"] === "string" ? `/${node.original["ref"]}` : "";
      out.push(
        inputFinding(
          ctx,
          path16,
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
        const path16 = paths[0];
        out.push(
          inputFinding(ctx, path16, `${showPath(path16)} is fetched over plain http (${url}): use https`, {
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
  const path16 = a["path"];
  if (a.type === "path" && typeof path16 === "string" && path16.startsWith("/nix/store/") && typeof a["narHash"] === "string")
    return void 0;
  if (a.type === "path" && typeof path16 === "string" && path16.startsWith("/")) return `path:${path16}`;
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
      const path16 = paths[0];
      out.push(
        inputFinding(
          ctx,
          path16,
          `${showPath(path16)} is locked from a local absolute path (${where}), which only exists on one machine`
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
      const path16 = paths[0];
      const locked = node.locked;
      if (!locked) {
        out.push(
          inputFinding(ctx, path16, `${showPath(path16)} has no "locked" entry in flake.lock`, { preferNode: true })
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
          path16,
          `${showPath(path16)} is not locked: its lock entry has no ${missing.join(" and no ")}; run \`nix flake lock\` from a clean state`,
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
    const lines2 = (ctx.lockText ?? "").split("\n");
    const at = lines2.findIndex((l) => /"version"\s*:/.test(l));
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
    for (const { name, path: path16, node } of rootNodes(ctx)) {
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
          path16,
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
  policyNixpkgsOwner
];
var RULES_BY_ID = new Map(RULES.map((r) => [r.id, r]));

// src/workspace/read-flake.ts
init_errors();
import { open as open2, readFile } from "node:fs/promises";
import path7 from "node:path";
var FLAKE_NIX_MAX_BYTES = 4 * 1024 * 1024;
var NIX_LIMIT = {
  bytes: FLAKE_NIX_MAX_BYTES,
  hint: "keep flake.nix small: move large expressions or data into files it imports"
};
var LOCK_LIMIT = {
  bytes: LOCK_LIMITS.bytes,
  hint: "a lock Nix writes never comes near it; rewrite it with `nix flake lock --recreate-lock-file`"
};
async function readOptional(file, shown2, limit) {
  let handle;
  try {
    handle = await open2(file, "r");
  } catch (e) {
    if (e.code === "ENOENT") return void 0;
    throw e;
  }
  try {
    const { size } = await handle.stat();
    if (size > limit.bytes) {
      throw new UserError(
        `${path7.basename(shown2)} is ${size} bytes, larger than the ${limit.bytes / 1024 / 1024} MiB flake-steward reads`,
        shown2,
        void 0,
        limit.hint
      );
    }
    return await handle.readFile("utf8");
  } finally {
    await handle.close();
  }
}
async function readBounded(file, shown2, limit) {
  return readOptional(file, shown2, limit).catch((e) => {
    if (e instanceof UserError) return e;
    throw e;
  });
}
async function readFlakeTexts(workspace, dir) {
  const abs = path7.join(workspace, dir);
  const nixPath2 = path7.posix.join(dir, "flake.nix");
  const lockPath = path7.posix.join(dir, "flake.lock");
  const [nix, lock] = await Promise.all([
    readBounded(path7.join(abs, "flake.nix"), nixPath2, NIX_LIMIT),
    readBounded(path7.join(abs, "flake.lock"), lockPath, LOCK_LIMIT)
  ]);
  return { nixPath: nixPath2, lockPath, nix, lock };
}
async function readSettingsFile(dir, shownDir) {
  let text;
  try {
    text = await readFile(path7.join(dir, SETTINGS_FILE), "utf8");
  } catch (e) {
    if (e.code === "ENOENT") return void 0;
    throw e;
  }
  return parseSettingsFile(text, path7.posix.join(shownDir, SETTINGS_FILE));
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
  const abs = path8.join(req.workspace, dir);
  const file = await readSettingsFile(abs, dir);
  if (file?.rules) checkRuleIds(RULES, file.rules, `"rules" in ${path8.posix.join(dir, SETTINGS_FILE)}`);
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

// src/app/fix.ts
async function relock(dir, runner, logger, env, interrupts) {
  const { detectNix: detectNix2, createNix: createNix2 } = await Promise.resolve().then(() => (init_nix(), nix_exports));
  let features;
  try {
    features = (await detectNix2({ runner, ...env ? { env } : {} })).features;
  } catch (e) {
    if (e instanceof ExecError && e.code === null && !interrupts.interrupted()) return "no-nix";
    throw e;
  }
  const nix = createNix2({
    runner,
    features,
    options: { nixOptions: [], acceptFlakeConfig: false, ...env ? { env } : {} },
    logger
  });
  await nix.lock(dir);
  return "locked";
}
async function save(workspace, plan, nixAbs) {
  const lockAbs = path9.join(workspace, plan.dir, "flake.lock");
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
      await rm2(s.lockAbs, { force: true });
      said.push(`removed the ${s.lockShown} Nix had begun`);
    }
  } else if (lockNow !== void 0 && lockNow.equals(s.lock)) said.push(`${s.lockShown} unchanged`);
  else {
    await nodeFs.writeAtomic(s.lockAbs, s.lock);
    said.push(`restored ${s.lockShown}`);
  }
  return said.join(", ");
}
async function checkClean(run, absFile, shown2) {
  let r;
  try {
    r = await run("git", ["status", "--porcelain", "--", path9.basename(absFile)], {
      cwd: path9.dirname(absFile),
      check: false
    });
  } catch {
    return "no-git";
  }
  if (r.code !== 0) return "no-git";
  if (r.stdout.trim() !== "") {
    throw new UserError(
      `${shown2} has uncommitted changes; fix will not mix its edits with them`,
      shown2,
      void 0,
      "commit or stash them first, or run flake-steward fix --dry-run to see the diff"
    );
  }
  return "clean";
}
async function fixTargets(run, req, plans) {
  const root = rootOf(req.confine ? req.workspace : await repositoryRoot(run, req.workspace));
  const area = req.confine ? "the workspace" : `the repository ${root.given}`;
  const hint = `fix writes nothing outside ${area}; run it in the repository the flake belongs to`;
  const check2 = (shown2) => confine(root, path9.join(req.workspace, shown2), { shown: shown2, area, hint });
  const out = /* @__PURE__ */ new Map();
  for (const plan of plans) {
    check2(plan.dir);
    check2(path9.posix.join(plan.dir, "flake.lock"));
    out.set(plan, check2(plan.file));
  }
  return out;
}
function runFix(config, ports) {
  return applyFixes(
    {
      ...lintRequest(config, ports),
      dryRun: config.update.dryRun,
      ...ports.runner ? { runner: ports.runner } : {},
      ...ports.interrupts ? { interrupts: ports.interrupts } : {}
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
  if (req.dryRun) {
    for (const plan of plans) say((await planDiff(plan)).trimEnd());
    return { plans, locked: [], noNix: [] };
  }
  const files = await fixTargets(runner, req, plans);
  for (const plan of plans) await checkClean(runner, files.get(plan), plan.file);
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
      const abs = path9.join(req.workspace, plan.dir);
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

// src/lint/lint-result.ts
function allFindings(run) {
  return run.flakes.flatMap((f) => f.findings);
}
function counts(findings) {
  const c = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function countsLine(findings) {
  const c = counts(findings);
  return `${plural(c.error, "error")}, ${plural(c.warning, "warning")}, ${plural(c.notice, "notice")}`;
}

// src/render/lint-display.ts
function displayFinding(f) {
  return {
    ...f,
    message: neutraliseText(f.message),
    file: neutraliseText(f.file),
    ...f.input !== void 0 ? { input: neutraliseText(f.input) } : {},
    ...f.fix ? { fix: { ...f.fix, description: neutraliseText(f.fix.description), text: neutraliseText(f.fix.text) } } : {}
  };
}
var displayNotice = (n) => neutraliseText(n);

// src/render/lint-text.ts
var SGR2 = { red: "31", yellow: "33", blue: "34", dim: "2", bold: "1", green: "32" };
function formatText(findings, notices, opts) {
  const c = (code4, s) => opts.color ? `\x1B[${SGR2[code4]}m${s}\x1B[0m` : s;
  const sev = { error: c("red", "error"), warning: c("yellow", "warning"), notice: c("blue", "notice") };
  const lines2 = [];
  for (const n of notices) lines2.push(`${c("dim", "note:")} ${displayNotice(n)}`);
  for (const f of findings.map(displayFinding)) {
    lines2.push(`${c("bold", `${f.file}:${f.line}:${f.column}`)} ${sev[f.severity]} ${c("dim", f.rule)} ${f.message}`);
    if (f.fix) {
      const what = f.fix.text === "" ? f.fix.description : `${f.fix.text}`;
      const auto = f.fix.edits.length > 0 ? c("dim", " (flake-steward fix applies it)") : "";
      lines2.push(`  ${c("green", "fix:")} ${what}${auto}`);
    }
  }
  const summary = findings.length === 0 ? `${c("green", "no findings")} in ${plural(opts.flakes, "flake")}` : `${countsLine(findings)} in ${plural(opts.flakes, "flake")}`;
  lines2.push(summary);
  return `${lines2.join("\n")}
`;
}

// src/cli/read-flags.ts
import path11 from "node:path";

// src/cli/dir-argument.ts
init_errors();
import path10 from "node:path";
function dirArgument(command, positionals, io) {
  if (positionals.length > 1) {
    throw new UsageError(`unexpected argument '${positionals[1]}'`, `usage: flake-steward ${command} [dir] [options]`);
  }
  return path10.resolve(io.cwd, positionals[0] ?? ".");
}

// src/cli/read-flags.ts
function flagSource(command, values, env) {
  return {
    get(name) {
      if (name === Setting.Command) return command;
      if (name === Setting.Token) return env["GITHUB_TOKEN"];
      if (name === Setting.JobSummary) return "false";
      const v = values[name];
      if (v === void 0) return void 0;
      const items = (Array.isArray(v) ? v : [v]).map((x) => x === true ? "true" : x === false ? "false" : x);
      return items.join("\n");
    },
    label: (name) => `--${name}`
  };
}
function configFromFlags(command, positionals, values, io, repository) {
  const workspace = dirArgument(command, positionals, io);
  return buildConfig(flagSource(command, values, io.env), {
    workspace,
    cwd: path11.resolve(io.cwd),
    env: io.env,
    ...repository ? { repository } : {}
  });
}

// src/cli/terminal-logger.ts
function terminalLogger(io, opts = {}) {
  const debug = Boolean(io.env["FLAKE_STEWARD_DEBUG"]);
  const say = (text) => io.stderr(`${neutraliseLines(text)}
`);
  const where = (p) => p?.file ? `${neutraliseText(p.file)}${p.startLine ? `:${p.startLine}` : ""}: ` : "";
  return {
    debug: (m) => {
      if (debug) say(`debug: ${m}`);
    },
    info: (m) => say(m),
    warning: (m, p) => say(`${where(p)}warning: ${m}`),
    error: (m, p) => say(`${where(p)}error: ${m}`),
    notice: (m, p) => say(`${where(p)}notice: ${m}`),
    group: async (name, fn) => {
      if (opts.groups) say(`== ${neutraliseText(name)}`);
      return fn();
    },
    setSecret: () => void 0
  };
}

// src/cli/commands/lint.ts
import { writeFile } from "node:fs/promises";

// src/core/ports.ts
var systemClock = { now: () => /* @__PURE__ */ new Date() };

// src/render/lint-json.ts
function toJsonFinding(finding) {
  const f = displayFinding(finding);
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    input: f.input ?? null,
    fix: f.fix ? f.fix.text : null
  };
}
function formatJson(findings) {
  return `${safeJson({ findings: findings.map(toJsonFinding) }, 2)}
`;
}

// src/render/lint-sarif.ts
import { createHash } from "node:crypto";

// src/lint/docs.ts
var PROJECT_URL = "https://github.com/flake-steward/flake-steward";
var RULES_DOC_URL = `${PROJECT_URL}/blob/main/docs/rules.md`;
function ruleAnchor(id) {
  return id.toLowerCase().replace(/[^a-z0-9 _-]/g, "").replace(/ /g, "-");
}
function ruleHelpUri(id) {
  return `${RULES_DOC_URL}#${ruleAnchor(id)}`;
}

// src/render/lint-sarif.ts
var LEVEL = { error: "error", warning: "warning", notice: "note" };
var MAX_REPLACEMENT = 1e4;
function region(r) {
  return { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn };
}
function replacement(e) {
  return {
    deletedRegion: region({
      line: e.span.start.line,
      column: e.span.start.column,
      endLine: e.span.end.line,
      endColumn: e.span.end.column
    }),
    insertedContent: { text: e.newText }
  };
}
function ruleName(id) {
  return id.split(/[/-]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
}
function ruleDescriptor(r) {
  const markdown = `${r.docs.summary}

**Why it matters.** ${r.docs.why}

**Fix.** ${r.docs.fix}

[Documentation](${ruleHelpUri(r.id)})`;
  return {
    id: r.id,
    name: ruleName(r.id),
    shortDescription: { text: r.docs.summary },
    fullDescription: { text: `${r.docs.summary} ${r.docs.why}` },
    help: { text: `${r.docs.summary}
Why: ${r.docs.why}
Fix: ${r.docs.fix}`, markdown },
    helpUri: ruleHelpUri(r.id),
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    properties: { tags: ["nix", "flake", r.id.split("/")[0]] }
  };
}
function toSarif(findings, rules) {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = findings.map((f) => {
    const shown2 = displayFinding(f);
    const location = {
      physicalLocation: { artifactLocation: { uri: f.file, uriBaseId: "%SRCROOT%" }, region: region(f) }
    };
    const fingerprint = createHash("sha256").update(`${f.rule}\0${f.file}\0${f.input ?? `${f.line}:${f.column}`}`).digest("hex");
    const result = {
      ruleId: f.rule,
      level: LEVEL[f.severity],
      message: {
        text: shown2.fix && shown2.fix.text !== "" ? `${shown2.message}
Fix: ${shown2.fix.text}` : shown2.message
      },
      locations: [location],
      partialFingerprints: { "flakeSteward/v1": fingerprint }
    };
    const i = index.get(f.rule);
    if (i !== void 0) result["ruleIndex"] = i;
    if (shown2.input !== void 0) result["properties"] = { input: shown2.input };
    if (f.fix && f.fix.edits.length > 0 && f.fix.edits.every((e) => e.newText.length <= MAX_REPLACEMENT)) {
      result["fixes"] = [
        {
          description: { text: shown2.fix.description },
          artifactChanges: [
            {
              artifactLocation: { uri: f.file, uriBaseId: "%SRCROOT%" },
              replacements: f.fix.edits.map(replacement)
            }
          ]
        }
      ];
    }
    return result;
  });
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "flake-steward",
            version: VERSION,
            informationUri: PROJECT_URL,
            rules: rules.map(ruleDescriptor)
          }
        },
        results,
        columnKind: "utf16CodeUnits"
      }
    ]
  };
}
function formatSarif(findings, rules) {
  return `${safeJson(toSarif(findings, rules), 2)}
`;
}

// src/render/markdown.ts
var inline = (text) => neutraliseText(text.replace(/\r?\n/g, " "));
function cell2(text) {
  return inline(text).replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function code(text) {
  const flat = inline(text);
  const runs = flat.match(/`+/g) ?? [];
  const longest = runs.reduce((m, r) => Math.max(m, r.length), 0);
  const ticks = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}
function cellCode(text) {
  return code(text).replace(/\|/g, "\\|");
}
function fence(raw, info = "text") {
  const text = neutraliseLines(raw, { max: LINE_MAX });
  const runs = text.match(/`{3,}/g) ?? [];
  const longest = runs.reduce((m, r) => Math.max(m, r.length), 2);
  const f = "`".repeat(longest + 1);
  return `${f}${info}
${text.replace(/\n+$/, "")}
${f}`;
}
function link(label, url) {
  return url ? `[${label}](${linkTarget(url)})` : label;
}
var URL_UNSAFE = /[\u0000-\u0020()<>|\\`"\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/gu;
function linkTarget(url) {
  return url.replace(
    URL_UNSAFE,
    (c) => [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("")
  );
}
function details(summary, body, open3 = false) {
  return `<details${open3 ? " open" : ""}>
<summary>${html(summary)}</summary>

${body.trim()}

</details>`;
}
function html(text) {
  return inline(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function table(head, rows, align) {
  const sep = head.map((_, i) => {
    const a = align?.[i] ?? "l";
    return a === "r" ? "---:" : a === "c" ? ":---:" : "---";
  });
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(head), line(sep), ...rows.map(line)].join("\n");
}
function plural2(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function lastLines(text, lines2) {
  const all = text.replace(/\s+$/, "").split("\n");
  return all.slice(-lines2).join("\n");
}

// src/render/mermaid-graph.ts
var MAX_NODES = 80;
function mermaidLabel(s) {
  return neutralise(s).replace(/[&"<>#|`]/g, (ch) => `#${ch.charCodeAt(0)};`);
}
function nodeLabel(lock, key2, path16) {
  if (key2 === lock.root) return "flake";
  const node = lock.nodes.get(key2);
  const name = path16 ? path16[path16.length - 1] : key2;
  const s = sourceOf(node);
  const src = s ? `${s.label}${s.ref ? ` ${s.ref}` : ""}` : "";
  return src ? `${mermaidLabel(name)}<br/>${mermaidLabel(src)}` : mermaidLabel(name);
}
function inputGraph(ctx, highlight = /* @__PURE__ */ new Set()) {
  const lock = ctx.lock;
  if (!lock) return void 0;
  const byNode = pathsByNode(ctx);
  const depthOf = (key2) => key2 === lock.root ? 0 : byNode.get(key2)?.[0]?.length ?? Infinity;
  let maxDepth = 2;
  const count2 = (d) => [...byNode.keys()].filter((k) => depthOf(k) <= d).length;
  if (count2(2) > MAX_NODES) maxDepth = 1;
  const shown2 = /* @__PURE__ */ new Set([lock.root]);
  for (const k of byNode.keys()) if (depthOf(k) <= maxDepth || highlight.has(k)) shown2.add(k);
  const ids = /* @__PURE__ */ new Map();
  const id = (key2) => {
    let v = ids.get(key2);
    if (!v) {
      v = `n${ids.size}`;
      ids.set(key2, v);
    }
    return v;
  };
  const lines2 = ["flowchart LR"];
  for (const key2 of shown2) {
    const label = nodeLabel(lock, key2, byNode.get(key2)?.[0]);
    lines2.push(key2 === lock.root ? `  ${id(key2)}(["${label}"])` : `  ${id(key2)}["${label}"]`);
  }
  let missing = 0;
  for (const parent of shown2) {
    if (depthOf(parent) >= maxDepth && parent !== lock.root && !highlight.has(parent)) continue;
    const node = lock.nodes.get(parent);
    if (!node) continue;
    for (const [name, edge] of node.inputs) {
      if (edge.kind === "node") {
        if (!shown2.has(edge.key)) continue;
        const childName = byNode.get(edge.key)?.[0];
        const same = childName && childName[childName.length - 1] === name;
        lines2.push(`  ${id(parent)} -->${same ? "" : `|"${mermaidLabel(name)}"|`} ${id(edge.key)}`);
      } else {
        const r = edge.path.length === 0 ? { kind: "node", key: lock.root } : findInput(lock, edge.path);
        if (r.kind === "node" && shown2.has(r.key)) {
          lines2.push(`  ${id(parent)} -.->|"${mermaidLabel(name)}"| ${id(r.key)}`);
        } else if (r.kind !== "node") {
          const m = `m${missing++}`;
          lines2.push(`  ${m}["${mermaidLabel(`missing: ${showPath(edge.path)}`)}"]`);
          lines2.push(`  ${id(parent)} -.->|"${mermaidLabel(name)}"| ${m}`);
          lines2.push(`  class ${m} missing`);
        }
      }
    }
  }
  lines2.push("  classDef dup fill:#ffebe9,stroke:#cf222e,stroke-width:2px");
  lines2.push("  classDef missing fill:#fff8c5,stroke:#9a6700,stroke-dasharray:4 2");
  const dups = [...highlight].filter((k) => shown2.has(k)).map(id);
  if (dups.length > 0) lines2.push(`  class ${dups.join(",")} dup`);
  return `${lines2.join("\n")}
`;
}

// src/render/lint-summary.ts
var MAX_ROWS = 200;
var ICON = { error: "🔴", warning: "🟡", notice: "🔵" };
function cell3(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
var code2 = (s) => cellCode(s);
function row(finding) {
  const f = displayFinding(finding);
  const fix = f.fix ? f.fix.text !== "" ? `<br>Fix: ${code2(f.fix.text)}` : `<br>Fix: ${cell3(f.fix.description)}` : "";
  return `| ${ICON[f.severity]} ${f.severity} | [${code2(f.rule)}](${ruleHelpUri(f.rule)}) | ${code2(`${f.file}:${f.line}:${f.column}`)} | ${f.input ? code2(f.input) : ""} | ${cell3(f.message)}${fix} |`;
}
function duplicateNodes(run) {
  const out = /* @__PURE__ */ new Set();
  if (!run.ctx.lock) return out;
  const flagged = new Set(run.findings.filter((f) => f.rule === "duplicates/duplicate-input").map((f) => f.input));
  for (const group of duplicateGroups(run.ctx)) {
    if (!group.some((c) => c.paths.some((p) => flagged.has(p.join("/"))))) continue;
    for (const c of group) out.add(c.key);
  }
  return out;
}
function renderSummary(run, opts = {}) {
  const findings = allFindings(run);
  const c = counts(findings);
  const out = ["## flake-steward lint", ""];
  const dirs = run.flakes.map((f) => neutraliseText(f.dir));
  const where = dirs.map(code2).join(", ");
  out.push(
    findings.length === 0 ? `✅ **No findings** in ${plural(run.flakes.length, "flake")} (${where}).` : `**${plural(c.error, "error")}, ${plural(c.warning, "warning")}, ${plural(c.notice, "notice")}** in ${plural(run.flakes.length, "flake")} (${where}).`,
    ""
  );
  if (run.flakes.length > 1) {
    out.push("| flake | errors | warnings | notices |", "|---|---|---|---|");
    run.flakes.forEach((f, i) => {
      const fc = counts(f.findings);
      out.push(`| ${code2(dirs[i])} | ${fc.error} | ${fc.warning} | ${fc.notice} |`);
    });
    out.push("");
  }
  if (findings.length > 0) {
    out.push("| severity | rule | where | input | finding |", "|---|---|---|---|---|");
    const rows = findings.map((f, i) => ({ f, i })).sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i);
    for (const { f } of rows.slice(0, MAX_ROWS)) out.push(row(f));
    if (findings.length > MAX_ROWS)
      out.push(`| | | | | … and ${findings.length - MAX_ROWS} more (see the annotations or SARIF) |`);
    out.push("");
  }
  const notices = run.flakes.flatMap((f) => f.notices);
  for (const n of notices) out.push(`> [!NOTE]
> ${cell3(displayNotice(n))}`, "");
  if (opts.graphs !== false) {
    run.flakes.forEach((f, i) => {
      const graph = inputGraph(f.ctx, duplicateNodes(f));
      if (!graph) return;
      out.push(
        `<details${run.flakes.length === 1 ? " open" : ""}><summary>Input graph of ${html(f.dir === "." ? "the flake" : dirs[i])} (follows dashed, duplicate copies in red)</summary>`,
        "",
        "```mermaid",
        graph.trimEnd(),
        "```",
        "",
        "</details>",
        ""
      );
    });
  }
  return `${out.join("\n").trimEnd()}
`;
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
  --max-age DAYS[,IN=DAYS]  days before a root input is stale (default 30), per input: 30,nixpkgs=7
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
    if (config.lint.sarifFile) await writeFile(config.lint.sarifFile, formatSarif(findings, RULES));
    printRun(config.format, run, io);
    return runFails(run) ? EXIT.failure : EXIT.ok;
  }
};
var cliLintPorts = { clock: systemClock, label: (name) => `--${name}`, confine: false };
function printRun(format, run, io) {
  const findings = allFindings(run);
  const notices = run.flakes.flatMap((f) => f.notices);
  switch (format) {
    case "json":
      io.stdout(formatJson(findings));
      for (const n of notices) io.stderr(`note: ${displayNotice(n)}
`);
      break;
    case "sarif":
      io.stdout(formatSarif(findings, RULES));
      for (const n of notices) io.stderr(`note: ${displayNotice(n)}
`);
      break;
    case "markdown":
      io.stdout(renderSummary(run));
      break;
    default:
      io.stdout(formatText(findings, notices, { color: io.isTTY, flakes: run.flakes.length }));
  }
}

// src/cli/commands/fix.ts
var fixCommand = {
  name: "fix",
  summary: "Apply the fixes lint found to flake.nix (follows for duplicates, dead overrides), then nix flake lock",
  usage: "flake-steward fix [DIR] [--dry-run] [options]",
  help: `Applies the fixes that lint can make to flake.nix in DIR (default: the current directory): the follows line
that removes a duplicate copy of an input (in the file's own style), and the removal of an override of an input
that does not exist. The edited file must parse before it is written (through a temporary file and a rename);
then \`nix flake lock\` updates flake.lock when Nix is installed (otherwise fix says to run it). A flake.nix with
uncommitted changes is refused.

Options:
  --dry-run                 print the unified diff instead of writing
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
    const config = configFromFlags("fix", positionals, values, io);
    const outcome = await runFix(config, {
      ...cliLintPorts,
      say: (line) => io.stdout(`${line}
`),
      logger: terminalLogger(io)
    });
    if (!outcome.after) return EXIT.ok;
    const findings = allFindings(outcome.after);
    if (findings.length > 0 || outcome.plans.length > 0) {
      const notices = outcome.after.flakes.flatMap((f) => f.notices);
      io.stdout(formatText(findings, notices, { color: io.isTTY, flakes: outcome.after.flakes.length }));
    }
    return runFails(outcome.after) ? EXIT.failure : EXIT.ok;
  }
};

// src/cli/commands/graph.ts
init_errors();
import { readFile as readFile2, stat as stat3 } from "node:fs/promises";
import path12 from "node:path";
async function lockFileArgument(positionals, io) {
  if (positionals.length > 1) {
    throw new UsageError(`unexpected argument '${positionals[1]}'`, "usage: flake-steward graph [DIR|FILE] [--json]");
  }
  const arg = positionals[0] ?? ".";
  const abs = path12.resolve(io.cwd, arg);
  let file = abs;
  try {
    if ((await stat3(abs)).isDirectory()) file = path12.join(abs, "flake.lock");
  } catch {
    throw new UserError(
      `no such file or directory: ${arg}`,
      void 0,
      void 0,
      "give a flake directory or its flake.lock"
    );
  }
  const rel = path12.relative(io.cwd, file);
  return { file, shown: rel === "" || rel.startsWith("..") ? file : rel };
}
async function readLockFile(file, shown2) {
  let text;
  try {
    const { size } = await stat3(file);
    if (size > LOCK_LIMITS.bytes) {
      throw new UserError(
        `flake.lock is ${size} bytes, larger than the ${LOCK_LIMITS.bytes / 1024 / 1024} MiB flake-steward reads`,
        shown2,
        void 0,
        "a lock Nix writes never comes near it; rewrite it with `nix flake lock --recreate-lock-file`"
      );
    }
    text = await readFile2(file, "utf8");
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code4 = e.code;
    if (code4 === "ENOENT") {
      throw new UserError(
        `no flake.lock in ${path12.dirname(shown2) || "."}`,
        shown2,
        void 0,
        "run `nix flake lock` to create it"
      );
    }
    throw new UserError(`cannot read the file: ${e.message}`, shown2);
  }
  return parseLock(text, shown2);
}
function graphJson(lock, graph) {
  const inputs = {};
  for (const [id, r] of graph.inputs) {
    inputs[id] = r.follows !== void 0 ? { node: r.node, follows: showPath(r.follows) } : { node: r.node };
  }
  return `${safeJson({ version: lock.version, inputs }, 2)}
`;
}
function graphText(graph) {
  if (graph.inputs.size === 0) return "no inputs\n";
  const lines2 = [];
  for (const r of graph.inputs.values()) {
    const indent = "  ".repeat(r.path.length - 1);
    const name = r.path[r.path.length - 1];
    const how = r.follows !== void 0 ? `follows '${showPath(r.follows)}' → node '${r.node}'` : `node '${r.node}'`;
    lines2.push(`${indent}${name}  ${how}`);
  }
  return `${lines2.join("\n")}
`;
}
function holderLine(lock, graph, p) {
  const parent = p.length > 1 ? graph.inputs.get(showPath(p.slice(0, -1)))?.node : lock.root;
  return lock.nodes.get(parent ?? lock.root)?.line ?? 1;
}
var graphCommand = {
  name: "graph",
  summary: "Show every input path of flake.lock and the node it resolves to (follows resolved as Nix does)",
  usage: "flake-steward graph [DIR|FILE] [--json]",
  help: `Reads DIR/flake.lock (default: the current directory; the argument may also be the lock file itself),
resolves every input path from the root the way Nix does (follows are absolute from the root, may chain and
may go through other follows; [] is the root) and prints one entry per path. Paths under a follows are not
repeated: they live under its target.

Exits 1 with FILE:LINE:COL: error: lines when the lock is malformed or a follows dangles or loops. A lock
past what flake-steward reads (8 MiB, JSON nested 64 deep, 10,000 nodes, nodes that expand to more than
100,000 input paths, paths more than 256 inputs deep or 1,000,000 names in all) is refused with one line:
Nix never writes one; \`nix flake lock --recreate-lock-file\` writes the lock it would.

Options:
  --json  print {"version": N, "inputs": {"<path>": {"node": "<node key>", "follows": "<a/b>"}}};
          "follows" is present only when that path's own lock entry is a follows

Examples:
  flake-steward graph
  flake-steward graph path/to/flake --json`,
  options: { json: { type: "boolean" } },
  async run(positionals, values, io) {
    const { file, shown: shown2 } = await lockFileArgument(positionals, io);
    const lock = await readLockFile(file, shown2);
    const graph = analyzeLock(lock);
    if (graph.problems.length > 0) {
      for (const p of graph.problems) {
        const at = { line: holderLine(lock, graph, p.path), column: 1 };
        io.stderr(`flake-steward graph: ${new UserError(p.message, shown2, at).format()}
`);
      }
      io.stderr("flake-steward graph: hint: fix the follows in flake.nix, then run `nix flake lock`\n");
      return EXIT.failure;
    }
    io.stdout(values["json"] === true ? graphJson(lock, graph) : graphText(graph));
    return EXIT.ok;
  }
};

// src/cli/commands/inputs.ts
init_errors();
import { readFile as readFile3, stat as stat4 } from "node:fs/promises";
import path13 from "node:path";
init_nix2();
function inputRef(input) {
  if (input.follows) return { follows: input.follows.value };
  if (input.attrs) return { original: flakeRefFromAttrs(input.attrs.value) };
  if (input.url) return { original: parseFlakeRef(input.url.value, { isFlake: input.flake?.value ?? true }) };
  return { original: { id: input.name, type: "indirect" } };
}
function refsJson(flake) {
  const sorted = [...flake.inputs].sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
  const out = {};
  for (const i of sorted) {
    try {
      out[i.name] = inputRef(i);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      const at = i.url?.span ?? i.attrs?.span ?? i.span;
      throw new UserError(
        `input '${i.name}': ${e.message}`,
        flake.file,
        { line: at.start.line, column: at.start.column },
        e.hint
      );
    }
  }
  return safeJson(out);
}
function describe(i) {
  if (i.follows) return `follows ${JSON.stringify(i.follows.value)}`;
  if (i.attrs) return JSON.stringify(i.attrs.value);
  if (i.url) return i.url.value;
  return `${i.name} (from the registry)`;
}
function textListing(flake, file) {
  const rows = [];
  const walk2 = (is, depth) => {
    for (const i of is) {
      const flag = i.flake?.value === false ? " (not a flake)" : "";
      rows.push([`${"  ".repeat(depth)}${i.name}`, describe(i) + flag, `${file}:${i.span.start.line}`]);
      walk2(i.inputs, depth + 1);
    }
  };
  walk2(flake.inputs, 0);
  if (rows.length === 0) return `${file}: no inputs declared
`;
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  return rows.map(([a, b, c]) => `${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`.trimEnd()).join("\n") + "\n";
}
var inputsCommand = {
  name: "inputs",
  summary: "Show the inputs a flake.nix declares, read from its syntax as Nix reads them",
  usage: "flake-steward inputs [dir] [--json] [--refs]",
  help: `Reads DIR/flake.nix (default: the current directory) without evaluating it and lists its inputs:
every syntax (an inputs block, dotted inputs.x.url lines, nested overrides), with where each is declared.
A computed value in inputs, or anything else Nix refuses there, is an error at its position.

Options:
  --json   print the value of inputs as JSON, byte for byte as
           nix-instantiate --eval --strict --json -E '(import ./flake.nix).inputs' prints it
           ({} when none; a path literal as the path text as written)
  --refs   for each root input, its reference in the attribute form flake.lock stores as "original",
           or the input it follows: {"nixpkgs":{"original":{...}},"utils":{"follows":"flake-utils"}}

Examples:
  flake-steward inputs
  flake-steward inputs ./my-flake --json --refs`,
  options: { json: { type: "boolean" }, refs: { type: "boolean" } },
  async run(positionals, values, io) {
    const given = dirArgument("inputs", positionals, io);
    const isFile2 = await stat4(given).then(
      (s) => s.isFile(),
      () => false
    );
    const dir = isFile2 ? path13.dirname(given) : given;
    const file = isFile2 ? given : path13.join(dir, "flake.nix");
    let text;
    try {
      text = await readFile3(file, "utf8");
    } catch (e) {
      const code4 = e.code;
      throw new UserError(
        code4 === "ENOENT" ? `no flake.nix in ${dir}` : `cannot read ${file}: ${e.message}`,
        void 0,
        void 0,
        code4 === "ENOENT" ? "give the directory that holds flake.nix" : void 0
      );
    }
    const shown2 = path13.relative(io.cwd, file) || file;
    const end = io.isTTY ? "\n" : "";
    if (values["refs"] === true) {
      const flake = readFlakeNix(text, shown2);
      if (values["json"] === true) io.stdout(`${refsJson(flake)}${end}`);
      else {
        const refs = JSON.parse(refsJson(flake));
        const w = Math.max(0, ...Object.keys(refs).map((k) => k.length));
        for (const [k, r] of Object.entries(refs))
          io.stdout(
            `${k.padEnd(w)}  ${"follows" in r ? `follows ${JSON.stringify(r.follows)}` : JSON.stringify(r.original)}
`
          );
      }
      return EXIT.ok;
    }
    if (values["json"] === true) {
      io.stdout(`${inputsValue(parse(text, { file: shown2 }), shown2, text)}${end}`);
      return EXIT.ok;
    }
    io.stdout(textListing(readFlakeNix(text, shown2), shown2));
    return EXIT.ok;
  }
};

// src/cli/commands/parse.ts
init_errors();
init_nix2();
import { readFile as readFile4 } from "node:fs/promises";
import path14 from "node:path";
function readProblem(e) {
  const code4 = e.code;
  if (code4 === "ENOENT") return "no such file";
  if (code4 === "EISDIR") return "is a directory, not a file";
  if (code4 === "EACCES") return "permission denied";
  return e.message;
}
var parseCommand = {
  name: "parse",
  summary: "Check that Nix files parse, as Nix would (syntax and parse-time checks)",
  usage: "flake-steward parse FILE... [--pipe-operators]",
  help: `Parses each FILE as Nix (the whole language, with the checks Nix makes while parsing: duplicate
attributes, duplicate function arguments, undefined variables). Prints nothing and exits 0 when every file
is valid; otherwise prints one line per invalid file, FILE:LINE:COL: error: MESSAGE, and exits 1.

Options:
  --pipe-operators  accept the experimental |> and <| operators

Example:
  flake-steward parse flake.nix nix/*.nix`,
  options: { "pipe-operators": { type: "boolean" } },
  async run(positionals, values, io) {
    if (positionals.length === 0) throw new UsageError("no file given", "usage: flake-steward parse FILE...");
    const pipeOperators = values["pipe-operators"] === true;
    let failed = false;
    for (const file of positionals) {
      let text;
      try {
        text = await readFile4(path14.resolve(io.cwd, file), "utf8");
      } catch (e) {
        io.stdout(`${file}: error: cannot read the file: ${readProblem(e)}
`);
        failed = true;
        continue;
      }
      try {
        check(text, { file, pipeOperators });
      } catch (e) {
        if (!(e instanceof NixSyntaxError)) throw e;
        io.stdout(`${e.format()}
`);
        failed = true;
      }
    }
    return failed ? EXIT.failure : EXIT.ok;
  }
};

// src/update/update-result.ts
function changedInputs(report) {
  return report.flakes.flatMap((flake) => flake.inputs.map((change) => ({ flake, change })));
}
function hasUpdates(report) {
  return report.flakes.some((f) => f.lock.before !== f.lock.after);
}
function packageChangeCount(c) {
  if (!c.diff) return 0;
  return c.diff.changes.filter((p) => p.kind !== "size").length;
}
function buildFailures(report) {
  const out = [];
  for (const side of ["after", "before"]) {
    for (const flake of report.flakes) {
      for (const c of flake.configurations) {
        const f = c[side].failure;
        if (c[side].status === "failed" && f) out.push({ flake, failure: f });
      }
    }
  }
  return out;
}
function failedAfter(report) {
  return report.flakes.flatMap(
    (flake) => flake.configurations.filter((c) => c.after.status === "failed").map((configuration) => ({ flake, configuration }))
  );
}
function totals(report) {
  let inputsUpdated = 0;
  let configurationsBuilt = 0;
  let configurationsFailed = 0;
  let packageChanges = 0;
  for (const f of report.flakes) {
    inputsUpdated += f.inputs.length;
    for (const c of f.configurations) {
      if (c.after.status === "built") configurationsBuilt++;
      if (c.after.status === "failed") configurationsFailed++;
      packageChanges += packageChangeCount(c);
    }
  }
  return { inputsUpdated, configurationsBuilt, configurationsFailed, packageChanges };
}
function updatedInputsOutput(report) {
  return changedInputs(report).map(({ flake, change }) => ({
    flake: flake.dir,
    input: change.name,
    kind: change.kind,
    from: change.before?.rev ?? change.before?.tag ?? change.before?.url ?? null,
    to: change.after?.rev ?? change.after?.tag ?? change.after?.url ?? null,
    fromDate: change.before?.date ?? null,
    toDate: change.after?.date ?? null,
    compareUrl: change.compareUrl ?? null
  }));
}

// src/render/update-json.ts
function reportJson(report) {
  return {
    version: 1,
    nixVersion: report.nixVersion,
    dryRun: report.dryRun,
    requestedInputs: report.requestedInputs,
    hasUpdates: hasUpdates(report),
    totals: totals(report),
    updatedInputs: updatedInputsOutput(report),
    failures: buildFailures(report).map(({ flake, failure }) => ({ flake: flake.dir, ...failure })),
    flakes: report.flakes.map((f) => ({
      dir: f.dir,
      lockFile: f.lockFile,
      system: f.system ?? null,
      lockChanged: f.lock.before !== f.lock.after,
      inputs: f.inputs,
      configurations: f.configurations,
      skipped: f.skipped
    }))
  };
}
function renderJson(report) {
  return `${safeJson(reportJson(report), 2)}
`;
}

// src/forge/forge-links.ts
var DEFAULT_HOST = {
  github: "github.com",
  gitlab: "gitlab.com",
  sourcehut: "git.sr.ht"
};
var FULL_REV = /^[0-9a-f]{40}$/;
function str3(attrs, key2) {
  const v = attrs[key2];
  return typeof v === "string" && v !== "" ? v : void 0;
}
function decodeOwner(owner) {
  return owner.replace(/%2F/gi, "/");
}
function sourcehutOwner(owner) {
  return owner.startsWith("~") ? owner : `~${owner}`;
}
function hostForgeOf(host, hosts) {
  const h = host.toLowerCase();
  for (const forge of ["github", "gitlab", "sourcehut"]) {
    if (h === DEFAULT_HOST[forge]) return forge;
    if (hosts?.[forge]?.some((x) => x.toLowerCase() === h)) return forge;
  }
  if (h.startsWith("gitlab.")) return "gitlab";
  return void 0;
}
function repoFromPath(forge, host, pathname) {
  const parts = pathname.replace(/\.git$/, "").split("/").filter((s) => s !== "");
  if (forge === "github") {
    if (parts.length !== 2) return void 0;
    return { forge, host, owner: parts[0], repo: parts[1] };
  }
  if (forge === "sourcehut") {
    if (parts.length !== 2 || !parts[0].startsWith("~")) return void 0;
    return { forge, host, owner: parts[0], repo: parts[1] };
  }
  if (parts.length < 2 || parts.includes("-")) return void 0;
  return { forge, host, owner: parts.slice(0, -1).join("/"), repo: parts[parts.length - 1] };
}
function parseUrl(text) {
  try {
    return new URL(text.replace(/^(git|tarball|file)\+/, ""));
  } catch {
    return void 0;
  }
}
function tarballSource(url, hosts) {
  const u = parseUrl(url);
  if (!u) return void 0;
  const host = u.host.toLowerCase();
  const parts = u.pathname.split("/").filter((s) => s !== "");
  if (host === "api.flakehub.com" && parts[0] === "f" && parts[1] === "pinned" && parts.length >= 4) {
    return { repo: { forge: "github", host: "github.com", owner: parts[2], repo: parts[3] } };
  }
  if (host === "releases.nixos.org" || host === "channels.nixos.org") {
    return { repo: { forge: "github", host: "github.com", owner: "NixOS", repo: "nixpkgs" } };
  }
  const forge = hostForgeOf(host, hosts);
  if (!forge) return void 0;
  const strip = (s) => s.replace(/\.(tar\.gz|tar\.xz|tar\.bz2|tar\.zst|tgz|zip)$/, "");
  if (forge === "github") {
    if (parts.length >= 4 && parts[2] === "archive") {
      const rest = parts.slice(3).join("/");
      const ref = strip(rest).replace(/^refs\/(tags|heads)\//, "");
      return { repo: { forge, host, owner: parts[0], repo: parts[1] }, ref };
    }
    return void 0;
  }
  if (forge === "gitlab") {
    const dash = parts.indexOf("-");
    if (dash >= 2 && parts[dash + 1] === "archive" && parts[dash + 2] !== void 0) {
      return {
        repo: { forge, host, owner: parts.slice(0, dash - 1).join("/"), repo: parts[dash - 1] },
        ref: parts[dash + 2]
      };
    }
    return void 0;
  }
  if (parts.length === 4 && parts[0].startsWith("~") && parts[2] === "archive") {
    return { repo: { forge, host, owner: parts[0], repo: parts[1] }, ref: strip(parts[3]) };
  }
  return void 0;
}
function forgeRepoOf(attrs, hosts) {
  const type = attrs.type;
  const owner = str3(attrs, "owner");
  const repo = str3(attrs, "repo");
  if ((type === "github" || type === "gitlab" || type === "sourcehut") && owner && repo) {
    const host = str3(attrs, "host") ?? DEFAULT_HOST[type];
    if (type === "github") return { forge: type, host, owner, repo };
    if (type === "gitlab") return { forge: type, host, owner: decodeOwner(owner), repo };
    return { forge: type, host, owner: sourcehutOwner(owner), repo };
  }
  const url = str3(attrs, "url");
  if (!url) return void 0;
  if (type === "git" || /^git\+/.test(url)) {
    const u = parseUrl(url);
    if (!u || !["https:", "http:", "ssh:", "git:"].includes(u.protocol)) return void 0;
    const host = (u.protocol === "https:" || u.protocol === "http:" ? u.host : u.hostname).toLowerCase();
    const forge = hostForgeOf(host, hosts);
    return forge ? repoFromPath(forge, host, u.pathname) : void 0;
  }
  if (type === "tarball" || type === "file") return tarballSource(url, hosts)?.repo;
  return void 0;
}
function lockedRev(attrs, hosts) {
  const rev = str3(attrs, "rev");
  if (rev) return rev;
  const url = str3(attrs, "url");
  if (url && (attrs.type === "tarball" || attrs.type === "file")) {
    const ref = tarballSource(url, hosts)?.ref;
    if (ref && FULL_REV.test(ref)) return ref;
  }
  return void 0;
}
function lockedTag(attrs, hosts) {
  const url = str3(attrs, "url");
  if (!url || attrs.type !== "tarball" && attrs.type !== "file") return void 0;
  const ref = tarballSource(url, hosts)?.ref;
  return ref && !FULL_REV.test(ref) ? ref : void 0;
}
function repoUrl(r) {
  return `https://${r.host}/${r.owner}/${r.repo}`;
}
function commitUrl(r, rev) {
  const base = repoUrl(r);
  if (r.forge === "gitlab") return `${base}/-/commit/${rev}`;
  return `${base}/commit/${rev}`;
}
function compareUrl(r, from, to) {
  const base = repoUrl(r);
  if (r.forge === "github") return `${base}/compare/${from}...${to}`;
  if (r.forge === "gitlab") return `${base}/-/compare/${from}...${to}`;
  return `${base}/log/${to}`;
}
function repoLabel(r) {
  return r.host === DEFAULT_HOST[r.forge] ? `${r.owner}/${r.repo}` : `${r.host}/${r.owner}/${r.repo}`;
}
function shortRev2(rev) {
  return FULL_REV.test(rev) ? rev.slice(0, 7) : rev;
}

// src/render/update-report.ts
function commitKey(flakeDir, input) {
  return `${flakeDir}#${input}`;
}
var MAX_LENGTH = 6e4;
var LONG_TABLE = 15;
var FULL_LOG = 40;
function renderReport(report, options = {}) {
  const max = options.maxLength ?? MAX_LENGTH;
  const base = { inputRows: Infinity, summaryOnly: false };
  const full = { ...base, stage: "full", collapse: false, rows: Infinity, commits: "list", logLines: FULL_LOG };
  const collapsed = { ...full, stage: "collapsed", collapse: true };
  const rows = (n) => ({
    ...base,
    stage: "top-rows",
    collapse: true,
    rows: n,
    commits: "count",
    logLines: 20
  });
  const summary = {
    stage: "summary",
    collapse: true,
    rows: 0,
    commits: "count",
    logLines: 10,
    inputRows: Infinity,
    summaryOnly: true
  };
  const tight = { ...summary, logLines: 5, inputRows: 50 };
  const fits = (level) => {
    const text = render2(report, options, level);
    return text.length <= max ? text : void 0;
  };
  for (const level of [full, collapsed]) {
    const text = fits(level);
    if (text !== void 0) return { markdown: text, stage: level.stage };
  }
  const most = Math.min(options.topRows ?? Infinity, maxRows(report));
  let best;
  let lo = 1;
  let hi = most;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    const text = fits(rows(mid));
    if (text !== void 0) {
      best = text;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (best !== void 0) return { markdown: best, stage: "top-rows" };
  for (const level of [summary, tight]) {
    const text = fits(level);
    if (text !== void 0) return { markdown: text, stage: level.stage };
  }
  return { markdown: cut(render2(report, options, tight), max, options.fullReportUrl), stage: "cut" };
}
function maxRows(report) {
  let n = 0;
  for (const f of report.flakes) for (const c of f.configurations) n = Math.max(n, c.diff?.changes.length ?? 0);
  return n;
}
function cut(text, max, url) {
  const note = `

---
_The report was cut to fit GitHub's limit.${url ? ` ${link("Full report", url)}.` : ""}_
`;
  const budget = max - note.length - 64;
  let head = text.slice(0, Math.max(0, budget));
  head = head.slice(0, Math.max(0, head.lastIndexOf("\n")));
  const fences = head.match(/^`{3,}/gm) ?? [];
  if (fences.length % 2 === 1) head += `
${fences[fences.length - 1]}`;
  const opened = (head.match(/<details/g) ?? []).length - (head.match(/<\/details>/g) ?? []).length;
  for (let i = 0; i < opened; i++) head += "\n\n</details>";
  return head + note;
}
function render2(report, options, level) {
  const parts = [];
  if (options.marker) parts.push(options.marker);
  if (options.heading) parts.push(`## ${html(options.heading)}`);
  parts.push(headline(report));
  if (report.dryRun && hasUpdates(report))
    parts.push("_Dry run: `flake.lock` was restored after the report was made._");
  if (level.stage !== "full" && level.stage !== "collapsed" && options.fullReportUrl) {
    parts.push(`_Shortened to fit; the full report is in the ${link("job summary", options.fullReportUrl)}._`);
  } else if (level.stage !== "full" && level.stage !== "collapsed") {
    parts.push("_Shortened to fit; run `flake-steward update --dry-run` for the full report._");
  }
  const multi = report.flakes.length > 1;
  for (const flake of report.flakes) {
    if (flake.listingError) {
      parts.push(
        `> [!WARNING]
> The outputs of ${multi ? code(flake.dir) : "the flake"} could not be listed after the update, so the list from before was built: ${code(flake.listingError)}`
      );
    }
  }
  const failures = failureSection(report, level, multi);
  if (failures) parts.push(failures);
  for (const flake of report.flakes) {
    if (multi) parts.push(`### Flake ${code(flake.dir)}`);
    parts.push(flakeSection(flake, options, level, multi ? "####" : "###"));
  }
  return `${parts.filter((p) => p !== "").join("\n\n")}
`;
}
function headline(report) {
  const t = totals(report);
  const bits = [
    plural2(t.inputsUpdated, "input") + " updated",
    plural2(t.configurationsBuilt, "configuration") + " built",
    plural2(t.packageChanges, "package change")
  ];
  if (t.configurationsFailed > 0) bits.push(`❌ ${plural2(t.configurationsFailed, "build")} failed`);
  return `**${bits.join(" · ")}**`;
}
var KIND_LABEL = {
  nixos: "NixOS configuration",
  home: "Home Manager configuration",
  darwin: "nix-darwin configuration",
  package: "package",
  devShell: "dev shell",
  check: "check",
  attr: "attribute"
};
function title(c) {
  return c.kind === "attr" ? code(c.attr) : `${KIND_LABEL[c.kind]} ${code(c.name)}`;
}
function failureSection(report, level, multi) {
  const after = report.flakes.flatMap(
    (f) => f.configurations.filter((c) => c.after.status === "failed").map((c) => ({ f, c }))
  );
  if (after.length === 0) return "";
  const where = (f) => multi ? ` in ${code(f.dir)}` : "";
  const out = [];
  out.push(
    `> [!CAUTION]
> ${plural2(after.length, "build")} failed after the update: ${after.map(({ f, c }) => `${title(c)}${where(f)}`).join(", ")}.`
  );
  out.push("### ❌ Build failures");
  for (const { f, c } of after) {
    const failure = c.after.failure;
    const since = c.before.status === "built" ? "It built before the update." : c.before.status === "failed" ? "It also failed before the update." : "It is new in this update.";
    const lines2 = [`**${title(c)}**${where(f)}: ${cellCode(c.attr)}. ${since}`];
    if (failure) {
      lines2.push(code(failure.message));
      const tail2 = lastLines(failure.logTail, level.logLines);
      if (tail2.trim() !== "") {
        const block = fence(tail2);
        lines2.push(
          level.collapse && tail2.split("\n").length > 15 ? details(`Last ${level.logLines} log lines`, block, true) : block
        );
      }
      if (failure.failedDrv) lines2.push(`Full log: ${code(`nix log ${failure.failedDrv}`)}`);
    }
    out.push(lines2.join("\n\n"));
  }
  return out.join("\n\n");
}
function flakeSection(flake, options, level, h) {
  const out = [];
  out.push(`${h} Inputs`);
  if (flake.inputs.length === 0) {
    out.push(`No input changed: ${code(flake.lockFile)} is up to date.`);
  } else {
    out.push(inputsTable(flake, options, level));
    if (level.commits === "list") {
      const lists = flake.inputs.map((c) => commitListBlock(c, options.commits?.get(commitKey(flake.dir, c.name)))).filter((s) => s !== "");
      if (lists.length > 0) out.push(lists.join("\n\n"));
    }
  }
  const configs = configurationsSection(flake, level, h);
  if (configs) out.push(configs);
  if (flake.skipped.length > 0) {
    out.push(
      `Not built on ${flake.system ? code(flake.system) : "this system"}: ${flake.skipped.map((s) => `${code(s.attr)} (${html(s.system)})`).join(", ")}.`
    );
  }
  return out.join("\n\n");
}
function sourceCell(s, follows) {
  if (follows) return `follows ${cellCode(follows.length === 0 ? "(this flake)" : follows.join("/"))}`;
  if (!s) return "—";
  const id = s.rev ? shortRev2(s.rev) : s.tag ?? s.url ?? s.narHash?.slice(0, 19) ?? s.type;
  const shown2 = link(cellCode(id), s.revUrl);
  return s.date ? `${shown2} · ${s.date}` : shown2;
}
function spanCell(c) {
  if (c.spanDays === void 0) return "";
  if (c.spanDays === 0) return "same day";
  const sign = c.spanDays > 0 ? "+" : "−";
  return `${sign}${plural2(Math.abs(c.spanDays), "day")}`;
}
function inputCell(c) {
  const s = c.after ?? c.before;
  const bits = [cellCode(c.name)];
  const moved = c.before && c.after && c.before.label !== c.after.label;
  if (s && !moved) bits.push(cell2(s.ref ? `${s.label} (${s.ref})` : s.label));
  else if (moved) bits.push(cell2(`${c.before.label} → ${c.after.label}`));
  if (c.kind === "added") bits.push("_(added)_");
  if (c.kind === "removed") bits.push("_(removed)_");
  return bits.join(" ");
}
function compareCell(c, list) {
  const url = list?.compareUrl ?? c.compareUrl;
  const total = list?.total ?? 0;
  if (total > 0) return link(plural2(total, "commit"), url);
  if (url) return link("compare", url);
  if (c.urlChanged) return "URL changed";
  return "";
}
function inputsTable(flake, options, level) {
  const rows = flake.inputs.slice(0, level.inputRows).map((c) => [
    inputCell(c),
    sourceCell(c.before, c.followsBefore),
    sourceCell(c.after, c.followsAfter),
    spanCell(c),
    compareCell(c, options.commits?.get(commitKey(flake.dir, c.name)))
  ]);
  let text = table(["Input", "From", "To", "Span", "Changes"], rows, "lllrl");
  const dropped = flake.inputs.length - rows.length;
  if (dropped > 0) text += `

_…and ${plural2(dropped, "more input")} (see the full report)._`;
  return text;
}
function inertTitle(title2) {
  return (title2.split("\n")[0] ?? "").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function commitListBlock(c, list) {
  if (!list) return "";
  const total = list.total ?? list.commits.length;
  const url = list.compareUrl ?? c.compareUrl;
  const lines2 = [];
  for (const commit of list.commits) {
    lines2.push(`- ${link(code(shortRev2(commit.sha)), commit.url)} ${inertTitle(commit.title)}`);
  }
  const more = total - list.commits.length;
  if (more > 0) lines2.push(`- …and ${more} more${url ? ` (${link("compare", url)})` : ""}`);
  if (lines2.length === 0) {
    return list.unavailable ? `_${html(c.name)}: no commit list (${html(list.unavailable)})._` : "";
  }
  return details(`${c.name}: ${plural2(total, "commit")}`, lines2.join("\n"));
}
var ORDER = {
  upgraded: 0,
  downgraded: 0,
  changed: 0,
  added: 1,
  removed: 2,
  size: 3
};
function orderedChanges(changes) {
  return [...changes].sort((a, b) => {
    const k = ORDER[a.kind] - ORDER[b.kind];
    if (k !== 0) return k;
    if (a.kind === "size") return Math.abs(b.sizeDelta) - Math.abs(a.sizeDelta) || (a.name < b.name ? -1 : 1);
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  });
}
function versions(vs) {
  return vs.map((v) => v === "" ? "(no version)" : v).join(", ");
}
function packageRow(p) {
  const mark = p.kind === "downgraded" ? " ⚠️ downgraded" : "";
  const name = `${cell2(p.name)}${mark}`;
  const delta = p.sizeDelta === 0 ? "" : formatBytes(p.sizeDelta, true);
  switch (p.kind) {
    case "added":
      return [name, "_(added)_", cell2(versions(p.versionsAfter)), delta];
    case "removed":
      return [name, cell2(versions(p.versionsBefore)), "_(removed)_", delta];
    case "size":
      return [name, cell2(versions(p.versionsBefore)), cell2(versions(p.versionsAfter)), delta];
    default:
      return [name, cell2(versions(p.removed)), cell2(versions(p.added)), delta];
  }
}
function countsLine2(c) {
  const d = c.diff;
  const bits = [];
  for (const k of ["upgraded", "downgraded", "changed", "added", "removed"]) {
    if (d.counts[k] > 0) bits.push(`${d.counts[k]} ${k}`);
  }
  if (d.counts.size > 0) bits.push(`${d.counts.size} size only`);
  const delta = d.sizeAfter - d.sizeBefore;
  const size = `closure ${formatBytes(d.sizeBefore)} → ${formatBytes(d.sizeAfter)} (${formatBytes(delta, true)})`;
  return `${bits.length > 0 ? bits.join(", ") : "no package changes"} · ${size}`;
}
function statusLine(c) {
  const size = (n) => n !== void 0 ? ` · closure ${formatBytes(n)}` : "";
  if (c.after.status === "failed") return "❌ failed to build after the update (see above)";
  if (c.before.status === "failed" && c.after.status === "built")
    return `✅ builds again after the update (it failed before)${size(c.after.closureSize)}`;
  if (c.before.status === "absent" && c.after.status === "built")
    return `🆕 new in this update${size(c.after.closureSize)}`;
  if (c.after.status === "absent" && c.before.status !== "absent") return "removed by this update";
  return void 0;
}
function configurationsSection(flake, level, h) {
  if (flake.configurations.length === 0) return "";
  const out = [`${h} Configurations`];
  const unchanged = [];
  const notBuilt = [];
  for (const c of flake.configurations) {
    const status = statusLine(c);
    if (status) {
      out.push(`**${title(c)}**: ${status}`);
      continue;
    }
    if (!c.diff) {
      notBuilt.push(c);
      continue;
    }
    if (c.diff.changes.length === 0 || level.summaryOnly) {
      if (c.diff.changes.length === 0) unchanged.push(c);
      else out.push(`**${title(c)}**: ${countsLine2(c)}`);
      continue;
    }
    out.push(`**${title(c)}**: ${countsLine2(c)}`);
    const ordered = orderedChanges(c.diff.changes);
    const shown2 = ordered.slice(0, level.rows);
    let body = table(["Package", "Before", "After", "Δ size"], shown2.map(packageRow), "lllr");
    const dropped = ordered.length - shown2.length;
    if (dropped > 0) body += `

_…and ${plural2(dropped, "more change")} not shown._`;
    const long = shown2.length > LONG_TABLE || level.collapse;
    out.push(long ? details(`${c.name}: ${plural2(ordered.length, "change")}`, body, !level.collapse) : body);
  }
  const names = (cs) => cs.map((c) => `${code(c.name)}${c.kind === "attr" ? "" : ` (${KIND_LABEL[c.kind]})`}`).join(", ");
  if (unchanged.length > 0) out.push(`No package changes: ${names(unchanged)}.`);
  if (notBuilt.length > 0) out.push(`Not built: ${names(notBuilt)}.`);
  return out.join("\n\n");
}

// src/app/update.ts
import path15 from "node:path";
init_reference_graph();
init_errors();

// src/update/targets.ts
init_errors();
init_parse_output();
function nixString(s) {
  return `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\$\{/g, "\\${")}"`;
}
function discoveryExpression(flakeRef) {
  return `builtins.getFlake ${nixString(flakeRef)}`;
}
var DRV2 = `drv = x:
    let r = builtins.tryEval (x.drvPath or null);
    in if r.success && builtins.isString r.value then r.value else null;`;
function discoveryApply(system, opts = {}) {
  const sys = system !== void 0 ? nixString(system) : "builtins.currentSystem";
  return `flake:
let
  system = ${sys};
  withDrvPaths = ${opts.drvPaths === false ? "false" : "true"};
  attrs = x: if builtins.isAttrs x then x else { };
  names = x: builtins.attrNames (attrs x);
  ${DRV2}
  drvIf = wanted: x: if withDrvPaths && wanted then drv x else null;
  perSystem = out:
    let set = attrs ((attrs (flake.\${out} or { })).\${system} or { });
    in map (n: { name = n; drvPath = drvIf true set.\${n}; }) (names set);
  sysOf = c:
    let r = builtins.tryEval (
      let p = (attrs c).pkgs or null; in
      if builtins.isAttrs p && p ? stdenv then p.stdenv.hostPlatform.system else null);
    in if r.success && builtins.isString r.value then r.value else null;
  configs = out: enabled: select:
    map (n:
      let c = flake.\${out}.\${n}; s = sysOf c;
      in { name = n; system = s; drvPath = drvIf (enabled && (s == null || s == system)) (select c); })
    (names (flake.\${out} or { }));
in {
  inherit system;
  nixos = configs "nixosConfigurations" true (c: c.config.system.build.toplevel or null);
  home = configs "homeConfigurations" true (c: c.activationPackage or null);
  darwin = configs "darwinConfigurations" (builtins.match ".*-darwin" system != null) (c: c.system or null);
  packages = perSystem "packages";
  devShells = perSystem "devShells";
  checks = perSystem "checks";
}`;
}
function attrPathNames(attr) {
  const exact = attr.startsWith(".");
  const names = splitAttrPath(exact ? attr.slice(1) : attr).map(
    (p) => p.length >= 2 && p.startsWith('"') && p.endsWith('"') ? p.slice(1, -1).replace(/\\(.)/gs, "$1") : p
  );
  return { names, exact };
}
var LOOKUP = `system = builtins.currentSystem;
  at = path: builtins.foldl' (v: n: if builtins.isAttrs v && v ? \${n} then v.\${n} else null) flake path;
  first = ps: if ps == [ ] then null else let v = at (builtins.head ps); in if v != null then v else first (builtins.tail ps);
  find = exact: path: first (if exact then [ path ] else [ ([ "packages" system ] ++ path) ([ "legacyPackages" system ] ++ path) path ]);`;
function nixPath(attr) {
  const { names, exact } = attrPathNames(attr);
  return { exact, path: `[ ${names.map(nixString).join(" ")} ]` };
}
function attrsApply(attrs) {
  const items = attrs.map((a) => {
    const p = nixPath(a);
    return `(drv (find ${p.exact} ${p.path}))`;
  });
  return `flake:
let
  ${LOOKUP}
  ${DRV2}
in [ ${items.join(" ")} ]`;
}
function attrApply(attr) {
  const p = nixPath(attr);
  const shown2 = nixString(attr.replace(/^\./, ""));
  const where = p.exact ? shown2 : `"packages." + system + "." + ${shown2} + "', 'legacyPackages." + system + "." + ${shown2} + "' or '" + ${shown2}`;
  return `flake:
let
  ${LOOKUP}
  v = find ${p.exact} ${p.path};
in
if v == null then throw ("flake does not provide attribute '" + ${where} + "'")
else if builtins.isAttrs v && v ? drvPath then v.drvPath
else throw ("'" + ${shown2} + "' is not a derivation")`;
}
function attrName2(name) {
  return /^[A-Za-z_][A-Za-z0-9_'-]*$/.test(name) ? name : nixString(name);
}
function isRecord(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
function badShape(what) {
  throw new UserError(
    `unexpected output of the output listing (${what})`,
    void 0,
    void 0,
    "this is a flake-steward bug; please report it with your Nix version"
  );
}
var isDrvPath = (x) => typeof x === "string" && x.startsWith("/") && x.endsWith(".drv");
function drvPathOf(x, what) {
  if (x === void 0 || x === null) return void 0;
  if (!isDrvPath(x)) badShape(`${what} has a drvPath that is not a store derivation`);
  return x;
}
function outputList(x, what) {
  if (!Array.isArray(x)) badShape(`${what} is not a list`);
  return x.map((o) => {
    if (!isRecord(o) || typeof o["name"] !== "string") badShape(`${what} entry without a name`);
    const drvPath = drvPathOf(o["drvPath"], `${what} entry`);
    return { name: o["name"], ...drvPath !== void 0 ? { drvPath } : {} };
  });
}
function configList(x, what) {
  const outputs = outputList(x, what);
  return outputs.map((o, i) => {
    const system = x[i]["system"];
    if (system !== null && typeof system !== "string") badShape(`${what} entry with a bad system`);
    return { ...o, system };
  });
}
function parseRaw(json) {
  if (!isRecord(json) || typeof json["system"] !== "string") badShape("not an object with a system");
  return {
    system: json["system"],
    nixos: configList(json["nixos"], "nixos"),
    home: configList(json["home"], "home"),
    darwin: configList(json["darwin"], "darwin"),
    packages: outputList(json["packages"], "packages"),
    devShells: outputList(json["devShells"], "devShells"),
    checks: outputList(json["checks"], "checks")
  };
}
function isDarwin(system) {
  return system.endsWith("-darwin");
}
function parseDiscovery(json) {
  const raw = parseRaw(json);
  const system = raw.system;
  const targets = [];
  const skipped = [];
  const target = (installable, o) => ({
    installable,
    ...o.drvPath !== void 0 ? { drvPath: o.drvPath } : {}
  });
  const configs = (list, output, suffix, kind, enabled) => {
    for (const c of list) {
      const attr = `${output}.${attrName2(c.name)}.${suffix}`;
      if (!enabled || c.system !== null && c.system !== system) {
        skipped.push({ attr, system: c.system ?? "darwin" });
      } else {
        targets.push(target({ attr, kind, name: c.name }, c));
      }
    }
  };
  configs(raw.nixos, "nixosConfigurations", "config.system.build.toplevel", "nixos", true);
  configs(raw.home, "homeConfigurations", "activationPackage", "home", true);
  configs(raw.darwin, "darwinConfigurations", "system", "darwin", isDarwin(system));
  const perSystem = (list, output, kind) => {
    for (const o of list) {
      targets.push(target({ attr: `${output}.${attrName2(system)}.${attrName2(o.name)}`, kind, name: o.name }, o));
    }
  };
  perSystem(raw.packages, "packages", "package");
  perSystem(raw.devShells, "devShells", "devShell");
  perSystem(raw.checks, "checks", "check");
  return { system, targets, skipped };
}
function parseDrvPaths(json, count2) {
  if (!Array.isArray(json) || json.length !== count2) badShape(`expected a list of ${count2} derivations`);
  return json.map((x, i) => drvPathOf(x, `attribute ${i + 1}`));
}
function parseDrvPath(json) {
  if (!isDrvPath(json)) badShape("expected a store derivation path");
  return json;
}
function evalMessage(e) {
  return tail(stripAnsi(e.stderr || e.message), 20);
}
async function evaluateAttrs(evaluate, installables) {
  if (installables.length === 0) return [];
  let drvPaths;
  try {
    drvPaths = parseDrvPaths(await evaluate(attrsApply(installables.map((i) => i.attr))), installables.length);
  } catch (e) {
    if (!(e instanceof ExecError)) throw e;
    return installables.map((installable) => ({ installable }));
  }
  return installables.map((installable, i) => {
    const drvPath = drvPaths[i];
    return drvPath !== void 0 ? { installable, drvPath } : { installable };
  });
}
async function resolveTargets(evaluate, targets) {
  const out = [];
  for (const t of targets) {
    if (t.drvPath !== void 0 || t.evalError !== void 0) {
      out.push(t);
      continue;
    }
    try {
      out.push({ installable: t.installable, drvPath: parseDrvPath(await evaluate(attrApply(t.installable.attr))) });
    } catch (e) {
      if (!(e instanceof ExecError)) throw e;
      out.push({ installable: t.installable, evalError: evalMessage(e) });
    }
  }
  return out;
}
function classifyAttr(attr) {
  const parts = splitAttrPath(attr);
  const unq = (s) => (s ?? "").replace(/^"(.*)"$/, "$1");
  const [top, a, b] = parts;
  if (top === "nixosConfigurations" && parts.length >= 2) return { attr, kind: "nixos", name: unq(a) };
  if (top === "homeConfigurations" && parts.length >= 2) return { attr, kind: "home", name: unq(a) };
  if (top === "darwinConfigurations" && parts.length >= 2) return { attr, kind: "darwin", name: unq(a) };
  if (top === "packages" && parts.length === 3) return { attr, kind: "package", name: unq(b) };
  if (top === "devShells" && parts.length === 3) return { attr, kind: "devShell", name: unq(b) };
  if (top === "checks" && parts.length === 3) return { attr, kind: "check", name: unq(b) };
  return { attr, kind: "attr", name: attr };
}
function splitAttrPath(attr) {
  const out = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < attr.length; i++) {
    const c = attr[i];
    if (c === "\\" && quoted && i + 1 < attr.length) {
      cur += c + attr[++i];
    } else if (c === '"') {
      quoted = !quoted;
      cur += c;
    } else if (c === "." && !quoted) {
      out.push(cur);
      cur = "";
    } else {
      cur += c;
    }
  }
  out.push(cur);
  return out;
}
function staticSelection(selection) {
  if (selection.mode === "none") return [];
  if (selection.mode === "list") return selection.attrs.map(classifyAttr);
  return "discover";
}

// src/update/lock-diff.ts
var DAY = 86400;
function str4(attrs, key2) {
  const v = attrs?.[key2];
  return typeof v === "string" && v !== "" ? v : void 0;
}
function num(attrs, key2) {
  const v = attrs?.[key2];
  return typeof v === "number" && Number.isFinite(v) ? v : void 0;
}
function isoDate(unixSeconds) {
  return new Date(unixSeconds * 1e3).toISOString().slice(0, 10);
}
function canonical(attrs) {
  if (!attrs) return "";
  return JSON.stringify(
    Object.keys(attrs).sort().map((k) => [k, attrs[k]])
  );
}
function describeLocked(lock, nodeKey, hosts) {
  const node = lock.nodes.get(nodeKey);
  if (!node) return void 0;
  const locked = node.locked ?? node.original;
  if (!locked) {
    return { node: nodeKey, type: "self", label: "this flake" };
  }
  const repo = forgeRepoOf(locked, hosts);
  const rev = lockedRev(locked, hosts);
  const tag = lockedTag(locked, hosts);
  const url = str4(locked, "url");
  const lastModified2 = num(locked, "lastModified");
  const ref = str4(locked, "ref") ?? str4(node.original, "ref");
  const narHash = str4(locked, "narHash");
  const label = repo ? repoLabel(repo) : url ?? locked.type;
  return {
    node: nodeKey,
    type: locked.type,
    label,
    ...rev !== void 0 ? { rev } : {},
    ...tag !== void 0 ? { tag } : {},
    ...ref !== void 0 ? { ref } : {},
    ...url !== void 0 ? { url } : {},
    ...narHash !== void 0 ? { narHash } : {},
    ...lastModified2 !== void 0 ? { lastModified: lastModified2, date: isoDate(lastModified2) } : {},
    ...repo ? { repo } : {},
    ...repo && rev ? { revUrl: commitUrl(repo, rev) } : {}
  };
}
function sameRepo(a, b) {
  return a !== void 0 && b !== void 0 && a.forge === b.forge && a.host.toLowerCase() === b.host.toLowerCase() && a.owner.toLowerCase() === b.owner.toLowerCase() && a.repo.toLowerCase() === b.repo.toLowerCase();
}
function byPath(inputs) {
  const m = /* @__PURE__ */ new Map();
  for (const r of inputs) if (!m.has(showPath(r.path))) m.set(showPath(r.path), r);
  return m;
}
function samePath2(a, b) {
  return a !== void 0 && b !== void 0 && showPath(a) === showPath(b) && a.length === b.length;
}
function updatedChange(path16, before, after, options) {
  const fromRef = before.rev ?? before.tag;
  const toRef = after.rev ?? after.tag;
  const link2 = fromRef && toRef && fromRef !== toRef && sameRepo(before.repo, after.repo) ? compareUrl(after.repo, fromRef, toRef) : void 0;
  const spanDays = before.lastModified !== void 0 && after.lastModified !== void 0 ? Math.round((after.lastModified - before.lastModified) / DAY) : void 0;
  const ageDays = options.now && after.lastModified !== void 0 ? Math.max(0, Math.floor((options.now.getTime() / 1e3 - after.lastModified) / DAY)) : void 0;
  return {
    path: path16,
    name: showPath(path16),
    kind: "updated",
    before,
    after,
    ...link2 ? { compareUrl: link2 } : {},
    ...spanDays !== void 0 ? { spanDays } : {},
    ...ageDays !== void 0 ? { ageDays } : {},
    urlChanged: before.url !== after.url
  };
}
function diffLocks(before, after, options = {}) {
  const old = byPath(before.inputs);
  const now = byPath(after.inputs);
  const hosts = options.hosts;
  const changes = [];
  const side = (lock, r) => r.node !== void 0 ? describeLocked(lock, r.node, hosts) : void 0;
  for (const [name, a] of now) {
    const b = old.get(name);
    const path16 = a.path;
    if (!b) {
      const src = a.follows ? void 0 : side(after.lock, a);
      changes.push({
        path: path16,
        name,
        kind: "added",
        ...src ? { after: src } : {},
        ...a.follows ? { followsAfter: a.follows } : {},
        urlChanged: false
      });
      continue;
    }
    if (a.follows || b.follows) {
      if (samePath2(a.follows, b.follows)) continue;
      const beforeSrc = b.follows ? void 0 : side(before.lock, b);
      const afterSrc = a.follows ? void 0 : side(after.lock, a);
      changes.push({
        path: path16,
        name,
        kind: "follows",
        ...beforeSrc ? { before: beforeSrc } : {},
        ...afterSrc ? { after: afterSrc } : {},
        ...b.follows ? { followsBefore: b.follows } : {},
        ...a.follows ? { followsAfter: a.follows } : {},
        urlChanged: false
      });
      continue;
    }
    if (a.node === void 0 || b.node === void 0) continue;
    const bn = before.lock.nodes.get(b.node);
    const an = after.lock.nodes.get(a.node);
    if (canonical(bn?.locked) === canonical(an?.locked)) continue;
    const bs = side(before.lock, b);
    const as = side(after.lock, a);
    if (bs && as) changes.push(updatedChange(path16, bs, as, options));
  }
  for (const [name, b] of old) {
    if (now.has(name)) continue;
    const src = b.follows ? void 0 : side(before.lock, b);
    changes.push({
      path: b.path,
      name,
      kind: "removed",
      ...src ? { before: src } : {},
      ...b.follows ? { followsBefore: b.follows } : {},
      urlChanged: false
    });
  }
  return changes;
}

// src/app/update.ts
async function runUpdate(req, deps) {
  const version = await preflightNix(deps);
  const targets = await preflightFlakes(req, deps);
  const flakes = [];
  const removeUndos = targets.map(
    (t) => deps.interrupts?.onInterrupt(
      async () => await restoreLock(t, deps.fs) ? `restored ${t.lockRel}` : `${t.lockRel} unchanged`
    )
  );
  try {
    for (const t of targets) flakes.push(await updateFlake(t, req, deps));
  } catch (e) {
    for (const t of targets.slice(0, flakes.length)) await guarded(deps, () => restoreLock(t, deps.fs));
    throw e;
  } finally {
    for (const remove of removeUndos) remove?.();
  }
  return { version: 1, nixVersion: version.raw, dryRun: req.dryRun, requestedInputs: req.inputs, flakes };
}
function nixNotInstalled(e) {
  if (e instanceof ExecError && e.code === null) {
    return new UserError(
      "Nix is not installed (no `nix` on PATH)",
      void 0,
      void 0,
      "add a step that installs Nix before flake-steward, e.g. `uses: DeterminateSystems/nix-installer-action@main`"
    );
  }
  return e;
}
async function preflightNix(deps) {
  try {
    return await deps.nix.version();
  } catch (e) {
    throw nixNotInstalled(e);
  }
}
async function preflightFlakes(req, deps) {
  const { fs } = deps;
  const targets = [];
  const found = /* @__PURE__ */ new Set();
  for (const dir of await fs.flakeDirs(req.workspace, req.paths)) {
    const abs = path15.resolve(req.workspace, dir);
    const lockRel = dir === "." ? "flake.lock" : `${dir}/flake.lock`;
    const lockAbs = path15.join(abs, "flake.lock");
    if (!await fs.exists(path15.join(abs, "flake.nix"))) {
      throw new UserError(
        `no flake.nix in ${dir === "." ? "the workspace" : `'${dir}'`}`,
        dir === "." ? "flake.nix" : `${dir}/flake.nix`,
        void 0,
        "point path/paths at a directory that holds flake.nix"
      );
    }
    const original = await fs.read(lockAbs);
    if (original === void 0) {
      throw new UserError(
        "flake.lock is missing",
        lockRel,
        void 0,
        `run \`nix flake lock${dir === "." ? "" : ` ${dir}`}\` and commit flake.lock; the update compares against it`
      );
    }
    const lock = parseLock(original.toString("utf8"), lockRel);
    const paths = new Set([...resolveLock(lock).values()].map((r) => showPath(r.path)));
    const inputs = req.inputs.filter((i) => paths.has(i));
    for (const i of inputs) found.add(i);
    targets.push({
      dir,
      abs,
      lockRel,
      lockAbs,
      original,
      lock,
      inputs,
      selected: req.inputs.length === 0 || inputs.length > 0
    });
  }
  const missing = req.inputs.filter((i) => !found.has(i));
  if (missing.length > 0) {
    const known = targets.flatMap((t) => [...t.lock.nodes.get(t.lock.root)?.inputs.keys() ?? []]);
    throw new UserError(
      `no input ${missing.map((m) => `'${m}'`).join(", ")} in ${targets.map((t) => t.lockRel).join(", ")}`,
      targets[0]?.lockRel,
      void 0,
      `the inputs setting names input paths such as ${[...new Set(known)].slice(0, 5).join(", ") || "nixpkgs"}`
    );
  }
  return targets;
}
async function restoreLock(t, fs) {
  const now = await fs.read(t.lockAbs);
  if (now !== void 0 && now.equals(t.original)) return false;
  await fs.writeAtomic(t.lockAbs, t.original);
  return true;
}
function guarded(deps, write) {
  return deps.interrupts ? deps.interrupts.guard(write) : write();
}
async function updateFlake(t, req, deps) {
  const { fs, logger, nix } = deps;
  const unchanged = () => ({
    dir: t.dir,
    lockFile: t.lockRel,
    inputs: [],
    configurations: [],
    skipped: [],
    lock: { before: t.original.toString("utf8"), after: t.original.toString("utf8") }
  });
  if (!t.selected) {
    logger.info(`${t.lockRel}: none of the requested inputs; not updated`);
    return unchanged();
  }
  const restore = () => guarded(deps, () => restoreLock(t, fs));
  const write = (bytes) => guarded(deps, () => fs.writeAtomic(t.lockAbs, bytes));
  try {
    const what = t.inputs.length > 0 ? t.inputs.join(", ") : "all inputs";
    await logger.group(`Update ${t.lockRel} (${what})`, () => nix.updateLock(t.abs, t.inputs));
    const updated = await fs.read(t.lockAbs);
    if (updated === void 0) throw new UserError("Nix removed flake.lock during the update", t.lockRel);
    if (updated.equals(t.original)) {
      logger.info(`${t.lockRel}: already up to date`);
      return unchanged();
    }
    const afterText = updated.toString("utf8");
    const afterLock = parseLock(afterText, t.lockRel);
    const inputs = diffLocks(
      { lock: t.lock, inputs: [...resolveLock(t.lock).values()] },
      { lock: afterLock, inputs: [...resolveLock(afterLock).values()] },
      { now: deps.clock.now(), ...req.hosts ? { hosts: req.hosts } : {} }
    );
    logger.info(`${t.lockRel}: ${inputs.length} input(s) changed: ${inputs.map((c) => c.name).join(", ")}`);
    await write(t.original);
    const before = await logger.group(`Build before the update (${t.dir})`, () => buildSide(t, "before", req, deps));
    await write(updated);
    const after = await logger.group(
      `Build after the update (${t.dir})`,
      () => buildSide(t, "after", req, deps, before.installables)
    );
    if (req.dryRun) await restore();
    else {
      const now = await fs.read(t.lockAbs);
      if (now === void 0 || !now.equals(updated)) await write(updated);
    }
    const system = after.system ?? before.system;
    return {
      dir: t.dir,
      lockFile: t.lockRel,
      ...system !== void 0 ? { system } : {},
      inputs,
      configurations: pairSides(before, after),
      skipped: mergeSkipped(before.skipped, after.skipped),
      ...after.listingError ? { listingError: after.listingError } : {},
      lock: { before: t.original.toString("utf8"), after: afterText }
    };
  } catch (e) {
    await restore();
    throw e;
  }
}
async function buildSide(t, side, req, deps, fallback) {
  const { nix, logger } = deps;
  const evaluate = (apply) => nix.evalExprJson(discoveryExpression(t.abs), apply);
  const selected = staticSelection(req.build);
  let targets;
  let system;
  let skipped = [];
  let listingError;
  if (selected === "discover") {
    let d;
    try {
      d = parseDiscovery(await evaluate(discoveryApply()));
    } catch (e) {
      if (!(e instanceof ExecError)) throw e;
      try {
        d = parseDiscovery(await evaluate(discoveryApply(void 0, { drvPaths: false })));
      } catch (e2) {
        if (!(e2 instanceof ExecError)) throw e2;
        if (fallback === void 0) {
          throw new UserError(
            `the outputs of ${t.dir === "." ? "the flake" : `'${t.dir}'`} cannot be evaluated before the update: ${firstError(e2.stderr || e2.message)}`,
            t.dir === "." ? "flake.nix" : `${t.dir}/flake.nix`,
            void 0,
            "fix the flake first (`nix flake show` shows the error), or list what to build with the build setting"
          );
        }
        listingError = firstError(e2.stderr || e2.message);
        logger.warning(`the outputs cannot be listed after the update: ${listingError}`);
      }
    }
    if (d) {
      targets = d.targets;
      system = d.system;
      skipped = d.skipped;
    } else {
      targets = await evaluateAttrs(evaluate, fallback ?? []);
    }
  } else {
    targets = await evaluateAttrs(evaluate, selected);
  }
  targets = await resolveTargets(evaluate, targets);
  const installables = targets.map((x) => x.installable);
  const common = { ...system ? { system } : {}, ...listingError ? { listingError } : {}, skipped, installables };
  if (targets.length === 0) return { ...common, built: [] };
  logger.info(`${side}: building ${targets.length}: ${installables.map((i) => i.attr).join(", ")}`);
  const results = await nix.build(targets.flatMap((x) => x.drvPath !== void 0 ? [x.drvPath] : []));
  deps.interrupts?.throwIfInterrupted();
  const outPaths = [...new Set([...results.values()].flatMap((r) => r.ok ? Object.values(r.outputs) : []))];
  const infos = outPaths.length > 0 ? await nix.pathInfoClosure(outPaths) : /* @__PURE__ */ new Map();
  const logs = await failureLogs([...results.values()], req, deps);
  const built = targets.map((x) => {
    const { installable } = x;
    const r = x.drvPath !== void 0 ? results.get(x.drvPath) : void 0;
    if (r?.ok) {
      const outs = Object.values(r.outputs);
      const closure = closureOf(outs, infos);
      return { installable, closure, result: { status: "built", outPaths: outs, closureSize: closureSize(closure) } };
    }
    return { installable, result: { status: "failed", failure: failureOf(x, r, side, logs, req) } };
  });
  const failed = built.filter((b) => b.result.status === "failed").length;
  if (failed > 0) logger.warning(`${side} the update: ${failed} of ${built.length} failed to build`);
  return { ...common, built };
}
async function failureLogs(results, req, deps) {
  const drvs = [];
  for (const r of results) if (!r.ok) {
    for (const d of r.failedDrvs) if (!drvs.includes(d)) drvs.push(d);
  }
  const logs = /* @__PURE__ */ new Map();
  for (const drv of drvs.slice(0, req.maxLogs ?? 5)) {
    logs.set(drv, tailLines(await deps.nix.log(drv), req.logLines ?? 60));
  }
  return logs;
}
function tailLines(text, n) {
  const lines2 = text.replace(/\s+$/, "").split("\n");
  return lines2.slice(-n).join("\n");
}
function firstError(message) {
  const lines2 = message.split("\n").map((l) => l.trim());
  const err = lines2.find((l) => l.startsWith("error:"));
  return (err ?? lines2.find((l) => l !== "") ?? "build failed").replace(/^error:\s*/, "");
}
function failureOf(x, r, side, logs, req) {
  if (r === void 0) {
    const message = x.evalError ?? "it was not evaluated";
    return {
      side,
      attr: x.installable.attr,
      message: `evaluation failed: ${firstError(message)}`,
      logTail: tailLines(message, req.logLines ?? 60)
    };
  }
  const failedDrv = r.failedDrvs[0];
  const log = r.failedDrvs.map((d) => logs.get(d) ?? "").find((l) => l.trim() !== "");
  return {
    side,
    attr: x.installable.attr,
    drvPath: r.drvPath,
    ...failedDrv !== void 0 ? { failedDrv } : {},
    message: firstError(r.message),
    logTail: log ?? tailLines(r.message, req.logLines ?? 60)
  };
}
var ABSENT = { status: "absent" };
function pairSides(before, after) {
  const b = new Map(before.built.map((x) => [x.installable.attr, x]));
  const a = new Map(after.built.map((x) => [x.installable.attr, x]));
  const attrs = [...a.keys(), ...[...b.keys()].filter((k) => !a.has(k))];
  return attrs.map((attr) => {
    const x = a.get(attr);
    const y = b.get(attr);
    const installable = (x ?? y).installable;
    const diff = x?.closure && y?.closure ? summarizeClosureDiff(y.closure, x.closure) : void 0;
    return {
      attr,
      kind: installable.kind,
      name: installable.name,
      before: y?.result ?? ABSENT,
      after: x?.result ?? ABSENT,
      ...diff ? { diff } : {}
    };
  });
}
function mergeSkipped(a, b) {
  const out = [...b];
  for (const s of a) if (!out.some((x) => x.attr === s.attr)) out.push(s);
  return out;
}

// src/app/update-ports.ts
init_errors();
init_nix();

// src/app/update-nix.ts
function updatePort(nix) {
  return {
    features: nix.features,
    version: () => nix.version(),
    updateLock: (dir, inputs) => nix.updateLock(dir, inputs),
    build: (drvPaths) => nix.build(drvPaths),
    log: (drv) => nix.log(drv),
    pathInfoClosure: (paths, opts) => nix.pathInfoClosure(paths, opts),
    evalExprJson: (expr, apply) => nix.evalExprJson(expr, apply)
  };
}

// src/app/update-ports.ts
function tokenHost(serverUrl = "https://github.com") {
  let host = "";
  try {
    host = new URL(serverUrl).host;
  } catch {
  }
  if (host === "") {
    throw new UserError(
      `cannot read the GitHub server URL '${serverUrl}'`,
      void 0,
      void 0,
      "expected a URL such as https://github.com or https://ghe.example.com (GITHUB_SERVER_URL)"
    );
  }
  return host;
}
async function wireUpdate(p) {
  const options = { nixOptions: p.settings.nixOptions, acceptFlakeConfig: p.settings.acceptFlakeConfig };
  let detected;
  try {
    detected = await detectNix({
      ...p.runner ? { runner: p.runner } : {},
      ...p.nixBin ? { nixBin: p.nixBin } : {},
      ...p.env ? { env: p.env } : {}
    });
  } catch (e) {
    throw nixNotInstalled(e);
  }
  p.logger.info(`Nix: ${detected.version.raw}`);
  const common = {
    ...p.runner ? { runner: p.runner } : {},
    ...p.token ? { token: p.token, tokenHost: tokenHost(p.serverUrl) } : {},
    logger: p.logger
  };
  const env = { ...p.nixBin ? { nixBin: p.nixBin } : {}, ...p.env ? { env: p.env } : {} };
  const nix = createNix({ ...common, features: detected.features, options: { ...options, ...env } });
  const version = detected.version;
  return {
    // `nix --version` was read once above; the engine's preflight reuses it.
    nix: { ...updatePort(nix), version: () => Promise.resolve(version) },
    fs: p.fs ?? nodeFs,
    logger: p.logger,
    clock: p.clock ?? systemClock,
    interrupts: p.interrupts ?? processInterrupts
  };
}

// src/cli/commands/update.ts
var FORMATS2 = ["markdown", "json"];
var ON_FAILURE = ["fail", "report"];
var updateCommand = {
  name: "update",
  summary: "Update flake inputs, build every configuration before and after, and report the package changes",
  usage: "flake-steward update [DIR] [--inputs a,b] [--build auto|none|ATTRS] [--dry-run] [--format markdown|json] [--on-build-failure fail|report]",
  help: `Runs the update of the flake in DIR (default: the current directory): updates its inputs with Nix
(all, or the listed input paths), builds what the flake offers for this system before and after the update,
and prints the report: inputs moved (from -> to, compare links), per configuration the package versions that
changed and the closure size, and every build that failed with the tail of its log.

Options:
  --inputs a,b              input paths to update (nixpkgs, home-manager/nixpkgs); default: all
  --build auto|none|ATTRS   auto: nixosConfigurations, homeConfigurations, darwinConfigurations (on darwin),
                            packages, devShells and checks of this system; none; or the listed attribute paths
  --dry-run                 restore the original flake.lock afterwards (byte for byte)
  --format markdown|json    the report's form on stdout (default markdown)
  --on-build-failure fail|report
                            fail (default): exit 1 when a build fails after the update; report: exit 0
  --nix-options "..."       extra options for every nix call (e.g. "--option cores 2")
  --accept-flake-config     let the flake's nixConfig apply

Exit codes: 0 report printed, 1 a build failed after the update (with fail) or an error, 2 usage error.

Examples:
  flake-steward update --dry-run
  flake-steward update ./nix --inputs nixpkgs --build nixosConfigurations.host.config.system.build.toplevel`,
  options: {
    inputs: { type: "string" },
    build: { type: "string" },
    "dry-run": { type: "boolean" },
    format: { type: "string" },
    "on-build-failure": { type: "string" },
    "nix-options": { type: "string" },
    "accept-flake-config": { type: "boolean" }
  },
  async run(positionals, values, io) {
    const dir = dirArgument("update", positionals, io);
    const str5 = (k) => typeof values[k] === "string" ? values[k] : void 0;
    const format = parseEnum("--format", str5("format") ?? "markdown", FORMATS2);
    const onFailure = parseEnum("--on-build-failure", str5("on-build-failure") ?? "fail", ON_FAILURE);
    const settings = {
      inputs: parseList(str5("inputs") ?? ""),
      build: parseBuild("--build", str5("build") ?? "auto"),
      dryRun: values["dry-run"] === true,
      onBuildFailure: onFailure,
      nixOptions: splitArgs("--nix-options", str5("nix-options") ?? ""),
      acceptFlakeConfig: values["accept-flake-config"] === true
    };
    const logger = terminalLogger(io, { groups: true });
    const deps = await wireUpdate({ settings, logger, env: io.env });
    const report = await runUpdate(
      {
        workspace: dir,
        paths: ["."],
        inputs: settings.inputs,
        build: settings.build,
        dryRun: settings.dryRun
      },
      deps
    );
    io.stdout(
      format === "json" ? renderJson(report) : renderReport(report, { heading: "flake-steward update", maxLength: Number.POSITIVE_INFINITY }).markdown
    );
    const failed = failedAfter(report);
    if (failed.length > 0) {
      logger.error(
        `${failed.length} build(s) failed after the update: ${failed.map((f) => f.configuration.attr).join(", ")}`
      );
      return onFailure === "fail" ? EXIT.failure : EXIT.ok;
    }
    return EXIT.ok;
  }
};

// src/cli/commands/index.ts
var COMMAND_LIST = [
  lintCommand,
  fixCommand,
  updateCommand,
  parseCommand,
  inputsCommand,
  graphCommand,
  diffClosuresCommand
];

// src/cli/main.ts
var COMMANDS2 = new Map(COMMAND_LIST.map((c) => [c.name, c]));
function topLevelHelp() {
  const width = Math.max(...COMMAND_LIST.map((c) => c.name.length));
  const list = COMMAND_LIST.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n");
  return `flake-steward ${VERSION}: keeps Nix flakes healthy

Usage: flake-steward <command> [dir] [options]

Commands:
${list}

Options:
  -h, --help     show help (also: flake-steward <command> --help)
  -V, --version  print the version

Exit codes: 0 ok, 1 findings or failure, 2 usage error, 130/143 interrupted (SIGINT/SIGTERM: the files the
command changed are put back, Nix is stopped).
`;
}
function commandHelp(c) {
  return `Usage: ${c.usage}

${c.summary}

${c.help.trimEnd()}
`;
}
function guardedIO(io) {
  return {
    ...io,
    stdout: (text) => io.stdout(neutraliseLines(text, { max: Infinity, keepSgr: io.isTTY })),
    stderr: (text) => io.stderr(neutraliseLines(text))
  };
}
async function main(argv, raw) {
  const io = guardedIO(raw);
  const [first, ...rest] = argv;
  if (first === void 0 || first === "-h" || first === "--help" || first === "help") {
    const named = first === "help" && rest[0] ? COMMANDS2.get(rest[0]) : void 0;
    io.stdout(named ? commandHelp(named) : topLevelHelp());
    return first === void 0 ? EXIT.usage : EXIT.ok;
  }
  if (first === "-V" || first === "--version") {
    io.stdout(`${VERSION}
`);
    return EXIT.ok;
  }
  const command = COMMANDS2.get(first);
  if (!command) {
    io.stderr(
      `flake-steward: error: unknown command '${first}' (expected one of: ${[...COMMANDS2.keys()].join(", ")}; see flake-steward --help)
`
    );
    return EXIT.usage;
  }
  if (rest.includes("-h") || rest.includes("--help")) {
    io.stdout(commandHelp(command));
    return EXIT.ok;
  }
  installInterruptHandler((line) => io.stderr(`flake-steward ${command.name}: ${line}
`));
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...rest], options: command.options, allowPositionals: true, strict: true });
    } catch (e) {
      throw new UsageError(`${e.message.replace(/\.$/, "")}`, `see flake-steward ${command.name} --help`);
    }
    return await command.run(parsed.positionals, parsed.values, io);
  } catch (e) {
    const interrupted = interruption();
    if (interrupted) return await interrupted;
    if (e instanceof UsageError) {
      io.stderr(`flake-steward ${command.name}: error: ${stringifyError(e)}
`);
      return EXIT.usage;
    }
    io.stderr(`flake-steward ${command.name}: ${stringifyError(e)}
`);
    if (!(e instanceof UserError) && io.env["FLAKE_STEWARD_DEBUG"] && e instanceof Error && e.stack)
      io.stderr(`${e.stack}
`);
    return EXIT.failure;
  }
}

// src/cli/index.ts
var code3 = await main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY) && !process.env["NO_COLOR"]
});
process.exitCode = code3;
