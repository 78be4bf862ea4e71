import type { CliCommand } from '../command.js';
import { notAvailable } from '../util.js';

export const diffClosuresCommand: CliCommand = {
  name: 'diff-closures',
  summary: '(not available yet)',
  usage: 'flake-steward diff-closures',
  help: '',
  options: {},
  run: async () => notAvailable('diff-closures'),
};
