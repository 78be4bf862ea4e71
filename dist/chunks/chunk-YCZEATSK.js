import {
  ExecError
} from "./chunk-6FGB7YHV.js";

// src/exec/process.ts
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
function redact(text, secrets) {
  let out = text;
  for (const s of secrets ?? []) if (s.length > 0) out = out.split(s).join("***");
  return out;
}
var running = /* @__PURE__ */ new Set();
var stopping = false;
function signalGroup(pid, signal) {
  try {
    process.kill(process.platform === "win32" ? pid : -pid, signal);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}
var delay = (ms) => new Promise((r) => setTimeout(r, ms));
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
    let stat;
    try {
      stat = readFileSync(`/proc/${p}/stat`, "latin1");
    } catch {
      continue;
    }
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
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
var runProcess = (cmd, args, opts = {}) => new Promise((resolve, reject) => {
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
  let stoppedBecause;
  const stop = (why) => {
    if (stoppedBecause !== void 0) return;
    stoppedBecause = why;
    if (entry) {
      signalGroup(entry.pid, "SIGTERM");
      const kill = setTimeout(() => signalGroup(entry.pid, "SIGKILL"), 5e3);
      kill.unref();
      void entry.exited.then(() => {
        clearTimeout(kill);
        signalGroup(entry.pid, "SIGKILL");
      });
    }
  };
  const timer = opts.timeoutMs !== void 0 ? setTimeout(() => stop(`${cmd} timed out after ${opts.timeoutMs} ms`), opts.timeoutMs) : void 0;
  const max = opts.maxOutputBytes;
  const kept = { stdout: 0, stderr: 0 };
  const keep = (into, b, name) => {
    if (max !== void 0) {
      if (stoppedBecause !== void 0) return false;
      kept[name] += b.length;
      if (kept[name] > max) {
        stop(`${cmd} wrote more than ${max} bytes to ${name}`);
        return false;
      }
    }
    into.push(b);
    return true;
  };
  child.stdout.on("data", (b) => void keep(out, b, "stdout"));
  child.stderr.on("data", (b) => {
    if (!keep(err, b, "stderr")) return;
    if (!stopping) opts.onStderr?.(redact(b.toString("utf8"), opts.secrets));
  });
  child.on("error", (e) => {
    if (timer) clearTimeout(timer);
    const why = e.code === "ENOENT" ? `${cmd}: command not found` : `${cmd}: ${e.message}`;
    reject(new ErrorClass(shownArgv, null, "", why));
  });
  child.on("close", (code, signal) => {
    if (timer) clearTimeout(timer);
    const stdout = redact(Buffer.concat(out).toString("utf8"), opts.secrets);
    const stderr = redact(Buffer.concat(err).toString("utf8"), opts.secrets);
    const exit = code ?? (signal ? 128 : 1);
    if (stoppedBecause !== void 0) {
      reject(new ErrorClass(shownArgv, exit, stderr, stoppedBecause));
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

export {
  stopAllProcesses,
  killAllProcesses,
  runProcess
};
