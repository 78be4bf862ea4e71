import { stringifyError, UsageError, UserError } from '../core/errors.js';
import { didYouMean } from '../core/did-you-mean.js';
import { neutralise, neutraliseLines } from '../render/neutralise.js';
import { VERSION } from '../core/package-version.js';
import { EXIT, type CliCommand, type CliIO, type CommandEntry } from './command.js';
import { COMMAND_TABLE } from './commands/index.js';
import { parseCommandArgv } from './command-argv.js';

// Start-up: this module and the command table are all that `--help` and `--version` evaluate; a command's code (and
// the interrupt machinery, which brings the process runner) is imported only once argv names that command.

/** The command list of `flake-steward --help`: names and summaries from the table, no command module loaded. */
export function topLevelHelp(commands: readonly CommandEntry[] = COMMAND_TABLE): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `flake-steward ${VERSION}: keeps Nix flakes healthy

Usage: flake-steward <command> [dir] [options]

Commands:
${list}

Options:
  -h, --help     show help (also: flake-steward <command> --help)
  -V, --version  print the version

Exit codes: 0 ok, 1 findings or failure, 2 usage error, 130/143/129 interrupted (SIGINT/SIGTERM/SIGHUP: the files the
command changed are put back, Nix is stopped).
`;
}

function commandHelp(c: CliCommand): string {
  return `Usage: ${c.usage}\n\n${c.summary}\n\n${c.help.trimEnd()}\n`;
}

/** Prints a command's own help, which lives in its module (loaded for it); exit 0, or 1 if the module fails to load. */
async function printCommandHelp(entry: CommandEntry, io: CliIO): Promise<number> {
  let command;
  try {
    command = await entry.load();
  } catch (e) {
    io.stderr(`flake-steward ${entry.name}: ${stringifyError(e)}\n`);
    return EXIT.failure;
  }
  io.stdout(commandHelp(command));
  return EXIT.ok;
}

/**
 * The streams with the last guard on (src/render/neutralise.ts): whatever a command prints, no raw control character
 * reaches the terminal (our own colour codes excepted) and no line starts a workflow command should the CLI run in a
 * workflow step. stdout is not cut (it may be JSON or SARIF, which the guard leaves valid and unchanged); stderr
 * lines are, like any log line.
 */
export function guardedIO(io: CliIO): CliIO {
  return {
    ...io,
    stdout: (text) => io.stdout(neutraliseLines(text, { max: Infinity, keepSgr: io.isTTY })),
    stderr: (text) => io.stderr(neutraliseLines(text)),
  };
}

/**
 * Runs the CLI and returns the exit code; never throws. `commands` is the command table (tests pass their own);
 * only the module of the command that argv names is loaded.
 */
export async function main(
  argv: readonly string[],
  raw: CliIO,
  commands: readonly CommandEntry[] = COMMAND_TABLE,
): Promise<number> {
  const io = guardedIO(raw);
  const [first, ...rest] = argv;
  const entryOf = (name: string | undefined) => commands.find((c) => c.name === name);
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    const named = first === 'help' ? entryOf(rest[0]) : undefined;
    if (named) return await printCommandHelp(named, io);
    io.stdout(topLevelHelp(commands));
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === '-V' || first === '--version') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const entry = entryOf(first);
  if (!entry) {
    const names = commands.map((c) => c.name);
    const near = didYouMean(first, names);
    const hint = near ? `did you mean '${near}'?` : `commands: ${names.join(', ')};`;
    io.stderr(
      `flake-steward: error: unknown command '${neutralise(first, { max: 80 })}' (${hint} see flake-steward --help)\n`,
    );
    return EXIT.usage;
  }
  if (rest.includes('-h') || rest.includes('--help')) return await printCommandHelp(entry, io);
  // SIGINT/SIGTERM: Nix stopped, the command's files put back, one line, exit 130/143 (src/exec/interrupt.ts).
  const { installInterruptHandler, interruption } = await import('../exec/interrupt.js');
  installInterruptHandler((line) => io.stderr(`flake-steward ${entry.name}: ${line}\n`));
  try {
    const command = await entry.load();
    const parsed = parseCommandArgv(command, rest);
    return await command.run(parsed.positionals, parsed.values, io);
  } catch (e) {
    // Failing because of a signal: the handler restores, says so in one line and exits; this error is not news.
    const interrupted = interruption();
    if (interrupted) return await interrupted;
    if (e instanceof UsageError) {
      io.stderr(`flake-steward ${entry.name}: error: ${stringifyError(e)}\n`);
      return EXIT.usage;
    }
    io.stderr(`flake-steward ${entry.name}: ${stringifyError(e)}\n`);
    if (!(e instanceof UserError) && io.env['FLAKE_STEWARD_DEBUG'] && e instanceof Error && e.stack)
      io.stderr(`${e.stack}\n`);
    return EXIT.failure;
  }
}
