/**
 * One flake's files, as read, into a LintContext: flake.nix parsed into its declared inputs (or the parse error, with
 * Nix's position), flake.lock parsed and resolved (or why it is not a lock), lock-only mode when flake.nix is
 * missing. Problems the user can fix become `nixProblem`/`lockProblem` for the syntax and lock rules; nothing here
 * throws for a bad file. Pure: the files are read, bounded, by src/workspace/read-flake.ts.
 */
import { UserError } from '../core/errors.js';
import { readFlakeNix, UnknownAttributeError } from '../flake/declared-inputs.js';
import { showPath, type ResolvedInput } from '../flake/flake-types.js';
import { resolveLock } from '../flake/follows.js';
import { parseLock } from '../flake/lock.js';
import type { FileProblem, LintContext, LintOptions } from './lint-types.js';

/**
 * A flake file as read: its text; the UserError that refused it unread (larger than flake-steward reads); or
 * undefined when there is no such file.
 */
export type FileText = string | UserError | undefined;

/** What lint reads of one flake directory. */
export interface FlakeTexts {
  /** Workspace-relative POSIX paths of the two files (whether or not they exist). */
  readonly nixPath: string;
  readonly lockPath: string;
  readonly nix: FileText;
  readonly lock: FileText;
}

function problemOf(e: unknown): FileProblem {
  if (e instanceof UserError) {
    return {
      message: e.message,
      line: e.position?.line ?? 1,
      column: e.position?.column ?? 1,
      ...(e.hint ? { hint: e.hint } : {}),
      ...(e instanceof UnknownAttributeError
        ? { unknownAttribute: { name: e.attribute, ...(e.suggestion ? { suggestion: e.suggestion } : {}) } }
        : {}),
    };
  }
  throw e;
}

export function lintContext(files: FlakeTexts, now: Date, options: LintOptions): LintContext {
  const { nixPath, lockPath, nix: nixRead, lock: lockRead } = files;
  const nixText = nixRead instanceof UserError ? undefined : nixRead;
  const lockText = lockRead instanceof UserError ? undefined : lockRead;
  let flake: LintContext['flake'];
  let nixProblem: FileProblem | undefined = nixRead instanceof UserError ? problemOf(nixRead) : undefined;
  if (nixText !== undefined) {
    try {
      flake = readFlakeNix(nixText, nixPath);
    } catch (e) {
      nixProblem = problemOf(e);
    }
  }
  let lock: LintContext['lock'];
  let lockProblem: FileProblem | undefined = lockRead instanceof UserError ? problemOf(lockRead) : undefined;
  let resolved = new Map<string, ResolvedInput>();
  if (lockText !== undefined) {
    try {
      lock = parseLock(lockText, lockPath);
      resolved = new Map([...resolveLock(lock).values()].map((r) => [showPath(r.path), r]));
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
    ...(nixText !== undefined ? { nixText } : {}),
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
