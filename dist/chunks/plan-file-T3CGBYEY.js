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
  shardIndexes,
  shardLabels,
  targetLabel
} from "./chunk-LNUD2RHY.js";
import "./chunk-LQO26QTC.js";
import "./chunk-MYWD7JSL.js";
import "./chunk-GCMNXKNT.js";
import "./chunk-ZPSPCVQY.js";
import "./chunk-5Z4T2RLS.js";
import "./chunk-M6HMDD4M.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-7HIKED5Z.js";
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
  shardIndexes,
  shardLabels,
  targetLabel
};
