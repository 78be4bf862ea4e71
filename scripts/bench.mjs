// npm run bench: bundles bench/run.ts with esbuild (no TypeScript loader needed) and runs it.
import { runBundled } from './run-bundled.mjs';

await runBundled('bench/run.ts', 'run.mjs', ['--expose-gc']);
