// npm run fuzz: bundles __tests__/fuzz/campaign.ts with esbuild (no TypeScript loader needed), as npm run bench
// does, and runs it: 20,000 mutated flake.nix and 20,000 mutated flake.lock files through the real lint (dist/cli.js,
// which `npm run fuzz` rebuilds first, serves the process sample). Arguments pass through: --nix N --lock N --seed S
// --workers W --bound MS --hang MS --process-every N --heap-mb MB.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, '.bench', 'fuzz-campaign.mjs');
mkdirSync(path.dirname(out), { recursive: true });
await build({
  absWorkingDir: root,
  entryPoints: ['__tests__/fuzz/campaign.ts'],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const r = spawnSync(process.execPath, [out, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
