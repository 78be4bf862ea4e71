import {
  firstError,
  flakeEvaluator,
  flakeNixSha256,
  guarded,
  nixNotInstalled,
  pairPlanned,
  planRequest,
  restoreLock,
  runPlan,
  serverForgeHosts,
  updateRequest,
  writePlanDir
} from "./chunk-WKEPWRVQ.js";
import "./chunk-6PF5QNYR.js";
import "./chunk-5TBM3YKZ.js";
import "./chunk-GGPTOJQB.js";
import "./chunk-QR3A3VEL.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";
export {
  firstError,
  flakeEvaluator,
  flakeNixSha256,
  guarded,
  nixNotInstalled,
  pairPlanned,
  planRequest,
  restoreLock,
  runPlan,
  serverForgeHosts,
  updateRequest,
  writePlanDir
};
