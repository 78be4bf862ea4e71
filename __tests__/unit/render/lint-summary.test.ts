/**
 * The job summary: counts, findings table, and the Mermaid input graph, checked with mermaid's own flowchart
 * parser (mermaid runs in Node for parsing; only its DOMPurify hook needs a stand-in, since there is no DOM).
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { runRules } from '../../../src/lint/rule-engine.js';
import { inputGraph, mermaidLabel } from '../../../src/render/mermaid-graph.js';
import { cell, renderSummary } from '../../../src/render/lint-summary.js';
import { RULES } from '../../../src/lint/rules/index.js';
import type { LintRun } from '../../../src/lint/lint-result.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadFlake } from '../../../src/app/lint.js';
import { gh, lockContext, NOW, options } from '../lint/helpers.js';
import { pathsByNode } from '../../../src/lint/where.js';

interface Vertex {
  text?: string;
  classes: string[];
}
interface Edge {
  start: string;
  end: string;
  stroke: string;
  text: string;
}
interface FlowDb {
  getVertices(): Map<string, Vertex>;
  getEdges(): Edge[];
}
interface Mermaid {
  parse(text: string): Promise<unknown>;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: FlowDb }> };
}

let mermaid: Mermaid;

beforeAll(async () => {
  const purify = (await import('dompurify')).default as unknown as Record<string, unknown>;
  // Parsing never sanitizes for display; DOMPurify without a window has no hooks, so stand in for them.
  purify['addHook'] ??= () => undefined;
  purify['removeHook'] ??= () => undefined;
  purify['removeAllHooks'] ??= () => undefined;
  purify['sanitize'] = (s: unknown) => String(s);
  mermaid = (await import('mermaid')).default as unknown as Mermaid;
}, 60_000);

const ctx = lockContext({
  root: {
    inputs: {
      hm: 'home-manager',
      nixpkgs: 'nixpkgs_2',
      'nixpkgs-stable': 'nixpkgs_3',
      utils: 'flake-utils',
      gone: ['nope'],
    },
  },
  'home-manager': { ...gh('nix-community', 'home-manager'), inputs: { nixpkgs: 'nixpkgs' } },
  nixpkgs: gh('NixOS', 'nixpkgs', { ref: 'nixos-unstable', rev: 'a'.repeat(40) }),
  nixpkgs_2: gh('NixOS', 'nixpkgs', { ref: 'nixos-unstable', rev: 'b'.repeat(40) }),
  nixpkgs_3: gh('NixOS', 'nixpkgs', { ref: 'nixos-25.05', rev: 'c'.repeat(40) }),
  'flake-utils': { ...gh('numtide', 'flake-utils'), inputs: { nixpkgs: ['nixpkgs'], 'we"ird|name': ['nixpkgs'] } },
});
const result = runRules(ctx, RULES);
const run: LintRun = {
  flakes: [{ dir: '.', ctx, findings: result.findings, notices: result.notices, failOn: 'error' }],
};

describe('Mermaid input graph', () => {
  test('parses with mermaid as a flowchart', async () => {
    const graph = inputGraph(ctx, new Set(['nixpkgs', 'nixpkgs_2']))!;
    await expect(mermaid.parse(graph)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
  });

  test('has the root, inputs, dashed follows, a missing target, and the copies highlighted', async () => {
    const graph = inputGraph(ctx, new Set(['nixpkgs', 'nixpkgs_2']))!;
    const { db } = await mermaid.mermaidAPI.getDiagramFromText(graph);
    const vertices = db.getVertices();
    const texts = [...vertices.values()].map((v) => v.text ?? '');
    expect(texts).toEqual(
      expect.arrayContaining(['flake', expect.stringMatching(/^hm<br\/>github:nix-community\/home-manager/)]),
    );
    const dup = [...vertices.entries()].filter(([, v]) => v.classes.includes('dup')).map(([, v]) => v.text);
    expect(dup).toHaveLength(2);
    for (const t of dup) expect(t).toMatch(/^nixpkgs<br\/>github:NixOS\/nixpkgs nixos-unstable/);
    const edges = db.getEdges();
    const dotted = edges.filter((e) => e.stroke === 'dotted');
    expect(dotted.map((e) => e.text).sort()).toEqual([
      'gone',
      'nixpkgs',
      expect.stringMatching(/^we.+34.+ird.+124.+name$/),
    ]);
    expect(edges.filter((e) => e.stroke === 'normal')).toHaveLength(5);
    const missing = [...vertices.values()].filter((v) => v.classes.includes('missing'));
    expect(missing.map((v) => v.text)).toEqual(['missing: nope']);
  });

  test('a broken diagram is rejected by the parser (the check can fail)', async () => {
    await expect(mermaid.parse('flowchart LR\n  a["x"y"] --> b')).rejects.toThrow(/Parse error/);
  });

  const nyx = path.resolve('..', 'shared', 'corpus', 'NotAShelf__nyx');
  if (!existsSync(nyx)) console.warn(`NOTE: ${nyx} does not exist: the large-graph Mermaid test is skipped.`);
  (existsSync(nyx) ? test : test.skip)(
    'the largest corpus lock gives a diagram mermaid parses, cut to a readable size',
    async () => {
      const big = await loadFlake(path.dirname(nyx), 'NotAShelf__nyx', NOW, options());
      const run = runRules(big, RULES);
      const flagged = new Set(run.findings.filter((f) => f.rule === 'duplicates/duplicate-input').map((f) => f.input));
      expect(flagged.size).toBeGreaterThan(10);
      const md = renderSummary({ flakes: [{ dir: 'nyx', ctx: big, ...run, failOn: 'error' }] });
      const graph = /```mermaid\n([\s\S]*?)```/.exec(md)![1]!;
      const { db } = await mermaid.mermaidAPI.getDiagramFromText(graph);
      expect([...db.getVertices().values()].filter((v) => v.classes.includes('dup')).length).toBeGreaterThan(10);
      expect(db.getVertices().size).toBeGreaterThan(39);
      expect(db.getVertices().size).toBeLessThanOrEqual(120);
      expect(graph.length).toBeLessThan(50_000); // GitHub's Mermaid text limit
      // the cut is said, with the counts and what was left out (issue 13: it showed 111 of 231 silently)
      const total = [...pathsByNode(big).keys()].length;
      const shown = db.getVertices().size - 1; // the root
      expect(md).toContain(`; ${shown} of ${total} inputs)</summary>`);
      const note = md.split('\n').find((l) => l.startsWith('Showing '))!;
      expect(note).toMatch(
        new RegExp(
          `^Showing ${shown} of ${total} inputs \\(the root's inputs( and their inputs)?, and the copies to remove\\); not shown: \`[^\`]+\`(, \`[^\`]+\`){11} and ${total - shown - 12} more\\.$`,
        ),
      );
      // only the copies to remove are red: the node each duplicate finding's input path leads to
      const red = [...db.getVertices().entries()].filter(([, v]) => v.classes.includes('dup')).length;
      const copies = new Set([...flagged].map((p) => big.resolved.get(p!)?.node));
      expect(red).toBe(copies.size);
    },
  );

  test('the summary paints the copy to remove, not the copy that stays; a whole graph says nothing of a cut', async () => {
    const md = renderSummary(run);
    const block = /```mermaid\n([\s\S]*?)```/.exec(md)![1]!;
    const { db } = await mermaid.mermaidAPI.getDiagramFromText(block);
    const red = [...db.getVertices().values()].filter((v) => v.classes.includes('dup'));
    // hm/nixpkgs (node nixpkgs, rev aaaaaaa) is the copy; the root's nixpkgs (nixpkgs_2, rev bbbbbbb) stays
    expect(red).toHaveLength(1);
    expect(ctx.resolved.get('hm/nixpkgs')?.node).toBe('nixpkgs');
    const redIds = [...db.getVertices().entries()].filter(([, v]) => v.classes.includes('dup')).map(([k]) => k);
    const rootNixpkgs = db.getEdges().find((e) => e.start === 'n0' && e.text === '' && redIds.includes(e.end));
    expect(rootNixpkgs).toBeUndefined();
    expect(md).toContain('copies to remove in red)</summary>');
    expect(md).not.toContain('Showing ');
  });

  test('labels escape what would break the syntax', () => {
    expect(mermaidLabel('a"b|c<d>#')).toBe('a#34;b#124;c#60;d#62;#35;');
  });
});

describe('job summary', () => {
  test('counts, a findings table linking the rules, notices and the graph', async () => {
    const md = renderSummary(run);
    expect(md).toMatch(/^## flake-steward lint\n/);
    const warnings = result.findings.filter((f) => f.severity === 'warning').length;
    expect(warnings).toBeGreaterThan(1);
    expect(md).toContain(`**1 error, ${warnings} warnings, 0 notices** in 1 flake`);
    expect(md.split('\n').filter((l) => l.startsWith('| ') && / (error|warning) \| \[/.test(l))).toHaveLength(
      result.findings.length,
    );
    expect(md).toContain('| severity | rule | where | input | finding |');
    expect(md).toContain(
      '[`duplicates/duplicate-input`](https://github.com/flake-steward/flake-steward/blob/main/docs/rules.md#duplicatesduplicate-input)',
    );
    expect(md).toContain('Fix: `inputs.hm.inputs.nixpkgs.follows = "nixpkgs";`');
    expect(md).toContain('> [!NOTE]');
    const first = md.split('\n').find((l) => / (error|warning|notice) \| \[/.test(l))!;
    expect(first).toMatch(/^\| 🔴 error /);
    const block = /```mermaid\n([\s\S]*?)```/.exec(md)![1]!;
    await expect(mermaid.parse(block)).resolves.toBeTruthy();
    expect(block).toContain('class ');
  });

  test('errors come first in the table, whatever their line', () => {
    const mk = (severity: 'error' | 'warning', line: number) => ({
      rule: 'x/y',
      severity,
      message: `${severity} at ${line}`,
      file: 'flake.nix',
      line,
      column: 1,
      endLine: line,
      endColumn: 2,
    });
    const md = renderSummary(
      { flakes: [{ ...run.flakes[0]!, findings: [mk('warning', 1), mk('error', 5)] }] },
      { graphs: false },
    );
    expect(md.indexOf('error at 5')).toBeLessThan(md.indexOf('warning at 1'));
  });

  test('no findings, and table cells escape pipes and newlines', () => {
    const clean: LintRun = { flakes: [{ ...run.flakes[0]!, findings: [], notices: [] }] };
    expect(renderSummary(clean, { graphs: false })).toContain('✅ **No findings** in 1 flake');
    expect(cell('a|b\nc')).toBe('a\\|b<br>c');
  });
});
