/**
 * A command's argv into its positionals and option values, with every mistake one line in the CLI's own words:
 * `unknown option '--pats' (did you mean '--paths'? see flake-steward lint --help)`. Node's parseArgs reads the
 * tokens (non-strict, so it never throws its own multi-clause text); the checks are here.
 */
import { parseArgs } from 'node:util';
import { didYouMean } from '../core/did-you-mean.js';
import { UsageError } from '../core/errors.js';
import { neutralise } from '../render/neutralise.js';
import type { CliCommand, OptionValues } from './command.js';

export interface CommandArgv {
  readonly positionals: string[];
  readonly values: OptionValues;
}

/** `'--x'` as quoted in a message: one line, bounded, nothing a terminal acts on. */
const quoted = (s: string): string => `'${neutralise(s, { max: 80 })}'`;

export function parseCommandArgv(command: Pick<CliCommand, 'name' | 'options'>, args: readonly string[]): CommandArgv {
  const see = `see flake-steward ${command.name} --help`;
  const { tokens, positionals, values } = parseArgs({
    args: [...args],
    options: command.options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const known = Object.keys(command.options).map((n) => `--${n}`);
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    const spec = command.options[t.name];
    if (spec === undefined) {
      // `-paths` reaches here as `-p`: name the argument as written
      const written = t.rawName.startsWith('--') ? t.rawName : (args[t.index] ?? t.rawName).split('=')[0]!;
      const long = `--${written.replace(/^-+/, '')}`;
      const near = known.includes(long) ? long : didYouMean(long, known);
      throw new UsageError(`unknown option ${quoted(written)}`, near ? `did you mean '${near}'? ${see}` : see);
    }
    if (spec.type === 'boolean' && t.value !== undefined) {
      throw new UsageError(`option '${t.rawName}' takes no value (got ${quoted(t.value)})`, see);
    }
    if (spec.type === 'string') {
      if (t.value === undefined) throw new UsageError(`option '${t.rawName}' needs a value`, see);
      // `--paths --json`: parseArgs took the next flag as the value; `--paths=-x` says a dash is meant.
      if (!t.inlineValue && t.value.startsWith('-') && t.value !== '-') {
        throw new UsageError(
          `option '${t.rawName}' needs a value, not the option ${quoted(t.value)}`,
          `write ${t.rawName}=${neutralise(t.value, { max: 80 })} if that is the value; ${see}`,
        );
      }
    }
  }
  return { positionals, values: values as OptionValues };
}
