import {
  MAX_SHARDS,
  PLAN_FORMAT,
  PLAN_MAX_BYTES,
  TAG,
  assignShards,
  canonicalJson,
  firstIssue,
  groupAsFlake,
  groupTagBumps,
  isUnchangedTarget,
  issuePath,
  matrixOf,
  parseJsonFile,
  parsePlan,
  planId,
  sealPlan,
  serializePlan,
  shardGroupTargets,
  shardIndexes,
  shardLabels,
  shardTargets,
  targetLabel
} from "./chunk-YW6AY7UQ.js";
import "./chunk-HIHOUAWH.js";
import "./chunk-MYWD7JSL.js";
import "./chunk-GCMNXKNT.js";
import "./chunk-ZPSPCVQY.js";
import "./chunk-5Z4T2RLS.js";
import "./chunk-M6HMDD4M.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-OTUWSOVN.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";
export {
  MAX_SHARDS,
  PLAN_FORMAT,
  PLAN_MAX_BYTES,
  TAG,
  assignShards,
  canonicalJson,
  firstIssue,
  groupAsFlake,
  groupTagBumps,
  isUnchangedTarget,
  issuePath,
  matrixOf,
  parseJsonFile,
  parsePlan,
  planId,
  sealPlan,
  serializePlan,
  shardGroupTargets,
  shardIndexes,
  shardLabels,
  shardTargets,
  targetLabel
};
