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
  tailLines,
  updateRequest,
  writePlanDir
} from "./chunk-777FHHKZ.js";
import "./chunk-LNUD2RHY.js";
import "./chunk-GYRCVODP.js";
import "./chunk-ELKPDDDQ.js";
import "./chunk-LQO26QTC.js";
import "./chunk-MYWD7JSL.js";
import "./chunk-GCMNXKNT.js";
import "./chunk-ZPSPCVQY.js";
import "./chunk-5Z4T2RLS.js";
import "./chunk-M6HMDD4M.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-HFN6JY3P.js";
import "./chunk-T54OW3UP.js";
import "./chunk-LOBXAA3U.js";
import "./chunk-7HIKED5Z.js";
import "./chunk-OTUWSOVN.js";
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
  tailLines,
  updateRequest,
  writePlanDir
};
