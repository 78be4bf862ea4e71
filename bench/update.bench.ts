/**
 * Update report benchmarks: rendering (with staged degradation) of large reports, and the lock diff of the
 * largest corpus lock against a renumbered copy of itself (every node key changed, nothing moved).
 */
import { summarizeClosureDiff } from '../src/closure/diff.js';
import { commitMessage } from '../src/render/commit-message.js';
import { renderJson } from '../src/render/update-json.js';
import { renderReport } from '../src/render/update-report.js';
import type { ConfigurationReport, UpdateReport } from '../src/update/update-result.js';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LockEdge, LockFile, LockNode } from '../src/flake/flake-types.js';
import { diffLocks } from '../src/update/lock-diff.js';
import { resolveLock } from '../src/flake/follows.js';
import { parseLock } from '../src/flake/lock.js';
import type { BenchCase } from './harness.js';

function alpha(i: number): string {
  let s = '';
  do {
    s = String.fromCharCode(97 + (i % 26)) + s;
    i = Math.floor(i / 26);
  } while (i > 0);
  return s;
}

function configuration(name: string, packages: number): ConfigurationReport {
  const before = new Map<string, number>();
  const after = new Map<string, number>();
  for (let i = 0; i < packages; i++) {
    const h = i.toString(36).padStart(32, '0');
    before.set(`/nix/store/${h}-pkg-${alpha(i)}-1.${i}`, 10_000 + i);
    // Every third package upgraded, every fifth grows by more than 8 KiB, the rest unchanged.
    const v = i % 3 === 0 ? `1.${i + 1}` : `1.${i}`;
    const h2 = i % 3 === 0 ? i.toString(36).padStart(32, '1') : h;
    after.set(`/nix/store/${h2}-pkg-${alpha(i)}-${v}`, 10_000 + i + (i % 5 === 0 ? 9_000 : 0));
  }
  const diff = summarizeClosureDiff(before, after);
  return {
    attr: `nixosConfigurations.${name}.config.system.build.toplevel`,
    kind: 'nixos',
    name,
    before: { status: 'built', closureSize: diff.sizeBefore },
    after: { status: 'built', closureSize: diff.sizeAfter },
    diff,
  };
}

function report(configs: number, packages: number): UpdateReport {
  return {
    version: 1,
    nixVersion: 'nix (Nix) 2.8.0',
    dryRun: false,
    requestedInputs: [],
    flakes: [
      {
        dir: '.',
        lockFile: 'flake.lock',
        system: 'x86_64-linux',
        inputs: [],
        configurations: Array.from({ length: configs }, (_, i) => configuration(`host${i}`, packages)),
        skipped: [],
        lock: { before: 'a', after: 'b' },
      },
    ],
  };
}

const small = report(3, 300);
const large = report(10, 2_000);

export const updateCases: BenchCase[] = [
  {
    name: 'update: render report, 3 configurations x 300 paths (fits in full)',
    runs: 10,
    run: () => {
      const r = renderReport(small);
      return { chars: String(r.markdown.length), stage: r.stage };
    },
  },
  {
    name: 'update: render report, 10 configurations x 2,000 paths (degraded to 60,000 chars)',
    runs: 5,
    run: () => {
      const r = renderReport(large);
      return { chars: String(r.markdown.length), stage: r.stage };
    },
  },
  {
    name: 'update: JSON and commit message, 10 configurations x 2,000 paths',
    runs: 5,
    run: () => ({ chars: String(renderJson(large).length + commitMessage(large).length) }),
  },
  ...lockDiffCases(),
];

/** The largest corpus lock against itself with every node renamed: parse both, resolve both, diff (no change). */
function lockDiffCases(): BenchCase[] {
  const file = path.resolve('..', 'shared', 'corpus', 'NotAShelf__nyx', 'flake.lock');
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8');
  const lock = parseLock(text, file);
  const names = new Map([...lock.nodes.keys()].map((k, i) => [k, `node${i}`]));
  const nodes = new Map<string, LockNode>();
  for (const [k, n] of lock.nodes) {
    const inputs = new Map<string, LockEdge>();
    for (const [name, e] of n.inputs)
      inputs.set(name, e.kind === 'node' ? { kind: 'node', key: names.get(e.key)! } : e);
    nodes.set(names.get(k)!, { ...n, key: names.get(k)!, inputs });
  }
  const renamed: LockFile = { ...lock, root: names.get(lock.root)!, nodes };
  return [
    {
      name: `update: lock diff of the largest corpus lock (${lock.nodes.size} nodes) vs renumbered, parse+resolve+diff`,
      runs: 20,
      run: () => {
        const a = parseLock(text, file);
        const changes = diffLocks(
          { lock: a, inputs: [...resolveLock(a).values()] },
          { lock: renamed, inputs: [...resolveLock(renamed).values()] },
        );
        return { changes: String(changes.length) };
      },
    },
  ];
}
