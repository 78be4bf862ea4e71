import {
  decideOnBuildFailure,
  planFlake
} from "./chunk-IRK7YZYI.js";
import "./chunk-QQERTKHH.js";
import "./chunk-YLVDSGH3.js";
export {
  decideOnBuildFailure,
  planFlake
};
