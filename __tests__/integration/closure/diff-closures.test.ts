import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { diffClosuresCommand, type DiffClosuresJson } from '../../../src/cli/commands/diff-closures.js';
import type { CliIO } from '../../../src/cli/command.js';
import { formatKiB } from '../../../src/closure/format.js';
import { SIZE_THRESHOLD } from '../../../src/closure/diff.js';
import { MemoryLogger } from '../../../src/core/ports.js';
import { closureGraph, createNix } from '../../../src/nix-cli/nix.js';
import { parseDiffClosuresText } from '../../../src/nix-cli/parse-output.js';
import { nixFeatures, parseNixVersion } from '../../../src/nix-cli/nix-version.js';

// flake-steward diff-closures against `nix store diff-closures` on the pairs of __tests__/fixtures/closure/pairs.nix:
// the names, the version sets and the sizes shown must be exactly Nix's.
const PAIRS = ['suffixes', 'versions', 'addRemove', 'sizes'] as const;
const NIX = ['--extra-experimental-features', 'nix-command flakes'];
const pairsFile = path.resolve('__tests__/fixtures/closure/pairs.nix');
const features = nixFeatures(parseNixVersion(execFileSync('nix', ['--version'], { encoding: 'utf8' })));

let roots: Record<string, string> = {};
let work = '';

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'fs-closure-'));
  const attrs = PAIRS.flatMap((p) => [`${p}Before`, `${p}After`]);
  // One nix-build for every root (prints one store path per attribute, in order).
  const out = execFileSync('nix-build', [pairsFile, '--no-out-link', ...attrs.flatMap((a) => ['-A', a])], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const paths = out.trim().split('\n');
  expect(paths).toHaveLength(attrs.length);
  roots = Object.fromEntries(attrs.map((a, i) => [a, paths[i]!]));
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

async function cli(
  args: string[],
  env: CliIO['env'] = process.env,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: work,
    env,
    isTTY: false,
  };
  const positionals = args.filter((a) => !a.startsWith('--'));
  const values = { json: args.includes('--json') };
  const code = await diffClosuresCommand.run(positionals, values, io);
  return { code, stdout, stderr };
}

describe.each(PAIRS)('%s: same as nix store diff-closures', (pair) => {
  test('names, version sets and shown sizes', async () => {
    const a = roots[`${pair}Before`]!;
    const b = roots[`${pair}After`]!;
    const nixText = execFileSync('nix', ['store', 'diff-closures', ...NIX, a, b], { encoding: 'utf8' });
    const nixLines = parseDiffClosuresText(nixText);
    expect(nixLines.length).toBeGreaterThan(0);

    const r = await cli([a, b, '--json']);
    expect(r.code).toBe(0);
    const ours = JSON.parse(r.stdout) as DiffClosuresJson;

    expect(ours.changes.map((c) => c.name)).toEqual(nixLines.map((l) => l.name));
    ours.changes.forEach((c, i) => {
      const n = nixLines[i]!;
      expect({ name: c.name, before: c.before, after: c.after }).toEqual({
        name: n.name,
        before: n.before,
        after: n.after,
      });
      if (n.size === undefined) {
        expect(Math.abs(c.sizeDelta)).toBeLessThan(SIZE_THRESHOLD);
      } else {
        expect(Math.abs(c.sizeDelta)).toBeGreaterThanOrEqual(SIZE_THRESHOLD);
        if (features.diffClosuresSize === 'kib') expect(formatKiB(c.sizeDelta)).toBe(n.size);
        else expect(Math.abs(c.sizeDelta - n.sizeBytes!)).toBeLessThan(Math.abs(n.sizeBytes!) * 0.06);
      }
    });
    // Closure sizes are Nix's own closureSize (`nix path-info -S`).
    expect([ours.sizeBefore, ours.sizeAfter]).toEqual([closureSizeOf(a), closureSizeOf(b)]);
  });
});

/** `closureSize` from `nix path-info -S --json` (array up to 2.18, object keyed by path after). */
function closureSizeOf(p: string): number {
  const args = ['path-info', ...NIX, '--json', '-S', ...(features.pathInfoJsonFormat ? ['--json-format', '1'] : []), p];
  const v = JSON.parse(execFileSync('nix', args, { encoding: 'utf8' })) as unknown;
  const info = (Array.isArray(v) ? v[0] : Object.values(v as object)[0]) as { closureSize: number };
  return info.closureSize;
}

describe('the cases the pairs were built for', () => {
  test('suffixes: outputs grouped, foo keeps 1.0 through its -dev output', async () => {
    const j = JSON.parse(
      (await cli([roots['suffixesBefore']!, roots['suffixesAfter']!, '--json'])).stdout,
    ) as DiffClosuresJson;
    const by = Object.fromEntries(j.changes.map((c) => [c.name, c]));
    expect(by['foo']).toMatchObject({ before: [], after: ['1.1'] });
    expect(by['gcc']).toMatchObject({ before: [], after: ['14.1.0'] });
    expect(by['util']).toMatchObject({ before: [], after: [], sizeDelta: 15000 });
    expect(by['linux']).toMatchObject({ before: ['6.6.1-modules'], after: ['6.6.2-modules'] });
  });

  test('sizes: the threshold is inclusive at 8192 bytes', async () => {
    const j = JSON.parse(
      (await cli([roots['sizesBefore']!, roots['sizesAfter']!, '--json'])).stdout,
    ) as DiffClosuresJson;
    expect(j.changes.map((c) => [c.name, c.sizeDelta])).toEqual([
      ['exact', 8192],
      ['over', 8200],
      ['shrink', -8192],
    ]);
  });

  test('text output: a table and the closure sizes', async () => {
    const r = await cli([roots['versionsBefore']!, roots['versionsAfter']!]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| Package | Before | After | Δ size |');
    expect(r.stdout).toContain('| lib | 1.9, 1.10 | 3.0 | +9.7 KiB |');
    expect(r.stdout).toMatch(/Closure size: .* → .*, 10 → 9 paths\./);
  });

  test('the same closure on both sides: no changes, equal sizes', async () => {
    const r = await cli([roots['versionsAfter']!, roots['versionsAfter']!, '--json']);
    const j = JSON.parse(r.stdout) as DiffClosuresJson;
    expect(j.changes).toEqual([]);
    expect(j.sizeBefore).toBe(closureSizeOf(roots['versionsAfter']!));
    expect(j.sizeAfter).toBe(j.sizeBefore);
  });

  test('a ./result link is followed; a path that is not a store path is refused', async () => {
    symlinkSync(roots['sizesAfter']!, path.join(work, 'result'));
    const r = await cli([roots['sizesBefore']!, './result', '--json']);
    expect((JSON.parse(r.stdout) as DiffClosuresJson).changes).toHaveLength(3);
    await expect(cli([work, './result'])).rejects.toThrow(/OLD '.*' is not a store path/);
    await expect(cli(['./missing', './result'])).rejects.toThrow(/OLD '.\/missing' does not exist/);
  });
});

describe('when the query fails', () => {
  /** A bin directory with a failing `nix-store` and a `nix` that prints `version`. */
  function fakeNix(version: string): CliIO['env'] {
    const bin = path.join(work, `bin-${version}`);
    mkdirSync(bin);
    const script = (name: string, body: string) => {
      writeFileSync(path.join(bin, name), `#!/bin/sh\n${body}\n`);
      chmodSync(path.join(bin, name), 0o755);
    };
    script('nix-store', 'echo "error: unrecognised flag \'--graphml\'" >&2; exit 1');
    script('nix', `echo 'nix (Nix) ${version}'`);
    return { ...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}` };
  }
  const pair = () => [roots['sizesBefore']!, roots['sizesAfter']!, '--json'];
  test('an old Nix is named as the reason', async () => {
    await expect(cli(pair(), fakeNix('2.3.16'))).rejects.toThrow(/Nix 2.3.16 is too old/);
  });
  test("otherwise Nix's own error stands", async () => {
    await expect(cli(pair(), fakeNix('2.8.0'))).rejects.toThrow(
      /nix-store.*exit(ed)? .*1[\s\S]*unrecognised flag '--graphml'/,
    );
  });
});

describe('the graph query against nix path-info', () => {
  test('nix-store --graphml gives the sizes and references nix path-info -r --json gives (but self-references)', async () => {
    const all = Object.values(roots);
    const graph = await closureGraph({ options: {} }, all);
    const nix = createNix({
      features,
      options: { nixOptions: [], acceptFlakeConfig: false },
      logger: new MemoryLogger(),
    });
    const infos = await nix.pathInfoClosure(all);
    const fromGraph = Object.fromEntries(
      graph.names.map((_, i) => [
        graph.path(i),
        { narSize: graph.sizes[i], references: graph.refs[i]!.map((j) => graph.path(j)).sort() },
      ]),
    );
    const fromPathInfo = Object.fromEntries(
      [...infos].map(([p, info]) => [
        p,
        { narSize: info.narSize, references: info.references.filter((r) => r !== p).sort() },
      ]),
    );
    expect(Object.keys(fromGraph).length).toBeGreaterThan(20);
    expect(fromGraph).toEqual(fromPathInfo);
  });
});
