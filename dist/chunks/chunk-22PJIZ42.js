// src/core/ports.ts
var systemClock = { now: () => /* @__PURE__ */ new Date() };
var MemoryLogger = class {
  lines = [];
  secrets = /* @__PURE__ */ new Set();
  debug(message) {
    this.lines.push({ level: "debug", message });
  }
  info(message) {
    this.lines.push({ level: "info", message });
  }
  warning(message, props) {
    this.lines.push({ level: "warning", message, props });
  }
  error(message, props) {
    this.lines.push({ level: "error", message, props });
  }
  notice(message, props) {
    this.lines.push({ level: "notice", message, props });
  }
  async group(name, fn) {
    this.lines.push({ level: "group", message: name });
    return fn();
  }
  setSecret(secret) {
    this.secrets.add(secret);
  }
};

export {
  systemClock,
  MemoryLogger
};
