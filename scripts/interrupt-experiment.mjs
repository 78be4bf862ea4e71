// The interrupted-run experiment of issue 9 (item 6), by hand: `flake-steward update --dry-run` and `fix` killed with
// SIGTERM or SIGINT, counting the runs that leave flake.lock / flake.nix changed, a process of the run behind, or the
// lock written after the run ended. Real Nix and git on a local flake world in a temp dir (no network).
//
//   node scripts/interrupt-experiment.mjs [CLI_BUNDLE] [RUNS]      (default dist/cli.js, 10 runs per case)
//
// Cases:
//   update-random  the kill lands at a random time within an unkilled run's duration (builds included);
//   update-marker  a `nix` wrapper runs the real `nix flake update`, marks the moment, sleeps, then runs it again
//                  (standing for a Nix still at work): the kill lands right after the lock was updated;
//   fix-marker     the same wrapper around `nix flake lock` of `fix`: the kill lands while the relock runs.
// Per run: whether flake.lock (fix: or flake.nix) differs from the original when the CLI has exited, and 4 s later;
// whether a file was written after the exit; whether a process of the run (the wrapper, or a nix whose argv names
// the world's directory) is alive 300 ms after the exit (those are killed by pid at the end of the run).
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const cli = path.resolve(process.argv[2] ?? 'dist/cli.js');
const RUNS = Number(process.argv[3] ?? 10);
const dir = mkdtempSync(path.join(os.tmpdir(), 'fs-interrupt-'));
const system = `${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}-linux`;
for (const d of ['home', 'cache', 'config', 'state', 'etc-nix', 'bin']) mkdirSync(path.join(dir, d));
writeFileSync(path.join(dir, 'registry.json'), '{"flakes":[],"version":2}\n');
const nixConf = [
  'experimental-features = nix-command flakes',
  'substituters =',
  'build-users-group =',
  'sandbox = false',
  `flake-registry = ${path.join(dir, 'registry.json')}`,
].join('\n');
const env = {
  PATH: process.env.PATH,
  HOME: path.join(dir, 'home'),
  XDG_CACHE_HOME: path.join(dir, 'cache'),
  XDG_CONFIG_HOME: path.join(dir, 'config'),
  XDG_STATE_HOME: path.join(dir, 'state'),
  NIX_CONF_DIR: path.join(dir, 'etc-nix'),
  NIX_CONFIG: nixConf,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'x',
  GIT_AUTHOR_EMAIL: 'x@example.invalid',
  GIT_COMMITTER_NAME: 'x',
  GIT_COMMITTER_EMAIL: 'x@example.invalid',
  NO_COLOR: '1',
};
const sh = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, env, encoding: 'utf8', stdio: 'pipe' });
const repo = (name, files) => {
  const d = path.join(dir, name);
  mkdirSync(d);
  sh('git', ['init', '-q', '-b', 'main'], d);
  for (const [f, t] of Object.entries(files)) writeFileSync(path.join(d, f), t);
  sh('git', ['add', '-A'], d);
  sh('git', ['commit', '-qm', 'init'], d);
  return d;
};

// update world: root flake with one package built from dep's version (a short busy loop, so builds take time).
const dep = repo('dep', { version: '1\n' });
const root = repo('root', {
  'flake.nix': `{
  inputs.dep = { url = "git+file://${dep}"; flake = false; };
  outputs = { self, dep }: let v = builtins.replaceStrings [ "\\n" ] [ "" ] (builtins.readFile "\${dep}/version"); in {
    packages.${system}.app = builtins.derivation { name = "app-\${v}"; system = "${system}"; builder = "/bin/sh";
      args = [ "-c" "i=0; while [ $i -lt 100000 ]; do i=$((i+1)); done; echo \${v} > $out" ]; };
  };
}
`,
});
sh('nix', ['flake', 'lock', root], root);
sh('git', ['add', '-A'], root);
sh('git', ['commit', '-qm', 'lock'], root);
writeFileSync(path.join(dep, 'version'), '2\n');
sh('git', ['commit', '-qam', 'dep 2'], dep);
const lockFile = path.join(root, 'flake.lock');
const originalLock = readFileSync(lockFile);

// fix world: root and hm each lock their own nixpkgs; fix adds a follows line and relocks.
const nixpkgs = repo('nixpkgs', { 'flake.nix': '{ outputs = { self }: { lib.answer = 42; }; }\n' });
const hm = repo('hm', {
  'flake.nix': `{ inputs.nixpkgs.url = "git+file://${nixpkgs}"; outputs = { self, nixpkgs }: { }; }\n`,
});
sh('nix', ['flake', 'lock', hm], hm);
sh('git', ['add', '-A'], hm);
sh('git', ['commit', '-qm', 'lock'], hm);
const fixRoot = repo('fixroot', {
  'flake.nix': `{
  inputs = {
    nixpkgs.url = "git+file://${nixpkgs}";
    hm = {
      url = "git+file://${hm}";
    };
  };
  outputs = { self, nixpkgs, hm }: { };
}
`,
});
sh('nix', ['flake', 'lock', fixRoot], fixRoot);
sh('git', ['add', '-A'], fixRoot);
sh('git', ['commit', '-qm', 'lock'], fixRoot);
const fixFiles = ['flake.nix', 'flake.lock'].map((f) => [path.join(fixRoot, f), readFileSync(path.join(fixRoot, f))]);

// The wrapper: the real nix for everything but `flake update`/`flake lock`, which it runs (update: first, marking the
// moment after; lock: after the mark and a sleep), then runs once more after a sleep: a Nix still at work.
const realNix = sh('sh', ['-c', 'command -v nix']).trim();
const wrapper = path.join(dir, 'bin', 'nix');
writeFileSync(
  wrapper,
  `#!/bin/sh
case "$1 $2" in
  "flake update") "${realNix}" "$@" || exit $?; echo $$ > "$MARK"; sleep 3; exec "${realNix}" "$@" ;;
  "flake lock") echo $$ > "$MARK"; sleep 3; exec "${realNix}" "$@" ;;
  *) exec "${realNix}" "$@" ;;
esac
`,
);
chmodSync(wrapper, 0o755);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
/** Pids of processes (other than this one) whose argv names the world's directory. */
function worldProcesses() {
  const out = [];
  for (const p of readdirSync('/proc')) {
    if (!/^\d+$/.test(p) || Number(p) === process.pid) continue;
    try {
      const argv = readFileSync(`/proc/${p}/cmdline`, 'utf8');
      if (argv.includes(dir) && !argv.includes('interrupt-experiment')) out.push(Number(p));
    } catch {
      /* gone */
    }
  }
  return out;
}

async function once({ args, cwd, files, signal, delay, wrap }) {
  for (const [f, bytes] of files) writeFileSync(f, bytes);
  const mark = path.join(dir, 'mark');
  rmSync(mark, { force: true });
  const runEnv = { ...env, MARK: mark, PATH: wrap ? `${path.join(dir, 'bin')}:${env.PATH}` : env.PATH };
  const started = Date.now();
  const child = spawn(process.execPath, [cli, ...args], { cwd, env: runEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (b) => (err += b));
  child.stdout.resume();
  const exited = new Promise((r) => child.on('exit', (code, sig) => r(code ?? sig)));
  let wrapperPid;
  if (delay !== undefined) await sleep(delay);
  else {
    for (let i = 0; i < 600 && !wrapperPid; i++) {
      await sleep(25);
      try {
        wrapperPid = Number(readFileSync(mark, 'utf8').trim());
      } catch {
        /* not yet */
      }
    }
  }
  const killedAt = Date.now();
  child.kill(signal);
  const code = await exited;
  const stopMs = Date.now() - killedAt;
  const ms = Date.now() - started;
  const atExit = files.map(([f]) => readFileSync(f));
  const changedAtExit = files.some(([, bytes], i) => !atExit[i].equals(bytes));
  await sleep(300);
  const orphans = worldProcesses().filter(alive);
  await sleep(4000);
  const writtenAfter = files.some(([f], i) => !readFileSync(f).equals(atExit[i]));
  const changedLater = files.some(([f, bytes]) => !readFileSync(f).equals(bytes));
  for (const p of worldProcesses()) if (alive(p)) process.kill(p, 'SIGKILL');
  const lastLines = err.trim().split('\n').slice(-2);
  return { code, ms, stopMs, changedAtExit, changedLater, writtenAfter, orphans: orphans.length, lastLines };
}

function summary(name, results) {
  const n = (f) => results.filter(f).length;
  console.log(
    `${name}: ${results.length} runs; files modified at exit ${n((r) => r.changedAtExit)}, 4 s later ` +
      `${n((r) => r.changedLater)}; written after exit ${n((r) => r.writtenAfter)}; ` +
      `process of the run alive after exit ${n((r) => r.orphans > 0)}; ` +
      `exit codes ${JSON.stringify([...new Set(results.map((r) => r.code))])}; signal to exit median ` +
      `${results.map((r) => r.stopMs).sort((a, b) => a - b)[Math.floor(results.length / 2)]} ms`,
  );
  console.log(`  last stderr line (first run): ${JSON.stringify(results[0]?.lastLines.at(-1))}`);
}

const t0 = Date.now();
await once({
  args: ['update', '--dry-run'],
  cwd: root,
  files: [[lockFile, originalLock]],
  signal: 'SIGCONT',
  delay: 0,
});
const full = (() => {
  const s = Date.now();
  try {
    execFileSync(process.execPath, [cli, 'update', '--dry-run'], { cwd: root, env, stdio: 'pipe' });
  } catch {
    /* exit 1 is fine */
  }
  return Date.now() - s;
})();
console.log(`world ready in ${Date.now() - t0} ms; an unkilled update --dry-run takes ${full} ms`);

for (const signal of ['SIGTERM', 'SIGINT']) {
  const random = [];
  for (let i = 0; i < RUNS; i++) {
    const delay = Math.round(((i + 0.5) / RUNS) * full);
    random.push(
      await once({ args: ['update', '--dry-run'], cwd: root, files: [[lockFile, originalLock]], signal, delay }),
    );
  }
  summary(`update-random ${signal}`, random);
  const marked = [];
  for (let i = 0; i < RUNS; i++) {
    marked.push(
      await once({ args: ['update', '--dry-run'], cwd: root, files: [[lockFile, originalLock]], signal, wrap: true }),
    );
  }
  summary(`update-marker ${signal}`, marked);
  const fix = [];
  for (let i = 0; i < RUNS; i++)
    fix.push(await once({ args: ['fix'], cwd: fixRoot, files: fixFiles, signal, wrap: true }));
  summary(`fix-marker ${signal}`, fix);
}
rmSync(dir, { recursive: true, force: true });
