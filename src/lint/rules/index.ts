/** Every lint rule, in the order docs/rules.md lists them. One file per rule. */
import type { Rule } from '../lint-types.js';
import { duplicatesDuplicateInput } from './duplicates-duplicate-input.js';
import { followsCycle } from './follows-cycle.js';
import { followsNonExistentTarget } from './follows-non-existent-target.js';
import { followsOverrideOfMissingInput } from './follows-override-of-missing-input.js';
import { followsSelf } from './follows-self.js';
import { followsUrlAndFollows } from './follows-url-and-follows.js';
import { freshnessStaleInput } from './freshness-stale-input.js';
import { freshnessUnsupportedBranch } from './freshness-unsupported-branch.js';
import { freshnessReleaseMismatch } from './freshness-release-mismatch.js';
import { freshnessUnpublishedBranch } from './freshness-unpublished-branch.js';
import { freshnessNewerTag } from './freshness-newer-tag.js';
import { hygieneIndirectInput } from './hygiene-indirect-input.js';
import { hygieneInsecureUrl } from './hygiene-insecure-url.js';
import { hygieneLocalPathInput } from './hygiene-local-path-input.js';
import { hygieneUnlockedInput } from './hygiene-unlocked-input.js';
import { lockInvalid } from './lock-invalid.js';
import { lockOldVersion } from './lock-old-version.js';
import { lockTamperedEntry } from './lock-tampered-entry.js';
import { policyNixpkgsOwner } from './policy-nixpkgs-owner.js';
import { schemaMissingOutputs } from './schema-missing-outputs.js';
import { schemaOutputsNotAFunction } from './schema-outputs-not-a-function.js';
import { schemaUnknownAttribute } from './schema-unknown-attribute.js';
import { schemaUnknownOutputsArgument } from './schema-unknown-outputs-argument.js';
import { syncFollowsNotLocked } from './sync-follows-not-locked.js';
import { syncMissingFromLock } from './sync-missing-from-lock.js';
import { syncReferenceChanged } from './sync-reference-changed.js';
import { syncUndeclaredInLock } from './sync-undeclared-in-lock.js';
import { syntaxParseError } from './syntax-parse-error.js';

export const RULES: readonly Rule[] = [
  syntaxParseError,
  schemaMissingOutputs,
  schemaOutputsNotAFunction,
  schemaUnknownAttribute,
  schemaUnknownOutputsArgument,
  lockInvalid,
  lockOldVersion,
  lockTamperedEntry,
  followsNonExistentTarget,
  followsOverrideOfMissingInput,
  followsCycle,
  followsUrlAndFollows,
  followsSelf,
  duplicatesDuplicateInput,
  syncMissingFromLock,
  syncUndeclaredInLock,
  syncReferenceChanged,
  syncFollowsNotLocked,
  hygieneIndirectInput,
  hygieneUnlockedInput,
  hygieneInsecureUrl,
  hygieneLocalPathInput,
  freshnessStaleInput,
  freshnessUnsupportedBranch,
  freshnessReleaseMismatch,
  freshnessUnpublishedBranch,
  freshnessNewerTag,
  policyNixpkgsOwner,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
