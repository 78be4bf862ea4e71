import {
  runBuild,
  runBuildStage
} from "./chunk-D6FHCBXZ.js";
import "./chunk-RK3XX4I6.js";
import "./chunk-LJNLQWMJ.js";
import "./chunk-WYFOGVTW.js";
import "./chunk-ZRNIQLM2.js";
import "./chunk-NVOQXHAO.js";
import "./chunk-KQDEDPFO.js";
import "./chunk-GYRCVODP.js";
import "./chunk-FSOVZGCB.js";
import "./chunk-BMNEXWVU.js";
import "./chunk-7HIKED5Z.js";
import "./chunk-GJL3B6YX.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";
export {
  runBuild,
  runBuildStage
};
