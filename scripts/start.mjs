// npm start: the main job on the bundled example, as a user would run it.
//  1. `flake-steward lint examples/flake` (static: needs no Nix).
//  2. Where Nix is installed: the update report in dry-run. examples/flake's inputs live on GitHub, and this must
//     work offline, so the update runs on a tiny local world made here: a nixpkgs-like flake in a git repo whose
//     `hello` goes from 2.12 to 2.13, used by a NixOS-like configuration. Real `nix flake update`, real builds,
//     real closure diff; flake.lock is restored afterwards (--dry-run). Nothing outside a temp dir is touched.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
const system = `${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}-${process.platform === 'darwin' ? 'darwin' : 'linux'}`;

console.log('== flake-steward lint examples/flake ==\n');
const lint = spawnSync(process.execPath, [cli, 'lint', path.join(root, 'examples', 'flake')], { stdio: 'inherit' });

const hasNix = spawnSync('nix', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasNix) {
  console.log('\n(Nix is not installed: skipping the update report. `sudo ./scripts/install-nix.sh` installs it.)');
  process.exit(lint.status ?? 1);
}

const dir = mkdtempSync(path.join(tmpdir(), 'flake-steward-demo-'));
const registry = path.join(dir, 'registry.json');
writeFileSync(registry, '{"flakes":[],"version":2}\n');
const env = {
  ...process.env,
  HOME: path.join(dir, 'home'),
  NIX_CONFIG: [
    'experimental-features = nix-command flakes',
    'substituters =',
    'build-users-group =',
    'sandbox = false',
    `flake-registry = ${registry}`,
  ].join('\n'),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'demo',
  GIT_AUTHOR_EMAIL: 'demo@example.invalid',
  GIT_COMMITTER_NAME: 'demo',
  GIT_COMMITTER_EMAIL: 'demo@example.invalid',
};
const git = (cwd, ...args) => execFileSync('git', args, { cwd, env, stdio: 'pipe' });
const pkg = (name) =>
  `builtins.derivation { name = "${name}"; system = "${system}"; builder = "/bin/sh"; args = [ "-c" "echo ${name} > $out" ]; }`;
const nixpkgsFlake = (hello) => `{
  outputs = { self }: {
    packages.${system} = {
      hello = ${pkg(`hello-${hello}`)};
      jq = ${pkg('jq-1.7.1')};
    };
  };
}
`;

try {
  mkdirSync(path.join(dir, 'home'));
  const nixpkgs = path.join(dir, 'nixpkgs');
  mkdirSync(nixpkgs);
  writeFileSync(path.join(nixpkgs, 'flake.nix'), nixpkgsFlake('2.12'));
  git(nixpkgs, 'init', '-q', '-b', 'main');
  git(nixpkgs, 'add', '.');
  git(nixpkgs, 'commit', '-qm', 'nixpkgs with hello 2.12');

  const flake = path.join(dir, 'flake');
  mkdirSync(flake);
  writeFileSync(
    path.join(flake, 'flake.nix'),
    `{
  inputs.nixpkgs.url = "git+file://${nixpkgs}";
  outputs = { self, nixpkgs }:
    let pkgs = nixpkgs.packages.${system}; in {
      nixosConfigurations.host.config.system.build.toplevel = builtins.derivation {
        name = "nixos-system-host-26.05";
        system = "${system}";
        builder = "/bin/sh";
        args = [ "-c" "echo $hello $jq > $out" ];
        inherit (pkgs) hello jq;
      };
      packages.${system}.default = pkgs.hello;
    };
}
`,
  );
  git(flake, 'init', '-q', '-b', 'main');
  git(flake, 'add', '.');
  execFileSync('nix', ['flake', 'lock', flake], { env, stdio: 'pipe' });
  git(flake, 'add', '.');
  git(flake, 'commit', '-qm', 'flake with a lock');

  writeFileSync(path.join(nixpkgs, 'flake.nix'), nixpkgsFlake('2.13'));
  git(nixpkgs, 'commit', '-qam', 'hello: 2.12 -> 2.13');

  console.log(`\n== flake-steward update --dry-run (a local world in ${dir}) ==\n`);
  const update = spawnSync(process.execPath, [cli, 'update', flake, '--dry-run'], { stdio: 'inherit', env });
  process.exitCode = lint.status || update.status || 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
