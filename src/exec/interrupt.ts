/**
 * SIGINT, SIGTERM and SIGHUP (the terminal closed), for the whole process. Each face installs the handler once
 * (src/cli/main.ts, src/action/main.ts); use cases register what to undo (`onInterrupt`) and run their writes to the
 * user's files through `guard`. On a signal:
 *   1. no new child process starts and no new guarded write begins;
 *   2. every running child's process group is stopped (SIGTERM, SIGKILL after a short grace) and we wait until it is
 *      gone, so an orphaned `nix flake update` cannot write flake.lock after it was restored;
 *   3. the guarded writes in flight finish (they are a temp file and a rename: never half-done);
 *   4. the undos run, newest first: flake.lock and flake.nix back exactly as on any error;
 *   5. one line says what was stopped and restored; the process exits 130 (SIGINT), 143 (SIGTERM) or 129
 *      (SIGHUP).
 * A second signal meanwhile cuts the grace short (SIGKILL now) but does not stop the undos: they are quick, and
 * stopping them halfway is what would leave the user's files disagreeing.
 *
 * The main flow, interrupted, fails as usual (its Nix died, or a write was refused) and its error reaches the face;
 * the face then hands over to `interruption()` instead of printing it, so the one line above is all the user sees.
 */
import { neutraliseText } from '../render/neutralise.js';
import { killAllProcesses, stopAllProcesses } from './process.js';

/** Undoes a use case's changes; says what it did in a few words ("restored flake.lock"), or nothing. */
export type Undo = () => Promise<string | undefined>;

/** What a use case needs from interruption: where to register undos, and a guard for its writes. */
export interface Interrupts {
  /** True once a signal arrived. */
  interrupted(): boolean;
  /** Throws InterruptedError once a signal arrived (a use case that should not go on with a stopped Nix's result). */
  throwIfInterrupted(): void;
  /** Registers an undo to run on a signal; returns the function that removes it (when the use case is done). */
  onInterrupt(undo: Undo): () => void;
  /** Runs a write the undos must not overlap: they wait for it; after a signal it is refused (InterruptedError). */
  guard<T>(write: () => Promise<T>): Promise<T>;
}

export class InterruptedError extends Error {
  override readonly name = 'InterruptedError';
  constructor(signal?: string) {
    super(`interrupted${signal ? ` by ${signal}` : ''}`);
  }
}

export type InterruptSignal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';

/** 128 + the signal's number, as a shell reports a process killed by it. */
export const EXIT_CODE: Readonly<Record<InterruptSignal, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

export interface InterruptEffects {
  /** Stops every running child's process group and waits until it is gone; the programs stopped. */
  stopProcesses(): Promise<readonly string[]>;
  /** SIGKILL to every running group at once (a second signal). */
  killProcesses(): void;
  /** Prints the one line. */
  say(line: string): void;
  exit(code: number): void;
}

/** How long the undos wait for the guarded writes in flight (a write is milliseconds; a stuck disk is not ours). */
const WRITES_WAIT_MS = 5000;

/** The interruption state of one process; the module below keeps the one of this process. */
export class InterruptController implements Interrupts {
  private readonly undos = new Map<number, Undo>();
  private nextId = 0;
  private readonly writes = new Set<Promise<unknown>>();
  private signal: InterruptSignal | undefined;
  private handling: Promise<never> | undefined;

  constructor(private effects: InterruptEffects) {}

  /** Replaces the effects (the face that installs the handler says where the line goes). */
  setEffects(effects: Partial<InterruptEffects>): void {
    this.effects = { ...this.effects, ...effects };
  }

  interrupted(): boolean {
    return this.signal !== undefined;
  }

  throwIfInterrupted(): void {
    if (this.signal !== undefined) throw new InterruptedError(this.signal);
  }

  onInterrupt(undo: Undo): () => void {
    const id = this.nextId++;
    this.undos.set(id, undo);
    return () => {
      this.undos.delete(id);
    };
  }

  guard<T>(write: () => Promise<T>): Promise<T> {
    if (this.signal !== undefined) return Promise.reject(new InterruptedError(this.signal));
    const p = write();
    const settled = p.then(
      () => undefined,
      () => undefined,
    );
    this.writes.add(settled);
    void settled.then(() => this.writes.delete(settled));
    return p;
  }

  /** The handling of the signal that arrived, which ends the process; undefined while none arrived. */
  interruption(): Promise<never> | undefined {
    return this.handling;
  }

  /** Called for each SIGINT/SIGTERM/SIGHUP. The first starts the handling; later ones only hurry the stopping. */
  handle(signal: InterruptSignal): Promise<never> {
    if (this.handling) {
      this.effects.killProcesses();
      return this.handling;
    }
    this.signal = signal;
    // Taken now: a use case that fails because of the signal removes its undo on the way out, before they run.
    const undos = [...this.undos.values()].reverse();
    this.handling = this.run(signal, undos);
    return this.handling;
  }

  private async run(signal: InterruptSignal, undos: readonly Undo[]): Promise<never> {
    const parts: string[] = [];
    try {
      const stopped = await this.effects.stopProcesses();
      if (stopped.length > 0) parts.push(`stopped ${stopped.join(', ')}`);
    } catch (e) {
      parts.push(`could not stop every process (${e instanceof Error ? e.message : String(e)})`);
    }
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all([...this.writes]), new Promise((r) => (timer = setTimeout(r, WRITES_WAIT_MS)))]);
    clearTimeout(timer);
    for (const undo of undos) {
      try {
        const did = await undo();
        if (did) parts.push(did);
      } catch (e) {
        parts.push(`could not restore: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    if (parts.length === 0) parts.push('nothing to restore');
    // file names may carry anything: the one line stays one line and prints nothing raw
    this.effects.say(neutraliseText(`interrupted by ${signal}: ${parts.join('; ')}`));
    this.effects.exit(EXIT_CODE[signal]);
    // exit() does not return in the real process; a test's exit does, and the handling stays pending.
    return new Promise<never>(() => undefined);
  }
}

const controller = new InterruptController({
  stopProcesses: () => stopAllProcesses(),
  killProcesses: killAllProcesses,
  say: (line) => process.stderr.write(`flake-steward: ${line}\n`),
  exit: (code) => process.exit(code),
});

/** This process's interruption: what use cases register with and guard their writes through. */
export const processInterrupts: Interrupts = controller;

let installed = false;

/**
 * Installs the SIGINT/SIGTERM/SIGHUP handler (once; a later call only changes where the line goes). `say` prints the
 * one line (the CLI: stderr with the command's name; the action: an error annotation).
 */
export function installInterruptHandler(say: (line: string) => void): void {
  controller.setEffects({ say });
  if (installed) return;
  installed = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      void controller.handle(signal);
    });
  }
}

/** The handling of a signal in progress (it ends the process), for a face's catch; undefined when none arrived. */
export function interruption(): Promise<never> | undefined {
  return controller.interruption();
}
