import {
  TagBumpMismatch,
  VERSION_TAG,
  flakeNixWithTagBumps
} from "./chunk-LQO26QTC.js";
import {
  UserError
} from "./chunk-6FGB7YHV.js";

// src/update/plan-file.ts
import { createHash } from "node:crypto";

// node_modules/valibot/dist/index.mjs
var store$4;
var DEFAULT_CONFIG = {
  lang: void 0,
  message: void 0,
  abortEarly: void 0,
  abortPipeEarly: void 0
};
// @__NO_SIDE_EFFECTS__
function getGlobalConfig(config$1) {
  if (!config$1 && !store$4) return DEFAULT_CONFIG;
  return {
    lang: config$1?.lang ?? store$4?.lang,
    message: config$1?.message,
    abortEarly: config$1?.abortEarly ?? store$4?.abortEarly,
    abortPipeEarly: config$1?.abortPipeEarly ?? store$4?.abortPipeEarly
  };
}
var store$3;
// @__NO_SIDE_EFFECTS__
function getGlobalMessage(lang) {
  return store$3?.get(lang);
}
var store$2;
// @__NO_SIDE_EFFECTS__
function getSchemaMessage(lang) {
  return store$2?.get(lang);
}
var store$1;
// @__NO_SIDE_EFFECTS__
function getSpecificMessage(reference, lang) {
  return store$1?.get(reference)?.get(lang);
}
// @__NO_SIDE_EFFECTS__
function _stringify(input) {
  const type = typeof input;
  if (type === "string") return `"${input}"`;
  if (type === "number" || type === "bigint" || type === "boolean") return `${input}`;
  if (type === "object" || type === "function") return (input && Object.getPrototypeOf(input)?.constructor?.name) ?? "null";
  return type;
}
function _addIssue(context, label, dataset, config$1, other) {
  const input = other && "input" in other ? other.input : dataset.value;
  const expected = other?.expected ?? context.expects ?? null;
  const received = other?.received ?? /* @__PURE__ */ _stringify(input);
  const issue = {
    kind: context.kind,
    type: context.type,
    input,
    expected,
    received,
    message: `Invalid ${label}: ${expected ? `Expected ${expected} but r` : "R"}eceived ${received}`,
    requirement: context.requirement,
    path: other?.path,
    issues: other?.issues,
    lang: config$1.lang,
    abortEarly: config$1.abortEarly,
    abortPipeEarly: config$1.abortPipeEarly
  };
  const isSchema = context.kind === "schema";
  const message$1 = other?.message ?? context.message ?? /* @__PURE__ */ getSpecificMessage(context.reference, issue.lang) ?? (isSchema ? /* @__PURE__ */ getSchemaMessage(issue.lang) : null) ?? config$1.message ?? /* @__PURE__ */ getGlobalMessage(issue.lang);
  if (message$1 !== void 0) issue.message = typeof message$1 === "function" ? message$1(issue) : message$1;
  if (isSchema) dataset.typed = false;
  if (dataset.issues) dataset.issues.push(issue);
  else dataset.issues = [issue];
}
// @__NO_SIDE_EFFECTS__
function _isSameValueZero(value1, value2) {
  return value1 === value2 || Number.isNaN(value1) && Number.isNaN(value2);
}
// @__NO_SIDE_EFFECTS__
function _joinExpects(values$1, separator) {
  const list = [...new Set(values$1)];
  if (list.length > 1) return `(${list.join(` ${separator} `)})`;
  return list[0] ?? "never";
}
function _standardSchema(schema) {
  schema["~standard"] = {
    version: 1,
    vendor: "valibot",
    validate: (value$1) => schema["~run"]({ value: value$1 }, /* @__PURE__ */ getGlobalConfig())
  };
  return schema;
}
var EMOJI_REGEX = new RegExp("^(?:[\\u{1F1E6}-\\u{1F1FF}]{2}|\\u{1F3F4}[\\u{E0061}-\\u{E007A}]{2}[\\u{E0030}-\\u{E0039}\\u{E0061}-\\u{E007A}]{1,3}\\u{E007F}|(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation})(?:\\u200D(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation}))*)+$", "u");
// @__NO_SIDE_EFFECTS__
function maxLength(requirement, message$1) {
  return {
    kind: "validation",
    type: "max_length",
    reference: maxLength,
    async: false,
    expects: `<=${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && dataset.value.length > this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function minLength(requirement, message$1) {
  return {
    kind: "validation",
    type: "min_length",
    reference: minLength,
    async: false,
    expects: `>=${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && dataset.value.length < this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function minValue(requirement, message$1) {
  return {
    kind: "validation",
    type: "min_value",
    reference: minValue,
    async: false,
    expects: `>=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !(dataset.value >= this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function regex(requirement, message$1) {
  return {
    kind: "validation",
    type: "regex",
    reference: regex,
    async: false,
    expects: `${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "format", dataset, config$1);
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function safeInteger(message$1) {
  return {
    kind: "validation",
    type: "safe_integer",
    reference: safeInteger,
    async: false,
    expects: null,
    requirement: Number.isSafeInteger,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "safe integer", dataset, config$1);
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function getFallback(schema, dataset, config$1) {
  return typeof schema.fallback === "function" ? schema.fallback(dataset, config$1) : schema.fallback;
}
// @__NO_SIDE_EFFECTS__
function getDefault(schema, dataset, config$1) {
  return typeof schema.default === "function" ? schema.default(dataset, config$1) : schema.default;
}
// @__NO_SIDE_EFFECTS__
function array(item, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "array",
    reference: array,
    expects: "Array",
    async: false,
    item,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (Array.isArray(input)) {
        dataset.typed = true;
        dataset.value = [];
        for (let key = 0; key < input.length; key++) {
          const value$1 = input[key];
          const itemDataset = this.item["~run"]({ value: value$1 }, config$1);
          if (itemDataset.issues) {
            const pathItem = {
              type: "array",
              origin: "value",
              input,
              key,
              value: value$1
            };
            for (const issue of itemDataset.issues) {
              if (issue.path) issue.path.unshift(pathItem);
              else issue.path = [pathItem];
              dataset.issues?.push(issue);
            }
            if (!dataset.issues) dataset.issues = itemDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (!itemDataset.typed) dataset.typed = false;
          dataset.value.push(itemDataset.value);
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function boolean(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "boolean",
    reference: boolean,
    expects: "boolean",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "boolean") dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function literal(literal_, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "literal",
    reference: literal,
    expects: /* @__PURE__ */ _stringify(literal_),
    async: false,
    literal: literal_,
    message: message$1,
    "~run"(dataset, config$1) {
      if (/* @__PURE__ */ _isSameValueZero(dataset.value, this.literal)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function nullable(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "nullable",
    reference: nullable,
    expects: `(${wrapped.expects} | null)`,
    async: false,
    wrapped,
    default: default_,
    "~run"(dataset, config$1) {
      if (dataset.value === null) {
        if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
        if (dataset.value === null) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config$1);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function number(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "number",
    reference: number,
    expects: "number",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "number" && !isNaN(dataset.value)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function optional(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "optional",
    reference: optional,
    expects: `(${wrapped.expects} | undefined)`,
    async: false,
    wrapped,
    default: default_,
    "~run"(dataset, config$1) {
      if (dataset.value === void 0) {
        if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
        if (dataset.value === void 0) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config$1);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function picklist(options, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "picklist",
    reference: picklist,
    expects: /* @__PURE__ */ _joinExpects(options.map(_stringify), "|"),
    async: false,
    options,
    message: message$1,
    "~run"(dataset, config$1) {
      if (this.options.includes(dataset.value)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function strictObject(entries$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "strict_object",
    reference: strictObject,
    expects: "Object",
    async: false,
    entries: entries$1,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input && typeof input === "object") {
        dataset.typed = true;
        dataset.value = {};
        for (const key in this.entries) {
          const valueSchema = this.entries[key];
          if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
            const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
            const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
            if (valueDataset.issues) {
              const pathItem = {
                type: "object",
                origin: "value",
                input,
                key,
                value: value$1
              };
              for (const issue of valueDataset.issues) {
                if (issue.path) issue.path.unshift(pathItem);
                else issue.path = [pathItem];
                dataset.issues?.push(issue);
              }
              if (!dataset.issues) dataset.issues = valueDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!valueDataset.typed) dataset.typed = false;
            dataset.value[key] = valueDataset.value;
          } else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
          else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
            _addIssue(this, "key", dataset, config$1, {
              input: void 0,
              expected: `"${key}"`,
              path: [{
                type: "object",
                origin: "key",
                input,
                key,
                value: input[key]
              }]
            });
            if (config$1.abortEarly) break;
          }
        }
        if (!dataset.issues || !config$1.abortEarly) {
          for (const key in input) if (!Object.prototype.hasOwnProperty.call(this.entries, key)) {
            _addIssue(this, "key", dataset, config$1, {
              input: key,
              expected: "never",
              path: [{
                type: "object",
                origin: "key",
                input,
                key,
                value: input[key]
              }]
            });
            break;
          }
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function string(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "string",
    reference: string,
    expects: "string",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "string") dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function pipe(...pipe$1) {
  return _standardSchema({
    ...pipe$1[0],
    pipe: pipe$1,
    "~run"(dataset, config$1) {
      for (const item of pipe$1) if (item.kind !== "metadata") {
        if (dataset.issues && (item.kind === "schema" || item.kind === "transformation")) {
          dataset.typed = false;
          break;
        }
        if (!dataset.issues || !config$1.abortEarly && !config$1.abortPipeEarly) dataset = item["~run"](dataset, config$1);
      }
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function safeParse(schema, input, config$1) {
  const dataset = schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
  return {
    typed: dataset.typed,
    success: !dataset.issues,
    output: dataset.value,
    issues: dataset.issues
  };
}

// src/update/plan-file.ts
var PLAN_FORMAT = 1;
var MAX_SHARDS = 256;
var PLAN_MAX_BYTES = 64 * 1024 * 1024;
function groupAsFlake(flake, group) {
  const { grouping: _grouping, flakeNix, tagBumps: _tagBumps, listingError: _listingError, system: _system, ...rest } = flake;
  return {
    ...rest,
    ...group.system !== void 0 ? { system: group.system } : {},
    skipped: group.skipped,
    ...group.listingError !== void 0 ? { listingError: group.listingError } : {},
    lock: { before: flake.lock.before, after: group.lock },
    ...flakeNix && group.flakeNix !== void 0 ? { flakeNix: { before: flakeNix.before, after: group.flakeNix }, tagBumps: group.tagBumps ?? [] } : {},
    targets: group.targets
  };
}
function groupTagBumps(flake, inputs) {
  if (!flake.flakeNix) return void 0;
  const moved = new Set(inputs);
  const tagBumps = (flake.tagBumps ?? []).filter((b) => moved.has(b.input));
  if (tagBumps.length === 0) return void 0;
  const file = flake.dir === "." ? "flake.nix" : `${flake.dir}/flake.nix`;
  return { flakeNix: flakeNixWithTagBumps(flake.flakeNix.before, file, tagBumps), tagBumps };
}
function shardIndexes(count, requested) {
  if (count === 0) return [];
  const shards = Math.max(1, Math.min(requested ?? count, count, MAX_SHARDS));
  const base = Math.floor(count / shards);
  const extra = count % shards;
  const out = [];
  for (let s = 0; s < shards; s++) {
    const size = base + (s < extra ? 1 : 0);
    for (let i = 0; i < size; i++) out.push(s);
  }
  return out;
}
function assignShards(content, requested) {
  const units = /* @__PURE__ */ new Map();
  const unitOf = (flake, t) => `${flake}\0${t.attr}`;
  content.flakes.forEach((f, i) => {
    for (const t of [...f.targets, ...f.grouping?.groups.flatMap((g) => g.targets) ?? []]) {
      if (!isUnchangedTarget(t) && !units.has(unitOf(i, t))) units.set(unitOf(i, t), units.size);
    }
  });
  const indexes = shardIndexes(units.size, requested);
  const place = (i) => (t) => ({
    ...t,
    shard: isUnchangedTarget(t) ? null : String(indexes[units.get(unitOf(i, t))])
  });
  const flakes = content.flakes.map((f, i) => ({
    ...f,
    targets: f.targets.map(place(i)),
    ...f.grouping ? {
      grouping: {
        ...f.grouping,
        groups: f.grouping.groups.map((g) => ({ ...g, targets: g.targets.map(place(i)) }))
      }
    } : {}
  }));
  const shards = [...new Set(indexes)].map(String);
  return { ...content, shards, flakes };
}
function isUnchangedTarget(t) {
  return t.before?.drvPath !== void 0 && t.before.drvPath === t.after?.drvPath;
}
function sealPlan(content) {
  return { format: PLAN_FORMAT, id: planId(content), ...withoutFormat(content) };
}
function withoutFormat(content) {
  const { format: _format, ...rest } = content;
  return rest;
}
function planId(content) {
  return createHash("sha256").update(canonicalJson({ ...withoutFormat(content), format: PLAN_FORMAT })).digest("hex").slice(0, 16);
}
function canonicalJson(value) {
  return JSON.stringify(value, (_key, x) => {
    if (x === null || typeof x !== "object" || Array.isArray(x)) return x;
    const sorted = {};
    for (const k of Object.keys(x).sort()) sorted[k] = x[k];
    return sorted;
  });
}
function targetLabel(flake, target) {
  return flake.dir === "." ? target.name : `${flake.dir}: ${target.name}`;
}
function shardLabels(plan) {
  const out = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const flake of plan.flakes) {
    for (const t of [...flake.targets, ...flake.grouping?.groups.flatMap((g) => g.targets) ?? []]) {
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
function matrixOf(plan) {
  const labels = shardLabels(plan);
  return { include: plan.shards.map((shard) => ({ shard, targets: (labels.get(shard) ?? []).join(", ") })) };
}
function serializePlan(plan) {
  return `${JSON.stringify(plan, null, 2)}
`;
}
var MAX_TEXT = 1024 * 1024;
var text = (max = 4096) => pipe(string(), maxLength(max));
var STORE_DRV = pipe(text(), regex(/^\/[^\0\n]*\.drv$/, "a store derivation path"));
var KINDS = ["nixos", "home", "darwin", "package", "devShell", "check", "attr"];
var TAG = pipe(text(256), regex(VERSION_TAG, "a release tag"));
var SideSchema = nullable(
  strictObject({
    drvPath: optional(STORE_DRV),
    evalError: optional(text(MAX_TEXT))
  })
);
var TargetSchema = strictObject({
  attr: text(),
  kind: picklist(KINDS),
  name: text(),
  before: SideSchema,
  after: SideSchema,
  shard: nullable(text(8))
});
var GROUP_NAME = pipe(text(63), regex(/^[A-Za-z][A-Za-z0-9_-]{0,62}$/, "a group name (a flake id)"));
var SKIPPED = pipe(array(strictObject({ attr: text(), system: text(256) })), maxLength(1e5));
var TAG_BUMPS = pipe(array(strictObject({ input: text(), from: TAG, to: TAG })), maxLength(1e4));
var GroupSchema = strictObject({
  name: GROUP_NAME,
  inputs: pipe(array(text()), minLength(1), maxLength(1e4)),
  lock: text(PLAN_MAX_BYTES),
  flakeNix: optional(text(PLAN_MAX_BYTES)),
  tagBumps: optional(TAG_BUMPS),
  system: optional(text(256)),
  skipped: SKIPPED,
  listingError: optional(text(MAX_TEXT)),
  targets: pipe(array(TargetSchema), maxLength(1e5))
});
var FlakeSchema = strictObject({
  dir: text(),
  lockFile: text(),
  flakeNixSha256: pipe(string(), regex(/^[0-9a-f]{64}$/, "a sha256 in hex")),
  system: optional(text(256)),
  skipped: SKIPPED,
  listingError: optional(text(MAX_TEXT)),
  lock: strictObject({ before: text(PLAN_MAX_BYTES), after: text(PLAN_MAX_BYTES) }),
  flakeNix: optional(strictObject({ before: text(PLAN_MAX_BYTES), after: text(PLAN_MAX_BYTES) })),
  tagBumps: optional(TAG_BUMPS),
  targets: pipe(array(TargetSchema), maxLength(1e5)),
  grouping: optional(
    strictObject({
      groups: pipe(array(GroupSchema), maxLength(1e4)),
      refused: pipe(array(strictObject({ name: GROUP_NAME, why: text(MAX_TEXT) })), maxLength(1e4))
    })
  )
});
var SHA = pipe(string(), regex(/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/, "a commit id"));
var Side = strictObject({ ref: text(1024), sha: SHA });
var ReviewSchema = strictObject({
  base: Side,
  head: Side,
  pullRequest: optional(
    strictObject({ number: pipe(number(), safeInteger(), minValue(1)), headSha: SHA })
  )
});
var PlanSchema = strictObject({
  format: literal(PLAN_FORMAT),
  id: pipe(string(), regex(/^[0-9a-f]{16}$/, "16 hex digits")),
  nixVersion: text(1024),
  requestedInputs: pipe(array(text()), maxLength(1e4)),
  shards: pipe(array(pipe(text(8), regex(/^(?:0|[1-9][0-9]{0,2})$/, "a shard number"))), maxLength(MAX_SHARDS)),
  flakes: pipe(array(FlakeSchema), maxLength(1e4)),
  review: optional(ReviewSchema)
});
function checkGroupTags(f, g, file) {
  let expected;
  try {
    expected = groupTagBumps(f, g.inputs);
  } catch (e) {
    if (!(e instanceof TagBumpMismatch)) throw e;
    expected = "mismatch";
  }
  const have = g.flakeNix === void 0 && g.tagBumps === void 0 ? void 0 : { flakeNix: g.flakeNix, tagBumps: g.tagBumps };
  if (expected === "mismatch" || canonicalJson(have ?? null) !== canonicalJson(expected ?? null)) {
    throw new UserError(
      `the plan's flake.nix of group ${g.name} of ${f.dir} is not the plan's with the release-tag bumps of the group's inputs`,
      file,
      void 0,
      PLAN_HINT
    );
  }
}
function issuePath(issue) {
  let out = "";
  for (const item of issue.path ?? []) {
    const key = item.key;
    out += typeof key === "number" ? `[${key}]` : out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}
function firstIssue(issues) {
  const issue = issues[0];
  const where = issuePath(issue);
  return `${where === "" ? "" : `${where}: `}${issue.message}`;
}
function parseJsonFile(textIn, file, what, hint) {
  try {
    return JSON.parse(textIn);
  } catch (e) {
    throw new UserError(`${what} is not valid JSON (${e.message})`, file, void 0, hint);
  }
}
var PLAN_HINT = "use the plan directory the plan step of this run wrote (plan-dir), unchanged";
function parsePlan(textIn, file) {
  const data = parseJsonFile(textIn, file, "the plan", PLAN_HINT);
  if (typeof data === "object" && data !== null && "format" in data && data.format !== PLAN_FORMAT) {
    const format = data.format;
    throw new UserError(
      `the plan has format ${JSON.stringify(format)?.slice(0, 20) ?? "none"}; this flake-steward reads format ${PLAN_FORMAT}`,
      file,
      void 0,
      "run plan, build and report with the same flake-steward version"
    );
  }
  const result = safeParse(PlanSchema, data);
  if (!result.success) throw new UserError(`the plan is malformed: ${firstIssue(result.issues)}`, file, void 0, PLAN_HINT);
  const plan = result.output;
  const shards = new Set(plan.shards);
  if (shards.size !== plan.shards.length) throw new UserError("the plan lists a shard twice", file, void 0, PLAN_HINT);
  for (const f of plan.flakes) {
    if (f.flakeNix && createHash("sha256").update(f.flakeNix.before, "utf8").digest("hex") !== f.flakeNixSha256) {
      throw new UserError(`the plan's flake.nix of ${f.dir} is not the one it names by hash`, file, void 0, PLAN_HINT);
    }
    if (f.flakeNix === void 0 !== (f.tagBumps === void 0)) {
      throw new UserError(`the plan's release-tag bumps of ${f.dir} come without both flake.nix texts`, file, void 0, PLAN_HINT);
    }
    const groups = f.grouping?.groups ?? [];
    for (const t of [...f.targets, ...groups.flatMap((g) => g.targets)]) {
      if (t.shard === null && !isUnchangedTarget(t)) {
        throw new UserError(`the plan builds ${t.attr} in no shard, though it changed`, file, void 0, PLAN_HINT);
      }
      if (t.shard !== null && !shards.has(t.shard)) {
        throw new UserError(`the plan puts ${t.attr} in shard ${t.shard}, which it does not list`, file, void 0, PLAN_HINT);
      }
    }
    const names = [...groups.map((g) => g.name), ...(f.grouping?.refused ?? []).map((r) => r.name)];
    const named = /* @__PURE__ */ new Set();
    const twice = names.find((n) => named.size === named.add(n).size);
    if (twice !== void 0) {
      throw new UserError(`the plan names group ${twice} of ${f.dir} twice`, file, void 0, PLAN_HINT);
    }
    if (groups.length > 0 && f.lock.before === f.lock.after) {
      throw new UserError(`the plan groups ${f.dir}, whose update cannot be grouped`, file, void 0, PLAN_HINT);
    }
    for (const g of groups) checkGroupTags(f, g, file);
  }
  if (plan.flakes.some((f) => f.grouping === void 0) && plan.flakes.some((f) => f.grouping !== void 0)) {
    throw new UserError("the plan groups some flakes and not others", file, void 0, PLAN_HINT);
  }
  const { id, ...content } = plan;
  const expected = planId(content);
  if (expected !== id) {
    throw new UserError(`the plan's id ${id} is not the hash of its content (${expected}): it was edited`, file, void 0, PLAN_HINT);
  }
  return plan;
}

export {
  maxLength,
  minValue,
  regex,
  safeInteger,
  array,
  boolean,
  literal,
  number,
  optional,
  picklist,
  strictObject,
  string,
  pipe,
  safeParse,
  PLAN_FORMAT,
  MAX_SHARDS,
  PLAN_MAX_BYTES,
  groupAsFlake,
  groupTagBumps,
  shardIndexes,
  assignShards,
  isUnchangedTarget,
  sealPlan,
  planId,
  canonicalJson,
  targetLabel,
  shardLabels,
  matrixOf,
  serializePlan,
  TAG,
  issuePath,
  firstIssue,
  parseJsonFile,
  parsePlan
};
