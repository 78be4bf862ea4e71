/**
 * Runs the bundled action the way GitHub runs it: `node dist/index.js` with INPUT_* variables — the inputs given, and
 * for every other input its `default` from action.yml, as the runner fills them — GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, and returns what it printed, its exit code, outputs and summary.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

export const repoRoot = path.resolve(__dirname_of(import.meta.url), '..', '..');

function __dirname_of(url: string): string {
  return path.dirname(new URL(url).pathname);
}

export interface ActionRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly tempDir: string;
}

/**
 * The temp-directory variables of a run, all inside `dir`: TMPDIR (Node's os.tmpdir(), Nix's build directories,
 * git), TMP and TEMP (read by some libraries), RUNNER_TEMP (the runner's own). A token scan of `dir` then also sees
 * what the run wrote to "the temp directory", which otherwise is the machine's /tmp, outside every scan.
 */
export function tempEnv(dir: string): Record<string, string> {
  const tmp = path.join(dir, 'tmp');
  const runnerTemp = path.join(dir, 'runner-temp');
  mkdirSync(tmp, { recursive: true });
  mkdirSync(runnerTemp, { recursive: true });
  return { TMPDIR: tmp, TMP: tmp, TEMP: tmp, RUNNER_TEMP: runnerTemp };
}

/** Parses the GITHUB_OUTPUT file format (`name<<delimiter` heredocs as @actions/core writes them). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
      out[m[1]!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const eq = lines[i]!.indexOf('=');
      out[lines[i]!.slice(0, eq)] = lines[i]!.slice(eq + 1);
    }
  }
  return out;
}

/** `INPUT_FAIL_ON` for `fail-on`, as the runner names the variable. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * The defaults action.yml declares, as the runner passes them when the workflow does not write the input. An
 * expression default (`${{ github.token }}`) is left out: there is no job token here.
 */
export function actionDefaults(): Record<string, string> {
  const spec = parseYaml(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: unknown }>;
  };
  const out: Record<string, string> = {};
  for (const [name, input] of Object.entries(spec.inputs)) {
    if (input.default === undefined || String(input.default).includes('${{')) continue;
    out[name] = String(input.default);
  }
  return out;
}

export function runAction(inputs: Record<string, string>, env: Record<string, string> = {}): ActionRun {
  const tempDir = mkdtempSync(path.join(tmpdir(), 'flake-steward-action-'));
  const outputFile = path.join(tempDir, 'output');
  const summaryFile = path.join(tempDir, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...actionDefaults(), ...inputs })) inputEnv[inputVariable(k)] = v;
  const baseEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !k.startsWith('INPUT_') && !k.startsWith('GITHUB_')) baseEnv[k] = v;
  }
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'index.js')], {
    env: {
      ...baseEnv,
      ...tempEnv(tempDir),
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      ...inputEnv,
      ...env,
    },
    encoding: 'utf8',
    timeout: 300_000,
    // room for a runaway output, so a test sees it (and its size) instead of a killed process
    maxBuffer: 256 * 1024 * 1024,
  });
  return {
    code: r.status ?? -1,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    tempDir,
  };
}

export function runCli(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), ...args], {
    cwd: opts.cwd ?? repoRoot,
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
    encoding: 'utf8',
    timeout: 300_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
