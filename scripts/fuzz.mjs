// npm run fuzz: bundles __tests__/fuzz/campaign.ts with esbuild (no TypeScript loader needed), as npm run bench
// does, and runs it: 20,000 mutated flake.nix and 20,000 mutated flake.lock files through the real lint (dist/cli.js,
// which `npm run fuzz` rebuilds first, serves the process sample). Arguments pass through: --nix N --lock N --seed S
// --workers W --bound MS --hang MS --process-every N --heap-mb MB.
import { runBundled } from './run-bundled.mjs';

await runBundled('__tests__/fuzz/campaign.ts', 'fuzz-campaign.mjs');
