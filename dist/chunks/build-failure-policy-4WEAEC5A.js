import {
  decideOnBuildFailure,
  planFlake,
  reviewBreakage,
  unresolved
} from "./chunk-YBBAPRGC.js";
import "./chunk-QQERTKHH.js";
import "./chunk-YLVDSGH3.js";
export {
  decideOnBuildFailure,
  planFlake,
  reviewBreakage,
  unresolved
};
