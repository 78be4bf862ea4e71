import {
  CHANGE_KINDS
} from "./chunk-WYFOGVTW.js";
import {
  TAG,
  array,
  boolean,
  firstIssue,
  literal,
  maxLength,
  minValue,
  number,
  optional,
  parseJsonFile,
  picklist,
  pipe,
  regex,
  safeInteger,
  safeParse,
  strictObject,
  string
} from "./chunk-LNUD2RHY.js";
import {
  UserError
} from "./chunk-6FGB7YHV.js";

// src/update/build-file.ts
var BUILD_FORMAT = 1;
var BUILD_MAX_BYTES = 64 * 1024 * 1024;
function buildFileName(shard) {
  return `build-${shard}.json`;
}
var BUILD_FILE_PATTERN = /^build-(?:0|[1-9][0-9]{0,2})\.json$/;
function serializeBuild(build) {
  return `${JSON.stringify(build, null, 2)}
`;
}
var MAX_TEXT = 1024 * 1024;
var text = (max = 4096) => pipe(string(), maxLength(max));
var size = pipe(number(), safeInteger(), minValue(0));
var list = (item, max = 1e6) => pipe(array(item), maxLength(max));
var SIDE = picklist(["before", "after"]);
var FailureSchema = strictObject({
  side: SIDE,
  attr: text(),
  drvPath: optional(text()),
  failedDrv: optional(text()),
  message: text(MAX_TEXT),
  logTail: text(MAX_TEXT)
});
var SideResultSchema = strictObject({
  status: picklist(["built", "failed", "absent", "unchanged"]),
  drvPath: optional(text()),
  outPaths: optional(list(text(), 1e3)),
  closureSize: optional(size),
  failure: optional(FailureSchema)
});
var ChangeSchema = strictObject({
  name: text(),
  kind: picklist(CHANGE_KINDS),
  versionsBefore: list(text(1024), 1e4),
  versionsAfter: list(text(1024), 1e4),
  removed: list(text(1024), 1e4),
  added: list(text(1024), 1e4),
  sizeBefore: size,
  sizeAfter: size,
  sizeDelta: pipe(number(), safeInteger()),
  sizeShown: boolean()
});
var SummarySchema = strictObject({
  changes: list(ChangeSchema),
  counts: strictObject(Object.fromEntries(CHANGE_KINDS.map((k) => [k, size]))),
  sizeBefore: size,
  sizeAfter: size,
  pathsBefore: size,
  pathsAfter: size
});
var ConfigurationSchema = strictObject({
  attr: text(),
  kind: picklist(["nixos", "home", "darwin", "package", "devShell", "check", "attr"]),
  name: text(),
  before: SideResultSchema,
  after: SideResultSchema,
  diff: optional(SummarySchema)
});
var BisectSchema = strictObject({
  builds: size,
  maxBuilds: size,
  heldBack: list(
    strictObject({
      input: text(),
      targets: list(text(), 1e4),
      evidence: strictObject({ message: text(MAX_TEXT), logTail: text(MAX_TEXT) }),
      interaction: optional(boolean()),
      exact: boolean(),
      tagBump: optional(strictObject({ from: TAG, to: TAG }))
    }),
    1e4
  ),
  proposal: picklist(["proposed", "still-fails", "none"]),
  note: optional(text(MAX_TEXT)),
  lock: optional(text(BUILD_MAX_BYTES)),
  flakeNix: optional(text(BUILD_MAX_BYTES))
});
var BuildSchema = strictObject({
  format: literal(BUILD_FORMAT),
  planId: pipe(string(), regex(/^[0-9a-f]{16}$/, "16 hex digits")),
  shard: pipe(text(8), regex(/^(?:0|[1-9][0-9]{0,2})$/, "a shard number")),
  flakes: list(
    strictObject({
      dir: text(),
      configurations: list(ConfigurationSchema, 1e5),
      bisect: optional(BisectSchema),
      groups: optional(
        list(
          strictObject({
            name: pipe(text(63), regex(/^[A-Za-z][A-Za-z0-9_-]{0,62}$/, "a group name (a flake id)")),
            configurations: list(ConfigurationSchema, 1e5),
            bisect: optional(BisectSchema)
          }),
          1e4
        )
      )
    }),
    1e4
  )
});
var HINT = "download the build artifacts of this run only, unchanged (actions/download-artifact)";
function parseBuild(textIn, file) {
  const data = parseJsonFile(textIn, file, "the build file", HINT);
  if (typeof data === "object" && data !== null && "format" in data && data.format !== BUILD_FORMAT) {
    const format = data.format;
    throw new UserError(
      `the build file has format ${JSON.stringify(format)?.slice(0, 20) ?? "none"}; this flake-steward reads format ${BUILD_FORMAT}`,
      file,
      void 0,
      "run plan, build and report with the same flake-steward version"
    );
  }
  const result = safeParse(BuildSchema, data);
  if (!result.success) {
    throw new UserError(`the build file is malformed: ${firstIssue(result.issues)}`, file, void 0, HINT);
  }
  return result.output;
}

export {
  BUILD_FORMAT,
  BUILD_MAX_BYTES,
  buildFileName,
  BUILD_FILE_PATTERN,
  serializeBuild,
  parseBuild
};
