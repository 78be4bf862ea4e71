import {
  runBuild,
  runBuildStage
} from "./chunk-EWC6DE7R.js";
import "./chunk-YL744WNF.js";
import "./chunk-NS4GPMAN.js";
import "./chunk-WYFOGVTW.js";
import "./chunk-ZRNIQLM2.js";
import "./chunk-OZ4IPSYP.js";
import "./chunk-GLJIDGAD.js";
import "./chunk-5TBM3YKZ.js";
import "./chunk-GGPTOJQB.js";
import "./chunk-QR3A3VEL.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";
export {
  runBuild,
  runBuildStage
};
