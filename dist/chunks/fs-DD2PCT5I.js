import {
  confinedFs,
  nodeFs
} from "./chunk-YTIGO47S.js";
import "./chunk-VC3ZV3GN.js";
import "./chunk-Z7SOK7HU.js";
import "./chunk-MDGUUJEU.js";
import "./chunk-GCMNXKNT.js";
import "./chunk-FSOVZGCB.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-H56A37KT.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";
export {
  confinedFs,
  nodeFs
};
