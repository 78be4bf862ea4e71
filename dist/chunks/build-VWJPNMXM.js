import {
  runBuild,
  runBuildStage
} from "./chunk-4FK5CCRN.js";
import "./chunk-4BUP4NL4.js";
import "./chunk-Z4USU77O.js";
import "./chunk-WYFOGVTW.js";
import "./chunk-ZRNIQLM2.js";
import "./chunk-HF45XGBD.js";
import "./chunk-7M7PQ25D.js";
import "./chunk-2DZ4LEG2.js";
import "./chunk-5YAWDXD3.js";
import "./chunk-GYRCVODP.js";
import "./chunk-GCMNXKNT.js";
import "./chunk-NSMJC5KK.js";
import "./chunk-ELKPDDDQ.js";
import "./chunk-5Z4T2RLS.js";
import "./chunk-M6HMDD4M.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-BMNEXWVU.js";
import "./chunk-7HIKED5Z.js";
import "./chunk-T54OW3UP.js";
import "./chunk-GJL3B6YX.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";
export {
  runBuild,
  runBuildStage
};
