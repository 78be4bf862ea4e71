/**
 * Real Nix as the oracle: `nix-instantiate --parse` on many files with few processes, and the comparison of its
 * verdict with ours.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runProcess } from '../../../../src/exec/process.js';
import { NixSyntaxError, parse } from '../../../../src/nix/index.js';

export interface Verdict {
  readonly ok: boolean;
  /** Nix's message, or ours (without the FILE:LINE:COL prefix). */
  readonly message?: string;
  readonly line?: number;
  /** 1-based column in bytes, as Nix counts. */
  readonly column?: number;
  /** For Nix: the printed expression (`--parse` output) when ok. */
  readonly printed?: string;
}

/** Writes each program to its own file in a fresh directory; returns the paths in order. */
export function writePrograms(programs: readonly string[], prefix = 'p'): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'nix-oracle-'));
  return programs.map((text, i) => {
    const file = path.join(dir, `${prefix}${i}.nix`);
    writeFileSync(file, text);
    return file;
  });
}

const ERROR_LINE = /^error: (.*)$/m;
const AT_LINE = /^\s+at (.*):(\d+):(\d+):$/m;

/**
 * Nix's verdict on each file. Valid files are checked many per process; a process stops at the first invalid
 * file, which is then recorded and the rest go to the next process. Three processes run side by side (most of
 * a process's time is start-up, not CPU).
 */
export async function nixParseFiles(files: readonly string[], workers = 3): Promise<Map<string, Verdict>> {
  const result = new Map<string, Verdict>();
  const chunks: string[][] = Array.from({ length: workers }, () => []);
  files.forEach((f, i) => chunks[i % workers]!.push(f));
  await Promise.all(
    chunks.map(async (chunk) => {
      let rest = chunk;
      while (rest.length > 0) {
        const r = await runProcess('nix-instantiate', ['--parse', ...rest], { check: false, timeoutMs: 120_000 });
        const printed = r.stdout.split('\n');
        if (r.code === 0) {
          rest.forEach((f, i) => result.set(f, { ok: true, printed: printed[i] }));
          break;
        }
        const at = AT_LINE.exec(r.stderr);
        const failed = at ? rest.indexOf(at[1]!) : -1;
        if (failed < 0) throw new Error(`cannot tell which file nix-instantiate refused:\n${r.stderr}`);
        rest.slice(0, failed).forEach((f, i) => result.set(f, { ok: true, printed: printed[i] }));
        result.set(rest[failed]!, {
          ok: false,
          message: ERROR_LINE.exec(r.stderr)?.[1] ?? r.stderr.trim(),
          line: Number(at![2]),
          column: Number(at![3]),
        });
        rest = rest.slice(failed + 1);
      }
    }),
  );
  return result;
}

/** Our verdict, with the column converted to bytes like Nix's. */
export function ourVerdict(text: string, file: string): Verdict {
  try {
    parse(text, { file });
    return { ok: true };
  } catch (e) {
    if (!(e instanceof NixSyntaxError)) throw e;
    const lineText = text.split(/\r\n|\r|\n/)[e.loc.line - 1] ?? '';
    const column = Buffer.byteLength(lineText.slice(0, e.loc.column - 1), 'utf8') + 1;
    return { ok: false, message: e.message, line: e.loc.line, column };
  }
}

/**
 * Errors found by the grammar (syntax, lexer and `let`/`inherit` checks) must agree in message and position. For
 * the checks made on the finished tree (duplicates, undefined variables) Nix 2.8 points at odd places and, with
 * several problems, picks one in symbol-table order: there the kind of error must agree.
 */
export function difference(nix: Verdict, ours: Verdict): string | undefined {
  if (nix.ok && ours.ok) return undefined;
  if (nix.ok !== ours.ok) return `nix ${nix.ok ? 'accepts' : 'refuses'}, ours ${ours.ok ? 'accepts' : 'refuses'}`;
  const kind = (m: string): string =>
    m.startsWith('undefined variable')
      ? 'undefined variable'
      : / already defined at /.test(m)
        ? 'duplicate attribute'
        : m.startsWith('duplicate formal function argument')
          ? 'duplicate formal'
          : m;
  const nk = kind(nix.message!);
  const ok = kind(ours.message!);
  if (nk !== ok) return `messages differ`;
  if (nk === nix.message && (nix.line !== ours.line || nix.column !== ours.column)) return 'positions differ';
  return undefined;
}

export function describeVerdict(v: Verdict): string {
  return v.ok ? 'OK' : `${v.line}:${v.column}: ${v.message}`;
}
