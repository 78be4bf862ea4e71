import type { CliCommand } from '../command.js';
import { notAvailable } from '../util.js';

export const lintCommand: CliCommand = {
  name: 'lint',
  summary: '(not available yet)',
  usage: 'flake-steward lint',
  help: '',
  options: {},
  run: async () => notAvailable('lint'),
};
