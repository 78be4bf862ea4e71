/** A Logger on the terminal's stderr (stdout carries only the command's output). */
import type { CliIO } from '../cli/command.js';
import type { AnnotationProperties, Logger } from '../engine/ports.js';

export function terminalLogger(io: CliIO): Logger {
  const debug = Boolean(io.env['FLAKE_STEWARD_DEBUG']);
  const where = (p?: AnnotationProperties) => (p?.file ? `${p.file}${p.startLine ? `:${p.startLine}` : ''}: ` : '');
  return {
    debug: (m) => {
      if (debug) io.stderr(`debug: ${m}\n`);
    },
    info: (m) => io.stderr(`${m}\n`),
    warning: (m, p) => io.stderr(`${where(p)}warning: ${m}\n`),
    error: (m, p) => io.stderr(`${where(p)}error: ${m}\n`),
    notice: (m, p) => io.stderr(`${where(p)}notice: ${m}\n`),
    group: async (_name, fn) => fn(),
    setSecret: () => undefined,
  };
}
