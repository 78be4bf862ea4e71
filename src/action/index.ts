import { run } from './main.js';

// The one entry GitHub runs (dist/index.js). run() catches everything and sets the step's result.
await run();
