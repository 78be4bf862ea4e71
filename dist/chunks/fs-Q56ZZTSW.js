import {
  confinedFs,
  nodeFs
} from "./chunk-OQ6QX2KE.js";
import "./chunk-VC3ZV3GN.js";
import "./chunk-QDD6O4BT.js";
import "./chunk-MDGUUJEU.js";
import "./chunk-IWXDM47V.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-H56A37KT.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";
export {
  confinedFs,
  nodeFs
};
