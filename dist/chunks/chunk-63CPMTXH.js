// src/core/package-version.ts
var VERSION = true ? "0.1.0" : "dev";

export {
  VERSION
};
