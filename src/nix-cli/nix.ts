/**
 * The `Nix` port and its implementation over the one process runner: the only code that runs Nix.
 *
 * - A token reaches Nix only through `NIX_CONFIG` (`access-tokens = github.com=<token>` appended to the caller's
 *   NIX_CONFIG), is registered with the logger as a secret and redacted from every output and error.
 * - Failures are `NixError`s carrying the argv, the exit code and the tail of stderr. A failed build is a result.
 */
import { closureOf } from '../closure/graph.js';
import type { PathInfo } from '../closure/graph.js';
import { NixError, tail } from '../engine/errors.js';
import type { Logger } from '../engine/ports.js';
import { runProcess } from '../exec/run.js';
import type { ProcessRunner, RunResult } from '../exec/run.js';
import {
  buildArgs,
  currentSystemArgs,
  evalArgs,
  evalExprArgs,
  flakeMetadataArgs,
  lockArgs,
  logArgs,
  pathInfoArgs,
  updateArgs,
  type NixArgvOptions,
} from './argv.js';
import {
  NixOutputError,
  parseBuildFailures,
  parseBuildJson,
  parseEvalJson,
  parseFlakeMetadata,
  parsePathInfoJson,
  stripAnsi,
  type BuiltPath,
  type FlakeMetadata,
} from './parse.js';
import { nixFeatures, parseNixVersion, type NixFeatures, type NixVersion } from './version.js';

/** The outcome of building one installable. */
export type BuildResult =
  | {
      readonly installable: string;
      readonly ok: true;
      readonly drvPath: string;
      /** Output name → store path. */
      readonly outputs: Readonly<Record<string, string>>;
    }
  | {
      readonly installable: string;
      readonly ok: false;
      /** `eval`: it did not evaluate; `build`: it or a dependency failed to build. */
      readonly stage: 'eval' | 'build';
      readonly drvPath?: string;
      /** Derivations in its build graph whose own builder failed: give these to `log()`. */
      readonly failedDrvs: readonly string[];
      /** The tail of Nix's error output for this failure. */
      readonly message: string;
    };

export interface Nix {
  readonly features: NixFeatures;
  /** `nix --version`, read once. */
  version(): Promise<NixVersion>;
  /** Update every input of the flake in `flakeDir` (none listed) or the listed input paths. Nix writes the lock. */
  updateLock(flakeDir: string, inputs: readonly string[]): Promise<void>;
  /** Create or complete the lock file without updating anything. */
  lock(flakeDir: string): Promise<void>;
  /** `nix eval --json FLAKE#ATTR [--apply FN]`, parsed. */
  evalJson(flakeRef: string, attr: string, apply?: string): Promise<unknown>;
  /** `nix eval --impure --json --expr EXPR [--apply FN]`, parsed. */
  evalExprJson(expr: string, apply?: string): Promise<unknown>;
  /**
   * Builds all installables in one `nix build --keep-going` call and returns one result per installable, in order.
   * On failure, one `--dry-run` call maps installables to derivations and one `path-info --derivation -r` call
   * gives the build graph that attributes each failing derivation; only when evaluation itself fails is each
   * installable evaluated alone to find the ones that do not.
   */
  build(installables: readonly string[]): Promise<BuildResult[]>;
  /** The build log of a derivation ('' when Nix has none). */
  log(drv: string): Promise<string>;
  /**
   * NAR size and references of every path in the closure of `paths`, from one `nix path-info --recursive` call.
   * With `derivation`, the closure of the store derivations instead of the outputs.
   */
  pathInfoClosure(paths: readonly string[], opts?: { readonly derivation?: boolean }): Promise<Map<string, PathInfo>>;
  /** `builtins.currentSystem`. */
  currentSystem(): Promise<string>;
  flakeMetadata(flakeRef: string): Promise<FlakeMetadata>;
}

export interface NixAdapterOptions extends NixArgvOptions {
  /** The `nix` program; default `nix` on PATH. */
  readonly nixBin?: string;
  /** Base environment for Nix; default this process's. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Per-call timeout; none by default. */
  readonly timeoutMs?: number;
}

export interface CreateNixParams {
  readonly runner?: ProcessRunner;
  readonly features: NixFeatures;
  readonly options: NixAdapterOptions;
  /** A GitHub token for fetching inputs; reaches Nix only through NIX_CONFIG. */
  readonly token?: string;
  readonly logger: Logger;
}

/** `NIX_CONFIG` with the access token appended (one setting per line, as nix.conf). */
export function nixConfigWithToken(existing: string | undefined, token: string): string {
  const line = `access-tokens = github.com=${token}`;
  return existing && existing.trim() !== '' ? `${existing.replace(/\n+$/, '')}\n${line}` : line;
}

/** Reads `nix --version` once and derives the features. */
export async function detectNix(params: {
  readonly runner?: ProcessRunner;
  readonly nixBin?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
}): Promise<{ version: NixVersion; features: NixFeatures }> {
  const run = params.runner ?? runProcess;
  const r = await run(params.nixBin ?? 'nix', ['--version'], { env: params.env, errorClass: NixError });
  const version = parseNixVersion(r.stdout);
  return { version, features: nixFeatures(version) };
}

export function createNix(params: CreateNixParams): Nix {
  const run = params.runner ?? runProcess;
  const { features, options, logger, token } = params;
  const bin = options.nixBin ?? 'nix';
  const secrets = token ? [token] : [];
  if (token) logger.setSecret(token);
  const baseEnv = options.env ?? process.env;
  const env: Record<string, string | undefined> = { ...baseEnv };
  if (token) env['NIX_CONFIG'] = nixConfigWithToken(baseEnv['NIX_CONFIG'], token);

  const exec = async (args: string[], check = true, cwd?: string): Promise<RunResult> => {
    logger.debug(`$ ${bin} ${args.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a}'`)).join(' ')}`);
    return run(bin, args, { env, secrets, check, cwd, errorClass: NixError, timeoutMs: options.timeoutMs });
  };

  /** A NixError for a command that ran but whose output we could not use. */
  const outputError = (r: RunResult, e: unknown): NixError =>
    new NixError(r.argv, r.code, r.stderr, e instanceof NixOutputError ? e.message : String(e));

  let versionPromise: Promise<NixVersion> | undefined;

  const pathInfoClosure = async (
    paths: readonly string[],
    opts: { readonly derivation?: boolean } = {},
  ): Promise<Map<string, PathInfo>> => {
    const r = await exec(pathInfoArgs(features, options, paths, { recursive: true, derivation: opts.derivation }));
    let parsed;
    try {
      parsed = parsePathInfoJson(r.stdout);
    } catch (e) {
      throw outputError(r, e);
    }
    if (parsed.invalid.length > 0) {
      throw new NixError(r.argv, r.code, r.stderr, `not valid in the Nix store: ${parsed.invalid.join(', ')}`);
    }
    return parsed.infos;
  };

  const dryRun = async (installables: readonly string[]): Promise<{ r: RunResult; built?: BuiltPath[] }> => {
    const r = await exec(buildArgs(options, installables, true), false);
    if (r.code !== 0) return { r };
    let built: BuiltPath[];
    try {
      built = parseBuildJson(r.stdout);
    } catch (e) {
      throw outputError(r, e);
    }
    if (built.length !== installables.length) {
      throw new NixError(r.argv, r.code, r.stderr, `expected ${installables.length} results, got ${built.length}`);
    }
    return { r, built };
  };

  const okResult = (installable: string, b: BuiltPath): BuildResult | undefined => {
    const outputs: Record<string, string> = {};
    for (const [name, p] of Object.entries(b.outputs)) {
      if (p === null) return undefined;
      outputs[name] = p;
    }
    return { installable, ok: true, drvPath: b.drvPath, outputs };
  };

  const build = async (installables: readonly string[]): Promise<BuildResult[]> => {
    if (installables.length === 0) return [];
    const r = await exec(buildArgs(options, installables), false);
    if (r.code === 0) {
      let built: BuiltPath[];
      try {
        built = parseBuildJson(r.stdout);
      } catch (e) {
        throw outputError(r, e);
      }
      if (built.length !== installables.length) {
        throw new NixError(r.argv, r.code, r.stderr, `expected ${installables.length} results, got ${built.length}`);
      }
      return installables.map((inst, i) => {
        const ok = okResult(inst, built[i]!);
        if (!ok) throw new NixError(r.argv, r.code, r.stderr, `no output path for '${inst}'`);
        return ok;
      });
    }

    // Something failed. Which installable is which derivation?
    const dry = await dryRun(installables);
    if (!dry.built) {
      // Evaluation failed: find the installables that do not evaluate, then build the others.
      const results: (BuildResult | undefined)[] = [];
      const evaluating: string[] = [];
      for (const inst of installables) {
        const one = await dryRun([inst]);
        if (one.built) {
          evaluating.push(inst);
          results.push(undefined);
        } else {
          results.push({
            installable: inst,
            ok: false,
            stage: 'eval',
            failedDrvs: [],
            message: tail(stripAnsi(one.r.stderr), 20),
          });
        }
      }
      if (evaluating.length === installables.length) {
        // Each evaluates alone but not together: report the shared failure for all of them.
        return installables.map((inst) => ({
          installable: inst,
          ok: false,
          stage: 'eval',
          failedDrvs: [],
          message: tail(stripAnsi(dry.r.stderr), 20),
        }));
      }
      const rest = evaluating.length > 0 ? await build(evaluating) : [];
      let k = 0;
      return results.map((res) => res ?? rest[k++]!);
    }

    const failures = parseBuildFailures(r.stderr);
    const failing = new Set([...failures.failed, ...failures.dependencyFailed]);
    const leaves = new Set(failures.failed);
    const message = tail(stripAnsi(r.stderr), 20);
    if (failing.size === 0) {
      // A failure Nix did not tie to a derivation (disk full, interrupted, …): every installable failed with it.
      return installables.map((inst, i) => ({
        installable: inst,
        ok: false,
        stage: 'build',
        drvPath: dry.built![i]!.drvPath,
        failedDrvs: [],
        message,
      }));
    }
    const graph = await pathInfoClosure(
      dry.built.map((b) => b.drvPath),
      { derivation: true },
    );
    return installables.map((inst, i): BuildResult => {
      const b = dry.built![i]!;
      const closure = closureOf([b.drvPath], graph);
      const inGraph = [...closure.keys()].filter((d) => failing.has(d));
      if (inGraph.length === 0) {
        const ok = okResult(inst, b);
        if (ok) return ok;
      }
      const failedDrvs = inGraph.filter((d) => leaves.has(d)).sort();
      return {
        installable: inst,
        ok: false,
        stage: 'build',
        drvPath: b.drvPath,
        failedDrvs,
        message: failedDrvs.length > 0 ? failureMessage(r.stderr, failedDrvs) : message,
      };
    });
  };

  return {
    features,
    version() {
      versionPromise ??= exec(['--version']).then((r) => parseNixVersion(r.stdout));
      return versionPromise;
    },
    async updateLock(flakeDir, inputs) {
      await exec(updateArgs(features, options, flakeDir, inputs));
    },
    async lock(flakeDir) {
      await exec(lockArgs(options, flakeDir));
    },
    async evalJson(flakeRef, attr, apply) {
      const r = await exec(evalArgs(options, flakeRef, attr, apply));
      try {
        return parseEvalJson(r.stdout);
      } catch (e) {
        throw outputError(r, e);
      }
    },
    async evalExprJson(expr, apply) {
      const r = await exec(evalExprArgs(options, expr, apply));
      try {
        return parseEvalJson(r.stdout);
      } catch (e) {
        throw outputError(r, e);
      }
    },
    build,
    async log(drv) {
      const r = await exec(logArgs(options, drv), false);
      return r.code === 0 ? r.stdout : '';
    },
    pathInfoClosure,
    async currentSystem() {
      const r = await exec(currentSystemArgs(options));
      const v = (() => {
        try {
          return parseEvalJson(r.stdout);
        } catch (e) {
          throw outputError(r, e);
        }
      })();
      if (typeof v !== 'string' || v === '') throw outputError(r, 'expected a system name such as x86_64-linux');
      return v;
    },
    async flakeMetadata(flakeRef) {
      const r = await exec(flakeMetadataArgs(options, flakeRef));
      try {
        return parseFlakeMetadata(r.stdout);
      } catch (e) {
        throw outputError(r, e);
      }
    },
  };
}

/** The stderr blocks that mention the failing derivations (Nix prints the last log lines there), else the tail. */
function failureMessage(stderr: string, drvs: readonly string[]): string {
  const lines = stripAnsi(stderr).split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith('error:') || !drvs.some((d) => line.includes(d))) continue;
    const block = [line];
    while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1]!) && !lines[i + 1]!.startsWith('error:')) {
      block.push(lines[++i]!);
    }
    const text = block.join('\n');
    if (!out.includes(text)) out.push(text);
  }
  return out.length > 0 ? tail(out.join('\n'), 40) : tail(stripAnsi(stderr), 20);
}
