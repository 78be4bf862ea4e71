/**
 * Closure diff of two synthetic closures (2,000 and 10,000 paths) next to `nix store diff-closures` on the same
 * pairs, both as whole processes: `node dist/cli.js diff-closures OLD NEW --json` (one `nix-store --query
 * --graphml OLD NEW`) against Nix's own command. Reports the time ratio (ours / Nix's, target ≤ 1.0 at 10,000) and
 * the peak memory of our process tree's largest process (target < 300 MB), read from `/usr/bin/time -v`.
 *
 * The closures are built once with `builtins.derivation`s (about 14,000 tiny derivations; 8-10 minutes on Nix 2.8 here, in slices of 1,000) and kept:
 * `.bench/closure/result*` links are GC roots, `.bench/closure/roots.json` names them; later runs reuse them while
 * Nix still has them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchCase } from './harness.js';

const root = process.cwd();
/** The bundled CLI; FLAKE_STEWARD_BENCH_CLI points elsewhere (e.g. a bundle made while dist/ cannot be rebuilt). */
const cli = process.env['FLAKE_STEWARD_BENCH_CLI'] ?? path.join(root, 'dist', 'cli.js');
const dir = path.join(root, '.bench', 'closure');
const rootsFile = path.join(dir, 'roots.json');
const NIX = ['--extra-experimental-features', 'nix-command flakes'];
const SIZES = [2000, 10000] as const;

/**
 * `old<N>`: N leaf packages under groups of 100, under one `top`. `new<N>`: every 10th leaf upgraded, every 50th
 * removed, N/50 added, every 20th leaf grown by 10,000 bytes; every 10th name has a `-dev` output as well.
 */
const GENERATOR = `
{ system ? builtins.currentSystem }:
let
  mk = name: script: builtins.derivation { inherit name system; builder = "/bin/sh"; args = [ "-c" script ]; };
  leaf = i: fresh: let
    ver = if fresh && i - (i / 10) * 10 == 0 then "2.\${toString i}" else "1.\${toString (i - (i / 97) * 97)}";
    grow = fresh && i - (i / 20) * 20 == 0;
    width = 16 + i - (i / 200) * 200;
    body = if grow then "i=0; while [ $i -lt 1250 ]; do printf 01234567; i=$((i+1)); done; " else "";
    name = if i - (i / 10) * 10 == 5 then "lib\${toString i}-\${ver}-dev" else "pkg\${toString i}-\${ver}";
  in mk name "{ \${body}printf '%0\${toString width}d' \${toString i}; } > $out";
  range = n: builtins.genList (i: i) n;
  keep = fresh: i: !(fresh && i - (i / 50) * 50 == 0);
  leaves = n: fresh:
    map (i: leaf i fresh) (builtins.filter (keep fresh) (range n))
    ++ (if fresh then map (i: leaf (n + i) false) (range (n / 50)) else [ ]);
  chunks = l: if l == [ ] then [ ] else
    let k = if builtins.length l < 100 then builtins.length l else 100;
    in [ (builtins.genList (i: builtins.elemAt l i) k) ] ++ chunks (builtins.genList (i: builtins.elemAt l (i + k)) (builtins.length l - k));
  group = tag: g: ls: mk "group\${toString g}-\${tag}" "echo \${builtins.concatStringsSep " " ls} > $out";
  top = tag: n: fresh: mk "top" "echo \${builtins.concatStringsSep " " (groups tag n fresh)} > $out";
  groups = tag: n: fresh: let gs = chunks (leaves n fresh); in builtins.genList (g: group tag g (builtins.elemAt gs g)) (builtins.length gs);
  # Slices of at most 10 groups (1,000 leaves), built one nix-build at a time: Nix 2.8 schedules ten thousand
  # goals in one call very slowly (a few builds a second), a thousand at a time quickly.
  slices = tag: n: fresh: let gs = groups tag n fresh; in
    builtins.genList (k: builtins.genList (j: builtins.elemAt gs (k * 10 + j))
      (if builtins.length gs - k * 10 < 10 then builtins.length gs - k * 10 else 10))
      ((builtins.length gs + 9) / 10);
in {
  old2000 = top "1" 2000 false; new2000 = top "2" 2000 true;
  old10000 = top "1" 10000 false; new10000 = top "2" 10000 true;
  slice = { old = slices "1" 10000 false; new = slices "2" 10000 true; };
}
`;

type Roots = Record<string, string>;
let roots: Roots | undefined;

function valid(paths: string[]): boolean {
  return spawnSync('nix-store', ['--check-validity', ...paths], { stdio: 'ignore' }).status === 0;
}

/** Builds the closures once (or reuses them) and returns the four roots. */
function ensureClosures(): Roots {
  if (roots) return roots;
  if (existsSync(rootsFile)) {
    const r = JSON.parse(readFileSync(rootsFile, 'utf8')) as Roots;
    if (Object.keys(r).length === 4 && valid(Object.values(r))) return (roots = r);
  }
  mkdirSync(dir, { recursive: true });
  const gen = path.join(dir, 'gen.nix');
  writeFileSync(gen, GENERATOR);
  const attrs = SIZES.flatMap((n) => [`old${n}`, `new${n}`]);
  process.stderr.write(
    'closure bench: building the synthetic closures once (about 14,000 derivations, several minutes)...\n',
  );
  const t0 = performance.now();
  for (const side of ['old', 'new']) {
    for (let k = 0; k < 10; k++) {
      // the 2,000-path closures share their leaves with the first slices of the 10,000-path ones
      execFileSync('nix-build', [gen, '--no-out-link', '-A', `slice.${side}.${k}`], { stdio: 'ignore' });
    }
  }
  const out = execFileSync(
    'nix-build',
    [gen, '-o', path.join(dir, 'result'), '--max-jobs', '4', ...attrs.flatMap((a) => ['-A', a])],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 },
  );
  process.stderr.write(`closure bench: built in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  const paths = out.trim().split('\n');
  roots = Object.fromEntries(attrs.map((a, i) => [a, paths[i]!]));
  writeFileSync(rootsFile, JSON.stringify(roots, null, 2));
  return roots;
}

/** Runs a command under `/usr/bin/time -v` when present; returns its peak RSS in MB (largest process). */
function timed(cmd: string, args: string[]): number | undefined {
  const useTime = existsSync('/usr/bin/time');
  const r = useTime
    ? spawnSync('/usr/bin/time', ['-v', cmd, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  return m ? Number(m[1]) / 1024 : undefined;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function pathCount(p: string): number {
  return execFileSync('nix-store', ['--query', '--requisites', p], { encoding: 'utf8', maxBuffer: 64 << 20 })
    .trim()
    .split('\n').length;
}

function casesFor(n: (typeof SIZES)[number]): BenchCase[] {
  const nixTimes: number[] = [];
  const ourTimes: number[] = [];
  let nixPeak = 0;
  let ourPeak = 0;
  let label = `${n.toLocaleString('en')} paths`;
  return [
    {
      name: `closure diff ${n.toLocaleString('en')}: nix store diff-closures`,
      runs: 5,
      setup: () => {
        const r = ensureClosures();
        label = `${pathCount(r[`old${n}`]!)} → ${pathCount(r[`new${n}`]!)} paths`;
      },
      run: () => {
        const r = ensureClosures();
        const t0 = performance.now();
        const peak = timed('nix', ['store', 'diff-closures', ...NIX, r[`old${n}`]!, r[`new${n}`]!]);
        nixTimes.push(performance.now() - t0);
        nixPeak = Math.max(nixPeak, peak ?? 0);
        return { closures: label, 'peak MB': peak ? nixPeak.toFixed(0) : 'n/a' };
      },
    },
    {
      name: `closure diff ${n.toLocaleString('en')}: node dist/cli.js diff-closures --json`,
      runs: 5,
      run: () => {
        const r = ensureClosures();
        const t0 = performance.now();
        const peak = timed(process.execPath, [cli, 'diff-closures', r[`old${n}`]!, r[`new${n}`]!, '--json']);
        ourTimes.push(performance.now() - t0);
        ourPeak = Math.max(ourPeak, peak ?? 0);
        return {
          closures: label,
          'peak MB': peak ? ourPeak.toFixed(0) : 'n/a',
          'ratio vs nix': nixTimes.length > 0 ? (median(ourTimes) / median(nixTimes)).toFixed(2) : 'n/a',
        };
      },
    },
  ];
}

export const closureCases: BenchCase[] = SIZES.flatMap(casesFor);
