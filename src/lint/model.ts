/**
 * The flake model lint reads files with (src/nix parser + src/flake inputs, lock and graph), behind one small
 * interface so tests can pass a stand-in.
 */
import { resolveLock } from '../flake/follows.js';
import { readFlakeNix } from '../flake/declared-inputs.js';
import { parseLock } from '../flake/lock.js';
import type { FlakeNix, LockFile, ResolvedInput } from '../flake/flake-types.js';

export interface FlakeModel {
  /** flake.nix text → its declared inputs; throws a UserError (with position) when it does not parse. */
  extractFlakeNix(text: string, file: string): FlakeNix;
  /** flake.lock text → LockFile; throws a UserError (with position) when it is not a lock Nix reads. */
  parseLock(text: string, file: string): LockFile;
  /** Every input path of the lock, follows resolved. */
  resolve(lock: LockFile): Iterable<ResolvedInput>;
}

export const defaultModel: FlakeModel = {
  extractFlakeNix: readFlakeNix,
  parseLock,
  resolve: (lock) => resolveLock(lock).values(),
};
