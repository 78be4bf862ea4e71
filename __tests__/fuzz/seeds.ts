/**
 * The texts fuzzing starts from: the project's own flake.nix and flake.lock fixtures, and the real flake.lock files
 * of `../shared/corpus` where that folder exists (read at run time, never copied into the repository).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const FIXTURES = path.resolve('__tests__', 'fixtures');
export const CORPUS_DIR = path.resolve('..', 'shared', 'corpus');

export interface NixSeed {
  readonly name: string;
  readonly text: string;
  /** The lock written for this flake, when there is one. */
  readonly lock?: string;
}

export interface LockSeed {
  readonly name: string;
  readonly text: string;
}

function read(file: string): string {
  return readFileSync(file, 'utf8');
}

/** flake.nix seeds: `fixtures/fuzz/nix/*.nix` (with `fixtures/fuzz/lock/NAME*.lock` beside) and `fixtures/inputs/valid`. */
export function nixSeeds(): NixSeed[] {
  const own = path.join(FIXTURES, 'fuzz', 'nix');
  const locks = path.join(FIXTURES, 'fuzz', 'lock');
  const lockFiles = readdirSync(locks).sort();
  const seeds: NixSeed[] = readdirSync(own)
    .filter((f) => f.endsWith('.nix'))
    .sort()
    .map((f) => {
      const stem = f.slice(0, -'.nix'.length);
      const lock = lockFiles.find((l) => l === `${stem}.lock` || l.startsWith(`${stem}-`));
      return {
        name: `fuzz/nix/${f}`,
        text: read(path.join(own, f)),
        ...(lock ? { lock: read(path.join(locks, lock)) } : {}),
      };
    });
  const valid = path.join(FIXTURES, 'inputs', 'valid');
  for (const d of readdirSync(valid).sort()) {
    const file = path.join(valid, d, 'flake.nix');
    if (existsSync(file)) seeds.push({ name: `inputs/valid/${d}`, text: read(file) });
  }
  return seeds;
}

/** flake.lock seeds: `fixtures/fuzz/lock/*.lock`, then every `flake.lock` of the corpus when it exists. */
export function lockSeeds(): { seeds: LockSeed[]; corpus: boolean } {
  const own = path.join(FIXTURES, 'fuzz', 'lock');
  const seeds: LockSeed[] = readdirSync(own)
    .filter((f) => f.endsWith('.lock'))
    .sort()
    .map((f) => ({ name: `fuzz/lock/${f}`, text: read(path.join(own, f)) }));
  const corpus = existsSync(CORPUS_DIR);
  if (corpus) {
    for (const d of readdirSync(CORPUS_DIR).sort()) {
      const file = path.join(CORPUS_DIR, d, 'flake.lock');
      if (existsSync(file)) seeds.push({ name: `corpus/${d}`, text: read(file) });
    }
  }
  return { seeds, corpus };
}
