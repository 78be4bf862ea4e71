import {
  MAX_SHARDS,
  PLAN_FORMAT,
  PLAN_MAX_BYTES,
  assignShards,
  canonicalJson,
  firstIssue,
  isUnchangedTarget,
  issuePath,
  matrixOf,
  parseJsonFile,
  parsePlan,
  planId,
  sealPlan,
  serializePlan,
  shardIndexes,
  shardLabels,
  shardTargets,
  targetLabel
} from "./chunk-6YWQCLUQ.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";
export {
  MAX_SHARDS,
  PLAN_FORMAT,
  PLAN_MAX_BYTES,
  assignShards,
  canonicalJson,
  firstIssue,
  isUnchangedTarget,
  issuePath,
  matrixOf,
  parseJsonFile,
  parsePlan,
  planId,
  sealPlan,
  serializePlan,
  shardIndexes,
  shardLabels,
  shardTargets,
  targetLabel
};
