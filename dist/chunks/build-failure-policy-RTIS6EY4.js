import {
  decideOnBuildFailure,
  planFlake
} from "./chunk-MGRLXIUM.js";
import "./chunk-KWD4FNYY.js";
import "./chunk-YLVDSGH3.js";
export {
  decideOnBuildFailure,
  planFlake
};
