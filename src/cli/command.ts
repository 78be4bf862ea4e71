import type { ParseArgsConfig } from 'node:util';

/** What a CLI command can touch: its streams, the working directory and the environment. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Colour and other terminal niceties only when stdout is a terminal. */
  readonly isTTY: boolean;
}

export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface CliCommand {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** `flake-steward NAME …` synopsis. */
  readonly usage: string;
  /** The rest of `--help`: options and examples. */
  readonly help: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the exit code: 0 ok, 1 findings or failure. Usage errors are thrown as UsageError (exit 2). */
  run(positionals: string[], values: OptionValues, io: CliIO): Promise<number>;
}

/**
 * A line of the command table (src/cli/commands/index.ts): what `--help` and argv dispatch need, without the
 * command's code. `load` imports the command's module only when that command runs (or shows its own help), so
 * `flake-steward lint` evaluates no update, Nix or GitHub code, and `--help`/`--version` evaluate no command at all.
 */
export interface CommandEntry {
  readonly name: string;
  /** One line for the command list; equal to the loaded command's `summary` (a test checks). */
  readonly summary: string;
  readonly load: () => Promise<CliCommand>;
}

/** Exit codes, documented in README.md and `flake-steward --help`. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;
