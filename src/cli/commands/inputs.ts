import type { CliCommand } from '../command.js';
import { notAvailable } from '../util.js';

export const inputsCommand: CliCommand = {
  name: 'inputs',
  summary: '(not available yet)',
  usage: 'flake-steward inputs',
  help: '',
  options: {},
  run: async () => notAvailable('inputs'),
};
