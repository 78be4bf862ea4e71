/**
 * Every lint reporter (text, annotations, JSON, SARIF, the job summary with its Mermaid graph) on findings whose
 * names carry control characters, workflow commands, Markdown and Mermaid syntax, and 800 KB: nothing raw comes
 * out, nothing unbounded, tables keep their columns, the graph still parses, SARIF still validates.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { MemoryLogger } from '../../../src/core/ports.js';
import { runRules } from '../../../src/lint/rule-engine.js';
import { annotate } from '../../../src/render/lint-annotations.js';
import { formatJson } from '../../../src/render/lint-json.js';
import { inputGraph } from '../../../src/render/mermaid-graph.js';
import { formatSarif } from '../../../src/render/lint-sarif.js';
import { renderSummary } from '../../../src/render/lint-summary.js';
import { formatText } from '../../../src/render/lint-text.js';
import type { LintRun } from '../../../src/lint/lint-result.js';
import { RULES } from '../../../src/lint/rules/index.js';
import type { Finding } from '../../../src/lint/lint-types.js';
import { RAW_CONTROL, runnerCommands } from '../../support/runner-commands.js';
import { gh, lockContext } from '../lint/helpers.js';

const ESC = '\u001b';
const EVIL = `x\n::error file=README.md::INJECTED\n::add-mask::flake${ESC}]0;pwn\u0007${ESC}[2J\u0000\u0085\u009b\u2028\u202e|</details><!--\`\`"#[]##[add-mask]y`;
const HUGE = `h${'a'.repeat(800_000)}`;

function finding(name: string, over: Partial<Finding> = {}): Finding {
  return {
    rule: 'sync/undeclared-in-lock',
    severity: 'warning',
    message: `flake.lock has input '${name}', which flake.nix does not declare: run \`nix flake lock\` to remove it`,
    file: 'flake.lock',
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 9,
    input: name,
    fix: {
      description: `Remove the override of ${name}`,
      text: `inputs.${JSON.stringify(name)}.follows = "";`,
      edits: [
        {
          span: { start: { offset: 0, line: 3, column: 1 }, end: { offset: 0, line: 3, column: 1 } },
          newText: `${name}\n`,
        },
      ],
    },
    ...over,
  };
}

const FINDINGS = [finding(EVIL), finding(HUGE, { severity: 'error', file: `dir\n::add-mask::x${ESC}[2J/flake.lock` })];

/** Each line at most this long (the 800 KB name included). */
const BOUND = 10_000;

function expectSafe(what: string, text: string, opts: { tabs?: boolean } = {}): void {
  const raw = (opts.tabs ? new RegExp(RAW_CONTROL.source.replace('\\u0009', '\\u0008'), 'u') : RAW_CONTROL).exec(text);
  expect({ what, raw: raw?.[0] ?? null }).toEqual({ what, raw: null });
  expect({ what, commands: runnerCommands(text) }).toEqual({ what, commands: [] });
  expect({ what, longest: Math.max(...text.split('\n').map((l) => l.length)) <= BOUND }).toEqual({
    what,
    longest: true,
  });
}

describe('lint reporters on hostile findings', () => {
  test('text, with and without colour', () => {
    expectSafe('text', formatText(FINDINGS, [`notice about ${EVIL}`], { color: false, flakes: 1 }));
    const coloured = formatText(FINDINGS, [EVIL], { color: true, flakes: 1 });
    // only our own colour codes remain
    expectSafe('text (colour)', coloured.replace(/\u001b\[[0-9;]*m/g, ''));
    expect(coloured).toContain(`\u001b[33mwarning\u001b[0m`);
  });

  test('annotations: message, title and file neutralised', () => {
    const logger = new MemoryLogger();
    annotate(logger, FINDINGS);
    for (const l of logger.lines) {
      // the message keeps our one line break before "Fix:", nothing else
      expect(l.message.split('\n')).toHaveLength(2);
      expectSafe('annotation', l.message);
      expectSafe('annotation file', l.props!.file!);
      expect(l.message.length).toBeLessThan(5_000);
    }
  });

  test('JSON: the documented shape, messages bounded, nothing raw', () => {
    const text = formatJson(FINDINGS);
    expectSafe('json', text);
    const { findings } = JSON.parse(text) as { findings: { message: string; input: string; fix: string }[] };
    expect(findings[0]!.message).toContain("flake.lock has input 'x\\n::error file=README.md::INJECTED\\n");
    for (const f of findings) {
      expect(f.message.length).toBeLessThanOrEqual(2_000);
      expect(f.input.length).toBeLessThanOrEqual(2_000);
      expect(f.fix.length).toBeLessThanOrEqual(2_000);
    }
    expect(
      findings[1]!.message.endsWith("', which flake.nix does not declare: run `nix flake lock` to remove it"),
    ).toBe(true);
  });

  test('SARIF: valid 2.1.0, nothing raw, the path and the fix exact, an overlong fix left out', () => {
    const text = formatSarif(FINDINGS, RULES);
    expectSafe('sarif', text.replace(/"text": "h(a{1000,})\\n"/, '"text": "…"'));
    const log = JSON.parse(text) as {
      runs: {
        results: {
          message: { text: string };
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
          fixes?: { artifactChanges: { replacements: { insertedContent: { text: string } }[] }[] }[];
        }[];
      }[];
    };
    const [evil, huge] = log.runs[0]!.results;
    expect(evil!.fixes![0]!.artifactChanges[0]!.replacements[0]!.insertedContent.text).toBe(`${EVIL}\n`);
    expect(huge!.fixes).toBeUndefined();
    expect(huge!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(FINDINGS[1]!.file);
    expect(huge!.message.text.length).toBeLessThan(5_000);
    const schema = JSON.parse(
      readFileSync(
        createRequire(import.meta.url).resolve(`@microsoft/sarif-multitool-${process.platform}/sarif-2.1.0.json`),
        'utf8',
      ),
    ) as Record<string, unknown>;
    const validate = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
    expect(validate(log) ? [] : validate.errors).toEqual([]);
  });
});

// ---- the job summary and its Mermaid graph ----

interface Mermaid {
  parse(text: string): Promise<unknown>;
}
let mermaid: Mermaid;

beforeAll(async () => {
  const purify = (await import('dompurify')).default as unknown as Record<string, unknown>;
  purify['addHook'] ??= () => undefined;
  purify['removeHook'] ??= () => undefined;
  purify['removeAllHooks'] ??= () => undefined;
  purify['sanitize'] = (s: unknown) => String(s);
  mermaid = (await import('mermaid')).default as unknown as Mermaid;
}, 60_000);

function hostileRun(name: string): LintRun {
  const ctx = lockContext({
    root: { inputs: { nixpkgs: 'nixpkgs', [name]: 'evil', [`\`${name}`]: 'nixpkgs_2', gone: [name] } },
    nixpkgs: gh('NixOS', 'nixpkgs'),
    nixpkgs_2: gh('NixOS', 'nixpkgs', { rev: 'b'.repeat(40) }),
    evil: { ...gh('evil', 'repo', { ref: name }), inputs: { [name]: ['nixpkgs'] } },
  });
  const result = runRules(ctx, RULES);
  return {
    flakes: [
      { dir: `dir|${name}`, ctx, findings: [...result.findings, ...FINDINGS], notices: [name], failOn: 'error' },
    ],
  };
}

/**
 * The text outside code spans, as CommonMark finds them (a run of N backticks opens a span that the next run of
 * exactly N closes; a run with no closer is text), line by line (no span here crosses a line).
 */
function withoutCode(md: string): string {
  return md
    .split('\n')
    .map((line) => {
      const runs = [...line.matchAll(/`+/g)].map((m) => ({ at: m.index, len: m[0].length }));
      let out = '';
      let pos = 0;
      for (let i = 0; i < runs.length; i++) {
        const open = runs[i]!;
        if (open.at < pos) continue;
        const close = runs.findIndex((r, j) => j > i && r.len === open.len);
        if (close < 0) continue;
        out += line.slice(pos, open.at);
        pos = runs[close]!.at + open.len;
        i = close;
      }
      return out + line.slice(pos);
    })
    .join('\n');
}

/** Each table's rows have the header's number of cells. */
function expectTablesIntact(md: string): void {
  const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length;
  let width = 0;
  for (const line of md.split('\n')) {
    if (!line.startsWith('|')) {
      width = 0;
      continue;
    }
    if (width === 0) width = cells(line);
    expect({ line: line.slice(0, 300), cells: cells(line) }).toEqual({ line: line.slice(0, 300), cells: width });
  }
}

describe('job summary on hostile names', () => {
  test('nothing raw, tables intact, no HTML from a name, the graph parses', async () => {
    const md = renderSummary(hostileRun(EVIL));
    expectSafe('summary', md);
    expectTablesIntact(md);
    // outside code (where HTML is text anyway), only our own tags: one <details>, one </details>
    const prose = withoutCode(md.replace(/^```mermaid\n[\s\S]*?^```$/m, ''));
    expect(prose.match(/<\/?details|<!--/g)).toEqual(['<details', '</details']);
    const graph = /```mermaid\n([\s\S]*?)```/.exec(md)![1]!;
    await expect(mermaid.parse(graph)).resolves.toBeTruthy();
  }, 60_000);

  test('property: any name keeps the summary safe and the graph parseable', async () => {
    const name = fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
      fc
        .array(fc.constantFrom('\n::', '##[', ESC, '|', '`', '"', '<', '>', '#', '&', ']', '[', ';', '\\', 'a', ' '), {
          minLength: 1,
          maxLength: 20,
        })
        .map((p) => p.join('')),
    );
    await fc.assert(
      fc.asyncProperty(name, async (n) => {
        fc.pre(n !== 'nixpkgs' && n !== 'gone' && n !== 'root');
        const run = hostileRun(n);
        const md = renderSummary(run);
        expectSafe('summary', md);
        expectTablesIntact(md);
        await expect(mermaid.parse(inputGraph(run.flakes[0]!.ctx)!)).resolves.toBeTruthy();
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
