/**
 * `node dist/cli.js` whose reader goes away early (`flake-steward lint | head -1`): no "Unhandled 'error' event"
 * stack trace on stderr, and the exit code is the command's own (1: findings). Run `npm run bundle` first.
 */
import { describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../support/action.js';

/** A lock-only flake with `n` root inputs, each an old github input: plenty of findings with `max-age 30,*=30`. */
function manyOldInputs(n: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fs-pipe-e2e-'));
  const nodes: Record<string, unknown> = { root: { inputs: {} as Record<string, string> } };
  for (let i = 0; i < n; i++) {
    const name = `in${i}`;
    (nodes['root'] as { inputs: Record<string, string> }).inputs[name] = name;
    nodes[name] = {
      locked: { type: 'github', owner: 'acme', repo: `r${i}`, rev: 'a'.repeat(40), lastModified: 1_600_000_000, narHash: `sha256-${'A'.repeat(43)}=` },
      original: { type: 'github', owner: 'acme', repo: `r${i}` },
    };
  }
  writeFileSync(path.join(dir, 'flake.lock'), JSON.stringify({ nodes, root: 'root', version: 7 }));
  return dir;
}

/** Runs the CLI, closes its stdout after the first chunk, and collects stderr and the exit code. */
function runAndCloseEarly(args: string[]): Promise<{ code: number | null; stderr: string; read: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stderr = '';
    let read = 0;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => (stderr += d));
    child.stdout.once('data', (d: Buffer) => {
      read = d.length;
      child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr, read }));
  });
}

describe('the CLI when its reader closes the pipe early', () => {
  const dir = manyOldInputs(3000);

  for (const format of ['text', 'json', 'sarif']) {
    test(`lint --format ${format}: no stack trace, exit 1 (findings, --fail-on warning)`, async () => {
      const r = await runAndCloseEarly(['lint', dir, '--format', format, '--max-age', '30,*=30', '--fail-on', 'warning']);
      expect(r.read).toBeGreaterThan(0);
      expect(r.stderr).not.toMatch(/EPIPE|Unhandled 'error' event|node:events|\n\s+at /);
      expect(r.code).toBe(1);
    }, 60_000);
  }
});
