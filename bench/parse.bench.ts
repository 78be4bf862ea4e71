/**
 * Parser throughput on a multi-megabyte generated Nix file (nixpkgs-like: sets, lets, lambdas with formals,
 * strings and indented strings with interpolation, paths, lists, every operator, comments), next to the time
 * Nix's own parser takes on the same file run as a process (`nix-instantiate --parse`), and our CLI as a process.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { check, parse } from '../src/nix/index.js';
import type { BenchCase } from './harness.js';

const TARGET_BYTES = 5_000_000;

/** One package-like block; `i` varies names and numbers so no two blocks are the same text. */
function block(i: number): string {
  return `  pkg${i} = callPackage ({ lib, stdenv, fetchurl ? null, enableDocs ? ${i % 2 === 0}, ... }@args:
    let
      version = "${i % 7}.${i % 13}.${i}";
      src = ./sources/pkg-${i}.tar.gz;
      patches = [ ./patches/fix-${i}.patch (fetchurl { url = "https://example.org/p/${i}.patch"; hash = "sha256-${'A'.repeat(43)}="; }) ];
    in stdenv.mkDerivation rec {
      pname = "pkg${i}";
      inherit version src patches;
      inherit (lib) licenses;
      nativeBuildInputs = lib.optionals enableDocs [ args.doxygen or null ] ++ [ stdenv.cc ];
      buildPhase = ''
        make -j$NIX_BUILD_CORES PREFIX=$out \${lib.optionalString enableDocs "docs"}
        echo '''quoted''' ''$HOME
      '';
      env.NIX_CFLAGS = toString (map (x: "-D\${x}=1") [ "A${i}" "B" ]);
      doCheck = !stdenv.hostPlatform.isDarwin && (${i} * 2 - 1 > ${i % 5} || false) -> true;
      passthru = { tests.basic = ${i} / 2 + -1; updateScript = <nixpkgs/maintainers/update.nix>; } // { inherit pname; };
      meta = with lib; { description = "Package number ${i}"; homepage = https://example.org/${i}; license = licenses.mit; platforms = platforms.unix; };
    }) { }; # block ${i}
  /* ${i} */ hasDocs${i} = pkg${i} ? meta.description;
`;
}

let generated: { file: string; text: string } | undefined;

function fixture(): { file: string; text: string } {
  if (generated) return generated;
  const parts = ['{ callPackage }:\nrec {\n'];
  let size = parts[0]!.length;
  for (let i = 0; size < TARGET_BYTES; i++) {
    const b = block(i);
    parts.push(b);
    size += b.length;
  }
  parts.push('}\n');
  const text = parts.join('');
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'parse-bench-')), 'big.nix');
  writeFileSync(file, text);
  generated = { file, text };
  return generated;
}

const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);

function hasNix(): boolean {
  try {
    execFileSync('nix-instantiate', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const cli = path.join(process.cwd(), 'dist', 'cli.js');
const parseTimes: number[] = [];
const checkTimes: number[] = [];

export const parseCases: BenchCase[] = [
  {
    name: 'parse: generated Nix file, parse() in this process',
    runs: 7,
    setup: () => void fixture(),
    run: () => {
      const { text, file } = fixture();
      // Collect the previous run's tree first (bench runs with --expose-gc) so each run times its own work; the
      // extra columns give the median of the parse() times alone (the harness keeps the last run's columns), and
      // the first one, before the JIT has warmed up (what a CLI process gets).
      (globalThis as { gc?: () => void }).gc?.();
      const t0 = performance.now();
      parse(text, { file });
      parseTimes.push(performance.now() - t0);
      const sorted = [...parseTimes].sort((a, b) => a - b);
      const ms = sorted[Math.floor(sorted.length / 2)]!;
      return {
        MB: mb(text.length),
        'parse ms': ms.toFixed(0),
        'MB/s': (text.length / 1e3 / ms).toFixed(1),
        'first ms': parseTimes[0]!.toFixed(0),
      };
    },
  },
  {
    name: 'parse: same file, check() in this process (the same checks, no tree)',
    runs: 7,
    setup: () => void fixture(),
    run: () => {
      const { text, file } = fixture();
      (globalThis as { gc?: () => void }).gc?.();
      const t0 = performance.now();
      check(text, { file });
      checkTimes.push(performance.now() - t0);
      const ms = [...checkTimes].sort((a, b) => a - b)[Math.floor(checkTimes.length / 2)]!;
      return {
        MB: mb(text.length),
        'parse ms': ms.toFixed(0),
        'MB/s': (text.length / 1e3 / ms).toFixed(1),
        'first ms': checkTimes[0]!.toFixed(0),
      };
    },
  },
  {
    name: 'parse: same file, node dist/cli.js parse FILE (process)',
    runs: 5,
    setup: () => void fixture(),
    run: () => {
      const { text, file } = fixture();
      execFileSync(process.execPath, [cli, 'parse', file], { stdio: 'ignore' });
      return { MB: mb(text.length) };
    },
  },
  ...(hasNix()
    ? [
        {
          name: 'parse: same file, nix-instantiate --parse FILE (process)',
          runs: 5,
          setup: () => void fixture(),
          run: () => {
            const { text, file } = fixture();
            execFileSync('nix-instantiate', ['--parse', file], { stdio: 'ignore' });
            return { MB: mb(text.length) };
          },
        },
      ]
    : []),
];
