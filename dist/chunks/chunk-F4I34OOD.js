// src/core/ports.ts
var systemClock = { now: () => /* @__PURE__ */ new Date() };

export {
  systemClock
};
