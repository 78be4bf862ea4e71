/**
 * The runner kills process groups, not only its child: a timeout, and `stopAllProcesses` (what SIGINT/SIGTERM runs),
 * reach the grandchildren too (nix's git, builders), escalate to SIGKILL after the grace, wait until the group is
 * gone, and start nothing afterwards. Real processes: `sh` starting a `sleep` in the background and waiting for it.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { ExecError } from '../../../src/core/errors.js';
import { runProcess, stopAllProcesses } from '../../../src/exec/process.js';

/** Alive and able to run: exists and is not a zombie (an orphaned zombie may never be reaped in a container). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
}

async function until(pred: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (pred()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return pred();
}

/** Pids this test started, killed (by pid) after each test whatever happened. */
const started: number[] = [];
afterEach(() => {
  for (const pid of started.splice(0)) if (alive(pid)) process.kill(pid, 'SIGKILL');
});

/** `sh` that starts `sleep 30` in the background, prints its own pid and the sleep's on stderr, and waits. */
function shWithSleep(opts: { ignoreTerm?: boolean; timeoutMs?: number } = {}) {
  const pids: number[] = [];
  const script = `${opts.ignoreTerm ? "trap '' TERM; " : ''}sleep 30 & echo "$$ $!" >&2; wait`;
  const result = runProcess('sh', ['-c', script], {
    ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}),
    onStderr: (chunk) => {
      for (const p of chunk.trim().split(/\s+/)) {
        pids.push(Number(p));
        started.push(Number(p));
      }
    },
  });
  // The rejection is asserted by each test; this keeps an early one from being unhandled meanwhile.
  result.catch(() => undefined);
  return { result, pids, ready: () => until(() => pids.length === 2, 5000) };
}

describe('process groups', () => {
  test('a timeout kills the child and what it started', async () => {
    const run = shWithSleep({ timeoutMs: 300 });
    expect(await run.ready()).toBe(true);
    await expect(run.result).rejects.toThrow(/timed out/);
    const [sh, sleep] = run.pids as [number, number];
    expect(await until(() => !alive(sh) && !alive(sleep), 2000)).toBe(true);
  });

  test('stopAllProcesses: SIGTERM to every group, SIGKILL after the grace, resolves when all are gone, then starts nothing', async () => {
    const polite = shWithSleep();
    const stubborn = shWithSleep({ ignoreTerm: true });
    expect(await polite.ready()).toBe(true);
    expect(await stubborn.ready()).toBe(true);

    const t0 = Date.now();
    const stopped = await stopAllProcesses({ graceMs: 400, waitMs: 3000 });
    const took = Date.now() - t0;
    expect(stopped).toEqual(['sh']);
    // Gone when it resolved, not later: a file restored now cannot be written by any of them.
    expect([...polite.pids, ...stubborn.pids].filter(alive)).toEqual([]);
    // The stubborn group ignored SIGTERM: it took the grace and SIGKILL.
    expect(took).toBeGreaterThanOrEqual(400);
    await expect(polite.result).rejects.toBeInstanceOf(ExecError);
    await expect(stubborn.result).rejects.toBeInstanceOf(ExecError);

    // From now on nothing starts (the run is being interrupted).
    await expect(runProcess('sh', ['-c', 'echo started'])).rejects.toThrow(/not started: the run is being interrupted/);
  });
});
