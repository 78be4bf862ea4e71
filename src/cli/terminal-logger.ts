/** The Logger port on a terminal: everything on stderr, so stdout carries only the command's output. */
import type { AnnotationProperties, Logger } from '../core/ports.js';
import { neutraliseLines, neutraliseText } from '../render/neutralise.js';
import type { CliIO } from './command.js';

export interface TerminalLoggerOptions {
  /** Print a `== name` line for each group (long-running commands show their phases). */
  readonly groups?: boolean;
}

export function terminalLogger(io: CliIO, opts: TerminalLoggerOptions = {}): Logger {
  const debug = Boolean(io.env['FLAKE_STEWARD_DEBUG']);
  // Secrets registered with setSecret (the GITHUB_TOKEN of `update --open-pr`) print as `***`.
  const secrets: string[] = [];
  // The last guard (src/render/neutralise.ts): no escape sequence reaches the terminal, no line starts a workflow
  // command when the CLI runs in a workflow step, no line floods the log.
  const masked = (text: string): string => secrets.reduce((t, s) => t.split(s).join('***'), text);
  const say = (text: string) => io.stderr(`${neutraliseLines(masked(text))}\n`);
  const where = (p?: AnnotationProperties): string =>
    p?.file ? `${neutraliseText(p.file)}${p.startLine ? `:${p.startLine}` : ''}: ` : '';
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
      if (secret !== '' && !secrets.includes(secret)) secrets.push(secret);
    },
  };
}
