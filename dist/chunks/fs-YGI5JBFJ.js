import {
  confinedFs,
  nodeFs
} from "./chunk-RLW77MCR.js";
import "./chunk-3FV72BOW.js";
import "./chunk-VC3ZV3GN.js";
import "./chunk-MDGUUJEU.js";
import "./chunk-NBI2NMOY.js";
import "./chunk-OZJ4M35K.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";
export {
  confinedFs,
  nodeFs
};
