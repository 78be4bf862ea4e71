import type { CliCommand } from '../command.js';
import { notAvailable } from '../util.js';

export const fixCommand: CliCommand = {
  name: 'fix',
  summary: '(not available yet)',
  usage: 'flake-steward fix',
  help: '',
  options: {},
  run: async () => notAvailable('fix'),
};
