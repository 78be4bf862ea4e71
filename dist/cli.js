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
var UserError, UsageError, ExecError, NixError, GitHubAPIError, ANSI, stripAnsi;
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
    GitHubAPIError = class extends Error {
      constructor(message, status) {
        super(message);
        this.status = status;
      }
      status;
      name = "GitHubAPIError";
    };
    ANSI = /\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07/g;
    stripAnsi = (s) => s.replace(ANSI, "");
  }
});

// src/render/neutralise.ts
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
function safeJson(value, space) {
  return JSON.stringify(value, null, space).replace(JSON_RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(OLD_COMMAND, "##\\u005b");
}
var NAME_MAX, TEXT_MAX, LINE_MAX, ZWSP, ELLIPSIS, ESCAPED_CLASS, ESCAPED, ESCAPED_NO_TAB, SPACE, LEADING_COMMAND, LEADING_COMMAND_TAB, OLD_COMMAND, SGR, NAMED, JSON_RAW;
var init_neutralise = __esm({
  "src/render/neutralise.ts"() {
    "use strict";
    NAME_MAX = 200;
    TEXT_MAX = 2e3;
    LINE_MAX = 1e4;
    ZWSP = "​";
    ELLIPSIS = "…";
    ESCAPED_CLASS = "\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069\\ud800-\\udfff";
    ESCAPED = new RegExp(`[${ESCAPED_CLASS}]`, "u");
    ESCAPED_NO_TAB = new RegExp(
      `[${ESCAPED_CLASS.replace("\\u0000-\\u001f", "\\u0000-\\u0008\\u000a-\\u001f")}]`,
      "u"
    );
    SPACE = "[ \\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000\\ufeff]";
    LEADING_COMMAND = new RegExp(`^(${SPACE}*)::`, "u");
    LEADING_COMMAND_TAB = new RegExp(`^((?:${SPACE}|\\t)*)::`, "u");
    OLD_COMMAND = /##\[/g;
    SGR = /\u001b\[[0-9;]*m/g;
    NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
    JSON_RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
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
        const why2 = e.code === "ENOENT" ? `${cmd}: command not found` : `${cmd}: ${e.message}`;
        reject(new ErrorClass(shownArgv, null, "", why2));
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

// src/exec/interrupt.ts
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
var InterruptedError, EXIT_CODE, WRITES_WAIT_MS, InterruptController, controller, processInterrupts, installed;
var init_interrupt = __esm({
  "src/exec/interrupt.ts"() {
    "use strict";
    init_neutralise();
    init_process();
    InterruptedError = class extends Error {
      name = "InterruptedError";
      constructor(signal) {
        super(`interrupted${signal ? ` by ${signal}` : ""}`);
      }
    };
    EXIT_CODE = { SIGINT: 130, SIGTERM: 143 };
    WRITES_WAIT_MS = 5e3;
    InterruptController = class {
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
    controller = new InterruptController({
      stopProcesses: () => stopAllProcesses(),
      killProcesses: killAllProcesses,
      say: (line) => process.stderr.write(`flake-steward: ${line}
`),
      exit: (code4) => process.exit(code4)
    });
    processInterrupts = controller;
    installed = false;
  }
});

// src/core/package-version.ts
var VERSION;
var init_package_version = __esm({
  "src/core/package-version.ts"() {
    "use strict";
    VERSION = true ? "0.1.0" : "dev";
  }
});

// src/closure/drvname.ts
function closureNameVersion(path19) {
  const slash = path19.lastIndexOf("/") + 1;
  const hashDash = path19.indexOf("-", slash);
  const start = hashDash < 0 ? slash : hashDash + 1;
  let end = path19.length;
  const dash = path19.lastIndexOf("-");
  if (dash >= start && dash < end - 1) {
    let lower = true;
    for (let i = dash + 1; i < end && lower; i++) {
      const c = path19.charCodeAt(i);
      lower = c >= 97 && c <= 122;
    }
    if (lower || end - dash - 1 === 5 && (path19.endsWith("lib32") || path19.endsWith("lib64"))) end = dash;
  }
  for (let i = start; i + 1 < end; i++) {
    if (path19.charCodeAt(i) === 45 && !isAsciiLetter(path19.charCodeAt(i + 1))) {
      return { name: path19.slice(start, i), version: path19.slice(i + 1, end) };
    }
  }
  return { name: path19.slice(start, end), version: "" };
}
var isAsciiLetter;
var init_drvname = __esm({
  "src/closure/drvname.ts"() {
    "use strict";
    isAsciiLetter = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122;
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
      before.forEach((size, path19) => visit(path19, size, after.get(path19)));
      after.forEach((size, path19) => {
        if (!before.has(path19)) visit(path19, void 0, size);
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
      constructor(path19, referrer) {
        super(
          referrer === void 0 ? `no path info for '${path19}'` : `no path info for '${path19}' (referenced by '${referrer}'); the closure is incomplete`
        );
        this.path = path19;
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
      find(path19) {
        const slash = path19.lastIndexOf("/");
        return path19.slice(0, slash) === this.storeDir ? this.ids.get(path19.slice(slash + 1)) : void 0;
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

// src/closure/version-order.ts
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
var DOT, DASH, INT_MAX, isDigit, EMPTY;
var init_version_order = __esm({
  "src/closure/version-order.ts"() {
    "use strict";
    DOT = 46;
    DASH = 45;
    INT_MAX = "2147483647";
    isDigit = (c) => c >= 48 && c <= 57;
    EMPTY = { text: "", num: void 0 };
  }
});

// src/closure/diff.ts
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
  pair.forEachPath((path19, before, after) => {
    if (before === after) {
      sharedPaths.push(path19);
      sharedSizes.push(before);
      return;
    }
    const e = closureNameVersion(path19);
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
var SIZE_THRESHOLD, sum, addSize, byVersion;
var init_diff = __esm({
  "src/closure/diff.ts"() {
    "use strict";
    init_drvname();
    init_reference_graph();
    init_version_order();
    SIZE_THRESHOLD = 8 * 1024;
    sum = (m) => {
      let s = 0;
      for (const v of m.values()) s += v;
      return s;
    };
    addSize = (m, version, size) => {
      m.set(version, (m.get(version) ?? 0) + size);
    };
    byVersion = (a, b) => compareVersions(a, b) || compareBytes(a, b);
  }
});

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
var UNITS;
var init_format = __esm({
  "src/closure/format.ts"() {
    "use strict";
    UNITS = ["B", "KiB", "MiB", "GiB", "TiB"];
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
  for (const [path19, item] of Object.entries(v)) {
    if (!path19.startsWith("/")) throw new NixOutputError(cmd, `key '${path19}': expected a store path`);
    if (item === null) invalid.push(path19);
    else if (isObject(item)) infos.set(path19, readInfo(cmd, `["${path19}"]`, item, identity));
    else throw new NixOutputError(cmd, `["${path19}"]: expected an object or null`);
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
var NixOutputError, isObject, identity, NODE_OPEN, EDGE_OPEN, TARGET, NAR_SIZE, DRV, LEAF_PATTERNS, DEP_PATTERNS;
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
    var parse4 = (version, options, throwErrors = false) => {
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
    module.exports = parse4;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse4 = require_parse();
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
      return parse4(`${major}.${minor}.${patch}${prerelease}${build}`, options);
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
var init_atomic_write = __esm({
  "src/workspace/atomic-write.ts"() {
    "use strict";
  }
});

// src/workspace/confine.ts
import { lstatSync, readlinkSync } from "node:fs";
import path4 from "node:path";
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
var nodeLinks, MAX_LINKS, LinkLoopError;
var init_confine = __esm({
  "src/workspace/confine.ts"() {
    "use strict";
    init_errors();
    nodeLinks = {
      isLink(p) {
        try {
          return lstatSync(p, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
        } catch {
          return false;
        }
      },
      readlink: (p) => readlinkSync(p, "utf8")
    };
    MAX_LINKS = 40;
    LinkLoopError = class extends Error {
      name = "LinkLoopError";
    };
  }
});

// src/core/glob.ts
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
  const segments2 = glob.split("/").filter((s, _i, all) => s !== "" || all.length === 1);
  let source = "";
  segments2.forEach((seg, i) => {
    const last = i === segments2.length - 1;
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
function globMatch(glob, path19) {
  return globToRegExp(glob).test(path19);
}
function hasGlobChars(s) {
  return /[*?]/.test(s);
}
var cache;
var init_glob = __esm({
  "src/core/glob.ts"() {
    "use strict";
    cache = /* @__PURE__ */ new Map();
  }
});

// src/core/config.ts
function parseEnum(setting, value, allowed) {
  const v = value.trim();
  if (allowed.includes(v)) return v;
  throw new UsageError(`invalid value '${value}' for ${setting}`, `expected one of: ${allowed.join(", ")}`);
}
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
function parseRepository(setting, value) {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value.trim());
  if (!m) throw new UsageError(`invalid repository '${value}' for ${setting}`, "expected owner/repo");
  return { owner: m[1], repo: m[2] };
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
var COMMANDS, FAIL_ON, RULE_SETTINGS, ON_BUILD_FAILURE, COMMIT_MODES, AUTO_MERGE, FORMATS, DEFAULTS, TRUE, FALSE, INPUT_GLOB_SEGMENT, INPUT_GLOB_FORM;
var init_config = __esm({
  "src/core/config.ts"() {
    "use strict";
    init_errors();
    COMMANDS = ["lint", "fix", "update"];
    FAIL_ON = ["error", "warning", "notice", "never"];
    RULE_SETTINGS = ["error", "warning", "notice", "off"];
    ON_BUILD_FAILURE = ["fail", "draft", "skip-pr", "report"];
    COMMIT_MODES = ["api", "git"];
    AUTO_MERGE = ["off", "merge", "squash", "rebase"];
    FORMATS = ["text", "json", "sarif", "markdown"];
    DEFAULTS = {
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
    TRUE = ["true", "True", "TRUE", "yes", "on", "1"];
    FALSE = ["false", "False", "FALSE", "no", "off", "0"];
    INPUT_GLOB_SEGMENT = /^(?:\*\*|[A-Za-z*?][A-Za-z0-9_*?-]*)$/;
    INPUT_GLOB_FORM = "an input name or glob such as nixpkgs, home-manager/nixpkgs or nixpkgs-*: a letter first, then letters, digits, - or _";
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

// src/nix/edit.ts
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
function attrName(name) {
  return IDENT.test(name) && !KEYWORDS.has(name) ? name : JSON.stringify(name).replace(/\$\{/g, "\\${");
}
function inputsAttrPath(path19) {
  return path19.map((p) => `inputs.${attrName(p)}`).join(".");
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
  const segments2 = [];
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
      segments2.push(id[0]);
      i += id[0].length;
    } else if (str5) {
      segments2.push(unescapeString(str5[1]));
      i += str5[0].length;
    } else {
      return { segments: segments2, segmentEnds, eq: -1 };
    }
    segmentEnds.push(i);
    skip();
    if (text[i] === ".") {
      i++;
      continue;
    }
    return { segments: segments2, segmentEnds, eq: text[i] === "=" && text[i + 1] !== "=" ? i : -1 };
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
var IDENT, KEYWORDS;
var init_edit = __esm({
  "src/nix/edit.ts"() {
    "use strict";
    init_strings();
    IDENT = /^[A-Za-z_][A-Za-z0-9_'-]*$/;
    KEYWORDS = /* @__PURE__ */ new Set(["if", "then", "else", "assert", "with", "let", "in", "rec", "inherit", "or"]);
  }
});

// src/lint/settings-file.ts
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
  const obj2 = data;
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
  for (const key2 of Object.keys(obj2)) {
    if (!KEYS.includes(key2))
      fail(key2, `unknown setting "${key2}" in ${SETTINGS_FILE}`, `settings are: ${KEYS.slice(1).join(", ")}`);
  }
  const setting = (key2) => `"${key2}" in ${SETTINGS_FILE}`;
  const v = (key2) => obj2[key2];
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
var SETTINGS_FILE, KEYS;
var init_settings_file = __esm({
  "src/lint/settings-file.ts"() {
    "use strict";
    init_config();
    init_errors();
    init_edit();
    SETTINGS_FILE = ".flake-steward.json";
    KEYS = ["$schema", "fail-on", "rules", "max-age", "ignore", "allowed-nixpkgs-owners", "supported-until"];
  }
});

// src/workspace/flake-dirs.ts
import { readdir, stat as stat2 } from "node:fs/promises";
import path5 from "node:path";
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
var SKIP, MAX_DIRS, FLAKE_FILES, AREA;
var init_flake_dirs = __esm({
  "src/workspace/flake-dirs.ts"() {
    "use strict";
    init_errors();
    init_confine();
    init_glob();
    init_settings_file();
    SKIP = /* @__PURE__ */ new Set([".git", "node_modules", ".direnv", ".devenv", ".jj", ".hg", "result"]);
    MAX_DIRS = 2e4;
    FLAKE_FILES = ["flake.nix", "flake.lock", SETTINGS_FILE];
    AREA = "the workspace";
  }
});

// src/workspace/fs.ts
import { promises as fsp } from "node:fs";
async function realFile(file) {
  try {
    return await fsp.realpath(file);
  } catch {
    return file;
  }
}
var nodeFs;
var init_fs = __esm({
  "src/workspace/fs.ts"() {
    "use strict";
    init_atomic_write();
    init_confine();
    init_flake_dirs();
    nodeFs = {
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
      Diff2.prototype.addToPath = function(path19, added, removed, oldPosInc, options) {
        var last = path19.lastComponent;
        if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
          return {
            oldPos: path19.oldPos + oldPosInc,
            lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
          };
        } else {
          return {
            oldPos: path19.oldPos + oldPosInc,
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
        var regex2 = new RegExp("(\\r?\\n)|[".concat(extendedWordChars, "]+|[^\\S\\n\\r]+|[^").concat(extendedWordChars, "]"), "ug");
        return value.match(regex2) || [];
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
function canonicalize(obj2, stack, replacementStack, replacer, key2) {
  stack = stack || [];
  replacementStack = replacementStack || [];
  if (replacer) {
    obj2 = replacer(key2 === void 0 ? "" : key2, obj2);
  }
  var i;
  for (i = 0; i < stack.length; i += 1) {
    if (stack[i] === obj2) {
      return replacementStack[i];
    }
  }
  var canonicalizedObj;
  if ("[object Array]" === Object.prototype.toString.call(obj2)) {
    stack.push(obj2);
    canonicalizedObj = new Array(obj2.length);
    replacementStack.push(canonicalizedObj);
    for (i = 0; i < obj2.length; i += 1) {
      canonicalizedObj[i] = canonicalize(obj2[i], stack, replacementStack, replacer, String(i));
    }
    stack.pop();
    replacementStack.pop();
    return canonicalizedObj;
  }
  if (obj2 && obj2.toJSON) {
    obj2 = obj2.toJSON();
  }
  if (typeof obj2 === "object" && obj2 !== null) {
    stack.push(obj2);
    canonicalizedObj = {};
    replacementStack.push(canonicalizedObj);
    var sortedKeys = [];
    var key_1;
    for (key_1 in obj2) {
      if (Object.prototype.hasOwnProperty.call(obj2, key_1)) {
        sortedKeys.push(key_1);
      }
    }
    sortedKeys.sort();
    for (i = 0; i < sortedKeys.length; i += 1) {
      key_1 = sortedKeys[i];
      canonicalizedObj[key_1] = canonicalize(obj2[key_1], stack, replacementStack, replacer, key_1);
    }
    stack.pop();
    replacementStack.pop();
  } else {
    canonicalizedObj = obj2;
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
  return function iterator2() {
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
      return iterator2();
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
      var iterator2 = distance_iterator_default(toPos, minLine, maxLine);
      for (; toPos !== void 0; toPos = iterator2()) {
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
        let segments2 = 0;
        while (k < n && text.charCodeAt(k) === 47 && this.cls(k + 1) & C_PATH) {
          k = this.pathCharRun(k + 2);
          segments2++;
        }
        if (segments2 === 0) return -1;
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
        let span2 = spans.get(this);
        if (span2 === void 0) spans.set(this, span2 = this[LINES].span(this[START], this[END]));
        return span2;
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
      constructor(lines2, start, end, path19) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = "SearchPath";
        this.path = path19;
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
      constructor(lines2, start, end, path19, value) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = "AttrBinding";
        this.path = path19;
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
      constructor(lines2, start, end, expr, path19, def) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = "Select";
        this.expr = expr;
        this.path = path19;
        if (def !== void 0) this.default = def;
      }
    };
    HasAttrNode = class extends SourceNode {
      constructor(lines2, start, end, expr, path19) {
        super();
        this[LINES] = lines2;
        this[START] = start;
        this[END] = end;
        this.kind = "HasAttr";
        this.expr = expr;
        this.path = path19;
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
        let span2 = opSpans.get(this);
        if (span2 === void 0) {
          const at = this[OP_START];
          opSpans.set(this, span2 = this[LINES].span(at, at + this.op.length));
        }
        return span2;
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
      names(path19, scope) {
        for (let i = 0; i < path19.length; i++) {
          const p = path19[i];
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
            const path19 = this.parseAttrPath(ATTR_EXPECTING);
            left = this.light ? HOLE : new HasAttrNode(this.lines, startOf(left), endOf(path19[path19.length - 1]), left, path19);
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
          const path19 = this.parseAttrPath(ATTR_EXPECTING);
          if (this.peek() === OR_KW) {
            this.pos++;
            this.deeper();
            const def = this.parseSelect();
            this.depth--;
            return this.light ? HOLE : new SelectNode(this.lines, startOf(e), endOf(def), e, path19, def);
          }
          if (this.light) return HOLE;
          return new SelectNode(this.lines, startOf(e), endOf(path19[path19.length - 1]), e, path19, void 0);
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
          const path19 = this.parseAttrPath();
          this.expect(ASSIGN, "'.' or '='");
          const value = this.parseFunction();
          const semi = this.expect(SEMI, "';'");
          this.addAttr(attrs, path19, value);
          if (!this.light) this.keep(new AttrBindingNode(this.lines, startOf(path19[0]), this.ends[semi], path19, value));
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
      addAttr(root, path19, value) {
        const pos = path19[0];
        let attrs = root;
        for (let i = 0; i < path19.length - 1; i++) {
          const name = path19[i];
          if (name.name !== void 0) {
            const j2 = attrs.attrs.get(name.name);
            if (j2) {
              if (j2.kind !== "attrs") this.dupAttr(this.showPath(path19), pos, j2.at);
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
        const last = path19[path19.length - 1];
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
        this.dupAttr(this.showPath(path19), pos, j.at);
      }
      showPath(path19) {
        return path19.map((p) => p.name !== void 0 ? showName(p.name) : this.text.slice(startOf(p), endOf(p))).join(".");
      }
      dupAttr(path19, at, previous) {
        const loc = this.lines.loc(startOf(previous));
        this.fail(`attribute '${path19}' already defined at ${this.file}:${loc.line}:${loc.column}`, startOf(at));
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

// src/git/git.ts
var git_exports = {};
__export(git_exports, {
  createGit: () => createGit,
  gitArgv: () => gitArgv,
  repositoryRoot: () => repositoryRoot
});
import path6 from "node:path";
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
async function repositoryRoot(run, dir) {
  return await createGit({ runner: run }).topLevel(dir) ?? dir;
}
var gitArgv;
var init_git = __esm({
  "src/git/git.ts"() {
    "use strict";
    init_process();
    gitArgv = {
      topLevel: (dir) => ["-C", dir, "rev-parse", "--show-toplevel"],
      pathPrefix: (dir) => ["-C", dir, "rev-parse", "--show-prefix"],
      remoteUrl: (dir, name) => ["-C", dir, "remote", "get-url", "--", name],
      fileStatus: (file) => [
        "-C",
        path6.dirname(file),
        "status",
        "--porcelain",
        "--",
        path6.basename(file)
      ]
    };
  }
});

// src/core/branch-name.ts
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
  const why2 = invalidBranchName(name);
  if (why2)
    throw new UsageError(
      `invalid branch name '${name}' for ${setting}: ${why2}`,
      "use a name such as flake-steward/update"
    );
}
var init_branch_name = __esm({
  "src/core/branch-name.ts"() {
    "use strict";
    init_errors();
  }
});

// src/core/split-args.ts
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
var init_split_args = __esm({
  "src/core/split-args.ts"() {
    "use strict";
    init_errors();
  }
});

// src/core/build-config.ts
import path7 from "node:path";
function buildConfig(source, context) {
  const raw = (name) => (source.get(name) ?? "").trim();
  const given = (name) => raw(name) === "" ? void 0 : raw(name);
  const parsed = (name, parse4, fallback) => {
    const v = given(name);
    return v === void 0 ? fallback : parse4(source.label(name), v);
  };
  const optional = (name, parse4) => {
    const v = given(name);
    return v === void 0 ? void 0 : parse4(source.label(name), v);
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
  const commitMessage2 = given(Setting.CommitMessage);
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
      ...sarif !== void 0 ? { sarifFile: path7.resolve(context.cwd, sarif) } : {}
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
      ...commitMessage2 !== void 0 ? { commitMessage: commitMessage2 } : {},
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
var Setting;
var init_build_config = __esm({
  "src/core/build-config.ts"() {
    "use strict";
    init_branch_name();
    init_config();
    init_split_args();
    Setting = {
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
  }
});

// src/flake/flake-types.ts
var showPath;
var init_flake_types = __esm({
  "src/flake/flake-types.ts"() {
    "use strict";
    showPath = (p) => p.join("/");
  }
});

// src/flake/flakeref.ts
function refAndOrRev(refS) {
  return `(?:(${REV_S})|(?:(${refS})(?:/(${REV_S}))?))`;
}
function dialectOf(opts) {
  return opts?.dialect === "nix-2.8" ? NIX_2_8 : CURRENT;
}
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
  const [, scheme, authority, path19, query, fragment] = m;
  if (authority !== void 0 && !AUTHORITY_RE.test(authority)) return void 0;
  if (!PATH_RE.test(path19)) return void 0;
  if (query !== void 0 && !QUERY_RE.test(query)) return void 0;
  return { scheme, authority, path: path19, query: decodeQuery(query ?? "", d), fragment };
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
  const auth2 = authority !== void 0 ? `//${authority}` : "";
  const query = q.size > 0 ? `?${encodeQuery(q, d)}` : "";
  return `${scheme}:${auth2}${renderPath(rawPath, d)}${query}`;
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
  const path19 = transport === "file" && url.path === "" && d.name === "current" ? "/" : url.path;
  attrs["url"] = renderUrl(transport, url.authority, path19, rest, d);
  if (typeof attrs["ref"] === "string") checkGitRef(attrs["ref"]);
  if (typeof attrs["rev"] === "string") attrs["rev"] = checkRev(attrs["rev"], d, "keep", true);
  return attrs;
}
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
  const path19 = transport === "file" && url.path === "" && d.name === "current" ? "/" : url.path;
  attrs["url"] = renderUrl(transport, url.authority, path19, rest, d);
  return attrs;
}
function pathFromUrl(url, d) {
  if (url.authority !== void 0 && url.authority !== "") {
    throw new RefError(
      `a path: reference has no host ('${url.authority}')`,
      "write path:/absolute/path or path:./relative"
    );
  }
  let path19 = url.path;
  if (d.decodePath) {
    const segs = url.path.split("/").map(percentDecode);
    if (segs.some((s) => s.includes("/"))) throw new RefError("a path segment contains an encoded '/' (%2F)");
    path19 = segs.join("/");
  }
  const attrs = { type: "path", path: path19 };
  for (const [name, value] of url.query) {
    if (name === "rev") attrs["rev"] = checkRev(value, d, "keep");
    else if (name === "narHash") attrs["narHash"] = checkSri(value);
    else if (name === "revCount" || name === "lastModified") attrs[name] = parseUint(value, name);
    else throw new RefError(`path: references do not take the parameter '${name}'`);
  }
  return attrs;
}
function indirectFromPath(path19, d) {
  const segs = path19.split("/").filter((s) => s !== "");
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
function barePath(text, d) {
  if (d.barePathAbsoluteCanon) {
    const m2 = PATH_28_RE.exec(text);
    if (!m2) return void 0;
    if (m2[3]) throw new RefError(`unexpected fragment '#${m2[3]}'`);
    const path19 = m2[1];
    const query2 = decodeQuery(m2[2] ?? "", d);
    if (!path19.startsWith("/")) return { type: "path", path: path19 };
    return { type: "path", path: canonPath(`${path19}/${query2.get("dir") ?? ""}`) };
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
      let path19 = `${seg(str(attrs, "owner"))}/${seg(str(attrs, "repo"))}`;
      const ref = attrs["ref"];
      const rev = attrs["rev"];
      const extra2 = ["dir", "host", "narHash"];
      if (typeof ref === "string") {
        if (REV_RE.test(ref) || ref.split("/").includes("")) extra2.push("ref");
        else path19 += `/${ref.split("/").map(seg).join("/")}`;
      }
      if (typeof rev === "string") {
        if (typeof ref === "string") extra2.push("rev");
        else path19 += `/${rev}`;
      }
      return withQuery(`${attrs.type}:${path19}`, queryOf(attrs, extra2));
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
      const path19 = str(attrs, "path").split("/").map((s) => percentEncode(s, ":@")).join("/");
      return withQuery(`path:${path19}`, queryOf(attrs, ["dir", "lastModified", "narHash", "rev", "revCount"]));
    }
    case "indirect": {
      let path19 = str(attrs, "id");
      if (typeof attrs["ref"] === "string") path19 += `/${attrs["ref"]}`;
      if (typeof attrs["rev"] === "string") path19 += `/${attrs["rev"]}`;
      return withQuery(`flake:${path19}`, queryOf(attrs, ["dir", "narHash"]));
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
var RefError, FLAKE_ID_S, REV_S, FLAKE_ID_RE, REV_RE, BAD_GIT_REF_RE, HOST_CURRENT_RE, HOST_28_RE, REF_28_S, REF_CURRENT_S, TARBALL_EXTENSIONS, SRI_BYTES, CURRENT, NIX_2_8, UNRESERVED, URL_RE, PCHAR, AUTHORITY_RE, PATH_RE, QUERY_RE, NIX32, FORGES, HG_SCHEMES, CURL_TRANSPORTS, CURL_OWN_PARAMS, PATH_28_RE, BOOL_ATTRS, INT_ATTRS, GIT_ARCHIVE, TARBALL, INPUT_ATTRIBUTES, REQUIRED, GIT_PRINT_PARAMS;
var init_flakeref = __esm({
  "src/flake/flakeref.ts"() {
    "use strict";
    init_errors();
    RefError = class extends Error {
      constructor(message, hint) {
        super(message);
        this.hint = hint;
      }
      hint;
    };
    FLAKE_ID_S = "[a-zA-Z][a-zA-Z0-9_-]*";
    REV_S = "[0-9a-fA-F]{40}";
    FLAKE_ID_RE = new RegExp(`^${FLAKE_ID_S}$`);
    REV_RE = new RegExp(`^${REV_S}$`);
    BAD_GIT_REF_RE = /\/\/|^[./]|\/\.|\.\.|[\x00-\x20\x7f:?^~[]|\\|\*|\.lock$|\.lock\/|@\{|[/.]$|^@$|^$/;
    HOST_CURRENT_RE = /^[a-zA-Z0-9.-]*$/;
    HOST_28_RE = /^[a-zA-Z0-9.]*$/;
    REF_28_S = "[a-zA-Z0-9][a-zA-Z0-9_./-]*";
    REF_CURRENT_S = "[a-zA-Z0-9@][a-zA-Z0-9_./@+-]*";
    TARBALL_EXTENSIONS = [".zip", ".tar", ".tgz", ".tar.gz", ".tar.xz", ".tar.bz2", ".tar.zst"];
    SRI_BYTES = { md5: 16, sha1: 20, sha256: 32, sha512: 64 };
    CURRENT = {
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
    NIX_2_8 = {
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
    UNRESERVED = /[A-Za-z0-9\-._~]/;
    URL_RE = /^([a-zA-Z][a-zA-Z0-9+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/s;
    PCHAR = "A-Za-z0-9\\-._~!$&'()*+,;=:@";
    AUTHORITY_RE = new RegExp(`^(?:[${PCHAR}]|%[0-9a-fA-F]{2}|\\[[0-9a-fA-F:.]+\\])*$`);
    PATH_RE = new RegExp(`^(?:[${PCHAR}/]|%[0-9a-fA-F]{2})*$`);
    QUERY_RE = new RegExp(`^(?:[${PCHAR}/? "]|%[0-9a-fA-F]{2})*$`);
    NIX32 = "0123456789abcdfghijklmnpqrsvwxyz";
    FORGES = /* @__PURE__ */ new Set(["github", "gitlab", "sourcehut"]);
    HG_SCHEMES = /* @__PURE__ */ new Set(["hg+http", "hg+https", "hg+ssh", "hg+file"]);
    CURL_TRANSPORTS = /* @__PURE__ */ new Set(["file", "http", "https"]);
    CURL_OWN_PARAMS = ["url", "narHash", "name", "unpack", "rev", "revCount", "lastModified"];
    PATH_28_RE = /^(\/?[0-9a-zA-Z\-._~!$&'"()*+,;=]+(?:\/[0-9a-zA-Z\-._~!$&'"()*+,;=]+)*\/?)(?:\?([^#]*))?(?:#(.*))?$/;
    BOOL_ATTRS = /* @__PURE__ */ new Set(["shallow", "submodules", "lfs", "exportIgnore", "allRefs", "verifyCommit", "unpack"]);
    INT_ATTRS = /* @__PURE__ */ new Set(["lastModified", "revCount"]);
    GIT_ARCHIVE = ["owner", "repo", "ref", "rev", "narHash", "lastModified", "host", "treeHash"];
    TARBALL = ["url", "narHash", "name", "unpack", "rev", "revCount", "lastModified"];
    INPUT_ATTRIBUTES = new Map(
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
    REQUIRED = /* @__PURE__ */ new Map([
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
    GIT_PRINT_PARAMS = [
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
  }
});

// src/flake/lock.ts
function describeChar(text, i) {
  if (i >= text.length) return "the end of the file";
  const c = text.codePointAt(i);
  if (c < 32) return `control character U+${c.toString(16).padStart(4, "0").toUpperCase()}`;
  return `'${String.fromCodePoint(c)}'`;
}
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
function parseLock(text, file) {
  return new LockReader(text, file).read();
}
var RELOCK, LOCK_LIMITS, HOSTILE, LineIndex2, JsonError, ESCAPES, JsonReader, CONFLICT_RE, ATTR_KIND, KIND_NAME, ALWAYS_ALLOWED, TWO_63, TWO_64, MAX_SAFE, LockReader;
var init_lock = __esm({
  "src/flake/lock.ts"() {
    "use strict";
    init_errors();
    init_flakeref();
    RELOCK = "run `nix flake lock` to rewrite it";
    LOCK_LIMITS = {
      /** Size of the text: 8 MiB (the largest corpus lock is 117 KB). Callers that read the file check it first. */
      bytes: 8 * 1024 * 1024,
      /** JSON nesting: a lock Nix writes nests 5 deep. */
      jsonDepth: 64,
      /** Nodes in `nodes` (the largest corpus lock has 231). */
      nodes: 1e4,
      /** Elements of one follows or `parent` path (the longest in the corpus has 8). */
      pathLength: 256
    };
    HOSTILE = "a lock Nix writes never comes near it; rewrite it with `nix flake lock --recreate-lock-file`";
    LineIndex2 = class {
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
    JsonError = class extends Error {
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
    ESCAPES = {
      '"': '"',
      "\\": "\\",
      "/": "/",
      b: "\b",
      f: "\f",
      n: "\n",
      r: "\r",
      t: "	"
    };
    JsonReader = class {
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
    CONFLICT_RE = /^(<{7}|={7}|>{7}|\|{7})(?:[ \t].*)?$/m;
    ATTR_KIND = new Map([
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
    KIND_NAME = { number: "an integer", string: "a string", boolean: "a Boolean" };
    ALWAYS_ALLOWED = /* @__PURE__ */ new Set(["type", "dir", "__final"]);
    TWO_63 = 1n << 63n;
    TWO_64 = 1n << 64n;
    MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
    LockReader = class {
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
        const obj2 = this.expect(member.value, "object", where);
        const inputs = /* @__PURE__ */ new Map();
        const inputsMember = obj2.members.get("inputs");
        if (inputsMember) {
          const inputsObj = this.expect(inputsMember.value, "object", () => `${where}: 'inputs'`);
          for (const [name, m] of inputsObj.members) inputs.set(name, this.edge(where, name, m.value, all, root));
        }
        const flakeMember = obj2.members.get("flake");
        let flake = true;
        if (flakeMember) flake = this.expect(flakeMember.value, "boolean", () => `${where}: 'flake'`).value;
        let parent;
        const parentMember = obj2.members.get("parent");
        if (parentMember) parent = this.path(parentMember.value, () => `${where}: 'parent'`);
        const line = this.lines.position(member.keyOffset).line;
        if (isRoot) return { key: key2, inputs, flake, parent, line };
        const locked = this.attrs(obj2, "locked", where, version === 5 ? "info" : void 0);
        const original = this.attrs(obj2, "original", where);
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
      attrs(obj2, field, where, info) {
        const member = obj2.members.get(field);
        if (!member) this.fail(`${where} has no '${field}'`, obj2.offset);
        const main2 = this.expect(member.value, "object", () => `${where}: '${field}'`);
        const infoMember = info ? obj2.members.get(info) : void 0;
        const extra2 = infoMember ? this.expect(infoMember.value, "object", () => `${where}: '${info}'`) : void 0;
        let members = main2.members;
        if (extra2) {
          const merged = new Map(main2.members);
          for (const [name, m] of extra2.members) merged.set(name, m);
          members = merged;
        }
        const shown2 = (name) => `'${extra2?.members.has(name) ? info : field}.${name}'`;
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
  }
});

// src/flake/follows.ts
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
    const path19 = [...top.path, name];
    const id = top.path.length === 0 ? name : `${top.id}/${name}`;
    if (edge.kind === "follows") {
      const r = resolver.resolve(edge.path);
      inputs.set(id, { path: path19, node: r.kind === "node" ? r.key : void 0, follows: edge.path });
      if (r.kind === "dangling") {
        problems.push({
          kind: "dangling",
          path: path19,
          follows: edge.path,
          missing: r.missing,
          message: `input '${id}' follows a non-existent input '${showPath(edge.path)}'`
        });
      } else if (r.kind === "cycle") {
        problems.push({
          kind: "cycle",
          path: path19,
          follows: edge.path,
          cycle: r.cycle,
          message: `input '${id}' follows a cycle: ${showCycle(r.cycle, r.omitted)}`
        });
      }
      continue;
    }
    inputs.set(id, { path: path19, node: edge.key });
    if (onWay.has(edge.key)) {
      const keys = stack.map((f) => f.key);
      const cycle = [...keys.slice(keys.indexOf(edge.key)), edge.key].map((k) => [k]);
      problems.push({
        kind: "cycle",
        path: path19,
        cycle,
        message: `input '${id}' leads back to node '${edge.key}': the lock nodes form a loop (${cycle.join(" -> ")})`
      });
      continue;
    }
    const node = lock.nodes.get(edge.key);
    if (!node) continue;
    onWay.add(edge.key);
    stack.push({ key: edge.key, path: path19, id, edges: node.inputs.entries() });
  }
  return { inputs, problems };
}
function resolveLock(lock) {
  return analyzeLock(lock).inputs;
}
var GRAPH_LIMITS, MAX_PATHS, CYCLE_SHOWN, FollowsResolver, resolvers;
var init_follows = __esm({
  "src/flake/follows.ts"() {
    "use strict";
    init_errors();
    init_flakeref();
    init_lock();
    init_flake_types();
    GRAPH_LIMITS = {
      /** Input paths from the root. */
      paths: 1e5,
      /** Names in one input path (as deep as a follows path may be long). */
      depth: LOCK_LIMITS.pathLength,
      /** Names in all input paths together (what the paths cost in memory). */
      names: 1e6
    };
    MAX_PATHS = GRAPH_LIMITS.paths;
    CYCLE_SHOWN = 12;
    FollowsResolver = class {
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
      id(path19) {
        let id = this.ids.get(path19);
        if (id === void 0) {
          id = path19.some((e) => e === "" || e.includes("\0")) ? `\0${JSON.stringify(path19)}` : path19.join("\0");
          this.ids.set(path19, id);
        }
        return id;
      }
      /** Where `path` (absolute from the root) leads. */
      resolve(path19) {
        const first = this.id(path19);
        const known = this.memo.get(first);
        if (known) return known;
        const stack = [{ path: path19, id: first, i: 0, key: this.lock.root, deps: [] }];
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
    resolvers = /* @__PURE__ */ new WeakMap();
  }
});

// src/forge/forge-repo.ts
function str2(attrs, key2) {
  const v = attrs[key2];
  return typeof v === "string" && v !== "" ? v : void 0;
}
function isForgeType(type) {
  return type === "github" || type === "gitlab" || type === "sourcehut";
}
function forgeOfHost(host, hosts) {
  const h = host.toLowerCase();
  for (const forge of ["github", "gitlab", "sourcehut"]) {
    if (h === DEFAULT_HOST[forge]) return forge;
    if (hosts?.[forge]?.some((x) => x.toLowerCase() === h)) return forge;
  }
  if (h.startsWith("gitlab.")) return "gitlab";
  return void 0;
}
function segments(pathname) {
  const parts = pathname.split("/").filter((s) => s !== "");
  if (parts.length > 0) parts[parts.length - 1] = parts[parts.length - 1].replace(/\.git$/, "");
  return parts.filter((s) => s !== "");
}
function repoFromPath(forge, host, pathname) {
  const parts = segments(pathname);
  if (forge === "github") {
    if (parts.length !== 2) return void 0;
    return { forge, host, owner: parts[0], repo: parts[1] };
  }
  if (forge === "sourcehut") {
    if (parts.length !== 2 || !parts[0].startsWith("~")) return void 0;
    return { forge, host, owner: parts[0], repo: parts[1] };
  }
  if (parts.length < 2 || parts.includes("-")) return void 0;
  const owner = parts.slice(0, -1).join("/");
  const repo = parts[parts.length - 1];
  return forge ? { forge, host, owner, repo } : { host, owner, repo };
}
function parseUrl(text) {
  try {
    return new URL(text.replace(/^(?:git|hg|tarball|file)\+/, ""));
  } catch {
    return void 0;
  }
}
function repoOfRemote(url, hosts) {
  const text = url.trim().replace(/^(?:git|hg)\+/, "");
  const scp = /^(?:([^@/:]+)@)?([^@/:]+):(?!\/\/)([^?#]*)/.exec(text);
  if (scp && (scp[1] !== void 0 || scp[2].includes("."))) {
    const host2 = scp[2].toLowerCase();
    return repoFromPath(forgeOfHost(host2, hosts), host2, scp[3]);
  }
  const u = parseUrl(text);
  if (!u || !["https:", "http:", "ssh:", "git:"].includes(u.protocol)) return void 0;
  const host = (u.protocol === "https:" || u.protocol === "http:" ? u.host : u.hostname).toLowerCase();
  if (host === "") return void 0;
  return repoFromPath(forgeOfHost(host, hosts), host, u.pathname);
}
function githubStyleArchive(forge, host, parts) {
  if (parts.length < 4 || parts[2] !== "archive" && parts[2] !== "tarball") return void 0;
  const ref = parts.slice(3).join("/").replace(ARCHIVE_EXT, "").replace(/^refs\/(?:tags|heads)\//, "");
  const repo = { host, owner: parts[0], repo: parts[1] };
  return { repo: forge ? { forge, ...repo } : repo, ...ref ? { ref } : {} };
}
function gitlabStyleArchive(forge, host, parts) {
  const dash = parts.indexOf("-");
  if (dash < 2 || parts[dash + 1] !== "archive" || parts[dash + 2] === void 0) return void 0;
  const repo = { host, owner: parts.slice(0, dash - 1).join("/"), repo: parts[dash - 1] };
  return { repo: forge ? { forge, ...repo } : repo, ref: parts[dash + 2] };
}
function tarballSource(url, hosts) {
  const u = parseUrl(url.trim());
  if (!u || u.protocol !== "https:" && u.protocol !== "http:") return void 0;
  const host = u.host.toLowerCase();
  const parts = u.pathname.split("/").filter((s) => s !== "");
  if (host === FLAKEHUB || host === `api.${FLAKEHUB}`) {
    const at = parts[0] === "f" ? parts[1] === "pinned" ? 2 : 1 : -1;
    if (at < 0 || parts.length < at + 3) return void 0;
    return { repo: { host: FLAKEHUB, owner: parts[at], repo: parts[at + 1] } };
  }
  if (host === "releases.nixos.org" || host === "channels.nixos.org") {
    return { repo: { forge: "github", host: "github.com", owner: "NixOS", repo: "nixpkgs" } };
  }
  const forge = forgeOfHost(host, hosts);
  if (forge === "github") return githubStyleArchive(forge, host, parts);
  if (forge === "gitlab") return gitlabStyleArchive(forge, host, parts);
  if (forge === "sourcehut") {
    return parts.length === 4 && parts[0].startsWith("~") && parts[2] === "archive" ? githubStyleArchive(forge, host, parts) : void 0;
  }
  return gitlabStyleArchive(void 0, host, parts) ?? githubStyleArchive(void 0, host, parts);
}
function repoLocationOf(attrs, hosts) {
  const type = attrs.type;
  if (isForgeType(type)) {
    const owner = str2(attrs, "owner");
    const repo = str2(attrs, "repo");
    if (!owner || !repo) return void 0;
    const host = (str2(attrs, "host") ?? DEFAULT_HOST[type]).toLowerCase();
    if (type === "gitlab") return { forge: type, host, owner: owner.replace(/%2F/gi, "/"), repo };
    if (type === "sourcehut") return { forge: type, host, owner: owner.startsWith("~") ? owner : `~${owner}`, repo };
    return { forge: type, host, owner, repo };
  }
  const url = str2(attrs, "url");
  if (!url) return void 0;
  if (type === "git" || type === "hg" || /^(?:git|hg)\+/.test(url)) return repoOfRemote(url, hosts);
  if (type === "tarball" || type === "file") return tarballSource(url, hosts)?.repo;
  return void 0;
}
function forgeRepoOf(attrs, hosts) {
  const loc = repoLocationOf(attrs, hosts);
  if (!loc) return void 0;
  if (loc.forge) return { forge: loc.forge, host: loc.host, owner: loc.owner, repo: loc.repo };
  if (loc.host === FLAKEHUB) return { forge: "github", host: DEFAULT_HOST.github, owner: loc.owner, repo: loc.repo };
  return void 0;
}
function archiveRef(attrs, hosts) {
  const url = str2(attrs, "url");
  if (!url || attrs.type !== "tarball" && attrs.type !== "file") return void 0;
  const t = tarballSource(url, hosts);
  return t?.repo.forge ? t.ref : void 0;
}
function lockedRev(attrs, hosts) {
  const rev = str2(attrs, "rev");
  if (rev) return rev;
  const ref = archiveRef(attrs, hosts);
  return ref && FULL_REV.test(ref) ? ref : void 0;
}
function lockedTag(attrs, hosts) {
  const ref = archiveRef(attrs, hosts);
  return ref && !FULL_REV.test(ref) ? ref : void 0;
}
var DEFAULT_HOST, FLAKEHUB, FULL_REV, ARCHIVE_EXT;
var init_forge_repo = __esm({
  "src/forge/forge-repo.ts"() {
    "use strict";
    DEFAULT_HOST = {
      github: "github.com",
      gitlab: "gitlab.com",
      sourcehut: "git.sr.ht"
    };
    FLAKEHUB = "flakehub.com";
    FULL_REV = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
    ARCHIVE_EXT = /\.(?:tar\.gz|tar\.xz|tar\.bz2|tar\.zst|tgz|zip)$/;
  }
});

// src/forge/forge-links.ts
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
function shortRev(rev) {
  if (rev === void 0) return void 0;
  return FULL_REV.test(rev) ? rev.slice(0, 7) : rev;
}
var init_forge_links = __esm({
  "src/forge/forge-links.ts"() {
    "use strict";
    init_forge_repo();
  }
});

// src/cli/dir-argument.ts
import path11 from "node:path";
function dirArgument(command, positionals, io) {
  if (positionals.length > 1) {
    throw new UsageError(`unexpected argument '${positionals[1]}'`, `usage: flake-steward ${command} [dir] [options]`);
  }
  return path11.resolve(io.cwd, positionals[0] ?? ".");
}
var init_dir_argument = __esm({
  "src/cli/dir-argument.ts"() {
    "use strict";
    init_errors();
  }
});

// src/cli/read-flags.ts
import path12 from "node:path";
function flagSource(command, values, env) {
  return {
    get(name) {
      if (name === Setting.Command) return command;
      if (name === Setting.Token) return values["open-pr"] === true ? env["GITHUB_TOKEN"] : void 0;
      if (name === Setting.JobSummary) return "false";
      const v = values[name] ?? CLI_DEFAULTS[command]?.[name];
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
    cwd: path12.resolve(io.cwd),
    env: io.env,
    ...repository ? { repository } : {}
  });
}
var CLI_DEFAULTS;
var init_read_flags = __esm({
  "src/cli/read-flags.ts"() {
    "use strict";
    init_build_config();
    init_dir_argument();
    CLI_DEFAULTS = {
      update: { [Setting.OnBuildFailure]: "fail", [Setting.Format]: "markdown" }
    };
  }
});

// src/core/ports.ts
var systemClock;
var init_ports = __esm({
  "src/core/ports.ts"() {
    "use strict";
    systemClock = { now: () => /* @__PURE__ */ new Date() };
  }
});

// src/render/markdown.ts
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
  const sep2 = head.map((_, i) => {
    const a = align?.[i] ?? "l";
    return a === "r" ? "---:" : a === "c" ? ":---:" : "---";
  });
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(head), line(sep2), ...rows.map(line)].join("\n");
}
function plural2(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function lastLines(text, lines2) {
  const all = text.replace(/\s+$/, "").split("\n");
  return all.slice(-lines2).join("\n");
}
var inline, URL_UNSAFE;
var init_markdown = __esm({
  "src/render/markdown.ts"() {
    "use strict";
    init_neutralise();
    inline = (text) => neutraliseText(text.replace(/\r?\n/g, " "));
    URL_UNSAFE = /[\u0000-\u0020()<>|\\`"\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/gu;
  }
});

// src/git/remote-repository.ts
function shownRemote(url) {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, (_m, scheme) => scheme);
}
function splitRemote(url) {
  const u = url.trim();
  const scheme = /^(https?|ssh|git\+ssh|ssh\+git):\/\/(?:[^@/]*@)?(\[[^\]]+\]|[^/:]+)(?::\d*)?\/(.*)$/i.exec(u);
  if (scheme) return { host: scheme[2], path: scheme[3] };
  const scp = /^(?:[^@/:]+@)?([^/:]+):(?!\/\/)(.*)$/.exec(u);
  if (scp && !u.includes("://")) return { host: scp[1], path: scp[2] };
  return void 0;
}
function hostname(serverUrl) {
  try {
    return new URL(serverUrl).hostname.toLowerCase();
  } catch {
    return serverUrl.toLowerCase();
  }
}
function repositoryOfRemote(url, serverUrl, remote = "origin") {
  const shown2 = shownRemote(url);
  const hint = "pass --repository owner/repo";
  const parts = splitRemote(url);
  if (!parts) {
    throw new UsageError(`cannot tell the GitHub repository from the ${remote} remote '${shown2}'`, hint);
  }
  const expected = hostname(serverUrl);
  const host = parts.host.replace(/^\[|\]$/g, "").toLowerCase();
  if (host !== expected) {
    throw new UsageError(
      `the ${remote} remote '${shown2}' is not on the GitHub server ${expected} (GITHUB_SERVER_URL)`,
      hint
    );
  }
  const m = /^\/*([^/]+)\/([^/]+?)(?:\.git)?\/*$/.exec(parts.path);
  if (!m) throw new UsageError(`cannot tell the GitHub repository from the ${remote} remote '${shown2}'`, hint);
  try {
    return parseRepository(`the ${remote} remote`, `${m[1]}/${m[2]}`);
  } catch {
    throw new UsageError(`cannot tell the GitHub repository from the ${remote} remote '${shown2}'`, hint);
  }
}
var init_remote_repository = __esm({
  "src/git/remote-repository.ts"() {
    "use strict";
    init_config();
    init_errors();
  }
});

// src/cli/update-flags.ts
var update_flags_exports = {};
__export(update_flags_exports, {
  UPDATE_FORMATS: () => UPDATE_FORMATS,
  updateConfigFromFlags: () => updateConfigFromFlags
});
async function repositoryOf(values, openPr, workspace, ctx) {
  const given = typeof values["repository"] === "string" ? values["repository"].trim() : void 0;
  if (given !== void 0) return parseRepository("--repository", given);
  if (!openPr) return void 0;
  const url = await ctx.git.remoteUrl(workspace, "origin");
  if (url === void 0) {
    throw new UsageError(
      `--open-pr needs the repository, and ${workspace} has no origin remote`,
      "pass --repository owner/repo"
    );
  }
  return repositoryOfRemote(url, ctx.env["GITHUB_SERVER_URL"] || DEFAULTS.serverUrl);
}
async function updateConfigFromFlags(positionals, values, ctx) {
  const openPr = values["open-pr"] === true;
  const dryRun = values["dry-run"] === true;
  const bare = configFromFlags("update", positionals, values, ctx);
  if (openPr && !dryRun && !bare.pr.token) {
    throw new UsageError(
      "--open-pr needs a GitHub token in GITHUB_TOKEN",
      "export GITHUB_TOKEN with contents: write and pull-requests: write, or drop --open-pr"
    );
  }
  const repository = await repositoryOf(values, openPr && !dryRun, bare.workspace, ctx);
  return repository ? { ...bare, pr: { ...bare.pr, repository } } : bare;
}
var UPDATE_FORMATS;
var init_update_flags = __esm({
  "src/cli/update-flags.ts"() {
    "use strict";
    init_config();
    init_errors();
    init_remote_repository();
    init_read_flags();
    UPDATE_FORMATS = ["markdown", "json"];
  }
});

// src/update/targets.ts
function nixString(s) {
  return `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\$\{/g, "\\${")}"`;
}
function discoveryExpression(flakeRef) {
  return `builtins.getFlake ${nixString(flakeRef)}`;
}
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
var DRV2, LOOKUP, isDrvPath;
var init_targets = __esm({
  "src/update/targets.ts"() {
    "use strict";
    init_errors();
    DRV2 = `drv = x:
    let r = builtins.tryEval (x.drvPath or null);
    in if r.success && builtins.isString r.value then r.value else null;`;
    LOOKUP = `system = builtins.currentSystem;
  at = path: builtins.foldl' (v: n: if builtins.isAttrs v && v ? \${n} then v.\${n} else null) flake path;
  first = ps: if ps == [ ] then null else let v = at (builtins.head ps); in if v != null then v else first (builtins.tail ps);
  find = exact: path: first (if exact then [ path ] else [ ([ "packages" system ] ++ path) ([ "legacyPackages" system ] ++ path) path ]);`;
    isDrvPath = (x) => typeof x === "string" && x.startsWith("/") && x.endsWith(".drv");
  }
});

// src/update/lock-diff.ts
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
function updatedChange(path19, before, after, options) {
  const fromRef = before.rev ?? before.tag;
  const toRef = after.rev ?? after.tag;
  const link2 = fromRef && toRef && fromRef !== toRef && sameRepo(before.repo, after.repo) ? compareUrl(after.repo, fromRef, toRef) : void 0;
  const spanDays = before.lastModified !== void 0 && after.lastModified !== void 0 ? Math.round((after.lastModified - before.lastModified) / DAY) : void 0;
  const ageDays = options.now && after.lastModified !== void 0 ? Math.max(0, Math.floor((options.now.getTime() / 1e3 - after.lastModified) / DAY)) : void 0;
  return {
    path: path19,
    name: showPath(path19),
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
  const side2 = (lock, r) => r.node !== void 0 ? describeLocked(lock, r.node, hosts) : void 0;
  for (const [name, a] of now) {
    const b = old.get(name);
    const path19 = a.path;
    if (!b) {
      const src = a.follows ? void 0 : side2(after.lock, a);
      changes.push({
        path: path19,
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
      const beforeSrc = b.follows ? void 0 : side2(before.lock, b);
      const afterSrc = a.follows ? void 0 : side2(after.lock, a);
      changes.push({
        path: path19,
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
    const bs = side2(before.lock, b);
    const as = side2(after.lock, a);
    if (bs && as) changes.push(updatedChange(path19, bs, as, options));
  }
  for (const [name, b] of old) {
    if (now.has(name)) continue;
    const src = b.follows ? void 0 : side2(before.lock, b);
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
var DAY;
var init_lock_diff = __esm({
  "src/update/lock-diff.ts"() {
    "use strict";
    init_flake_types();
    init_forge_links();
    init_forge_repo();
    DAY = 86400;
  }
});

// src/app/update.ts
var update_exports = {};
__export(update_exports, {
  firstError: () => firstError,
  nixNotInstalled: () => nixNotInstalled,
  runUpdate: () => runUpdate,
  serverForgeHosts: () => serverForgeHosts,
  updateRequest: () => updateRequest
});
import path16 from "node:path";
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
    const abs = path16.resolve(req.workspace, dir);
    const lockRel = dir === "." ? "flake.lock" : `${dir}/flake.lock`;
    const lockAbs = path16.join(abs, "flake.lock");
    if (!await fs.exists(path16.join(abs, "flake.nix"))) {
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
async function buildSide(t, side2, req, deps, fallback) {
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
  logger.info(`${side2}: building ${targets.length}: ${installables.map((i) => i.attr).join(", ")}`);
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
    return { installable, result: { status: "failed", failure: failureOf(x, r, side2, logs, req) } };
  });
  const failed = built.filter((b) => b.result.status === "failed").length;
  if (failed > 0) logger.warning(`${side2} the update: ${failed} of ${built.length} failed to build`);
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
function failureOf(x, r, side2, logs, req) {
  if (r === void 0) {
    const message = x.evalError ?? "it was not evaluated";
    return {
      side: side2,
      attr: x.installable.attr,
      message: `evaluation failed: ${firstError(message)}`,
      logTail: tailLines(message, req.logLines ?? 60)
    };
  }
  const failedDrv = r.failedDrvs[0];
  const log = r.failedDrvs.map((d) => logs.get(d) ?? "").find((l) => l.trim() !== "");
  return {
    side: side2,
    attr: x.installable.attr,
    drvPath: r.drvPath,
    ...failedDrv !== void 0 ? { failedDrv } : {},
    message: firstError(r.message),
    logTail: log ?? tailLines(r.message, req.logLines ?? 60)
  };
}
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
function serverForgeHosts(serverUrl) {
  try {
    const host = new URL(serverUrl).host;
    return host.toLowerCase() === "github.com" ? void 0 : { github: [host] };
  } catch {
    return void 0;
  }
}
function updateRequest(config) {
  const hosts = serverForgeHosts(config.pr.serverUrl);
  return {
    workspace: config.workspace,
    paths: config.paths,
    inputs: config.update.inputs,
    build: config.update.build,
    dryRun: config.update.dryRun,
    ...hosts ? { hosts } : {}
  };
}
var ABSENT;
var init_update = __esm({
  "src/app/update.ts"() {
    "use strict";
    init_diff();
    init_reference_graph();
    init_errors();
    init_flake_types();
    init_follows();
    init_lock();
    init_targets();
    init_lock_diff();
    ABSENT = { status: "absent" };
  }
});

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
var init_update_nix = __esm({
  "src/app/update-nix.ts"() {
    "use strict";
  }
});

// src/app/update-ports.ts
var update_ports_exports = {};
__export(update_ports_exports, {
  tokenHost: () => tokenHost,
  wireUpdate: () => wireUpdate
});
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
var init_update_ports = __esm({
  "src/app/update-ports.ts"() {
    "use strict";
    init_errors();
    init_ports();
    init_interrupt();
    init_nix();
    init_update_nix();
    init_fs();
    init_update();
  }
});

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
  for (const side2 of ["after", "before"]) {
    for (const flake of report.flakes) {
      for (const c of flake.configurations) {
        const f = c[side2].failure;
        if (c[side2].status === "failed" && f) out.push({ flake, failure: f });
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
var init_update_result = __esm({
  "src/update/update-result.ts"() {
    "use strict";
  }
});

// src/render/update-json.ts
var update_json_exports = {};
__export(update_json_exports, {
  renderJson: () => renderJson,
  reportJson: () => reportJson
});
function reportJson(report) {
  return {
    version: 1,
    nixVersion: report.nixVersion,
    dryRun: report.dryRun,
    requestedInputs: report.requestedInputs,
    hasUpdates: hasUpdates(report),
    totals: totals(report),
    updatedInputs: updatedInputsOutput(report),
    failures: buildFailures(report).map(({ flake, failure: failure2 }) => ({ flake: flake.dir, ...failure2 })),
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
var init_update_json = __esm({
  "src/render/update-json.ts"() {
    "use strict";
    init_update_result();
    init_neutralise();
  }
});

// src/render/update-report.ts
var update_report_exports = {};
__export(update_report_exports, {
  MARKER_PREFIX: () => MARKER_PREFIX,
  MAX_LENGTH: () => MAX_LENGTH,
  commitKey: () => commitKey,
  marker: () => marker,
  orderedChanges: () => orderedChanges,
  renderReport: () => renderReport
});
function commitKey(flakeDir, input) {
  return `${flakeDir}#${input}`;
}
function marker(flakeDir) {
  return flakeDir === void 0 ? `${MARKER_PREFIX} -->` : `${MARKER_PREFIX} path=${JSON.stringify(flakeDir)} -->`;
}
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
    const failure2 = c.after.failure;
    const since = c.before.status === "built" ? "It built before the update." : c.before.status === "failed" ? "It also failed before the update." : "It is new in this update.";
    const lines2 = [`**${title(c)}**${where(f)}: ${cellCode(c.attr)}. ${since}`];
    if (failure2) {
      lines2.push(code(failure2.message));
      const tail2 = lastLines(failure2.logTail, level.logLines);
      if (tail2.trim() !== "") {
        const block = fence(tail2);
        lines2.push(
          level.collapse && tail2.split("\n").length > 15 ? details(`Last ${level.logLines} log lines`, block, true) : block
        );
      }
      if (failure2.failedDrv) lines2.push(`Full log: ${code(`nix log ${failure2.failedDrv}`)}`);
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
  const id = s.rev ? shortRev(s.rev) : s.tag ?? s.url ?? s.narHash?.slice(0, 19) ?? s.type;
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
    lines2.push(`- ${link(code(shortRev(commit.sha)), commit.url)} ${inertTitle(commit.title)}`);
  }
  const more = total - list.commits.length;
  if (more > 0) lines2.push(`- …and ${more} more${url ? ` (${link("compare", url)})` : ""}`);
  if (lines2.length === 0) {
    return list.unavailable ? `_${html(c.name)}: no commit list (${html(list.unavailable)})._` : "";
  }
  return details(`${c.name}: ${plural2(total, "commit")}`, lines2.join("\n"));
}
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
var MARKER_PREFIX, MAX_LENGTH, LONG_TABLE, FULL_LOG, KIND_LABEL, ORDER;
var init_update_report = __esm({
  "src/render/update-report.ts"() {
    "use strict";
    init_format();
    init_forge_links();
    init_update_result();
    init_markdown();
    MARKER_PREFIX = "<!-- flake-steward:update";
    MAX_LENGTH = 6e4;
    LONG_TABLE = 15;
    FULL_LOG = 40;
    KIND_LABEL = {
      nixos: "NixOS configuration",
      home: "Home Manager configuration",
      darwin: "nix-darwin configuration",
      package: "package",
      devShell: "dev shell",
      check: "check",
      attr: "attribute"
    };
    ORDER = {
      upgraded: 0,
      downgraded: 0,
      changed: 0,
      added: 1,
      removed: 2,
      size: 3
    };
  }
});

// node_modules/bottleneck/light.js
var require_light = __commonJS({
  "node_modules/bottleneck/light.js"(exports, module) {
    (function(global2, factory) {
      typeof exports === "object" && typeof module !== "undefined" ? module.exports = factory() : typeof define === "function" && define.amd ? define(factory) : global2.Bottleneck = factory();
    })(exports, (function() {
      "use strict";
      var commonjsGlobal = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
      function getCjsExportFromNamespace(n) {
        return n && n["default"] || n;
      }
      var load = function(received, defaults, onto = {}) {
        var k, ref, v;
        for (k in defaults) {
          v = defaults[k];
          onto[k] = (ref = received[k]) != null ? ref : v;
        }
        return onto;
      };
      var overwrite = function(received, defaults, onto = {}) {
        var k, v;
        for (k in received) {
          v = received[k];
          if (defaults[k] !== void 0) {
            onto[k] = v;
          }
        }
        return onto;
      };
      var parser = {
        load,
        overwrite
      };
      var DLList;
      DLList = class DLList {
        constructor(incr, decr) {
          this.incr = incr;
          this.decr = decr;
          this._first = null;
          this._last = null;
          this.length = 0;
        }
        push(value) {
          var node;
          this.length++;
          if (typeof this.incr === "function") {
            this.incr();
          }
          node = {
            value,
            prev: this._last,
            next: null
          };
          if (this._last != null) {
            this._last.next = node;
            this._last = node;
          } else {
            this._first = this._last = node;
          }
          return void 0;
        }
        shift() {
          var value;
          if (this._first == null) {
            return;
          } else {
            this.length--;
            if (typeof this.decr === "function") {
              this.decr();
            }
          }
          value = this._first.value;
          if ((this._first = this._first.next) != null) {
            this._first.prev = null;
          } else {
            this._last = null;
          }
          return value;
        }
        first() {
          if (this._first != null) {
            return this._first.value;
          }
        }
        getArray() {
          var node, ref, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, ref.value));
          }
          return results;
        }
        forEachShift(cb) {
          var node;
          node = this.shift();
          while (node != null) {
            cb(node), node = this.shift();
          }
          return void 0;
        }
        debug() {
          var node, ref, ref1, ref2, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, {
              value: ref.value,
              prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
              next: (ref2 = ref.next) != null ? ref2.value : void 0
            }));
          }
          return results;
        }
      };
      var DLList_1 = DLList;
      var Events;
      Events = class Events {
        constructor(instance) {
          this.instance = instance;
          this._events = {};
          if (this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null) {
            throw new Error("An Emitter already exists for this object");
          }
          this.instance.on = (name, cb) => {
            return this._addListener(name, "many", cb);
          };
          this.instance.once = (name, cb) => {
            return this._addListener(name, "once", cb);
          };
          this.instance.removeAllListeners = (name = null) => {
            if (name != null) {
              return delete this._events[name];
            } else {
              return this._events = {};
            }
          };
        }
        _addListener(name, status, cb) {
          var base;
          if ((base = this._events)[name] == null) {
            base[name] = [];
          }
          this._events[name].push({ cb, status });
          return this.instance;
        }
        listenerCount(name) {
          if (this._events[name] != null) {
            return this._events[name].length;
          } else {
            return 0;
          }
        }
        async trigger(name, ...args) {
          var e, promises;
          try {
            if (name !== "debug") {
              this.trigger("debug", `Event triggered: ${name}`, args);
            }
            if (this._events[name] == null) {
              return;
            }
            this._events[name] = this._events[name].filter(function(listener) {
              return listener.status !== "none";
            });
            promises = this._events[name].map(async (listener) => {
              var e2, returned;
              if (listener.status === "none") {
                return;
              }
              if (listener.status === "once") {
                listener.status = "none";
              }
              try {
                returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
                if (typeof (returned != null ? returned.then : void 0) === "function") {
                  return await returned;
                } else {
                  return returned;
                }
              } catch (error) {
                e2 = error;
                {
                  this.trigger("error", e2);
                }
                return null;
              }
            });
            return (await Promise.all(promises)).find(function(x) {
              return x != null;
            });
          } catch (error) {
            e = error;
            {
              this.trigger("error", e);
            }
            return null;
          }
        }
      };
      var Events_1 = Events;
      var DLList$1, Events$1, Queues;
      DLList$1 = DLList_1;
      Events$1 = Events_1;
      Queues = class Queues {
        constructor(num_priorities) {
          var i;
          this.Events = new Events$1(this);
          this._length = 0;
          this._lists = (function() {
            var j, ref, results;
            results = [];
            for (i = j = 1, ref = num_priorities; 1 <= ref ? j <= ref : j >= ref; i = 1 <= ref ? ++j : --j) {
              results.push(new DLList$1((() => {
                return this.incr();
              }), (() => {
                return this.decr();
              })));
            }
            return results;
          }).call(this);
        }
        incr() {
          if (this._length++ === 0) {
            return this.Events.trigger("leftzero");
          }
        }
        decr() {
          if (--this._length === 0) {
            return this.Events.trigger("zero");
          }
        }
        push(job) {
          return this._lists[job.options.priority].push(job);
        }
        queued(priority) {
          if (priority != null) {
            return this._lists[priority].length;
          } else {
            return this._length;
          }
        }
        shiftAll(fn) {
          return this._lists.forEach(function(list) {
            return list.forEachShift(fn);
          });
        }
        getFirst(arr = this._lists) {
          var j, len, list;
          for (j = 0, len = arr.length; j < len; j++) {
            list = arr[j];
            if (list.length > 0) {
              return list;
            }
          }
          return [];
        }
        shiftLastFrom(priority) {
          return this.getFirst(this._lists.slice(priority).reverse()).shift();
        }
      };
      var Queues_1 = Queues;
      var BottleneckError;
      BottleneckError = class BottleneckError extends Error {
      };
      var BottleneckError_1 = BottleneckError;
      var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;
      NUM_PRIORITIES = 10;
      DEFAULT_PRIORITY = 5;
      parser$1 = parser;
      BottleneckError$1 = BottleneckError_1;
      Job = class Job {
        constructor(task, args, options, jobDefaults, rejectOnDrop, Events2, _states, Promise2) {
          this.task = task;
          this.args = args;
          this.rejectOnDrop = rejectOnDrop;
          this.Events = Events2;
          this._states = _states;
          this.Promise = Promise2;
          this.options = parser$1.load(options, jobDefaults);
          this.options.priority = this._sanitizePriority(this.options.priority);
          if (this.options.id === jobDefaults.id) {
            this.options.id = `${this.options.id}-${this._randomIndex()}`;
          }
          this.promise = new this.Promise((_resolve, _reject) => {
            this._resolve = _resolve;
            this._reject = _reject;
          });
          this.retryCount = 0;
        }
        _sanitizePriority(priority) {
          var sProperty;
          sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
          if (sProperty < 0) {
            return 0;
          } else if (sProperty > NUM_PRIORITIES - 1) {
            return NUM_PRIORITIES - 1;
          } else {
            return sProperty;
          }
        }
        _randomIndex() {
          return Math.random().toString(36).slice(2);
        }
        doDrop({ error, message = "This job has been dropped by Bottleneck" } = {}) {
          if (this._states.remove(this.options.id)) {
            if (this.rejectOnDrop) {
              this._reject(error != null ? error : new BottleneckError$1(message));
            }
            this.Events.trigger("dropped", { args: this.args, options: this.options, task: this.task, promise: this.promise });
            return true;
          } else {
            return false;
          }
        }
        _assertStatus(expected) {
          var status;
          status = this._states.jobStatus(this.options.id);
          if (!(status === expected || expected === "DONE" && status === null)) {
            throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
          }
        }
        doReceive() {
          this._states.start(this.options.id);
          return this.Events.trigger("received", { args: this.args, options: this.options });
        }
        doQueue(reachedHWM, blocked) {
          this._assertStatus("RECEIVED");
          this._states.next(this.options.id);
          return this.Events.trigger("queued", { args: this.args, options: this.options, reachedHWM, blocked });
        }
        doRun() {
          if (this.retryCount === 0) {
            this._assertStatus("QUEUED");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          return this.Events.trigger("scheduled", { args: this.args, options: this.options });
        }
        async doExecute(chained, clearGlobalState, run, free) {
          var error, eventInfo, passed;
          if (this.retryCount === 0) {
            this._assertStatus("RUNNING");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          this.Events.trigger("executing", eventInfo);
          try {
            passed = await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args));
            if (clearGlobalState()) {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._resolve(passed);
            }
          } catch (error1) {
            error = error1;
            return this._onFailure(error, eventInfo, clearGlobalState, run, free);
          }
        }
        doExpire(clearGlobalState, run, free) {
          var error, eventInfo;
          if (this._states.jobStatus(this.options.id === "RUNNING")) {
            this._states.next(this.options.id);
          }
          this._assertStatus("EXECUTING");
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
          return this._onFailure(error, eventInfo, clearGlobalState, run, free);
        }
        async _onFailure(error, eventInfo, clearGlobalState, run, free) {
          var retry2, retryAfter;
          if (clearGlobalState()) {
            retry2 = await this.Events.trigger("failed", error, eventInfo);
            if (retry2 != null) {
              retryAfter = ~~retry2;
              this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
              this.retryCount++;
              return run(retryAfter);
            } else {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._reject(error);
            }
          }
        }
        doDone(eventInfo) {
          this._assertStatus("EXECUTING");
          this._states.next(this.options.id);
          return this.Events.trigger("done", eventInfo);
        }
      };
      var Job_1 = Job;
      var BottleneckError$2, LocalDatastore, parser$2;
      parser$2 = parser;
      BottleneckError$2 = BottleneckError_1;
      LocalDatastore = class LocalDatastore {
        constructor(instance, storeOptions, storeInstanceOptions) {
          this.instance = instance;
          this.storeOptions = storeOptions;
          this.clientId = this.instance._randomIndex();
          parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
          this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
          this._running = 0;
          this._done = 0;
          this._unblockTime = 0;
          this.ready = this.Promise.resolve();
          this.clients = {};
          this._startHeartbeat();
        }
        _startHeartbeat() {
          var base;
          if (this.heartbeat == null && (this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null || this.storeOptions.reservoirIncreaseInterval != null && this.storeOptions.reservoirIncreaseAmount != null)) {
            return typeof (base = this.heartbeat = setInterval(() => {
              var amount, incr, maximum, now, reservoir;
              now = Date.now();
              if (this.storeOptions.reservoirRefreshInterval != null && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
                this._lastReservoirRefresh = now;
                this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
                this.instance._drainAll(this.computeCapacity());
              }
              if (this.storeOptions.reservoirIncreaseInterval != null && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
                ({
                  reservoirIncreaseAmount: amount,
                  reservoirIncreaseMaximum: maximum,
                  reservoir
                } = this.storeOptions);
                this._lastReservoirIncrease = now;
                incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
                if (incr > 0) {
                  this.storeOptions.reservoir += incr;
                  return this.instance._drainAll(this.computeCapacity());
                }
              }
            }, this.heartbeatInterval)).unref === "function" ? base.unref() : void 0;
          } else {
            return clearInterval(this.heartbeat);
          }
        }
        async __publish__(message) {
          await this.yieldLoop();
          return this.instance.Events.trigger("message", message.toString());
        }
        async __disconnect__(flush) {
          await this.yieldLoop();
          clearInterval(this.heartbeat);
          return this.Promise.resolve();
        }
        yieldLoop(t = 0) {
          return new this.Promise(function(resolve, reject) {
            return setTimeout(resolve, t);
          });
        }
        computePenalty() {
          var ref;
          return (ref = this.storeOptions.penalty) != null ? ref : 15 * this.storeOptions.minTime || 5e3;
        }
        async __updateSettings__(options) {
          await this.yieldLoop();
          parser$2.overwrite(options, options, this.storeOptions);
          this._startHeartbeat();
          this.instance._drainAll(this.computeCapacity());
          return true;
        }
        async __running__() {
          await this.yieldLoop();
          return this._running;
        }
        async __queued__() {
          await this.yieldLoop();
          return this.instance.queued();
        }
        async __done__() {
          await this.yieldLoop();
          return this._done;
        }
        async __groupCheck__(time) {
          await this.yieldLoop();
          return this._nextRequest + this.timeout < time;
        }
        computeCapacity() {
          var maxConcurrent, reservoir;
          ({ maxConcurrent, reservoir } = this.storeOptions);
          if (maxConcurrent != null && reservoir != null) {
            return Math.min(maxConcurrent - this._running, reservoir);
          } else if (maxConcurrent != null) {
            return maxConcurrent - this._running;
          } else if (reservoir != null) {
            return reservoir;
          } else {
            return null;
          }
        }
        conditionsCheck(weight) {
          var capacity;
          capacity = this.computeCapacity();
          return capacity == null || weight <= capacity;
        }
        async __incrementReservoir__(incr) {
          var reservoir;
          await this.yieldLoop();
          reservoir = this.storeOptions.reservoir += incr;
          this.instance._drainAll(this.computeCapacity());
          return reservoir;
        }
        async __currentReservoir__() {
          await this.yieldLoop();
          return this.storeOptions.reservoir;
        }
        isBlocked(now) {
          return this._unblockTime >= now;
        }
        check(weight, now) {
          return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
        }
        async __check__(weight) {
          var now;
          await this.yieldLoop();
          now = Date.now();
          return this.check(weight, now);
        }
        async __register__(index, weight, expiration) {
          var now, wait;
          await this.yieldLoop();
          now = Date.now();
          if (this.conditionsCheck(weight)) {
            this._running += weight;
            if (this.storeOptions.reservoir != null) {
              this.storeOptions.reservoir -= weight;
            }
            wait = Math.max(this._nextRequest - now, 0);
            this._nextRequest = now + wait + this.storeOptions.minTime;
            return {
              success: true,
              wait,
              reservoir: this.storeOptions.reservoir
            };
          } else {
            return {
              success: false
            };
          }
        }
        strategyIsBlock() {
          return this.storeOptions.strategy === 3;
        }
        async __submit__(queueLength, weight) {
          var blocked, now, reachedHWM;
          await this.yieldLoop();
          if (this.storeOptions.maxConcurrent != null && weight > this.storeOptions.maxConcurrent) {
            throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
          }
          now = Date.now();
          reachedHWM = this.storeOptions.highWater != null && queueLength === this.storeOptions.highWater && !this.check(weight, now);
          blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
          if (blocked) {
            this._unblockTime = now + this.computePenalty();
            this._nextRequest = this._unblockTime + this.storeOptions.minTime;
            this.instance._dropAllQueued();
          }
          return {
            reachedHWM,
            blocked,
            strategy: this.storeOptions.strategy
          };
        }
        async __free__(index, weight) {
          await this.yieldLoop();
          this._running -= weight;
          this._done += weight;
          this.instance._drainAll(this.computeCapacity());
          return {
            running: this._running
          };
        }
      };
      var LocalDatastore_1 = LocalDatastore;
      var BottleneckError$3, States;
      BottleneckError$3 = BottleneckError_1;
      States = class States {
        constructor(status1) {
          this.status = status1;
          this._jobs = {};
          this.counts = this.status.map(function() {
            return 0;
          });
        }
        next(id) {
          var current, next;
          current = this._jobs[id];
          next = current + 1;
          if (current != null && next < this.status.length) {
            this.counts[current]--;
            this.counts[next]++;
            return this._jobs[id]++;
          } else if (current != null) {
            this.counts[current]--;
            return delete this._jobs[id];
          }
        }
        start(id) {
          var initial;
          initial = 0;
          this._jobs[id] = initial;
          return this.counts[initial]++;
        }
        remove(id) {
          var current;
          current = this._jobs[id];
          if (current != null) {
            this.counts[current]--;
            delete this._jobs[id];
          }
          return current != null;
        }
        jobStatus(id) {
          var ref;
          return (ref = this.status[this._jobs[id]]) != null ? ref : null;
        }
        statusJobs(status) {
          var k, pos, ref, results, v;
          if (status != null) {
            pos = this.status.indexOf(status);
            if (pos < 0) {
              throw new BottleneckError$3(`status must be one of ${this.status.join(", ")}`);
            }
            ref = this._jobs;
            results = [];
            for (k in ref) {
              v = ref[k];
              if (v === pos) {
                results.push(k);
              }
            }
            return results;
          } else {
            return Object.keys(this._jobs);
          }
        }
        statusCounts() {
          return this.counts.reduce(((acc, v, i) => {
            acc[this.status[i]] = v;
            return acc;
          }), {});
        }
      };
      var States_1 = States;
      var DLList$2, Sync;
      DLList$2 = DLList_1;
      Sync = class Sync {
        constructor(name, Promise2) {
          this.schedule = this.schedule.bind(this);
          this.name = name;
          this.Promise = Promise2;
          this._running = 0;
          this._queue = new DLList$2();
        }
        isEmpty() {
          return this._queue.length === 0;
        }
        async _tryToRun() {
          var args, cb, error, reject, resolve, returned, task;
          if (this._running < 1 && this._queue.length > 0) {
            this._running++;
            ({ task, args, resolve, reject } = this._queue.shift());
            cb = await (async function() {
              try {
                returned = await task(...args);
                return function() {
                  return resolve(returned);
                };
              } catch (error1) {
                error = error1;
                return function() {
                  return reject(error);
                };
              }
            })();
            this._running--;
            this._tryToRun();
            return cb();
          }
        }
        schedule(task, ...args) {
          var promise, reject, resolve;
          resolve = reject = null;
          promise = new this.Promise(function(_resolve, _reject) {
            resolve = _resolve;
            return reject = _reject;
          });
          this._queue.push({ task, args, resolve, reject });
          this._tryToRun();
          return promise;
        }
      };
      var Sync_1 = Sync;
      var version = "2.19.5";
      var version$1 = {
        version
      };
      var version$2 = /* @__PURE__ */ Object.freeze({
        version,
        default: version$1
      });
      var require$$2 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$3 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$4 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;
      parser$3 = parser;
      Events$2 = Events_1;
      RedisConnection$1 = require$$2;
      IORedisConnection$1 = require$$3;
      Scripts$1 = require$$4;
      Group = (function() {
        class Group2 {
          constructor(limiterOptions = {}) {
            this.deleteKey = this.deleteKey.bind(this);
            this.limiterOptions = limiterOptions;
            parser$3.load(this.limiterOptions, this.defaults, this);
            this.Events = new Events$2(this);
            this.instances = {};
            this.Bottleneck = Bottleneck_1;
            this._startAutoCleanup();
            this.sharedConnection = this.connection != null;
            if (this.connection == null) {
              if (this.limiterOptions.datastore === "redis") {
                this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              } else if (this.limiterOptions.datastore === "ioredis") {
                this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              }
            }
          }
          key(key2 = "") {
            var ref;
            return (ref = this.instances[key2]) != null ? ref : (() => {
              var limiter;
              limiter = this.instances[key2] = new this.Bottleneck(Object.assign(this.limiterOptions, {
                id: `${this.id}-${key2}`,
                timeout: this.timeout,
                connection: this.connection
              }));
              this.Events.trigger("created", limiter, key2);
              return limiter;
            })();
          }
          async deleteKey(key2 = "") {
            var deleted, instance;
            instance = this.instances[key2];
            if (this.connection) {
              deleted = await this.connection.__runCommand__(["del", ...Scripts$1.allKeys(`${this.id}-${key2}`)]);
            }
            if (instance != null) {
              delete this.instances[key2];
              await instance.disconnect();
            }
            return instance != null || deleted > 0;
          }
          limiters() {
            var k, ref, results, v;
            ref = this.instances;
            results = [];
            for (k in ref) {
              v = ref[k];
              results.push({
                key: k,
                limiter: v
              });
            }
            return results;
          }
          keys() {
            return Object.keys(this.instances);
          }
          async clusterKeys() {
            var cursor, end, found, i, k, keys, len, next, start;
            if (this.connection == null) {
              return this.Promise.resolve(this.keys());
            }
            keys = [];
            cursor = null;
            start = `b_${this.id}-`.length;
            end = "_settings".length;
            while (cursor !== 0) {
              [next, found] = await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 1e4]);
              cursor = ~~next;
              for (i = 0, len = found.length; i < len; i++) {
                k = found[i];
                keys.push(k.slice(start, -end));
              }
            }
            return keys;
          }
          _startAutoCleanup() {
            var base;
            clearInterval(this.interval);
            return typeof (base = this.interval = setInterval(async () => {
              var e, k, ref, results, time, v;
              time = Date.now();
              ref = this.instances;
              results = [];
              for (k in ref) {
                v = ref[k];
                try {
                  if (await v._store.__groupCheck__(time)) {
                    results.push(this.deleteKey(k));
                  } else {
                    results.push(void 0);
                  }
                } catch (error) {
                  e = error;
                  results.push(v.Events.trigger("error", e));
                }
              }
              return results;
            }, this.timeout / 2)).unref === "function" ? base.unref() : void 0;
          }
          updateSettings(options = {}) {
            parser$3.overwrite(options, this.defaults, this);
            parser$3.overwrite(options, options, this.limiterOptions);
            if (options.timeout != null) {
              return this._startAutoCleanup();
            }
          }
          disconnect(flush = true) {
            var ref;
            if (!this.sharedConnection) {
              return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
            }
          }
        }
        Group2.prototype.defaults = {
          timeout: 1e3 * 60 * 5,
          connection: null,
          Promise,
          id: "group-key"
        };
        return Group2;
      }).call(commonjsGlobal);
      var Group_1 = Group;
      var Batcher, Events$3, parser$4;
      parser$4 = parser;
      Events$3 = Events_1;
      Batcher = (function() {
        class Batcher2 {
          constructor(options = {}) {
            this.options = options;
            parser$4.load(this.options, this.defaults, this);
            this.Events = new Events$3(this);
            this._arr = [];
            this._resetPromise();
            this._lastFlush = Date.now();
          }
          _resetPromise() {
            return this._promise = new this.Promise((res, rej) => {
              return this._resolve = res;
            });
          }
          _flush() {
            clearTimeout(this._timeout);
            this._lastFlush = Date.now();
            this._resolve();
            this.Events.trigger("batch", this._arr);
            this._arr = [];
            return this._resetPromise();
          }
          add(data) {
            var ret;
            this._arr.push(data);
            ret = this._promise;
            if (this._arr.length === this.maxSize) {
              this._flush();
            } else if (this.maxTime != null && this._arr.length === 1) {
              this._timeout = setTimeout(() => {
                return this._flush();
              }, this.maxTime);
            }
            return ret;
          }
        }
        Batcher2.prototype.defaults = {
          maxTime: null,
          maxSize: null,
          Promise
        };
        return Batcher2;
      }).call(commonjsGlobal);
      var Batcher_1 = Batcher;
      var require$$4$1 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$8 = getCjsExportFromNamespace(version$2);
      var Bottleneck2, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5, splice = [].splice;
      NUM_PRIORITIES$1 = 10;
      DEFAULT_PRIORITY$1 = 5;
      parser$5 = parser;
      Queues$1 = Queues_1;
      Job$1 = Job_1;
      LocalDatastore$1 = LocalDatastore_1;
      RedisDatastore$1 = require$$4$1;
      Events$4 = Events_1;
      States$1 = States_1;
      Sync$1 = Sync_1;
      Bottleneck2 = (function() {
        class Bottleneck3 {
          constructor(options = {}, ...invalid) {
            var storeInstanceOptions, storeOptions;
            this._addToQueue = this._addToQueue.bind(this);
            this._validateOptions(options, invalid);
            parser$5.load(options, this.instanceDefaults, this);
            this._queues = new Queues$1(NUM_PRIORITIES$1);
            this._scheduled = {};
            this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
            this._limiter = null;
            this.Events = new Events$4(this);
            this._submitLock = new Sync$1("submit", this.Promise);
            this._registerLock = new Sync$1("register", this.Promise);
            storeOptions = parser$5.load(options, this.storeDefaults, {});
            this._store = (function() {
              if (this.datastore === "redis" || this.datastore === "ioredis" || this.connection != null) {
                storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
                return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
              } else if (this.datastore === "local") {
                storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
                return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
              } else {
                throw new Bottleneck3.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
              }
            }).call(this);
            this._queues.on("leftzero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
            });
            this._queues.on("zero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
            });
          }
          _validateOptions(options, invalid) {
            if (!(options != null && typeof options === "object" && invalid.length === 0)) {
              throw new Bottleneck3.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
            }
          }
          ready() {
            return this._store.ready;
          }
          clients() {
            return this._store.clients;
          }
          channel() {
            return `b_${this.id}`;
          }
          channel_client() {
            return `b_${this.id}_${this._store.clientId}`;
          }
          publish(message) {
            return this._store.__publish__(message);
          }
          disconnect(flush = true) {
            return this._store.__disconnect__(flush);
          }
          chain(_limiter) {
            this._limiter = _limiter;
            return this;
          }
          queued(priority) {
            return this._queues.queued(priority);
          }
          clusterQueued() {
            return this._store.__queued__();
          }
          empty() {
            return this.queued() === 0 && this._submitLock.isEmpty();
          }
          running() {
            return this._store.__running__();
          }
          done() {
            return this._store.__done__();
          }
          jobStatus(id) {
            return this._states.jobStatus(id);
          }
          jobs(status) {
            return this._states.statusJobs(status);
          }
          counts() {
            return this._states.statusCounts();
          }
          _randomIndex() {
            return Math.random().toString(36).slice(2);
          }
          check(weight = 1) {
            return this._store.__check__(weight);
          }
          _clearGlobalState(index) {
            if (this._scheduled[index] != null) {
              clearTimeout(this._scheduled[index].expiration);
              delete this._scheduled[index];
              return true;
            } else {
              return false;
            }
          }
          async _free(index, job, options, eventInfo) {
            var e, running2;
            try {
              ({ running: running2 } = await this._store.__free__(index, options.weight));
              this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
              if (running2 === 0 && this.empty()) {
                return this.Events.trigger("idle");
              }
            } catch (error1) {
              e = error1;
              return this.Events.trigger("error", e);
            }
          }
          _run(index, job, wait) {
            var clearGlobalState, free, run;
            job.doRun();
            clearGlobalState = this._clearGlobalState.bind(this, index);
            run = this._run.bind(this, index, job);
            free = this._free.bind(this, index, job);
            return this._scheduled[index] = {
              timeout: setTimeout(() => {
                return job.doExecute(this._limiter, clearGlobalState, run, free);
              }, wait),
              expiration: job.options.expiration != null ? setTimeout(function() {
                return job.doExpire(clearGlobalState, run, free);
              }, wait + job.options.expiration) : void 0,
              job
            };
          }
          _drainOne(capacity) {
            return this._registerLock.schedule(() => {
              var args, index, next, options, queue;
              if (this.queued() === 0) {
                return this.Promise.resolve(null);
              }
              queue = this._queues.getFirst();
              ({ options, args } = next = queue.first());
              if (capacity != null && options.weight > capacity) {
                return this.Promise.resolve(null);
              }
              this.Events.trigger("debug", `Draining ${options.id}`, { args, options });
              index = this._randomIndex();
              return this._store.__register__(index, options.weight, options.expiration).then(({ success, wait, reservoir }) => {
                var empty;
                this.Events.trigger("debug", `Drained ${options.id}`, { success, args, options });
                if (success) {
                  queue.shift();
                  empty = this.empty();
                  if (empty) {
                    this.Events.trigger("empty");
                  }
                  if (reservoir === 0) {
                    this.Events.trigger("depleted", empty);
                  }
                  this._run(index, next, wait);
                  return this.Promise.resolve(options.weight);
                } else {
                  return this.Promise.resolve(null);
                }
              });
            });
          }
          _drainAll(capacity, total = 0) {
            return this._drainOne(capacity).then((drained) => {
              var newCapacity;
              if (drained != null) {
                newCapacity = capacity != null ? capacity - drained : capacity;
                return this._drainAll(newCapacity, total + drained);
              } else {
                return this.Promise.resolve(total);
              }
            }).catch((e) => {
              return this.Events.trigger("error", e);
            });
          }
          _dropAllQueued(message) {
            return this._queues.shiftAll(function(job) {
              return job.doDrop({ message });
            });
          }
          stop(options = {}) {
            var done, waitForExecuting;
            options = parser$5.load(options, this.stopDefaults);
            waitForExecuting = (at) => {
              var finished;
              finished = () => {
                var counts2;
                counts2 = this._states.counts;
                return counts2[0] + counts2[1] + counts2[2] + counts2[3] === at;
              };
              return new this.Promise((resolve, reject) => {
                if (finished()) {
                  return resolve();
                } else {
                  return this.on("done", () => {
                    if (finished()) {
                      this.removeAllListeners("done");
                      return resolve();
                    }
                  });
                }
              });
            };
            done = options.dropWaitingJobs ? (this._run = function(index, next) {
              return next.doDrop({
                message: options.dropErrorMessage
              });
            }, this._drainOne = () => {
              return this.Promise.resolve(null);
            }, this._registerLock.schedule(() => {
              return this._submitLock.schedule(() => {
                var k, ref, v;
                ref = this._scheduled;
                for (k in ref) {
                  v = ref[k];
                  if (this.jobStatus(v.job.options.id) === "RUNNING") {
                    clearTimeout(v.timeout);
                    clearTimeout(v.expiration);
                    v.job.doDrop({
                      message: options.dropErrorMessage
                    });
                  }
                }
                this._dropAllQueued(options.dropErrorMessage);
                return waitForExecuting(0);
              });
            })) : this.schedule({
              priority: NUM_PRIORITIES$1 - 1,
              weight: 0
            }, () => {
              return waitForExecuting(1);
            });
            this._receive = function(job) {
              return job._reject(new Bottleneck3.prototype.BottleneckError(options.enqueueErrorMessage));
            };
            this.stop = () => {
              return this.Promise.reject(new Bottleneck3.prototype.BottleneckError("stop() has already been called"));
            };
            return done;
          }
          async _addToQueue(job) {
            var args, blocked, error, options, reachedHWM, shifted, strategy;
            ({ args, options } = job);
            try {
              ({ reachedHWM, blocked, strategy } = await this._store.__submit__(this.queued(), options.weight));
            } catch (error1) {
              error = error1;
              this.Events.trigger("debug", `Could not queue ${options.id}`, { args, options, error });
              job.doDrop({ error });
              return false;
            }
            if (blocked) {
              job.doDrop();
              return true;
            } else if (reachedHWM) {
              shifted = strategy === Bottleneck3.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck3.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck3.prototype.strategy.OVERFLOW ? job : void 0;
              if (shifted != null) {
                shifted.doDrop();
              }
              if (shifted == null || strategy === Bottleneck3.prototype.strategy.OVERFLOW) {
                if (shifted == null) {
                  job.doDrop();
                }
                return reachedHWM;
              }
            }
            job.doQueue(reachedHWM, blocked);
            this._queues.push(job);
            await this._drainAll();
            return reachedHWM;
          }
          _receive(job) {
            if (this._states.jobStatus(job.options.id) != null) {
              job._reject(new Bottleneck3.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
              return false;
            } else {
              job.doReceive();
              return this._submitLock.schedule(this._addToQueue, job);
            }
          }
          submit(...args) {
            var cb, fn, job, options, ref, ref1, task;
            if (typeof args[0] === "function") {
              ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
              options = parser$5.load({}, this.jobDefaults);
            } else {
              ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
              options = parser$5.load(options, this.jobDefaults);
            }
            task = (...args2) => {
              return new this.Promise(function(resolve, reject) {
                return fn(...args2, function(...args3) {
                  return (args3[0] != null ? reject : resolve)(args3);
                });
              });
            };
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            job.promise.then(function(args2) {
              return typeof cb === "function" ? cb(...args2) : void 0;
            }).catch(function(args2) {
              if (Array.isArray(args2)) {
                return typeof cb === "function" ? cb(...args2) : void 0;
              } else {
                return typeof cb === "function" ? cb(args2) : void 0;
              }
            });
            return this._receive(job);
          }
          schedule(...args) {
            var job, options, task;
            if (typeof args[0] === "function") {
              [task, ...args] = args;
              options = {};
            } else {
              [options, task, ...args] = args;
            }
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            this._receive(job);
            return job.promise;
          }
          wrap(fn) {
            var schedule, wrapped;
            schedule = this.schedule.bind(this);
            wrapped = function(...args) {
              return schedule(fn.bind(this), ...args);
            };
            wrapped.withOptions = function(options, ...args) {
              return schedule(options, fn, ...args);
            };
            return wrapped;
          }
          async updateSettings(options = {}) {
            await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
            parser$5.overwrite(options, this.instanceDefaults, this);
            return this;
          }
          currentReservoir() {
            return this._store.__currentReservoir__();
          }
          incrementReservoir(incr = 0) {
            return this._store.__incrementReservoir__(incr);
          }
        }
        Bottleneck3.default = Bottleneck3;
        Bottleneck3.Events = Events$4;
        Bottleneck3.version = Bottleneck3.prototype.version = require$$8.version;
        Bottleneck3.strategy = Bottleneck3.prototype.strategy = {
          LEAK: 1,
          OVERFLOW: 2,
          OVERFLOW_PRIORITY: 4,
          BLOCK: 3
        };
        Bottleneck3.BottleneckError = Bottleneck3.prototype.BottleneckError = BottleneckError_1;
        Bottleneck3.Group = Bottleneck3.prototype.Group = Group_1;
        Bottleneck3.RedisConnection = Bottleneck3.prototype.RedisConnection = require$$2;
        Bottleneck3.IORedisConnection = Bottleneck3.prototype.IORedisConnection = require$$3;
        Bottleneck3.Batcher = Bottleneck3.prototype.Batcher = Batcher_1;
        Bottleneck3.prototype.jobDefaults = {
          priority: DEFAULT_PRIORITY$1,
          weight: 1,
          expiration: null,
          id: "<no-id>"
        };
        Bottleneck3.prototype.storeDefaults = {
          maxConcurrent: null,
          minTime: 0,
          highWater: null,
          strategy: Bottleneck3.prototype.strategy.LEAK,
          penalty: null,
          reservoir: null,
          reservoirRefreshInterval: null,
          reservoirRefreshAmount: null,
          reservoirIncreaseInterval: null,
          reservoirIncreaseAmount: null,
          reservoirIncreaseMaximum: null
        };
        Bottleneck3.prototype.localStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 250
        };
        Bottleneck3.prototype.redisStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 5e3,
          clientTimeout: 1e4,
          Redis: null,
          clientOptions: {},
          clusterNodes: null,
          clearDatastore: false,
          connection: null
        };
        Bottleneck3.prototype.instanceDefaults = {
          datastore: "local",
          connection: null,
          id: "<no-id>",
          rejectOnDrop: true,
          trackDoneStatus: false,
          Promise
        };
        Bottleneck3.prototype.stopDefaults = {
          enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
          dropWaitingJobs: true,
          dropErrorMessage: "This limiter has been stopped."
        };
        return Bottleneck3;
      }).call(commonjsGlobal);
      var Bottleneck_1 = Bottleneck2;
      var lib = Bottleneck_1;
      return lib;
    }));
  }
});

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError;
var init_dist_src = __esm({
  "node_modules/@octokit/request-error/dist-src/index.js"() {
    RequestError = class extends Error {
      name;
      /**
       * http status code
       */
      status;
      /**
       * Request options that lead to the error.
       */
      request;
      /**
       * Response object if a response was received
       */
      response;
      constructor(message, statusCode, options) {
        super(message, { cause: options.cause });
        this.name = "HttpError";
        this.status = Number.parseInt(statusCode);
        if (Number.isNaN(this.status)) {
          this.status = 0;
        }
        if ("response" in options) {
          this.response = options.response;
        }
        const requestCopy = Object.assign({}, options.request);
        if (options.request.headers.authorization) {
          requestCopy.headers = Object.assign({}, options.request.headers, {
            authorization: options.request.headers.authorization.replace(
              /(?<! ) .*$/,
              " [REDACTED]"
            )
          });
        }
        requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
        this.request = requestCopy;
      }
    };
  }
});

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}
async function wrapRequest(state, octokit, request2, options) {
  const limiter = new import_light.default();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request2),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request2, options) {
  const response = await request2(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
var import_light, VERSION2;
var init_dist_bundle = __esm({
  "node_modules/@octokit/plugin-retry/dist-bundle/index.js"() {
    import_light = __toESM(require_light(), 1);
    init_dist_src();
    VERSION2 = "0.0.0-development";
    retry.VERSION = VERSION2;
  }
});

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
function wrapRequest2(state, request2, options) {
  return state.retryLimiter.schedule(doRequest, state, request2, options);
}
async function doRequest(state, request2, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request2.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request2, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
function routeMatcher(paths) {
  const regexes = paths.map(
    (path19) => path19.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck: Bottleneck2 = import_light2.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck2, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck2();
    const events = {};
    const emitter = new Bottleneck2.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request2, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request2.retryCount;
      request2.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request2.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request2, options) => {
    initializeBottleneck();
    return wrapRequest2(state, request2, options);
  });
  return {};
}
var import_light2, VERSION3, noop, triggers_notification_paths_default, regex, triggersNotification, groups, createGroups;
var init_dist_bundle2 = __esm({
  "node_modules/@octokit/plugin-throttling/dist-bundle/index.js"() {
    import_light2 = __toESM(require_light(), 1);
    VERSION3 = "0.0.0-development";
    noop = () => Promise.resolve();
    triggers_notification_paths_default = [
      "/orgs/{org}/invitations",
      "/orgs/{org}/invitations/{invitation_id}",
      "/orgs/{org}/teams/{team_slug}/discussions",
      "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
      "/repos/{owner}/{repo}/collaborators/{username}",
      "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
      "/repos/{owner}/{repo}/issues",
      "/repos/{owner}/{repo}/issues/{issue_number}/comments",
      "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
      "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
      "/repos/{owner}/{repo}/pulls",
      "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
      "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
      "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
      "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
      "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
      "/repos/{owner}/{repo}/releases",
      "/teams/{team_id}/discussions",
      "/teams/{team_id}/discussions/{discussion_number}/comments"
    ];
    regex = routeMatcher(triggers_notification_paths_default);
    triggersNotification = regex.test.bind(regex);
    groups = {};
    createGroups = function(Bottleneck2, common) {
      groups.global = new Bottleneck2.Group({
        id: "octokit-global",
        maxConcurrent: 10,
        ...common
      });
      groups.auth = new Bottleneck2.Group({
        id: "octokit-auth",
        maxConcurrent: 1,
        ...common
      });
      groups.search = new Bottleneck2.Group({
        id: "octokit-search",
        maxConcurrent: 1,
        minTime: 2e3,
        ...common
      });
      groups.write = new Bottleneck2.Group({
        id: "octokit-write",
        maxConcurrent: 1,
        minTime: 1e3,
        ...common
      });
      groups.notifications = new Bottleneck2.Group({
        id: "octokit-notifications",
        maxConcurrent: 1,
        minTime: 3e3,
        ...common
      });
    };
    throttling.VERSION = VERSION3;
    throttling.triggersNotification = triggersNotification;
  }
});

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}
var init_universal_user_agent = __esm({
  "node_modules/universal-user-agent/index.js"() {
  }
});

// node_modules/before-after-hook/lib/register.js
function register2(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register2.bind(null, state, name2, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}
var init_register = __esm({
  "node_modules/before-after-hook/lib/register.js"() {
  }
});

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = (method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    };
  }
  if (kind === "after") {
    hook2 = (method, options) => {
      let result;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result = result_;
        return orig(result, options);
      }).then(() => {
        return result;
      });
    };
  }
  if (kind === "error") {
    hook2 = (method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error) => {
        return orig(error, options);
      });
    };
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}
var init_add = __esm({
  "node_modules/before-after-hook/lib/add.js"() {
  }
});

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}
var init_remove = __esm({
  "node_modules/before-after-hook/lib/remove.js"() {
  }
});

// node_modules/before-after-hook/index.js
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register2.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register2.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var bind, bindable, before_after_hook_default;
var init_before_after_hook = __esm({
  "node_modules/before-after-hook/index.js"() {
    init_register();
    init_add();
    init_remove();
    bind = Function.bind;
    bindable = bind.bind(bind);
    before_after_hook_default = { Singular, Collection };
  }
});

// node_modules/@octokit/endpoint/dist-bundle/index.js
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key2) => {
    newObj[key2.toLowerCase()] = object[key2];
    return newObj;
  }, {});
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key2) => {
    if (isPlainObject(options[key2])) {
      if (!(key2 in defaults)) Object.assign(result, { [key2]: options[key2] });
      else result[key2] = mergeDeep(defaults[key2], options[key2]);
    } else {
      Object.assign(result, { [key2]: options[key2] });
    }
  });
  return result;
}
function removeUndefinedProperties(obj2) {
  for (const key2 in obj2) {
    if (obj2[key2] === void 0) {
      delete obj2[key2];
    }
  }
  return obj2;
}
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key2 of Object.keys(object)) {
    if (keysToOmit.indexOf(key2) === -1) {
      result[key2] = object[key2];
    }
  }
  return result;
}
function encodeReserved(str5) {
  return str5.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str5) {
  return encodeURIComponent(str5).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key2) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key2) {
    return encodeUnreserved(key2) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key2, modifier) {
  var value = context[key2], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key2 : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key2 : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key2) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key2));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key2) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl2(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
function parse2(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl2(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}
function endpointWithDefaults(defaults, route, options) {
  return parse2(merge(defaults, route, options));
}
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS22 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS22);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS22,
    defaults: withDefaults.bind(null, DEFAULTS22),
    merge: merge.bind(null, DEFAULTS22),
    parse: parse2
  });
}
var VERSION4, userAgent, DEFAULTS2, urlVariableRegex, endpoint;
var init_dist_bundle3 = __esm({
  "node_modules/@octokit/endpoint/dist-bundle/index.js"() {
    init_universal_user_agent();
    VERSION4 = "0.0.0-development";
    userAgent = `octokit-endpoint.js/${VERSION4} ${getUserAgent()}`;
    DEFAULTS2 = {
      method: "GET",
      baseUrl: "https://api.github.com",
      headers: {
        accept: "application/vnd.github.v3+json",
        "user-agent": userAgent
      },
      mediaType: {
        format: ""
      }
    };
    urlVariableRegex = /\{[^{}}]+\}/g;
    endpoint = withDefaults(null, DEFAULTS2);
  }
});

// node_modules/content-type/dist/index.js
function parse3(header, options) {
  const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
  const len = header.length;
  let valueStart = options?.start ?? 0;
  while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
    valueStart++;
  }
  let index = valueStart;
  let typeFlags = 0;
  let whitespace = -1;
  let stop = options?.parameters === false ? COMMA_FLAG : 0;
  while (index < len) {
    const code4 = header.charCodeAt(index);
    const flags = CHAR_MAP[code4];
    if ((flags & stopFlags) !== 0) {
      stop |= flags & COMMA_FLAG;
      break;
    }
    if ((flags & OWS) !== 0) {
      if (whitespace === -1)
        whitespace = index;
    } else {
      whitespace = -1;
    }
    typeFlags |= code4 & NON_ASCII | flags;
    index++;
  }
  const valueEnd = whitespace === -1 ? index : whitespace;
  const value = header.slice(valueStart, valueEnd);
  const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
  if (index === len || stop !== 0) {
    return { type, index, parameters: new NullObject() };
  }
  return parseParameters(header, type, index, len, stopFlags);
}
function parseParameters(header, type, index, len, stopFlags) {
  const parameters = new NullObject();
  parameter: while (index < len) {
    index++;
    while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
      index++;
    }
    const keyStart = index;
    let keyFlags = 0;
    let keyWhitespace = -1;
    while (index < len) {
      const code4 = header.charCodeAt(index);
      const flags = CHAR_MAP[code4];
      if ((flags & stopFlags) !== 0) {
        if ((flags & COMMA_FLAG) !== 0)
          break parameter;
        continue parameter;
      }
      if (code4 === EQ2) {
        const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
        const value = header.slice(keyStart, keyEnd);
        const key2 = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
        index++;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
          index++;
        }
        if (index < len && header.charCodeAt(index) === DQUOTE) {
          const quotedStart = ++index;
          let escaped = false;
          while (index < len) {
            const code5 = header.charCodeAt(index);
            if (code5 === DQUOTE) {
              if (parameters[key2] === void 0) {
                parameters[key2] = escaped ? unescapeQuotedPairs(header, quotedStart, index) : header.slice(quotedStart, index);
              }
              index++;
              let stop2 = 0;
              while (index < len) {
                const code6 = header.charCodeAt(index);
                const flags2 = CHAR_MAP[code6];
                if ((flags2 & stopFlags) !== 0) {
                  stop2 = flags2 & COMMA_FLAG;
                  break;
                }
                index++;
              }
              if (stop2 !== 0)
                break parameter;
              continue parameter;
            }
            if (code5 === BSLASH && index + 1 < len) {
              escaped = true;
              index += 2;
              continue;
            }
            index++;
          }
          continue parameter;
        }
        const valueStart = index;
        let stop = 0;
        let valueWhitespace = -1;
        while (index < len) {
          const code5 = header.charCodeAt(index);
          const flags2 = CHAR_MAP[code5];
          if ((flags2 & stopFlags) !== 0) {
            stop = flags2 & COMMA_FLAG;
            break;
          }
          if ((flags2 & OWS) !== 0) {
            if (valueWhitespace === -1)
              valueWhitespace = index;
          } else {
            valueWhitespace = -1;
          }
          index++;
        }
        if (parameters[key2] === void 0) {
          const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
          parameters[key2] = header.slice(valueStart, valueEnd);
        }
        if (stop !== 0)
          break parameter;
        continue parameter;
      }
      if ((flags & OWS) !== 0) {
        if (keyWhitespace === -1)
          keyWhitespace = index;
      } else {
        keyWhitespace = -1;
      }
      keyFlags |= code4 & NON_ASCII | flags;
      index++;
    }
  }
  return { type, index, parameters };
}
function unescapeQuotedPairs(str5, start, end) {
  let result = "";
  for (let index = start; index < end; index++) {
    if (str5.charCodeAt(index) === BSLASH) {
      result += str5.slice(start, index);
      start = ++index;
    }
  }
  return result + str5.slice(start, end);
}
var SP, HTAB, SEMI2, EQ2, DQUOTE, BSLASH, COMMA2, LOWER_CASE, OWS, SEMI_FLAG, COMMA_FLAG, TOKEN_FLAG, NON_ASCII, CASE_FLAGS, CHAR_MAP, NullObject;
var init_dist = __esm({
  "node_modules/content-type/dist/index.js"() {
    SP = 32;
    HTAB = 9;
    SEMI2 = 59;
    EQ2 = 61;
    DQUOTE = 34;
    BSLASH = 92;
    COMMA2 = 44;
    LOWER_CASE = 1;
    OWS = 2;
    SEMI_FLAG = 4;
    COMMA_FLAG = 8;
    TOKEN_FLAG = 16;
    NON_ASCII = 65280;
    CASE_FLAGS = LOWER_CASE | NON_ASCII;
    CHAR_MAP = new Uint8Array(256);
    CHAR_MAP[HTAB] |= OWS;
    CHAR_MAP[SP] |= OWS;
    CHAR_MAP[SEMI2] |= SEMI_FLAG;
    CHAR_MAP[COMMA2] |= COMMA_FLAG;
    for (let code4 = 128; code4 <= 255; code4++) {
      CHAR_MAP[code4] |= LOWER_CASE;
    }
    for (const char of "!#$%&'*+-.^_`|~") {
      CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
    }
    for (let code4 = 48; code4 <= 57; code4++) {
      CHAR_MAP[code4] |= TOKEN_FLAG;
    }
    for (let code4 = 65; code4 <= 90; code4++) {
      CHAR_MAP[code4] |= LOWER_CASE | TOKEN_FLAG;
    }
    for (let code4 = 97; code4 <= 122; code4++) {
      CHAR_MAP[code4] |= TOKEN_FLAG;
    }
    NullObject = /* @__PURE__ */ (() => {
      const C = function() {
      };
      C.prototype = /* @__PURE__ */ Object.create(null);
      return C;
    })();
  }
});

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex, noiseValue, originalStringify, originalParse, customFormat, bigIntsStringify, noiseStringify, isUnstringifiable, isRawJSON, stringifyIteratively, JSONStringify, featureCache, isContextSourceSupported, convertMarkedBigIntsReviver, JSONParseV2, MAX_INT, MAX_DIGITS, stringsOrLargeNumbers, noiseValueWithQuotes, applyReviverIteratively, serializeBigInts, JSONParse;
var init_json_with_bigint = __esm({
  "node_modules/json-with-bigint/json-with-bigint.js"() {
    intRegex = /^-?\d+$/;
    noiseValue = /^-?\d+n+$/;
    originalStringify = JSON.stringify;
    originalParse = JSON.parse;
    customFormat = /^-?\d+n$/;
    bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
    noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
    isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
    isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
    stringifyIteratively = (rootValue, replacer, spaceParam) => {
      let space = "";
      if (typeof spaceParam === "number") {
        space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
      } else if (typeof spaceParam === "string") {
        space = spaceParam.slice(0, 10);
      }
      const isFunctionReplacer = typeof replacer === "function";
      const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
      const prepareVal = (parent, key2, val) => {
        const isObject2 = val !== null && typeof val === "object";
        const hasToJSON = isObject2 && typeof val.toJSON === "function";
        if (hasToJSON) {
          val = val.toJSON(key2);
        }
        const isNoise = typeof val === "string" && noiseValue.test(val);
        if (isNoise) return val + "n";
        const isBigInt = typeof val === "bigint";
        if (isBigInt) {
          const supportsRawJSON = "rawJSON" in JSON;
          if (supportsRawJSON) return JSON.rawJSON(val.toString());
          return val.toString() + "n";
        }
        if (isFunctionReplacer) {
          val = replacer.call(parent, key2, val);
        }
        const isPostReplacerObject = val !== null && typeof val === "object";
        if (isPostReplacerObject) {
          const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
          if (isPrimitiveWrapper) {
            val = val.valueOf();
          }
        }
        return val;
      };
      const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
      if (isUnstringifiable(rootProcessed)) {
        return void 0;
      }
      const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
      const isRootNativeRawJSON = isRawJSON(rootProcessed);
      if (isRootPrimitive || isRootNativeRawJSON) {
        return originalStringify(rootProcessed);
      }
      const chunks = [];
      let level = 0;
      const stack = [
        {
          parent: { "": rootProcessed },
          key: "",
          val: rootProcessed,
          isArray: Array.isArray(rootProcessed),
          keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
          index: 0,
          first: true
        }
      ];
      const visited = new WeakSet([rootProcessed]);
      while (stack.length > 0) {
        const node = stack[stack.length - 1];
        if (node.index === 0) {
          chunks.push(node.isArray ? "[" : "{");
          level++;
        }
        let isDone = false;
        if (node.isArray) {
          if (node.index < node.val.length) {
            if (!node.first) chunks.push(",");
            if (space) chunks.push("\n" + space.repeat(level));
            const childRaw = node.val[node.index];
            const childVal = prepareVal(node.val, String(node.index), childRaw);
            if (isUnstringifiable(childVal)) {
              chunks.push("null");
              node.first = false;
              node.index++;
            } else {
              const isComplexObject = childVal !== null && typeof childVal === "object";
              const isNativeRaw = isRawJSON(childVal);
              if (isComplexObject && !isNativeRaw) {
                if (visited.has(childVal)) {
                  throw new TypeError("Converting circular structure to JSON");
                }
                visited.add(childVal);
                stack.push({
                  parent: node.val,
                  key: String(node.index),
                  val: childVal,
                  isArray: Array.isArray(childVal),
                  keys: Array.isArray(childVal) ? null : Object.keys(childVal),
                  index: 0,
                  first: true
                });
                node.first = false;
                node.index++;
              } else {
                chunks.push(originalStringify(childVal));
                node.first = false;
                node.index++;
              }
            }
          } else {
            isDone = true;
          }
        } else {
          while (node.index < node.keys.length) {
            const k = node.keys[node.index++];
            const isFilteredOutByArray = propertyList && !propertyList.has(k);
            if (isFilteredOutByArray) continue;
            const childRaw = node.val[k];
            const childVal = prepareVal(node.val, k, childRaw);
            if (isUnstringifiable(childVal)) continue;
            if (!node.first) chunks.push(",");
            if (space) {
              chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
            } else {
              chunks.push(originalStringify(k) + ":");
            }
            const isComplexObject = childVal !== null && typeof childVal === "object";
            const isNativeRaw = isRawJSON(childVal);
            if (isComplexObject && !isNativeRaw) {
              if (visited.has(childVal)) {
                throw new TypeError("Converting circular structure to JSON");
              }
              visited.add(childVal);
              stack.push({
                parent: node.val,
                key: k,
                val: childVal,
                isArray: Array.isArray(childVal),
                keys: Array.isArray(childVal) ? null : Object.keys(childVal),
                index: 0,
                first: true
              });
              node.first = false;
              break;
            } else {
              chunks.push(originalStringify(childVal));
              node.first = false;
            }
          }
          const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
          if (isNodeFullyProcessed) {
            isDone = true;
          }
        }
        if (isDone) {
          level--;
          if (!node.first && space) chunks.push("\n" + space.repeat(level));
          chunks.push(node.isArray ? "]" : "}");
          visited.delete(node.val);
          stack.pop();
        }
      }
      return chunks.join("");
    };
    JSONStringify = (value, replacer, space) => {
      try {
        const supportsRawJSON = "rawJSON" in JSON;
        if (supportsRawJSON) {
          return originalStringify(
            value,
            (key2, val) => {
              if (typeof val === "bigint") return JSON.rawJSON(val.toString());
              const hasFunctionReplacer = typeof replacer === "function";
              if (hasFunctionReplacer) return replacer(key2, val);
              const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key2);
              if (isKeyInArrayReplacer) return val;
              return val;
            },
            space
          );
        }
        if (!value) return originalStringify(value, replacer, space);
        const convertedToCustomJSON = originalStringify(
          value,
          (key2, val) => {
            const isNoise = typeof val === "string" && noiseValue.test(val);
            if (isNoise) return val.toString() + "n";
            if (typeof val === "bigint") return val.toString() + "n";
            const hasFunctionReplacer = typeof replacer === "function";
            if (hasFunctionReplacer) return replacer(key2, val);
            const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key2);
            if (isKeyInArrayReplacer) return val;
            return val;
          },
          space
        );
        const processedJSON = convertedToCustomJSON.replace(
          bigIntsStringify,
          "$1$2$3"
        );
        const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
        return denoisedJSON;
      } catch (error) {
        if (error instanceof RangeError) {
          const convertedJSON = stringifyIteratively(value, replacer, space);
          if (convertedJSON === void 0) return void 0;
          const supportsRawJSON = "rawJSON" in JSON;
          if (supportsRawJSON) return convertedJSON;
          const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
          return processedJSON.replace(noiseStringify, "$1$2$3");
        }
        throw error;
      }
    };
    featureCache = /* @__PURE__ */ new Map();
    isContextSourceSupported = () => {
      const parseFingerprint = JSON.parse.toString();
      if (featureCache.has(parseFingerprint)) {
        return featureCache.get(parseFingerprint);
      }
      try {
        const result = JSON.parse(
          "1",
          (_, __, context) => !!context?.source && context.source === "1"
        );
        featureCache.set(parseFingerprint, result);
        return result;
      } catch {
        featureCache.set(parseFingerprint, false);
        return false;
      }
    };
    convertMarkedBigIntsReviver = (key2, value, context, userReviver) => {
      const isCustomFormatBigInt = typeof value === "string" && customFormat.test(value);
      if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));
      const isNoiseValue = typeof value === "string" && noiseValue.test(value);
      if (isNoiseValue) return value.slice(0, -1);
      const hasUserReviver = typeof userReviver === "function";
      if (!hasUserReviver) return value;
      return userReviver(key2, value, context);
    };
    JSONParseV2 = (text, reviver) => {
      return JSON.parse(text, (key2, value, context) => {
        const isNumber = typeof value === "number";
        const isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
        const isBigNumber = isNumber && isOutOfBounds;
        const isInt = context && intRegex.test(context.source);
        const isBigInt = isBigNumber && isInt;
        if (isBigInt) return BigInt(context.source);
        const hasCustomReviver = typeof reviver === "function";
        if (!hasCustomReviver) return value;
        return reviver(key2, value, context);
      });
    };
    MAX_INT = Number.MAX_SAFE_INTEGER.toString();
    MAX_DIGITS = MAX_INT.length;
    stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
    noiseValueWithQuotes = /^"-?\d+n+"$/;
    applyReviverIteratively = (parsed, userReviver) => {
      const rootHolder = { "": parsed };
      const stack = [{ parent: rootHolder, key: "", visited: false }];
      while (stack.length > 0) {
        const node = stack[stack.length - 1];
        if (!node.visited) {
          node.visited = true;
          const value = node.parent[node.key];
          const isComplexObject = value !== null && typeof value === "object";
          if (isComplexObject) {
            const keys = Object.keys(value);
            for (let i = keys.length - 1; i >= 0; i--) {
              stack.push({ parent: value, key: keys[i], visited: false });
            }
          }
        } else {
          const { parent, key: key2 } = node;
          let value = parent[key2];
          if (typeof value === "string") {
            const isCustomFormatBigInt = customFormat.test(value);
            if (isCustomFormatBigInt) {
              value = BigInt(value.slice(0, -1));
            } else {
              const isNoise = noiseValue.test(value);
              if (isNoise) value = value.slice(0, -1);
            }
          }
          const hasUserReviver = typeof userReviver === "function";
          if (hasUserReviver) {
            value = userReviver.call(parent, key2, value);
          }
          const isDeleted = value === void 0;
          if (isDeleted) {
            delete parent[key2];
          } else {
            parent[key2] = value;
          }
          stack.pop();
        }
      }
      return rootHolder[""];
    };
    serializeBigInts = (text) => {
      return text.replace(
        stringsOrLargeNumbers,
        (match, digits, fractional, exponential) => {
          const isString = match[0] === '"';
          const isNoise = isString && noiseValueWithQuotes.test(match);
          if (isNoise) return match.substring(0, match.length - 1) + 'n"';
          const hasFractionalOrExponential = fractional || exponential;
          const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
          const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
          if (isStandardValue) return match;
          return '"' + match + 'n"';
        }
      );
    };
    JSONParse = (text, reviver) => {
      if (!text) return originalParse(text, reviver);
      try {
        if (isContextSourceSupported()) return JSONParseV2(text, reviver);
        const serializedData = serializeBigInts(text);
        return originalParse(
          serializedData,
          (key2, value, context) => convertMarkedBigIntsReviver(key2, value, context, reviver)
        );
      } catch (error) {
        if (error instanceof RangeError) {
          const serializedData = serializeBigInts(text);
          const parsed = originalParse(serializedData);
          return applyReviverIteratively(parsed, reviver);
        }
        throw error;
      }
    };
  }
});

// node_modules/@octokit/request/dist-bundle/index.js
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject2(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key2, value] of fetchResponse.headers) {
    responseHeaders[key2] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop2);
  }
  const mimetype = parse3(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop2);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults2(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2)
  });
}
var VERSION5, defaults_default, noop2, request;
var init_dist_bundle4 = __esm({
  "node_modules/@octokit/request/dist-bundle/index.js"() {
    init_dist_bundle3();
    init_universal_user_agent();
    init_dist();
    init_json_with_bigint();
    init_dist_src();
    VERSION5 = "10.0.16";
    defaults_default = {
      headers: {
        "user-agent": `octokit-request.js/${VERSION5} ${getUserAgent()}`
      }
    };
    noop2 = () => "";
    request = withDefaults2(endpoint, defaults_default);
  }
});

// node_modules/@octokit/graphql/dist-bundle/index.js
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key2 in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key2)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key2}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key2) => {
    if (NON_VARIABLE_OPTIONS.includes(key2)) {
      result[key2] = parsedOptions[key2];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key2] = parsedOptions[key2];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key2 of Object.keys(response.headers)) {
        headers[key2] = response.headers[key2];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults3(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}
var VERSION6, GraphqlResponseError, NON_VARIABLE_OPTIONS, FORBIDDEN_VARIABLE_OPTIONS, GHES_V3_SUFFIX_REGEX, graphql2;
var init_dist_bundle5 = __esm({
  "node_modules/@octokit/graphql/dist-bundle/index.js"() {
    init_dist_bundle4();
    init_universal_user_agent();
    VERSION6 = "0.0.0-development";
    GraphqlResponseError = class extends Error {
      constructor(request2, headers, response) {
        super(_buildMessageForResponseErrors(response));
        this.request = request2;
        this.headers = headers;
        this.response = response;
        this.errors = response.errors;
        this.data = response.data;
        if (Error.captureStackTrace) {
          Error.captureStackTrace(this, this.constructor);
        }
      }
      request;
      headers;
      response;
      name = "GraphqlResponseError";
      errors;
      data;
    };
    NON_VARIABLE_OPTIONS = [
      "method",
      "baseUrl",
      "url",
      "headers",
      "request",
      "query",
      "mediaType",
      "operationName"
    ];
    FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
    GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
    graphql2 = withDefaults3(request, {
      headers: {
        "user-agent": `octokit-graphql.js/${VERSION6} ${getUserAgent()}`
      },
      method: "POST",
      url: "/graphql"
    });
  }
});

// node_modules/@octokit/auth-token/dist-bundle/index.js
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(
    route,
    parameters
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint2);
}
var b64url, sep, jwtRE, isJWT, createTokenAuth;
var init_dist_bundle6 = __esm({
  "node_modules/@octokit/auth-token/dist-bundle/index.js"() {
    b64url = "(?:[a-zA-Z0-9_-]+)";
    sep = "\\.";
    jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
    isJWT = jwtRE.test.bind(jwtRE);
    createTokenAuth = function createTokenAuth2(token) {
      if (!token) {
        throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
      }
      if (typeof token !== "string") {
        throw new Error(
          "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
        );
      }
      token = token.replace(/^(token|bearer) +/i, "");
      return Object.assign(auth.bind(null, token), {
        hook: hook.bind(null, token)
      });
    };
  }
});

// node_modules/@octokit/core/dist-src/version.js
var VERSION7;
var init_version = __esm({
  "node_modules/@octokit/core/dist-src/version.js"() {
    VERSION7 = "7.0.8";
  }
});

// node_modules/@octokit/core/dist-src/index.js
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop3;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop3;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var noop3, consoleWarn, consoleError, userAgentTrail, Octokit;
var init_dist_src2 = __esm({
  "node_modules/@octokit/core/dist-src/index.js"() {
    init_universal_user_agent();
    init_before_after_hook();
    init_dist_bundle4();
    init_dist_bundle5();
    init_dist_bundle6();
    init_version();
    noop3 = () => {
    };
    consoleWarn = console.warn.bind(console);
    consoleError = console.error.bind(console);
    userAgentTrail = `octokit-core.js/${VERSION7} ${getUserAgent()}`;
    Octokit = class {
      static VERSION = VERSION7;
      static defaults(defaults) {
        const OctokitWithDefaults = class extends this {
          constructor(...args) {
            const options = args[0] || {};
            if (typeof defaults === "function") {
              super(defaults(options));
              return;
            }
            super(
              Object.assign(
                {},
                defaults,
                options,
                options.userAgent && defaults.userAgent ? {
                  userAgent: `${options.userAgent} ${defaults.userAgent}`
                } : null
              )
            );
          }
        };
        return OctokitWithDefaults;
      }
      static plugins = [];
      /**
       * Attach a plugin (or many) to your Octokit instance.
       *
       * @example
       * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
       */
      static plugin(...newPlugins) {
        const currentPlugins = this.plugins;
        const NewOctokit = class extends this {
          static plugins = currentPlugins.concat(
            newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
          );
        };
        return NewOctokit;
      }
      constructor(options = {}) {
        const hook2 = new before_after_hook_default.Collection();
        const requestDefaults = {
          baseUrl: request.endpoint.DEFAULTS.baseUrl,
          headers: {},
          request: Object.assign({}, options.request, {
            // @ts-ignore internal usage only, no need to type
            hook: hook2.bind(null, "request")
          }),
          mediaType: {
            previews: [],
            format: ""
          }
        };
        requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
        if (options.baseUrl) {
          requestDefaults.baseUrl = options.baseUrl;
        }
        if (options.previews) {
          requestDefaults.mediaType.previews = options.previews;
        }
        if (options.timeZone) {
          requestDefaults.headers["time-zone"] = options.timeZone;
        }
        this.request = request.defaults(requestDefaults);
        this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
        this.log = createLogger(options.log);
        this.hook = hook2;
        if (!options.authStrategy) {
          if (!options.auth) {
            this.auth = async () => ({
              type: "unauthenticated"
            });
          } else {
            const auth2 = createTokenAuth(options.auth);
            hook2.wrap("request", auth2.hook);
            this.auth = auth2;
          }
        } else {
          const { authStrategy, ...otherOptions } = options;
          const auth2 = authStrategy(
            Object.assign(
              {
                request: this.request,
                log: this.log,
                // we pass the current octokit instance as well as its constructor options
                // to allow for authentication strategies that return a new octokit instance
                // that shares the same internal state as the current one. The original
                // requirement for this was the "event-octokit" authentication strategy
                // of https://github.com/probot/octokit-auth-probot.
                octokit: this,
                octokitOptions: otherOptions
              },
              options.auth
            )
          );
          hook2.wrap("request", auth2.hook);
          this.auth = auth2;
        }
        const classConstructor = this.constructor;
        for (let i = 0; i < classConstructor.plugins.length; ++i) {
          Object.assign(this, classConstructor.plugins[i](this, options));
        }
      }
      // assigned during constructor
      request;
      graphql;
      log;
      hook;
      // TODO: type `octokit.auth` based on passed options.authStrategy
      auth;
    };
  }
});

// node_modules/@octokit/plugin-request-log/dist-src/version.js
var VERSION8;
var init_version2 = __esm({
  "node_modules/@octokit/plugin-request-log/dist-src/version.js"() {
    VERSION8 = "6.0.0";
  }
});

// node_modules/@octokit/plugin-request-log/dist-src/index.js
function requestLog(octokit) {
  octokit.hook.wrap("request", (request2, options) => {
    octokit.log.debug("request", options);
    const start = Date.now();
    const requestOptions = octokit.request.endpoint.parse(options);
    const path19 = requestOptions.url.replace(options.baseUrl, "");
    return request2(options).then((response) => {
      const requestId = response.headers["x-github-request-id"];
      octokit.log.info(
        `${requestOptions.method} ${path19} - ${response.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      return response;
    }).catch((error) => {
      const requestId = error.response?.headers["x-github-request-id"] || "UNKNOWN";
      octokit.log.error(
        `${requestOptions.method} ${path19} - ${error.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      throw error;
    });
  });
}
var init_dist_src3 = __esm({
  "node_modules/@octokit/plugin-request-log/dist-src/index.js"() {
    init_version2();
    requestLog.VERSION = VERSION8;
  }
});

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
var VERSION9, composePaginateRest;
var init_dist_bundle7 = __esm({
  "node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js"() {
    VERSION9 = "0.0.0-development";
    composePaginateRest = Object.assign(paginate, {
      iterator
    });
    paginateRest.VERSION = VERSION9;
  }
});

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
var VERSION10;
var init_version3 = __esm({
  "node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js"() {
    VERSION10 = "17.0.0";
  }
});

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
var Endpoints, endpoints_default;
var init_endpoints = __esm({
  "node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js"() {
    Endpoints = {
      actions: {
        addCustomLabelsToSelfHostedRunnerForOrg: [
          "POST /orgs/{org}/actions/runners/{runner_id}/labels"
        ],
        addCustomLabelsToSelfHostedRunnerForRepo: [
          "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
        ],
        addRepoAccessToSelfHostedRunnerGroupInOrg: [
          "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
        ],
        addSelectedRepoToOrgSecret: [
          "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
        ],
        addSelectedRepoToOrgVariable: [
          "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
        ],
        approveWorkflowRun: [
          "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
        ],
        cancelWorkflowRun: [
          "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
        ],
        createEnvironmentVariable: [
          "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
        ],
        createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
        createOrUpdateEnvironmentSecret: [
          "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
        ],
        createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
        createOrUpdateRepoSecret: [
          "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
        ],
        createOrgVariable: ["POST /orgs/{org}/actions/variables"],
        createRegistrationTokenForOrg: [
          "POST /orgs/{org}/actions/runners/registration-token"
        ],
        createRegistrationTokenForRepo: [
          "POST /repos/{owner}/{repo}/actions/runners/registration-token"
        ],
        createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
        createRemoveTokenForRepo: [
          "POST /repos/{owner}/{repo}/actions/runners/remove-token"
        ],
        createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
        createWorkflowDispatch: [
          "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
        ],
        deleteActionsCacheById: [
          "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
        ],
        deleteActionsCacheByKey: [
          "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
        ],
        deleteArtifact: [
          "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
        ],
        deleteCustomImageFromOrg: [
          "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
        ],
        deleteCustomImageVersionFromOrg: [
          "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
        ],
        deleteEnvironmentSecret: [
          "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
        ],
        deleteEnvironmentVariable: [
          "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
        ],
        deleteHostedRunnerForOrg: [
          "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
        ],
        deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
        deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
        deleteRepoSecret: [
          "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
        ],
        deleteRepoVariable: [
          "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
        ],
        deleteSelfHostedRunnerFromOrg: [
          "DELETE /orgs/{org}/actions/runners/{runner_id}"
        ],
        deleteSelfHostedRunnerFromRepo: [
          "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
        ],
        deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
        deleteWorkflowRunLogs: [
          "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
        ],
        disableSelectedRepositoryGithubActionsOrganization: [
          "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
        ],
        disableWorkflow: [
          "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
        ],
        downloadArtifact: [
          "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
        ],
        downloadJobLogsForWorkflowRun: [
          "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
        ],
        downloadWorkflowRunAttemptLogs: [
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
        ],
        downloadWorkflowRunLogs: [
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
        ],
        enableSelectedRepositoryGithubActionsOrganization: [
          "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
        ],
        enableWorkflow: [
          "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
        ],
        forceCancelWorkflowRun: [
          "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
        ],
        generateRunnerJitconfigForOrg: [
          "POST /orgs/{org}/actions/runners/generate-jitconfig"
        ],
        generateRunnerJitconfigForRepo: [
          "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
        ],
        getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
        getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
        getActionsCacheUsageByRepoForOrg: [
          "GET /orgs/{org}/actions/cache/usage-by-repository"
        ],
        getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
        getAllowedActionsOrganization: [
          "GET /orgs/{org}/actions/permissions/selected-actions"
        ],
        getAllowedActionsRepository: [
          "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
        ],
        getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
        getCustomImageForOrg: [
          "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
        ],
        getCustomImageVersionForOrg: [
          "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
        ],
        getCustomOidcSubClaimForRepo: [
          "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
        ],
        getEnvironmentPublicKey: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
        ],
        getEnvironmentSecret: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
        ],
        getEnvironmentVariable: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
        ],
        getGithubActionsDefaultWorkflowPermissionsOrganization: [
          "GET /orgs/{org}/actions/permissions/workflow"
        ],
        getGithubActionsDefaultWorkflowPermissionsRepository: [
          "GET /repos/{owner}/{repo}/actions/permissions/workflow"
        ],
        getGithubActionsPermissionsOrganization: [
          "GET /orgs/{org}/actions/permissions"
        ],
        getGithubActionsPermissionsRepository: [
          "GET /repos/{owner}/{repo}/actions/permissions"
        ],
        getHostedRunnerForOrg: [
          "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
        ],
        getHostedRunnersGithubOwnedImagesForOrg: [
          "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
        ],
        getHostedRunnersLimitsForOrg: [
          "GET /orgs/{org}/actions/hosted-runners/limits"
        ],
        getHostedRunnersMachineSpecsForOrg: [
          "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
        ],
        getHostedRunnersPartnerImagesForOrg: [
          "GET /orgs/{org}/actions/hosted-runners/images/partner"
        ],
        getHostedRunnersPlatformsForOrg: [
          "GET /orgs/{org}/actions/hosted-runners/platforms"
        ],
        getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
        getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
        getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
        getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
        getPendingDeploymentsForRun: [
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
        ],
        getRepoPermissions: [
          "GET /repos/{owner}/{repo}/actions/permissions",
          {},
          { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
        ],
        getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
        getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
        getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
        getReviewsForRun: [
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
        ],
        getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
        getSelfHostedRunnerForRepo: [
          "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
        ],
        getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
        getWorkflowAccessToRepository: [
          "GET /repos/{owner}/{repo}/actions/permissions/access"
        ],
        getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
        getWorkflowRunAttempt: [
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
        ],
        getWorkflowRunUsage: [
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
        ],
        getWorkflowUsage: [
          "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
        ],
        listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
        listCustomImageVersionsForOrg: [
          "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
        ],
        listCustomImagesForOrg: [
          "GET /orgs/{org}/actions/hosted-runners/images/custom"
        ],
        listEnvironmentSecrets: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
        ],
        listEnvironmentVariables: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
        ],
        listGithubHostedRunnersInGroupForOrg: [
          "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
        ],
        listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
        listJobsForWorkflowRun: [
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
        ],
        listJobsForWorkflowRunAttempt: [
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
        ],
        listLabelsForSelfHostedRunnerForOrg: [
          "GET /orgs/{org}/actions/runners/{runner_id}/labels"
        ],
        listLabelsForSelfHostedRunnerForRepo: [
          "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
        ],
        listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
        listOrgVariables: ["GET /orgs/{org}/actions/variables"],
        listRepoOrganizationSecrets: [
          "GET /repos/{owner}/{repo}/actions/organization-secrets"
        ],
        listRepoOrganizationVariables: [
          "GET /repos/{owner}/{repo}/actions/organization-variables"
        ],
        listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
        listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
        listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
        listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
        listRunnerApplicationsForRepo: [
          "GET /repos/{owner}/{repo}/actions/runners/downloads"
        ],
        listSelectedReposForOrgSecret: [
          "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
        ],
        listSelectedReposForOrgVariable: [
          "GET /orgs/{org}/actions/variables/{name}/repositories"
        ],
        listSelectedRepositoriesEnabledGithubActionsOrganization: [
          "GET /orgs/{org}/actions/permissions/repositories"
        ],
        listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
        listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
        listWorkflowRunArtifacts: [
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
        ],
        listWorkflowRuns: [
          "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
        ],
        listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
        reRunJobForWorkflowRun: [
          "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
        ],
        reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
        reRunWorkflowFailedJobs: [
          "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
        ],
        removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
          "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
        ],
        removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
          "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
        ],
        removeCustomLabelFromSelfHostedRunnerForOrg: [
          "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
        ],
        removeCustomLabelFromSelfHostedRunnerForRepo: [
          "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
        ],
        removeSelectedRepoFromOrgSecret: [
          "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
        ],
        removeSelectedRepoFromOrgVariable: [
          "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
        ],
        reviewCustomGatesForRun: [
          "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
        ],
        reviewPendingDeploymentsForRun: [
          "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
        ],
        setAllowedActionsOrganization: [
          "PUT /orgs/{org}/actions/permissions/selected-actions"
        ],
        setAllowedActionsRepository: [
          "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
        ],
        setCustomLabelsForSelfHostedRunnerForOrg: [
          "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
        ],
        setCustomLabelsForSelfHostedRunnerForRepo: [
          "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
        ],
        setCustomOidcSubClaimForRepo: [
          "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
        ],
        setGithubActionsDefaultWorkflowPermissionsOrganization: [
          "PUT /orgs/{org}/actions/permissions/workflow"
        ],
        setGithubActionsDefaultWorkflowPermissionsRepository: [
          "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
        ],
        setGithubActionsPermissionsOrganization: [
          "PUT /orgs/{org}/actions/permissions"
        ],
        setGithubActionsPermissionsRepository: [
          "PUT /repos/{owner}/{repo}/actions/permissions"
        ],
        setSelectedReposForOrgSecret: [
          "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
        ],
        setSelectedReposForOrgVariable: [
          "PUT /orgs/{org}/actions/variables/{name}/repositories"
        ],
        setSelectedRepositoriesEnabledGithubActionsOrganization: [
          "PUT /orgs/{org}/actions/permissions/repositories"
        ],
        setWorkflowAccessToRepository: [
          "PUT /repos/{owner}/{repo}/actions/permissions/access"
        ],
        updateEnvironmentVariable: [
          "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
        ],
        updateHostedRunnerForOrg: [
          "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
        ],
        updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
        updateRepoVariable: [
          "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
        ]
      },
      activity: {
        checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
        deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
        deleteThreadSubscription: [
          "DELETE /notifications/threads/{thread_id}/subscription"
        ],
        getFeeds: ["GET /feeds"],
        getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
        getThread: ["GET /notifications/threads/{thread_id}"],
        getThreadSubscriptionForAuthenticatedUser: [
          "GET /notifications/threads/{thread_id}/subscription"
        ],
        listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
        listNotificationsForAuthenticatedUser: ["GET /notifications"],
        listOrgEventsForAuthenticatedUser: [
          "GET /users/{username}/events/orgs/{org}"
        ],
        listPublicEvents: ["GET /events"],
        listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
        listPublicEventsForUser: ["GET /users/{username}/events/public"],
        listPublicOrgEvents: ["GET /orgs/{org}/events"],
        listReceivedEventsForUser: ["GET /users/{username}/received_events"],
        listReceivedPublicEventsForUser: [
          "GET /users/{username}/received_events/public"
        ],
        listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
        listRepoNotificationsForAuthenticatedUser: [
          "GET /repos/{owner}/{repo}/notifications"
        ],
        listReposStarredByAuthenticatedUser: ["GET /user/starred"],
        listReposStarredByUser: ["GET /users/{username}/starred"],
        listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
        listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
        listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
        listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
        markNotificationsAsRead: ["PUT /notifications"],
        markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
        markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
        markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
        setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
        setThreadSubscription: [
          "PUT /notifications/threads/{thread_id}/subscription"
        ],
        starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
        unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
      },
      apps: {
        addRepoToInstallation: [
          "PUT /user/installations/{installation_id}/repositories/{repository_id}",
          {},
          { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
        ],
        addRepoToInstallationForAuthenticatedUser: [
          "PUT /user/installations/{installation_id}/repositories/{repository_id}"
        ],
        checkToken: ["POST /applications/{client_id}/token"],
        createFromManifest: ["POST /app-manifests/{code}/conversions"],
        createInstallationAccessToken: [
          "POST /app/installations/{installation_id}/access_tokens"
        ],
        deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
        deleteInstallation: ["DELETE /app/installations/{installation_id}"],
        deleteToken: ["DELETE /applications/{client_id}/token"],
        getAuthenticated: ["GET /app"],
        getBySlug: ["GET /apps/{app_slug}"],
        getInstallation: ["GET /app/installations/{installation_id}"],
        getOrgInstallation: ["GET /orgs/{org}/installation"],
        getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
        getSubscriptionPlanForAccount: [
          "GET /marketplace_listing/accounts/{account_id}"
        ],
        getSubscriptionPlanForAccountStubbed: [
          "GET /marketplace_listing/stubbed/accounts/{account_id}"
        ],
        getUserInstallation: ["GET /users/{username}/installation"],
        getWebhookConfigForApp: ["GET /app/hook/config"],
        getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
        listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
        listAccountsForPlanStubbed: [
          "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
        ],
        listInstallationReposForAuthenticatedUser: [
          "GET /user/installations/{installation_id}/repositories"
        ],
        listInstallationRequestsForAuthenticatedApp: [
          "GET /app/installation-requests"
        ],
        listInstallations: ["GET /app/installations"],
        listInstallationsForAuthenticatedUser: ["GET /user/installations"],
        listPlans: ["GET /marketplace_listing/plans"],
        listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
        listReposAccessibleToInstallation: ["GET /installation/repositories"],
        listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
        listSubscriptionsForAuthenticatedUserStubbed: [
          "GET /user/marketplace_purchases/stubbed"
        ],
        listWebhookDeliveries: ["GET /app/hook/deliveries"],
        redeliverWebhookDelivery: [
          "POST /app/hook/deliveries/{delivery_id}/attempts"
        ],
        removeRepoFromInstallation: [
          "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
          {},
          { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
        ],
        removeRepoFromInstallationForAuthenticatedUser: [
          "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
        ],
        resetToken: ["PATCH /applications/{client_id}/token"],
        revokeInstallationAccessToken: ["DELETE /installation/token"],
        scopeToken: ["POST /applications/{client_id}/token/scoped"],
        suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
        unsuspendInstallation: [
          "DELETE /app/installations/{installation_id}/suspended"
        ],
        updateWebhookConfigForApp: ["PATCH /app/hook/config"]
      },
      billing: {
        getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
        getGithubActionsBillingUser: [
          "GET /users/{username}/settings/billing/actions"
        ],
        getGithubBillingPremiumRequestUsageReportOrg: [
          "GET /organizations/{org}/settings/billing/premium_request/usage"
        ],
        getGithubBillingPremiumRequestUsageReportUser: [
          "GET /users/{username}/settings/billing/premium_request/usage"
        ],
        getGithubBillingUsageReportOrg: [
          "GET /organizations/{org}/settings/billing/usage"
        ],
        getGithubBillingUsageReportUser: [
          "GET /users/{username}/settings/billing/usage"
        ],
        getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
        getGithubPackagesBillingUser: [
          "GET /users/{username}/settings/billing/packages"
        ],
        getSharedStorageBillingOrg: [
          "GET /orgs/{org}/settings/billing/shared-storage"
        ],
        getSharedStorageBillingUser: [
          "GET /users/{username}/settings/billing/shared-storage"
        ]
      },
      campaigns: {
        createCampaign: ["POST /orgs/{org}/campaigns"],
        deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
        getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
        listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
        updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
      },
      checks: {
        create: ["POST /repos/{owner}/{repo}/check-runs"],
        createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
        get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
        getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
        listAnnotations: [
          "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
        ],
        listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
        listForSuite: [
          "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
        ],
        listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
        rerequestRun: [
          "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
        ],
        rerequestSuite: [
          "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
        ],
        setSuitesPreferences: [
          "PATCH /repos/{owner}/{repo}/check-suites/preferences"
        ],
        update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
      },
      codeScanning: {
        commitAutofix: [
          "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
        ],
        createAutofix: [
          "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
        ],
        createVariantAnalysis: [
          "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
        ],
        deleteAnalysis: [
          "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
        ],
        deleteCodeqlDatabase: [
          "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
        ],
        getAlert: [
          "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
          {},
          { renamedParameters: { alert_id: "alert_number" } }
        ],
        getAnalysis: [
          "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
        ],
        getAutofix: [
          "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
        ],
        getCodeqlDatabase: [
          "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
        ],
        getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
        getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
        getVariantAnalysis: [
          "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
        ],
        getVariantAnalysisRepoTask: [
          "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
        ],
        listAlertInstances: [
          "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
        ],
        listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
        listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
        listAlertsInstances: [
          "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
          {},
          { renamed: ["codeScanning", "listAlertInstances"] }
        ],
        listCodeqlDatabases: [
          "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
        ],
        listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
        updateAlert: [
          "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
        ],
        updateDefaultSetup: [
          "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
        ],
        uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
      },
      codeSecurity: {
        attachConfiguration: [
          "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
        ],
        attachEnterpriseConfiguration: [
          "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
        ],
        createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
        createConfigurationForEnterprise: [
          "POST /enterprises/{enterprise}/code-security/configurations"
        ],
        deleteConfiguration: [
          "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
        ],
        deleteConfigurationForEnterprise: [
          "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
        ],
        detachConfiguration: [
          "DELETE /orgs/{org}/code-security/configurations/detach"
        ],
        getConfiguration: [
          "GET /orgs/{org}/code-security/configurations/{configuration_id}"
        ],
        getConfigurationForRepository: [
          "GET /repos/{owner}/{repo}/code-security-configuration"
        ],
        getConfigurationsForEnterprise: [
          "GET /enterprises/{enterprise}/code-security/configurations"
        ],
        getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
        getDefaultConfigurations: [
          "GET /orgs/{org}/code-security/configurations/defaults"
        ],
        getDefaultConfigurationsForEnterprise: [
          "GET /enterprises/{enterprise}/code-security/configurations/defaults"
        ],
        getRepositoriesForConfiguration: [
          "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
        ],
        getRepositoriesForEnterpriseConfiguration: [
          "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
        ],
        getSingleConfigurationForEnterprise: [
          "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
        ],
        setConfigurationAsDefault: [
          "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
        ],
        setConfigurationAsDefaultForEnterprise: [
          "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
        ],
        updateConfiguration: [
          "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
        ],
        updateEnterpriseConfiguration: [
          "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
        ]
      },
      codesOfConduct: {
        getAllCodesOfConduct: ["GET /codes_of_conduct"],
        getConductCode: ["GET /codes_of_conduct/{key}"]
      },
      codespaces: {
        addRepositoryForSecretForAuthenticatedUser: [
          "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
        ],
        addSelectedRepoToOrgSecret: [
          "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
        ],
        checkPermissionsForDevcontainer: [
          "GET /repos/{owner}/{repo}/codespaces/permissions_check"
        ],
        codespaceMachinesForAuthenticatedUser: [
          "GET /user/codespaces/{codespace_name}/machines"
        ],
        createForAuthenticatedUser: ["POST /user/codespaces"],
        createOrUpdateOrgSecret: [
          "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
        ],
        createOrUpdateRepoSecret: [
          "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
        ],
        createOrUpdateSecretForAuthenticatedUser: [
          "PUT /user/codespaces/secrets/{secret_name}"
        ],
        createWithPrForAuthenticatedUser: [
          "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
        ],
        createWithRepoForAuthenticatedUser: [
          "POST /repos/{owner}/{repo}/codespaces"
        ],
        deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
        deleteFromOrganization: [
          "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
        ],
        deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
        deleteRepoSecret: [
          "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
        ],
        deleteSecretForAuthenticatedUser: [
          "DELETE /user/codespaces/secrets/{secret_name}"
        ],
        exportForAuthenticatedUser: [
          "POST /user/codespaces/{codespace_name}/exports"
        ],
        getCodespacesForUserInOrg: [
          "GET /orgs/{org}/members/{username}/codespaces"
        ],
        getExportDetailsForAuthenticatedUser: [
          "GET /user/codespaces/{codespace_name}/exports/{export_id}"
        ],
        getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
        getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
        getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
        getPublicKeyForAuthenticatedUser: [
          "GET /user/codespaces/secrets/public-key"
        ],
        getRepoPublicKey: [
          "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
        ],
        getRepoSecret: [
          "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
        ],
        getSecretForAuthenticatedUser: [
          "GET /user/codespaces/secrets/{secret_name}"
        ],
        listDevcontainersInRepositoryForAuthenticatedUser: [
          "GET /repos/{owner}/{repo}/codespaces/devcontainers"
        ],
        listForAuthenticatedUser: ["GET /user/codespaces"],
        listInOrganization: [
          "GET /orgs/{org}/codespaces",
          {},
          { renamedParameters: { org_id: "org" } }
        ],
        listInRepositoryForAuthenticatedUser: [
          "GET /repos/{owner}/{repo}/codespaces"
        ],
        listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
        listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
        listRepositoriesForSecretForAuthenticatedUser: [
          "GET /user/codespaces/secrets/{secret_name}/repositories"
        ],
        listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
        listSelectedReposForOrgSecret: [
          "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
        ],
        preFlightWithRepoForAuthenticatedUser: [
          "GET /repos/{owner}/{repo}/codespaces/new"
        ],
        publishForAuthenticatedUser: [
          "POST /user/codespaces/{codespace_name}/publish"
        ],
        removeRepositoryForSecretForAuthenticatedUser: [
          "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
        ],
        removeSelectedRepoFromOrgSecret: [
          "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
        ],
        repoMachinesForAuthenticatedUser: [
          "GET /repos/{owner}/{repo}/codespaces/machines"
        ],
        setRepositoriesForSecretForAuthenticatedUser: [
          "PUT /user/codespaces/secrets/{secret_name}/repositories"
        ],
        setSelectedReposForOrgSecret: [
          "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
        ],
        startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
        stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
        stopInOrganization: [
          "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
        ],
        updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
      },
      copilot: {
        addCopilotSeatsForTeams: [
          "POST /orgs/{org}/copilot/billing/selected_teams"
        ],
        addCopilotSeatsForUsers: [
          "POST /orgs/{org}/copilot/billing/selected_users"
        ],
        cancelCopilotSeatAssignmentForTeams: [
          "DELETE /orgs/{org}/copilot/billing/selected_teams"
        ],
        cancelCopilotSeatAssignmentForUsers: [
          "DELETE /orgs/{org}/copilot/billing/selected_users"
        ],
        copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
        copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
        getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
        getCopilotSeatDetailsForUser: [
          "GET /orgs/{org}/members/{username}/copilot"
        ],
        listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
      },
      credentials: { revoke: ["POST /credentials/revoke"] },
      dependabot: {
        addSelectedRepoToOrgSecret: [
          "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
        ],
        createOrUpdateOrgSecret: [
          "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
        ],
        createOrUpdateRepoSecret: [
          "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
        ],
        deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
        deleteRepoSecret: [
          "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
        ],
        getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
        getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
        getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
        getRepoPublicKey: [
          "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
        ],
        getRepoSecret: [
          "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
        ],
        listAlertsForEnterprise: [
          "GET /enterprises/{enterprise}/dependabot/alerts"
        ],
        listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
        listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
        listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
        listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
        listSelectedReposForOrgSecret: [
          "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
        ],
        removeSelectedRepoFromOrgSecret: [
          "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
        ],
        repositoryAccessForOrg: [
          "GET /organizations/{org}/dependabot/repository-access"
        ],
        setRepositoryAccessDefaultLevel: [
          "PUT /organizations/{org}/dependabot/repository-access/default-level"
        ],
        setSelectedReposForOrgSecret: [
          "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
        ],
        updateAlert: [
          "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
        ],
        updateRepositoryAccessForOrg: [
          "PATCH /organizations/{org}/dependabot/repository-access"
        ]
      },
      dependencyGraph: {
        createRepositorySnapshot: [
          "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
        ],
        diffRange: [
          "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
        ],
        exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
      },
      emojis: { get: ["GET /emojis"] },
      enterpriseTeamMemberships: {
        add: [
          "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
        ],
        bulkAdd: [
          "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
        ],
        bulkRemove: [
          "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
        ],
        get: [
          "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
        ],
        list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
        remove: [
          "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
        ]
      },
      enterpriseTeamOrganizations: {
        add: [
          "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
        ],
        bulkAdd: [
          "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
        ],
        bulkRemove: [
          "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
        ],
        delete: [
          "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
        ],
        getAssignment: [
          "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
        ],
        getAssignments: [
          "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
        ]
      },
      enterpriseTeams: {
        create: ["POST /enterprises/{enterprise}/teams"],
        delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
        get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
        list: ["GET /enterprises/{enterprise}/teams"],
        update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
      },
      gists: {
        checkIsStarred: ["GET /gists/{gist_id}/star"],
        create: ["POST /gists"],
        createComment: ["POST /gists/{gist_id}/comments"],
        delete: ["DELETE /gists/{gist_id}"],
        deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
        fork: ["POST /gists/{gist_id}/forks"],
        get: ["GET /gists/{gist_id}"],
        getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
        getRevision: ["GET /gists/{gist_id}/{sha}"],
        list: ["GET /gists"],
        listComments: ["GET /gists/{gist_id}/comments"],
        listCommits: ["GET /gists/{gist_id}/commits"],
        listForUser: ["GET /users/{username}/gists"],
        listForks: ["GET /gists/{gist_id}/forks"],
        listPublic: ["GET /gists/public"],
        listStarred: ["GET /gists/starred"],
        star: ["PUT /gists/{gist_id}/star"],
        unstar: ["DELETE /gists/{gist_id}/star"],
        update: ["PATCH /gists/{gist_id}"],
        updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
      },
      git: {
        createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
        createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
        createRef: ["POST /repos/{owner}/{repo}/git/refs"],
        createTag: ["POST /repos/{owner}/{repo}/git/tags"],
        createTree: ["POST /repos/{owner}/{repo}/git/trees"],
        deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
        getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
        getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
        getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
        getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
        getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
        listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
        updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
      },
      gitignore: {
        getAllTemplates: ["GET /gitignore/templates"],
        getTemplate: ["GET /gitignore/templates/{name}"]
      },
      hostedCompute: {
        createNetworkConfigurationForOrg: [
          "POST /orgs/{org}/settings/network-configurations"
        ],
        deleteNetworkConfigurationFromOrg: [
          "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
        ],
        getNetworkConfigurationForOrg: [
          "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
        ],
        getNetworkSettingsForOrg: [
          "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
        ],
        listNetworkConfigurationsForOrg: [
          "GET /orgs/{org}/settings/network-configurations"
        ],
        updateNetworkConfigurationForOrg: [
          "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
        ]
      },
      interactions: {
        getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
        getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
        getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
        getRestrictionsForYourPublicRepos: [
          "GET /user/interaction-limits",
          {},
          { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
        ],
        removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
        removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
        removeRestrictionsForRepo: [
          "DELETE /repos/{owner}/{repo}/interaction-limits"
        ],
        removeRestrictionsForYourPublicRepos: [
          "DELETE /user/interaction-limits",
          {},
          { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
        ],
        setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
        setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
        setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
        setRestrictionsForYourPublicRepos: [
          "PUT /user/interaction-limits",
          {},
          { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
        ]
      },
      issues: {
        addAssignees: [
          "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
        ],
        addBlockedByDependency: [
          "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
        ],
        addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
        addSubIssue: [
          "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
        ],
        checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
        checkUserCanBeAssignedToIssue: [
          "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
        ],
        create: ["POST /repos/{owner}/{repo}/issues"],
        createComment: [
          "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
        ],
        createLabel: ["POST /repos/{owner}/{repo}/labels"],
        createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
        deleteComment: [
          "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
        ],
        deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
        deleteMilestone: [
          "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
        ],
        get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
        getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
        getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
        getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
        getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
        getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
        list: ["GET /issues"],
        listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
        listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
        listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
        listDependenciesBlockedBy: [
          "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
        ],
        listDependenciesBlocking: [
          "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
        ],
        listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
        listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
        listEventsForTimeline: [
          "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
        ],
        listForAuthenticatedUser: ["GET /user/issues"],
        listForOrg: ["GET /orgs/{org}/issues"],
        listForRepo: ["GET /repos/{owner}/{repo}/issues"],
        listLabelsForMilestone: [
          "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
        ],
        listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
        listLabelsOnIssue: [
          "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
        ],
        listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
        listSubIssues: [
          "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
        ],
        lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
        removeAllLabels: [
          "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
        ],
        removeAssignees: [
          "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
        ],
        removeDependencyBlockedBy: [
          "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
        ],
        removeLabel: [
          "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
        ],
        removeSubIssue: [
          "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
        ],
        reprioritizeSubIssue: [
          "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
        ],
        setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
        unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
        update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
        updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
        updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
        updateMilestone: [
          "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
        ]
      },
      licenses: {
        get: ["GET /licenses/{license}"],
        getAllCommonlyUsed: ["GET /licenses"],
        getForRepo: ["GET /repos/{owner}/{repo}/license"]
      },
      markdown: {
        render: ["POST /markdown"],
        renderRaw: [
          "POST /markdown/raw",
          { headers: { "content-type": "text/plain; charset=utf-8" } }
        ]
      },
      meta: {
        get: ["GET /meta"],
        getAllVersions: ["GET /versions"],
        getOctocat: ["GET /octocat"],
        getZen: ["GET /zen"],
        root: ["GET /"]
      },
      migrations: {
        deleteArchiveForAuthenticatedUser: [
          "DELETE /user/migrations/{migration_id}/archive"
        ],
        deleteArchiveForOrg: [
          "DELETE /orgs/{org}/migrations/{migration_id}/archive"
        ],
        downloadArchiveForOrg: [
          "GET /orgs/{org}/migrations/{migration_id}/archive"
        ],
        getArchiveForAuthenticatedUser: [
          "GET /user/migrations/{migration_id}/archive"
        ],
        getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
        getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
        listForAuthenticatedUser: ["GET /user/migrations"],
        listForOrg: ["GET /orgs/{org}/migrations"],
        listReposForAuthenticatedUser: [
          "GET /user/migrations/{migration_id}/repositories"
        ],
        listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
        listReposForUser: [
          "GET /user/migrations/{migration_id}/repositories",
          {},
          { renamed: ["migrations", "listReposForAuthenticatedUser"] }
        ],
        startForAuthenticatedUser: ["POST /user/migrations"],
        startForOrg: ["POST /orgs/{org}/migrations"],
        unlockRepoForAuthenticatedUser: [
          "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
        ],
        unlockRepoForOrg: [
          "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
        ]
      },
      oidc: {
        getOidcCustomSubTemplateForOrg: [
          "GET /orgs/{org}/actions/oidc/customization/sub"
        ],
        updateOidcCustomSubTemplateForOrg: [
          "PUT /orgs/{org}/actions/oidc/customization/sub"
        ]
      },
      orgs: {
        addSecurityManagerTeam: [
          "PUT /orgs/{org}/security-managers/teams/{team_slug}",
          {},
          {
            deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
          }
        ],
        assignTeamToOrgRole: [
          "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
        ],
        assignUserToOrgRole: [
          "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
        ],
        blockUser: ["PUT /orgs/{org}/blocks/{username}"],
        cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
        checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
        checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
        checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
        convertMemberToOutsideCollaborator: [
          "PUT /orgs/{org}/outside_collaborators/{username}"
        ],
        createArtifactStorageRecord: [
          "POST /orgs/{org}/artifacts/metadata/storage-record"
        ],
        createInvitation: ["POST /orgs/{org}/invitations"],
        createIssueType: ["POST /orgs/{org}/issue-types"],
        createWebhook: ["POST /orgs/{org}/hooks"],
        customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
          "PATCH /organizations/{org}/org-properties/values"
        ],
        customPropertiesForOrgsGetOrganizationValues: [
          "GET /organizations/{org}/org-properties/values"
        ],
        customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
          "PUT /orgs/{org}/properties/schema/{custom_property_name}"
        ],
        customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
          "PATCH /orgs/{org}/properties/schema"
        ],
        customPropertiesForReposCreateOrUpdateOrganizationValues: [
          "PATCH /orgs/{org}/properties/values"
        ],
        customPropertiesForReposDeleteOrganizationDefinition: [
          "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
        ],
        customPropertiesForReposGetOrganizationDefinition: [
          "GET /orgs/{org}/properties/schema/{custom_property_name}"
        ],
        customPropertiesForReposGetOrganizationDefinitions: [
          "GET /orgs/{org}/properties/schema"
        ],
        customPropertiesForReposGetOrganizationValues: [
          "GET /orgs/{org}/properties/values"
        ],
        delete: ["DELETE /orgs/{org}"],
        deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
        deleteAttestationsById: [
          "DELETE /orgs/{org}/attestations/{attestation_id}"
        ],
        deleteAttestationsBySubjectDigest: [
          "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
        ],
        deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
        deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
        disableSelectedRepositoryImmutableReleasesOrganization: [
          "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
        ],
        enableSelectedRepositoryImmutableReleasesOrganization: [
          "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
        ],
        get: ["GET /orgs/{org}"],
        getImmutableReleasesSettings: [
          "GET /orgs/{org}/settings/immutable-releases"
        ],
        getImmutableReleasesSettingsRepositories: [
          "GET /orgs/{org}/settings/immutable-releases/repositories"
        ],
        getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
        getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
        getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
        getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
        getOrgRulesetVersion: [
          "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
        ],
        getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
        getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
        getWebhookDelivery: [
          "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
        ],
        list: ["GET /organizations"],
        listAppInstallations: ["GET /orgs/{org}/installations"],
        listArtifactStorageRecords: [
          "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
        ],
        listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
        listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
        listAttestationsBulk: [
          "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
        ],
        listBlockedUsers: ["GET /orgs/{org}/blocks"],
        listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
        listForAuthenticatedUser: ["GET /user/orgs"],
        listForUser: ["GET /users/{username}/orgs"],
        listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
        listIssueTypes: ["GET /orgs/{org}/issue-types"],
        listMembers: ["GET /orgs/{org}/members"],
        listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
        listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
        listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
        listOrgRoles: ["GET /orgs/{org}/organization-roles"],
        listOrganizationFineGrainedPermissions: [
          "GET /orgs/{org}/organization-fine-grained-permissions"
        ],
        listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
        listPatGrantRepositories: [
          "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
        ],
        listPatGrantRequestRepositories: [
          "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
        ],
        listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
        listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
        listPendingInvitations: ["GET /orgs/{org}/invitations"],
        listPublicMembers: ["GET /orgs/{org}/public_members"],
        listSecurityManagerTeams: [
          "GET /orgs/{org}/security-managers",
          {},
          {
            deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
          }
        ],
        listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
        listWebhooks: ["GET /orgs/{org}/hooks"],
        pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
        redeliverWebhookDelivery: [
          "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
        ],
        removeMember: ["DELETE /orgs/{org}/members/{username}"],
        removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
        removeOutsideCollaborator: [
          "DELETE /orgs/{org}/outside_collaborators/{username}"
        ],
        removePublicMembershipForAuthenticatedUser: [
          "DELETE /orgs/{org}/public_members/{username}"
        ],
        removeSecurityManagerTeam: [
          "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
          {},
          {
            deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
          }
        ],
        reviewPatGrantRequest: [
          "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
        ],
        reviewPatGrantRequestsInBulk: [
          "POST /orgs/{org}/personal-access-token-requests"
        ],
        revokeAllOrgRolesTeam: [
          "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
        ],
        revokeAllOrgRolesUser: [
          "DELETE /orgs/{org}/organization-roles/users/{username}"
        ],
        revokeOrgRoleTeam: [
          "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
        ],
        revokeOrgRoleUser: [
          "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
        ],
        setImmutableReleasesSettings: [
          "PUT /orgs/{org}/settings/immutable-releases"
        ],
        setImmutableReleasesSettingsRepositories: [
          "PUT /orgs/{org}/settings/immutable-releases/repositories"
        ],
        setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
        setPublicMembershipForAuthenticatedUser: [
          "PUT /orgs/{org}/public_members/{username}"
        ],
        unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
        update: ["PATCH /orgs/{org}"],
        updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
        updateMembershipForAuthenticatedUser: [
          "PATCH /user/memberships/orgs/{org}"
        ],
        updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
        updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
        updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
        updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
      },
      packages: {
        deletePackageForAuthenticatedUser: [
          "DELETE /user/packages/{package_type}/{package_name}"
        ],
        deletePackageForOrg: [
          "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
        ],
        deletePackageForUser: [
          "DELETE /users/{username}/packages/{package_type}/{package_name}"
        ],
        deletePackageVersionForAuthenticatedUser: [
          "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
        ],
        deletePackageVersionForOrg: [
          "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
        ],
        deletePackageVersionForUser: [
          "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
        ],
        getAllPackageVersionsForAPackageOwnedByAnOrg: [
          "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
          {},
          { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
        ],
        getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
          "GET /user/packages/{package_type}/{package_name}/versions",
          {},
          {
            renamed: [
              "packages",
              "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
            ]
          }
        ],
        getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
          "GET /user/packages/{package_type}/{package_name}/versions"
        ],
        getAllPackageVersionsForPackageOwnedByOrg: [
          "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
        ],
        getAllPackageVersionsForPackageOwnedByUser: [
          "GET /users/{username}/packages/{package_type}/{package_name}/versions"
        ],
        getPackageForAuthenticatedUser: [
          "GET /user/packages/{package_type}/{package_name}"
        ],
        getPackageForOrganization: [
          "GET /orgs/{org}/packages/{package_type}/{package_name}"
        ],
        getPackageForUser: [
          "GET /users/{username}/packages/{package_type}/{package_name}"
        ],
        getPackageVersionForAuthenticatedUser: [
          "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
        ],
        getPackageVersionForOrganization: [
          "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
        ],
        getPackageVersionForUser: [
          "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
        ],
        listDockerMigrationConflictingPackagesForAuthenticatedUser: [
          "GET /user/docker/conflicts"
        ],
        listDockerMigrationConflictingPackagesForOrganization: [
          "GET /orgs/{org}/docker/conflicts"
        ],
        listDockerMigrationConflictingPackagesForUser: [
          "GET /users/{username}/docker/conflicts"
        ],
        listPackagesForAuthenticatedUser: ["GET /user/packages"],
        listPackagesForOrganization: ["GET /orgs/{org}/packages"],
        listPackagesForUser: ["GET /users/{username}/packages"],
        restorePackageForAuthenticatedUser: [
          "POST /user/packages/{package_type}/{package_name}/restore{?token}"
        ],
        restorePackageForOrg: [
          "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
        ],
        restorePackageForUser: [
          "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
        ],
        restorePackageVersionForAuthenticatedUser: [
          "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
        ],
        restorePackageVersionForOrg: [
          "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
        ],
        restorePackageVersionForUser: [
          "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
        ]
      },
      privateRegistries: {
        createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
        deleteOrgPrivateRegistry: [
          "DELETE /orgs/{org}/private-registries/{secret_name}"
        ],
        getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
        getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
        listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
        updateOrgPrivateRegistry: [
          "PATCH /orgs/{org}/private-registries/{secret_name}"
        ]
      },
      projects: {
        addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
        addItemForUser: [
          "POST /users/{username}/projectsV2/{project_number}/items"
        ],
        deleteItemForOrg: [
          "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
        ],
        deleteItemForUser: [
          "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
        ],
        getFieldForOrg: [
          "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
        ],
        getFieldForUser: [
          "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
        ],
        getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
        getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
        getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
        getUserItem: [
          "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
        ],
        listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
        listFieldsForUser: [
          "GET /users/{username}/projectsV2/{project_number}/fields"
        ],
        listForOrg: ["GET /orgs/{org}/projectsV2"],
        listForUser: ["GET /users/{username}/projectsV2"],
        listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
        listItemsForUser: [
          "GET /users/{username}/projectsV2/{project_number}/items"
        ],
        updateItemForOrg: [
          "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
        ],
        updateItemForUser: [
          "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
        ]
      },
      pulls: {
        checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
        create: ["POST /repos/{owner}/{repo}/pulls"],
        createReplyForReviewComment: [
          "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
        ],
        createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
        createReviewComment: [
          "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
        ],
        deletePendingReview: [
          "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
        ],
        deleteReviewComment: [
          "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
        ],
        dismissReview: [
          "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
        ],
        get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
        getReview: [
          "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
        ],
        getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
        list: ["GET /repos/{owner}/{repo}/pulls"],
        listCommentsForReview: [
          "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
        ],
        listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
        listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
        listRequestedReviewers: [
          "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
        ],
        listReviewComments: [
          "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
        ],
        listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
        listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
        merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
        removeRequestedReviewers: [
          "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
        ],
        requestReviewers: [
          "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
        ],
        submitReview: [
          "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
        ],
        update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
        updateBranch: [
          "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
        ],
        updateReview: [
          "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
        ],
        updateReviewComment: [
          "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
        ]
      },
      rateLimit: { get: ["GET /rate_limit"] },
      reactions: {
        createForCommitComment: [
          "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
        ],
        createForIssue: [
          "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
        ],
        createForIssueComment: [
          "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
        ],
        createForPullRequestReviewComment: [
          "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
        ],
        createForRelease: [
          "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
        ],
        createForTeamDiscussionCommentInOrg: [
          "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
        ],
        createForTeamDiscussionInOrg: [
          "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
        ],
        deleteForCommitComment: [
          "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
        ],
        deleteForIssue: [
          "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
        ],
        deleteForIssueComment: [
          "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
        ],
        deleteForPullRequestComment: [
          "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
        ],
        deleteForRelease: [
          "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
        ],
        deleteForTeamDiscussion: [
          "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
        ],
        deleteForTeamDiscussionComment: [
          "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
        ],
        listForCommitComment: [
          "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
        ],
        listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
        listForIssueComment: [
          "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
        ],
        listForPullRequestReviewComment: [
          "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
        ],
        listForRelease: [
          "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
        ],
        listForTeamDiscussionCommentInOrg: [
          "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
        ],
        listForTeamDiscussionInOrg: [
          "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
        ]
      },
      repos: {
        acceptInvitation: [
          "PATCH /user/repository_invitations/{invitation_id}",
          {},
          { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
        ],
        acceptInvitationForAuthenticatedUser: [
          "PATCH /user/repository_invitations/{invitation_id}"
        ],
        addAppAccessRestrictions: [
          "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
          {},
          { mapToData: "apps" }
        ],
        addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
        addStatusCheckContexts: [
          "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
          {},
          { mapToData: "contexts" }
        ],
        addTeamAccessRestrictions: [
          "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
          {},
          { mapToData: "teams" }
        ],
        addUserAccessRestrictions: [
          "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
          {},
          { mapToData: "users" }
        ],
        cancelPagesDeployment: [
          "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
        ],
        checkAutomatedSecurityFixes: [
          "GET /repos/{owner}/{repo}/automated-security-fixes"
        ],
        checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
        checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
        checkPrivateVulnerabilityReporting: [
          "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
        ],
        checkVulnerabilityAlerts: [
          "GET /repos/{owner}/{repo}/vulnerability-alerts"
        ],
        codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
        compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
        compareCommitsWithBasehead: [
          "GET /repos/{owner}/{repo}/compare/{basehead}"
        ],
        createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
        createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
        createCommitComment: [
          "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
        ],
        createCommitSignatureProtection: [
          "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
        ],
        createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
        createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
        createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
        createDeploymentBranchPolicy: [
          "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
        ],
        createDeploymentProtectionRule: [
          "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
        ],
        createDeploymentStatus: [
          "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
        ],
        createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
        createForAuthenticatedUser: ["POST /user/repos"],
        createFork: ["POST /repos/{owner}/{repo}/forks"],
        createInOrg: ["POST /orgs/{org}/repos"],
        createOrUpdateEnvironment: [
          "PUT /repos/{owner}/{repo}/environments/{environment_name}"
        ],
        createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
        createOrgRuleset: ["POST /orgs/{org}/rulesets"],
        createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
        createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
        createRelease: ["POST /repos/{owner}/{repo}/releases"],
        createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
        createUsingTemplate: [
          "POST /repos/{template_owner}/{template_repo}/generate"
        ],
        createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
        customPropertiesForReposCreateOrUpdateRepositoryValues: [
          "PATCH /repos/{owner}/{repo}/properties/values"
        ],
        customPropertiesForReposGetRepositoryValues: [
          "GET /repos/{owner}/{repo}/properties/values"
        ],
        declineInvitation: [
          "DELETE /user/repository_invitations/{invitation_id}",
          {},
          { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
        ],
        declineInvitationForAuthenticatedUser: [
          "DELETE /user/repository_invitations/{invitation_id}"
        ],
        delete: ["DELETE /repos/{owner}/{repo}"],
        deleteAccessRestrictions: [
          "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
        ],
        deleteAdminBranchProtection: [
          "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
        ],
        deleteAnEnvironment: [
          "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
        ],
        deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
        deleteBranchProtection: [
          "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
        ],
        deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
        deleteCommitSignatureProtection: [
          "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
        ],
        deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
        deleteDeployment: [
          "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
        ],
        deleteDeploymentBranchPolicy: [
          "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
        ],
        deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
        deleteInvitation: [
          "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
        ],
        deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
        deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
        deletePullRequestReviewProtection: [
          "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
        ],
        deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
        deleteReleaseAsset: [
          "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
        ],
        deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
        deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
        disableAutomatedSecurityFixes: [
          "DELETE /repos/{owner}/{repo}/automated-security-fixes"
        ],
        disableDeploymentProtectionRule: [
          "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
        ],
        disableImmutableReleases: [
          "DELETE /repos/{owner}/{repo}/immutable-releases"
        ],
        disablePrivateVulnerabilityReporting: [
          "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
        ],
        disableVulnerabilityAlerts: [
          "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
        ],
        downloadArchive: [
          "GET /repos/{owner}/{repo}/zipball/{ref}",
          {},
          { renamed: ["repos", "downloadZipballArchive"] }
        ],
        downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
        downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
        enableAutomatedSecurityFixes: [
          "PUT /repos/{owner}/{repo}/automated-security-fixes"
        ],
        enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
        enablePrivateVulnerabilityReporting: [
          "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
        ],
        enableVulnerabilityAlerts: [
          "PUT /repos/{owner}/{repo}/vulnerability-alerts"
        ],
        generateReleaseNotes: [
          "POST /repos/{owner}/{repo}/releases/generate-notes"
        ],
        get: ["GET /repos/{owner}/{repo}"],
        getAccessRestrictions: [
          "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
        ],
        getAdminBranchProtection: [
          "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
        ],
        getAllDeploymentProtectionRules: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
        ],
        getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
        getAllStatusCheckContexts: [
          "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
        ],
        getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
        getAppsWithAccessToProtectedBranch: [
          "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
        ],
        getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
        getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
        getBranchProtection: [
          "GET /repos/{owner}/{repo}/branches/{branch}/protection"
        ],
        getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
        getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
        getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
        getCollaboratorPermissionLevel: [
          "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
        ],
        getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
        getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
        getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
        getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
        getCommitSignatureProtection: [
          "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
        ],
        getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
        getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
        getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
        getCustomDeploymentProtectionRule: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
        ],
        getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
        getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
        getDeploymentBranchPolicy: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
        ],
        getDeploymentStatus: [
          "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
        ],
        getEnvironment: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}"
        ],
        getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
        getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
        getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
        getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
        getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
        getOrgRulesets: ["GET /orgs/{org}/rulesets"],
        getPages: ["GET /repos/{owner}/{repo}/pages"],
        getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
        getPagesDeployment: [
          "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
        ],
        getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
        getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
        getPullRequestReviewProtection: [
          "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
        ],
        getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
        getReadme: ["GET /repos/{owner}/{repo}/readme"],
        getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
        getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
        getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
        getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
        getRepoRuleSuite: [
          "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
        ],
        getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
        getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
        getRepoRulesetHistory: [
          "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
        ],
        getRepoRulesetVersion: [
          "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
        ],
        getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
        getStatusChecksProtection: [
          "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
        ],
        getTeamsWithAccessToProtectedBranch: [
          "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
        ],
        getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
        getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
        getUsersWithAccessToProtectedBranch: [
          "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
        ],
        getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
        getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
        getWebhookConfigForRepo: [
          "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
        ],
        getWebhookDelivery: [
          "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
        ],
        listActivities: ["GET /repos/{owner}/{repo}/activity"],
        listAttestations: [
          "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
        ],
        listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
        listBranches: ["GET /repos/{owner}/{repo}/branches"],
        listBranchesForHeadCommit: [
          "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
        ],
        listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
        listCommentsForCommit: [
          "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
        ],
        listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
        listCommitStatusesForRef: [
          "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
        ],
        listCommits: ["GET /repos/{owner}/{repo}/commits"],
        listContributors: ["GET /repos/{owner}/{repo}/contributors"],
        listCustomDeploymentRuleIntegrations: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
        ],
        listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
        listDeploymentBranchPolicies: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
        ],
        listDeploymentStatuses: [
          "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
        ],
        listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
        listForAuthenticatedUser: ["GET /user/repos"],
        listForOrg: ["GET /orgs/{org}/repos"],
        listForUser: ["GET /users/{username}/repos"],
        listForks: ["GET /repos/{owner}/{repo}/forks"],
        listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
        listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
        listLanguages: ["GET /repos/{owner}/{repo}/languages"],
        listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
        listPublic: ["GET /repositories"],
        listPullRequestsAssociatedWithCommit: [
          "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
        ],
        listReleaseAssets: [
          "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
        ],
        listReleases: ["GET /repos/{owner}/{repo}/releases"],
        listTags: ["GET /repos/{owner}/{repo}/tags"],
        listTeams: ["GET /repos/{owner}/{repo}/teams"],
        listWebhookDeliveries: [
          "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
        ],
        listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
        merge: ["POST /repos/{owner}/{repo}/merges"],
        mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
        pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
        redeliverWebhookDelivery: [
          "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
        ],
        removeAppAccessRestrictions: [
          "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
          {},
          { mapToData: "apps" }
        ],
        removeCollaborator: [
          "DELETE /repos/{owner}/{repo}/collaborators/{username}"
        ],
        removeStatusCheckContexts: [
          "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
          {},
          { mapToData: "contexts" }
        ],
        removeStatusCheckProtection: [
          "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
        ],
        removeTeamAccessRestrictions: [
          "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
          {},
          { mapToData: "teams" }
        ],
        removeUserAccessRestrictions: [
          "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
          {},
          { mapToData: "users" }
        ],
        renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
        replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
        requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
        setAdminBranchProtection: [
          "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
        ],
        setAppAccessRestrictions: [
          "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
          {},
          { mapToData: "apps" }
        ],
        setStatusCheckContexts: [
          "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
          {},
          { mapToData: "contexts" }
        ],
        setTeamAccessRestrictions: [
          "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
          {},
          { mapToData: "teams" }
        ],
        setUserAccessRestrictions: [
          "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
          {},
          { mapToData: "users" }
        ],
        testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
        transfer: ["POST /repos/{owner}/{repo}/transfer"],
        update: ["PATCH /repos/{owner}/{repo}"],
        updateBranchProtection: [
          "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
        ],
        updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
        updateDeploymentBranchPolicy: [
          "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
        ],
        updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
        updateInvitation: [
          "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
        ],
        updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
        updatePullRequestReviewProtection: [
          "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
        ],
        updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
        updateReleaseAsset: [
          "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
        ],
        updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
        updateStatusCheckPotection: [
          "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
          {},
          { renamed: ["repos", "updateStatusCheckProtection"] }
        ],
        updateStatusCheckProtection: [
          "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
        ],
        updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
        updateWebhookConfigForRepo: [
          "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
        ],
        uploadReleaseAsset: [
          "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
          { baseUrl: "https://uploads.github.com" }
        ]
      },
      search: {
        code: ["GET /search/code"],
        commits: ["GET /search/commits"],
        issuesAndPullRequests: ["GET /search/issues"],
        labels: ["GET /search/labels"],
        repos: ["GET /search/repositories"],
        topics: ["GET /search/topics"],
        users: ["GET /search/users"]
      },
      secretScanning: {
        createPushProtectionBypass: [
          "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
        ],
        getAlert: [
          "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
        ],
        getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
        listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
        listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
        listLocationsForAlert: [
          "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
        ],
        listOrgPatternConfigs: [
          "GET /orgs/{org}/secret-scanning/pattern-configurations"
        ],
        updateAlert: [
          "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
        ],
        updateOrgPatternConfigs: [
          "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
        ]
      },
      securityAdvisories: {
        createFork: [
          "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
        ],
        createPrivateVulnerabilityReport: [
          "POST /repos/{owner}/{repo}/security-advisories/reports"
        ],
        createRepositoryAdvisory: [
          "POST /repos/{owner}/{repo}/security-advisories"
        ],
        createRepositoryAdvisoryCveRequest: [
          "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
        ],
        getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
        getRepositoryAdvisory: [
          "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
        ],
        listGlobalAdvisories: ["GET /advisories"],
        listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
        listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
        updateRepositoryAdvisory: [
          "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
        ]
      },
      teams: {
        addOrUpdateMembershipForUserInOrg: [
          "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
        ],
        addOrUpdateRepoPermissionsInOrg: [
          "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
        ],
        checkPermissionsForRepoInOrg: [
          "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
        ],
        create: ["POST /orgs/{org}/teams"],
        createDiscussionCommentInOrg: [
          "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
        ],
        createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
        deleteDiscussionCommentInOrg: [
          "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
        ],
        deleteDiscussionInOrg: [
          "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
        ],
        deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
        getByName: ["GET /orgs/{org}/teams/{team_slug}"],
        getDiscussionCommentInOrg: [
          "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
        ],
        getDiscussionInOrg: [
          "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
        ],
        getMembershipForUserInOrg: [
          "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
        ],
        list: ["GET /orgs/{org}/teams"],
        listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
        listDiscussionCommentsInOrg: [
          "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
        ],
        listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
        listForAuthenticatedUser: ["GET /user/teams"],
        listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
        listPendingInvitationsInOrg: [
          "GET /orgs/{org}/teams/{team_slug}/invitations"
        ],
        listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
        removeMembershipForUserInOrg: [
          "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
        ],
        removeRepoInOrg: [
          "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
        ],
        updateDiscussionCommentInOrg: [
          "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
        ],
        updateDiscussionInOrg: [
          "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
        ],
        updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
      },
      users: {
        addEmailForAuthenticated: [
          "POST /user/emails",
          {},
          { renamed: ["users", "addEmailForAuthenticatedUser"] }
        ],
        addEmailForAuthenticatedUser: ["POST /user/emails"],
        addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
        block: ["PUT /user/blocks/{username}"],
        checkBlocked: ["GET /user/blocks/{username}"],
        checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
        checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
        createGpgKeyForAuthenticated: [
          "POST /user/gpg_keys",
          {},
          { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
        ],
        createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
        createPublicSshKeyForAuthenticated: [
          "POST /user/keys",
          {},
          { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
        ],
        createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
        createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
        deleteAttestationsBulk: [
          "POST /users/{username}/attestations/delete-request"
        ],
        deleteAttestationsById: [
          "DELETE /users/{username}/attestations/{attestation_id}"
        ],
        deleteAttestationsBySubjectDigest: [
          "DELETE /users/{username}/attestations/digest/{subject_digest}"
        ],
        deleteEmailForAuthenticated: [
          "DELETE /user/emails",
          {},
          { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
        ],
        deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
        deleteGpgKeyForAuthenticated: [
          "DELETE /user/gpg_keys/{gpg_key_id}",
          {},
          { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
        ],
        deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
        deletePublicSshKeyForAuthenticated: [
          "DELETE /user/keys/{key_id}",
          {},
          { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
        ],
        deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
        deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
        deleteSshSigningKeyForAuthenticatedUser: [
          "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
        ],
        follow: ["PUT /user/following/{username}"],
        getAuthenticated: ["GET /user"],
        getById: ["GET /user/{account_id}"],
        getByUsername: ["GET /users/{username}"],
        getContextForUser: ["GET /users/{username}/hovercard"],
        getGpgKeyForAuthenticated: [
          "GET /user/gpg_keys/{gpg_key_id}",
          {},
          { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
        ],
        getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
        getPublicSshKeyForAuthenticated: [
          "GET /user/keys/{key_id}",
          {},
          { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
        ],
        getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
        getSshSigningKeyForAuthenticatedUser: [
          "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
        ],
        list: ["GET /users"],
        listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
        listAttestationsBulk: [
          "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
        ],
        listBlockedByAuthenticated: [
          "GET /user/blocks",
          {},
          { renamed: ["users", "listBlockedByAuthenticatedUser"] }
        ],
        listBlockedByAuthenticatedUser: ["GET /user/blocks"],
        listEmailsForAuthenticated: [
          "GET /user/emails",
          {},
          { renamed: ["users", "listEmailsForAuthenticatedUser"] }
        ],
        listEmailsForAuthenticatedUser: ["GET /user/emails"],
        listFollowedByAuthenticated: [
          "GET /user/following",
          {},
          { renamed: ["users", "listFollowedByAuthenticatedUser"] }
        ],
        listFollowedByAuthenticatedUser: ["GET /user/following"],
        listFollowersForAuthenticatedUser: ["GET /user/followers"],
        listFollowersForUser: ["GET /users/{username}/followers"],
        listFollowingForUser: ["GET /users/{username}/following"],
        listGpgKeysForAuthenticated: [
          "GET /user/gpg_keys",
          {},
          { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
        ],
        listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
        listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
        listPublicEmailsForAuthenticated: [
          "GET /user/public_emails",
          {},
          { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
        ],
        listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
        listPublicKeysForUser: ["GET /users/{username}/keys"],
        listPublicSshKeysForAuthenticated: [
          "GET /user/keys",
          {},
          { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
        ],
        listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
        listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
        listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
        listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
        listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
        setPrimaryEmailVisibilityForAuthenticated: [
          "PATCH /user/email/visibility",
          {},
          { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
        ],
        setPrimaryEmailVisibilityForAuthenticatedUser: [
          "PATCH /user/email/visibility"
        ],
        unblock: ["DELETE /user/blocks/{username}"],
        unfollow: ["DELETE /user/following/{username}"],
        updateAuthenticated: ["PATCH /user"]
      }
    };
    endpoints_default = Endpoints;
  }
});

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}
var endpointMethodsMap, handler;
var init_endpoints_to_methods = __esm({
  "node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js"() {
    init_endpoints();
    endpointMethodsMap = /* @__PURE__ */ new Map();
    for (const [scope, endpoints] of Object.entries(endpoints_default)) {
      for (const [methodName, endpoint2] of Object.entries(endpoints)) {
        const [route, defaults, decorations] = endpoint2;
        const [method, url] = route.split(/ /);
        const endpointDefaults = Object.assign(
          {
            method,
            url
          },
          defaults
        );
        if (!endpointMethodsMap.has(scope)) {
          endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
        }
        endpointMethodsMap.get(scope).set(methodName, {
          scope,
          methodName,
          endpointDefaults,
          decorations
        });
      }
    }
    handler = {
      has({ scope }, methodName) {
        return endpointMethodsMap.get(scope).has(methodName);
      },
      getOwnPropertyDescriptor(target, methodName) {
        return {
          value: this.get(target, methodName),
          // ensures method is in the cache
          configurable: true,
          writable: true,
          enumerable: true
        };
      },
      defineProperty(target, methodName, descriptor) {
        Object.defineProperty(target.cache, methodName, descriptor);
        return true;
      },
      deleteProperty(target, methodName) {
        delete target.cache[methodName];
        return true;
      },
      ownKeys({ scope }) {
        return [...endpointMethodsMap.get(scope).keys()];
      },
      set(target, methodName, value) {
        return target.cache[methodName] = value;
      },
      get({ octokit, scope, cache: cache2 }, methodName) {
        if (cache2[methodName]) {
          return cache2[methodName];
        }
        const method = endpointMethodsMap.get(scope).get(methodName);
        if (!method) {
          return void 0;
        }
        const { endpointDefaults, decorations } = method;
        if (decorations) {
          cache2[methodName] = decorate(
            octokit,
            scope,
            methodName,
            endpointDefaults,
            decorations
          );
        } else {
          cache2[methodName] = octokit.request.defaults(endpointDefaults);
        }
        return cache2[methodName];
      }
    };
  }
});

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js
function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
var init_dist_src4 = __esm({
  "node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js"() {
    init_version3();
    init_endpoints_to_methods();
    restEndpointMethods.VERSION = VERSION10;
    legacyRestEndpointMethods.VERSION = VERSION10;
  }
});

// node_modules/@octokit/rest/dist-src/version.js
var VERSION11;
var init_version4 = __esm({
  "node_modules/@octokit/rest/dist-src/version.js"() {
    VERSION11 = "22.0.1";
  }
});

// node_modules/@octokit/rest/dist-src/index.js
var Octokit2;
var init_dist_src5 = __esm({
  "node_modules/@octokit/rest/dist-src/index.js"() {
    init_dist_src2();
    init_dist_src3();
    init_dist_bundle7();
    init_dist_src4();
    init_version4();
    Octokit2 = Octokit.plugin(requestLog, legacyRestEndpointMethods, paginateRest).defaults(
      {
        userAgent: `octokit-rest.js/${VERSION11}`
      }
    );
  }
});

// src/github/api-errors.ts
function factsOf(e) {
  const err = obj(e);
  const response = obj(err["response"]);
  const headers = {};
  for (const [k, v] of Object.entries(obj(response["headers"] ?? err["headers"]))) {
    headers[k.toLowerCase()] = v === void 0 || v === null ? void 0 : String(v);
  }
  if (Array.isArray(err["errors"]) && err["name"] === "GraphqlResponseError") {
    const errors = err["errors"].map(obj);
    return {
      message: errors.map((x) => String(x["message"] ?? "")).join("; "),
      headers,
      details: [],
      graphqlTypes: errors.map((x) => String(x["type"] ?? "")).filter((t) => t !== ""),
      graphql: true,
      network: false
    };
  }
  const status = typeof err["status"] === "number" ? err["status"] : void 0;
  const data = obj(response["data"]);
  const dataMessage = typeof data["message"] === "string" ? data["message"] : void 0;
  const details2 = Array.isArray(data["errors"]) ? data["errors"].map(
    (x) => typeof x === "string" ? x : String(obj(x)["message"] ?? obj(x)["code"] ?? JSON.stringify(x))
  ) : [];
  const raw = e instanceof Error ? e.message : typeof e === "string" ? e : "";
  const noAnswer = Object.keys(response).length === 0;
  const network = noAnswer && (status === 500 || status === void 0) && /fetch failed|ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|socket hang up|network|certificate/i.test(
    `${raw} ${String(obj(err["cause"])["code"] ?? "")} ${String(obj(err["cause"])["message"] ?? "")}`
  );
  return {
    ...status !== void 0 ? { status } : {},
    message: dataMessage ?? raw.replace(/ - https:\/\/docs\.github\.com\S*$/, ""),
    headers,
    details: details2,
    graphqlTypes: [],
    graphql: false,
    network
  };
}
function resetTime(headers, now) {
  const reset = Number(headers["x-ratelimit-reset"]);
  if (!Number.isFinite(reset) || reset <= 0) return "until it resets";
  const at = new Date(reset * 1e3);
  const minutes = Math.max(Math.ceil((reset * 1e3 - now) / 6e4), 0);
  return `until ${at.toISOString().slice(11, 16)} UTC (in ${minutes} min)`;
}
function permissionHint(facts, doing) {
  const perm = doing.permission ?? "the permission this step needs";
  if (/personal access token/i.test(facts.message)) {
    return `the token passed as \`token\` lacks ${perm}; give the token that permission on this repository`;
  }
  return `the token lacks ${perm}; add \`permissions: ${perm}\` to the workflow (or to the job that runs flake-steward)`;
}
function explain(facts, doing, apiUrl, now = Date.now()) {
  const s = facts.status;
  const said = facts.message ? ` (GitHub said: ${facts.message}${facts.details.length ? `: ${facts.details.join("; ")}` : ""})` : "";
  let why2;
  if (facts.network) {
    why2 = `the GitHub API at ${apiUrl} could not be reached: ${facts.message || "no answer"}`;
  } else if (facts.graphqlTypes.includes("FORBIDDEN") || s === 403 && /not accessible by/i.test(facts.message)) {
    why2 = `${permissionHint(facts, doing)}${said}`;
  } else if (/GitHub Actions is not permitted to create or approve pull requests/i.test(facts.message)) {
    why2 = "GitHub Actions may not create pull requests in this repository. Enable \"Allow GitHub Actions to create and approve pull requests\" in the repository's Settings → Actions → General → Workflow permissions (for an organization's repository, first in the organization's settings), or pass a GitHub App or personal token as `token`";
  } else if ((s === 403 || s === 429) && facts.headers["x-ratelimit-remaining"] === "0") {
    why2 = `GitHub's API rate limit is used up ${resetTime(facts.headers, now)}; run again after the reset, or pass a token with its own limit (a GitHub App token)`;
  } else if ((s === 403 || s === 429) && (/secondary rate limit/i.test(facts.message) || facts.headers["retry-after"])) {
    const after = facts.headers["retry-after"] ? ` (it asks to wait ${facts.headers["retry-after"]} s)` : "";
    why2 = `GitHub's secondary rate limit stopped the request${after}; run again in a few minutes, and avoid many update jobs at the same time`;
  } else if (facts.graphqlTypes.includes("RATE_LIMITED")) {
    why2 = "GitHub's GraphQL rate limit is used up; run again after it resets";
  } else if (s === 401) {
    why2 = "GitHub rejected the token (401 Bad credentials); check the secret passed as `token` (expired or revoked?)";
  } else if (s === 404 || facts.graphqlTypes.includes("NOT_FOUND")) {
    why2 = `GitHub answered 404 Not Found: it does not exist, or the token cannot see it${said}`;
  } else if (facts.graphqlTypes.includes("STALE_DATA")) {
    why2 = `the branch moved while the commit was being made (another run at the same time?); run again${said}`;
  } else if (s !== void 0 && s >= 500) {
    why2 = `GitHub answered ${s} even after retries; GitHub may be having problems (https://www.githubstatus.com), run again later${said}`;
  } else if (s === 422) {
    why2 = `GitHub rejected the request (422 Unprocessable Entity)${said}`;
  } else if (s !== void 0) {
    why2 = `GitHub answered ${s}${said}`;
  } else if (facts.graphql) {
    why2 = `GitHub's GraphQL API answered with errors${said}`;
  } else {
    why2 = facts.message || "unknown failure";
  }
  return `could not ${doing.what}: ${why2}`;
}
function toGitHubAPIError(e, doing, apiUrl, now = Date.now()) {
  if (e instanceof GitHubAPIError) return e;
  const facts = factsOf(e);
  return new GitHubAPIError(explain(facts, doing, apiUrl, now), facts.status);
}
function statusOf(e) {
  const s = obj(e)["status"];
  return typeof s === "number" ? s : void 0;
}
function messageOf(e) {
  const f = factsOf(e);
  return [f.message, ...f.details].join("; ");
}
var obj;
var init_api_errors = __esm({
  "src/github/api-errors.ts"() {
    "use strict";
    init_errors();
    obj = (v) => v && typeof v === "object" ? v : {};
  }
});

// src/github/client.ts
function serverUrlOf(apiUrl) {
  const u = new URL(apiUrl);
  if (u.host === "api.github.com") return "https://github.com";
  return `${u.protocol}//${u.host}${u.pathname.replace(/\/api\/v3\/?$/, "").replace(/\/+$/, "")}`;
}
function createGitHubClient(opts) {
  const { logger } = opts;
  const apiUrl = (opts.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, "");
  const serverUrl = (opts.serverUrl ?? serverUrlOf(apiUrl)).replace(/\/+$/, "");
  if (opts.token) {
    logger.setSecret(opts.token);
    logger.setSecret(Buffer.from(`x-access-token:${opts.token}`).toString("base64"));
  }
  const maxWait = opts.maxRateLimitWaitSeconds ?? 60;
  const unit = opts.timeUnitMs ?? 1e3;
  const where = (o) => `${o.method ?? ""} ${o.url ?? ""}`.trim();
  const throttle = {
    retryAfterBaseValue: unit,
    onRateLimit: (retryAfter, options, _octokit, retryCount) => {
      if (retryCount < 1 && retryAfter <= maxWait) {
        logger.warning(`GitHub API rate limit reached (${where(options)}); waiting ${retryAfter} s for the reset.`);
        return true;
      }
      logger.warning(
        `GitHub API rate limit reached (${where(options)}); the reset is ${retryAfter} s away, not waiting.`
      );
      return false;
    },
    onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
      if (retryCount < 2 && retryAfter <= maxWait) {
        logger.warning(`GitHub secondary rate limit (${where(options)}); retrying in ${retryAfter} s.`);
        return true;
      }
      logger.warning(`GitHub secondary rate limit (${where(options)}); retry-after ${retryAfter} s, not waiting.`);
      return false;
    },
    ...opts.spaceWrites === false ? { write: immediateGroup, notifications: immediateGroup } : {}
  };
  const octokit = new PluggedOctokit({
    ...opts.token ? { auth: opts.token } : {},
    baseUrl: apiUrl,
    userAgent: opts.userAgent ?? `flake-steward/${VERSION}`,
    retry: { doNotRetry: [...DO_NOT_RETRY], retries: opts.retries ?? 3, retryAfterBaseValue: unit },
    throttle,
    // Octokit logs every failed request as an error (`PATCH /repos/… - 403`), including those that are retried,
    // waited out or expected (a 404 probing for a branch). As `::error::` annotations they would mark a green run
    // red, so they go to the debug log; real failures reach the user as the GitHubAPIError the caller throws.
    log: {
      debug: (m) => logger.debug(m),
      info: (m) => logger.debug(m),
      warn: (m) => logger.warning(m),
      error: (m) => logger.debug(m)
    },
    ...opts.fetch ? { request: { fetch: opts.fetch } } : {}
  });
  return {
    octokit,
    logger,
    apiUrl,
    serverUrl,
    host: new URL(serverUrl).host,
    ...opts.token ? { token: opts.token } : {}
  };
}
async function call(gh, doing, fn) {
  try {
    return await fn();
  } catch (e) {
    throw toGitHubAPIError(e, doing, gh.apiUrl);
  }
}
async function callOrNotFound(gh, doing, fn) {
  try {
    return await fn();
  } catch (e) {
    if (e.status === 404) return void 0;
    throw toGitHubAPIError(e, doing, gh.apiUrl);
  }
}
var PluggedOctokit, DEFAULT_API_URL, DO_NOT_RETRY, immediateGroup;
var init_client = __esm({
  "src/github/client.ts"() {
    "use strict";
    init_dist_bundle();
    init_dist_bundle2();
    init_dist_src5();
    init_package_version();
    init_api_errors();
    PluggedOctokit = Octokit2.plugin(retry, throttling);
    DEFAULT_API_URL = "https://api.github.com";
    DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 451];
    immediateGroup = {
      key: () => ({
        schedule: (_options, fn, ...args) => Promise.resolve().then(() => fn(...args))
      })
    };
  }
});

// src/github/branch.ts
async function defaultBranch(gh, r) {
  const res = await call(
    gh,
    { what: `read repository ${fullName(r)}`, permission: "contents: read" },
    () => gh.octokit.rest.repos.get({ owner: r.owner, repo: r.repo })
  );
  return res.data.default_branch;
}
async function branchHead(gh, r, branch) {
  const res = await callOrNotFound(
    gh,
    { what: `read branch ${branch} of ${fullName(r)}`, permission: "contents: read" },
    () => gh.octokit.rest.git.getRef({ owner: r.owner, repo: r.repo, ref: `heads/${branch}` })
  );
  return res?.data.object.sha;
}
async function branchHeads(gh, r, branch, staging) {
  const refs = await call(
    gh,
    { what: `read branch ${branch} of ${fullName(r)}`, permission: "contents: read" },
    () => (
      // No `per_page` here: this list takes none (GitHub returns every match).
      gh.octokit.paginate(gh.octokit.rest.git.listMatchingRefs, { owner: r.owner, repo: r.repo, ref: `heads/${branch}` })
    )
  );
  const find = (name) => refs.find((x) => x.ref === `refs/heads/${name}`)?.object.sha;
  const head = find(branch);
  const stagingHead = find(staging);
  return { ...head ? { head } : {}, ...stagingHead ? { staging: stagingHead } : {} };
}
async function createBranch(gh, r, branch, sha) {
  await call(
    gh,
    { what: `create branch ${branch} in ${fullName(r)}`, permission: "contents: write" },
    () => gh.octokit.rest.git.createRef({ owner: r.owner, repo: r.repo, ref: `refs/heads/${branch}`, sha })
  );
}
async function moveBranch(gh, r, branch, sha, opts) {
  if (opts.force) assertOwnBranch(branch, opts.base);
  await call(
    gh,
    { what: `update branch ${branch} in ${fullName(r)}`, permission: "contents: write" },
    () => gh.octokit.rest.git.updateRef({ owner: r.owner, repo: r.repo, ref: `heads/${branch}`, sha, force: opts.force })
  );
}
async function deleteBranch(gh, r, branch, base) {
  assertOwnBranch(branch, base);
  try {
    await gh.octokit.rest.git.deleteRef({ owner: r.owner, repo: r.repo, ref: `heads/${branch}` });
    return true;
  } catch (e) {
    if (statusOf(e) === 404 || statusOf(e) === 422 && /does not exist/i.test(messageOf(e))) return false;
    throw toGitHubAPIError(
      e,
      { what: `delete branch ${branch} in ${fullName(r)}`, permission: "contents: write" },
      gh.apiUrl
    );
  }
}
function branchForFlake(branch, flakePath, several) {
  if (!several) return branch;
  const slug = flakePath === "." || flakePath === "" ? "root" : flakePath.replace(/[^A-Za-z0-9._/-]+/g, "-").replace(/\/+/g, "-").replace(/\.{2,}/g, ".").replace(/^[-.]+|[-.]+$/g, "");
  return `${branch}-${slug || "flake"}`;
}
function assertOwnBranch(branch, base) {
  if (branch === base || branch === "") {
    throw new UsageError(
      `refusing to rewrite branch '${branch}': it is the base branch`,
      "set the branch input to a branch of its own, such as flake-steward/update"
    );
  }
}
async function commitParents(gh, r, sha) {
  const res = await call(
    gh,
    { what: `read commit ${sha.slice(0, 7)} of ${fullName(r)}`, permission: "contents: read" },
    () => gh.octokit.rest.git.getCommit({ owner: r.owner, repo: r.repo, commit_sha: sha })
  );
  return res.data.parents.map((p) => p.sha);
}
async function readFileAt(gh, r, sha, path19) {
  const doing = { what: `read ${path19} at ${sha.slice(0, 7)} in ${fullName(r)}`, permission: "contents: read" };
  const res = await callOrNotFound(
    gh,
    doing,
    () => gh.octokit.rest.repos.getContent({ owner: r.owner, repo: r.repo, path: path19, ref: sha })
  );
  if (!res) return void 0;
  const data = res.data;
  if (Array.isArray(data) || data.type !== "file") return void 0;
  const file = data;
  if (file.encoding === "base64" && typeof file.content === "string") {
    return Buffer.from(file.content, "base64").toString("utf8");
  }
  const blob = await call(
    gh,
    doing,
    () => gh.octokit.rest.git.getBlob({ owner: r.owner, repo: r.repo, file_sha: file.sha })
  );
  return Buffer.from(blob.data.content, blob.data.encoding === "base64" ? "base64" : "utf8").toString("utf8");
}
var fullName;
var init_branch = __esm({
  "src/github/branch.ts"() {
    "use strict";
    init_errors();
    init_client();
    init_api_errors();
    fullName = (r) => `${r.owner}/${r.repo}`;
  }
});

// src/github/sanitize.ts
function sanitizeInline(text, maxLength = 200) {
  let s = neutralise(text.replace(/[\r\n]+/g, " ").trim(), { max: maxLength });
  s = s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  s = s.replace(/\bhttps?:\/\/(www\.)?github\.com\//gi, "https://redirect.github.com/");
  s = s.replace(/(^|[^\w`])@(?=[A-Za-z0-9])/g, `$1@${ZWSP2}`);
  s = s.replace(/#(?=\d)/g, `#${ZWSP2}`);
  s = s.replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP2}`);
  return s;
}
function sanitizeCommitTitle(message, maxLength = 200) {
  const first = message.split("\n").find((l) => l.trim() !== "") ?? "";
  return sanitizeInline(first, maxLength);
}
var ZWSP2;
var init_sanitize = __esm({
  "src/github/sanitize.ts"() {
    "use strict";
    init_neutralise();
    ZWSP2 = "​";
  }
});

// src/github/commit-list.ts
function ownHost(gh) {
  return (host) => host.toLowerCase() === gh.host.toLowerCase() ? gh : void 0;
}
function sameRepo2(a, b) {
  return a.forge === b.forge && a.host.toLowerCase() === b.host.toLowerCase() && a.owner.toLowerCase() === b.owner.toLowerCase() && a.repo.toLowerCase() === b.repo.toLowerCase();
}
function why(e) {
  const s = statusOf(e);
  const f = factsOf(e);
  if ((s === 403 || s === 429) && (f.headers["x-ratelimit-remaining"] === "0" || f.headers["retry-after"])) {
    return "GitHub API rate limit reached";
  }
  if (s === 404) return "GitHub does not know one of the revisions";
  if (s === 401 || s === 403) return "the token cannot read this repository";
  if (f.network) return "GitHub API unreachable";
  return s ? `GitHub API answered ${s}` : "GitHub API unavailable";
}
async function listCommits(clientFor, range, opts) {
  const repo = range.after?.repo ?? range.before?.repo;
  const from = range.before?.rev;
  const to = range.after?.rev;
  const link2 = range.compareUrl ?? (repo && from && to ? compareUrl(repo, from, to) : void 0);
  const linksOnly = (unavailable) => ({
    ...link2 ? { compareUrl: link2 } : {},
    commits: [],
    truncated: false,
    unavailable
  });
  if (!repo || !from || !to) return linksOnly("no revisions to compare");
  if (range.before?.repo && range.after?.repo && !sameRepo2(range.before.repo, range.after.repo)) {
    return linksOnly("the input moved to another repository");
  }
  if (repo.forge !== "github") return linksOnly(`commit lists come from GitHub only; see the ${repo.forge} link`);
  const gh = clientFor(repo.host);
  if (!gh) return linksOnly(`no API access to ${repo.host}`);
  if (opts.maxCommits <= 0) return linksOnly("commit lists are turned off");
  const basehead = `${from}...${to}`;
  const page = async (n, perPage) => {
    const r = await gh.octokit.rest.repos.compareCommitsWithBasehead({
      owner: repo.owner,
      repo: repo.repo,
      basehead,
      per_page: perPage,
      page: n
    });
    return { total: r.data.total_commits, behind: r.data.behind_by, commits: r.data.commits };
  };
  try {
    const probe = await page(2, 1);
    const total = probe.total;
    const start = Math.max(total - opts.maxCommits, 0);
    const collected = [];
    if (total > 0) {
      const first = Math.floor(start / PER_PAGE) + 1;
      const last = Math.ceil(total / PER_PAGE);
      for (let n = first; n <= last; n++) {
        const p = await page(n, PER_PAGE);
        p.commits.forEach((c, i) => {
          if ((n - 1) * PER_PAGE + i >= start) collected.push(c);
        });
      }
    }
    const commits = collected.reverse().map((c) => {
      const author = c.commit.author?.name;
      const date = c.commit.author?.date;
      return {
        sha: c.sha,
        shortSha: c.sha.slice(0, 7),
        title: sanitizeCommitTitle(c.commit.message),
        url: commitUrl(repo, c.sha),
        ...author ? { author: sanitizeInline(author, 80) } : {},
        ...date ? { date } : {}
      };
    });
    return {
      ...link2 ? { compareUrl: link2 } : {},
      commits,
      total,
      truncated: total > commits.length,
      ...probe.behind > 0 ? { behindBy: probe.behind } : {}
    };
  } catch (e) {
    const reason = why(e);
    gh.logger.info(`commit list for ${repo.owner}/${repo.repo} ${basehead} not available: ${reason}`);
    return linksOnly(reason);
  }
}
var PER_PAGE;
var init_commit_list = __esm({
  "src/github/commit-list.ts"() {
    "use strict";
    init_forge_links();
    init_api_errors();
    init_sanitize();
    PER_PAGE = 100;
  }
});

// src/github/commit-files.ts
import { mkdtemp, rm as rm3 } from "node:fs/promises";
import os from "node:os";
import path17 from "node:path";
function withSignoff(message, who) {
  const line = `Signed-off-by: ${who.name} <${who.email}>`;
  if (message.split("\n").includes(line)) return message;
  const trimmed = message.replace(/\s+$/, "");
  const paragraphs = trimmed.split(/\n\s*\n/);
  const last = paragraphs.length > 1 ? paragraphs[paragraphs.length - 1].split("\n") : [];
  const trailers = last.length > 0 && last.every((l) => TRAILER.test(l));
  return `${trimmed}${trailers ? "\n" : "\n\n"}${line}
`;
}
function splitMessage(message) {
  const lines2 = message.replace(/\r\n/g, "\n").split("\n");
  const headline2 = (lines2.shift() ?? "").trim();
  return { headline: headline2, body: lines2.join("\n").trim() };
}
async function commitViaApi(gh, r, opts) {
  const staging = stagingBranch(opts.branch);
  const existing = opts.stagingHead;
  if (existing === void 0) await createBranch(gh, r, staging, opts.parent);
  else if (existing !== opts.parent) await moveBranch(gh, r, staging, opts.parent, { force: true, base: opts.base });
  const { headline: headline2, body } = splitMessage(opts.message);
  const input = {
    branch: { repositoryNameWithOwner: fullName(r), branchName: staging },
    expectedHeadOid: opts.parent,
    message: body ? { headline: headline2, body } : { headline: headline2 },
    fileChanges: {
      additions: opts.files.filter((f) => f.contents !== null).map((f) => ({ path: f.path, contents: Buffer.from(f.contents, "utf8").toString("base64") })),
      deletions: opts.files.filter((f) => f.contents === null).map((f) => ({ path: f.path }))
    }
  };
  const res = await call(
    gh,
    { what: `commit ${opts.files.map((f) => f.path).join(", ")} to ${fullName(r)}`, permission: "contents: write" },
    () => gh.octokit.graphql(COMMIT_MUTATION, {
      input
    })
  );
  const oid = res.createCommitOnBranch?.commit?.oid;
  if (!oid) throw new GitHubAPIError(`could not commit to ${fullName(r)}: GitHub returned no commit`);
  return oid;
}
function gitAuthEnv(serverUrl, token) {
  const key2 = `http.${serverUrl.replace(/\/+$/, "")}/.extraheader`;
  const basic = Buffer.from(`x-access-token:${token}`).toString("base64");
  return {
    GIT_CONFIG_COUNT: "2",
    // An empty value first resets headers a checkout may have persisted (actions/checkout writes one).
    GIT_CONFIG_KEY_0: key2,
    GIT_CONFIG_VALUE_0: "",
    GIT_CONFIG_KEY_1: key2,
    GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
    GIT_TERMINAL_PROMPT: "0"
  };
}
function pushArgs(remoteUrl, sha, branch, expectedOld) {
  return [
    "push",
    "--porcelain",
    "--no-verify",
    `--force-with-lease=refs/heads/${branch}:${expectedOld ?? ""}`,
    remoteUrl,
    `${sha}:refs/heads/${branch}`
  ];
}
function identityEnv(author, committer) {
  return {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_COMMITTER_NAME: committer.name,
    GIT_COMMITTER_EMAIL: committer.email
  };
}
async function commitViaGit(opts) {
  const run = opts.runner ?? runProcess;
  const basic = Buffer.from(`x-access-token:${opts.token}`).toString("base64");
  const secrets = [opts.token, basic];
  const env = { ...process.env, GIT_TERMINAL_PROMPT: "0" };
  const git = (args, extra2 = {}) => run("git", ["-C", opts.cwd, ...args], {
    env: { ...env, ...extra2.env },
    secrets,
    ...extra2.input !== void 0 ? { input: extra2.input } : {}
  });
  const present = await run("git", ["-C", opts.cwd, "cat-file", "-e", `${opts.parent}^{commit}`], {
    env,
    check: false
  });
  if (present.code !== 0) {
    const shallow = (await git(["rev-parse", "--is-shallow-repository"])).stdout.trim() === "true";
    await git(
      ["fetch", "--quiet", "--no-tags", ...shallow ? ["--depth=1"] : [], opts.remoteUrl, `refs/heads/${opts.base}`],
      {
        env: gitAuthEnv(opts.serverUrl, opts.token)
      }
    );
  }
  const tmp = await mkdtemp(path17.join(os.tmpdir(), "flake-steward-index-"));
  try {
    const indexEnv = { GIT_INDEX_FILE: path17.join(tmp, "index") };
    await git(["read-tree", opts.parent], { env: indexEnv });
    for (const f of opts.files) {
      if (f.contents === null) {
        await git(["update-index", "--force-remove", "--", f.path], { env: indexEnv });
        continue;
      }
      const blob = (await git(["hash-object", "-w", "--stdin"], { input: f.contents })).stdout.trim();
      const staged = (await git(["ls-files", "--stage", "--", f.path], { env: indexEnv })).stdout.trim();
      const mode = /^(100755|100644) /.exec(staged)?.[1] ?? "100644";
      await git(["update-index", "--add", "--cacheinfo", `${mode},${blob},${f.path}`], { env: indexEnv });
    }
    const tree = (await git(["write-tree"], { env: indexEnv })).stdout.trim();
    const sha = (await git(["commit-tree", tree, "-p", opts.parent, "-F", "-"], {
      input: opts.message,
      env: identityEnv(opts.author, opts.committer)
    })).stdout.trim();
    await git(pushArgs(opts.remoteUrl, sha, opts.branch, opts.expectedOld), {
      env: gitAuthEnv(opts.serverUrl, opts.token)
    });
    return sha;
  } finally {
    await rm3(tmp, { recursive: true, force: true });
  }
}
var ACTIONS_BOT, TRAILER, COMMIT_MUTATION, stagingBranch;
var init_commit_files = __esm({
  "src/github/commit-files.ts"() {
    "use strict";
    init_errors();
    init_process();
    init_branch();
    init_client();
    ACTIONS_BOT = {
      name: "github-actions[bot]",
      email: "41898282+github-actions[bot]@users.noreply.github.com"
    };
    TRAILER = /^(Signed-off-by|Co-authored-by|Acked-by|Reviewed-by|Tested-by|Reported-by|Suggested-by|Helped-by|Change-Id): /i;
    COMMIT_MUTATION = `mutation($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid } }
}`;
    stagingBranch = (branch) => `${branch}.flake-steward-staging`;
  }
});

// src/github/pulls.ts
function toPull(p) {
  return {
    number: p.number,
    nodeId: p.node_id,
    url: p.html_url,
    title: p.title,
    body: p.body ?? "",
    draft: p.draft === true,
    headRef: p.head.ref,
    headSha: p.head.sha,
    baseRef: p.base.ref,
    labels: p.labels.flatMap((l) => l.name ? [l.name] : []),
    autoMerge: p.auto_merge !== null && p.auto_merge !== void 0
  };
}
function markerFor(flakePath) {
  return `<!-- flake-steward:${flakePath.replace(/--+/g, "-")} -->`;
}
function bodyWithMarker(body, marker2) {
  const withMarker = body.includes(marker2) ? body : `${body.replace(/\s+$/, "")}

${marker2}
`;
  if (withMarker.length <= MAX_BODY) return { body: withMarker, truncated: false };
  const note = "\n\n… (cut to fit GitHub's limit; the job summary has the full report)\n\n";
  const keep = MAX_BODY - note.length - marker2.length - 1;
  const cut2 = body.slice(0, keep).replace(/\n[^\n]*$/, "");
  return { body: `${cut2}${note}${marker2}
`, truncated: true };
}
async function findPullRequest(gh, r, branch, marker2) {
  const pulls = await call(
    gh,
    { what: `list pull requests of ${fullName(r)}`, permission: "pull-requests: read" },
    () => gh.octokit.paginate(gh.octokit.rest.pulls.list, {
      owner: r.owner,
      repo: r.repo,
      state: "open",
      head: `${r.owner}:${branch}`,
      per_page: 100
    })
  );
  const fromBranch = pulls.filter((p) => p.head.ref === branch).sort((a, b) => a.number - b.number);
  const marked = fromBranch.find((p) => (p.body ?? "").includes(marker2));
  const pick = marked ?? fromBranch[0];
  return pick ? toPull(pick) : void 0;
}
async function createPullRequest(gh, r, p) {
  const warnings = [];
  const create = (draft) => gh.octokit.rest.pulls.create({
    owner: r.owner,
    repo: r.repo,
    head: p.head,
    base: p.base,
    title: p.title,
    body: p.body,
    draft
  });
  try {
    return { kind: "created", pull: toPull((await create(p.draft)).data), warnings };
  } catch (e) {
    const msg = messageOf(e);
    if (statusOf(e) === 422 && /already exists/i.test(msg)) return { kind: "exists" };
    if (statusOf(e) === 422 && p.draft && /draft/i.test(msg)) {
      warnings.push(
        `GitHub does not allow draft pull requests in ${fullName(r)} (${msg}); opened it as ready for review.`
      );
      try {
        return { kind: "created", pull: toPull((await create(false)).data), warnings };
      } catch (e2) {
        if (statusOf(e2) === 422 && /already exists/i.test(messageOf(e2))) return { kind: "exists" };
        throw toGitHubAPIError(e2, DOING_CREATE(r), gh.apiUrl);
      }
    }
    throw toGitHubAPIError(e, DOING_CREATE(r), gh.apiUrl);
  }
}
async function updatePullRequest(gh, r, number, p) {
  const res = await call(
    gh,
    { what: `update pull request #${number} in ${fullName(r)}`, permission: "pull-requests: write" },
    () => gh.octokit.rest.pulls.update({
      owner: r.owner,
      repo: r.repo,
      pull_number: number,
      title: p.title,
      body: p.body,
      ...p.base ? { base: p.base } : {}
    })
  );
  return toPull(res.data);
}
async function ensureLabels(gh, r, labels) {
  if (labels.length === 0) return;
  const doing = { what: `create labels in ${fullName(r)}`, permission: "issues: write" };
  const existing = await call(
    gh,
    doing,
    () => gh.octokit.paginate(gh.octokit.rest.issues.listLabelsForRepo, { owner: r.owner, repo: r.repo, per_page: 100 })
  );
  const have = new Set(existing.map((l) => l.name.toLowerCase()));
  for (const name of labels) {
    if (have.has(name.toLowerCase())) continue;
    try {
      await gh.octokit.rest.issues.createLabel({
        owner: r.owner,
        repo: r.repo,
        name,
        color: labelColor(name),
        description: "Created by flake-steward"
      });
    } catch (e) {
      if (!(statusOf(e) === 422 && /already_exists|already exists/i.test(messageOf(e))))
        throw toGitHubAPIError(e, doing, gh.apiUrl);
    }
    have.add(name.toLowerCase());
  }
}
function labelColor(name) {
  let h = 0;
  for (const c of name) h = h * 33 + c.charCodeAt(0) >>> 0;
  const palette = ["5319e7", "0e8a16", "1d76db", "fbca04", "b60205", "c5def5", "d4c5f9", "bfdadc"];
  return palette[h % palette.length];
}
async function addLabels(gh, r, number, labels) {
  if (labels.length === 0) return;
  await ensureLabels(gh, r, labels);
  await call(
    gh,
    { what: `label pull request #${number} in ${fullName(r)}`, permission: "issues: write" },
    () => gh.octokit.rest.issues.addLabels({ owner: r.owner, repo: r.repo, issue_number: number, labels: [...labels] })
  );
}
async function addAssignees(gh, r, number, assignees) {
  if (assignees.length === 0) return;
  await call(
    gh,
    { what: `assign pull request #${number} in ${fullName(r)}`, permission: "issues: write" },
    () => gh.octokit.rest.issues.addAssignees({
      owner: r.owner,
      repo: r.repo,
      issue_number: number,
      assignees: [...assignees]
    })
  );
}
async function requestReviewers(gh, r, number, reviewers, teams) {
  if (reviewers.length === 0 && teams.length === 0) return;
  try {
    await gh.octokit.rest.pulls.requestReviewers({
      owner: r.owner,
      repo: r.repo,
      pull_number: number,
      reviewers: [...reviewers],
      team_reviewers: teams.map((t) => t.replace(/^[^/]+\//, ""))
    });
  } catch (e) {
    const err = toGitHubAPIError(
      e,
      { what: `request reviews on pull request #${number}`, permission: "pull-requests: write" },
      gh.apiUrl
    );
    if (statusOf(e) === 422) {
      err.message += ". Reviewers must be collaborators of the repository; teams need read access to it, and team reviewers need a token that can read the organization's teams (GITHUB_TOKEN cannot: use a GitHub App or personal token)";
    }
    throw err;
  }
}
async function setDraft(gh, pull, draft) {
  if (pull.draft === draft) return;
  await call(
    gh,
    {
      what: `mark pull request #${pull.number} ${draft ? "as draft" : "ready for review"}`,
      permission: "pull-requests: write"
    },
    () => gh.octokit.graphql(SET_DRAFT[draft ? "true" : "false"], { id: pull.nodeId })
  );
}
async function enableAutoMerge(gh, pull, method) {
  try {
    await gh.octokit.graphql(AUTO_MERGE2, { id: pull.nodeId, mergeMethod: method.toUpperCase() });
  } catch (e) {
    const err = toGitHubAPIError(
      e,
      { what: `enable auto-merge on pull request #${pull.number}`, permission: "pull-requests: write" },
      gh.apiUrl
    );
    if (/auto.?merge is not allowed|not allowed/i.test(messageOf(e))) {
      err.message += `. Enable "Allow auto-merge" in the repository's Settings → General, and the merge method chosen`;
    }
    throw err;
  }
}
async function comment(gh, r, number, body) {
  await call(
    gh,
    { what: `comment on pull request #${number} in ${fullName(r)}`, permission: "pull-requests: write" },
    () => gh.octokit.rest.issues.createComment({ owner: r.owner, repo: r.repo, issue_number: number, body })
  );
}
async function closePull(gh, r, number) {
  await call(
    gh,
    { what: `close pull request #${number} in ${fullName(r)}`, permission: "pull-requests: write" },
    () => gh.octokit.rest.pulls.update({ owner: r.owner, repo: r.repo, pull_number: number, state: "closed" })
  );
}
var MAX_BODY, DOING_CREATE, SET_DRAFT, AUTO_MERGE2;
var init_pulls = __esm({
  "src/github/pulls.ts"() {
    "use strict";
    init_branch();
    init_client();
    init_api_errors();
    MAX_BODY = 65536;
    DOING_CREATE = (r) => ({ what: `create the pull request in ${fullName(r)}`, permission: "pull-requests: write" });
    SET_DRAFT = {
      true: `mutation($id: ID!) { convertPullRequestToDraft(input: { pullRequestId: $id }) { pullRequest { isDraft } } }`,
      false: `mutation($id: ID!) { markPullRequestReadyForReview(input: { pullRequestId: $id }) { pullRequest { isDraft } } }`
    };
    AUTO_MERGE2 = `mutation($id: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: $mergeMethod }) { pullRequest { number } }
}`;
  }
});

// src/github/publish-pull-request.ts
async function differs(gh, r, sha, files) {
  for (const f of files) {
    const now = await readFileAt(gh, r, sha, f.path);
    if ((now ?? null) !== f.contents) return true;
  }
  return false;
}
function warn(gh, warnings, e) {
  const message = e instanceof Error ? e.message : String(e);
  gh.logger.warning(message);
  warnings.push(message);
}
async function extra(gh, warnings, fn) {
  try {
    await fn();
  } catch (e) {
    warn(gh, warnings, e);
  }
}
async function publishPullRequest(gh, opts) {
  const r = opts.repository;
  assertValidBranchName(opts.branch);
  const base = opts.base ?? await defaultBranch(gh, r);
  assertOwnBranch(opts.branch, base);
  if (opts.files.length === 0) return closePullRequestIfOpen(gh, { ...opts, base });
  const warnings = [];
  const baseSha = await branchHead(gh, r, base);
  if (!baseSha) {
    throw new UsageError(
      `the base branch '${base}' does not exist in ${fullName(r)}`,
      "set the base input to an existing branch"
    );
  }
  if (!await differs(gh, r, baseSha, opts.files)) return closePullRequestIfOpen(gh, { ...opts, base });
  const existing = await findPullRequest(gh, r, opts.branch, opts.marker);
  const heads = await branchHeads(gh, r, opts.branch, stagingBranch(opts.branch));
  const oldSha = heads.head;
  const { body, truncated } = bodyWithMarker(opts.body, opts.marker);
  if (truncated)
    warn(
      gh,
      warnings,
      "the pull request body was longer than GitHub allows and was cut; the job summary has all of it"
    );
  const upToDate = oldSha !== void 0 && (await commitParents(gh, r, oldSha)).join() === baseSha && !await differs(gh, r, oldSha, opts.files);
  let newSha = oldSha;
  if (!upToDate) newSha = await commitAndMove(gh, r, { ...opts, base, baseSha, oldSha, stagingHead: heads.staging });
  else if (heads.staging) {
    await extra(gh, warnings, async () => {
      await deleteBranch(gh, r, stagingBranch(opts.branch), base);
    });
  }
  let adopted = false;
  const rollback = async (cause) => {
    const undo = existing ? upToDate || oldSha === void 0 ? void 0 : "move" : adopted ? void 0 : "delete";
    if (undo) {
      try {
        if (undo === "delete") await deleteBranch(gh, r, opts.branch, base);
        else await moveBranch(gh, r, opts.branch, oldSha, { force: true, base });
      } catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        throw new GitHubAPIError(
          `${cause instanceof Error ? cause.message : String(cause)}; and putting branch ${opts.branch} back failed too (${msg}): delete the branch ${opts.branch} by hand or run again`,
          cause.status
        );
      }
    }
    throw cause;
  };
  let pull;
  let operation;
  if (existing) {
    try {
      pull = await updatePullRequest(gh, r, existing.number, {
        title: opts.title,
        body,
        ...existing.baseRef !== base ? { base } : {}
      });
    } catch (e) {
      return rollback(e);
    }
    operation = "updated";
  } else {
    let created;
    try {
      created = await createPullRequest(gh, r, {
        head: opts.branch,
        base,
        title: opts.title,
        body,
        draft: opts.draft ?? false
      });
      if (created.kind === "exists") {
        const found = await findPullRequest(gh, r, opts.branch, opts.marker);
        if (!found)
          throw new GitHubAPIError(`GitHub says a pull request from ${opts.branch} exists, but none is open`, 422);
        adopted = true;
        pull = await updatePullRequest(gh, r, found.number, { title: opts.title, body });
        operation = "updated";
      } else {
        pull = created.pull;
        for (const w of created.warnings) warn(gh, warnings, w);
        operation = "created";
      }
    } catch (e) {
      return rollback(e);
    }
  }
  await extra(
    gh,
    warnings,
    () => addLabels(
      gh,
      r,
      pull.number,
      (opts.labels ?? []).filter((l) => !pull.labels.includes(l))
    )
  );
  if (operation === "created") {
    await extra(gh, warnings, () => addAssignees(gh, r, pull.number, opts.assignees ?? []));
    await extra(
      gh,
      warnings,
      () => requestReviewers(gh, r, pull.number, opts.reviewers ?? [], opts.teamReviewers ?? [])
    );
  }
  if (operation === "updated") await extra(gh, warnings, () => setDraft(gh, pull, opts.draft ?? false));
  const autoMerge = opts.autoMerge ?? "off";
  if (autoMerge !== "off" && !pull.autoMerge && !(opts.draft ?? false)) {
    await extra(gh, warnings, () => enableAutoMerge(gh, pull, autoMerge));
  }
  return { operation, number: pull.number, url: pull.url, ...newSha ? { commit: newSha } : {}, warnings };
}
async function commitAndMove(gh, r, opts) {
  const mode = opts.commitMode ?? "api";
  if (mode === "git") {
    if (!opts.git) throw new UsageError("commit-mode git needs a checkout", "run actions/checkout before this step");
    if (!gh.token) throw new UsageError("commit-mode git needs a token", "pass the token input");
    const author = opts.author ?? opts.committer ?? ACTIONS_BOT;
    const committer = opts.committer ?? author;
    const message2 = opts.signoff ? withSignoff(opts.commitMessage, committer) : opts.commitMessage;
    return commitViaGit({
      cwd: opts.git.cwd,
      remoteUrl: `${gh.serverUrl}/${r.owner}/${r.repo}.git`,
      serverUrl: gh.serverUrl,
      token: gh.token,
      parent: opts.baseSha,
      base: opts.base,
      branch: opts.branch,
      expectedOld: opts.oldSha,
      files: opts.files,
      message: message2,
      author,
      committer,
      ...opts.git.runner ? { runner: opts.git.runner } : {}
    });
  }
  const message = opts.signoff ? withSignoff(opts.commitMessage, opts.author ?? await viewerIdentity(gh)) : opts.commitMessage;
  const staging = stagingBranch(opts.branch);
  assertOwnBranch(staging, opts.base);
  try {
    const sha = await commitViaApi(gh, r, {
      parent: opts.baseSha,
      files: opts.files,
      message,
      base: opts.base,
      branch: opts.branch,
      stagingHead: opts.stagingHead
    });
    if (opts.oldSha === void 0) await createBranch(gh, r, opts.branch, sha);
    else await moveBranch(gh, r, opts.branch, sha, { force: true, base: opts.base });
    return sha;
  } finally {
    try {
      await deleteBranch(gh, r, staging, opts.base);
    } catch (e) {
      gh.logger.warning(
        `could not delete the staging branch ${staging} (the next run reuses it): ${e.message}`
      );
    }
  }
}
async function viewerIdentity(gh) {
  try {
    const v = await gh.octokit.graphql(VIEWER);
    if (v.viewer.databaseId)
      return { name: v.viewer.login, email: `${v.viewer.databaseId}+${v.viewer.login}@users.noreply.github.com` };
  } catch {
  }
  return ACTIONS_BOT;
}
async function closePullRequestIfOpen(gh, opts) {
  const r = opts.repository;
  const base = opts.base ?? await defaultBranch(gh, r);
  assertOwnBranch(opts.branch, base);
  const warnings = [];
  const pull = await findPullRequest(gh, r, opts.branch, opts.marker);
  if (pull) await comment(gh, r, pull.number, opts.closeComment ?? DEFAULT_CLOSE_COMMENT);
  await deleteBranch(gh, r, opts.branch, base);
  await extra(gh, warnings, async () => {
    await deleteBranch(gh, r, stagingBranch(opts.branch), base);
  });
  if (!pull) return { operation: "none", warnings };
  await extra(gh, warnings, () => closePull(gh, r, pull.number));
  return { operation: "closed", number: pull.number, url: pull.url, warnings };
}
var DEFAULT_CLOSE_COMMENT, VIEWER;
var init_publish_pull_request = __esm({
  "src/github/publish-pull-request.ts"() {
    "use strict";
    init_errors();
    init_branch_name();
    init_branch();
    init_commit_files();
    init_pulls();
    DEFAULT_CLOSE_COMMENT = "The lock file no longer differs from the base branch, so this pull request is no longer needed. Closing it and deleting its branch. (flake-steward)";
    VIEWER = `query { viewer { login databaseId } }`;
  }
});

// src/render/commit-message.ts
function commitSubject(report, prefix = "flake.lock: update") {
  const names = [];
  for (const f of report.flakes) {
    for (const c of f.inputs) {
      const name = neutralise(c.name);
      if (!names.includes(name)) names.push(name);
    }
  }
  if (names.length === 0) return prefix;
  for (let shown2 = names.length; shown2 >= 1; shown2--) {
    const rest = names.length - shown2;
    const subject = `${prefix} ${names.slice(0, shown2).join(", ")}${rest > 0 ? ` and ${rest} more` : ""}`;
    if (subject.length <= SUBJECT_WIDTH || shown2 === 1) return subject;
  }
  return prefix;
}
function side(s, follows) {
  if (follows) return `follows ${follows.length === 0 ? "(this flake)" : neutraliseText(follows.join("/"))}`;
  if (!s) return "(none)";
  const id = neutraliseText(s.rev ? shortRev(s.rev) : s.tag ?? s.url ?? s.type);
  return s.date ? `${id} (${s.date})` : id;
}
function span(c) {
  if (c.spanDays === void 0) return "";
  const n = Math.abs(c.spanDays);
  return `${c.spanDays < 0 ? "-" : "+"}${n} day${n === 1 ? "" : "s"}`;
}
function inputsText(changes) {
  const rows = changes.map((c) => {
    const s = c.after ?? c.before;
    const label = s && s.label !== s.url ? neutraliseText(s.label) : "";
    const note = c.kind === "added" ? "added" : c.kind === "removed" ? "removed" : span(c);
    const change = `${side(c.before, c.followsBefore)} -> ${side(c.after, c.followsAfter)}`;
    return [neutralise(c.name), label, note ? `${change}, ${note}` : change];
  });
  const widths = [0, 1].map((i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map(([name, label, change]) => `  ${name.padEnd(widths[0])}  ${label.padEnd(widths[1])}  ${change}`.trimEnd()).join("\n");
}
function commitMessage(report, prefix) {
  const parts = [commitSubject(report, prefix)];
  const changed = report.flakes.filter((f) => f.inputs.length > 0);
  if (changed.length === 0) return `${parts[0]}
`;
  parts.push("Flake lock file updates:");
  for (const f of changed) {
    const table2 = inputsText(f.inputs);
    parts.push(report.flakes.length > 1 ? `${neutraliseText(f.lockFile)}:
${table2}` : table2);
  }
  return `${parts.join("\n\n")}
`;
}
var SUBJECT_WIDTH;
var init_commit_message = __esm({
  "src/render/commit-message.ts"() {
    "use strict";
    init_neutralise();
    init_forge_links();
    SUBJECT_WIDTH = 72;
  }
});

// src/update/build-failure-policy.ts
var build_failure_policy_exports = {};
__export(build_failure_policy_exports, {
  decideOnBuildFailure: () => decideOnBuildFailure,
  planFlake: () => planFlake
});
function planFlake(flake, onBuildFailure, draft, anyFailure) {
  const failed = flake.configurations.filter((c) => c.after.status === "failed").map((c) => c.attr);
  if (onBuildFailure === "fail" && anyFailure) {
    return { kind: "skip", why: "builds failed after the update (on-build-failure: fail)", warn: false };
  }
  if (flake.lock.before === flake.lock.after) return { kind: "close" };
  if (failed.length === 0) return { kind: "publish", draft, failed };
  switch (onBuildFailure) {
    case "skip-pr":
      return {
        kind: "skip",
        why: `${failed.length} build(s) failed after the update: ${failed.join(", ")} (on-build-failure: skip-pr)`,
        warn: true
      };
    case "draft":
      return { kind: "publish", draft: true, failed };
    default:
      return { kind: "publish", draft, failed };
  }
}
function decideOnBuildFailure(report, onBuildFailure, draft) {
  const failed = failedAfter(report);
  const anyFailure = failed.length > 0;
  return {
    failRun: onBuildFailure === "fail" && anyFailure,
    ...anyFailure ? {
      failure: `${failed.length} build(s) failed after the update: ${failed.map((f) => f.configuration.attr).join(", ")}`
    } : {},
    flakes: report.flakes.map((f) => planFlake(f, onBuildFailure, draft, anyFailure))
  };
}
var init_build_failure_policy = __esm({
  "src/update/build-failure-policy.ts"() {
    "use strict";
    init_update_result();
  }
});

// src/app/publish.ts
var publish_exports = {};
__export(publish_exports, {
  TEST_TIME_UNIT_ENV: () => TEST_TIME_UNIT_ENV,
  commitListTargets: () => commitListTargets,
  commitLists: () => commitLists,
  planPullRequests: () => planPullRequests,
  publish: () => publish,
  pullRequestBody: () => pullRequestBody,
  severalFlakes: () => severalFlakes,
  testTiming: () => testTiming,
  wirePublish: () => wirePublish
});
import path18 from "node:path";
function testTiming(env) {
  const raw = env[TEST_TIME_UNIT_ENV];
  if (raw === void 0 || raw === "") return {};
  if (!/^\d+$/.test(raw)) throw new UsageError(`invalid value '${raw}' for ${TEST_TIME_UNIT_ENV}`, "expected a number");
  return { timeUnitMs: Number(raw), spaceWrites: false };
}
function severalFlakes(config, report) {
  return config.paths.length > 1 || config.paths.some(hasGlobChars) || report.flakes.length > 1;
}
function planPullRequests(config, report) {
  const several = severalFlakes(config, report);
  const decision = decideOnBuildFailure(report, config.update.onBuildFailure, config.pr.draft);
  return report.flakes.map((flake, i) => ({
    flake,
    branch: branchForFlake(config.pr.branch, flake.dir, several),
    marker: markerFor(flake.dir),
    title: several ? `${config.pr.title} (${flake.dir})` : config.pr.title,
    plan: decision.flakes[i]
  }));
}
function commitListTargets(flake, clientFor) {
  return flake.inputs.filter((c) => {
    const repo = c.after?.repo ?? c.before?.repo;
    return c.kind === "updated" && repo?.forge === "github" && c.before?.rev !== void 0 && c.after?.rev !== void 0 && clientFor(repo.host) !== void 0;
  });
}
async function commitLists(flake, clientFor, maxCommits) {
  const out = /* @__PURE__ */ new Map();
  if (maxCommits <= 0) return out;
  for (const change of commitListTargets(flake, clientFor)) {
    out.set(commitKey(flake.dir, change.name), await listCommits(clientFor, change, { maxCommits }));
  }
  return out;
}
function pullRequestBody(report, target, commits, fullReportUrl) {
  const one = { ...report, flakes: [target.flake] };
  return renderReport(one, {
    marker: target.marker,
    commits,
    maxLength: MAX_LENGTH,
    ...fullReportUrl ? { fullReportUrl } : {}
  }).markdown;
}
async function repositoryPath(workspace, lockFile, git) {
  const prefix = await git.pathPrefix(workspace) ?? "";
  return path18.posix.join(prefix, lockFile);
}
function wirePublish(config, logger, opts = {}) {
  const github = opts.client ?? createGitHubClient({
    ...config.pr.token ? { token: config.pr.token } : {},
    apiUrl: config.pr.apiUrl,
    serverUrl: config.pr.serverUrl,
    logger,
    ...testTiming(opts.env ?? process.env)
  });
  return {
    github,
    git: opts.git ?? createGit(opts.env ? { env: opts.env } : {}),
    fs: opts.fs ?? nodeFs,
    logger
  };
}
async function publish(config, report, ports, extras = {}) {
  const { logger } = ports;
  if (!config.pr.repository) {
    throw new UsageError("command 'update' needs the repository (owner/repo) to open the pull request");
  }
  const clientFor = ownHost(ports.github);
  const flakes = [];
  const errors = [];
  for (const target of planPullRequests(config, report)) {
    const { flake, plan } = target;
    const where = report.flakes.length > 1 ? ` for ${flake.dir}` : "";
    const about = { dir: flake.dir, lockFile: flake.lockFile, branch: target.branch, plan: plan.kind };
    try {
      const result = await logger.group(
        `Pull request${where}`,
        () => publishFlake(config, report, target, { ...ports, clientFor }, extras)
      );
      flakes.push({
        ...about,
        operation: result.operation,
        ...result.number !== void 0 ? { number: result.number } : {},
        ...result.url !== void 0 ? { url: result.url } : {}
      });
      if (plan.kind === "skip") continue;
      const what = result.number !== void 0 ? ` #${result.number} ${result.url ?? ""}`.trimEnd() : "";
      logger.info(`Pull request${where}: ${result.operation}${what}`);
    } catch (e) {
      errors.push({ target, error: e });
      flakes.push({ ...about, operation: "none", error: messageOf2(e) });
    }
  }
  const shown2 = flakes.find((f) => f.error === void 0 && f.operation !== "none") ?? flakes[0];
  const outputs = {
    operation: shown2?.operation ?? "none",
    number: shown2?.number !== void 0 ? String(shown2.number) : "",
    url: shown2?.url ?? ""
  };
  const error = failure(errors, report);
  return { flakes, outputs, ...error ? { error } : {} };
}
function messageOf2(e) {
  return e instanceof Error ? e.message : String(e);
}
function failure(errors, report) {
  if (errors.length === 0) return void 0;
  if (errors.length === 1 && report.flakes.length === 1) {
    const e = errors[0].error;
    return e instanceof Error ? e : new Error(String(e));
  }
  const lines2 = errors.map(({ target, error }) => `${target.flake.dir}: ${messageOf2(error)}`);
  return new Error(`the pull request failed for ${errors.length} flake(s):
${lines2.join("\n")}`);
}
async function publishFlake(config, report, target, fx, extras) {
  const { flake, plan } = target;
  const repository = config.pr.repository;
  const common = {
    repository,
    ...config.pr.base ? { base: config.pr.base } : {},
    branch: target.branch,
    marker: target.marker
  };
  if (plan.kind === "skip") {
    if (plan.warn) fx.logger.warning(`No pull request for ${flake.lockFile}: ${plan.why}.`);
    else fx.logger.info(`No pull request for ${flake.lockFile}: ${plan.why}.`);
    return { operation: "none", warnings: [] };
  }
  if (plan.kind === "close") {
    fx.logger.info(`${flake.lockFile} did not change: closing the pull request from ${target.branch} if one is open.`);
    return closePullRequestIfOpen(fx.github, common);
  }
  const workspaceLock = path18.resolve(config.workspace, flake.lockFile);
  const bytes = await fx.fs.read(workspaceLock).catch(() => void 0);
  const contents = bytes?.toString("utf8") ?? flake.lock.after;
  if (contents !== flake.lock.after) {
    fx.logger.warning(
      `${flake.lockFile} changed after the update (it no longer matches what Nix wrote); committing Nix's version.`
    );
  }
  const commits = await commitLists(flake, fx.clientFor, config.pr.maxCommits);
  const body = pullRequestBody(report, target, commits, extras.fullReportUrl);
  if (plan.failed.length > 0) {
    fx.logger.warning(
      `${plan.failed.length} build(s) failed after the update (${plan.failed.join(", ")}): the pull request ${plan.draft ? "is a draft" : "is opened"} with the failure on top (on-build-failure: ${config.update.onBuildFailure}).`
    );
  }
  const one = { ...report, flakes: [flake] };
  return publishPullRequest(fx.github, {
    ...common,
    files: [{ path: await repositoryPath(config.workspace, flake.lockFile, fx.git), contents: flake.lock.after }],
    commitMessage: config.pr.commitMessage ?? commitMessage(one),
    title: target.title,
    body,
    labels: config.pr.labels,
    assignees: config.pr.assignees,
    reviewers: config.pr.reviewers,
    teamReviewers: config.pr.teamReviewers,
    draft: plan.draft,
    autoMerge: config.pr.autoMerge,
    commitMode: config.pr.commitMode,
    signoff: config.pr.signoff,
    ...config.pr.author ? { author: config.pr.author } : {},
    ...config.pr.committer ? { committer: config.pr.committer } : {},
    git: { cwd: config.workspace }
  });
}
var TEST_TIME_UNIT_ENV;
var init_publish = __esm({
  "src/app/publish.ts"() {
    "use strict";
    init_errors();
    init_git();
    init_branch();
    init_client();
    init_commit_list();
    init_publish_pull_request();
    init_pulls();
    init_commit_message();
    init_update_report();
    init_glob();
    init_fs();
    init_build_failure_policy();
    TEST_TIME_UNIT_ENV = "FLAKE_STEWARD_TEST_TIME_UNIT_MS";
  }
});

// src/cli/main.ts
init_errors();
init_interrupt();
init_neutralise();
init_package_version();
import { parseArgs } from "node:util";

// src/cli/command.ts
var EXIT = { ok: 0, failure: 1, usage: 2 };

// src/cli/commands/diff-closures.ts
init_diff();
init_format();
init_errors();
init_nix();
import { realpathSync } from "node:fs";
import path2 from "node:path";
init_neutralise();
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
init_interrupt();
init_process();
init_fs();
init_atomic_write();
import { rm as rm2 } from "node:fs/promises";
import path10 from "node:path";

// src/lint/fix-plan.ts
init_edit();
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
    const why2 = e instanceof NixSyntaxError2 ? e.format() : e instanceof Error ? e.message : String(e);
    throw new Error(`the fixes for ${plan.file} would not parse (${why2}); nothing was written — please report this`);
  }
}

// src/app/fix.ts
init_confine();
init_git();

// src/app/lint.ts
init_build_config();
init_flake_dirs();
import path9 from "node:path";

// src/lint/rule-engine.ts
init_errors();
init_glob();
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
function newAttrs2(span2) {
  return { kind: "attrs", entries: /* @__PURE__ */ new Map(), span: span2 };
}
function addBinding(into, path19, value, binding, topLevel) {
  let at = into;
  for (let i = 0; i < path19.length; i++) {
    const n = path19[i];
    if (n.name === void 0) {
      at.dynamic ??= n;
      return;
    }
    const last = i === path19.length - 1;
    let entry = at.entries.get(n.name);
    if (!entry) {
      const dotted = i > 0 ? path19[i - 1].name === "inputs" : topLevel && !last;
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
  fail(message, span2, hint) {
    throw new UserError(message, this.file, { line: span2.start.line, column: span2.start.column }, hint);
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
  computed(what, span2, how = "computed") {
    this.fail(
      `${what} is ${how}: Nix reads flake inputs without evaluating anything`,
      span2,
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
    const { lit, span: span2 } = this.leaf(e, what);
    if (lit.kind !== "bool")
      this.fail(
        `${what} must be true or false, not ${TYPE_NAMES[lit.kind]}`,
        span2,
        "write true or false, without quotes"
      );
    return { value: lit.value, span: span2 };
  }
  string(e, what) {
    const { lit, span: span2 } = this.leaf(e, what);
    if (lit.kind !== "string")
      this.fail(`${what} must be a string, not ${TYPE_NAMES[lit.kind]}`, span2, "write it in double quotes");
    return { value: lit.value, span: span2 };
  }
  input(entry, path19) {
    const where = `inputs.${path19.join(".inputs.")}`;
    if (entry.value.kind === "leaf") {
      const lit = literalOf(entry.value.expr, true);
      if (lit?.kind === "string" || lit?.kind === "path")
        this.fail(
          `input '${path19.join("/")}' must be an attribute set, not ${TYPE_NAMES[lit.kind]}`,
          entry.value.expr.span,
          `write ${where}.url = ${this.text.slice(entry.value.expr.span.start.offset, entry.value.expr.span.end.offset)};`
        );
    }
    const set = this.inputSet(entry, `input '${path19.join("/")}'`);
    let url;
    let flake;
    let follows;
    let nested = [];
    const other = [];
    let typeSpan;
    for (const [k, e] of set.entries) {
      const what = `${where}.${k}`;
      if (k === "url") {
        const { lit, span: span2 } = this.leaf(e, what);
        if (lit.kind !== "string" && lit.kind !== "path")
          this.fail(
            `${what} must be a string or a path, not ${TYPE_NAMES[lit.kind]}`,
            span2,
            'write a flake reference in double quotes, e.g. "github:owner/repo"'
          );
        url = { value: lit.value, span: span2 };
      } else if (k === "flake") flake = this.bool(e, what);
      else if (k === "follows") follows = this.string(e, what);
      else if (k === "inputs") nested = this.inputs(this.inputSet(e, what), path19);
      else {
        const { lit, span: span2 } = this.leaf(e, what);
        if (lit.kind !== "string" && lit.kind !== "bool" && lit.kind !== "int")
          this.fail(
            `flake input attribute '${k}' is ${TYPE_NAMES[lit.kind]} while a string, Boolean, or integer is expected`,
            span2,
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
      name: path19[path19.length - 1],
      path: path19,
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

// src/lint/lint-context.ts
init_flake_types();
init_follows();
init_lock();
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

// src/lint/rules/duplicates-duplicate-input.ts
init_flake_types();

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

// src/lint/fix-edits.ts
init_flake_types();
init_edit();

// src/lint/where.ts
init_flake_types();
function spanRegion(span2) {
  return { line: span2.start.line, column: span2.start.column, endLine: span2.end.line, endColumn: span2.end.column };
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
function declaredAt(ctx, path19) {
  if (!ctx.flake || path19.length === 0) return void 0;
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
  return index.get(path19.join("\0"));
}
function nearestDeclared(ctx, path19) {
  for (let n = path19.length; n > 0; n--) {
    const d = declaredAt(ctx, path19.slice(0, n));
    if (d) return d;
  }
  return void 0;
}
function nodeAt(ctx, path19) {
  const r = ctx.resolved.get(showPath(path19));
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
function lockRegionOf(ctx, path19) {
  if (!ctx.lock) return void 0;
  if (path19.length > 0) {
    const parent = path19.length === 1 ? ctx.lock.nodes.get(ctx.lock.root) : nodeAt(ctx, path19.slice(0, -1));
    if (parent && parent.inputs.has(path19[path19.length - 1])) {
      return lockLineRegion(ctx, lockInputLine(ctx, parent, path19[path19.length - 1]));
    }
  }
  const node = nodeAt(ctx, path19);
  if (node) return lockLineRegion(ctx, node.line);
  return void 0;
}
function lockNodeRegion(ctx, node) {
  return lockLineRegion(ctx, node.line);
}
function anchor(ctx, path19, opts = {}) {
  const decl = opts.ancestor ? nearestDeclared(ctx, path19) : declaredAt(ctx, path19);
  if (decl) return { in: "nix", ...spanRegion(decl.span) };
  const r = ctx.resolved.get(showPath(path19));
  const node = r && r.follows === void 0 ? nodeAt(ctx, path19) : void 0;
  if (node && opts.preferNode !== false) return { in: "lock", ...lockNodeRegion(ctx, node) };
  const region2 = lockRegionOf(ctx, path19);
  if (region2) return { in: "lock", ...region2 };
  return { in: "lock", line: 1, column: 1, endLine: 1, endColumn: 2 };
}
function inputFinding(ctx, path19, message, opts = {}) {
  return { ...anchor(ctx, path19, opts), message, input: showPath(path19) };
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
    index = allDeclared(ctx).flatMap((decl) => decl.bindings.map((span2) => ({ span: span2, decl })));
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

// src/lint/rules/duplicates-duplicate-input.ts
init_forge_links();

// src/lint/source.ts
init_forge_repo();
var str3 = (a, k) => {
  const v = a?.[k];
  return typeof v === "string" && v !== "" ? v : void 0;
};
function normalizeUrl(url) {
  const m = /^([a-z0-9+.-]+:\/\/)([^/?#]*)(.*)$/i.exec(url);
  let out = m ? `${m[1].toLowerCase()}${m[2].toLowerCase()}${m[3]}` : url;
  out = out.replace(/\/+$/, "").replace(/\.git$/, "");
  return out;
}
function coordinates(a) {
  const r = repoLocationOf(a);
  return r ? { host: r.host, owner: r.owner, repo: r.repo } : void 0;
}
function sourceFromAttrs(a, original) {
  const dir = str3(original, "dir") ?? str3(a, "dir");
  const dirPart = dir ? `?dir=${dir}` : "";
  const ref = str3(original, "ref") ?? (a.type === "git" || a.type === "hg" ? str3(a, "ref") : void 0);
  const pinned = str3(original, "rev") !== void 0;
  const type = a.type;
  if (type === "github" || type === "gitlab" || type === "sourcehut") {
    const at = coordinates(a);
    if (!at) return void 0;
    const hostLabel = str3(a, "host") ? `${at.host}/` : "";
    return {
      key: `${type}:${at.host}/${at.owner.toLowerCase()}/${at.repo.toLowerCase()}${dirPart}`,
      label: `${type}:${hostLabel}${str3(a, "owner")}/${str3(a, "repo")}${dirPart}`,
      ...ref ? { ref } : {},
      pinned,
      ...at
    };
  }
  const url = str3(a, "url");
  if (url) {
    return {
      key: `${type}:${normalizeUrl(url)}${dirPart}`,
      label: `${type}+${url}${dirPart}`.replace(/^(tarball|file)\+/, ""),
      ...ref ? { ref } : {},
      pinned,
      ...coordinates(a)
    };
  }
  const p = str3(a, "path");
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
  const ref = str3(original, "ref");
  if (ref) {
    const r = releaseOfBranch(ref);
    if (r) return { release: r, branch: ref };
  }
  const url = str3(original, "url") ?? str3(node.locked, "url");
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
  if (str3(node.original, "id") === "nixpkgs") return true;
  const url = str3(node.original, "url") ?? str3(node.locked, "url") ?? "";
  if (/^https?:\/\/(?:channels\.)?nixos\.org\//i.test(url) || /releases\.nixos\.org\//i.test(url)) return true;
  if (/flakehub\.com\/f\/[^/]+\/nixpkgs\//i.test(url)) return true;
  return false;
}
function lastModified(node) {
  const v = node.locked?.["lastModified"];
  return typeof v === "number" && Number.isFinite(v) ? new Date(v * 1e3) : void 0;
}

// src/lint/rules/duplicates-duplicate-input.ts
init_edit();
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
    const groups2 = duplicateGroups(ctx);
    const rootOrder = rootOrderOf(ctx);
    const kept = new Map(groups2.map((g) => [g, new Kept(rootOrder)]));
    const listing = new Map(
      groups2.map((g) => {
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
    const order = groups2.flatMap((g) => g.map((c) => ({ g, c }))).sort((x, y) => byScore(pref)(x.c, y.c));
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
      const path19 = paths[0];
      const keep = kept.get(g);
      if (path19.length === 1) {
        const twin = keep.twin(copy);
        keep.add(copy);
        if (!twin) continue;
        const other = showPath(twin.paths[0]);
        out.push({
          ...anchor(ctx, path19),
          input: showPath(path19),
          message: `${showPath(path19)} and ${other} are the same source (${copy.source.label}${copy.source.ref ? ` ${copy.source.ref}` : ""}) locked twice; ${showPath(path19)} is ${distance(copy, twin)}: use one of them, or make ${showPath(path19)} follow ${other}`,
          fix: {
            description: `Replace the reference of ${showPath(path19)} with a follows of ${other}`,
            text: `inputs.${attrName(path19[0])}.follows = ${JSON.stringify(other)};`,
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
      fixed.add(path19.join("\0"));
      const fix = followsFix(ctx, path19, target.paths[0]);
      out.push({
        ...anchor(ctx, path19, { ancestor: true }),
        input: showPath(path19),
        message: `${showPath(path19)} is one of ${g.length} copies of ${copy.source.label} in flake.lock (${listing.get(g)}); it is ${distance(copy, target)}: add \`${fix.text}\``,
        fix
      });
    }
    return out;
  }
};

// src/lint/rules/follows-cycle.ts
init_follows();
init_flake_types();

// src/lint/resolve.ts
init_follows();
function lookup(r) {
  return r.kind === "dangling" ? { kind: "missing", missing: r.missing } : r;
}
function findInput(lock, path19) {
  return lookup(resolverFor(lock).resolve(path19));
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
init_flake_types();
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
init_flake_types();
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
      const why2 = !node.flake ? `${parentName} is not a flake (flake = false), so it has no inputs to override` : has.length > 0 ? `the locked ${parentName} has no input '${d.name}' (its inputs: ${listed})` : `the locked ${parentName} has no inputs at all`;
      out.push({
        in: "nix",
        ...spanRegion(d.span),
        input: showPath(d.path),
        message: `override of ${showPath(d.path)} has no effect: ${why2}; Nix ignores it`,
        fix: removeOverrideFix(ctx, d)
      });
    }
    return out;
  }
};

// src/lint/rules/follows-self.ts
init_flake_types();
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
init_flake_types();
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
init_glob();
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
    for (const { name, path: path19, node } of rootNodes(ctx)) {
      if (node.locked?.type === "path" || typeof node.original?.["rev"] === "string") continue;
      const when = lastModified(node);
      if (!when) continue;
      const limit = maxAgeFor(ctx.options, name);
      const age = daysBetween(when, ctx.now);
      if (age <= limit) continue;
      out.push(
        inputFinding(
          ctx,
          path19,
          `input '${name}' is locked to a commit from ${when.toISOString().slice(0, 10)}, ${age} days old (max-age ${limit}): run \`nix flake update ${name}\` (Nix >= 2.19) or \`nix flake lock --update-input ${name}\``
        )
      );
    }
    return out;
  }
};

// src/lint/rules/freshness-unsupported-branch.ts
init_flakeref();
init_glob();
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
    for (const { name, path: path19, node } of candidates) {
      if (!isNixpkgs(node)) continue;
      const r = nixpkgsRelease(node);
      if (!r || isSupported(r.release, ctx.now)) continue;
      if (overridden(ctx.options.supportedUntil, name, ctx.now)) continue;
      const branch = /^\d/.test(r.branch) ? `release ${r.branch}` : r.branch;
      const message = `input '${name}' tracks ${branch}: NixOS ${r.release.name} is out of support since ${lastSupportedDay(r.release)}; move to the ${latest.name} release (nixos-${latest.name} or nixpkgs-${latest.name}-darwin)`;
      const decl = declaredAt(ctx, path19);
      if (decl?.url) out.push({ in: "nix", ...spanRegion(decl.url.span), input: name, message });
      else out.push(inputFinding(ctx, path19, message));
    }
    return out;
  }
};

// src/lint/rules/hygiene-indirect-input.ts
init_flakeref();
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
    for (const { name, path: path19, node } of rootNodes(ctx)) {
      if (node.original?.type !== "indirect") continue;
      const id = String(node.original["id"] ?? name);
      const ref = typeof node.original["ref"] === "string" ? `/${node.original["ref"]}` : "";
      out.push(
        inputFinding(
          ctx,
          path19,
          `input '${name}' is locked from the registry reference '${id}${ref}'; the registry differs between machines: ${advice(name, node)}`
        )
      );
    }
    return out;
  }
};

// src/lint/rules/hygiene-insecure-url.ts
init_flake_types();
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
        const path19 = paths[0];
        out.push(
          inputFinding(ctx, path19, `${showPath(path19)} is fetched over plain http (${url}): use https`, {
            ancestor: false
          })
        );
      }
    }
    return out;
  }
};

// src/lint/rules/hygiene-local-path-input.ts
init_flake_types();
function absoluteLocal(a) {
  if (!a) return void 0;
  const path19 = a["path"];
  if (a.type === "path" && typeof path19 === "string" && path19.startsWith("/nix/store/") && typeof a["narHash"] === "string")
    return void 0;
  if (a.type === "path" && typeof path19 === "string" && path19.startsWith("/")) return `path:${path19}`;
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
      const path19 = paths[0];
      out.push(
        inputFinding(
          ctx,
          path19,
          `${showPath(path19)} is locked from a local absolute path (${where}), which only exists on one machine`
        )
      );
    }
    return out;
  }
};

// src/lint/rules/hygiene-unlocked-input.ts
init_flake_types();
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
      const path19 = paths[0];
      const locked = node.locked;
      if (!locked) {
        out.push(
          inputFinding(ctx, path19, `${showPath(path19)} has no "locked" entry in flake.lock`, { preferNode: true })
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
          path19,
          `${showPath(path19)} is not locked: its lock entry has no ${missing.join(" and no ")}; run \`nix flake lock\` from a clean state`,
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
    for (const { name, path: path19, node } of rootNodes(ctx)) {
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
          path19,
          `input '${name}' takes nixpkgs from ${o.host && o.host !== "github.com" ? `${o.host}/` : ""}${who}, not NixOS/nixpkgs: if this fork is intended, allow it with allowed-nixpkgs-owners: ${o.owner}`
        )
      );
    }
    return out;
  }
};

// src/lint/rules/sync-follows-not-locked.ts
init_flake_types();
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
      const span2 = flake.inputsSpan ?? declared.values().next().value;
      return [
        {
          in: "nix",
          ...spanRegion(span2),
          message: `flake.nix has ${declared.size} input${declared.size === 1 ? "" : "s"} but there is no ${ctx.lockPath}: run \`nix flake lock\` and commit flake.lock`
        }
      ];
    }
    const root = ctx.lock?.nodes.get(ctx.lock.root);
    if (!root) return [];
    const out = [];
    for (const [name, span2] of declared) {
      if (root.inputs.has(name)) continue;
      out.push({
        in: "nix",
        ...spanRegion(span2),
        input: name,
        message: `input '${name}' is declared in flake.nix but missing from flake.lock: run \`nix flake lock\``
      });
    }
    return out;
  }
};

// src/lint/rules/sync-reference-changed.ts
init_flakeref();
init_flake_types();
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

// src/app/lint.ts
init_settings_file();

// src/workspace/read-flake.ts
init_errors();
init_lock();
init_settings_file();
import { open as open2, readFile } from "node:fs/promises";
import path8 from "node:path";
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
        `${path8.basename(shown2)} is ${size} bytes, larger than the ${limit.bytes / 1024 / 1024} MiB flake-steward reads`,
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
  const abs = path8.join(workspace, dir);
  const nixPath2 = path8.posix.join(dir, "flake.nix");
  const lockPath = path8.posix.join(dir, "flake.lock");
  const [nix, lock] = await Promise.all([
    readBounded(path8.join(abs, "flake.nix"), nixPath2, NIX_LIMIT),
    readBounded(path8.join(abs, "flake.lock"), lockPath, LOCK_LIMIT)
  ]);
  return { nixPath: nixPath2, lockPath, nix, lock };
}
async function readSettingsFile(dir, shownDir) {
  let text;
  try {
    text = await readFile(path8.join(dir, SETTINGS_FILE), "utf8");
  } catch (e) {
    if (e.code === "ENOENT") return void 0;
    throw e;
  }
  return parseSettingsFile(text, path8.posix.join(shownDir, SETTINGS_FILE));
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
  const abs = path9.join(req.workspace, dir);
  const file = await readSettingsFile(abs, dir);
  if (file?.rules) checkRuleIds(RULES, file.rules, `"rules" in ${path9.posix.join(dir, SETTINGS_FILE)}`);
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
  const lockAbs = path10.join(workspace, plan.dir, "flake.lock");
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
    r = await run("git", ["status", "--porcelain", "--", path10.basename(absFile)], {
      cwd: path10.dirname(absFile),
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
  const check2 = (shown2) => confine(root, path10.join(req.workspace, shown2), { shown: shown2, area, hint });
  const out = /* @__PURE__ */ new Map();
  for (const plan of plans) {
    check2(plan.dir);
    check2(path10.posix.join(plan.dir, "flake.lock"));
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
      const abs = path10.join(req.workspace, plan.dir);
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
init_neutralise();
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

// src/cli/commands/fix.ts
init_read_flags();

// src/cli/terminal-logger.ts
init_neutralise();
function terminalLogger(io, opts = {}) {
  const debug = Boolean(io.env["FLAKE_STEWARD_DEBUG"]);
  const secrets = [];
  const masked = (text) => secrets.reduce((t, s) => t.split(s).join("***"), text);
  const say = (text) => io.stderr(`${neutraliseLines(masked(text))}
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
    setSecret: (secret) => {
      if (secret !== "" && !secrets.includes(secret)) secrets.push(secret);
    }
  };
}

// src/cli/commands/lint.ts
import { writeFile } from "node:fs/promises";
init_ports();

// src/render/lint-json.ts
init_neutralise();
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
init_neutralise();
init_package_version();
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

// src/render/lint-summary.ts
init_markdown();
init_neutralise();

// src/render/mermaid-graph.ts
init_neutralise();
init_flake_types();
var MAX_NODES = 80;
function mermaidLabel(s) {
  return neutralise(s).replace(/[&"<>#|`]/g, (ch) => `#${ch.charCodeAt(0)};`);
}
function nodeLabel(lock, key2, path19) {
  if (key2 === lock.root) return "flake";
  const node = lock.nodes.get(key2);
  const name = path19 ? path19[path19.length - 1] : key2;
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
init_read_flags();
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
init_follows();
init_lock();
init_flake_types();
init_neutralise();
import { readFile as readFile2, stat as stat3 } from "node:fs/promises";
import path13 from "node:path";
async function lockFileArgument(positionals, io) {
  if (positionals.length > 1) {
    throw new UsageError(`unexpected argument '${positionals[1]}'`, "usage: flake-steward graph [DIR|FILE] [--json]");
  }
  const arg = positionals[0] ?? ".";
  const abs = path13.resolve(io.cwd, arg);
  let file = abs;
  try {
    if ((await stat3(abs)).isDirectory()) file = path13.join(abs, "flake.lock");
  } catch {
    throw new UserError(
      `no such file or directory: ${arg}`,
      void 0,
      void 0,
      "give a flake directory or its flake.lock"
    );
  }
  const rel = path13.relative(io.cwd, file);
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
        `no flake.lock in ${path13.dirname(shown2) || "."}`,
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
init_flakeref();
import { readFile as readFile3, stat as stat4 } from "node:fs/promises";
import path14 from "node:path";
init_nix2();
init_neutralise();
init_dir_argument();
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
    const dir = isFile2 ? path14.dirname(given) : given;
    const file = isFile2 ? given : path14.join(dir, "flake.nix");
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
    const shown2 = path14.relative(io.cwd, file) || file;
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
import path15 from "node:path";
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
        text = await readFile4(path15.resolve(io.cwd, file), "utf8");
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

// src/cli/commands/update.ts
init_config();
var updateCommand = {
  name: "update",
  summary: "Update flake inputs, build every configuration before and after, and report the package changes",
  usage: "flake-steward update [DIR] [--inputs a,b] [--build auto|none|ATTRS] [--dry-run] [--format markdown|json] [--on-build-failure fail|draft|skip-pr|report] [--open-pr [PR options]]",
  help: `Runs the update of the flake in DIR (default: the current directory): updates its inputs with Nix
(all, or the listed input paths), builds what the flake offers for this system before and after the update,
and prints the report: inputs moved (from -> to, compare links), per configuration the package versions that
changed and the closure size, and every build that failed with the tail of its log.
With --open-pr it then creates or refreshes the one pull request, as the action does (same branch, same body);
without it nothing talks to GitHub.

Options:
  --paths P                 flake directories or globs under DIR (repeatable): ., hosts/*, **/flake.nix
  --inputs a,b              input paths to update (nixpkgs, home-manager/nixpkgs); default: all
  --build auto|none|ATTRS   auto: nixosConfigurations, homeConfigurations, darwinConfigurations (on darwin),
                            packages, devShells and checks of this system; none; or the listed attribute paths
  --dry-run                 restore the original flake.lock afterwards (byte for byte); opens no pull request
  --format markdown|json    the report's form on stdout (default markdown)
  --on-build-failure fail|draft|skip-pr|report
                            when a build fails after the update: fail (default): exit 1 and no pull request;
                            draft: the pull request is a draft with the failure on top; skip-pr: no pull request
                            for that flake; report: the pull request as configured. Only fail exits 1.
  --nix-options "..."       extra options for every nix call (e.g. "--option cores 2")
  --accept-flake-config     let the flake's nixConfig apply

Pull request (named like the action's inputs):
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
  --max-commits N           upstream commits listed per input in the body (default 50)

Exit codes: 0 report printed (and the pull request made), 1 a build failed after the update (with fail) or an
error, 2 usage error (--open-pr without GITHUB_TOKEN is one, before any Nix work).

Examples:
  flake-steward update --dry-run
  flake-steward update ./nix --inputs nixpkgs --build nixosConfigurations.host.config.system.build.toplevel
  GITHUB_TOKEN=... flake-steward update --open-pr --on-build-failure draft --labels dependencies`,
  // Read into the Config by src/cli/update-flags.ts (loaded when the command runs, not with the command list).
  options: {
    inputs: { type: "string" },
    build: { type: "string" },
    "dry-run": { type: "boolean" },
    paths: { type: "string", multiple: true },
    format: { type: "string" },
    "on-build-failure": { type: "string" },
    "nix-options": { type: "string" },
    "accept-flake-config": { type: "boolean" },
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
  },
  async run(positionals, values, io) {
    const { updateConfigFromFlags: updateConfigFromFlags2, UPDATE_FORMATS: UPDATE_FORMATS2 } = await Promise.resolve().then(() => (init_update_flags(), update_flags_exports));
    const { createGit: createGit2 } = await Promise.resolve().then(() => (init_git(), git_exports));
    const config = await updateConfigFromFlags2(positionals, values, { ...io, git: createGit2({ env: io.env }) });
    parseEnum("--format", config.format, UPDATE_FORMATS2);
    const openPr = values["open-pr"] === true;
    const logger = terminalLogger(io, { groups: true });
    if (config.pr.token) logger.setSecret(config.pr.token);
    const [{ runUpdate: runUpdate2, updateRequest: updateRequest2 }, { wireUpdate: wireUpdate2 }] = await Promise.all([
      Promise.resolve().then(() => (init_update(), update_exports)),
      Promise.resolve().then(() => (init_update_ports(), update_ports_exports))
    ]);
    const deps = await wireUpdate2({ settings: config.update, logger, env: io.env });
    const report = await runUpdate2(updateRequest2(config), deps);
    if (config.format === "json") {
      const { renderJson: renderJson2 } = await Promise.resolve().then(() => (init_update_json(), update_json_exports));
      io.stdout(renderJson2(report));
    } else {
      const { renderReport: renderReport2 } = await Promise.resolve().then(() => (init_update_report(), update_report_exports));
      io.stdout(
        renderReport2(report, { heading: "flake-steward update", maxLength: Number.POSITIVE_INFINITY }).markdown
      );
    }
    if (openPr && config.update.dryRun) {
      logger.info("Dry run: no pull request.");
    } else if (openPr) {
      const { publish: publish2, wirePublish: wirePublish2 } = await Promise.resolve().then(() => (init_publish(), publish_exports));
      const outcome = await publish2(config, report, wirePublish2(config, logger, { env: io.env }));
      if (outcome.error) throw outcome.error;
    }
    const { decideOnBuildFailure: decideOnBuildFailure2 } = await Promise.resolve().then(() => (init_build_failure_policy(), build_failure_policy_exports));
    const decision = decideOnBuildFailure2(report, config.update.onBuildFailure, config.pr.draft);
    if (decision.failure === void 0) return EXIT.ok;
    if (decision.failRun) {
      logger.error(decision.failure);
      return EXIT.failure;
    }
    logger.warning(decision.failure);
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
