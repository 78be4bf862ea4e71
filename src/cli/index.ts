import { main } from './main.js';

// `flake-steward` (dist/cli.js): only parses argv and wires the terminal.
const code = await main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'],
});
process.exitCode = code;
