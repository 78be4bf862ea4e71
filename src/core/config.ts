/**
 * The one typed configuration and the parsers of its values. Both faces build it through one builder
 * (./build-config.ts), the action from its inputs (src/action/read-inputs.ts) and the CLI from its flags
 * (src/cli/read-flags.ts), so a value means the same thing wherever it comes from, and every bad value fails with a
 * message naming the setting and the accepted values.
 */
import { UsageError } from './errors.js';

/** `plan`, `build` and `report` are the stages of `update` for a job matrix (DESIGN.md "Update: stages"). */
export const COMMANDS = ['lint', 'fix', 'update', 'plan', 'build', 'report', 'review'] as const;
export type Command = (typeof COMMANDS)[number];

export const SEVERITIES = ['error', 'warning', 'notice'] as const;
export const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];
export const RULE_SETTINGS = ['error', 'warning', 'notice', 'off'] as const;
export type RuleSetting = (typeof RULE_SETTINGS)[number];
export const ON_BUILD_FAILURE = ['fail', 'draft', 'skip-pr', 'report'] as const;
export type OnBuildFailure = (typeof ON_BUILD_FAILURE)[number];
export const COMMIT_MODES = ['api', 'git'] as const;
export type CommitMode = (typeof COMMIT_MODES)[number];
export const AUTO_MERGE = ['off', 'merge', 'squash', 'rebase'] as const;
export type AutoMerge = (typeof AUTO_MERGE)[number];
export const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];
/**
 * Which remotes lint may ask for their release tags (`newer-tags`): `forges` only public forges (github.com,
 * gitlab.com, codeberg.org, git.sr.ht; safe on forks' pull requests), `any` every remote git may ask (self-hosted
 * forges; not for forks' pull requests), `off` none (src/lint/newer-tag-policy.ts).
 */
export const NEWER_TAGS = ['forges', 'any', 'off'] as const;
export type NewerTags = (typeof NEWER_TAGS)[number];

export type BuildSelection =
  { readonly mode: 'auto' } | { readonly mode: 'none' } | { readonly mode: 'list'; readonly attrs: readonly string[] };

/**
 * Lint settings as the user gave them. `failOn` and `maxAge` are undefined when not written, because
 * `.flake-steward.json` can set them too: src/lint/settings-file.ts applies given, then file, then DEFAULTS.
 */
export interface LintSettings {
  readonly failOn?: FailOn;
  /** Rule id → setting; rules not named keep their default severity. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Days after which a locked input is stale. */
  readonly maxAge?: number;
  /** Input path glob → max age in days, overriding `maxAge`. */
  readonly maxAgeByInput: Readonly<Record<string, number>>;
  /** Globs over input paths (`home-manager/nixpkgs`, `*`/`**`) whose findings are suppressed. */
  readonly ignore: readonly string[];
  /** `owner` or `owner/repo` allowed to provide nixpkgs besides NixOS/nixpkgs. */
  readonly allowedOwners: readonly string[];
  /** Which remotes may be asked for newer release tags; undefined when not written (file, then `forges`). */
  readonly newerTags?: NewerTags;
  /** Where to write SARIF 2.1.0; none when empty. */
  readonly sarifFile?: string;
}

export interface UpdateSettings {
  /** Input paths to update (`nixpkgs`, `home-manager/nixpkgs`); empty means all. */
  readonly inputs: readonly string[];
  readonly build: BuildSelection;
  /**
   * The `dry-run` setting: `update` puts flake.lock back and opens no pull request; `fix` prints the diff instead of
   * writing (src/app/fix.ts reads it here too: one setting, one meaning, whichever command runs).
   */
  readonly dryRun: boolean;
  readonly onBuildFailure: OnBuildFailure;
  /** Extra `--option`-style arguments passed through to every nix call, as given. */
  readonly nixOptions: readonly string[];
  readonly acceptFlakeConfig: boolean;
  /** Shards `plan` splits the changed targets into (default: one per target; never more than 256). */
  readonly shards?: number;
  /** Absolute: where `plan` writes plan.json and `build`/`report` read it. */
  readonly planDir: string;
  /** Absolute: where `build` writes its build file and `report` reads them all. */
  readonly buildsDir: string;
  /** The shard `build` builds (from the plan's matrix). */
  readonly shard?: string;
  /**
   * Bisect a target the update broke to the inputs that break it, and propose the update without them. The setting
   * defaults to true (src/core/build-config.ts); absent (a Config built by hand) is off.
   */
  readonly bisect?: boolean;
  /** Most extra builds of a bisection per flake (`bisect-max-builds`; default 8). */
  readonly bisectMaxBuilds?: number;
  /**
   * Move inputs pinned to a release tag to the newest one in flake.nix (`release-tags`; default true). False: no
   * remote is asked for its tags and flake.nix is never touched; absent (a Config built by hand) is on.
   */
  readonly releaseTags?: boolean;
  /** How updated root inputs are split into pull requests (`group`); absent: `all`, the one pull request. */
  readonly group?: GroupSetting;
}

/** A named group of the `group` setting: root input name globs (src/core/glob.ts); the first group that matches wins. */
export interface InputGroup {
  readonly name: string;
  readonly globs: readonly string[];
}

/** `all`: one pull request per flake; `per-input`: one per updated root input; `named`: one per named group. */
export type GroupSetting =
  | { readonly kind: 'all' }
  | { readonly kind: 'per-input' }
  | { readonly kind: 'named'; readonly groups: readonly InputGroup[] };

export interface Identity {
  readonly name: string;
  readonly email: string;
}

export interface PullRequestSettings {
  readonly token?: string;
  readonly apiUrl: string;
  readonly serverUrl: string;
  readonly graphqlUrl: string;
  /** `owner/repo`; from `GITHUB_REPOSITORY` unless given. */
  readonly repository?: { readonly owner: string; readonly repo: string };
  /** Base branch; the repository's default branch when empty. */
  readonly base?: string;
  readonly branch: string;
  readonly commitMode: CommitMode;
  readonly title: string;
  readonly commitMessage?: string;
  readonly labels: readonly string[];
  readonly assignees: readonly string[];
  readonly reviewers: readonly string[];
  readonly teamReviewers: readonly string[];
  readonly draft: boolean;
  readonly autoMerge: AutoMerge;
  readonly author?: Identity;
  readonly committer?: Identity;
  readonly signoff: boolean;
  /** Most commits listed per input in the PR body. */
  readonly maxCommits: number;
}

export interface Config {
  readonly command: Command;
  /** Absolute directory everything else is relative to (GITHUB_WORKSPACE, or the CLI's DIR). */
  readonly workspace: string;
  /** Flake directories or globs (`**\/flake.nix`), relative to the workspace. */
  readonly paths: readonly string[];
  readonly jobSummary: boolean;
  readonly format: Format;
  readonly lint: LintSettings;
  readonly update: UpdateSettings;
  readonly pr: PullRequestSettings;
}

export const DEFAULTS = {
  paths: ['.'],
  failOn: 'error' as FailOn,
  maxAge: 30,
  newerTags: 'forges' as NewerTags,
  branch: 'flake-steward/update',
  title: 'flake.lock: update',
  onBuildFailure: 'draft' as OnBuildFailure,
  commitMode: 'api' as CommitMode,
  autoMerge: 'off' as AutoMerge,
  maxCommits: 50,
  bisectMaxBuilds: 8,
  planDir: '.flake-steward/plan',
  buildsDir: '.flake-steward/builds',
  apiUrl: 'https://api.github.com',
  serverUrl: 'https://github.com',
  graphqlUrl: 'https://api.github.com/graphql',
} as const;

// ---- value parsers: `setting` is the name the user wrote (an input name or a --flag) ----

export function parseEnum<T extends string>(setting: string, value: string, allowed: readonly T[]): T {
  const v = value.trim();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new UsageError(`invalid value '${value}' for ${setting}`, `expected one of: ${allowed.join(', ')}`);
}

const TRUE = ['true', 'True', 'TRUE', 'yes', 'on', '1'];
const FALSE = ['false', 'False', 'FALSE', 'no', 'off', '0'];
export function parseBool(setting: string, value: string): boolean {
  const v = value.trim();
  if (TRUE.includes(v)) return true;
  if (FALSE.includes(v)) return false;
  throw new UsageError(`invalid value '${value}' for ${setting}`, 'expected true or false');
}

/** A number of shards: 1 to 256 (GitHub runs at most 256 jobs of one matrix). */
export function parseShards(setting: string, value: string): number {
  const v = value.trim();
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 256) {
    throw new UsageError(`invalid value '${value}' for ${setting}`, 'expected a whole number from 1 to 256');
  }
  return Number(v);
}

/** A shard id of the plan's matrix: `0` to `255`. */
export function parseShard(setting: string, value: string): string {
  const v = value.trim();
  if (!/^(?:0|[1-9][0-9]{0,2})$/.test(v) || Number(v) > 255) {
    throw new UsageError(
      `invalid value '${value}' for ${setting}`,
      'expected a shard of the plan (0, 1, …), as its matrix output gives it: ${{ matrix.shard }}',
    );
  }
  return v;
}

export function parseNonNegativeInt(setting: string, value: string): number {
  const v = value.trim();
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(Number(v))) {
    throw new UsageError(`invalid value '${value}' for ${setting}`, 'expected a whole number of 0 or more');
  }
  return Number(v);
}

/** A list written with commas, newlines or spaces (YAML block scalars included); empty items dropped. */
export function parseList(value: string): string[] {
  return value
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * `rule=severity` pairs: `duplicates/duplicate-input=error,freshness/stale-input=off`. The record is built from
 * entries (own properties), so a name such as `__proto__` stays a key and the rule-id check refuses it, rather
 * than an assignment to an object's prototype that drops it silently.
 */
export function parseRules(setting: string, value: string): Record<string, RuleSetting> {
  const entries: [string, RuleSetting][] = [];
  for (const item of parseList(value)) {
    const eq = item.indexOf('=');
    if (eq <= 0) {
      throw new UsageError(`invalid item '${item}' in ${setting}`, 'expected rule-id=error|warning|notice|off');
    }
    entries.push([
      item.slice(0, eq),
      parseEnum(`${setting} (${item.slice(0, eq)})`, item.slice(eq + 1), RULE_SETTINGS),
    ]);
  }
  return Object.fromEntries(entries);
}

/**
 * A flake input name is a flake id (Nix's `flakeIdRegex`): a letter, then letters, digits, `-` and `_`. An input
 * glob is `/`-separated segments, each such a name with `*` or `?` anywhere, or `**`.
 */
const INPUT_GLOB_SEGMENT = /^(?:\*\*|[A-Za-z*?][A-Za-z0-9_*?-]*)$/;

export const INPUT_GLOB_FORM =
  'an input name or glob such as nixpkgs, home-manager/nixpkgs or nixpkgs-*: a letter first, then letters, digits, - or _';

export function isInputGlob(glob: string): boolean {
  return glob.split('/').every((segment) => INPUT_GLOB_SEGMENT.test(segment));
}

/** An input name or glob used as a key (per-input max age, supported-until), refused unless it is one. */
export function parseInputGlob(setting: string, glob: string): string {
  if (!isInputGlob(glob))
    throw new UsageError(`invalid input name '${glob}' in ${setting}`, `expected ${INPUT_GLOB_FORM}`);
  return glob;
}

/**
 * `30` or `30,nixpkgs=7,home-manager=60`: the default and per-input overrides (own properties only, as above). The
 * default is undefined when only per-input values are written (`nixpkgs=7`): it was not given.
 */
export function parseMaxAge(
  setting: string,
  value: string,
): { maxAge: number | undefined; byInput: Record<string, number> } {
  let maxAge: number | undefined;
  const byInput: [string, number][] = [];
  for (const item of parseList(value)) {
    const eq = item.indexOf('=');
    if (eq < 0) {
      maxAge = parseNonNegativeInt(setting, item);
      continue;
    }
    const glob = item.slice(0, eq);
    if (!isInputGlob(glob)) {
      throw new UsageError(
        `invalid input name '${glob}' in ${setting}`,
        `expected DAYS or INPUT=DAYS, where INPUT is ${INPUT_GLOB_FORM}`,
      );
    }
    byInput.push([glob, parseNonNegativeInt(`${setting} (${glob})`, item.slice(eq + 1))]);
  }
  return { maxAge, byInput: Object.fromEntries(byInput) };
}

/** A group name (also a branch suffix and part of the pull request's marker): a letter, then letters, digits, - or _. */
const GROUP_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,62}$/;

/**
 * `all` | `per-input` | named groups `nix=nixpkgs*,home-manager;rest=*` (groups separated by `;` or newlines, each
 * `name=glob,glob` over root input names). Names are unique; a glob names root inputs only (no `/`).
 */
export function parseGroup(setting: string, value: string): GroupSetting {
  const v = value.trim();
  if (v === '' || v === 'all') return { kind: 'all' };
  if (v === 'per-input') return { kind: 'per-input' };
  const form = 'expected all, per-input, or named groups such as nix=nixpkgs*,home-manager;rest=*';
  const groups: InputGroup[] = [];
  for (const item of v
    .split(/[;\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '')) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new UsageError(`invalid group '${item}' in ${setting}`, form);
    const name = item.slice(0, eq).trim();
    if (!GROUP_NAME.test(name) || name === 'all' || name === 'per-input') {
      throw new UsageError(
        `invalid group name '${name}' in ${setting}`,
        'expected a letter, then letters, digits, - or _ (at most 63), other than all and per-input',
      );
    }
    if (groups.some((g) => g.name === name)) throw new UsageError(`group '${name}' is named twice in ${setting}`, form);
    const globs = parseList(item.slice(eq + 1));
    if (globs.length === 0) throw new UsageError(`group '${name}' in ${setting} names no input`, form);
    for (const g of globs) {
      if (g.includes('/') || !isInputGlob(g)) {
        throw new UsageError(
          `invalid input name '${g}' in group '${name}' of ${setting}`,
          'expected a root input name or glob such as nixpkgs or nixpkgs-*: a letter first, then letters, digits, - or _',
        );
      }
    }
    groups.push({ name, globs });
  }
  if (groups.length === 0) throw new UsageError(`invalid value '${value}' for ${setting}`, form);
  return { kind: 'named', groups };
}

export function parseBuild(setting: string, value: string): BuildSelection {
  const items = parseList(value);
  if (items.length === 0 || (items.length === 1 && items[0] === 'auto')) return { mode: 'auto' };
  if (items.length === 1 && items[0] === 'none') return { mode: 'none' };
  for (const a of items) {
    if (a === 'auto' || a === 'none' || !/^[A-Za-z0-9_'"\-.+]+$/.test(a)) {
      throw new UsageError(
        `invalid value '${value}' for ${setting}`,
        'expected auto, none, or a list of flake attribute paths such as nixosConfigurations.host.config.system.build.toplevel',
      );
    }
  }
  return { mode: 'list', attrs: items };
}

export function parseRepository(setting: string, value: string): { owner: string; repo: string } {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value.trim());
  if (!m) throw new UsageError(`invalid repository '${value}' for ${setting}`, 'expected owner/repo');
  return { owner: m[1]!, repo: m[2]! };
}

/** `Name <email>` as git writes it. */
export function parseIdentity(setting: string, value: string): Identity {
  const m = /^\s*(.+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(value);
  if (!m) throw new UsageError(`invalid identity '${value}' for ${setting}`, 'expected Name <email@example.com>');
  return { name: m[1]!, email: m[2]! };
}

/** A flake-relative path must stay inside the workspace. */
export function parseRelativePath(setting: string, value: string): string {
  const v = value.trim();
  if (v === '') return '.';
  if (v.startsWith('/') || v.split('/').includes('..')) {
    throw new UsageError(
      `invalid path '${value}' for ${setting}`,
      'expected a path inside the repository, such as . or nix/flake or **/flake.nix',
    );
  }
  return v.replace(/\/flake\.(nix|lock)$/, '').replace(/\/+$/, '') || '.';
}
