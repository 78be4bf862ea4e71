/**
 * Reads one flake's files into a LintContext: flake.nix parsed into its declared inputs (or the parse error, with
 * Nix's position), flake.lock parsed and resolved (or why it is not a lock), lock-only mode when flake.nix is
 * missing. Problems the user can fix become `nixProblem`/`lockProblem` for the syntax and lock rules; nothing here
 * throws for a bad file.
 */
import { open } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../core/errors.js';
import { LOCK_LIMITS } from '../flake/lock.js';
import { showPath, type ResolvedInput } from '../flake/flake-types.js';
import { defaultModel, type FlakeModel } from './model.js';
import type { FileProblem, LintContext, LintOptions } from './lint-types.js';

/**
 * The largest flake.nix lint reads: 4 MiB. A flake.nix is rarely over 100 KB (its data lives in the files it
 * imports); the parser is linear, so this bounds lint's time and memory on a fork's pull request (about 0.5 s).
 */
export const FLAKE_NIX_MAX_BYTES = 4 * 1024 * 1024;

interface SizeLimit {
  readonly bytes: number;
  readonly hint: string;
}

const NIX_LIMIT: SizeLimit = {
  bytes: FLAKE_NIX_MAX_BYTES,
  hint: 'keep flake.nix small: move large expressions or data into files it imports',
};
const LOCK_LIMIT: SizeLimit = {
  bytes: LOCK_LIMITS.bytes,
  hint: 'a lock Nix writes never comes near it; rewrite it with `nix flake lock --recreate-lock-file`',
};

/**
 * The text of a file, or undefined when there is none. Larger than the limit: a UserError naming the file, found
 * from its size before a byte is read (a fork's pull request may commit a file of any size).
 */
async function readOptional(file: string, shown: string, limit: SizeLimit): Promise<string | undefined> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  try {
    const { size } = await handle.stat();
    if (size > limit.bytes) {
      throw new UserError(
        `${path.basename(shown)} is ${size} bytes, larger than the ${limit.bytes / 1024 / 1024} MiB flake-steward reads`,
        shown,
        undefined,
        limit.hint,
      );
    }
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

function problemOf(e: unknown): FileProblem {
  if (e instanceof UserError) {
    return {
      message: e.message,
      line: e.position?.line ?? 1,
      column: e.position?.column ?? 1,
      ...(e.hint ? { hint: e.hint } : {}),
    };
  }
  throw e;
}

export async function loadFlake(
  workspace: string,
  dir: string,
  now: Date,
  options: LintOptions,
  model: FlakeModel = defaultModel,
): Promise<LintContext> {
  const abs = path.join(workspace, dir);
  const nixPath = path.posix.join(dir, 'flake.nix');
  const lockPath = path.posix.join(dir, 'flake.lock');
  const tooLarge = (e: unknown): UserError => {
    if (e instanceof UserError) return e;
    throw e;
  };
  const [nixRead, lockRead] = await Promise.all([
    readOptional(path.join(abs, 'flake.nix'), nixPath, NIX_LIMIT).catch(tooLarge),
    readOptional(path.join(abs, 'flake.lock'), lockPath, LOCK_LIMIT).catch(tooLarge),
  ]);
  const nixText = nixRead instanceof UserError ? undefined : nixRead;
  const lockText = lockRead instanceof UserError ? undefined : lockRead;
  let flake: LintContext['flake'];
  let nixProblem: FileProblem | undefined = nixRead instanceof UserError ? problemOf(nixRead) : undefined;
  if (nixText !== undefined) {
    try {
      flake = model.extractFlakeNix(nixText, nixPath);
    } catch (e) {
      nixProblem = problemOf(e);
    }
  }
  let lock: LintContext['lock'];
  let lockProblem: FileProblem | undefined = lockRead instanceof UserError ? problemOf(lockRead) : undefined;
  let resolved = new Map<string, ResolvedInput>();
  if (lockText !== undefined) {
    try {
      lock = model.parseLock(lockText, lockPath);
      resolved = new Map([...model.resolve(lock)].map((r) => [showPath(r.path), r]));
    } catch (e) {
      lock = undefined;
      lockProblem = problemOf(e);
    }
  }
  return {
    nixPath,
    lockPath,
    ...(flake ? { flake } : {}),
    ...(nixProblem ? { nixProblem } : {}),
    hasNix: nixRead !== undefined,
    ...(lock ? { lock } : {}),
    ...(lockText !== undefined ? { lockText } : {}),
    ...(lockProblem ? { lockProblem } : {}),
    hasLock: lockRead !== undefined,
    resolved,
    now,
    options,
  };
}
