import {
  evaluateSide,
  firstError,
  flakeEvaluator,
  flakeNixSha256,
  guarded,
  mergeSkipped,
  nixNotInstalled,
  pairPlanned,
  planRequest,
  restoreLock,
  runPlan,
  serverForgeHosts,
  updateRequest,
  writePlanDir
} from "./chunk-NVOQXHAO.js";
import "./chunk-KQDEDPFO.js";
import "./chunk-GYRCVODP.js";
import "./chunk-FSOVZGCB.js";
import "./chunk-BMNEXWVU.js";
import "./chunk-7HIKED5Z.js";
import "./chunk-GJL3B6YX.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";
export {
  evaluateSide,
  firstError,
  flakeEvaluator,
  flakeNixSha256,
  guarded,
  mergeSkipped,
  nixNotInstalled,
  pairPlanned,
  planRequest,
  restoreLock,
  runPlan,
  serverForgeHosts,
  updateRequest,
  writePlanDir
};
