/**
 * Typed errors, caught once at each entry (action and CLI). Anything the user can fix is a UserError that names
 * the file, the position and what to do; it is printed as one line, never as a stack trace.
 */

export interface Position {
  readonly line: number; // 1-based
  readonly column: number; // 1-based
}

export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    message: string,
    readonly file?: string,
    readonly position?: Position,
    readonly hint?: string,
  ) {
    super(message);
  }

  /** `FILE:LINE:COL: error: MESSAGE` (the parts that are known), then the hint. */
  format(): string {
    let where = '';
    if (this.file !== undefined) {
      where = this.file;
      if (this.position) where += `:${this.position.line}:${this.position.column}`;
      where += ': ';
    }
    const hint = this.hint ? ` (${this.hint})` : '';
    return `${where}error: ${this.message}${hint}`;
  }
}

/** A usage error of the CLI or a bad action input: exit code 2 for the CLI. */
export class UsageError extends UserError {
  override readonly name = 'UsageError' as 'UserError';
  constructor(message: string, hint?: string) {
    super(hint ? `${message} (${hint})` : message);
  }
  override format(): string {
    return this.message;
  }
}

/** A process that exited non-zero or could not start. Carries the argv, exit code and the tail of stderr. */
export class ExecError extends Error {
  override readonly name: string = 'ExecError';
  constructor(
    readonly argv: readonly string[],
    readonly code: number | null,
    readonly stderr: string,
    message?: string,
  ) {
    super(message ?? `${argv[0]} exited with code ${code}: ${tail(stderr, 20)}`);
  }
}

export class NixError extends ExecError {
  override readonly name = 'NixError';
}

export class GitHubAPIError extends Error {
  override readonly name = 'GitHubAPIError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

const ANSI = /\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07/g;

/** A tool's output without its colours and terminal titles (CSI and OSC sequences), to quote or parse it. */
export const stripAnsi = (s: string): string => s.replace(ANSI, '');

/** Last `lines` non-empty lines of a text. */
export function tail(text: string, lines: number): string {
  const all = text.split('\n').filter((l) => l.trim() !== '');
  return all.slice(-lines).join('\n');
}

/** One readable line (or a few) for any thrown value; never "[object Object]", never silent. */
export function stringifyError(e: unknown): string {
  if (e instanceof UserError) return e.format();
  if (e instanceof Error) return e.message || e.name;
  if (typeof e === 'string') return e;
  try {
    return `unexpected error: ${JSON.stringify(e)}`;
  } catch {
    return `unexpected error: ${String(e)}`;
  }
}
