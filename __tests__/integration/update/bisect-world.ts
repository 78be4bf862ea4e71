/**
 * The flake world of the bisection tests (no network): three root inputs that move independently — a fake nixpkgs
 * (`builtins.derivation` packages, some of which can be made to fail) and two plain sources, `themes` and `fonts`
 * (`flake = false`), each read by the one NixOS-like configuration `alpha` — plus `tools`, a flake whose nixpkgs
 * follows the root's, so follows are kept across trial locks. `packages.hello` reads nixpkgs only.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { currentSystem, git } from './update-world.js';

export interface BisectWorld {
  readonly root: string;
  readonly flake: string;
  readonly nixpkgs: string;
  readonly themes: string;
  readonly fonts: string;
  /** Commits new package versions (and broken packages) to nixpkgs. */
  bumpNixpkgs(versions: Record<string, string>, broken?: readonly string[]): string;
  /** Commits a new `value` to a plain source. */
  bumpSource(dir: string, value: string): string;
  dispose(): void;
}

const nixpkgsFlake = (system: string): string => `{
  outputs = { self }:
    let
      system = "${system}";
      state = import ./state.nix;
      mk = name: let version = state.versions.\${name}; in builtins.derivation {
        name = "\${name}-\${version}";
        inherit system;
        builder = "/bin/sh";
        args = [ "-c" (if builtins.elem name state.broken
          then "echo building \${name} \${version}; echo \${name}: test suite failed >&2; exit 1"
          else "echo \${name} \${version} > $out") ];
      };
    in {
      legacyPackages.\${system} = builtins.listToAttrs (map (n: { name = n; value = mk n; }) (builtins.attrNames state.versions));
    };
}
`;

const stateNix = (versions: Record<string, string>, broken: readonly string[] = []): string =>
  `{ versions = { ${Object.entries(versions)
    .map(([k, v]) => `${k} = "${v}";`)
    .join(' ')} }; broken = [ ${broken.map((b) => `"${b}"`).join(' ')} ]; }\n`;

const toolsFlake = (nixpkgsUrl: string): string => `{
  inputs.nixpkgs.url = "${nixpkgsUrl}";
  outputs = { self, nixpkgs }: { lib.greeting = "hi"; };
}
`;

const topFlake = (system: string, urls: Record<string, string>): string => `{
  inputs = {
    nixpkgs.url = "${urls['nixpkgs']}";
    themes = { url = "${urls['themes']}"; flake = false; };
    fonts = { url = "${urls['fonts']}"; flake = false; };
    tools = { url = "${urls['tools']}"; inputs.nixpkgs.follows = "nixpkgs"; };
  };
  outputs = { self, nixpkgs, themes, fonts, tools }:
    let
      system = "${system}";
      pkgs = nixpkgs.legacyPackages.\${system};
      read = src: builtins.replaceStrings [ "\\n" ] [ "" ] (builtins.readFile "\${src}/value");
    in {
      nixosConfigurations.alpha.config.system.build.toplevel = builtins.derivation {
        name = "nixos-system-alpha";
        inherit system;
        builder = "/bin/sh";
        args = [ "-c" "echo \${pkgs.curl} \${read themes} \${read fonts} \${tools.lib.greeting} > $out" ];
      };
      packages.\${system}.hello = pkgs.hello;
    };
}
`;

export const VERSIONS = { hello: '2.12', curl: '8.9.0' };

export function makeBisectWorld(system = currentSystem()): BisectWorld {
  const root = mkdtempSync(path.join(os.tmpdir(), 'fs-bisect-world-'));
  const dirs = Object.fromEntries(['nixpkgs', 'themes', 'fonts', 'tools', 'flake'].map((d) => [d, path.join(root, d)]));
  const repo = (dir: string, files: Record<string, string>): void => {
    execFileSync('mkdir', ['-p', dir]);
    git(dir, 'init', '-q', '-b', 'main');
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'init');
  };
  const lock = (dir: string): void => {
    execFileSync('nix', ['flake', 'lock', dir], { stdio: 'ignore' });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'lock');
  };
  const urls = Object.fromEntries(Object.entries(dirs).map(([k, d]) => [k, `git+file://${d}`]));
  repo(dirs['nixpkgs']!, { 'flake.nix': nixpkgsFlake(system), 'state.nix': stateNix(VERSIONS) });
  repo(dirs['themes']!, { value: 'dark\n' });
  repo(dirs['fonts']!, { value: 'mono\n' });
  repo(dirs['tools']!, { 'flake.nix': toolsFlake(urls['nixpkgs']!) });
  lock(dirs['tools']!);
  repo(dirs['flake']!, { 'flake.nix': topFlake(system, urls) });
  lock(dirs['flake']!);
  const rev = (dir: string): string => git(dir, 'rev-parse', 'HEAD');
  return {
    root,
    flake: dirs['flake']!,
    nixpkgs: dirs['nixpkgs']!,
    themes: dirs['themes']!,
    fonts: dirs['fonts']!,
    bumpNixpkgs(versions, broken = []) {
      writeFileSync(path.join(dirs['nixpkgs']!, 'state.nix'), stateNix(versions, broken));
      git(dirs['nixpkgs']!, 'commit', '-q', '-am', 'bump');
      return rev(dirs['nixpkgs']!);
    },
    bumpSource(dir, value) {
      writeFileSync(path.join(dir, 'value'), `${value}\n`);
      git(dir, 'commit', '-q', '-am', `value ${value}`);
      return rev(dir);
    },
    dispose() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
