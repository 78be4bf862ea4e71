/** JSON contract, text, annotations, SARIF (validated against the SARIF 2.1.0 schema and Microsoft's validator). */
import { describe, expect, test } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { execFileSync } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MemoryLogger } from '../../../src/core/ports.js';
import { ruleAnchor, ruleHelpUri } from '../../../src/lint/docs.js';
import { annotate } from '../../../src/render/lint-annotations.js';
import { formatJson } from '../../../src/render/lint-json.js';
import { toSarif } from '../../../src/render/lint-sarif.js';
import { formatText } from '../../../src/render/lint-text.js';
import { RULES } from '../../../src/lint/rules/index.js';
import type { Finding } from '../../../src/lint/lint-types.js';

const require = createRequire(import.meta.url);

const span = (line: number, column: number, endLine = line, endColumn = column) => ({
  start: { offset: 0, line, column },
  end: { offset: 0, line: endLine, column: endColumn },
});

export const FINDINGS: Finding[] = [
  {
    rule: 'duplicates/duplicate-input',
    severity: 'warning',
    message: 'home-manager/nixpkgs is one of 2 copies of github:NixOS/nixpkgs',
    file: 'flake.nix',
    line: 5,
    column: 5,
    endLine: 8,
    endColumn: 7,
    input: 'home-manager/nixpkgs',
    fix: {
      description: 'Add `inputs.nixpkgs.follows = "nixpkgs";` to the declaration of home-manager',
      text: 'inputs.nixpkgs.follows = "nixpkgs";',
      edits: [{ span: span(8, 1), newText: '      inputs.nixpkgs.follows = "nixpkgs";\n' }],
    },
  },
  {
    rule: 'follows/override-of-missing-input',
    severity: 'warning',
    message: 'override of utils/nixpkgs has no effect',
    file: 'sub/flake.nix',
    line: 9,
    column: 3,
    endLine: 9,
    endColumn: 44,
    input: 'utils/nixpkgs',
    fix: {
      description: 'Remove the override of utils/nixpkgs',
      text: '',
      edits: [{ span: span(9, 1, 10, 1), newText: '' }],
    },
  },
  {
    rule: 'lock/invalid',
    severity: 'error',
    message: "flake.lock is not valid JSON: unexpected '<' (merge conflict marker)",
    file: 'flake.lock',
    line: 3,
    column: 1,
    endLine: 3,
    endColumn: 2,
  },
  {
    rule: 'freshness/stale-input',
    severity: 'notice',
    message: "input 'nixpkgs' is 45 days old | with a pipe",
    file: 'flake.lock',
    line: 12,
    column: 7,
    endLine: 12,
    endColumn: 30,
    input: 'nixpkgs',
  },
];

describe('JSON', () => {
  test('exactly the documented keys, input and fix null when absent', () => {
    const parsed = JSON.parse(formatJson(FINDINGS)) as { findings: Record<string, unknown>[] };
    expect(Object.keys(parsed)).toEqual(['findings']);
    for (const f of parsed.findings) {
      expect(Object.keys(f)).toEqual([
        'rule',
        'severity',
        'message',
        'file',
        'line',
        'column',
        'endLine',
        'endColumn',
        'input',
        'fix',
      ]);
    }
    expect(parsed.findings[0]!['fix']).toBe('inputs.nixpkgs.follows = "nixpkgs";');
    expect(parsed.findings[1]!['fix']).toBe('');
    expect(parsed.findings[2]!['input']).toBeNull();
    expect(parsed.findings[2]!['fix']).toBeNull();
  });
});

describe('text', () => {
  test('FILE:LINE:COL severity rule message, then the fix; no colour unless asked', () => {
    const out = formatText(FINDINGS, ['a notice'], { color: false, flakes: 2 });
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('note: a notice');
    expect(lines[1]).toBe('');
    expect(lines[2]).toBe('flake.nix');
    expect(lines[3]).toBe(
      '  flake.nix:5:5 warning duplicates/duplicate-input home-manager/nixpkgs is one of 2 copies of github:NixOS/nixpkgs',
    );
    expect(lines[4]).toBe('    fix: inputs.nixpkgs.follows = "nixpkgs"; (flake-steward fix applies it)');
    expect(lines[6]).toBe('sub/flake.nix');
    expect(lines[8]).toBe('    fix: Remove the override of utils/nixpkgs (flake-steward fix applies it)');
    expect(lines.at(-1)).toBe('1 error, 2 warnings, 1 notice in 2 flakes; 2 can be fixed by `flake-steward fix`');
    expect(out).not.toContain('\u001b[');
    expect(formatText(FINDINGS, [], { color: true, flakes: 1 })).toContain('\u001b[31merror\u001b[0m');
    expect(formatText([], [], { color: false, flakes: 1 })).toBe('no findings in 1 flake\n');
  });
});

describe('annotations', () => {
  test('one per finding, on file and region, titled with the rule id; columns only on one line', () => {
    const logger = new MemoryLogger();
    annotate(logger, FINDINGS);
    expect(logger.lines.map((l) => l.level)).toEqual(['warning', 'warning', 'error', 'notice']);
    expect(logger.lines[0]!.props).toEqual({
      title: 'duplicates/duplicate-input',
      file: 'flake.nix',
      startLine: 5,
      endLine: 8,
    });
    expect(logger.lines[0]!.message).toContain('\nFix: inputs.nixpkgs.follows = "nixpkgs";');
    expect(logger.lines[2]!.props).toEqual({
      title: 'lock/invalid',
      file: 'flake.lock',
      startLine: 3,
      endLine: 3,
      startColumn: 1,
      endColumn: 2,
    });
  });
});

describe('SARIF 2.1.0', () => {
  const sarif = toSarif(FINDINGS, RULES) as {
    runs: {
      tool: { driver: { rules: { id: string; helpUri: string }[] } };
      results: { ruleId: string; ruleIndex: number; level: string; fixes?: unknown[] }[];
    }[];
  };

  test('rules with help links to docs/rules.md anchors; results with levels, rule index and fixes', () => {
    const run = sarif.runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(run.tool.driver.rules[0]!.helpUri).toBe(
      'https://github.com/flake-steward/flake-steward/blob/main/docs/rules.md#syntaxparse-error',
    );
    expect(run.results.map((r) => r.level)).toEqual(['warning', 'warning', 'error', 'note']);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    expect(run.results[0]!.fixes).toHaveLength(1);
    expect(run.results[2]!.fixes).toBeUndefined();
    expect(ruleAnchor('follows/url-and-follows')).toBe('followsurl-and-follows');
    expect(ruleHelpUri('lock/invalid')).toMatch(/#lockinvalid$/);
  });

  const schemaPath = require.resolve(`@microsoft/sarif-multitool-${process.platform}/sarif-2.1.0.json`);

  test('validates against the SARIF 2.1.0 JSON schema (shipped by @microsoft/sarif-multitool)', () => {
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(schema);
    const ok = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    // and the schema does reject a broken log (the test can fail)
    const broken = JSON.parse(JSON.stringify(sarif)) as { runs: { results: { level: string }[] }[] };
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(broken)).toBe(false);
  });

  test("passes Microsoft's SARIF validator (Sarif.Multitool validate) without errors", () => {
    const tool = path.join(path.dirname(schemaPath), 'Sarif.Multitool');
    try {
      accessSync(tool, constants.X_OK);
    } catch {
      chmodSync(tool, 0o755); // what the package's postinstall does, when install scripts did not run
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'sarif-'));
    const input = path.join(dir, 'lint.sarif');
    const output = path.join(dir, 'validation.sarif');
    writeFileSync(input, JSON.stringify(sarif));
    execFileSync(tool, ['validate', input, '--output', output, '--log', 'ForceOverwrite', '--quiet'], {
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
      stdio: 'pipe',
    });
    const log = JSON.parse(readFileSync(output, 'utf8')) as {
      runs: { results?: { level?: string; ruleId: string; message: { text?: string; arguments?: string[] } }[] }[];
    };
    const problems = (log.runs[0]!.results ?? []).filter((r) => (r.level ?? 'warning') === 'error');
    expect(problems).toEqual([]);
    // the validator does catch a broken log
    writeFileSync(input, JSON.stringify({ version: '2.1.0', runs: [{ tool: {} }] }));
    execFileSync(tool, ['validate', input, '--output', output, '--log', 'ForceOverwrite', '--quiet'], {
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
      stdio: 'pipe',
    });
    const bad = JSON.parse(readFileSync(output, 'utf8')) as { runs: { results?: { level?: string }[] }[] };
    expect((bad.runs[0]!.results ?? []).some((r) => r.level === 'error')).toBe(true);
  });
});
