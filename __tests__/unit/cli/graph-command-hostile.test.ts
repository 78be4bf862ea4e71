/**
 * `flake-steward graph` on the hostile locks of issue 9: a result, or exit 1 with one line naming the file and the
 * limit (before: 4.25 GB for the shared-node lock, "Maximum call stack size exceeded" for the deep ones).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CliIO } from '../../../src/cli/command.js';
import { graphCommand } from '../../../src/cli/commands/graph.js';
import { UserError } from '../../../src/core/errors.js';
import { LOCK_LIMITS } from '../../../src/flake/lock.js';
import { deepJsonLock, followsChainLock, nodeChainLock, sharedNodeLock } from '../../support/hostile-locks.js';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'fs-graph-hostile-'));
});
afterAll(async () => rm(tmp, { recursive: true, force: true }));

/** The command as src/cli/main.ts runs it: a UserError is one line on stderr and exit 1. */
async function graph(name: string, lock: string, json = false) {
  const dir = path.join(tmp, name);
  await mkdir(dir);
  await writeFile(path.join(dir, 'flake.lock'), lock);
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: tmp, env: {}, isTTY: false };
  let code: number;
  try {
    code = await graphCommand.run([name], json ? { json: true } : {}, io);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    stderr += `flake-steward graph: ${e.format()}\n`;
    code = 1;
  }
  return { code, stdout, stderr };
}

describe('graph on hostile locks', () => {
  test('a 5,000-long follows chain: every path, to the leaf', async () => {
    const r = await graph('chain', followsChainLock(5000), true);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { inputs: Record<string, { node: string }> };
    expect(Object.keys(out.inputs)).toHaveLength(5000);
    expect(out.inputs['a1']).toEqual({ node: 'leaf', follows: 'a2' });
  });

  test.each([
    [
      'shared',
      () => sharedNodeLock(3000),
      'shared/flake.lock:3:1: error: flake.lock expands to more than 100000 input paths',
    ],
    ['deep', () => deepJsonLock(100_000), 'deep/flake.lock:1:'],
    ['nodes', () => nodeChainLock(20_000), 'nodes/flake.lock:2:12: error: flake.lock has 20001 nodes'],
  ])('%s: exit 1, one line naming the file and the limit', async (name, lock, start) => {
    const r = await graph(name, lock());
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toHaveLength(2); // one line and its newline
    expect(r.stderr).toContain(`flake-steward graph: ${start}`);
    expect(r.stderr).toContain('nix flake lock --recreate-lock-file');
  });

  test('a file over the size limit is refused from its size', async () => {
    const r = await graph('big', `{"pad": "${'x'.repeat(LOCK_LIMITS.bytes)}"}`);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^flake-steward graph: big\/flake\.lock: error: flake\.lock is \d+ bytes, larger than the 8 MiB/,
    );
  });
});
