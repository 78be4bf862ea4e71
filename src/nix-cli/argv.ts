/**
 * Pure builders of every `nix` argv the tool runs (after the program name). Each takes the features of the Nix at
 * hand and the user's options, so the exact command line for any version is a table test away.
 *
 * Every command carries `--extra-experimental-features 'nix-command flakes'` (a nix.conf without flakes still
 * works; `extra-` adds to the user's list instead of replacing it), then the user's extra options as given, then
 * `--accept-flake-config` only when the user opted in (it lets a flake's `nixConfig` change settings).
 */
import { UserError } from '../core/errors.js';
import type { NixFeatures } from './nix-version.js';

export interface NixArgvOptions {
  /** Extra arguments passed through to every nix call, as given (`--option cores 4`, `--max-jobs 2`). */
  readonly nixOptions: readonly string[];
  readonly acceptFlakeConfig: boolean;
}

export const EXPERIMENTAL_FEATURES = ['--extra-experimental-features', 'nix-command flakes'] as const;

export function commonArgs(options: NixArgvOptions): string[] {
  return [
    ...EXPERIMENTAL_FEATURES,
    ...options.nixOptions,
    ...(options.acceptFlakeConfig ? ['--accept-flake-config'] : []),
  ];
}

/** Input paths as Nix reads them (`nixpkgs`, `home-manager/nixpkgs`): no empty parts, nothing Nix would take for a flag. */
function checkInputPath(input: string, features: NixFeatures): void {
  const parts = input.split('/');
  if (input === '' || input.startsWith('-') || parts.some((p) => p === '' || !/^[A-Za-z0-9_'.+-]+$/.test(p))) {
    throw new UserError(
      `invalid input name '${input}'`,
      undefined,
      undefined,
      'expected an input name such as nixpkgs, or an input path such as home-manager/nixpkgs',
    );
  }
  if (parts.length > 1 && !features.nestedInputUpdate) {
    throw new UserError(
      `this Nix cannot update the nested input '${input}'`,
      undefined,
      undefined,
      `list the top-level input '${parts[0]}' instead, or use a newer Nix`,
    );
  }
}

function checkOperand(what: string, value: string): void {
  if (value === '' || value.startsWith('-')) {
    throw new UserError(
      `invalid ${what} '${value}'`,
      undefined,
      undefined,
      `a ${what} cannot be empty or start with '-'`,
    );
  }
}

/** Update the lock of the flake in `flakeDir`: every input when `inputs` is empty, else only those. */
export function updateArgs(
  features: NixFeatures,
  options: NixArgvOptions,
  flakeDir: string,
  inputs: readonly string[],
): string[] {
  checkOperand('flake directory', flakeDir);
  for (const i of inputs) checkInputPath(i, features);
  if (features.updateForm === 'flake-update') {
    return ['flake', 'update', ...commonArgs(options), ...inputs, '--flake', flakeDir];
  }
  if (inputs.length === 0) return ['flake', 'update', ...commonArgs(options), flakeDir];
  return ['flake', 'lock', ...commonArgs(options), flakeDir, ...inputs.flatMap((i) => ['--update-input', i])];
}

/** Create or complete the lock file without updating locked inputs. */
export function lockArgs(options: NixArgvOptions, flakeDir: string): string[] {
  checkOperand('flake directory', flakeDir);
  return ['flake', 'lock', ...commonArgs(options), flakeDir];
}

/** `nix eval --json FLAKE#ATTR [--apply FN]`. */
export function evalArgs(options: NixArgvOptions, flakeRef: string, attr: string, apply?: string): string[] {
  checkOperand('flake reference', flakeRef);
  return [
    'eval',
    ...commonArgs(options),
    '--json',
    attr === '' ? flakeRef : `${flakeRef}#${attr}`,
    ...(apply !== undefined ? ['--apply', apply] : []),
  ];
}

/**
 * `nix eval --impure --json --expr EXPR [--apply FN]`: an expression of the tool's own making (output discovery
 * over `builtins.getFlake`), impure because `getFlake` of an unlocked path and `currentSystem` need it.
 */
export function evalExprArgs(options: NixArgvOptions, expr: string, apply?: string): string[] {
  return [
    'eval',
    ...commonArgs(options),
    '--impure',
    '--json',
    '--expr',
    expr,
    ...(apply !== undefined ? ['--apply', apply] : []),
  ];
}

/** `builtins.currentSystem`, read from the running Nix. */
export function currentSystemArgs(options: NixArgvOptions): string[] {
  return ['eval', ...commonArgs(options), '--impure', '--json', '--expr', 'builtins.currentSystem'];
}

/**
 * Build every output of the store derivations `drvPaths` in one call, so one failure does not stop the others
 * (`--keep-going`) and nothing is evaluated (the derivations come from `nix eval`). The form that means "every
 * output" depends on the version: a bare `.drv` path up to 2.14, `.drv^*` from 2.13 (see `NixFeatures.drvOutputs`).
 */
export function buildArgs(features: NixFeatures, options: NixArgvOptions, drvPaths: readonly string[]): string[] {
  if (drvPaths.length === 0) throw new Error('buildArgs: no derivations');
  for (const d of drvPaths) {
    checkOperand('store derivation', d);
    if (!d.startsWith('/') || !d.endsWith('.drv')) throw new Error(`buildArgs: not a store derivation path: '${d}'`);
  }
  return [
    'build',
    ...commonArgs(options),
    '--keep-going',
    '--no-link',
    '--json',
    ...drvPaths.map((d) => (features.drvOutputs === 'drv^*' ? `${d}^*` : d)),
  ];
}

/**
 * `nix path-info --json` of `paths`, with `recursive` their whole closure. `derivation`: the store derivations of
 * installables or `.drv` paths themselves rather than their outputs (for the build graph).
 */
export function pathInfoArgs(
  features: NixFeatures,
  options: NixArgvOptions,
  paths: readonly string[],
  opts: { readonly recursive?: boolean; readonly derivation?: boolean } = {},
): string[] {
  if (paths.length === 0) throw new Error('pathInfoArgs: no paths');
  for (const p of paths) checkOperand('store path', p);
  return [
    'path-info',
    ...commonArgs(options),
    '--json',
    ...(features.pathInfoJsonFormat !== undefined ? ['--json-format', String(features.pathInfoJsonFormat)] : []),
    ...(opts.recursive ? ['--recursive'] : []),
    ...(opts.derivation ? ['--derivation'] : []),
    ...paths,
  ];
}

/**
 * `nix-store --query --graphml PATH…` (after the program name; see `nixStoreProgram`): the closure of the paths as
 * one GraphML document, each path a `<node>` with its `narSize`, each reference an `<edge>` (parsed by
 * `parseGraphML`). The same document in every Nix from 2.4 to 2.3x; the cheapest closure query Nix has: a plain
 * walk of the references without the async closure machinery of `nix path-info -r` or the JSON (hashes,
 * signatures) it renders: about two thirds of `nix path-info -r --json`'s time for the same paths on Nix 2.8.
 * `nix-store` takes no experimental features and no `nix` options.
 */
export function graphmlArgs(paths: readonly string[]): string[] {
  if (paths.length === 0) throw new Error('graphmlArgs: no paths');
  for (const p of paths) checkOperand('store path', p);
  return ['--query', '--graphml', ...paths];
}

/** The `nix-store` program beside `nix` (`/opt/nix/bin/nix` → `/opt/nix/bin/nix-store`; `nix` → `nix-store` on PATH). */
export function nixStoreProgram(nixBin = 'nix'): string {
  const slash = nixBin.lastIndexOf('/');
  return slash < 0 ? 'nix-store' : `${nixBin.slice(0, slash + 1)}nix-store`;
}

/** The build log of a derivation. */
export function logArgs(options: NixArgvOptions, drv: string): string[] {
  checkOperand('derivation', drv);
  return ['log', ...commonArgs(options), drv];
}

/** Nix's own closure diff (text only in every version). */
export function diffClosuresArgs(options: NixArgvOptions, before: string, after: string): string[] {
  checkOperand('store path', before);
  checkOperand('store path', after);
  return ['store', 'diff-closures', ...commonArgs(options), before, after];
}

/** `nix flake metadata --json FLAKE`. */
export function flakeMetadataArgs(options: NixArgvOptions, flakeRef: string): string[] {
  checkOperand('flake reference', flakeRef);
  return ['flake', 'metadata', ...commonArgs(options), '--json', flakeRef];
}
