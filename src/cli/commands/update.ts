import type { CliCommand } from '../command.js';
import { notAvailable } from '../util.js';

export const updateCommand: CliCommand = {
  name: 'update',
  summary: '(not available yet)',
  usage: 'flake-steward update',
  help: '',
  options: {},
  run: async () => notAvailable('update'),
};
