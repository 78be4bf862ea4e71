/**
 * What lint prints, for hostile flake.nix and flake.lock files (issue 9, item 1): the CLI's text (plain and on a
 * terminal), JSON, SARIF and Markdown, and the action's log, annotations and job summary, as a GitHub runner
 * reads them. Asserted: no raw control character (C0 but the line break, DEL, C1) anywhere, no line a runner
 * would execute as a workflow command (`::` at its start), each workflow command on one line, every JSON
 * finding's message one line with its file and position.
 *
 * DEPENDS ON the output neutraliser of issue 9 (src/render/neutralise.ts, used by every reporter and logger): on a
 * branch without it these fail (names reach the log raw), which is what they are for.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test, jest } from '@jest/globals';
import fc from 'fast-check';
import { INJECTIONS, ESCAPES } from '../../fuzz/hostile.js';
import { CLI_FACES, lintCase, Workspace } from '../../fuzz/lint-run.js';
import { flakeNixFor, MODERATE, mutatedLock } from '../../fuzz/lock-mutations.js';
import { mutatedNix } from '../../fuzz/nix-mutations.js';
import { fuzzParameters } from '../../fuzz/run-options.js';
import { lockSeeds, nixSeeds } from '../../fuzz/seeds.js';

// Bounded runs whose time depends on the machine's load: a property is judged by its answers, never by a clock.
jest.setTimeout(120_000);

const scratch = mkdtempSync(path.join(tmpdir(), 'fuzz-output-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const ws = new Workspace(path.join(scratch, 'ws'));
const ALL = { cli: CLI_FACES, action: true };

/**
 * A v7 lock whose root has one input per name, each its own node of nixpkgs on nixos-unstable locked in 2020: every
 * name is in a finding (the stale-input rule judges nixpkgs inputs by age).
 */
function lockWithRootInputs(names: readonly string[]): string {
  const nodes: Record<string, unknown> = { root: { inputs: Object.fromEntries(names.map((n, i) => [n, `n${i}`])) } };
  names.forEach((_, i) => {
    nodes[`n${i}`] = {
      locked: {
        lastModified: 1_600_000_000,
        narHash: `sha256-${i}`,
        owner: 'NixOS',
        repo: 'nixpkgs',
        rev: 'a'.repeat(40),
        type: 'github',
      },
      original: { owner: 'NixOS', ref: 'nixos-unstable', repo: 'nixpkgs', type: 'github' },
    };
  });
  return `${JSON.stringify({ nodes, root: 'root', version: 7 }, null, 2)}\n`;
}

describe("lint's output on hostile names (issue 9, item 1)", () => {
  const names = [...INJECTIONS, ...ESCAPES, 'nul\u0000del\u007fnel\u0085', 'x'.repeat(100_000)];

  test.each([
    ['names in flake.lock only', undefined, lockWithRootInputs(names)],
    ['names in flake.nix only', flakeNixFor(names), undefined],
    ['names in both, the lock one short', flakeNixFor(names), lockWithRootInputs(names.slice(1))],
  ])('%s', async (_, nix, lock) => {
    await ws.write(nix, lock);
    const r = await lintCase(ws, scratch, ALL);
    expect(r.crash).toBeUndefined();
    expect(r.findings).toBeGreaterThan(0);
    expect(r.outputProblems).toEqual([]);
  });
});

describe('fuzz: what lint prints', () => {
  test('mutated flake.nix (with its seed lock): clean output on every face', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedNix(nixSeeds()), async (c) => {
        await ws.write(c.text, c.lock);
        const r = await lintCase(ws, scratch, ALL);
        expect(r.crash).toBeUndefined();
        expect(r.outputProblems).toEqual([]);
      }),
      fuzzParameters(60),
    );
  });

  test('mutated flake.lock (alone or with a flake.nix): clean output on every face', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedLock(lockSeeds().seeds, MODERATE), async (c) => {
        await ws.write(c.nix, c.text);
        const r = await lintCase(ws, scratch, ALL);
        expect(r.crash).toBeUndefined();
        expect(r.outputProblems).toEqual([]);
      }),
      fuzzParameters(60),
    );
  });
});
