import {
  runBuild,
  runBuildStage
} from "./chunk-5Y6XYH4F.js";
import "./chunk-PC5NAVK2.js";
import "./chunk-ZPLUOZPA.js";
import "./chunk-WYFOGVTW.js";
import "./chunk-ZRNIQLM2.js";
import "./chunk-SJ6KJSHZ.js";
import "./chunk-364K447V.js";
import "./chunk-6YWQCLUQ.js";
import "./chunk-5YAWDXD3.js";
import "./chunk-GYRCVODP.js";
import "./chunk-GCMNXKNT.js";
import "./chunk-DTUGL6IJ.js";
import "./chunk-5Z4T2RLS.js";
import "./chunk-M6HMDD4M.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-BMNEXWVU.js";
import "./chunk-7HIKED5Z.js";
import "./chunk-GJL3B6YX.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";
export {
  runBuild,
  runBuildStage
};
