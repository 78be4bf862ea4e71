/**
 * What to build. With `build: auto`, ONE `nix eval --json` per side lists the flake's buildable outputs for the
 * current system: `nixosConfigurations.*.config.system.build.toplevel`, `homeConfigurations.*.activationPackage`,
 * `darwinConfigurations.*.system` (on darwin only), `packages.<system>.*`, `devShells.<system>.*` and
 * `checks.<system>.*`. Only attribute names are read (and, for configurations, the system they are for), never a
 * derivation's `drvPath` or outputs, so nothing is built or instantiated by the listing.
 *
 * The flake's whole outputs are not reachable through an installable (`FLAKE#` means the default package), so the
 * listing evaluates `builtins.getFlake` on the flake's path (impure, to accept the working tree and its current
 * `flake.lock` without writing it) and applies the function below to it.
 */
import type { BuildSelection } from '../engine/config.js';
import { UserError } from '../engine/errors.js';

export type InstallableKind = 'nixos' | 'home' | 'darwin' | 'package' | 'devShell' | 'check' | 'attr';

export interface Installable {
  /** Attribute path after `#`, with names quoted where needed: `nixosConfigurations."a.b".config.system.build.toplevel`. */
  readonly attr: string;
  readonly kind: InstallableKind;
  /** The configuration or package name (`host`, `hello`), or the attribute path for a user-listed attribute. */
  readonly name: string;
}

export interface Skipped {
  readonly attr: string;
  readonly system: string;
}

export interface Discovery {
  readonly system: string;
  readonly installables: readonly Installable[];
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
 * `--apply` function over the flake: names per output kind, with each configuration's system when it can be read
 * cheaply (`pkgs.stdenv.hostPlatform.system`, as NixOS, home-manager and nix-darwin expose it), else null.
 * `system` is the system to list for; `null` means `builtins.currentSystem`.
 */
export function discoveryApply(system?: string): string {
  const sys = system !== undefined ? nixString(system) : 'builtins.currentSystem';
  return `flake:
let
  system = ${sys};
  attrs = x: if builtins.isAttrs x then x else { };
  names = x: builtins.attrNames (attrs x);
  perSystem = out: names ((attrs (flake.\${out} or { })).\${system} or { });
  sysOf = c:
    let r = builtins.tryEval (
      let p = (attrs c).pkgs or null; in
      if builtins.isAttrs p && p ? stdenv then p.stdenv.hostPlatform.system else null);
    in if r.success && builtins.isString r.value then r.value else null;
  configs = out: map (n: { name = n; system = sysOf (flake.\${out}.\${n}); }) (names (flake.\${out} or { }));
in {
  inherit system;
  nixos = configs "nixosConfigurations";
  home = configs "homeConfigurations";
  darwin = configs "darwinConfigurations";
  packages = perSystem "packages";
  devShells = perSystem "devShells";
  checks = perSystem "checks";
}`;
}

/** An attribute name as it must be written in an attribute path: bare when it is an identifier, else quoted. */
export function attrName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_'-]*$/.test(name) ? name : nixString(name);
}

interface RawConfig {
  readonly name: string;
  readonly system: string | null;
}

interface RawDiscovery {
  readonly system: string;
  readonly nixos: readonly RawConfig[];
  readonly home: readonly RawConfig[];
  readonly darwin: readonly RawConfig[];
  readonly packages: readonly string[];
  readonly devShells: readonly string[];
  readonly checks: readonly string[];
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

function stringList(x: unknown, what: string): string[] {
  if (!Array.isArray(x) || !x.every((s) => typeof s === 'string')) badShape(`${what} is not a list of names`);
  return x as string[];
}

function configList(x: unknown, what: string): RawConfig[] {
  if (!Array.isArray(x)) badShape(`${what} is not a list`);
  return x.map((c) => {
    if (!isRecord(c) || typeof c['name'] !== 'string') badShape(`${what} entry without a name`);
    const system = c['system'];
    if (system !== null && typeof system !== 'string') badShape(`${what} entry with a bad system`);
    return { name: c['name'] as string, system: system as string | null };
  });
}

function parseRaw(json: unknown): RawDiscovery {
  if (!isRecord(json) || typeof json['system'] !== 'string') badShape('not an object with a system');
  return {
    system: json['system'] as string,
    nixos: configList(json['nixos'], 'nixos'),
    home: configList(json['home'], 'home'),
    darwin: configList(json['darwin'], 'darwin'),
    packages: stringList(json['packages'], 'packages'),
    devShells: stringList(json['devShells'], 'devShells'),
    checks: stringList(json['checks'], 'checks'),
  };
}

export function isDarwin(system: string): boolean {
  return system.endsWith('-darwin');
}

/** The installables (and skipped configurations) from the listing's JSON, in a stable order. */
export function parseDiscovery(json: unknown): Discovery {
  const raw = parseRaw(json);
  const system = raw.system;
  const installables: Installable[] = [];
  const skipped: Skipped[] = [];
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
        installables.push({ attr, kind, name: c.name });
      }
    }
  };
  configs(raw.nixos, 'nixosConfigurations', 'config.system.build.toplevel', 'nixos', true);
  configs(raw.home, 'homeConfigurations', 'activationPackage', 'home', true);
  configs(raw.darwin, 'darwinConfigurations', 'system', 'darwin', isDarwin(system));
  const perSystem = (names: readonly string[], output: string, kind: InstallableKind): void => {
    for (const n of names) installables.push({ attr: `${output}.${attrName(system)}.${attrName(n)}`, kind, name: n });
  };
  perSystem(raw.packages, 'packages', 'package');
  perSystem(raw.devShells, 'devShells', 'devShell');
  perSystem(raw.checks, 'checks', 'check');
  return { system, installables, skipped };
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
