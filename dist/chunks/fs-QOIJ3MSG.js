import {
  confinedFs,
  nodeFs
} from "./chunk-BMB3IBIF.js";
import "./chunk-ALDNUVNG.js";
import "./chunk-VC3ZV3GN.js";
import "./chunk-MDGUUJEU.js";
import "./chunk-NBI2NMOY.js";
import "./chunk-S6FRUNAK.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";
export {
  confinedFs,
  nodeFs
};
