import {
  neutraliseLines,
  neutraliseText
} from "./chunk-6WGRO25Q.js";

// src/cli/terminal-logger.ts
function terminalLogger(io, opts = {}) {
  const debug = Boolean(io.env["FLAKE_STEWARD_DEBUG"]);
  const secrets = [];
  const masked = (text) => secrets.reduce((t, s) => t.split(s).join("***"), text);
  const say = (text) => io.stderr(`${neutraliseLines(masked(text))}
`);
  const where = (p) => p?.file ? `${neutraliseText(p.file)}${p.startLine ? `:${p.startLine}` : ""}: ` : "";
  return {
    debug: (m) => {
      if (debug) say(`debug: ${m}`);
    },
    info: (m) => say(m),
    warning: (m, p) => say(`${where(p)}warning: ${m}`),
    error: (m, p) => say(`${where(p)}error: ${m}`),
    notice: (m, p) => say(`${where(p)}notice: ${m}`),
    group: async (name, fn) => {
      if (opts.groups) say(`== ${neutraliseText(name)}`);
      return fn();
    },
    setSecret: (secret) => {
      if (secret !== "" && !secrets.includes(secret)) secrets.push(secret);
    }
  };
}

export {
  terminalLogger
};
