/** The Logger port on a terminal: everything on stderr, so stdout carries only the command's output. */
import type { AnnotationProperties, Logger } from '../engine/ports.js';
import type { CliIO } from './command.js';

export interface TerminalLoggerOptions {
  /** Print a `== name` line for each group (long-running commands show their phases). */
  readonly groups?: boolean;
}

export function terminalLogger(io: CliIO, opts: TerminalLoggerOptions = {}): Logger {
  const debug = Boolean(io.env['FLAKE_STEWARD_DEBUG']);
  const where = (p?: AnnotationProperties): string =>
    p?.file ? `${p.file}${p.startLine ? `:${p.startLine}` : ''}: ` : '';
  return {
    debug: (m) => {
      if (debug) io.stderr(`debug: ${m}\n`);
    },
    info: (m) => io.stderr(`${m}\n`),
    warning: (m, p) => io.stderr(`${where(p)}warning: ${m}\n`),
    error: (m, p) => io.stderr(`${where(p)}error: ${m}\n`),
    notice: (m, p) => io.stderr(`${where(p)}notice: ${m}\n`),
    group: async (name, fn) => {
      if (opts.groups) io.stderr(`== ${name}\n`);
      return fn();
    },
    setSecret: () => undefined,
  };
}
