/** The flake model the update engine reads locks with: src/flake/lock.ts and src/flake/graph.ts. */
import { resolveLock } from '../flake/graph.js';
import { parseLock } from '../flake/lock.js';
import type { LockModel } from './run.js';

export const lockModel: LockModel = {
  parse: parseLock,
  resolve: (lock) => [...resolveLock(lock).values()],
};
