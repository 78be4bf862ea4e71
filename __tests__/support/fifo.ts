/**
 * Named pipes for the tests of the bounded reads (src/workspace/bounded-read.ts): a read that opens a named pipe the
 * ordinary way blocks until a writer comes, for ever in a command; the guard below makes such a read end so that the
 * test fails on its assertion instead of hanging its worker.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';

/** A named pipe at `file` (mkfifo). */
export function makeFifo(file: string): void {
  execFileSync('mkfifo', [file]);
}

/**
 * Runs `f`; every `ms` meanwhile, a writer opens each pipe and closes it at once, so a read blocked on one (the bug)
 * goes on and reads an empty text. Opening without blocking fails when nobody reads: nothing to release then.
 */
export async function releasingPipes<T>(fifos: readonly string[], f: () => Promise<T>, ms = 500): Promise<T> {
  const timer = setInterval(() => {
    for (const fifo of fifos) {
      try {
        closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
      } catch {
        // no reader waiting
      }
    }
  }, ms);
  try {
    return await f();
  } finally {
    clearInterval(timer);
  }
}
