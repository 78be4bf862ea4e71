import {
  runBuild,
  runBuildStage
} from "./chunk-7GCYRLJT.js";
import "./chunk-AIVXUUVD.js";
import "./chunk-PVDDDMK6.js";
import "./chunk-WYFOGVTW.js";
import "./chunk-ZRNIQLM2.js";
import "./chunk-WRIXTUVU.js";
import "./chunk-YW6AY7UQ.js";
import "./chunk-GYRCVODP.js";
import "./chunk-ELKPDDDQ.js";
import "./chunk-HIHOUAWH.js";
import "./chunk-MYWD7JSL.js";
import "./chunk-GCMNXKNT.js";
import "./chunk-ZPSPCVQY.js";
import "./chunk-5Z4T2RLS.js";
import "./chunk-M6HMDD4M.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-HFN6JY3P.js";
import "./chunk-7HIKED5Z.js";
import "./chunk-T54OW3UP.js";
import "./chunk-LOBXAA3U.js";
import "./chunk-OTUWSOVN.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";
export {
  runBuild,
  runBuildStage
};
