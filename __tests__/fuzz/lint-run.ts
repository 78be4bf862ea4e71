/**
 * One fuzz case through the real lint, in process: the files written into a scratch workspace, `lint()` run once
 * (what throws, and how long it takes), then the faces a user reads: the CLI (`main`, as `flake-steward lint DIR
 * --format F` runs it, stdout and stderr captured) and the action (`runLintAction`, its Logger wired to
 * @actions/core with stdout captured, so every byte a runner would read is checked, command by command).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as core from '@actions/core';
import { actionsLogger } from '../../src/action/actions-logger.js';
import { runLintAction } from '../../src/action/lint.js';
import { main } from '../../src/cli/main.js';
import { DEFAULTS, type Config } from '../../src/core/config.js';
import { UserError } from '../../src/core/errors.js';
import type { Logger } from '../../src/core/ports.js';
import { lint } from '../../src/app/lint.js';
import { excerpt, outputProblems } from './checks.js';

/** The day lint runs on (freshness rules read it). */
export const NOW = new Date('2026-11-21T12:00:00Z');

export const CLI_FACES = ['text', 'text-tty', 'json', 'sarif', 'markdown'] as const;
export type CliFace = (typeof CLI_FACES)[number];

export interface LintOutcome {
  /** What `lint()` threw that is not a UserError (a crash the user would see as a bare message). */
  readonly crash?: string;
  /** Notices of a rule that threw (the engine goes on without it: a crash hidden in a notice). */
  readonly ruleFailures: readonly string[];
  /** Time of `lint()` alone, ms. */
  readonly lintMs: number;
  readonly findings: number;
  /** Raw control characters or workflow-command lines in any output, one entry each. */
  readonly outputProblems: readonly string[];
}

export class Workspace {
  constructor(readonly dir: string) {}

  async write(nix: string | undefined, lock: string | undefined): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    for (const [name, text] of [
      ['flake.nix', nix],
      ['flake.lock', lock],
    ] as const) {
      const file = path.join(this.dir, name);
      if (text === undefined) await rm(file, { force: true });
      else await writeFile(file, text);
    }
  }
}

function lintRequest(workspace: string) {
  return {
    workspace,
    paths: ['.'],
    settings: {
      failOn: 'error' as const,
      rules: {},
      maxAge: DEFAULTS.maxAge,
      maxAgeByInput: {},
      ignore: [],
      allowedOwners: [],
    },
    rulesSetting: 'rules',
    clock: { now: () => NOW },
  };
}

/** Runs `lint()` on the workspace: the crash (if any), the rule failures, the time. */
export async function lintOnce(
  ws: Workspace,
): Promise<{ crash?: string; ruleFailures: string[]; lintMs: number; findings: number }> {
  const t0 = performance.now();
  try {
    const run = await lint(lintRequest(ws.dir));
    const lintMs = performance.now() - t0;
    const ruleFailures = run.flakes.flatMap((f) => f.notices).filter((n) => /^rule \S+ failed on /.test(n));
    return { ruleFailures, lintMs, findings: run.flakes.reduce((n, f) => n + f.findings.length, 0) };
  } catch (e) {
    const lintMs = performance.now() - t0;
    if (e instanceof UserError) return { ruleFailures: [], lintMs, findings: 0 };
    const err = e as Error;
    return { crash: `${err?.name}: ${String(err?.message ?? e).slice(0, 300)}`, ruleFailures: [], lintMs, findings: 0 };
  }
}

/** `flake-steward lint DIR --format F` in process; the problems of what it printed. */
export async function cliFace(ws: Workspace, face: CliFace): Promise<string[]> {
  let out = '';
  let err = '';
  const format = face === 'text-tty' ? 'text' : face;
  await main(['lint', ws.dir, '--format', format], {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    cwd: ws.dir,
    env: {},
    isTTY: face === 'text-tty',
  });
  const problems = [
    ...outputProblems(`cli ${face} stdout`, out, { sgr: face === 'text-tty' }),
    ...outputProblems(`cli ${face} stderr`, err),
  ];
  if (face === 'json') problems.push(...jsonFindingProblems(out));
  return problems;
}

/** Every finding of `--format json` names its file and a position, and its message is one line. */
function jsonFindingProblems(out: string): string[] {
  let findings: { message?: unknown; file?: unknown; line?: unknown; column?: unknown }[];
  try {
    findings = (JSON.parse(out) as { findings: typeof findings }).findings;
  } catch {
    return [`cli json: stdout is not the JSON contract: ${excerpt(out)}`];
  }
  const problems: string[] = [];
  for (const f of findings) {
    if (typeof f.message !== 'string' || /[\r\n]/.test(f.message))
      problems.push(`cli json: a finding's message is not one line: ${excerpt(String(f.message))}`);
    if (f.file !== 'flake.nix' && f.file !== 'flake.lock')
      problems.push(`cli json: finding in file ${excerpt(String(f.file))}`);
    if (!Number.isInteger(f.line) || !Number.isInteger(f.column) || (f.line as number) < 1 || (f.column as number) < 1)
      problems.push(`cli json: finding at ${String(f.line)}:${String(f.column)}`);
    if (problems.length >= 3) break;
  }
  return problems;
}

function actionConfig(workspace: string): Config {
  return {
    command: 'lint',
    workspace,
    paths: ['.'],
    jobSummary: true,
    format: 'text',
    lint: { failOn: 'error', rules: {}, maxAge: DEFAULTS.maxAge, maxAgeByInput: {}, ignore: [], allowedOwners: [] },
    update: {
      inputs: [],
      build: { mode: 'auto' },
      dryRun: false,
      onBuildFailure: 'fail',
      nixOptions: [],
      acceptFlakeConfig: false,
      planDir: '/nonexistent/plan',
      buildsDir: '/nonexistent/builds',
    },
    pr: {
      apiUrl: DEFAULTS.apiUrl,
      serverUrl: DEFAULTS.serverUrl,
      graphqlUrl: DEFAULTS.graphqlUrl,
      branch: DEFAULTS.branch,
      commitMode: 'api',
      title: DEFAULTS.title,
      labels: [],
      assignees: [],
      reviewers: [],
      teamReviewers: [],
      draft: false,
      autoMerge: 'off',
      signoff: false,
      maxCommits: 50,
    },
  };
}

/**
 * The action's lint on the workspace, as a runner sees it. Each write to stdout is attributed to the Logger call
 * that made it: what `info` prints reaches the log raw, so none of its lines may start with `::`; every other write
 * is one workflow command and must stay on one line. No write may hold a raw control character. The job summary
 * (`GITHUB_STEP_SUMMARY`) is checked too. `scratch` holds the runner's files.
 */
export async function actionFace(ws: Workspace, scratch: string): Promise<string[]> {
  const summaryFile = path.join(scratch, 'summary.md');
  await writeFile(summaryFile, '');
  await writeFile(path.join(scratch, 'output'), '');
  const saved = {
    GITHUB_OUTPUT: process.env['GITHUB_OUTPUT'],
    GITHUB_STEP_SUMMARY: process.env['GITHUB_STEP_SUMMARY'],
    exitCode: process.exitCode,
  };
  process.env['GITHUB_OUTPUT'] = path.join(scratch, 'output');
  process.env['GITHUB_STEP_SUMMARY'] = summaryFile;
  const writes: { level: string; text: string }[] = [];
  let level = 'direct';
  const within =
    (name: string, f: (...a: never[]) => void) =>
    (...a: never[]): void => {
      level = name;
      try {
        f(...a);
      } finally {
        level = 'direct';
      }
    };
  const logger: Logger = {
    debug: within('debug', actionsLogger.debug as never),
    info: within('info', actionsLogger.info as never),
    warning: within('warning', actionsLogger.warning as never),
    error: within('error', actionsLogger.error as never),
    notice: within('notice', actionsLogger.notice as never),
    setSecret: within('setSecret', actionsLogger.setSecret as never),
    group: async (name, fn) => {
      level = 'group';
      try {
        return await actionsLogger.group(name, async () => {
          level = 'direct';
          const r = await fn();
          level = 'group';
          return r;
        });
      } finally {
        level = 'direct';
      }
    },
  };
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    writes.push({ level, text: typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8') });
    return true;
  }) as typeof process.stdout.write;
  const problems: string[] = [];
  try {
    await runLintAction(actionConfig(ws.dir), logger);
  } catch (e) {
    if (!(e instanceof UserError)) problems.push(`action: uncaught ${(e as Error)?.name}: ${(e as Error)?.message}`);
  } finally {
    process.stdout.write = write;
    for (const [k, v] of Object.entries(saved)) {
      if (k === 'exitCode') process.exitCode = v as number | undefined;
      else if (v === undefined) delete process.env[k];
      else process.env[k] = v as string;
    }
    core.summary.emptyBuffer();
  }
  for (const w of writes) {
    if (w.level === 'info') {
      problems.push(...outputProblems('action log', w.text));
    } else {
      const body = w.text.replace(/\r?\n$/, '');
      if (/[\r\n]/.test(body)) problems.push(`action ${w.level} command on more than one line: ${excerpt(body)}`);
      problems.push(
        ...outputProblems(`action ${w.level} command`, body).filter((p) => !p.includes("starts with '::'")),
      );
    }
  }
  problems.push(...outputProblems('action job summary', await readFile(summaryFile, 'utf8')));
  return problems;
}

/** `lint()` once, then the given faces; every problem found. */
export async function lintCase(
  ws: Workspace,
  scratch: string,
  faces: { cli: readonly CliFace[]; action: boolean },
): Promise<LintOutcome> {
  const once = await lintOnce(ws);
  const problems: string[] = [];
  if (once.crash === undefined) {
    for (const face of faces.cli) problems.push(...(await cliFace(ws, face)));
    if (faces.action) problems.push(...(await actionFace(ws, scratch)));
  }
  return { ...once, outputProblems: problems };
}
