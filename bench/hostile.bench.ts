/**
 * The hostile locks of issue 9, linted in process through the whole engine (src/app/lint.ts: discover, load, parse,
 * resolve, every rule), each written to a temp workspace at setup by the generators the tests use. Before the fix
 * the 2,000-long follows chain took 74 s (184 s on a loaded 2-core machine), the 3,000-deep shared-node lock ran out
 * of heap, and the deep JSON, the 20,000-node chain and the 5,000-long chain overflowed the stack; `result` shows
 * what each gives now (findings, or the one line that refuses it).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULTS } from '../src/core/config.js';
import { lint } from '../src/app/lint.js';
import {
  deepJsonLock,
  followsChainFlakeNix,
  followsChainLock,
  followsCycleFlakeNix,
  followsCycleLock,
  missingOverrides,
  nodeChainLock,
  oneLineLock,
  sameSourceNestedFlakeNix,
  sameSourceNestedLock,
  sameSourceRootsFlakeNix,
  sameSourceRootsLock,
  sharedNodeLock,
} from '../__tests__/support/hostile-locks.js';
import type { BenchCase } from './harness.js';

let workspace: string | undefined;

function flake(name: string, files: { lock: () => string; nix?: () => string }): () => void {
  return () => {
    if (workspace === undefined) {
      const dir = mkdtempSync(path.join(tmpdir(), 'fs-bench-hostile-'));
      process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
      workspace = dir;
    }
    const dir = path.join(workspace, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'flake.lock'), files.lock());
    if (files.nix) writeFileSync(path.join(dir, 'flake.nix'), files.nix());
  };
}

async function lintOne(name: string): Promise<Record<string, string>> {
  const run = await lint({
    workspace: workspace!,
    paths: [name],
    settings: { failOn: 'error', rules: {}, maxAge: DEFAULTS.maxAge, maxAgeByInput: {}, ignore: [], allowedOwners: [] },
    rulesSetting: '--rules',
    clock: { now: () => new Date('2026-11-21T00:00:00Z') },
  });
  const f = run.flakes[0]!;
  const invalid = f.findings.find((x) => x.rule === 'lock/invalid');
  return { result: invalid ? invalid.message.slice(0, 60) : `${f.findings.length} findings` };
}

const cases: [string, string, { lock: () => string; nix?: () => string }][] = [
  ['chain-2000', '2,000-long follows chain (lock only)', { lock: () => followsChainLock(2000) }],
  [
    'chain-2000-nix',
    '2,000-long follows chain, declared in flake.nix too',
    { lock: () => followsChainLock(2000), nix: () => followsChainFlakeNix(2000) },
  ],
  ['chain-5000', '5,000-long follows chain (lock only)', { lock: () => followsChainLock(5000) }],
  [
    'cycle-2000-nix',
    '2,000-long follows cycle in flake.nix and flake.lock',
    { lock: () => followsCycleLock(2000), nix: () => followsCycleFlakeNix(2000) },
  ],
  ['shared-3000', '3,000-deep shared-node lock (2^3000 paths)', { lock: () => sharedNodeLock(3000) }],
  ['nodes-20000', '20,000-node chain', { lock: () => nodeChainLock(20_000) }],
  ['deep-json', 'JSON nested 100,000 deep', { lock: () => deepJsonLock(100_000) }],
  [
    'same-4000',
    '4,000 root inputs sharing one source, declared in flake.nix',
    { lock: () => sameSourceRootsLock(4000), nix: () => sameSourceRootsFlakeNix(4000) },
  ],
  ['nested-4000', '4,000 inputs each with its own nixpkgs copy', { lock: () => sameSourceNestedLock(4000) }],
  [
    'nested-4000-nix',
    '4,000 inputs each with its own nixpkgs copy, declared in flake.nix (4,000 fixes)',
    { lock: () => sameSourceNestedLock(4000), nix: () => sameSourceNestedFlakeNix(4000) },
  ],
  [
    'overrides-4000',
    '4,000 overrides of inputs that do not exist (4,000 removals)',
    { lock: () => missingOverrides(4000).lock, nix: () => missingOverrides(4000).nix },
  ],
  ['one-line-4000', 'a one-line lock of 4,000 nixpkgs copies (8,000 findings in one 1 MB line)', { lock: () => oneLineLock(4000) }],
];

export const hostileCases: BenchCase[] = cases.map(([name, what, files]) => ({
  name: `hostile: lint ${what}`,
  runs: 5,
  setup: flake(name, files),
  run: () => lintOne(name),
}));
