/**
 * The one process runner. Argv arrays only (never a shell), output captured, an optional timeout, secrets redacted
 * from everything it returns or throws. A non-zero exit is an ExecError carrying argv, code and the stderr tail.
 */
import { spawn } from 'node:child_process';
import { ExecError } from '../engine/errors.js';

export interface RunOptions {
  readonly cwd?: string;
  /** Full environment for the child; defaults to this process's. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Written to stdin, then stdin is closed. */
  readonly input?: string;
  readonly timeoutMs?: number;
  /** Strings replaced by `***` in captured output and errors (tokens). */
  readonly secrets?: readonly string[];
  /** When false, a non-zero exit is returned instead of thrown. Default true. */
  readonly check?: boolean;
  /** Called with each chunk of stderr as it arrives (redacted), e.g. to stream build logs. */
  readonly onStderr?: (chunk: string) => void;
  /** Error class for failures (NixError for nix); default ExecError. */
  readonly errorClass?: typeof ExecError;
}

export interface RunResult {
  readonly argv: readonly string[];
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The type of `runProcess`, so callers can take a recording or fake runner in tests. */
export type ProcessRunner = (cmd: string, args: readonly string[], opts?: RunOptions) => Promise<RunResult>;

export function redact(text: string, secrets: readonly string[] | undefined): string {
  let out = text;
  for (const s of secrets ?? []) if (s.length > 0) out = out.split(s).join('***');
  return out;
}

export const runProcess: ProcessRunner = (cmd, args, opts = {}) =>
  new Promise<RunResult>((resolve, reject) => {
    const argv = [cmd, ...args];
    const ErrorClass = opts.errorClass ?? ExecError;
    const shownArgv = argv.map((a) => redact(a, opts.secrets));
    const child = spawn(cmd, [...args], {
      cwd: opts.cwd,
      env: (opts.env ?? process.env) as NodeJS.ProcessEnv,
      stdio: ['pipe', 'pipe', 'pipe'],
      shell: false,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer =
      opts.timeoutMs !== undefined
        ? setTimeout(() => {
            timedOut = true;
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 5000).unref();
          }, opts.timeoutMs)
        : undefined;
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => {
      err.push(b);
      opts.onStderr?.(redact(b.toString('utf8'), opts.secrets));
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      if (timer) clearTimeout(timer);
      const why = e.code === 'ENOENT' ? `${cmd}: command not found` : `${cmd}: ${e.message}`;
      reject(new ErrorClass(shownArgv, null, '', why));
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      const stdout = redact(Buffer.concat(out).toString('utf8'), opts.secrets);
      const stderr = redact(Buffer.concat(err).toString('utf8'), opts.secrets);
      const exit = code ?? (signal ? 128 : 1);
      if (timedOut) {
        reject(new ErrorClass(shownArgv, exit, stderr, `${cmd} timed out after ${opts.timeoutMs} ms`));
      } else if (exit !== 0 && opts.check !== false) {
        reject(new ErrorClass(shownArgv, exit, stderr));
      } else {
        resolve({ argv: shownArgv, code: exit, stdout, stderr });
      }
    });
    child.stdin.on('error', () => {
      /* the child may exit before reading its input */
    });
    child.stdin.end(opts.input ?? '');
  });
