/** The flake model the update engine reads locks with: src/flake/lock.ts and src/flake/follows.ts. */
import { resolveLock } from '../flake/follows.js';
import { parseLock } from '../flake/lock.js';
import type { LockModel } from '../app/update.js';

export const lockModel: LockModel = {
  parse: parseLock,
  resolve: (lock) => [...resolveLock(lock).values()],
};
