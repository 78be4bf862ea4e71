import { parseArgs } from 'node:util';
import { stringifyError, UsageError, UserError } from '../core/errors.js';
import { installInterruptHandler, interruption } from '../exec/interrupt.js';
import { neutraliseLines } from '../render/neutralise.js';
import { VERSION } from '../core/package-version.js';
import { EXIT, type CliCommand, type CliIO } from './command.js';
import { COMMAND_LIST } from './commands/index.js';

const COMMANDS: ReadonlyMap<string, CliCommand> = new Map(COMMAND_LIST.map((c) => [c.name, c]));

export function topLevelHelp(): string {
  const width = Math.max(...COMMAND_LIST.map((c) => c.name.length));
  const list = COMMAND_LIST.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `flake-steward ${VERSION}: keeps Nix flakes healthy

Usage: flake-steward <command> [dir] [options]

Commands:
${list}

Options:
  -h, --help     show help (also: flake-steward <command> --help)
  -V, --version  print the version

Exit codes: 0 ok, 1 findings or failure, 2 usage error, 130/143 interrupted (SIGINT/SIGTERM: the files the
command changed are put back, Nix is stopped).
`;
}

function commandHelp(c: CliCommand): string {
  return `Usage: ${c.usage}\n\n${c.summary}\n\n${c.help.trimEnd()}\n`;
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

/** Runs the CLI and returns the exit code; never throws. */
export async function main(argv: readonly string[], raw: CliIO): Promise<number> {
  const io = guardedIO(raw);
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    const named = first === 'help' && rest[0] ? COMMANDS.get(rest[0]) : undefined;
    io.stdout(named ? commandHelp(named) : topLevelHelp());
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === '-V' || first === '--version') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.get(first);
  if (!command) {
    io.stderr(
      `flake-steward: error: unknown command '${first}' (expected one of: ${[...COMMANDS.keys()].join(', ')}; see flake-steward --help)\n`,
    );
    return EXIT.usage;
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    io.stdout(commandHelp(command));
    return EXIT.ok;
  }
  // SIGINT/SIGTERM: Nix stopped, the command's files put back, one line, exit 130/143 (src/exec/interrupt.ts).
  installInterruptHandler((line) => io.stderr(`flake-steward ${command.name}: ${line}\n`));
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...rest], options: command.options, allowPositionals: true, strict: true });
    } catch (e) {
      throw new UsageError(`${(e as Error).message.replace(/\.$/, '')}`, `see flake-steward ${command.name} --help`);
    }
    return await command.run(parsed.positionals, parsed.values, io);
  } catch (e) {
    // Failing because of a signal: the handler restores, says so in one line and exits; this error is not news.
    const interrupted = interruption();
    if (interrupted) return await interrupted;
    if (e instanceof UsageError) {
      io.stderr(`flake-steward ${command.name}: error: ${stringifyError(e)}\n`);
      return EXIT.usage;
    }
    io.stderr(`flake-steward ${command.name}: ${stringifyError(e)}\n`);
    if (!(e instanceof UserError) && io.env['FLAKE_STEWARD_DEBUG'] && e instanceof Error && e.stack)
      io.stderr(`${e.stack}\n`);
    return EXIT.failure;
  }
}
