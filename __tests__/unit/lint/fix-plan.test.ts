import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkParses, planDiff, planFixes } from '../../../src/lint/fix-plan.js';
import { writeAtomic as writeAtomically } from '../../../src/workspace/atomic-write.js';
import type { FlakeResult } from '../../../src/lint/lint-result.js';
import type { Finding } from '../../../src/lint/lint-types.js';
import { flakeNix, lockContext, withFlake } from './helpers.js';

const text = '{\n  inputs.a.url = "github:o/a";\n  outputs = _: { };\n}\n';
const at = (offset: number) => ({ offset, line: 1, column: offset + 1 });

function finding(rule: string, start: number, end: number, newText: string): Finding {
  return {
    rule,
    severity: 'warning',
    message: rule,
    file: 'flake.nix',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    fix: { description: rule, text: newText, edits: [{ span: { start: at(start), end: at(end) }, newText }] },
  };
}

function result(findings: Finding[]): FlakeResult {
  const ctx = withFlake(lockContext({ root: {} }), flakeNix(text, []));
  return { dir: '.', ctx, findings, notices: [], failOn: 'error' };
}

describe('fix planning', () => {
  const eol = text.indexOf('\n', 2);
  test('combines edits, drops duplicates, defers overlaps', () => {
    const ins = '\n  inputs.a.inputs.b.follows = "b";';
    const plan = planFixes(
      result([
        finding('x/ins', eol, eol, ins),
        finding('x/same', eol, eol, ins),
        finding('x/over', 4, 12, ''),
        finding('x/del', 40, 50, ''),
        finding('x/inside', 45, 45, 'zzz'),
      ]),
    )!;
    expect(plan.applied.map((f) => f.rule)).toEqual(['x/ins', 'x/same', 'x/over', 'x/del']);
    expect(plan.deferred.map((f) => f.rule)).toEqual(['x/inside']);
    expect(plan.after.split(ins)).toHaveLength(2);
  });

  test('no fixable finding: no plan', () => {
    expect(planFixes(result([]))).toBeUndefined();
  });

  test('dry run diff, and an edit that breaks the file is refused', async () => {
    const good = planFixes(result([finding('x/ins', eol, eol, '\n  inputs.a.flake = false;')]))!;
    const diff = await planDiff(good);
    expect(diff).toContain('--- a/flake.nix');
    expect(diff).toMatch(/^\+ {2}inputs\.a\.flake = false;$/m);
    await expect(checkParses(good)).resolves.toBeUndefined();
    const bad = planFixes(result([finding('x/bad', eol, eol, '\n  inputs.a.flake = ;')]))!;
    await expect(checkParses(bad)).rejects.toThrow(/would not parse.*nothing was written/);
  });

  test('atomic write keeps the mode and leaves no temporary file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fs-fix-'));
    const file = path.join(dir, 'flake.nix');
    writeFileSync(file, 'old');
    chmodSync(file, 0o640);
    await writeAtomically(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['flake.nix']);
  });
});
