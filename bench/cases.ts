import type { BenchCase } from './harness.js';
import { cliCases } from './cli.bench.js';
import { updateCases } from './update.bench.js';
import { lintCases } from './lint.bench.js';
import { closureCases } from './closure.bench.js';
import { parseCases } from './parse.bench.js';
import { parseHostileCases } from './parse-hostile.bench.js';
import { lockCases } from './lock.bench.js';
import { hostileCases } from './hostile.bench.js';
import { stageCases } from './stages.bench.js';

/** Every benchmark case; each area adds its own file and lists it here. */
export const CASES: readonly BenchCase[] = [
  ...cliCases,
  ...updateCases,
  ...stageCases,
  ...lintCases,
  ...closureCases,
  ...lockCases,
  ...hostileCases,
  ...parseCases,
  ...parseHostileCases,
];
