/**
 * Real Nix worlds for integration tests: local flakes in git repositories under one temp directory, locked and
 * built by the real `nix` (2.8 here) and real `git`, with no network and nothing read from the machine's or the
 * user's configuration.
 *
 *   const world = await World.create();
 *   const dep = await world.repo('dep', { 'flake.nix': flakeNix({ outputs: '{ self }: { }' }) });
 *   const root = await world.repo('root', {
 *     'flake.nix': flakeNix({ inputs: { dep: { url: dep.url } }, outputs: '{ self, dep }: { }' }),
 *   });
 *   await world.lock(root);                       // nix flake lock; returns the flake.lock text
 *   await dep.commit({ 'x': '1' }, 'bump');        // a new revision …
 *   await world.update(root, ['dep']);             // … moved into the lock (`--update-input` on Nix < 2.19)
 *   await world.cleanup();
 *
 * Isolation: every nix and git process gets HOME, XDG_* and NIX_CONF_DIR inside the world, a nix.conf written here
 * (flakes on, no substituters, no sandbox, no build users group, an empty flake registry so an indirect reference
 * fails at once instead of trying the network), git identity and dates through GIT_AUTHOR_* / GIT_COMMITTER_* and
 * no system or global git config. Commands are argv arrays run through src/exec/process.ts (never a shell).
 *
 * Packages without nixpkgs: `derivation({ name: 'hello-2.12', env: { dep: 'self.packages.x86_64-linux.lib' } })`
 * writes a `builtins.derivation` built by /bin/sh with shell builtins only (see ../shared/NIX-HERE.md); values in
 * `env` become attributes of the derivation, so `$dep` in the script is the dependency's store path and the
 * dependency is part of the closure.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NixError } from '../../src/core/errors.js';
import { runProcess, type RunResult } from '../../src/exec/process.js';

/** Relative path → file contents. */
export type FileTree = Readonly<Record<string, string>>;

export interface WorldOptions {
  /** Prefix of the temp directory name. */
  readonly name?: string;
  /** Extra nix.conf lines (`key = value`), e.g. `['allow-dirty = false']`. */
  readonly nixConf?: readonly string[];
}

export interface RunOpts {
  readonly cwd?: string;
  /** Default true: a non-zero exit throws (NixError for nix). */
  readonly check?: boolean;
  readonly timeoutMs?: number;
}

/** The Nix system of this machine (`x86_64-linux`, `aarch64-darwin`, …). */
export const SYSTEM = `${process.arch === 'arm64' ? 'aarch64' : process.arch === 'x64' ? 'x86_64' : process.arch}-${
  process.platform === 'darwin' ? 'darwin' : 'linux'
}`;

const DEFAULT_TIMEOUT_MS = 120_000;

export class World {
  private commitClock = 1_700_000_000;
  private versionCache?: Promise<readonly number[]>;

  private constructor(
    /** The temp directory holding everything (repos under `repos/`). */
    readonly dir: string,
    /** The empty flake registry Nix is pointed at. */
    readonly registryFile: string,
    /** Environment of every nix and git process. */
    readonly env: Readonly<Record<string, string>>,
  ) {}

  static async create(opts: WorldOptions = {}): Promise<World> {
    const dir = await mkdtemp(path.join(tmpdir(), `${opts.name ?? 'fs-world'}-`));
    for (const sub of ['home', 'cache', 'config', 'state', 'etc-nix', 'repos']) await mkdir(path.join(dir, sub));
    const registryFile = path.join(dir, 'registry.json');
    await writeFile(registryFile, '{"flakes":[],"version":2}\n');
    const nixConf = [
      'experimental-features = nix-command flakes',
      'substituters =',
      'build-users-group =',
      'sandbox = false',
      `flake-registry = ${registryFile}`,
      ...(opts.nixConf ?? []),
    ].join('\n');
    await writeFile(path.join(dir, 'etc-nix', 'nix.conf'), `${nixConf}\n`);
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: path.join(dir, 'home'),
      XDG_CACHE_HOME: path.join(dir, 'cache'),
      XDG_CONFIG_HOME: path.join(dir, 'config'),
      XDG_STATE_HOME: path.join(dir, 'state'),
      XDG_DATA_HOME: path.join(dir, 'state'),
      NIX_CONF_DIR: path.join(dir, 'etc-nix'),
      NIX_USER_CONF_FILES: path.join(dir, 'config', 'nix', 'nix.conf'),
      NIX_CONFIG: nixConf,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_TERMINAL_PROMPT: '0',
      GIT_AUTHOR_NAME: 'World Test',
      GIT_AUTHOR_EMAIL: 'world@example.invalid',
      GIT_COMMITTER_NAME: 'World Test',
      GIT_COMMITTER_EMAIL: 'world@example.invalid',
      LANG: 'C.UTF-8',
    };
    if (process.env['TMPDIR']) env['TMPDIR'] = process.env['TMPDIR'];
    return new World(dir, registryFile, env);
  }

  /** An absolute path inside the world. */
  path(...parts: string[]): string {
    return path.join(this.dir, ...parts);
  }

  /** Runs nix with argv (no shell) in the world's environment; failures throw NixError with stderr. */
  nix(args: readonly string[], opts: RunOpts = {}): Promise<RunResult> {
    return runProcess('nix', args, {
      cwd: opts.cwd ?? this.dir,
      env: this.env,
      check: opts.check,
      timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      errorClass: NixError,
    });
  }

  /** Runs git with argv in `cwd`. */
  git(cwd: string, args: readonly string[], extraEnv: Readonly<Record<string, string>> = {}): Promise<RunResult> {
    return runProcess('git', args, { cwd, env: { ...this.env, ...extraEnv }, timeoutMs: DEFAULT_TIMEOUT_MS });
  }

  /** `nix --version` as numbers (`[2, 8, 0]`), read once. */
  nixVersion(): Promise<readonly number[]> {
    this.versionCache ??= this.nix(['--version']).then((r) => {
      const m = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(r.stdout);
      if (!m) throw new Error(`cannot read the Nix version from '${r.stdout.trim()}'`);
      return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
    });
    return this.versionCache;
  }

  /**
   * Creates a git repository `repos/<name>` with `files` (flake.nix, default.nix, …) committed on branch `main`.
   * Its `url` is `git+file:///abs/path`.
   */
  async repo(name: string, files: FileTree, message = 'init'): Promise<Repo> {
    const dir = this.path('repos', name);
    await mkdir(dir, { recursive: true });
    await this.git(dir, ['init', '--quiet', '--initial-branch=main']);
    const repo = new Repo(this, name, dir);
    await repo.commit(files, message);
    return repo;
  }

  /** Author and committer date of the next commit: a fixed clock, one minute per commit, so runs are reproducible. */
  nextCommitDate(): string {
    this.commitClock += 60;
    return `${this.commitClock} +0000`;
  }

  /** `nix flake lock` on a flake (a Repo or a directory / flake reference); returns the flake.lock text. */
  async lock(flake: Repo | string, extraArgs: readonly string[] = []): Promise<string> {
    const ref = flakeArg(flake);
    await this.nix(['flake', 'lock', ref, ...extraArgs]);
    return readFile(path.join(flakeDir(flake), 'flake.lock'), 'utf8');
  }

  /**
   * Updates inputs of a flake's lock: all of them when `inputs` is empty (`nix flake update`), otherwise the named
   * ones (`nix flake lock --update-input X` before Nix 2.19, `nix flake update X --flake DIR` from 2.19).
   * Returns the new flake.lock text.
   */
  async update(flake: Repo | string, inputs: readonly string[] = []): Promise<string> {
    const ref = flakeArg(flake);
    const [major = 0, minor = 0] = await this.nixVersion();
    const modern = major > 2 || (major === 2 && minor >= 19);
    if (inputs.length === 0) await this.nix(modern ? ['flake', 'update', '--flake', ref] : ['flake', 'update', ref]);
    else if (modern) await this.nix(['flake', 'update', ...inputs, '--flake', ref]);
    else await this.nix(['flake', 'lock', ref, ...inputs.flatMap((i) => ['--update-input', i])]);
    return readFile(path.join(flakeDir(flake), 'flake.lock'), 'utf8');
  }

  /** `nix build --no-link --json` of installables; returns the `outputs.out` store paths in order. */
  async build(installables: readonly string[], extraArgs: readonly string[] = []): Promise<string[]> {
    const r = await this.nix(['build', '--no-link', '--json', ...installables, ...extraArgs]);
    const parsed = JSON.parse(r.stdout) as { outputs: Record<string, string> }[];
    return parsed.map((p) => p.outputs['out'] ?? '');
  }

  /** Removes the world's directory (store paths stay in /nix/store, as with any Nix use). */
  async cleanup(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}

export class Repo {
  constructor(
    readonly world: World,
    readonly name: string,
    /** Absolute path of the working tree. */
    readonly dir: string,
  ) {}

  /** `git+file:///abs/path`. */
  get url(): string {
    return `git+file://${this.dir}`;
  }

  /** `path:/abs/path` (the working tree as it is, uncommitted files included). */
  get pathUrl(): string {
    return `path:${this.dir}`;
  }

  /** Writes files (creating directories) without committing. */
  async write(files: FileTree): Promise<void> {
    for (const [rel, text] of Object.entries(files)) {
      const file = path.join(this.dir, rel);
      if (!file.startsWith(this.dir + path.sep)) throw new Error(`'${rel}' is outside the repository`);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, text);
    }
  }

  /** Writes `files`, stages everything and commits; returns the new revision. */
  async commit(files: FileTree = {}, message = 'update'): Promise<string> {
    await this.write(files);
    await this.world.git(this.dir, ['add', '--all']);
    const date = this.world.nextCommitDate();
    await this.world.git(this.dir, ['commit', '--quiet', '--allow-empty', '-m', message], {
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    });
    return this.rev();
  }

  /** The revision of HEAD. */
  async rev(): Promise<string> {
    return (await this.world.git(this.dir, ['rev-parse', 'HEAD'])).stdout.trim();
  }

  /** The flake.lock in the working tree. */
  readLock(): Promise<string> {
    return readFile(path.join(this.dir, 'flake.lock'), 'utf8');
  }
}

function flakeArg(flake: Repo | string): string {
  return typeof flake === 'string' ? flake : flake.dir;
}

function flakeDir(flake: Repo | string): string {
  if (typeof flake !== 'string') return flake.dir;
  return flake.replace(/^(git\+file|path):(\/\/)?/, '').replace(/\?.*$/, '');
}

// ------------------------------------------------------------------------------------------------ Nix text

/** A Nix string literal for any text (`"…"` with `\`, `"` and `${` escaped). */
export function nixString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$\{/g, '\\${').replace(/\n/g, '\\n')}"`;
}

/** One input of `flakeNix({ inputs })`: every field optional; nested `inputs` are overrides. */
export interface InputSpec {
  readonly url?: string;
  readonly flake?: boolean;
  readonly follows?: string;
  readonly inputs?: Readonly<Record<string, InputSpec>>;
}

function inputBody(spec: InputSpec, indent: string): string {
  const lines: string[] = [];
  if (spec.url !== undefined) lines.push(`url = ${nixString(spec.url)};`);
  if (spec.flake !== undefined) lines.push(`flake = ${spec.flake};`);
  if (spec.follows !== undefined) lines.push(`follows = ${nixString(spec.follows)};`);
  if (spec.inputs) lines.push(`inputs = ${inputsText(spec.inputs, indent + '  ')};`);
  return `{\n${lines.map((l) => `${indent}  ${l}`).join('\n')}\n${indent}}`;
}

function inputsText(inputs: Readonly<Record<string, InputSpec>>, indent: string): string {
  const body = Object.entries(inputs).map(([name, spec]) => `${indent}  ${name} = ${inputBody(spec, indent + '  ')};`);
  return `{\n${body.join('\n')}\n${indent}}`;
}

export interface FlakeNixOptions {
  readonly description?: string;
  /** Inputs as specs, or raw Nix text of the `inputs` attribute set. */
  readonly inputs?: Readonly<Record<string, InputSpec>> | string;
  /** Raw Nix text of the `outputs` function, e.g. `{ self, dep }: { }`. */
  readonly outputs: string;
}

/** A flake.nix text. */
export function flakeNix(opts: FlakeNixOptions): string {
  const parts: string[] = [];
  if (opts.description !== undefined) parts.push(`  description = ${nixString(opts.description)};`);
  if (opts.inputs !== undefined) {
    parts.push(`  inputs = ${typeof opts.inputs === 'string' ? opts.inputs : inputsText(opts.inputs, '  ')};`);
  }
  parts.push(`  outputs = ${opts.outputs};`);
  return `{\n${parts.join('\n')}\n}\n`;
}

export interface DerivationOptions {
  /** `pname-version`, as Nix splits it (`hello-2.12`). */
  readonly name: string;
  /** Shell script run by /bin/sh (builtins only: echo, printf, read, [ ]); default writes the name to $out. */
  readonly script?: string;
  /** Extra derivation attributes: name → Nix expression (e.g. another derivation), visible as `$name`. */
  readonly env?: Readonly<Record<string, string>>;
  readonly system?: string;
}

/** A `builtins.derivation { … }` Nix expression. */
export function derivation(opts: DerivationOptions): string {
  const script = opts.script ?? `echo ${opts.name} > $out`;
  const extra = Object.entries(opts.env ?? {}).map(([k, v]) => ` ${k} = ${v};`);
  return (
    `builtins.derivation { name = ${nixString(opts.name)}; system = ${nixString(opts.system ?? SYSTEM)};` +
    ` builder = "/bin/sh"; args = [ "-c" ${nixString(script)} ];${extra.join('')} }`
  );
}
