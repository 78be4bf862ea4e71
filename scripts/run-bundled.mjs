// The one way the repository's TypeScript tools run without a TypeScript loader: bundle the entry with esbuild into
// .bench/ (dependencies left external) and run it with this Node.js, arguments passed through; exits with its code.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export async function runBundled(entry, outName, nodeArgs = []) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const out = path.join(root, '.bench', outName);
  mkdirSync(path.dirname(out), { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  const r = spawnSync(process.execPath, [...nodeArgs, out, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
