import {
  decideOnBuildFailure,
  planFlake,
  reviewBreakage
} from "./chunk-6N6TCNZE.js";
import "./chunk-QQERTKHH.js";
import "./chunk-YLVDSGH3.js";
export {
  decideOnBuildFailure,
  planFlake,
  reviewBreakage
};
