import path from 'node:path';
import { UsageError } from '../core/errors.js';
import type { CliIO } from './command.js';

/** The optional `[dir]` positional, resolved against the working directory. */
export function dirArgument(command: string, positionals: readonly string[], io: Pick<CliIO, 'cwd'>): string {
  if (positionals.length > 1) {
    throw new UsageError(`unexpected argument '${positionals[1]}'`, `usage: flake-steward ${command} [dir] [options]`);
  }
  return path.resolve(io.cwd, positionals[0] ?? '.');
}

/** A command that a later version provides; keeps the command list honest until then. */
export function notAvailable(command: string): never {
  throw new UsageError(`'${command}' is not available in this version yet`);
}
