/**
 * The `Nix` port and its implementation over the one process runner: the only code that runs Nix.
 *
 * - A token reaches Nix only through `NIX_CONFIG` (`access-tokens = <host>=<token>` appended to the caller's
 *   NIX_CONFIG, for github.com or the GitHub Enterprise server it belongs to), is registered with the logger as a
 *   secret and redacted from every output and error.
 * - Failures are `NixError`s carrying the argv, the exit code and the tail of stderr. A failed build is a result.
 */
import { closureOf } from '../closure/reference-graph.js';
import type { PathInfo, StoreGraph } from '../closure/reference-graph.js';
import { NixError, stripAnsi, tail } from '../core/errors.js';
import type { Logger } from '../core/ports.js';
import { runProcess } from '../exec/process.js';
import type { ProcessRunner, RunResult } from '../exec/process.js';
import {
  buildArgs,
  currentSystemArgs,
  evalArgs,
  evalExprArgs,
  flakeMetadataArgs,
  graphmlArgs,
  lockArgs,
  logArgs,
  nixStoreProgram,
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
  parseGraphML,
  parsePathInfoJson,
  type BuiltPath,
  type FlakeMetadata,
} from './parse-output.js';
import { nixFeatures, parseNixVersion, type NixFeatures, type NixVersion } from './nix-version.js';

/** The outcome of building one store derivation (every output of it). */
export type BuildResult =
  | {
      readonly drvPath: string;
      readonly ok: true;
      /** Output name → store path. */
      readonly outputs: Readonly<Record<string, string>>;
    }
  | {
      readonly drvPath: string;
      readonly ok: false;
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
   * Builds every output of the store derivations `drvPaths` (from `nix eval` of `drvPath`, so nothing is evaluated
   * again) in one `nix build --keep-going` call, and returns one result per distinct derivation, keyed by its path.
   * Results are matched by derivation path, never by position: Nix prints them in its own order (2.8 sorts them
   * by derivation path; 2.26 repeats some), so several outputs that share a derivation all get its result.
   * On failure, one `path-info --derivation -r` call gives the build graph that attributes each failing derivation
   * (named in stderr), and one more `nix build` of the derivations that did build reads their outputs: Nix prints no
   * JSON when anything failed, and those outputs are in the store by then, so nothing is built twice.
   */
  build(drvPaths: readonly string[]): Promise<ReadonlyMap<string, BuildResult>>;
  /** The build log of a derivation ('' when Nix has none). */
  log(drv: string): Promise<string>;
  /**
   * NAR size and references of every path in the closure of `paths`, from one `nix path-info --recursive` call.
   * With `derivation`, the closure of the store derivations instead of the outputs.
   */
  pathInfoClosure(paths: readonly string[], opts?: { readonly derivation?: boolean }): Promise<Map<string, PathInfo>>;
  /** NAR size and references of every path in the closure of `paths` (`closureGraph` below). */
  closureGraph(paths: readonly string[]): Promise<StoreGraph>;
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
  /**
   * The host the token is for: `github.com` (the default), or a GitHub Enterprise Server's host (`ghe.example.com`,
   * with `:port` when not the default), which Nix matches against a `github:` input's `host=`.
   */
  readonly tokenHost?: string;
  readonly logger: Logger;
}

/** `NIX_CONFIG` with the access token for `host` appended (one setting per line, as nix.conf). */
export function nixConfigWithToken(existing: string | undefined, token: string, host = 'github.com'): string {
  if (!/^[A-Za-z0-9.-]+(?::\d+)?$/.test(host)) throw new Error(`nixConfigWithToken: not a host name: '${host}'`);
  const line = `access-tokens = ${host}=${token}`;
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

export interface ClosureGraphParams {
  readonly runner?: ProcessRunner;
  readonly options: Pick<NixAdapterOptions, 'nixBin' | 'env' | 'timeoutMs'>;
}

/**
 * NAR size and references of every path in the closure of `paths`, from one `nix-store --query --graphml` call
 * (see `graphmlArgs`). Needs no `nix --version` first: the command and its output are the same in every Nix from
 * 2.4 on. A path that is not valid makes Nix fail (`error: path '…' is not valid`): a NixError.
 */
export async function closureGraph(params: ClosureGraphParams, paths: readonly string[]): Promise<StoreGraph> {
  const run = params.runner ?? runProcess;
  const { options } = params;
  const r = await run(nixStoreProgram(options.nixBin), graphmlArgs(paths), {
    env: options.env,
    errorClass: NixError,
    timeoutMs: options.timeoutMs,
  });
  return readGraphML(r, paths);
}

function readGraphML(r: RunResult, paths: readonly string[]): StoreGraph {
  const storeDir = paths[0]!.slice(0, paths[0]!.lastIndexOf('/'));
  let graph: StoreGraph;
  try {
    graph = parseGraphML(r.stdout, storeDir);
  } catch (e) {
    throw new NixError(r.argv, r.code, r.stderr, e instanceof NixOutputError ? e.message : String(e));
  }
  const missing = paths.filter((p) => {
    const i = graph.find(p);
    return i === undefined || graph.sizes[i]! < 0;
  });
  if (missing.length > 0) throw new NixError(r.argv, r.code, r.stderr, `no node for ${missing.join(', ')}`);
  return graph;
}

export function createNix(params: CreateNixParams): Nix {
  const run = params.runner ?? runProcess;
  const { features, options, logger, token } = params;
  const bin = options.nixBin ?? 'nix';
  const secrets = token ? [token] : [];
  if (token) logger.setSecret(token);
  const baseEnv = options.env ?? process.env;
  const env: Record<string, string | undefined> = { ...baseEnv };
  if (token) env['NIX_CONFIG'] = nixConfigWithToken(baseEnv['NIX_CONFIG'], token, params.tokenHost);

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

  /** The JSON of a successful build, by derivation; a derivation without its outputs is a NixError. */
  const builtOutputs = (r: RunResult, drvs: readonly string[]): Map<string, BuildResult> => {
    let built: BuiltPath[];
    try {
      built = parseBuildJson(r.stdout);
    } catch (e) {
      throw outputError(r, e);
    }
    const byDrv = new Map(built.map((b) => [b.drvPath, b]));
    const results = new Map<string, BuildResult>();
    for (const drvPath of drvs) {
      const b = byDrv.get(drvPath);
      if (!b) throw new NixError(r.argv, r.code, r.stderr, `no result for '${drvPath}'`);
      const outputs: Record<string, string> = {};
      for (const [name, p] of Object.entries(b.outputs)) {
        if (p === null) throw new NixError(r.argv, r.code, r.stderr, `no path for output '${name}' of '${drvPath}'`);
        outputs[name] = p;
      }
      results.set(drvPath, { drvPath, ok: true, outputs });
    }
    return results;
  };

  const build = async (drvPaths: readonly string[]): Promise<ReadonlyMap<string, BuildResult>> => {
    const drvs = [...new Set(drvPaths)];
    if (drvs.length === 0) return new Map();
    const r = await exec(buildArgs(features, options, drvs), false);
    if (r.code === 0) return builtOutputs(r, drvs);

    // Something failed: which derivations have a failing one in their build graph?
    const failures = parseBuildFailures(r.stderr);
    const failing = new Set([...failures.failed, ...failures.dependencyFailed]);
    const leaves = new Set(failures.failed);
    const message = tail(stripAnsi(r.stderr), 20);
    const failed = (drvPath: string, failedDrvs: readonly string[], msg: string): BuildResult => ({
      drvPath,
      ok: false,
      failedDrvs,
      message: msg,
    });
    if (failing.size === 0) {
      // A failure Nix did not tie to a derivation (disk full, interrupted, …): every derivation failed with it.
      return new Map(drvs.map((d) => [d, failed(d, [], message)]));
    }
    const graph = await pathInfoClosure(drvs, { derivation: true });
    const results = new Map<string, BuildResult>();
    const built: string[] = [];
    for (const d of drvs) {
      const inGraph = [...closureOf([d], graph).keys()].filter((x) => failing.has(x));
      if (inGraph.length === 0) {
        built.push(d);
        continue;
      }
      const failedDrvs = inGraph.filter((x) => leaves.has(x)).sort();
      results.set(d, failed(d, failedDrvs, failedDrvs.length > 0 ? failureMessage(r.stderr, failedDrvs) : message));
    }
    if (built.length > 0) {
      const again = await exec(buildArgs(features, options, built), false);
      if (again.code === 0) for (const [d, res] of builtOutputs(again, built)) results.set(d, res);
      else for (const d of built) results.set(d, failed(d, [], tail(stripAnsi(again.stderr), 20)));
    }
    return new Map(drvs.map((d) => [d, results.get(d)!]));
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
    async closureGraph(paths) {
      const program = nixStoreProgram(options.nixBin);
      const args = graphmlArgs(paths);
      logger.debug(`$ ${program} ${args.join(' ')}`);
      const r = await run(program, args, { env, secrets, errorClass: NixError, timeoutMs: options.timeoutMs });
      return readGraphML(r, paths);
    },
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
