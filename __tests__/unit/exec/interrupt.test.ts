/**
 * The interrupt handler's order of work, with its effects recorded: Nix stopped first, then the writes in flight
 * finish, then the undos (newest first, including one its use case removed on the way out), then one line and the
 * exit code; after the signal guarded writes are refused; a second signal only hurries the stopping.
 * (The whole thing with real processes and real Nix: __tests__/integration/interrupt/.)
 */
import { describe, expect, test } from '@jest/globals';
import {
  EXIT_CODE,
  InterruptController,
  InterruptedError,
  type InterruptEffects,
} from '../../../src/exec/interrupt.js';

function recorder(stopped: readonly string[] = ['nix']) {
  const events: string[] = [];
  let release: () => void = () => undefined;
  const stopping = new Promise<void>((r) => (release = r));
  const effects: InterruptEffects = {
    stopProcesses: async () => {
      events.push('stop');
      await stopping;
      events.push('stopped');
      return stopped;
    },
    killProcesses: () => events.push('kill'),
    say: (line) => events.push(`say ${line}`),
    exit: (code) => events.push(`exit ${code}`),
  };
  return { events, effects, release };
}

const tick = () => new Promise((r) => setTimeout(r, 10));

describe('InterruptController', () => {
  test('stop, wait for the write in flight, undo newest first, one line, exit 143', async () => {
    const { events, effects, release } = recorder();
    const c = new InterruptController(effects);
    c.onInterrupt(async () => {
      events.push('undo flake.lock');
      return 'restored flake.lock';
    });
    const remove = c.onInterrupt(async () => {
      events.push('undo flake.nix');
      return 'rolled flake.nix back';
    });
    let finishWrite: () => void = () => undefined;
    const write = c.guard(
      () =>
        new Promise<void>((r) => {
          events.push('write started');
          finishWrite = () => {
            events.push('write done');
            r();
          };
        }),
    );

    void c.handle('SIGTERM');
    expect(c.interrupted()).toBe(true);
    // The use case fails because of the signal and removes its undo on its way out: it still runs.
    remove();
    // No new write begins.
    await expect(c.guard(async () => events.push('late write'))).rejects.toBeInstanceOf(InterruptedError);
    release();
    await tick();
    expect(events).toEqual(['write started', 'stop', 'stopped']);
    finishWrite();
    await write;
    await tick();
    expect(events).toEqual([
      'write started',
      'stop',
      'stopped',
      'write done',
      'undo flake.nix',
      'undo flake.lock',
      'say interrupted by SIGTERM: stopped nix; rolled flake.nix back; restored flake.lock',
      `exit ${EXIT_CODE.SIGTERM}`,
    ]);
    expect(EXIT_CODE).toEqual({ SIGINT: 130, SIGTERM: 143, SIGHUP: 129 });
  });

  test('a second signal kills at once and runs nothing twice; SIGINT exits 130', async () => {
    const { events, effects, release } = recorder();
    const c = new InterruptController(effects);
    let undos = 0;
    c.onInterrupt(async () => {
      undos++;
      return undefined;
    });
    void c.handle('SIGINT');
    void c.handle('SIGTERM');
    release();
    await tick();
    expect(undos).toBe(1);
    expect(events).toEqual(['stop', 'kill', 'stopped', 'say interrupted by SIGINT: stopped nix', 'exit 130']);
  });

  test('nothing running, nothing registered: says so; an undo that fails is named, the others still run', async () => {
    const quiet = recorder([]);
    const a = new InterruptController(quiet.effects);
    quiet.release();
    void a.handle('SIGTERM');
    await tick();
    expect(quiet.events.filter((e) => e.startsWith('say'))).toEqual(['say interrupted by SIGTERM: nothing to restore']);

    const failing = recorder([]);
    const b = new InterruptController(failing.effects);
    b.onInterrupt(async () => 'restored flake.lock');
    b.onInterrupt(async () => {
      throw new Error('EACCES: permission denied, rename');
    });
    failing.release();
    void b.handle('SIGTERM');
    await tick();
    expect(failing.events.slice(-2)).toEqual([
      'say interrupted by SIGTERM: could not restore: EACCES: permission denied, rename; restored flake.lock',
      'exit 143',
    ]);
  });

  test('the line stays one line: control characters of a path are escaped', async () => {
    const { events, effects, release } = recorder([]);
    const c = new InterruptController(effects);
    c.onInterrupt(async () => 'restored x\n::error::y/flake.lock\u001b]0;t\u0007');
    release();
    void c.handle('SIGTERM');
    await tick();
    expect(events).toContain('say interrupted by SIGTERM: restored x\\n::error::y/flake.lock\\u001b]0;t\\u0007');
  });

  test('before a signal, guarded writes run and their results and errors pass through', async () => {
    const c = new InterruptController(recorder().effects);
    await expect(c.guard(async () => 42)).resolves.toBe(42);
    await expect(c.guard(() => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(c.interrupted()).toBe(false);
    expect(c.interruption()).toBeUndefined();
  });
});
