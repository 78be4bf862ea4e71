/**
 * The lint settings as CLI options, shared by `lint`, `fix` and `review` (their own module, so a command that only
 * needs the option table does not load the lint engine with it).
 */

/** The lint settings, named like the action inputs. */
export const LINT_OPTIONS = {
  paths: { type: 'string', multiple: true },
  'fail-on': { type: 'string' },
  rules: { type: 'string', multiple: true },
  'max-age': { type: 'string' },
  ignore: { type: 'string', multiple: true },
  'allowed-nixpkgs-owners': { type: 'string', multiple: true },
  'newer-tags': { type: 'string' },
} as const;

export const LINT_OPTIONS_HELP = `  --paths P                 flake directories or globs under DIR (repeatable): ., hosts/*, **/flake.nix
  --rules ID=LEVEL,...      per-rule severity: error, warning, notice or off
  --max-age DAYS[,IN=DAYS]  days before a nixpkgs input (or one behind a newer copy in the lock) is
                            stale (default 30); per input, which also checks others by age: 30,hm=14
  --ignore GLOB             input paths whose findings are dropped (repeatable): home-manager/*,
                            or RULE:GLOB for one rule only
  --allowed-nixpkgs-owners O  owners (or owner/repo) allowed to provide nixpkgs besides NixOS
  --newer-tags WHERE        which repositories of tag-pinned inputs are asked for newer release tags:
                            forges (default: github, gitlab, codeberg, sourcehut), any (every remote git
                            reaches; not for forks' pull requests), off (no network)`;
