/**
 * What to build, and the store derivation of each. With `build: auto`, ONE `nix eval --json` per side lists the
 * flake's buildable outputs for the current system (`nixosConfigurations.*.config.system.build.toplevel`,
 * `homeConfigurations.*.activationPackage`, `darwinConfigurations.*.system` on darwin only, `packages.<system>.*`,
 * `devShells.<system>.*`, `checks.<system>.*`) together with each one's `drvPath`; with a list of attributes, ONE
 * `nix eval --json` gives the `drvPath` of each. The builds then name the `.drv` files, so nothing is evaluated twice
 * and every build result is matched to its output by derivation path (Nix does not print them in the order asked).
 *
 * Evaluating `drvPath` writes the store derivation (and those it depends on) but builds nothing. An output that
 * throws or fails an assertion is caught with `builtins.tryEval` and comes back as `null`; any other evaluation
 * error fails the whole call. Either way (failure path only) the outputs are then listed by name alone and each one
 * whose derivation is not known is evaluated alone, which gives Nix's own error message for it.
 *
 * The flake's whole outputs are not reachable through an installable (`FLAKE#` means the default package), so the
 * listing evaluates `builtins.getFlake` on the flake's path (impure, to accept the working tree and its current
 * `flake.lock` without writing it) and applies one of the functions below to it.
 */
import type { BuildSelection } from '../core/config.js';
import { ExecError, UserError, stripAnsi, tail } from '../core/errors.js';

export type InstallableKind = 'nixos' | 'home' | 'darwin' | 'package' | 'devShell' | 'check' | 'attr';

export interface Installable {
  /** Attribute path after `#`, with names quoted where needed: `nixosConfigurations."a.b".config.system.build.toplevel`. */
  readonly attr: string;
  readonly kind: InstallableKind;
  /** The configuration or package name (`host`, `hello`), or the attribute path for a user-listed attribute. */
  readonly name: string;
}

/** An installable on one side, with its store derivation once evaluated. */
export interface Target {
  readonly installable: Installable;
  /** The store derivation to build (absent: not evaluated yet, or it did not evaluate). */
  readonly drvPath?: string;
  /** Why it did not evaluate: the tail of Nix's error output. */
  readonly evalError?: string;
}

export interface Skipped {
  readonly attr: string;
  readonly system: string;
}

export interface Discovery {
  readonly system: string;
  /** In listing order; `drvPath` is absent where the listing did not evaluate it. */
  readonly targets: readonly Target[];
  /** Configurations for another system, not buildable here. */
  readonly skipped: readonly Skipped[];
}

/** A Nix string literal holding `s` (no interpolation). */
export function nixString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$\{/g, '\\${')}"`;
}

/** `nix eval --impure --json --expr <this>`: the flake at `flakeRef` (an absolute path or a flake URL). */
export function discoveryExpression(flakeRef: string): string {
  return `builtins.getFlake ${nixString(flakeRef)}`;
}

/**
 * `drv x`: the `drvPath` of `x`, or null when `x` is not a derivation or throws (`tryEval` catches `throw` and
 * `assert` only; `or null` covers a missing attribute on the way).
 */
const DRV = `drv = x:
    let r = builtins.tryEval (x.drvPath or null);
    in if r.success && builtins.isString r.value then r.value else null;`;

/**
 * `--apply` function over the flake: names per output kind, with each configuration's system when it can be read
 * cheaply (`pkgs.stdenv.hostPlatform.system`, as NixOS, home-manager and nix-darwin expose it), else null, and with
 * `drvPaths` the `drvPath` of every output that is built here (null for the others, and for those that throw).
 * `system` is the system to list for; `null` means `builtins.currentSystem`. Which outputs are built here is decided
 * as in `parseDiscovery`: a configuration for this system or for an unknown one; darwin ones on darwin only.
 */
export function discoveryApply(system?: string, opts: { readonly drvPaths?: boolean } = {}): string {
  const sys = system !== undefined ? nixString(system) : 'builtins.currentSystem';
  return `flake:
let
  system = ${sys};
  withDrvPaths = ${opts.drvPaths === false ? 'false' : 'true'};
  attrs = x: if builtins.isAttrs x then x else { };
  names = x: builtins.attrNames (attrs x);
  ${DRV}
  drvIf = wanted: x: if withDrvPaths && wanted then drv x else null;
  perSystem = out:
    let set = attrs ((attrs (flake.\${out} or { })).\${system} or { });
    in map (n: { name = n; drvPath = drvIf true set.\${n}; }) (names set);
  sysOf = c:
    let r = builtins.tryEval (
      let p = (attrs c).pkgs or null; in
      if builtins.isAttrs p && p ? stdenv then p.stdenv.hostPlatform.system else null);
    in if r.success && builtins.isString r.value then r.value else null;
  configs = out: enabled: select:
    map (n:
      let c = flake.\${out}.\${n}; s = sysOf c;
      in { name = n; system = s; drvPath = drvIf (enabled && (s == null || s == system)) (select c); })
    (names (flake.\${out} or { }));
in {
  inherit system;
  nixos = configs "nixosConfigurations" true (c: c.config.system.build.toplevel or null);
  home = configs "homeConfigurations" true (c: c.activationPackage or null);
  darwin = configs "darwinConfigurations" (builtins.match ".*-darwin" system != null) (c: c.system or null);
  packages = perSystem "packages";
  devShells = perSystem "devShells";
  checks = perSystem "checks";
}`;
}

/**
 * The names of an attribute path as written: `a."b.c".d` → `a`, `b.c`, `d`. A leading `.` (Nix's "this exact
 * path") is dropped; `exact` says whether there was one.
 */
export function attrPathNames(attr: string): { readonly names: string[]; readonly exact: boolean } {
  const exact = attr.startsWith('.');
  const names = splitAttrPath(exact ? attr.slice(1) : attr).map((p) =>
    p.length >= 2 && p.startsWith('"') && p.endsWith('"') ? p.slice(1, -1).replace(/\\(.)/gs, '$1') : p,
  );
  return { names, exact };
}

/**
 * Nix helpers to look up an attribute as `nix build FLAKE#ATTR` does: `packages.<system>.ATTR`, then
 * `legacyPackages.<system>.ATTR`, then `ATTR` itself (only that with a leading `.`); `find` gives the first that
 * exists, or null.
 */
const LOOKUP = `system = builtins.currentSystem;
  at = path: builtins.foldl' (v: n: if builtins.isAttrs v && v ? \${n} then v.\${n} else null) flake path;
  first = ps: if ps == [ ] then null else let v = at (builtins.head ps); in if v != null then v else first (builtins.tail ps);
  find = exact: path: first (if exact then [ path ] else [ ([ "packages" system ] ++ path) ([ "legacyPackages" system ] ++ path) path ]);`;

function nixPath(attr: string): { readonly exact: boolean; readonly path: string } {
  const { names, exact } = attrPathNames(attr);
  return { exact, path: `[ ${names.map(nixString).join(' ')} ]` };
}

/** `--apply` function over the flake: the `drvPath` of each attribute, in order (null where it does not evaluate). */
export function attrsApply(attrs: readonly string[]): string {
  const items = attrs.map((a) => {
    const p = nixPath(a);
    return `(drv (find ${p.exact} ${p.path}))`;
  });
  return `flake:
let
  ${LOOKUP}
  ${DRV}
in [ ${items.join(' ')} ]`;
}

/** `--apply` function over the flake: the `drvPath` of one attribute, unguarded, so Nix says why it fails. */
export function attrApply(attr: string): string {
  const p = nixPath(attr);
  const shown = nixString(attr.replace(/^\./, ''));
  const where = p.exact
    ? shown
    : `"packages." + system + "." + ${shown} + "', 'legacyPackages." + system + "." + ${shown} + "' or '" + ${shown}`;
  return `flake:
let
  ${LOOKUP}
  v = find ${p.exact} ${p.path};
in
if v == null then throw ("flake does not provide attribute '" + ${where} + "'")
else if builtins.isAttrs v && v ? drvPath then v.drvPath
else throw ("'" + ${shown} + "' is not a derivation")`;
}

/** An attribute name as it must be written in an attribute path: bare when it is an identifier, else quoted. */
export function attrName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_'-]*$/.test(name) ? name : nixString(name);
}

interface RawOutput {
  readonly name: string;
  /** Undefined: not evaluated by the listing (or it did not evaluate there). */
  readonly drvPath?: string;
}

interface RawConfig extends RawOutput {
  readonly system: string | null;
}

interface RawDiscovery {
  readonly system: string;
  readonly nixos: readonly RawConfig[];
  readonly home: readonly RawConfig[];
  readonly darwin: readonly RawConfig[];
  readonly packages: readonly RawOutput[];
  readonly devShells: readonly RawOutput[];
  readonly checks: readonly RawOutput[];
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function badShape(what: string): never {
  throw new UserError(
    `unexpected output of the output listing (${what})`,
    undefined,
    undefined,
    'this is a flake-steward bug; please report it with your Nix version',
  );
}

const isDrvPath = (x: unknown): x is string => typeof x === 'string' && x.startsWith('/') && x.endsWith('.drv');

/** A `drvPath` of the listing: a store derivation path, or null/absent when not known. */
function drvPathOf(x: unknown, what: string): string | undefined {
  if (x === undefined || x === null) return undefined;
  if (!isDrvPath(x)) badShape(`${what} has a drvPath that is not a store derivation`);
  return x;
}

function outputList(x: unknown, what: string): RawOutput[] {
  if (!Array.isArray(x)) badShape(`${what} is not a list`);
  return x.map((o) => {
    if (!isRecord(o) || typeof o['name'] !== 'string') badShape(`${what} entry without a name`);
    const drvPath = drvPathOf(o['drvPath'], `${what} entry`);
    return { name: o['name'] as string, ...(drvPath !== undefined ? { drvPath } : {}) };
  });
}

function configList(x: unknown, what: string): RawConfig[] {
  const outputs = outputList(x, what);
  return outputs.map((o, i) => {
    const system = (x as Record<string, unknown>[])[i]!['system'];
    if (system !== null && typeof system !== 'string') badShape(`${what} entry with a bad system`);
    return { ...o, system: system as string | null };
  });
}

function parseRaw(json: unknown): RawDiscovery {
  if (!isRecord(json) || typeof json['system'] !== 'string') badShape('not an object with a system');
  return {
    system: json['system'] as string,
    nixos: configList(json['nixos'], 'nixos'),
    home: configList(json['home'], 'home'),
    darwin: configList(json['darwin'], 'darwin'),
    packages: outputList(json['packages'], 'packages'),
    devShells: outputList(json['devShells'], 'devShells'),
    checks: outputList(json['checks'], 'checks'),
  };
}

export function isDarwin(system: string): boolean {
  return system.endsWith('-darwin');
}

/** The targets (and skipped configurations) from the listing's JSON, in a stable order. */
export function parseDiscovery(json: unknown): Discovery {
  const raw = parseRaw(json);
  const system = raw.system;
  const targets: Target[] = [];
  const skipped: Skipped[] = [];
  const target = (installable: Installable, o: RawOutput): Target => ({
    installable,
    ...(o.drvPath !== undefined ? { drvPath: o.drvPath } : {}),
  });
  const configs = (
    list: readonly RawConfig[],
    output: string,
    suffix: string,
    kind: InstallableKind,
    enabled: boolean,
  ): void => {
    for (const c of list) {
      const attr = `${output}.${attrName(c.name)}.${suffix}`;
      if (!enabled || (c.system !== null && c.system !== system)) {
        skipped.push({ attr, system: c.system ?? 'darwin' });
      } else {
        targets.push(target({ attr, kind, name: c.name }, c));
      }
    }
  };
  configs(raw.nixos, 'nixosConfigurations', 'config.system.build.toplevel', 'nixos', true);
  configs(raw.home, 'homeConfigurations', 'activationPackage', 'home', true);
  configs(raw.darwin, 'darwinConfigurations', 'system', 'darwin', isDarwin(system));
  const perSystem = (list: readonly RawOutput[], output: string, kind: InstallableKind): void => {
    for (const o of list) {
      targets.push(target({ attr: `${output}.${attrName(system)}.${attrName(o.name)}`, kind, name: o.name }, o));
    }
  };
  perSystem(raw.packages, 'packages', 'package');
  perSystem(raw.devShells, 'devShells', 'devShell');
  perSystem(raw.checks, 'checks', 'check');
  return { system, targets, skipped };
}

/** The JSON of `attrsApply`: one store derivation path or null per attribute. */
export function parseDrvPaths(json: unknown, count: number): (string | undefined)[] {
  if (!Array.isArray(json) || json.length !== count) badShape(`expected a list of ${count} derivations`);
  return json.map((x, i) => drvPathOf(x, `attribute ${i + 1}`));
}

/** The JSON of `attrApply`: one store derivation path. */
export function parseDrvPath(json: unknown): string {
  if (!isDrvPath(json)) badShape('expected a store derivation path');
  return json;
}

/** `nix eval --impure --json --expr <discoveryExpression> --apply <apply>`, parsed. */
export type EvaluateFlake = (apply: string) => Promise<unknown>;

/** The tail of a failed evaluation's error output. */
function evalMessage(e: ExecError): string {
  return tail(stripAnsi(e.stderr || e.message), 20);
}

/**
 * The store derivations of `installables` from ONE evaluation (`attrsApply`); where that evaluation fails as a
 * whole, none is known yet (`resolveTargets` then evaluates each alone).
 */
export async function evaluateAttrs(evaluate: EvaluateFlake, installables: readonly Installable[]): Promise<Target[]> {
  if (installables.length === 0) return [];
  let drvPaths: (string | undefined)[];
  try {
    drvPaths = parseDrvPaths(await evaluate(attrsApply(installables.map((i) => i.attr))), installables.length);
  } catch (e) {
    if (!(e instanceof ExecError)) throw e;
    return installables.map((installable) => ({ installable }));
  }
  return installables.map((installable, i) => {
    const drvPath = drvPaths[i];
    return drvPath !== undefined ? { installable, drvPath } : { installable };
  });
}

/**
 * Failure path only: each target whose derivation is not known is evaluated alone (`attrApply`), which gives its
 * `drvPath` or Nix's error message for it. Targets with a `drvPath` cost nothing.
 */
export async function resolveTargets(evaluate: EvaluateFlake, targets: readonly Target[]): Promise<Target[]> {
  const out: Target[] = [];
  for (const t of targets) {
    if (t.drvPath !== undefined || t.evalError !== undefined) {
      out.push(t);
      continue;
    }
    try {
      out.push({ installable: t.installable, drvPath: parseDrvPath(await evaluate(attrApply(t.installable.attr))) });
    } catch (e) {
      if (!(e instanceof ExecError)) throw e;
      out.push({ installable: t.installable, evalError: evalMessage(e) });
    }
  }
  return out;
}

/** Kind and name of a user-listed attribute, recognised by its shape (so the report can group it). */
export function classifyAttr(attr: string): Installable {
  const parts = splitAttrPath(attr);
  const unq = (s: string | undefined): string => (s ?? '').replace(/^"(.*)"$/, '$1');
  const [top, a, b] = parts;
  if (top === 'nixosConfigurations' && parts.length >= 2) return { attr, kind: 'nixos', name: unq(a) };
  if (top === 'homeConfigurations' && parts.length >= 2) return { attr, kind: 'home', name: unq(a) };
  if (top === 'darwinConfigurations' && parts.length >= 2) return { attr, kind: 'darwin', name: unq(a) };
  if (top === 'packages' && parts.length === 3) return { attr, kind: 'package', name: unq(b) };
  if (top === 'devShells' && parts.length === 3) return { attr, kind: 'devShell', name: unq(b) };
  if (top === 'checks' && parts.length === 3) return { attr, kind: 'check', name: unq(b) };
  return { attr, kind: 'attr', name: attr };
}

/** Splits `a."b.c".d` at the dots outside quotes. */
export function splitAttrPath(attr: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < attr.length; i++) {
    const c = attr[i]!;
    if (c === '\\' && quoted && i + 1 < attr.length) {
      cur += c + attr[++i];
    } else if (c === '"') {
      quoted = !quoted;
      cur += c;
    } else if (c === '.' && !quoted) {
      out.push(cur);
      cur = '';
    } else {
      cur += c;
    }
  }
  out.push(cur);
  return out;
}

/** What the selection asks for without evaluating anything: `none` → nothing, a list → exactly it, `auto` → eval. */
export function staticSelection(selection: BuildSelection): readonly Installable[] | 'discover' {
  if (selection.mode === 'none') return [];
  if (selection.mode === 'list') return selection.attrs.map(classifyAttr);
  return 'discover';
}
