import type { CliCommand } from '../command.js';
import { notAvailable } from '../util.js';

export const graphCommand: CliCommand = {
  name: 'graph',
  summary: '(not available yet)',
  usage: 'flake-steward graph',
  help: '',
  options: {},
  run: async () => notAvailable('graph'),
};
