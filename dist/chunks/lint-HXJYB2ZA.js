import {
  cliLintPorts,
  cwdPrefix,
  lintCommand,
  printRun,
  shownFromCwd
} from "./chunk-FL7UNHUY.js";
import "./chunk-YXD22DWS.js";
import "./chunk-LXBZTEBS.js";
import "./chunk-YO7SSYIK.js";
import "./chunk-VC3ZV3GN.js";
import "./chunk-IDKHNEBE.js";
import "./chunk-MDGUUJEU.js";
import "./chunk-DJJ6S3NH.js";
import "./chunk-QNWLOSHO.js";
import "./chunk-WI2ORBNR.js";
import "./chunk-VF4F3FAK.js";
import "./chunk-HOZ3T3AG.js";
import "./chunk-GYRCVODP.js";
import "./chunk-ELKPDDDQ.js";
import "./chunk-LQO26QTC.js";
import "./chunk-MYWD7JSL.js";
import "./chunk-GCMNXKNT.js";
import "./chunk-ZPSPCVQY.js";
import "./chunk-PRLAEPIX.js";
import "./chunk-5Z4T2RLS.js";
import "./chunk-TTFCFZ4G.js";
import "./chunk-YCZEATSK.js";
import "./chunk-M6HMDD4M.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-22PJIZ42.js";
import "./chunk-BVR3L56C.js";
import "./chunk-NCRQW533.js";
import "./chunk-AFL4INF5.js";
import "./chunk-QR34APMT.js";
import "./chunk-HFN6JY3P.js";
import "./chunk-T54OW3UP.js";
import "./chunk-LOBXAA3U.js";
import "./chunk-7HIKED5Z.js";
import "./chunk-OTUWSOVN.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-52LYCAOF.js";
import "./chunk-6WGRO25Q.js";
import "./chunk-YLVDSGH3.js";
export {
  cliLintPorts,
  cwdPrefix,
  lintCommand,
  printRun,
  shownFromCwd
};
