/**
 * What one shard's build produced (`build-<shard>.json`): per flake, each of the shard's targets with its result on
 * both sides (built with its closure size, or failed with the log tail) and the package diff. It names the plan it
 * built (the plan's id), so the report refuses a file of another plan.
 *
 * Build files come back from other jobs as artifacts: read as untrusted input (a size limit, then a schema that
 * names the wrong field).
 */
import * as v from 'valibot';
import { UserError } from '../core/errors.js';
import { CHANGE_KINDS } from '../closure/diff.js';
import type { BisectOutcome, ConfigurationReport } from './update-result.js';

/**
 * A shard's bisection: its outcome and, with `proposal: proposed`, the lock text it built, and the flake.nix text it
 * built it with when the update moved release tags (the plan's flake.nix with the bumps of the held-back inputs left
 * out; the report checks it is).
 */
export type ShardBisect = BisectOutcome & { readonly lock?: string; readonly flakeNix?: string };
import { firstIssue, parseJsonFile, TAG } from './plan-file.js';

export const BUILD_FORMAT = 1;
/** A build file is refused above this size. */
export const BUILD_MAX_BYTES = 64 * 1024 * 1024;

export interface BuildFile {
  readonly format: typeof BUILD_FORMAT;
  readonly planId: string;
  readonly shard: string;
  readonly flakes: readonly {
    readonly dir: string;
    readonly configurations: readonly ConfigurationReport[];
    /** The bisection this shard ran of its broken targets, with the lock it proposes when it found one that builds. */
    readonly bisect?: ShardBisect;
    /**
     * The shard's targets of each group of the plan (`group: per-input` or named groups), by group name, and the
     * bisection this shard ran of a group's broken targets (within the group's inputs).
     */
    readonly groups?: readonly {
      readonly name: string;
      readonly configurations: readonly ConfigurationReport[];
      readonly bisect?: ShardBisect;
    }[];
  }[];
}

/** `build-0.json`. */
export function buildFileName(shard: string): string {
  return `build-${shard}.json`;
}

/** A name the report reads as a build file. */
export const BUILD_FILE_PATTERN = /^build-(?:0|[1-9][0-9]{0,2})\.json$/;

export function serializeBuild(build: BuildFile): string {
  return `${JSON.stringify(build, null, 2)}\n`;
}

const MAX_TEXT = 1024 * 1024;
const text = (max = 4096) => v.pipe(v.string(), v.maxLength(max));
const size = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const list = <T extends v.GenericSchema>(item: T, max = 1_000_000) => v.pipe(v.array(item), v.maxLength(max));
const SIDE = v.picklist(['before', 'after']);

const FailureSchema = v.strictObject({
  side: SIDE,
  attr: text(),
  drvPath: v.optional(text()),
  failedDrv: v.optional(text()),
  message: text(MAX_TEXT),
  logTail: text(MAX_TEXT),
});

const SideResultSchema = v.strictObject({
  status: v.picklist(['built', 'failed', 'absent', 'unchanged']),
  drvPath: v.optional(text()),
  outPaths: v.optional(list(text(), 1000)),
  closureSize: v.optional(size),
  failure: v.optional(FailureSchema),
});

const ChangeSchema = v.strictObject({
  name: text(),
  kind: v.picklist(CHANGE_KINDS),
  versionsBefore: list(text(1024), 10_000),
  versionsAfter: list(text(1024), 10_000),
  removed: list(text(1024), 10_000),
  added: list(text(1024), 10_000),
  sizeBefore: size,
  sizeAfter: size,
  sizeDelta: v.pipe(v.number(), v.safeInteger()),
  sizeShown: v.boolean(),
});

const SummarySchema = v.strictObject({
  changes: list(ChangeSchema),
  counts: v.strictObject(Object.fromEntries(CHANGE_KINDS.map((k) => [k, size])) as Record<(typeof CHANGE_KINDS)[number], typeof size>),
  sizeBefore: size,
  sizeAfter: size,
  pathsBefore: size,
  pathsAfter: size,
});

const ConfigurationSchema = v.strictObject({
  attr: text(),
  kind: v.picklist(['nixos', 'home', 'darwin', 'package', 'devShell', 'check', 'attr']),
  name: text(),
  before: SideResultSchema,
  after: SideResultSchema,
  diff: v.optional(SummarySchema),
});

const BisectSchema = v.strictObject({
  builds: size,
  maxBuilds: size,
  heldBack: list(
    v.strictObject({
      input: text(),
      targets: list(text(), 10_000),
      evidence: v.strictObject({ message: text(MAX_TEXT), logTail: text(MAX_TEXT) }),
      interaction: v.optional(v.boolean()),
      exact: v.boolean(),
      tagBump: v.optional(v.strictObject({ from: TAG, to: TAG })),
    }),
    10_000,
  ),
  proposal: v.picklist(['proposed', 'still-fails', 'none']),
  note: v.optional(text(MAX_TEXT)),
  lock: v.optional(text(BUILD_MAX_BYTES)),
  flakeNix: v.optional(text(BUILD_MAX_BYTES)),
});

const BuildSchema = v.strictObject({
  format: v.literal(BUILD_FORMAT),
  planId: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/, '16 hex digits')),
  shard: v.pipe(text(8), v.regex(/^(?:0|[1-9][0-9]{0,2})$/, 'a shard number')),
  flakes: list(
    v.strictObject({
      dir: text(),
      configurations: list(ConfigurationSchema, 100_000),
      bisect: v.optional(BisectSchema),
      groups: v.optional(
        list(
          v.strictObject({
            name: v.pipe(text(63), v.regex(/^[A-Za-z][A-Za-z0-9_-]{0,62}$/, 'a group name (a flake id)')),
            configurations: list(ConfigurationSchema, 100_000),
            bisect: v.optional(BisectSchema),
          }),
          10_000,
        ),
      ),
    }),
    10_000,
  ),
});

const HINT = 'download the build artifacts of this run only, unchanged (actions/download-artifact)';

/** The build file in `text` (the contents of `file`), checked: format version, then shape. One UserError if not. */
export function parseBuild(textIn: string, file: string): BuildFile {
  const data = parseJsonFile(textIn, file, 'the build file', HINT);
  if (typeof data === 'object' && data !== null && 'format' in data && data.format !== BUILD_FORMAT) {
    const format = (data as { format: unknown }).format;
    throw new UserError(
      `the build file has format ${JSON.stringify(format)?.slice(0, 20) ?? 'none'}; this flake-steward reads format ${BUILD_FORMAT}`,
      file,
      undefined,
      'run plan, build and report with the same flake-steward version',
    );
  }
  const result = v.safeParse(BuildSchema, data);
  if (!result.success) {
    throw new UserError(`the build file is malformed: ${firstIssue(result.issues)}`, file, undefined, HINT);
  }
  return result.output as BuildFile;
}
