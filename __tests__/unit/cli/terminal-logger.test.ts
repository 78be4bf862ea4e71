/** The terminal Logger masks what setSecret registered (the GITHUB_TOKEN of `update --open-pr`) in every line. */
import { expect, test } from '@jest/globals';
import { terminalLogger } from '../../../src/cli/terminal-logger.js';

test('a registered secret prints as *** at every level, in group names too', async () => {
  const err: string[] = [];
  const io = { stdout: () => undefined, stderr: (t: string) => void err.push(t), cwd: '/', env: {}, isTTY: false };
  const logger = terminalLogger(io, { groups: true });
  logger.info('before ghs_abc123 is registered');
  logger.setSecret('ghs_abc123');
  logger.setSecret('');
  logger.info('token ghs_abc123 and again ghs_abc123');
  logger.warning('w ghs_abc123');
  logger.error('e ghs_abc123');
  await logger.group('g ghs_abc123', async () => undefined);
  expect(err).toEqual([
    'before ghs_abc123 is registered\n',
    'token *** and again ***\n',
    'warning: w ***\n',
    'error: e ***\n',
    '== g ***\n',
  ]);
});
