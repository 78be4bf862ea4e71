/**
 * The plan of an update (`flake-steward plan`), as data and as the file `plan.json` that the build and report
 * stages read: the flakes, both locks of each, every target with its derivation per side, and the shard each
 * changed target is built in. Unchanged targets (the same derivation on both sides) belong to no shard: nothing
 * builds them.
 *
 * `plan.json` travels between jobs as an artifact, so it is read as untrusted input: a size limit, then a schema
 * (valibot) that says which field is wrong, then the checks a schema cannot make (shard ids the targets name exist,
 * the id is the hash of the content). The id is derived from the content (sha256), so a build file names the exact
 * plan it built.
 */
import { createHash } from 'node:crypto';
import * as v from 'valibot';
import { UserError } from '../core/errors.js';
import type { InstallableKind, Skipped } from './targets.js';
import { flakeNixWithTagBumps, TagBumpMismatch, VERSION_TAG, type TagBump } from '../flake/release-tags.js';

/** `format` of plan.json; a reader refuses any other. */
export const PLAN_FORMAT = 1;
/** GitHub runs at most 256 jobs of one matrix. */
export const MAX_SHARDS = 256;
/** plan.json is refused above this size (both locks of every flake are in it). */
export const PLAN_MAX_BYTES = 64 * 1024 * 1024;

/** One side of a target: its derivation, or why it did not evaluate. */
export interface PlannedSide {
  readonly drvPath?: string;
  readonly evalError?: string;
}

export interface PlannedTarget {
  /** Attribute path after `#`. */
  readonly attr: string;
  readonly kind: InstallableKind;
  readonly name: string;
  /** null: the output does not exist on this side. */
  readonly before: PlannedSide | null;
  readonly after: PlannedSide | null;
  /** The shard that builds it; null: unchanged (the same derivation on both sides), built nowhere. */
  readonly shard: string | null;
}

export interface PlannedFlake {
  /** Relative to the workspace (`.`). */
  readonly dir: string;
  readonly lockFile: string;
  /** sha256 of flake.nix when planned: a build on another checkout is refused. */
  readonly flakeNixSha256: string;
  readonly system?: string;
  readonly skipped: readonly Skipped[];
  readonly listingError?: string;
  readonly lock: { readonly before: string; readonly after: string };
  /**
   * flake.nix before and after its release-tag bumps (`tagBumps`), when the plan moved a tag; `before` is the file
   * `flakeNixSha256` names. Absent: flake.nix stays as it is.
   */
  readonly flakeNix?: { readonly before: string; readonly after: string };
  readonly tagBumps?: readonly TagBump[];
  readonly targets: readonly PlannedTarget[];
  /**
   * Grouped pull requests (`group: per-input` or named groups): present on every flake of a plan made with them
   * (empty when the lock did not move), absent otherwise.
   */
  readonly grouping?: PlannedGrouping;
}

/**
 * One group of moved root inputs, as if only they had been updated: its lock, its after side evaluated with that lock
 * in place, and the shard each of its changed targets is built in.
 */
export interface PlannedGroup {
  /** A flake id: it becomes part of a branch name and of a marker. */
  readonly name: string;
  /** The root inputs the group moves. */
  readonly inputs: readonly string[];
  /** The flake's `lock.before` with only the group's root inputs moved to `lock.after`'s exact entries. */
  readonly lock: string;
  /**
   * When the group moves inputs whose release tag the update bumped: flake.nix with only those bumps
   * (`flakeNixWithTagBumps` of the flake's `flakeNix.before`), paired with the group's lock, and those bumps. Absent:
   * the group leaves flake.nix as it is.
   */
  readonly flakeNix?: string;
  readonly tagBumps?: readonly TagBump[];
  readonly system?: string;
  readonly skipped: readonly Skipped[];
  readonly listingError?: string;
  /** The flake's targets with the plan's `before` side and the group's `after` side. */
  readonly targets: readonly PlannedTarget[];
}

/**
 * A group as a flake of its own (the plan's flake as if only the group's inputs had been updated): its lock moves
 * only the group's inputs, its flake.nix only their release tags, its targets are the group's. What the build's
 * bisection and the report take of a group.
 */
export function groupAsFlake(flake: PlannedFlake, group: PlannedGroup): PlannedFlake {
  const { grouping: _grouping, flakeNix, tagBumps: _tagBumps, listingError: _listingError, system: _system, ...rest } = flake;
  return {
    ...rest,
    ...(group.system !== undefined ? { system: group.system } : {}),
    skipped: group.skipped,
    ...(group.listingError !== undefined ? { listingError: group.listingError } : {}),
    lock: { before: flake.lock.before, after: group.lock },
    ...(flakeNix && group.flakeNix !== undefined
      ? { flakeNix: { before: flakeNix.before, after: group.flakeNix }, tagBumps: group.tagBumps ?? [] }
      : {}),
    targets: group.targets,
  };
}

/**
 * The release-tag bumps of a group and its flake.nix: the flake's bumps of the group's inputs, applied alone to the
 * flake's `flakeNix.before`; undefined when the group moves no bumped input (flake.nix stays). Throws
 * TagBumpMismatch when the bumps do not fit that flake.nix.
 */
export function groupTagBumps(
  flake: Pick<PlannedFlake, 'dir' | 'flakeNix' | 'tagBumps'>,
  inputs: readonly string[],
): { flakeNix: string; tagBumps: TagBump[] } | undefined {
  if (!flake.flakeNix) return undefined;
  const moved = new Set(inputs);
  const tagBumps = (flake.tagBumps ?? []).filter((b) => moved.has(b.input));
  if (tagBumps.length === 0) return undefined;
  const file = flake.dir === '.' ? 'flake.nix' : `${flake.dir}/flake.nix`;
  return { flakeNix: flakeNixWithTagBumps(flake.flakeNix.before, file, tagBumps), tagBumps };
}

export interface PlannedGrouping {
  readonly groups: readonly PlannedGroup[];
  /** Groups (by name) whose lock could not be made, with why: their pull requests are left as they are. */
  readonly refused: readonly { readonly name: string; readonly why: string }[];
}

/** What a review compares: the base commit (the "before" side) and the head (the "after" side). */
export interface ReviewSides {
  readonly base: { readonly ref: string; readonly sha: string };
  readonly head: { readonly ref: string; readonly sha: string };
  /** The pull request reviewed and its head commit, when there is one (the report checks them against its event). */
  readonly pullRequest?: { readonly number: number; readonly headSha: string };
}

export interface Plan {
  readonly format: typeof PLAN_FORMAT;
  /** sha256 (hex, 16 digits) of everything else. */
  readonly id: string;
  readonly nixVersion: string;
  readonly requestedInputs: readonly string[];
  /** Shard ids in order (`0`, `1`, …). */
  readonly shards: readonly string[];
  readonly flakes: readonly PlannedFlake[];
  /** A review's plan: base and head instead of a lock update. */
  readonly review?: ReviewSides;
}

export type PlanContent = Omit<Plan, 'id'>;

// ---------------------------------------------------------------- shards

/** A target to place in a shard. */
export interface Shardable {
  readonly flake: number;
  readonly target: number;
}

/**
 * Splits `count` changed targets (in plan order) into shards: `requested` shards, default one per target, never more
 * than the targets nor than GitHub's 256 matrix jobs; neighbours stay together (a flake's targets mostly share a
 * shard), sizes differ by at most one. Returns the shard index of each target.
 */
export function shardIndexes(count: number, requested?: number): number[] {
  if (count === 0) return [];
  const shards = Math.max(1, Math.min(requested ?? count, count, MAX_SHARDS));
  const base = Math.floor(count / shards);
  const extra = count % shards;
  const out: number[] = [];
  for (let s = 0; s < shards; s++) {
    const size = base + (s < extra ? 1 : 0);
    for (let i = 0; i < size; i++) out.push(s);
  }
  return out;
}

/**
 * The plan's content with shards assigned to every changed target (`shard` of the input targets is ignored). The unit
 * of a shard is a flake's attribute: the full update's target and every group's target of that attribute go in the
 * same shard, so their common "before" derivation is built once, and so is a group's "after" derivation that is the
 * full update's (a build matches results by derivation path). Without groups, one unit per changed target.
 */
export function assignShards(content: Omit<PlanContent, 'shards'>, requested?: number): PlanContent {
  const units = new Map<string, number>();
  const unitOf = (flake: number, t: PlannedTarget): string => `${flake}\0${t.attr}`;
  content.flakes.forEach((f, i) => {
    for (const t of [...f.targets, ...(f.grouping?.groups.flatMap((g) => g.targets) ?? [])]) {
      if (!isUnchangedTarget(t) && !units.has(unitOf(i, t))) units.set(unitOf(i, t), units.size);
    }
  });
  const indexes = shardIndexes(units.size, requested);
  const place = (i: number) => (t: PlannedTarget): PlannedTarget => ({
    ...t,
    shard: isUnchangedTarget(t) ? null : String(indexes[units.get(unitOf(i, t))!]),
  });
  const flakes = content.flakes.map((f, i) => ({
    ...f,
    targets: f.targets.map(place(i)),
    ...(f.grouping
      ? {
          grouping: {
            ...f.grouping,
            groups: f.grouping.groups.map((g) => ({ ...g, targets: g.targets.map(place(i)) })),
          },
        }
      : {}),
  }));
  const shards = [...new Set(indexes)].map(String);
  return { ...content, shards, flakes };
}

/** The same derivation on both sides: nothing to build. */
export function isUnchangedTarget(t: Pick<PlannedTarget, 'before' | 'after'>): boolean {
  return t.before?.drvPath !== undefined && t.before.drvPath === t.after?.drvPath;
}

/** The plan with its id. */
export function sealPlan(content: PlanContent): Plan {
  return { format: PLAN_FORMAT, id: planId(content), ...withoutFormat(content) };
}

function withoutFormat(content: PlanContent): Omit<PlanContent, 'format'> {
  const { format: _format, ...rest } = content;
  return rest;
}

/** The id of a plan: sha256 of its content in canonical JSON (keys sorted), 16 hex digits. */
export function planId(content: PlanContent): string {
  return createHash('sha256')
    .update(canonicalJson({ ...withoutFormat(content), format: PLAN_FORMAT }))
    .digest('hex')
    .slice(0, 16);
}

/** JSON with every object's keys in code-unit order and no `undefined` members: one text per value. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, x: unknown) => {
    if (x === null || typeof x !== 'object' || Array.isArray(x)) return x;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(x).sort()) sorted[k] = (x as Record<string, unknown>)[k];
    return sorted;
  });
}

/** How a target is named to a person: `host`, or `nix/hosts: host` in another flake than the root one. */
export function targetLabel(flake: Pick<PlannedFlake, 'dir'>, target: Pick<PlannedTarget, 'name'>): string {
  return flake.dir === '.' ? target.name : `${flake.dir}: ${target.name}`;
}

/** Each shard's targets as a person names them, in plan order (a group's target once, under its name): one pass. */
export function shardLabels(plan: Plan): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const flake of plan.flakes) {
    for (const t of [...flake.targets, ...(flake.grouping?.groups.flatMap((g) => g.targets) ?? [])]) {
      if (t.shard === null) continue;
      const label = targetLabel(flake, t);
      if (seen.has(`${t.shard}\0${label}`)) continue;
      seen.add(`${t.shard}\0${label}`);
      const list = out.get(t.shard);
      if (list) list.push(label);
      else out.set(t.shard, [label]);
    }
  }
  return out;
}

/** `strategy.matrix` of the build jobs: `{"include":[{"shard":"0","targets":"host, alice"}]}`. */
export function matrixOf(plan: Plan): { include: { shard: string; targets: string }[] } {
  const labels = shardLabels(plan);
  return { include: plan.shards.map((shard) => ({ shard, targets: (labels.get(shard) ?? []).join(', ') })) };
}

// ---------------------------------------------------------------- the file

/** Text of plan.json: pretty JSON, final newline. */
export function serializePlan(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

const MAX_TEXT = 1024 * 1024;
const text = (max = 4096) => v.pipe(v.string(), v.maxLength(max));
const STORE_DRV = v.pipe(text(), v.regex(/^\/[^\0\n]*\.drv$/, 'a store derivation path'));
const KINDS = ['nixos', 'home', 'darwin', 'package', 'devShell', 'check', 'attr'] as const;

/** A release tag as the plan moves one (src/flake/release-tags.ts `tagVersion`: a version, `v` or not). */
export const TAG = v.pipe(text(256), v.regex(VERSION_TAG, 'a release tag'));

const SideSchema = v.nullable(
  v.strictObject({
    drvPath: v.optional(STORE_DRV),
    evalError: v.optional(text(MAX_TEXT)),
  }),
);

const TargetSchema = v.strictObject({
  attr: text(),
  kind: v.picklist(KINDS),
  name: text(),
  before: SideSchema,
  after: SideSchema,
  shard: v.nullable(text(8)),
});

/** A group's name: a flake id (src/update/input-groups.ts), as it becomes part of a branch name and a marker. */
const GROUP_NAME = v.pipe(text(63), v.regex(/^[A-Za-z][A-Za-z0-9_-]{0,62}$/, 'a group name (a flake id)'));
const SKIPPED = v.pipe(v.array(v.strictObject({ attr: text(), system: text(256) })), v.maxLength(100_000));

const TAG_BUMPS = v.pipe(v.array(v.strictObject({ input: text(), from: TAG, to: TAG })), v.maxLength(10_000));

const GroupSchema = v.strictObject({
  name: GROUP_NAME,
  inputs: v.pipe(v.array(text()), v.minLength(1), v.maxLength(10_000)),
  lock: text(PLAN_MAX_BYTES),
  flakeNix: v.optional(text(PLAN_MAX_BYTES)),
  tagBumps: v.optional(TAG_BUMPS),
  system: v.optional(text(256)),
  skipped: SKIPPED,
  listingError: v.optional(text(MAX_TEXT)),
  targets: v.pipe(v.array(TargetSchema), v.maxLength(100_000)),
});

const FlakeSchema = v.strictObject({
  dir: text(),
  lockFile: text(),
  flakeNixSha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'a sha256 in hex')),
  system: v.optional(text(256)),
  skipped: SKIPPED,
  listingError: v.optional(text(MAX_TEXT)),
  lock: v.strictObject({ before: text(PLAN_MAX_BYTES), after: text(PLAN_MAX_BYTES) }),
  flakeNix: v.optional(v.strictObject({ before: text(PLAN_MAX_BYTES), after: text(PLAN_MAX_BYTES) })),
  tagBumps: v.optional(TAG_BUMPS),
  targets: v.pipe(v.array(TargetSchema), v.maxLength(100_000)),
  grouping: v.optional(
    v.strictObject({
      groups: v.pipe(v.array(GroupSchema), v.maxLength(10_000)),
      refused: v.pipe(v.array(v.strictObject({ name: GROUP_NAME, why: text(MAX_TEXT) })), v.maxLength(10_000)),
    }),
  ),
});

const SHA = v.pipe(v.string(), v.regex(/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/, 'a commit id'));
const Side = v.strictObject({ ref: text(1024), sha: SHA });

const ReviewSchema = v.strictObject({
  base: Side,
  head: Side,
  pullRequest: v.optional(
    v.strictObject({ number: v.pipe(v.number(), v.safeInteger(), v.minValue(1)), headSha: SHA }),
  ),
});

const PlanSchema = v.strictObject({
  format: v.literal(PLAN_FORMAT),
  id: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/, '16 hex digits')),
  nixVersion: text(1024),
  requestedInputs: v.pipe(v.array(text()), v.maxLength(10_000)),
  shards: v.pipe(v.array(v.pipe(text(8), v.regex(/^(?:0|[1-9][0-9]{0,2})$/, 'a shard number'))), v.maxLength(MAX_SHARDS)),
  flakes: v.pipe(v.array(FlakeSchema), v.maxLength(10_000)),
  review: v.optional(ReviewSchema),
});

/**
 * A group's flake.nix and release-tag bumps must be exactly what the flake's give for its inputs
 * (`groupTagBumps`): the flake's bumps of those inputs, applied alone to the plan's flake.nix; none when it moves
 * no bumped input. Anything else is refused (the file came back as an artifact).
 */
function checkGroupTags(f: PlannedFlake, g: PlannedGroup, file: string): void {
  let expected: ReturnType<typeof groupTagBumps> | 'mismatch';
  try {
    expected = groupTagBumps(f, g.inputs);
  } catch (e) {
    if (!(e instanceof TagBumpMismatch)) throw e;
    expected = 'mismatch';
  }
  const have = g.flakeNix === undefined && g.tagBumps === undefined ? undefined : { flakeNix: g.flakeNix, tagBumps: g.tagBumps };
  if (expected === 'mismatch' || canonicalJson(have ?? null) !== canonicalJson(expected ?? null)) {
    throw new UserError(
      `the plan's flake.nix of group ${g.name} of ${f.dir} is not the plan's with the release-tag bumps of the group's inputs`,
      file,
      undefined,
      PLAN_HINT,
    );
  }
}

/** Where a schema issue is: `flakes[0].targets[2].kind`. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** The first schema issue as one line: `flakes[0].targets[2].kind: Invalid type: …`. */
export function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0]!;
  const where = issuePath(issue);
  return `${where === '' ? '' : `${where}: `}${issue.message}`;
}

/** JSON.parse, with a syntax error as a UserError naming the file. */
export function parseJsonFile(textIn: string, file: string, what: string, hint: string): unknown {
  try {
    return JSON.parse(textIn) as unknown;
  } catch (e) {
    throw new UserError(`${what} is not valid JSON (${(e as Error).message})`, file, undefined, hint);
  }
}

const PLAN_HINT = 'use the plan directory the plan step of this run wrote (plan-dir), unchanged';

/**
 * The plan in `text` (the contents of `file`), checked: its format version, its shape, that every target's shard is
 * one of the plan's and its id is the hash of its content. Any failure is one UserError naming the file.
 */
export function parsePlan(textIn: string, file: string): Plan {
  const data = parseJsonFile(textIn, file, 'the plan', PLAN_HINT);
  if (typeof data === 'object' && data !== null && 'format' in data && data.format !== PLAN_FORMAT) {
    const format = (data as { format: unknown }).format;
    throw new UserError(
      `the plan has format ${JSON.stringify(format)?.slice(0, 20) ?? 'none'}; this flake-steward reads format ${PLAN_FORMAT}`,
      file,
      undefined,
      'run plan, build and report with the same flake-steward version',
    );
  }
  const result = v.safeParse(PlanSchema, data);
  if (!result.success) throw new UserError(`the plan is malformed: ${firstIssue(result.issues)}`, file, undefined, PLAN_HINT);
  const plan = result.output as Plan;
  const shards = new Set(plan.shards);
  if (shards.size !== plan.shards.length) throw new UserError('the plan lists a shard twice', file, undefined, PLAN_HINT);
  for (const f of plan.flakes) {
    if (f.flakeNix && createHash('sha256').update(f.flakeNix.before, 'utf8').digest('hex') !== f.flakeNixSha256) {
      throw new UserError(`the plan's flake.nix of ${f.dir} is not the one it names by hash`, file, undefined, PLAN_HINT);
    }
    if ((f.flakeNix === undefined) !== (f.tagBumps === undefined)) {
      throw new UserError(`the plan's release-tag bumps of ${f.dir} come without both flake.nix texts`, file, undefined, PLAN_HINT);
    }
    const groups = f.grouping?.groups ?? [];
    for (const t of [...f.targets, ...groups.flatMap((g) => g.targets)]) {
      if (t.shard === null && !isUnchangedTarget(t)) {
        throw new UserError(`the plan builds ${t.attr} in no shard, though it changed`, file, undefined, PLAN_HINT);
      }
      if (t.shard !== null && !shards.has(t.shard)) {
        throw new UserError(`the plan puts ${t.attr} in shard ${t.shard}, which it does not list`, file, undefined, PLAN_HINT);
      }
    }
    const names = [...groups.map((g) => g.name), ...(f.grouping?.refused ?? []).map((r) => r.name)];
    const named = new Set<string>();
    const twice = names.find((n) => named.size === named.add(n).size);
    if (twice !== undefined) {
      throw new UserError(`the plan names group ${twice} of ${f.dir} twice`, file, undefined, PLAN_HINT);
    }
    if (groups.length > 0 && f.lock.before === f.lock.after) {
      throw new UserError(`the plan groups ${f.dir}, whose update cannot be grouped`, file, undefined, PLAN_HINT);
    }
    for (const g of groups) checkGroupTags(f, g, file);
  }
  if (plan.flakes.some((f) => f.grouping === undefined) && plan.flakes.some((f) => f.grouping !== undefined)) {
    throw new UserError('the plan groups some flakes and not others', file, undefined, PLAN_HINT);
  }
  const { id, ...content } = plan;
  const expected = planId(content);
  if (expected !== id) {
    throw new UserError(`the plan's id ${id} is not the hash of its content (${expected}): it was edited`, file, undefined, PLAN_HINT);
  }
  return plan;
}
