/**
 * The action's log as the runner reads it (issue 13): a failure is `::error::MESSAGE`, never `::error::error: …`,
 * and no log group is empty. The action runs in process (src/action/main.ts run()) with its inputs in INPUT_*
 * variables, as the runner passes them, and its stdout captured.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../../src/action/main.js';
import { actionDefaults, inputVariable } from '../../support/action.js';

let dir: string;
const saved = { ...process.env };

beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'fs-action-log-'));
  await fsp.mkdir(path.join(dir, 'ws'));
  await fsp.writeFile(path.join(dir, 'output'), '');
  await fsp.writeFile(path.join(dir, 'summary.md'), '');
  process.exitCode = undefined;
});
afterEach(async () => {
  process.env = { ...saved };
  process.exitCode = undefined;
  await fsp.rm(dir, { recursive: true, force: true });
});

/** Runs the action with these inputs on `dir/ws`; its stdout, as the runner reads it, line by line. */
async function action(inputs: Record<string, string>): Promise<string[]> {
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) delete process.env[k];
  for (const [k, v] of Object.entries({ ...actionDefaults(), 'job-summary': 'false', ...inputs }))
    process.env[inputVariable(k)] = v;
  process.env['GITHUB_WORKSPACE'] = path.join(dir, 'ws');
  process.env['GITHUB_OUTPUT'] = path.join(dir, 'output');
  process.env['GITHUB_STEP_SUMMARY'] = path.join(dir, 'summary.md');
  let out = '';
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  try {
    await run();
  } finally {
    process.stdout.write = write;
  }
  return out.split(/\r?\n/);
}

/** Groups that open and close with nothing in between. */
function emptyGroups(lines: readonly string[]): string[] {
  const out: string[] = [];
  lines.forEach((l, i) => {
    if (l.startsWith('::group::') && lines[i + 1] === '::endgroup::') out.push(l);
  });
  return out;
}

describe('the action log', () => {
  test('a user error fails the step with one error line, not `error: error:`', async () => {
    const lines = await action({ command: 'lint' });
    expect(process.exitCode).toBe(1);
    const errors = lines.filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error::no flake\.nix or flake\.lock in /);
    expect(errors[0]).toContain('set path (or paths) to the directory of your flake');
    expect(lines.join('\n')).not.toMatch(/::error[^:]*::(?:[^\n]*: )?error: /);
  });

  test('a user error at a place keeps the place, without `error:` after it', async () => {
    await fsp.writeFile(path.join(dir, 'ws', 'flake.nix'), '{ outputs = _: { }; }\n');
    await fsp.writeFile(path.join(dir, 'ws', '.flake-steward.json'), '{ "rules": { "no/such-rule": "error" } }\n');
    const lines = await action({ command: 'lint' });
    const errors = lines.filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).not.toMatch(/error: /);
  });

  test('lint: no empty group; the report sits in a group titled with the counts', async () => {
    await fsp.writeFile(
      path.join(dir, 'ws', 'flake.nix'),
      '{\n  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";\n  outputs = { self, nixpkgs }: { };\n}\n',
    );
    const lines = await action({ command: 'lint' });
    expect(emptyGroups(lines)).toEqual([]);
    const group = lines.findIndex((l) => l.startsWith('::group::flake-steward lint'));
    expect(lines[group]).toBe('::group::flake-steward lint: 1 error, 0 warnings, 0 notices');
    expect(lines[group + 1]).toBe('flake.nix');
    expect(lines).toContain('    2 |   inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";');
    // annotations keep workspace-relative paths
    expect(lines.some((l) => l.startsWith('::error title=sync/missing-from-lock,file=flake.nix,line=2'))).toBe(true);
  });

  test('fix with nothing to fix: its group says so, no empty group', async () => {
    await fsp.writeFile(path.join(dir, 'ws', 'flake.nix'), '{ outputs = _: { }; }\n');
    const lines = await action({ command: 'fix' });
    expect(emptyGroups(lines)).toEqual([]);
    const group = lines.indexOf('::group::flake-steward fix');
    expect(lines[group + 1]).toMatch(/^nothing to fix/);
  });
});
