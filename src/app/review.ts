/**
 * The review use case (`flake-steward review`, `command: review`): anyone's lockfile change — Dependabot's,
 * Renovate's, a person's — compared between a base commit and the head, with the update's own machinery: for every
 * flake whose flake.nix or flake.lock differs, the inputs that moved (the changelog, from the two locks), the
 * outputs whose derivation changed built on both sides (package diffs, closure sizes, failures with log tails), and
 * lint of the head with the findings the pull request brings apart from those the base already had.
 *
 * The base is evaluated from a separate work tree of the base commit (`git worktree add --detach`, in a temp
 * directory, removed afterwards), never by rewriting the checkout: the working tree, the index and HEAD stay as they
 * were. The head is the working tree (or a second work tree of `--head`). Nothing here writes a lock. The result is
 * a review plan (src/update/plan-file.ts, with `review` set) built in this process, so a review and an update share
 * the plan, build and merge code, and a review's result directory is a plan directory `report` can read.
 */
import path from 'node:path';
import type { BuildSelection, Config, LintSettings } from '../core/config.js';
import { UserError } from '../core/errors.js';
import type { Git } from '../core/ports.js';
import type { ForgeHosts } from '../forge/forge-repo.js';
import { diffFindings } from '../lint/finding-diff.js';
import { allFindings } from '../lint/lint-result.js';
import type { Finding } from '../lint/lint-types.js';
import type { BuildFile } from '../update/build-file.js';
import { mergeBuilds } from '../update/merge-builds.js';
import {
  assignShards,
  PLAN_FORMAT,
  sealPlan,
  type Plan,
  type PlannedFlake,
  type ReviewSides,
} from '../update/plan-file.js';
import type { UpdateReport } from '../update/update-result.js';
import type { Fs } from '../workspace/fs.js';
import type { ScratchDirs } from '../workspace/scratch-dir.js';
import { runBuild } from './build.js';
import { lint } from './lint.js';
import { tagLookup } from './lint-tag-lookup.js';
import {
  evaluateSide,
  flakeNixSha256,
  mergeSkipped,
  pairPlanned,
  serverForgeHosts,
  type UpdateDeps,
} from './plan.js';

export interface ReviewRequest {
  /** A directory of the repository (the checkout); `paths` are relative to it. */
  readonly workspace: string;
  readonly paths: readonly string[];
  /** The base: a commit, branch or tag (fetched from `origin` when it is a commit id the clone does not have). */
  readonly base: string;
  /** The head: a commit, branch or tag; undefined: the working tree. */
  readonly head?: string;
  readonly build: BuildSelection;
  readonly lint: LintSettings;
  /** How the face names the `rules` setting in messages. */
  readonly rulesSetting: string;
  /** Every flake directory and file must lead inside the workspace (the action). */
  readonly confine?: boolean;
  /** The pull request reviewed, from the event (recorded in the result, checked again by `report`). */
  readonly pullRequest?: { readonly number: number; readonly headSha: string };
  readonly hosts?: ForgeHosts;
  readonly maxLogs?: number;
  readonly logLines?: number;
}

export interface ReviewDeps extends UpdateDeps {
  readonly git: Pick<
    Git,
    'topLevel' | 'commitOf' | 'changedFiles' | 'addWorktree' | 'removeWorktree' | 'fetchCommit' | 'remoteTags'
  >;
  /** Where the base's work tree goes (src/workspace/scratch-dir.ts). */
  readonly scratch: ScratchDirs;
  /**
   * The file system confined to another root (the action's `confinedFs`): the base's work tree is read as its own
   * workspace, links out of it refused. Without it, `fs` reads every tree.
   */
  readonly fsWithin?: (root: string) => Fs;
}

/** A review's plan: what `plan --base` writes, and the first half of a review in one process. */
export interface ReviewPlan {
  readonly plan: Plan;
  readonly lint: { readonly introduced: Finding[]; readonly present: Finding[] };
  readonly sides: ReviewSides;
  /** No flake's flake.nix or flake.lock differs: nothing was evaluated, built or linted. */
  readonly noFlakeChanges: boolean;
}

export interface ReviewRun extends ReviewPlan {
  readonly builds: readonly BuildFile[];
  readonly report: UpdateReport;
}

/** The review in one process: its plan (one shard), that shard built, the report merged. */
export async function runReview(req: ReviewRequest, deps: ReviewDeps): Promise<ReviewRun> {
  const planned = await planReview(req, deps, 1);
  const builds: BuildFile[] = [];
  // the plan's derivations were instantiated in this store by its evaluations: nothing is evaluated again
  for (const shard of planned.plan.shards) {
    builds.push(await runBuild(planned.plan, shard, req, deps, { instantiated: true }));
  }
  const report = mergeBuilds(
    planned.plan,
    builds.map((build) => ({ file: `shard ${build.shard}`, build })),
    { dryRun: true, now: deps.clock.now(), ...(req.hosts ? { hosts: req.hosts } : {}) },
  );
  return { ...planned, builds, report };
}

/** A lock with no input, for the side of a flake that does not exist (all of its inputs are added or removed). */
const EMPTY_LOCK = `${JSON.stringify({ nodes: { root: {} }, root: 'root', version: 7 }, null, 2)}\n`;

/**
 * Plans a review: both sides evaluated (the base from its own work tree), the targets whose derivation changed
 * split into `shards` (default one per target), and the lint of both sides compared. Builds nothing.
 */
export async function planReview(req: ReviewRequest, deps: ReviewDeps, shards?: number): Promise<ReviewPlan> {
  const { git, logger, fs } = deps;
  const top = await git.topLevel(req.workspace);
  if (top === undefined) {
    throw new UserError(
      `${req.workspace} is not in a git repository`,
      undefined,
      undefined,
      'review compares two commits: run it in a clone (actions/checkout)',
    );
  }
  const prefix = path.relative(top, req.workspace);
  const baseSha = await commit(git, top, req.base, 'base');
  const headSha = req.head !== undefined ? await commit(git, top, req.head, 'head') : await git.commitOf(top, 'HEAD');
  if (headSha === undefined) throw new UserError('the repository has no commit (HEAD)', undefined, undefined, 'commit first');
  const sides: ReviewSides = {
    base: { ref: req.base, sha: baseSha },
    head: { ref: req.head ?? 'HEAD', sha: headSha },
    ...(req.pullRequest ? { pullRequest: req.pullRequest } : {}),
  };
  const changed = await git.changedFiles(top, baseSha, req.head !== undefined ? headSha : undefined);
  if (changed === undefined) throw new UserError(`git cannot compare ${req.base} with the head`);

  const tempRoot = await deps.scratch.make();
  const trees: string[] = [];
  const tree = async (sha: string, name: string): Promise<string> => {
    const at = path.join(tempRoot, name);
    if (!(await git.addWorktree(top, at, sha))) {
      throw new UserError(`git cannot check out ${sha.slice(0, 12)} into a work tree`, undefined, undefined, 'is the clone complete?');
    }
    trees.push(at);
    return at;
  };
  try {
    const headTop = req.head !== undefined ? await tree(headSha, 'head') : top;
    const baseTop = await tree(baseSha, 'base');
    const headWs = path.join(headTop, prefix);
    const baseWs = path.join(baseTop, prefix);
    const within = (root: string): Fs => deps.fsWithin?.(root) ?? fs;
    const sideFs = { base: within(baseTop), head: req.head !== undefined ? within(headTop) : fs };
    const touched = new Set(changed);
    const inRepo = (dir: string, file: string): string => path.posix.join(prefix.split(path.sep).join('/'), dir, file);
    const discover = { onWarning: (line: string) => deps.logger.warning(line) };
    const dirs = [
      ...new Set([
        ...(await sideFs.head.flakeDirs(headWs, req.paths, discover)),
        ...(await sideFs.base.flakeDirs(baseWs, req.paths, discover)),
      ]),
    ]
      .filter((d) => touched.has(inRepo(d, 'flake.nix')) || touched.has(inRepo(d, 'flake.lock')))
      .sort();
    if (dirs.length === 0) {
      logger.info('No flake.nix or flake.lock differs between the base and the head: nothing to review.');
      const plan = sealPlan(assignShards({ format: PLAN_FORMAT, nixVersion: '', requestedInputs: [], flakes: [], review: sides }));
      return { plan, lint: { introduced: [], present: [] }, sides, noFlakeChanges: true };
    }
    logger.info(`flakes that differ: ${dirs.map((d) => (d === '.' ? 'the root flake' : d)).join(', ')}`);
    const version = await deps.nix.version();
    const flakes: PlannedFlake[] = [];
    for (const dir of dirs) flakes.push(await reviewFlake(dir, { ws: baseWs, fs: sideFs.base }, { ws: headWs, fs: sideFs.head }, req, deps));
    const plan = sealPlan(
      assignShards({ format: PLAN_FORMAT, nixVersion: version.raw, requestedInputs: [], flakes, review: sides }, shards),
    );
    // Release tags (freshness/newer-tag) under the same `newer-tags` policy as lint: one lookup for both sides, so
    // each remote is asked once and base and head read the same answers. The base is linted first: a remote the
    // bound left out for the base is left out for the head too, so no notice is new only because the base could not
    // ask (a remote only the head pins is asked if the bound allows, and its notice is rightly new).
    const tags = tagLookup({ git: deps.git, logger });
    const lintOf = async (workspace: string, present: readonly string[]): Promise<Finding[]> =>
      present.length === 0
        ? []
        : allFindings(
            await lint({
              workspace,
              paths: present,
              settings: req.lint,
              rulesSetting: req.rulesSetting,
              clock: deps.clock,
              confine: req.confine === true,
              tags,
            }),
          );
    const present = async (ws: string, side: Fs): Promise<string[]> => {
      const out: string[] = [];
      for (const d of dirs) if (await side.exists(path.join(ws, d, 'flake.nix'))) out.push(d);
      return out;
    };
    const headDirs = await present(headWs, sideFs.head);
    const baseDirs = await present(baseWs, sideFs.base);
    const baseFindings = await lintOf(baseWs, baseDirs);
    const headFindings = await lintOf(headWs, headDirs);
    tags.done();
    const lintDiff = diffFindings(baseFindings, headFindings);
    return { plan, lint: lintDiff, sides, noFlakeChanges: false };
  } finally {
    for (const at of trees.reverse()) await git.removeWorktree(top, at);
    await deps.scratch.remove(tempRoot);
  }
}

/** The commit `ref` names; a commit id the clone lacks (a shallow checkout's base) is fetched from `origin` first. */
async function commit(git: ReviewDeps['git'], top: string, ref: string, what: 'base' | 'head'): Promise<string> {
  let sha = await git.commitOf(top, ref);
  if (sha === undefined && /^[0-9a-f]{40}$/.test(ref) && (await git.fetchCommit(top, 'origin', ref))) {
    sha = await git.commitOf(top, ref);
  }
  if (sha === undefined) {
    throw new UserError(
      `no commit '${ref}' (the ${what}) in the repository`,
      undefined,
      undefined,
      what === 'base'
        ? 'pass a branch, tag or commit the clone has (actions/checkout with fetch-depth: 0 fetches every one)'
        : 'pass a branch, tag or commit of the clone, or leave --head out for the working tree',
    );
  }
  return sha;
}

/** One flake on both sides: its locks and the derivation of each output, base from the base's work tree. */
interface Tree {
  readonly ws: string;
  readonly fs: Fs;
}

async function reviewFlake(dir: string, base: Tree, head: Tree, req: ReviewRequest, deps: ReviewDeps): Promise<PlannedFlake> {
  const { logger } = deps;
  const baseWs = base.ws;
  const headWs = head.ws;
  const lockFile = dir === '.' ? 'flake.lock' : `${dir}/flake.lock`;
  const at = (ws: string) => ({ abs: path.join(ws, dir), dir });
  const hasNix = async (t: Tree) => t.fs.exists(path.join(t.ws, dir, 'flake.nix'));
  const lockText = async (t: Tree) => (await t.fs.read(path.join(t.ws, dir, 'flake.lock')))?.toString('utf8');
  const [baseNix, headNix] = [await hasNix(base), await hasNix(head)];
  const before = baseNix
    ? await logger.group(`Evaluate the base (${dir})`, () => evaluateSide(at(baseWs), req, deps))
    : undefined;
  const after = headNix
    ? await logger.group(`Evaluate the head (${dir})`, () =>
        evaluateSide(
          at(headWs),
          req,
          deps,
          before?.targets.map((x) => x.installable),
        ),
      )
    : undefined;
  const system = after?.system ?? before?.system;
  return {
    dir,
    lockFile,
    flakeNixSha256: await flakeNixSha256(headNix ? head.fs : base.fs, path.join(headNix ? headWs : baseWs, dir)),
    ...(system !== undefined ? { system } : {}),
    skipped: mergeSkipped(before?.skipped ?? [], after?.skipped ?? []),
    ...(after?.listingError ? { listingError: after.listingError } : {}),
    lock: { before: (await lockText(base)) ?? EMPTY_LOCK, after: (await lockText(head)) ?? EMPTY_LOCK },
    targets: pairPlanned(before?.targets ?? [], after?.targets ?? []),
  };
}

/** The request both faces make of a Config, with the refs (the CLI's flags, or the action's event). */
export function reviewRequest(
  config: Config,
  refs: {
    readonly base: string;
    readonly head?: string;
    readonly rulesSetting: string;
    readonly confine?: boolean;
    readonly pullRequest?: ReviewRequest['pullRequest'];
  },
): ReviewRequest {
  const hosts = serverForgeHosts(config.pr.serverUrl);
  return {
    workspace: config.workspace,
    paths: config.paths,
    base: refs.base,
    ...(refs.head !== undefined ? { head: refs.head } : {}),
    build: config.update.build,
    lint: config.lint,
    rulesSetting: refs.rulesSetting,
    ...(refs.confine ? { confine: true } : {}),
    ...(refs.pullRequest ? { pullRequest: refs.pullRequest } : {}),
    ...(hosts ? { hosts } : {}),
  };
}
