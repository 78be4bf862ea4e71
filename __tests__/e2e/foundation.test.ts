import { describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { repoRoot, runAction, runCli } from '../support/action.js';

const example = path.join(repoRoot, 'examples', 'flake');
const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('the bundled action, run as GitHub runs it', () => {
  test('lint on the example flake: exits 0, writes a job summary, sets outputs', () => {
    const r = runAction({ command: 'lint' }, { GITHUB_WORKSPACE: example });
    expect(r.stderr + r.stdout).not.toMatch(/::error::/);
    expect(r.code).toBe(0);
    expect(r.summary).toMatch(/flake-steward/);
    // `findings` counts the findings, each reported as one annotation. How many the example has depends on the
    // day (freshness/stale-input compares its lock dates with the clock), so the count is checked against the run.
    const annotations = r.stdout.split('\n').filter((l) => /^::(error|warning|notice)[ :]/.test(l));
    expect(r.outputs['findings']).toBe(String(annotations.length));
    expect(r.outputs['warnings']).toBe(String(annotations.filter((l) => l.startsWith('::warning')).length));
    expect(r.outputs).toHaveProperty('errors', '0');
  });

  test.each([
    [{ command: 'deploy' }, "invalid value 'deploy' for input 'command' (expected one of: lint, fix, update, plan, build, report, review)"],
    [{ command: 'lint', 'fail-on': 'loud' }, "input 'fail-on' (expected one of: error, warning, notice, never)"],
    [{ command: 'lint', 'max-age': 'a month' }, "input 'max-age'"],
    [{ command: 'lint', 'job-summary': 'perhaps' }, "input 'job-summary' (expected true or false)"],
    [{ command: 'update', 'nix-options': '--option "unterminated' }, "input 'nix-options'"],
  ])('a bad input fails the step with one clear line: %j', (inputs, message) => {
    const r = runAction(inputs, { GITHUB_WORKSPACE: example });
    expect(r.code).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
    noStackTrace(r.stdout + r.stderr);
  });
});

describe('the bundled CLI', () => {
  test('--version and --help', () => {
    const v = runCli(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const h = runCli(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/Usage: flake-steward <command> \[dir\] \[options\]/);
    expect(h.stdout).toMatch(/Exit codes: 0 ok, 1 findings or failure, 2 usage error/);
    for (const c of ['lint', 'fix', 'update', 'parse', 'inputs', 'graph', 'diff-closures'])
      expect(h.stdout).toContain(`  ${c} `);
  });

  test.each(['lint', 'fix', 'update', 'parse', 'inputs', 'graph', 'diff-closures'])('%s --help', (c) => {
    const r = runCli([c, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: flake-steward ${c}`);
  });

  test('usage errors exit 2 with one line', () => {
    const unknown = runCli(['deploy']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toContain("unknown command 'deploy'");
    const badFlag = runCli(['lint', '--no-such-flag']);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toMatch(/no-such-flag/);
    noStackTrace(badFlag.stderr);
    expect(runCli([]).code).toBe(2);
  });
});
