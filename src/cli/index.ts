import { main } from './main.js';
import { pipeWriter } from './pipe-writer.js';

// `flake-steward` (dist/cli.js): only parses argv and wires the terminal.
const code = await main(process.argv.slice(2), {
  stdout: pipeWriter(process.stdout),
  stderr: pipeWriter(process.stderr),
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'],
});
process.exitCode = code;
