import {
  confinedFs,
  nodeFs
} from "./chunk-QRIUCS6E.js";
import "./chunk-VC3ZV3GN.js";
import "./chunk-NAPJ5U37.js";
import "./chunk-MDGUUJEU.js";
import "./chunk-FSOVZGCB.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-H56A37KT.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";
export {
  confinedFs,
  nodeFs
};
