import type { CliCommand } from '../command.js';
import { diffClosuresCommand } from './diff-closures.js';
import { fixCommand } from './fix.js';
import { graphCommand } from './graph.js';
import { inputsCommand } from './inputs.js';
import { lintCommand } from './lint.js';
import { parseCommand } from './parse.js';
import { updateCommand } from './update.js';

/** Every CLI command, in the order `--help` lists them. Each lives in its own file. */
export const COMMAND_LIST: readonly CliCommand[] = [
  lintCommand,
  fixCommand,
  updateCommand,
  parseCommand,
  inputsCommand,
  graphCommand,
  diffClosuresCommand,
];
