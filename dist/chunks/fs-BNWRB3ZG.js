import {
  confinedFs,
  nodeFs
} from "./chunk-GXW3FERZ.js";
import "./chunk-VC3ZV3GN.js";
import "./chunk-IDKHNEBE.js";
import "./chunk-MDGUUJEU.js";
import "./chunk-ELKPDDDQ.js";
import "./chunk-GCMNXKNT.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-QR34APMT.js";
import "./chunk-T54OW3UP.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";
export {
  confinedFs,
  nodeFs
};
