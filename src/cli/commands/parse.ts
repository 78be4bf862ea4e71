import type { CliCommand } from '../command.js';
import { notAvailable } from '../util.js';

export const parseCommand: CliCommand = {
  name: 'parse',
  summary: '(not available yet)',
  usage: 'flake-steward parse',
  help: '',
  options: {},
  run: async () => notAvailable('parse'),
};
