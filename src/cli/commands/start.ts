import type { CliCommand } from '../command.js';
import { dirArgument } from '../util.js';
import { lintCommand } from './lint.js';

/** `npm start`: the main job on one flake, lint then (where Nix is present) the update report in dry-run. */
export const startCommand: CliCommand = {
  name: 'start',
  summary: 'Run the main job on a flake: lint, then the update report in dry-run',
  usage: 'flake-steward start [dir]',
  help: 'Runs `lint` on DIR (default: the current directory) and prints the result.',
  options: {},
  async run(positionals, _values, io) {
    const dir = dirArgument('start', positionals, io);
    io.stdout(`flake-steward: main job on ${dir}\n\n== lint ==\n`);
    return lintCommand.run([dir], {}, io);
  },
};
