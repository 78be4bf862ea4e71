import {
  killAllProcesses,
  stopAllProcesses
} from "./chunk-YCZEATSK.js";
import {
  neutraliseText
} from "./chunk-6WGRO25Q.js";

// src/exec/interrupt.ts
var InterruptedError = class extends Error {
  name = "InterruptedError";
  constructor(signal) {
    super(`interrupted${signal ? ` by ${signal}` : ""}`);
  }
};
var EXIT_CODE = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
var WRITES_WAIT_MS = 5e3;
var InterruptController = class {
  constructor(effects) {
    this.effects = effects;
  }
  effects;
  undos = /* @__PURE__ */ new Map();
  nextId = 0;
  writes = /* @__PURE__ */ new Set();
  signal;
  handling;
  /** Replaces the effects (the face that installs the handler says where the line goes). */
  setEffects(effects) {
    this.effects = { ...this.effects, ...effects };
  }
  interrupted() {
    return this.signal !== void 0;
  }
  throwIfInterrupted() {
    if (this.signal !== void 0) throw new InterruptedError(this.signal);
  }
  onInterrupt(undo) {
    const id = this.nextId++;
    this.undos.set(id, undo);
    return () => {
      this.undos.delete(id);
    };
  }
  guard(write) {
    if (this.signal !== void 0) return Promise.reject(new InterruptedError(this.signal));
    const p = write();
    const settled = p.then(
      () => void 0,
      () => void 0
    );
    this.writes.add(settled);
    void settled.then(() => this.writes.delete(settled));
    return p;
  }
  /** The handling of the signal that arrived, which ends the process; undefined while none arrived. */
  interruption() {
    return this.handling;
  }
  /** Called for each SIGINT/SIGTERM/SIGHUP. The first starts the handling; later ones only hurry the stopping. */
  handle(signal) {
    if (this.handling) {
      this.effects.killProcesses();
      return this.handling;
    }
    this.signal = signal;
    const undos = [...this.undos.values()].reverse();
    this.handling = this.run(signal, undos);
    return this.handling;
  }
  async run(signal, undos) {
    const parts = [];
    try {
      const stopped = await this.effects.stopProcesses();
      if (stopped.length > 0) parts.push(`stopped ${stopped.join(", ")}`);
    } catch (e) {
      parts.push(`could not stop every process (${e instanceof Error ? e.message : String(e)})`);
    }
    let timer;
    await Promise.race([Promise.all([...this.writes]), new Promise((r) => timer = setTimeout(r, WRITES_WAIT_MS))]);
    clearTimeout(timer);
    for (const undo of undos) {
      try {
        const did = await undo();
        if (did) parts.push(did);
      } catch (e) {
        parts.push(`could not restore: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    if (parts.length === 0) parts.push("nothing to restore");
    this.effects.say(neutraliseText(`interrupted by ${signal}: ${parts.join("; ")}`));
    this.effects.exit(EXIT_CODE[signal]);
    return new Promise(() => void 0);
  }
};
var controller = new InterruptController({
  stopProcesses: () => stopAllProcesses(),
  killProcesses: killAllProcesses,
  say: (line) => process.stderr.write(`flake-steward: ${line}
`),
  exit: (code) => process.exit(code)
});
var processInterrupts = controller;
var installed = false;
function installInterruptHandler(say) {
  controller.setEffects({ say });
  if (installed) return;
  installed = true;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => {
      void controller.handle(signal);
    });
  }
}
function interruption() {
  return controller.interruption();
}

export {
  InterruptedError,
  EXIT_CODE,
  InterruptController,
  processInterrupts,
  installInterruptHandler,
  interruption
};
