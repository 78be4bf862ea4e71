import {
  firstError,
  nixNotInstalled,
  runUpdate,
  sameDerivation,
  serverForgeHosts,
  updateRequest
} from "./chunk-MLE2Y6XN.js";
import "./chunk-OQMH6UXG.js";
import "./chunk-ZRNIQLM2.js";
import "./chunk-5TBM3YKZ.js";
import "./chunk-GGPTOJQB.js";
import "./chunk-QR3A3VEL.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";
export {
  firstError,
  nixNotInstalled,
  runUpdate,
  sameDerivation,
  serverForgeHosts,
  updateRequest
};
