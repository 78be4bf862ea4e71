/**
 * The flake world of the update integration tests, built in a temp dir from git repos used as `git+file:` inputs
 * (no network): a fake nixpkgs whose packages are `builtins.derivation`s with versions from `versions.nix`, a fake
 * home-manager with its own nixpkgs input, and a top-level flake with two `nixosConfigurations` whose toplevels
 * reference packages (so their closures hold them), a `homeConfigurations` entry, packages and checks, and
 * `home-manager.inputs.nixpkgs.follows = "nixpkgs"`. Every derivation is a one-line shell builtin (~5 ms).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    env: GIT_ENV,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

export function currentSystem(): string {
  return JSON.parse(
    execFileSync('nix', ['eval', '--impure', '--json', '--expr', 'builtins.currentSystem'], { encoding: 'utf8' }),
  ) as string;
}

/** Package versions of the fake nixpkgs; `broken` names packages whose builder fails. */
export interface NixpkgsState {
  readonly versions: Readonly<Record<string, string>>;
  readonly broken?: readonly string[];
}

function nixpkgsFlake(system: string): string {
  return `{
  description = "fake nixpkgs";
  outputs = { self }:
    let
      system = "${system}";
      state = import ./state.nix;
      mk = name:
        let version = state.versions.\${name}; in
        builtins.derivation {
          name = "\${name}-\${version}";
          inherit system;
          builder = "/bin/sh";
          args = [ "-c" (if builtins.elem name state.broken
            then "echo building \${name} \${version}; echo \${name}: test suite failed >&2; exit 1"
            else "echo \${name} \${version} > $out") ];
        };
      pkgs = builtins.listToAttrs (map (n: { name = n; value = mk n; }) (builtins.attrNames state.versions)) // {
        stdenv.hostPlatform.system = system;
        closureOf = name: paths: builtins.derivation {
          inherit name system;
          builder = "/bin/sh";
          args = [ "-c" "echo \${builtins.concatStringsSep " " (map toString paths)} > $out" ];
        };
      };
    in {
      legacyPackages.\${system} = pkgs;
      lib.version = "fake";
    };
}
`;
}

function stateNix(s: NixpkgsState): string {
  const versions = Object.entries(s.versions)
    .map(([k, v]) => `${k} = "${v}";`)
    .join(' ');
  return `{ versions = { ${versions} }; broken = [ ${(s.broken ?? []).map((b) => `"${b}"`).join(' ')} ]; }\n`;
}

function homeManagerFlake(nixpkgsUrl: string): string {
  return `{
  description = "fake home-manager";
  inputs.nixpkgs.url = "${nixpkgsUrl}";
  outputs = { self, nixpkgs }: {
    lib.homeManagerConfiguration = { pkgs, packages }: {
      inherit pkgs;
      activationPackage = pkgs.closureOf "home-manager-generation" packages;
    };
  };
}
`;
}

function topFlake(system: string, nixpkgsUrl: string, hmUrl: string): string {
  return `{
  description = "the flake under test";
  inputs = {
    nixpkgs.url = "${nixpkgsUrl}";
    home-manager = {
      url = "${hmUrl}";
      inputs.nixpkgs.follows = "nixpkgs";
    };
  };
  outputs = { self, nixpkgs, home-manager }:
    let
      system = "${system}";
      pkgs = nixpkgs.legacyPackages.\${system};
      host = name: packages: {
        inherit pkgs;
        config.system.build.toplevel = pkgs.closureOf "nixos-system-\${name}-25.11" packages;
      };
    in {
      nixosConfigurations.alpha = host "alpha" [ pkgs.hello pkgs.curl ];
      nixosConfigurations.beta = host "beta" [ pkgs.hello pkgs.openssl ];
      homeConfigurations.alice = home-manager.lib.homeManagerConfiguration {
        inherit pkgs;
        packages = [ pkgs.hello pkgs.git ];
      };
      packages.\${system}.hello = pkgs.hello;
      checks.\${system}.smoke = pkgs.closureOf "smoke-check" [ pkgs.curl ];
    };
}
`;
}

export interface World {
  readonly root: string;
  readonly nixpkgs: string;
  readonly homeManager: string;
  /** The top-level flake (a git repo with flake.nix and flake.lock committed). */
  readonly flake: string;
  readonly system: string;
  /** Commits a new state of the fake nixpkgs; returns the new revision. */
  bumpNixpkgs(state: NixpkgsState, message?: string): string;
  /** Commits a file of the fake nixpkgs that no derivation reads (a new revision, the same packages). */
  touchNixpkgs(file: string, text: string): string;
  rev(repo: string): string;
  dispose(): void;
}

export const INITIAL: NixpkgsState = {
  versions: { hello: '2.12', curl: '8.9.0', openssl: '3.0.14', git: '2.47.0' },
};

export function makeWorld(system = currentSystem()): World {
  const root = mkdtempSync(path.join(os.tmpdir(), 'fs-update-world-'));
  const nixpkgs = path.join(root, 'nixpkgs');
  const homeManager = path.join(root, 'home-manager');
  const flake = path.join(root, 'flake');
  const repo = (dir: string, files: Record<string, string>): void => {
    execFileSync('mkdir', ['-p', dir]);
    git(dir, 'init', '-q', '-b', 'main');
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'init');
  };
  const nixpkgsUrl = `git+file://${nixpkgs}`;
  repo(nixpkgs, { 'flake.nix': nixpkgsFlake(system), 'state.nix': stateNix(INITIAL) });
  repo(homeManager, { 'flake.nix': homeManagerFlake(nixpkgsUrl) });
  execFileSync('nix', ['flake', 'lock', homeManager], { stdio: 'ignore' });
  git(homeManager, 'add', '-A');
  git(homeManager, 'commit', '-q', '-m', 'lock');
  repo(flake, { 'flake.nix': topFlake(system, nixpkgsUrl, `git+file://${homeManager}`) });
  execFileSync('nix', ['flake', 'lock', flake], { stdio: 'ignore' });
  git(flake, 'add', '-A');
  git(flake, 'commit', '-q', '-m', 'lock');
  const rev = (dir: string): string => git(dir, 'rev-parse', 'HEAD');
  return {
    root,
    nixpkgs,
    homeManager,
    flake,
    system,
    rev,
    bumpNixpkgs(state, message = 'bump') {
      writeFileSync(path.join(nixpkgs, 'state.nix'), stateNix(state));
      git(nixpkgs, 'commit', '-q', '-am', message);
      return rev(nixpkgs);
    },
    touchNixpkgs(file, text) {
      writeFileSync(path.join(nixpkgs, file), text);
      git(nixpkgs, 'add', '-A');
      git(nixpkgs, 'commit', '-q', '-m', `touch ${file}`);
      return rev(nixpkgs);
    },
    dispose() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
