// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild: ESM for Node 20+ (GitHub runs node24).
// Usage: node scripts/bundle.mjs [OUTDIR]   (default dist; check-dist builds into a temp dir and compares)
//
// The CLI is split (esbuild code splitting): dist/cli.js (package.json's `bin`) holds the argv parsing and the
// command table, and every command (src/cli/commands/index.ts loads each lazily) with the code it needs goes to
// dist/chunks/NAME-HASH.js, loaded when that command runs: `--help` and `--version` load no command, `lint` no update,
// Nix or GitHub code. Chunk names come from their content (the same src/ gives the same files in any checkout) and
// chunks are imported relative to the importing file, so dist/cli.js runs from any working directory.
//
// The action stays one file, dist/index.js (action.yml's `main`): its faces are imported lazily (src/action/main.ts),
// so esbuild evaluates a command's code only when it runs, but splitting does not pay there: `lint` already loads
// @actions/core (with its HTTP client) and, through the inputs, Octokit, most of the bundle, and split into ~25
// files that cost more module loading than it saves (npm run bench; the numbers are in the commit that split the CLI).
//
// OUTDIR/chunks is emptied first: a chunk left from an older build would be an extra file, which check-dist rejects.
import { build } from 'esbuild';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));

// Some dependencies are CommonJS and call require() on Node built-ins; an ESM bundle needs a real require. esbuild
// routes those calls through its `__require` helper, which reads a free `require` in the file that defines it, so
// the files that mention `require` get one (each file is its own module scope); the others do without the cost.
const requireBanner =
  "import { createRequire as __fsCreateRequire } from 'node:module';\nconst require = __fsCreateRequire(import.meta.url);\n";
const mentionsRequire = (text) => /(?<![\w$.])require(?![\w$])/.test(text);

const common = {
  absWorkingDir: root,
  outdir,
  bundle: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  charset: 'utf8',
  define: { __FLAKE_STEWARD_VERSION__: JSON.stringify(pkg.version) },
  write: false,
};
const [action, cli] = await Promise.all([
  build({ ...common, entryPoints: { index: 'src/action/index.ts' }, splitting: false }),
  build({ ...common, entryPoints: { cli: 'src/cli/index.ts' }, splitting: true }),
]);

await rm(path.join(outdir, 'chunks'), { recursive: true, force: true });
const cliFile = path.join(outdir, 'cli.js');
for (const file of [...action.outputFiles, ...cli.outputFiles]) {
  await mkdir(path.dirname(file.path), { recursive: true });
  // dist/cli.js runs as a command: the shebang goes first.
  const shebang = file.path === cliFile ? '#!/usr/bin/env node\n' : '';
  await writeFile(file.path, shebang + (mentionsRequire(file.text) ? requireBanner : '') + file.text);
}
// dist/cli.js is package.json's `bin`: executable, as git records it and as npm makes it when it installs the package
// (`npm install -g .` links the clone and chmods the file there), so neither a rebuild nor installing the command
// from a clone leaves the clone with a mode change. check-dist checks the mode too. The chunks are not run directly.
await chmod(cliFile, 0o755);
