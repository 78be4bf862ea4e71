import path from 'node:path';
import { UsageError, UserError } from '../core/errors.js';
import { neutralise } from '../render/neutralise.js';
import { flakeFileAt } from '../workspace/bounded-read.js';
import type { CliIO } from './command.js';

/** The files a flake directory is named by: `lint path/to/flake.nix` lints path/to. */
const FLAKE_FILES = ['flake.nix', 'flake.lock'];

/** What the one `[DIR]` (or `[DIR|FILE]`) positional names, resolved against the working directory. */
export interface FlakeArgument {
  /** The flake's directory (absolute). */
  readonly dir: string;
  /** The file itself, when the argument is a file rather than a directory (absolute). */
  readonly file?: string;
}

function onlyOne(command: string, positionals: readonly string[], usage: string): void {
  if (positionals.length > 1) {
    throw new UsageError(
      `unexpected argument '${neutralise(positionals[1]!, { max: 80 })}'`,
      `usage: flake-steward ${command} ${usage} [options]`,
    );
  }
}

/**
 * The optional `[DIR|FILE]` positional of the commands that read one flake's files (`graph`, `inputs`): a directory,
 * or a file of it (which the command reads in place of its default one). A path that does not exist is refused.
 */
export async function flakeArgument(
  command: string,
  positionals: readonly string[],
  io: Pick<CliIO, 'cwd'>,
): Promise<FlakeArgument> {
  onlyOne(command, positionals, '[DIR|FILE]');
  const given = positionals[0] ?? '.';
  const abs = path.resolve(io.cwd, given);
  // flakeFileAt: the path itself when it is a file, DIR/flake.nix when a directory, nothing when it does not exist
  const at = await flakeFileAt(abs, 'flake.nix');
  if (at === undefined) {
    throw new UserError(
      `no such file or directory: ${neutralise(given)}`,
      undefined,
      undefined,
      'give a flake directory, or its flake.nix or flake.lock',
    );
  }
  return at === abs ? { dir: path.dirname(abs), file: abs } : { dir: abs };
}

/**
 * The optional `[DIR]` positional of the commands that work on a flake directory (`lint`, `fix`, `update`): the
 * directory, or the directory of the `flake.nix` or `flake.lock` named (as `graph` and `inputs` accept them).
 */
export async function dirArgument(
  command: string,
  positionals: readonly string[],
  io: Pick<CliIO, 'cwd'>,
): Promise<string> {
  onlyOne(command, positionals, '[DIR]');
  const given = positionals[0] ?? '.';
  const abs = path.resolve(io.cwd, given);
  // a path that is not there is left to the command, which says what it misses there
  const at = await flakeFileAt(abs, 'flake.nix');
  if (at === undefined) return abs;
  if (at !== abs) return abs;
  if (!FLAKE_FILES.includes(path.basename(abs))) {
    throw new UsageError(
      `${neutralise(given)} is a file, not a flake directory`,
      `give its directory, or its flake.nix or flake.lock: flake-steward ${command} ${neutralise(path.dirname(given), { max: 80 })}`,
    );
  }
  return path.dirname(abs);
}
