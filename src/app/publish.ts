/**
 * The publish use case of `update`, shared by the action and `flake-steward update --open-pr`:
 * `(config, report, ports) → PublishOutcome`. For each flake of the report, one pull request that carries its
 * `flake.lock` exactly as Nix wrote it, with a body that tells the whole story. Effects only through the ports
 * (GitHub client, Git, the file read of the lock, Logger); no face code, no `@actions/*`.
 *
 * Per flake, in order:
 *  1. the build gate: `on-build-failure` decided once (src/update/build-failure-policy.ts): publish (as a draft or
 *     not), skip, or close;
 *  2. the lock did not change: close our pull request if one is open (comment, branch deleted);
 *  3. commit lists for every updated input on the GitHub host the token is for (compare API; any API trouble
 *     degrades to the compare link and a few words why, never a failure);
 *  4. the body (report of this flake with commit lists, under 60,000 characters; the job summary keeps the full
 *     report), the commit message (generated unless `commit-message` is set), then `publishPullRequest`.
 * The outcome: per flake its operation (`created|updated|closed|none`), number and url, and the values of the
 * outputs `pull-request-operation`, `pull-request-number`, `pull-request-url`, which describe the first flake whose
 * pull request was created, updated or closed. A flake that failed does not stop the others; the outcome's `error`
 * says which failed, for the face to raise once it has set the outputs.
 *
 * The token reaches GitHub only through the client (masked there) and git only through per-command environment
 * (commit-mode git, src/github/commit-files.ts).
 */
import path from 'node:path';
import type { Config, GroupSetting } from '../core/config.js';
import { UsageError } from '../core/errors.js';
import type { Git, Logger } from '../core/ports.js';
import { createGit } from '../git/git.js';
import { branchForFlake } from '../github/branch.js';
import { createGitHubClient, type GitHubClient, type GitHubClientOptions } from '../github/client.js';
import { listCommits, ownHost, type ClientForHost, type CommitList } from '../github/commit-list.js';
import { closePullRequestIfOpen, publishPullRequest, type PublishResult } from '../github/publish-pull-request.js';
import { markedGroup, markerFor, openPullRequestsFrom, type PullRequest } from '../github/pulls.js';
import { commitMessage } from '../render/commit-message.js';
import { inertCommits, inertReport } from '../render/review-comment.js';
import { commitKey, renderReport, MAX_LENGTH } from '../render/update-report.js';
import { hasGlobChars as isGlob } from '../core/glob.js';
import { parseLock } from '../flake/lock.js';
import { nodeFs, type Fs } from '../workspace/fs.js';
import { decideOnBuildFailure, type FlakePlan } from '../update/build-failure-policy.js';
import type { InputChange } from '../update/lock-diff.js';
import type { FlakeReport, UpdateReport } from '../update/update-result.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * FOR TESTS ONLY: milliseconds per second of every wait of the GitHub client (retry backoff, rate-limit resets),
 * which also stops spacing writes a second apart. End-to-end tests of the bundled action and CLI set it so that a
 * run that waits out a "60 s" rate limit takes 60 ms; every decision stays the same. Unset in production.
 */
export const TEST_TIME_UNIT_ENV = 'FLAKE_STEWARD_TEST_TIME_UNIT_MS';

/** Client options from the test-only environment variable above (the one place it is read). */
export function testTiming(env: Env): Partial<GitHubClientOptions> {
  const raw = env[TEST_TIME_UNIT_ENV];
  if (raw === undefined || raw === '') return {};
  if (!/^\d+$/.test(raw)) throw new UsageError(`invalid value '${raw}' for ${TEST_TIME_UNIT_ENV}`, 'expected a number');
  return { timeUnitMs: Number(raw), spaceWrites: false };
}

export type PullRequestOperation = PublishResult['operation'];
export type { FlakePlan };

/** What publishing needs from the world. */
export interface PublishPorts {
  readonly github: GitHubClient;
  /** The path of the workspace below the repository's top level (a lock's path in the commit). */
  readonly git: Pick<Git, 'pathPrefix'>;
  /** The lock as Nix left it in the working tree. */
  readonly fs: Pick<Fs, 'read'>;
  readonly logger: Logger;
}

export interface PublishExtras {
  /** The run's page, whose job summary holds the full report (for a shortened body); none from the CLI. */
  readonly fullReportUrl?: string;
}

/** What became of one flake's pull request. */
export interface FlakePublication {
  readonly dir: string;
  readonly lockFile: string;
  readonly branch: string;
  readonly plan: FlakePlan['kind'];
  readonly operation: PullRequestOperation;
  /** The group of a grouped pull request (`group: per-input` or named groups). */
  readonly group?: string;
  readonly number?: number;
  readonly url?: string;
  /** Why this flake's pull request failed (the others went on). */
  readonly error?: string;
}

/** The values of the action outputs (the CLI logs the same). */
export interface PublishOutputs {
  readonly operation: PullRequestOperation;
  /** The number, or `''`. */
  readonly number: string;
  /** The URL, or `''`. */
  readonly url: string;
}

export interface PublishOutcome {
  /** Per flake of the report, in its order. */
  readonly flakes: readonly FlakePublication[];
  readonly outputs: PublishOutputs;
  /**
   * Set when any flake's pull request failed: the error itself for a run of one flake, else one naming each flake.
   * The face raises it after setting the outputs.
   */
  readonly error?: Error;
}

export interface FlakeTarget {
  readonly flake: FlakeReport;
  readonly branch: string;
  readonly marker: string;
  readonly title: string;
  readonly plan: FlakePlan;
  /** A grouped pull request: the group and the root inputs it moves (its lock is the group's, not the tree's). */
  readonly group?: { readonly name: string; readonly inputs: readonly string[] };
}

/** True when each flake gets its own branch and pull request: several paths, a glob, or several flakes found. */
export function severalFlakes(config: Config, report: UpdateReport): boolean {
  return config.paths.length > 1 || config.paths.some(isGlob) || report.flakes.length > 1;
}

/** Branch, marker, title and plan (the build-failure decision) for every flake of the report, in report order. */
export function planPullRequests(config: Config, report: UpdateReport): FlakeTarget[] {
  const several = severalFlakes(config, report);
  const decision = decideOnBuildFailure(report, config.update.onBuildFailure, config.pr.draft);
  return report.flakes.map((flake, i) => ({
    flake,
    branch: branchForFlake(config.pr.branch, flake.dir, several),
    marker: markerFor(flake.dir),
    title: several ? `${config.pr.title} (${flake.dir})` : config.pr.title,
    plan: decision.flakes[i]!,
  }));
}

/** Our branch of group `group` of a flake: the flake's branch, `-<group>` (a group name is a flake id). */
export function groupBranch(config: Config, report: UpdateReport, dir: string, group: string): string {
  return `${branchForFlake(config.pr.branch, dir, severalFlakes(config, report))}-${group}`;
}

/** Grouped mode: one target per flake and group of `report.groups`, the build-failure decision made over them all. */
export function planGroupPullRequests(config: Config, report: UpdateReport): FlakeTarget[] {
  const several = severalFlakes(config, report);
  const all = (report.groups ?? []).flatMap((fg, i) =>
    fg.groups.map((g) => ({ dir: report.flakes[i]?.dir ?? fg.dir, g })),
  );
  const decision = decideOnBuildFailure(
    { ...report, flakes: all.map((x) => x.g.flake) },
    config.update.onBuildFailure,
    config.pr.draft,
  );
  return all.map(({ dir, g }, k) => ({
    flake: g.flake,
    branch: groupBranch(config, report, dir, g.name),
    marker: markerFor(dir, g.name),
    title: `${config.pr.title} ${g.name}${several ? ` (${dir})` : ''}`,
    plan: decision.flakes[k]!,
    group: { name: g.name, inputs: g.inputs },
  }));
}

/** The comment on a grouped pull request closed because its inputs no longer move. */
export function updatedElsewhereComment(group: string, perInput: boolean): string {
  const what = perInput ? `\`${group}\` no longer moves` : `no input of group \`${group}\` moves any more`;
  return `${what} in this update: it was updated elsewhere (the base branch already locks the newest revision). Closing this pull request; a new one opens when it moves again.`;
}

/** Updated inputs whose commits the client can list (same GitHub host), one per flake directory and input. */
export function commitListTargets(flake: FlakeReport, clientFor: ClientForHost): InputChange[] {
  // the held-back moves too: their commits are what a reviewer reports upstream
  return [...flake.inputs, ...(flake.heldBackInputs ?? [])].filter((c) => {
    const repo = c.after?.repo ?? c.before?.repo;
    return (
      c.kind === 'updated' &&
      repo?.forge === 'github' &&
      c.before?.rev !== undefined &&
      c.after?.rev !== undefined &&
      clientFor(repo.host) !== undefined
    );
  });
}

/** Commit lists for the body, keyed by `commitKey(flake dir, input)`; never throws for API trouble. */
export async function commitLists(
  flake: FlakeReport,
  clientFor: ClientForHost,
  maxCommits: number,
): Promise<Map<string, CommitList>> {
  const out = new Map<string, CommitList>();
  if (maxCommits <= 0) return out;
  for (const change of commitListTargets(flake, clientFor)) {
    out.set(commitKey(flake.dir, change.name), await listCommits(clientFor, change, { maxCommits }));
  }
  return out;
}

/** The pull request body of one flake: its report, commit lists filled in, our marker first. */
export function pullRequestBody(
  report: UpdateReport,
  target: FlakeTarget,
  commits: ReadonlyMap<string, CommitList>,
  fullReportUrl: string | undefined,
): string {
  // inert: package names, versions and input names come from upstream; none may @-mention or link elsewhere
  const raw: UpdateReport = { ...report, flakes: [target.flake] };
  const one = inertReport(raw);
  return renderReport(one, {
    marker: target.marker,
    // keyed by the inert report's names (an input name inertText changes keeps its commit list)
    commits: inertCommits(raw, commits),
    maxLength: MAX_LENGTH,
    ...(fullReportUrl ? { fullReportUrl } : {}),
  }).markdown;
}

/** `flake.lock` of a flake as a path from the repository root (the workspace may sit below it). */
async function repositoryPath(workspace: string, lockFile: string, git: PublishPorts['git']): Promise<string> {
  const prefix = (await git.pathPrefix(workspace)) ?? '';
  return path.posix.join(prefix, lockFile);
}

/** flake.nix beside the lock when a release-tag bump rewrote it (src/app/release-tag-bump.ts); else nothing. */
export async function flakeNixFiles(
  workspace: string,
  flake: Pick<FlakeReport, 'dir' | 'flakeNix'>,
  git: PublishPorts['git'],
): Promise<{ path: string; contents: string }[]> {
  if (!flake.flakeNix || flake.flakeNix.before === flake.flakeNix.after) return [];
  const file = flake.dir === '.' ? 'flake.nix' : path.posix.join(flake.dir, 'flake.nix');
  return [{ path: await repositoryPath(workspace, file, git), contents: flake.flakeNix.after }];
}

export interface WirePublishOptions {
  readonly env?: Env;
  /** The client to use (tests); built from the config otherwise. */
  readonly client?: GitHubClient;
  readonly git?: PublishPorts['git'];
  readonly fs?: PublishPorts['fs'];
}

/** The real ports for a config: the GitHub client (token masked through `logger`), git, the file system. */
export function wirePublish(config: Config, logger: Logger, opts: WirePublishOptions = {}): PublishPorts {
  const github =
    opts.client ??
    createGitHubClient({
      ...(config.pr.token ? { token: config.pr.token } : {}),
      apiUrl: config.pr.apiUrl,
      serverUrl: config.pr.serverUrl,
      logger,
      ...testTiming(opts.env ?? process.env),
    });
  return {
    github,
    git: opts.git ?? createGit(opts.env ? { env: opts.env } : {}),
    fs: opts.fs ?? nodeFs,
    logger,
  };
}

/** Publishes (creates, refreshes, closes or skips) the pull request of every flake of the report. */
export async function publish(
  config: Config,
  report: UpdateReport,
  ports: PublishPorts,
  extras: PublishExtras = {},
): Promise<PublishOutcome> {
  const { logger } = ports;
  if (!config.pr.repository) {
    throw new UsageError("command 'update' needs the repository (owner/repo) to open the pull request");
  }
  const clientFor = ownHost(ports.github);

  const flakes: FlakePublication[] = [];
  const made: { target: FlakeTarget; publication: FlakePublication }[] = [];
  const errors: { target: FlakeTarget; error: unknown }[] = [];
  const grouped = report.groups !== undefined;
  const asked = config.update.group;
  if (!grouped && asked !== undefined && asked.kind !== 'all') {
    // the groups are made by the plan (their locks, targets and shards): a plan made without them has none
    logger.warning(
      `group: ${asked.kind} is set, but the plan was made without it; this ${config.command} opens one pull request per flake (set group on the plan step)`,
    );
  }
  for (const target of grouped ? planGroupPullRequests(config, report) : planPullRequests(config, report)) {
    const { flake, plan } = target;
    const where = target.group
      ? ` for ${target.group.name}${report.flakes.length > 1 ? ` (${flake.dir})` : ''}`
      : report.flakes.length > 1
        ? ` for ${flake.dir}`
        : '';
    const about = {
      dir: flake.dir,
      lockFile: flake.lockFile,
      branch: target.branch,
      plan: plan.kind,
      ...(target.group ? { group: target.group.name } : {}),
    };
    try {
      const result = await logger.group(`Pull request${where}`, () =>
        publishFlake(config, report, target, { ...ports, clientFor }, extras),
      );
      const publication: FlakePublication = {
        ...about,
        operation: result.operation,
        ...(result.number !== undefined ? { number: result.number } : {}),
        ...(result.url !== undefined ? { url: result.url } : {}),
      };
      flakes.push(publication);
      made.push({ target, publication });
      if (plan.kind === 'skip') continue;
      const what = result.number !== undefined ? ` #${result.number} ${result.url ?? ''}`.trimEnd() : '';
      logger.info(`Pull request${where}: ${result.operation}${what}`);
    } catch (e) {
      errors.push({ target, error: e });
      const publication: FlakePublication = { ...about, operation: 'none', error: messageOf(e) };
      flakes.push(publication);
      made.push({ target, publication });
    }
  }

  for (const closed of await closeLeftovers(config, report, made, ports.github, logger)) {
    if ('error' in closed) errors.push(closed.error);
    flakes.push(closed.publication);
  }

  const shown = flakes.find((f) => f.error === undefined && f.operation !== 'none') ?? flakes[0];
  const outputs: PublishOutputs = {
    operation: shown?.operation ?? 'none',
    number: shown?.number !== undefined ? String(shown.number) : '',
    url: shown?.url ?? '',
  };
  const error = failure(errors, report);
  return { flakes, outputs, ...(error ? { error } : {}) };
}

/** One pull request closed after the flakes' own: what became of it, and the error when closing it failed. */
type Closing =
  | { readonly publication: FlakePublication }
  | { readonly publication: FlakePublication; readonly error: { target: FlakeTarget; error: unknown } };

/** A pull request of this run, as the comment on one it replaces names it. */
interface Replacement {
  readonly number: number;
  readonly group?: string;
}

/** What the run made of one flake's pull requests (its own target, or each of its groups). */
interface FlakeRun {
  /** The pull requests open for the flake after the run (created, updated, or left as they were). */
  readonly replacements: readonly Replacement[];
  /** Every pull request of the flake was made: none skipped, refused or failed (then a superseded one may close). */
  readonly complete: boolean;
}

/** Our open pull requests of one flake: the single one (`group: all`) and the grouped ones, by group name. */
interface OwnPulls {
  readonly single: readonly PullRequest[];
  readonly groups: readonly { readonly name: string; readonly pull: PullRequest }[];
}

/**
 * Ours, and only ours: from the flake's branch with the flake's marker (the single pull request), or from
 * `<branch>-<group>` with the marker naming that group; a pull request from a branch named like ours without our
 * marker, or whose marker names another group than its branch, is someone else's.
 */
export function ownPullRequests(pulls: readonly PullRequest[], flakeBranch: string, dir: string): OwnPulls {
  const single: PullRequest[] = [];
  const groups: { name: string; pull: PullRequest }[] = [];
  for (const pull of pulls) {
    if (pull.headRef === flakeBranch) {
      if (pull.body.includes(markerFor(dir))) single.push(pull);
      continue;
    }
    const name = markedGroup(pull.body, dir);
    if (name !== undefined && pull.headRef === `${flakeBranch}-${name}`) groups.push({ name, pull });
  }
  return { single, groups };
}

/** The comment on one of our pull requests that a pull request of another mode, or of a renamed group, replaces. */
export function supersededComment(why: string, by: readonly Replacement[]): string {
  const list = by.map((r) => `#${r.number}${r.group !== undefined ? ` (\`${r.group}\`)` : ''}`).join(', ');
  const replaced =
    by.length > 0 ? `It is replaced by ${list}.` : 'No pull request replaces it: nothing of it moves in this update.';
  return `This pull request is superseded: ${why}. ${replaced} Closing it and deleting its branch. (flake-steward)`;
}

/** Why the setting no longer makes pull request `group` (undefined: the single pull request of `group: all`). */
export function supersededWhy(setting: GroupSetting | undefined, group: string | undefined): string {
  if (setting === undefined || setting.kind === 'all') {
    return 'flake-steward now opens one pull request for all inputs (`group: all`)';
  }
  const now =
    setting.kind === 'per-input'
      ? 'flake-steward now opens one pull request per input (`group: per-input`)'
      : `flake-steward now opens one pull request per group (${setting.groups.map((g) => `\`${g.name}\``).join(', ')})`;
  return group === undefined ? now : `\`${group}\` is no longer a group; ${now}`;
}

/** The root input names of a flake's lock before and after (undefined when one cannot be read: any name may be one). */
function rootInputs(flake: FlakeReport): ReadonlySet<string> | undefined {
  const names = new Set<string>();
  try {
    for (const text of [flake.lock.before, flake.lock.after]) {
      const lock = parseLock(text, flake.lockFile);
      for (const name of lock.nodes.get(lock.root)?.inputs.keys() ?? []) names.add(name);
    }
  } catch {
    return undefined;
  }
  return names;
}

/**
 * After the flakes' own pull requests, our open pull requests they leave behind, per flake (one listing of the
 * repository's open pull requests):
 *  - grouped mode: a group that no longer moves (in the setting, not made nor refused this run) is closed with a
 *    comment saying it was updated elsewhere; with `inputs` set, only per-input groups of requested inputs are;
 *  - superseded: in grouped mode, the single pull request of `group: all` and any group the setting no longer has
 *    (renamed named groups, the other grouped mode); with `group: all`, every grouped one. Each is closed with a
 *    comment naming the pull requests that replace it, and its branch deleted — only when the run covers it (no
 *    `inputs` restriction) and every pull request of the flake was made this run (none skipped, refused or failed):
 *    else it stays, and the log says why.
 * A dry run publishes nothing, so closes nothing. A matrix report stage with a grouped setting (no groups in the
 * report) closes no grouped pull request: its setting still asks for them.
 */
async function closeLeftovers(
  config: Config,
  report: UpdateReport,
  made: readonly { readonly target: FlakeTarget; readonly publication: FlakePublication }[],
  github: GitHubClient,
  logger: Logger,
): Promise<Closing[]> {
  const grouped = report.groups !== undefined;
  const setting = config.update.group;
  if (report.dryRun || (!grouped && setting !== undefined && setting.kind !== 'all')) return [];
  const repository = config.pr.repository!;
  const several = severalFlakes(config, report);
  const restricted = report.requestedInputs.length > 0;
  const out: Closing[] = [];
  let open: PullRequest[] | undefined;
  for (const [i, flake] of report.flakes.entries()) {
    const fg = grouped ? report.groups![i] : undefined;
    if (grouped && !fg) continue;
    const flakeBranch = branchForFlake(config.pr.branch, flake.dir, several);
    try {
      open ??= await openPullRequestsFrom(github, repository, config.pr.branch);
    } catch (e) {
      // the flakes' own pull requests are done; the run fails after the outputs are set (outcome.error)
      const target: FlakeTarget = {
        flake,
        branch: flakeBranch,
        marker: markerFor(flake.dir),
        title: '',
        plan: { kind: 'close' },
      };
      const publication: FlakePublication = {
        dir: flake.dir,
        lockFile: flake.lockFile,
        branch: flakeBranch,
        plan: 'close',
        operation: 'none',
        error: `listing the open pull requests to close those left behind: ${messageOf(e)}`,
      };
      return [...out, { publication, error: { target, error: e } }];
    }
    const own = ownPullRequests(open, flakeBranch, flake.dir);
    const mine = made.filter((m) => m.publication.dir === flake.dir);
    const run: FlakeRun = {
      replacements: mine.flatMap(({ publication: p }) =>
        p.number !== undefined && p.error === undefined && p.operation !== 'closed'
          ? [{ number: p.number, ...(p.group !== undefined ? { group: p.group } : {}) }]
          : [],
      ),
      complete:
        (fg?.refused.length ?? 0) === 0 &&
        mine.every((m) => m.publication.error === undefined && m.publication.plan !== 'skip'),
    };
    const stale: { name: string; pull: PullRequest }[] = [];
    const superseded: { name?: string; pull: PullRequest }[] = [];
    if (fg) {
      superseded.push(...own.single.map((pull) => ({ pull })));
      const keep = new Set([...fg.groups.map((g) => g.name), ...fg.refused.map((r) => r.name)]);
      const inSetting = groupNames(setting, flake);
      for (const g of own.groups) {
        if (keep.has(g.name)) continue;
        if (inSetting === undefined || inSetting.has(g.name)) stale.push(g);
        else superseded.push(g);
      }
    } else {
      superseded.push(...own.groups);
    }

    const perInput = setting?.kind === 'per-input';
    for (const { name, pull } of stale) {
      if (restricted && !(perInput && report.requestedInputs.includes(name))) continue;
      logger.info(`${name} no longer moves in ${flake.lockFile}: closing #${pull.number} (updated elsewhere).`);
      out.push(await closeOne(config, flake, pull, name, updatedElsewhereComment(name, perInput), github));
    }
    for (const { name, pull } of superseded) {
      const what = `#${pull.number}${name !== undefined ? ` (group ${name})` : ''} of ${flake.lockFile}`;
      if (restricted) {
        logger.info(`${what} is superseded by the group setting but stays open: this run updates only some inputs.`);
        continue;
      }
      if (!run.complete) {
        logger.info(
          `${what} is superseded by the group setting but stays open: not every pull request replacing it was made.`,
        );
        continue;
      }
      logger.info(`${what} is superseded by the group setting: closing it.`);
      out.push(
        await closeOne(
          config,
          flake,
          pull,
          name,
          supersededComment(supersededWhy(setting, name), run.replacements),
          github,
        ),
      );
    }
  }
  return out;
}

/**
 * The group names the setting can make for a flake: named groups' names, per-input the flake's root inputs
 * (undefined when its lock cannot be read: any name may be one).
 */
function groupNames(setting: GroupSetting | undefined, flake: FlakeReport): ReadonlySet<string> | undefined {
  if (setting?.kind === 'named') return new Set(setting.groups.map((g) => g.name));
  if (setting?.kind === 'per-input') return rootInputs(flake);
  return new Set();
}

/** Closes one of our pull requests (comment, close, branch deleted); a failure is its publication's error. */
async function closeOne(
  config: Config,
  flake: FlakeReport,
  pull: PullRequest,
  group: string | undefined,
  closeComment: string,
  github: GitHubClient,
): Promise<Closing> {
  const marker = markerFor(flake.dir, group);
  const target: FlakeTarget = {
    flake,
    branch: pull.headRef,
    marker,
    title: pull.title,
    plan: { kind: 'close' },
    ...(group !== undefined ? { group: { name: group, inputs: [] } } : {}),
  };
  const about = {
    dir: flake.dir,
    lockFile: flake.lockFile,
    branch: pull.headRef,
    plan: 'close' as const,
    ...(group !== undefined ? { group } : {}),
  };
  try {
    const result = await closePullRequestIfOpen(github, {
      repository: config.pr.repository!,
      ...(config.pr.base ? { base: config.pr.base } : {}),
      branch: pull.headRef,
      marker,
      closeComment,
    });
    return {
      publication: {
        ...about,
        operation: result.operation,
        ...(result.number !== undefined ? { number: result.number } : {}),
        ...(result.url !== undefined ? { url: result.url } : {}),
      },
    };
  } catch (e) {
    return { publication: { ...about, operation: 'none', error: messageOf(e) }, error: { target, error: e } };
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The one error a run with failed flakes ends with (undefined when none failed). */
function failure(errors: readonly { target: FlakeTarget; error: unknown }[], report: UpdateReport): Error | undefined {
  if (errors.length === 0) return undefined;
  if (errors.length === 1 && report.flakes.length === 1) {
    const e = errors[0]!.error;
    return e instanceof Error ? e : new Error(String(e));
  }
  const lines = errors.map(
    ({ target, error }) => `${target.flake.dir}${target.group ? ` (${target.group.name})` : ''}: ${messageOf(error)}`,
  );
  return new Error(`the pull request failed for ${errors.length} flake(s):\n${lines.join('\n')}`);
}

async function publishFlake(
  config: Config,
  report: UpdateReport,
  target: FlakeTarget,
  fx: PublishPorts & { readonly clientFor: ClientForHost },
  extras: PublishExtras,
): Promise<PublishResult> {
  const { flake, plan } = target;
  const repository = config.pr.repository!;
  const common = {
    repository,
    ...(config.pr.base ? { base: config.pr.base } : {}),
    branch: target.branch,
    marker: target.marker,
  };
  if (plan.kind === 'skip') {
    if (plan.warn) fx.logger.warning(`No pull request for ${flake.lockFile}: ${plan.why}.`);
    else fx.logger.info(`No pull request for ${flake.lockFile}: ${plan.why}.`);
    return { operation: 'none', warnings: [] };
  }
  if (plan.kind === 'close') {
    fx.logger.info(`${flake.lockFile} did not change: closing the pull request from ${target.branch} if one is open.`);
    return closePullRequestIfOpen(fx.github, common);
  }

  const workspaceLock = path.resolve(config.workspace, flake.lockFile);
  // The file as Nix wrote it (the engine leaves it in the working tree); the report's copy when it is gone. A group's
  // lock is its own (only the group's inputs moved), never the tree's.
  const bytes = target.group ? undefined : await fx.fs.read(workspaceLock).catch(() => undefined);
  const contents = bytes?.toString('utf8') ?? flake.lock.after;
  if (contents !== flake.lock.after) {
    fx.logger.warning(
      `${flake.lockFile} changed after the update (it no longer matches what Nix wrote); committing Nix's version.`,
    );
  }
  const commits = await commitLists(flake, fx.clientFor, config.pr.maxCommits);
  const body = pullRequestBody(report, target, commits, extras.fullReportUrl);
  if (plan.failed.length > 0) {
    fx.logger.warning(
      `${plan.failed.length} build(s) failed after the update (${plan.failed.join(', ')}): the pull request ${
        plan.draft ? 'is a draft' : 'is opened'
      } with the failure on top (on-build-failure: ${config.update.onBuildFailure}).`,
    );
  }
  const one: UpdateReport = { ...report, flakes: [flake] };
  return publishPullRequest(fx.github, {
    ...common,
    files: [
      { path: await repositoryPath(config.workspace, flake.lockFile, fx.git), contents: flake.lock.after },
      ...(await flakeNixFiles(config.workspace, flake, fx.git)),
    ],
    commitMessage: config.pr.commitMessage ?? commitMessage(one),
    title: target.title,
    body,
    labels: config.pr.labels,
    assignees: config.pr.assignees,
    reviewers: config.pr.reviewers,
    teamReviewers: config.pr.teamReviewers,
    draft: plan.draft,
    autoMerge: config.pr.autoMerge,
    commitMode: config.pr.commitMode,
    signoff: config.pr.signoff,
    ...(config.pr.author ? { author: config.pr.author } : {}),
    ...(config.pr.committer ? { committer: config.pr.committer } : {}),
    git: { cwd: config.workspace },
  });
}
