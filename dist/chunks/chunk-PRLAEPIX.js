// src/cli/command.ts
var EXIT = { ok: 0, failure: 1, usage: 2 };

export {
  EXIT
};
