/**
 * SIGTERM and SIGINT on the CLI as people send them (`kill`, Ctrl-C), with real Nix and git on a local flake world:
 * the bundled CLI (`node cli.js`, bundled from src in beforeAll) runs `update --dry-run` or `fix`, and is killed at a
 * fixed point — after `nix flake update` has rewritten flake.lock, or while `nix flake lock` runs after fix wrote
 * flake.nix. The point is made deterministic by a `nix` earlier on PATH that runs the real one and marks the moment
 * (writing its pid and its `sleep`'s pid) before it sleeps and runs the real `nix` once more: a Nix still at work,
 * which, orphaned, writes the lock after the CLI has gone. Each run must end with exit 143/130, the files as they
 * were, byte for byte, no process of the run left, nothing written afterwards, and one line saying what was done.
 * Also: when `nix flake lock` itself fails after fix wrote flake.nix, flake.nix goes back and the error says so.
 *
 * FLAKE_STEWARD_CLI_BUNDLE runs another bundle instead (e.g. one built from main, to see these fail there).
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../support/action.js';
import { flakeNix, SYSTEM, World, type Repo } from '../../support/world.js';

let world: World;
let bundleDir: string | undefined;
let cli: string;
let wrapperDir: string;
let realNix: string;
/** The update flake: one input `dep` (moved upstream since it was locked) and one package built from it. */
let upd: Repo;
let updFiles: Map<string, Buffer>;
/** The fix flake: root and its dependency `hm` each lock their own nixpkgs (a duplicate fix adds a follows). */
let fixRoot: Repo;
let fixFiles: Map<string, Buffer>;

/**
 * The `nix` earlier on PATH; see the header. At the moment (`MARK_AT`: after `flake update` or before `flake lock`
 * by default; `build`: before the `nix build` of both sides, once the "after" lock is on disk) `$MARK` gets
 * "wrapper-pid sleep-pid".
 */
const WRAPPER = `#!/bin/sh
mark() { sleep 2 & echo "$$ $!" > "$MARK"; wait $!; }
case "\${MARK_AT:-update} $1 $2" in
  "update flake update") "$REAL_NIX" "$@" || exit $?; mark ;;
  "update flake lock") mark ;;
  "build build "*) mark ;;
esac
exec "$REAL_NIX" "$@"
`;

function onPath(program: string): string {
  for (const dir of (process.env['PATH'] ?? '').split(':')) {
    const p = path.join(dir, program);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // next
    }
  }
  throw new Error(`${program} is not on PATH`);
}

async function snapshot(repo: Repo): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const f of ['flake.nix', 'flake.lock']) files.set(f, await readFile(path.join(repo.dir, f)));
  return files;
}

async function put(repo: Repo, files: Map<string, Buffer>): Promise<void> {
  for (const [f, bytes] of files) await writeFile(path.join(repo.dir, f), bytes);
}

/** The files that differ from `files` (by name). */
async function changed(repo: Repo, files: Map<string, Buffer>): Promise<string[]> {
  const out: string[] = [];
  for (const [f, bytes] of files) if (!(await readFile(path.join(repo.dir, f))).equals(bytes)) out.push(f);
  return out;
}

/** Alive and able to run: exists and is not a zombie (an orphaned zombie may never be reaped in a container). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Pids of the wrappers and sleeps of the runs, killed (by pid) after each test when a run left them behind. */
const left: number[] = [];
afterEach(() => {
  for (const pid of left.splice(0)) if (alive(pid)) process.kill(pid, 'SIGKILL');
});

interface Killed {
  /** The exit code, or the signal's name when the process died of it. */
  readonly exit: number | string;
  readonly stderr: string;
  readonly stdout: string;
  /** The wrapper's pid and its sleep's. */
  readonly pids: readonly number[];
}

/**
 * Runs the CLI (or, with `action`, the action's bundle with that environment) with the wrapper first on PATH; sends
 * `signal` when the wrapper marks the moment.
 */
async function runAndKill(
  args: readonly string[],
  cwd: string,
  signal: 'SIGTERM' | 'SIGINT' | 'SIGHUP',
  opts: {
    readonly action?: Readonly<Record<string, string>>;
    readonly env?: Readonly<Record<string, string>>;
    /** A second signal this many ms after the first (someone pressing Ctrl-C again). */
    readonly againAfterMs?: number;
  } = {},
): Promise<Killed> {
  const { action } = opts;
  const mark = world.path(`mark-${Date.now()}`);
  const program = action ? [path.join(path.dirname(cli), 'index.js')] : [cli, ...args];
  const child = spawn(process.execPath, program, {
    cwd,
    env: {
      ...world.env,
      ...action,
      ...opts.env,
      PATH: `${wrapperDir}:${world.env['PATH']}`,
      REAL_NIX: realNix,
      MARK: mark,
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, sig) => resolve(code ?? sig ?? 'unknown')),
  );
  let pids: number[] = [];
  const until = Date.now() + 60_000;
  while (pids.length < 2 && Date.now() < until) {
    await sleep(20);
    const text = await readFile(mark, 'utf8').catch(() => '');
    if (text.endsWith('\n')) pids = text.trim().split(' ').map(Number);
  }
  if (pids.length < 2) {
    child.kill('SIGKILL');
    throw new Error(`the wrapper never marked the moment:\n${stderr}`);
  }
  left.push(...pids);
  child.kill(signal);
  if (opts.againAfterMs !== undefined) {
    await sleep(opts.againAfterMs);
    child.kill('SIGINT');
  }
  const exit = await exited;
  return { exit, stderr, stdout, pids };
}

/** The lines of stderr from the wrapper's mark on that mention the interruption, and any stack-trace line. */
const interruptLines = (stderr: string) => stderr.split('\n').filter((l) => /interrupted|^\s+at /.test(l));

beforeAll(async () => {
  const given = process.env['FLAKE_STEWARD_CLI_BUNDLE'];
  if (given) cli = path.resolve(given);
  else {
    bundleDir = await mkdtemp(path.join(tmpdir(), 'fs-interrupt-bundle-'));
    execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'bundle.mjs'), bundleDir], { stdio: 'pipe' });
    cli = path.join(bundleDir, 'cli.js');
  }
  realNix = onPath('nix');
  world = await World.create({ name: 'fs-interrupt' });
  wrapperDir = world.path('wrapper');
  await mkdir(wrapperDir);
  await writeFile(path.join(wrapperDir, 'nix'), WRAPPER);
  await chmod(path.join(wrapperDir, 'nix'), 0o755);

  const dep = await world.repo('dep', { version: '1\n' });
  upd = await world.repo('update', {
    'flake.nix': flakeNix({
      inputs: { dep: { url: dep.url, flake: false } },
      outputs: `{ self, dep }: {
    packages.${SYSTEM}.app = builtins.derivation {
      name = "app-\${builtins.replaceStrings [ "\\n" ] [ "" ] (builtins.readFile "\${dep}/version")}";
      system = "${SYSTEM}"; builder = "/bin/sh"; args = [ "-c" "echo > $out" ];
    };
  }`,
    }),
  });
  await world.lock(upd);
  await upd.commit({}, 'lock');
  await dep.commit({ version: '2\n' }, 'dep 2');
  updFiles = await snapshot(upd);

  const nixpkgs = await world.repo('nixpkgs', { 'flake.nix': flakeNix({ outputs: '{ self }: { lib.answer = 42; }' }) });
  const hm = await world.repo('hm', {
    'flake.nix': flakeNix({ inputs: { nixpkgs: { url: nixpkgs.url } }, outputs: '{ self, nixpkgs }: { }' }),
  });
  await world.lock(hm);
  await hm.commit({}, 'lock');
  fixRoot = await world.repo('fix', {
    'flake.nix': flakeNix({
      inputs: { nixpkgs: { url: nixpkgs.url }, hm: { url: hm.url } },
      outputs: '{ self, nixpkgs, hm }: { }',
    }),
  });
  await world.lock(fixRoot);
  await fixRoot.commit({}, 'lock');
  fixFiles = await snapshot(fixRoot);
}, 120_000);

afterAll(async () => {
  await world?.cleanup();
  if (bundleDir) await rm(bundleDir, { recursive: true, force: true });
});

describe('update --dry-run killed after nix flake update rewrote flake.lock', () => {
  test.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
    ['SIGHUP', 129],
  ] as const)(
    '%s: exit %i, flake.lock back byte for byte, Nix stopped, nothing written afterwards',
    async (signal, code) => {
      await put(upd, updFiles);
      const r = await runAndKill(['update', '--dry-run'], upd.dir, signal);
      const atExit = await changed(upd, updFiles);
      const running = r.pids.filter(alive);
      // The wrapper would run `nix flake update` again 2 s after the mark: an orphan would rewrite the lock.
      await sleep(3500);
      expect({
        exit: r.exit,
        changedAtExit: atExit,
        leftRunning: running,
        changedLater: await changed(upd, updFiles),
        lines: interruptLines(r.stderr),
        last: r.stderr.trimEnd().split('\n').at(-1),
      }).toEqual({
        exit: code,
        changedAtExit: [],
        leftRunning: [],
        changedLater: [],
        lines: [`flake-steward update: interrupted by ${signal}: stopped nix; restored flake.lock`],
        last: `flake-steward update: interrupted by ${signal}: stopped nix; restored flake.lock`,
      });
      // Nothing of the report: the run did not finish.
      expect(r.stdout).toBe('');
    },
    90_000,
  );
});

test('update --dry-run killed while the build runs: flake.lock back, and the stopped build is no finding', async () => {
  await put(upd, updFiles);
  const r = await runAndKill(['update', '--dry-run'], upd.dir, 'SIGTERM', { env: { MARK_AT: 'build' } });
  // The build runs after both evaluations (the plan), which put the original lock back: when the signal comes there
  // is nothing to restore, and the lock is as it was.
  const running = r.pids.filter(alive);
  await sleep(3500);
  expect({
    exit: r.exit,
    leftRunning: running,
    changedLater: await changed(upd, updFiles),
    lines: interruptLines(r.stderr),
    failures: r.stderr.split('\n').filter((l) => /fail/i.test(l)),
    stdout: r.stdout,
  }).toEqual({
    exit: 143,
    leftRunning: [],
    changedLater: [],
    lines: ['flake-steward update: interrupted by SIGTERM: stopped nix'],
    failures: [],
    stdout: '',
  });
}, 90_000);

test('a second signal while the first is handled: the restore still completes, the first signal decides the exit', async () => {
  await put(upd, updFiles);
  const r = await runAndKill(['update', '--dry-run'], upd.dir, 'SIGTERM', { againAfterMs: 5 });
  const running = r.pids.filter(alive);
  await sleep(3500);
  expect({
    exit: r.exit,
    leftRunning: running,
    changedLater: await changed(upd, updFiles),
    lines: interruptLines(r.stderr),
    leftovers: (await readdir(upd.dir)).filter((f) => f.endsWith('.tmp')),
  }).toEqual({
    exit: 143,
    leftRunning: [],
    changedLater: [],
    lines: ['flake-steward update: interrupted by SIGTERM: stopped nix; restored flake.lock'],
    leftovers: [],
  });
}, 90_000);

describe('fix killed while nix flake lock runs', () => {
  test.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
    ['SIGHUP', 129],
  ] as const)(
    '%s: exit %i, flake.nix rolled back, flake.lock untouched, Nix stopped',
    async (signal, code) => {
      await put(fixRoot, fixFiles);
      const r = await runAndKill(['fix'], fixRoot.dir, signal);
      const atExit = await changed(fixRoot, fixFiles);
      const running = r.pids.filter(alive);
      await sleep(3500);
      const line = `flake-steward fix: interrupted by ${signal}: stopped nix; rolled flake.nix back to its original bytes, flake.lock unchanged`;
      expect({
        exit: r.exit,
        changedAtExit: atExit,
        leftRunning: running,
        changedLater: await changed(fixRoot, fixFiles),
        lines: interruptLines(r.stderr),
      }).toEqual({ exit: code, changedAtExit: [], leftRunning: [], changedLater: [], lines: [line] });
      // The fix was applied before the relock began (and said so); the line says it was not kept.
      expect(r.stdout).toMatch(/flake\.nix: applied 1 fix/);
    },
    90_000,
  );
});

test('the action cancelled (SIGINT, as the runner sends first) during an update: exit 130, flake.lock back, one error line', async () => {
  await put(upd, updFiles);
  const outputs = world.path('action-output');
  await writeFile(outputs, '');
  const r = await runAndKill([], upd.dir, 'SIGINT', {
    action: {
      INPUT_COMMAND: 'update',
      'INPUT_DRY-RUN': 'true',
      GITHUB_WORKSPACE: upd.dir,
      GITHUB_OUTPUT: outputs,
      GITHUB_STEP_SUMMARY: outputs,
    },
  });
  const running = r.pids.filter(alive);
  await sleep(3500);
  expect({
    exit: r.exit,
    leftRunning: running,
    changedLater: await changed(upd, updFiles),
    errors: r.stdout.split('\n').filter((l) => l.startsWith('::error')),
    lines: interruptLines(r.stdout + r.stderr),
  }).toEqual({
    exit: 130,
    leftRunning: [],
    changedLater: [],
    errors: ['::error::flake-steward: interrupted by SIGINT: stopped nix; restored flake.lock'],
    lines: ['::error::flake-steward: interrupted by SIGINT: stopped nix; restored flake.lock'],
  });
}, 90_000);

test('fix: when nix flake lock fails, flake.nix goes back to its original bytes and the error says so', async () => {
  // flake.nix declares an input that is not locked and cannot be fetched: the fix applies, the relock fails.
  const missing = world.path('repos', 'does-not-exist');
  const declared = fixFiles
    .get('flake.nix')!
    .toString()
    .replace('    hm = {', `    gone.url = "git+file://${missing}";\n    hm = {`);
  await fixRoot.commit({ 'flake.nix': declared }, 'declare an input that is gone');
  const files = await snapshot(fixRoot);
  const r = spawnSyncCli(['fix'], fixRoot.dir);
  expect(await changed(fixRoot, files)).toEqual([]);
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/flake\.nix: applied 1 fix/);
  const errors = r.stderr.split('\n').filter((l) => l.startsWith('flake-steward fix:'));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(
    /^flake-steward fix: nix flake lock failed in \., so the fix was not kept \(rolled flake\.nix back to its original bytes, flake\.lock unchanged\): nix exited with code 1/,
  );
  // Nix's own reason follows (the tail of its stderr).
  expect(r.stderr).toMatch(/does-not-exist' does not appear to be a git repository/);
}, 90_000);

function spawnSyncCli(args: readonly string[], cwd: string) {
  try {
    const stdout = execFileSync(process.execPath, [cli, ...args], {
      cwd,
      env: { ...world.env, NO_COLOR: '1' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: 0, stdout, stderr: '' };
  } catch (e) {
    const x = e as { status: number | null; stdout: string; stderr: string };
    return { code: x.status ?? -1, stdout: x.stdout, stderr: x.stderr };
  }
}
