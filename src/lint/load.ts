/**
 * Reads one flake's files into a LintContext: flake.nix parsed into its declared inputs (or the parse error, with
 * Nix's position), flake.lock parsed and resolved (or why it is not a lock), lock-only mode when flake.nix is
 * missing. Problems the user can fix become `nixProblem`/`lockProblem` for the syntax and lock rules; nothing here
 * throws for a bad file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../engine/errors.js';
import { showPath, type ResolvedInput } from '../flake/types.js';
import { defaultModel, type FlakeModel } from './model.js';
import type { FileProblem, LintContext, LintOptions } from './types.js';

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
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
  const [nixText, lockText] = await Promise.all([
    readOptional(path.join(abs, 'flake.nix')),
    readOptional(path.join(abs, 'flake.lock')),
  ]);
  let flake: LintContext['flake'];
  let nixProblem: FileProblem | undefined;
  if (nixText !== undefined) {
    try {
      flake = model.extractFlakeNix(nixText, nixPath);
    } catch (e) {
      nixProblem = problemOf(e);
    }
  }
  let lock: LintContext['lock'];
  let lockProblem: FileProblem | undefined;
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
    hasNix: nixText !== undefined,
    ...(lock ? { lock } : {}),
    ...(lockText !== undefined ? { lockText } : {}),
    ...(lockProblem ? { lockProblem } : {}),
    hasLock: lockText !== undefined,
    resolved,
    now,
    options,
  };
}
