/**
 * The one process runner. Argv arrays only (never a shell), output captured, an optional timeout, secrets redacted
 * from everything it returns or throws. A non-zero exit is an ExecError carrying argv, code and the stderr tail.
 *
 * Each child leads its own process group (spawned detached), and every running child is in a registry: a timeout,
 * or SIGINT/SIGTERM through src/exec/interrupt.ts (`stopAllProcesses`), kills the whole group — nix and the git,
 * builders and fetchers it started — and waits until the group is gone. Killing only the child would leave its own
 * children running, and an orphaned `nix flake update` writes flake.lock after we restored it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ExecError } from '../core/errors.js';

export interface RunOptions {
  readonly cwd?: string;
  /** Full environment for the child; defaults to this process's. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Written to stdin, then stdin is closed. */
  readonly input?: string;
  readonly timeoutMs?: number;
  /**
   * Most bytes of stdout, and of stderr, kept: beyond, the process group is stopped as on a timeout and the run fails
   * (thrown even with `check: false`), so a command whose output someone else controls (`git ls-remote` of any
   * remote) cannot grow memory without bound. Unset: no bound (our own Nix calls, whose logs we stream).
   */
  readonly maxOutputBytes?: number;
  /** Strings replaced by `***` in captured output and errors (tokens). */
  readonly secrets?: readonly string[];
  /** When false, a non-zero exit is returned instead of thrown. Default true. */
  readonly check?: boolean;
  /** Called with each chunk of stderr as it arrives (redacted), e.g. to stream build logs. */
  readonly onStderr?: (chunk: string) => void;
  /** Error class for failures (NixError for nix); default ExecError. */
  readonly errorClass?: typeof ExecError;
}

export interface RunResult {
  readonly argv: readonly string[];
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The type of `runProcess`, so callers can take a recording or fake runner in tests. */
export type ProcessRunner = (cmd: string, args: readonly string[], opts?: RunOptions) => Promise<RunResult>;

export function redact(text: string, secrets: readonly string[] | undefined): string {
  let out = text;
  for (const s of secrets ?? []) if (s.length > 0) out = out.split(s).join('***');
  return out;
}

// ---------------------------------------------------------------- the registry of running children

interface Running {
  /** The child's pid, which is also its process group's id (it was spawned detached). */
  readonly pid: number;
  /** The program, for the line that says what was stopped (`nix`). */
  readonly program: string;
  /** Settles when the child has exited (not when its pipes closed: a grandchild may hold them). */
  readonly exited: Promise<void>;
}

const running = new Set<Running>();
/** Set once the process is being interrupted: no new child is started after that. */
let stopping = false;

/**
 * Sends `signal` to the child's whole process group; false when the group is gone. (Windows has no process groups
 * and no Nix: the child alone.)
 */
function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(process.platform === 'win32' ? pid : -pid, signal);
    return true;
  } catch (e) {
    // EPERM: a member exists that we may not signal (it changed its user); it still counts as alive.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const delay = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** `p`, or nothing after `ms` (the timer is cleared when `p` settles first, so it keeps nobody waiting). */
async function within(p: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([p, new Promise<void>((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}

/**
 * Does the group still have a member that can run (and write a file)? A killed member whose parent died is a zombie
 * until init reaps it, and some inits (in containers) never do: where /proc exists, zombies do not count.
 */
function groupAlive(pgid: number): boolean {
  if (!signalGroup(pgid, 0)) return false;
  let pids: string[];
  try {
    pids = readdirSync('/proc');
  } catch {
    return true;
  }
  for (const p of pids) {
    if (!/^\d+$/.test(p)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${p}/stat`, 'latin1');
    } catch {
      continue;
    }
    // `pid (comm) state ppid pgrp …`; comm may hold spaces and parentheses, so the fields start after the last `)`.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') return true;
  }
  return false;
}

/** Waits until every group is gone (polled; a group outlives its leader while a member runs), at most `ms`. */
async function groupsGone(pids: readonly number[], ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  for (;;) {
    if (!pids.some(groupAlive)) return true;
    if (Date.now() >= until) return false;
    await delay(20);
  }
}

function register(child: ChildProcess, cmd: string): Running | undefined {
  if (child.pid === undefined) return undefined;
  const entry: Running = {
    pid: child.pid,
    program: path.basename(cmd),
    exited: new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.once('error', () => resolve());
    }),
  };
  running.add(entry);
  void entry.exited.then(() => running.delete(entry));
  return entry;
}

export interface StopOptions {
  /** How long the groups get after SIGTERM before SIGKILL. Default 2,000 ms. */
  readonly graceMs?: number;
  /** How long to wait, after SIGKILL, for the groups to be gone. Default 2,000 ms. */
  readonly waitMs?: number;
}

/**
 * For an interrupted run: refuses every new child from now on, sends SIGTERM to the process group of every running
 * one, SIGKILL after the grace, and resolves once every group is gone (or `waitMs` passed), with the programs that
 * were stopped. Only then may files be restored: nothing of ours writes to them any more.
 */
export async function stopAllProcesses(opts: StopOptions = {}): Promise<string[]> {
  stopping = true;
  const all = [...running];
  for (const r of all) signalGroup(r.pid, 'SIGTERM');
  const exited = Promise.all(all.map((r) => r.exited));
  await within(exited, opts.graceMs ?? 2000);
  // The leader may be gone while a member of its group ignored SIGTERM: the group gets SIGKILL either way (a group
  // with nobody left answers ESRCH, which is fine).
  for (const r of all) signalGroup(r.pid, 'SIGKILL');
  const waitMs = opts.waitMs ?? 2000;
  await within(exited, waitMs);
  await groupsGone(
    all.map((r) => r.pid),
    waitMs,
  );
  return [...new Set(all.map((r) => r.program))];
}

/** SIGKILL to every running group at once (a second signal while stopping: no more grace). */
export function killAllProcesses(): void {
  stopping = true;
  for (const r of running) signalGroup(r.pid, 'SIGKILL');
}

// ---------------------------------------------------------------- running one

export const runProcess: ProcessRunner = (cmd, args, opts = {}) =>
  new Promise<RunResult>((resolve, reject) => {
    const argv = [cmd, ...args];
    const ErrorClass = opts.errorClass ?? ExecError;
    const shownArgv = argv.map((a) => redact(a, opts.secrets));
    if (stopping) {
      reject(new ErrorClass(shownArgv, null, '', `${cmd} was not started: the run is being interrupted`));
      return;
    }
    const child = spawn(cmd, [...args], {
      cwd: opts.cwd,
      env: (opts.env ?? process.env) as NodeJS.ProcessEnv,
      stdio: ['pipe', 'pipe', 'pipe'],
      shell: false,
      // Its own process group, so the group (nix and its children) can be killed as one. (On Windows, where there
      // is no Nix, detached would mean a console window of its own.)
      detached: process.platform !== 'win32',
    });
    const entry = register(child, cmd);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    /** Why the run was stopped before its end (a timeout, too much output); undefined: it ran to its end. */
    let stoppedBecause: string | undefined;
    const stop = (why: string): void => {
      if (stoppedBecause !== undefined) return;
      stoppedBecause = why;
      if (entry) {
        signalGroup(entry.pid, 'SIGTERM');
        const kill = setTimeout(() => signalGroup(entry.pid, 'SIGKILL'), 5000);
        kill.unref();
        // Once the leader exited, the rest of the group gets no grace (and no later SIGKILL to a reused id).
        void entry.exited.then(() => {
          clearTimeout(kill);
          signalGroup(entry.pid, 'SIGKILL');
        });
      }
    };
    const timer =
      opts.timeoutMs !== undefined
        ? setTimeout(() => stop(`${cmd} timed out after ${opts.timeoutMs} ms`), opts.timeoutMs)
        : undefined;
    const max = opts.maxOutputBytes;
    /** Keeps `b` while its stream stays within the bound; past it, keeps nothing more and stops the run. */
    const kept = { stdout: 0, stderr: 0 };
    const keep = (into: Buffer[], b: Buffer, name: keyof typeof kept): boolean => {
      if (max !== undefined) {
        if (stoppedBecause !== undefined) return false;
        kept[name] += b.length;
        if (kept[name] > max) {
          stop(`${cmd} wrote more than ${max} bytes to ${name}`);
          return false;
        }
      }
      into.push(b);
      return true;
    };
    child.stdout.on('data', (b: Buffer) => void keep(out, b, 'stdout'));
    child.stderr.on('data', (b: Buffer) => {
      if (!keep(err, b, 'stderr')) return;
      // While the run is being interrupted, a dying Nix's complaints are not the user's news.
      if (!stopping) opts.onStderr?.(redact(b.toString('utf8'), opts.secrets));
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      if (timer) clearTimeout(timer);
      const why = e.code === 'ENOENT' ? `${cmd}: command not found` : `${cmd}: ${e.message}`;
      reject(new ErrorClass(shownArgv, null, '', why));
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      const stdout = redact(Buffer.concat(out).toString('utf8'), opts.secrets);
      const stderr = redact(Buffer.concat(err).toString('utf8'), opts.secrets);
      const exit = code ?? (signal ? 128 : 1);
      if (stoppedBecause !== undefined) {
        reject(new ErrorClass(shownArgv, exit, stderr, stoppedBecause));
      } else if (exit !== 0 && opts.check !== false) {
        reject(new ErrorClass(shownArgv, exit, stderr));
      } else {
        resolve({ argv: shownArgv, code: exit, stdout, stderr });
      }
    });
    child.stdin.on('error', () => {
      /* the child may exit before reading its input */
    });
    child.stdin.end(opts.input ?? '');
  });
