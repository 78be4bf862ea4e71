import {
  runBuild,
  runBuildStage
} from "./chunk-ZDI2ICCB.js";
import "./chunk-G3CRAC2W.js";
import "./chunk-AMUBEGAG.js";
import "./chunk-WYFOGVTW.js";
import "./chunk-ZRNIQLM2.js";
import "./chunk-WKEPWRVQ.js";
import "./chunk-6PF5QNYR.js";
import "./chunk-5TBM3YKZ.js";
import "./chunk-GGPTOJQB.js";
import "./chunk-QR3A3VEL.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";
export {
  runBuild,
  runBuildStage
};
