import {
  decideOnBuildFailure,
  planFlake,
  reviewBreakage
} from "./chunk-VJLEUARA.js";
import "./chunk-QQERTKHH.js";
import "./chunk-YLVDSGH3.js";
export {
  decideOnBuildFailure,
  planFlake,
  reviewBreakage
};
