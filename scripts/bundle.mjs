// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild: ESM for Node 20+ (GitHub runs node24).
// Usage: node scripts/bundle.mjs [OUTDIR]   (default dist; check-dist builds into a temp dir and compares)
import { build } from 'esbuild';
import { chmod, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));

// Some dependencies are CommonJS and call require() on Node built-ins; an ESM bundle needs a real require.
const banner = "import { createRequire as __fsCreateRequire } from 'node:module';\nconst require = __fsCreateRequire(import.meta.url);";

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  charset: 'utf8',
  define: { __FLAKE_STEWARD_VERSION__: JSON.stringify(pkg.version) },
};

await build({ ...common, entryPoints: { index: 'src/action/index.ts' }, outdir, banner: { js: banner } });
await build({
  ...common,
  entryPoints: { cli: 'src/cli/index.ts' },
  outdir,
  banner: { js: `#!/usr/bin/env node\n${banner}` },
});
// dist/cli.js is package.json's `bin`: executable, as git records it and as npm makes it when it installs the package
// (`npm install -g .` links the clone and chmods the file there), so neither a rebuild nor installing the command
// from a clone leaves the clone with a mode change. check-dist checks the mode too.
await chmod(path.join(outdir, 'cli.js'), 0o755);
