import path from 'node:path';
import { UsageError } from '../../core/errors.js';
import { check, NixSyntaxError } from '../../nix/index.js';
import { readNixFileText, UnreadableFile } from '../../workspace/bounded-read.js';
import { EXIT, type CliCommand } from '../command.js';

/**
 * The text of `file`, read bounded (src/workspace/bounded-read.ts: 32 MiB, a regular file), or why it cannot be read
 * in a few words.
 */
async function readNix(file: string, cwd: string): Promise<{ text: string } | { problem: string }> {
  try {
    const text = await readNixFileText(path.resolve(cwd, file), file);
    return text === undefined ? { problem: 'no such file' } : { text };
  } catch (e) {
    if (e instanceof UnreadableFile) return { problem: e.problem };
    throw e;
  }
}

export const parseCommand: CliCommand = {
  name: 'parse',
  summary: 'Check that Nix files parse, as Nix would (syntax and parse-time checks)',
  usage: 'flake-steward parse FILE... [--pipe-operators]',
  help: `Parses each FILE as Nix (the whole language, with the checks Nix makes while parsing: duplicate
attributes, duplicate function arguments, undefined variables). Prints nothing and exits 0 when every file
is valid; otherwise prints one line per invalid file, FILE:LINE:COL: error: MESSAGE, and exits 1. A file
that cannot be read (missing, a directory or a named pipe, larger than 32 MiB) is one line too,
FILE: error: cannot read the file: WHY, and the other files are still checked.

Options:
  --pipe-operators  accept the experimental |> and <| operators

Example:
  flake-steward parse flake.nix nix/*.nix`,
  options: { 'pipe-operators': { type: 'boolean' } },
  async run(positionals, values, io) {
    if (positionals.length === 0) throw new UsageError('no file given', 'usage: flake-steward parse FILE...');
    const pipeOperators = values['pipe-operators'] === true;
    let failed = false;
    for (const file of positionals) {
      const read = await readNix(file, io.cwd);
      if ('problem' in read) {
        io.stdout(`${file}: error: cannot read the file: ${read.problem}\n`);
        failed = true;
        continue;
      }
      const { text } = read;
      try {
        // The checks of parse() without building the tree nobody reads here.
        check(text, { file, pipeOperators });
      } catch (e) {
        if (!(e instanceof NixSyntaxError)) throw e;
        io.stdout(`${e.format()}\n`);
        failed = true;
      }
    }
    return failed ? EXIT.failure : EXIT.ok;
  },
};
