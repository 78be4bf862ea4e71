import {
  LINT_OPTIONS,
  LINT_OPTIONS_HELP,
  cliLintPorts,
  cwdPrefix,
  lintCommand,
  printRun,
  shownFromCwd
} from "./chunk-6DE75RAJ.js";
import "./chunk-YO7SSYIK.js";
import "./chunk-26VUFVMD.js";
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
import "./chunk-HIHOUAWH.js";
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
import "./chunk-QNAPF3AB.js";
import "./chunk-HQ4N5T3V.js";
import "./chunk-QR34APMT.js";
import "./chunk-HFN6JY3P.js";
import "./chunk-7HIKED5Z.js";
import "./chunk-T54OW3UP.js";
import "./chunk-LOBXAA3U.js";
import "./chunk-OTUWSOVN.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-FTEZJX46.js";
import "./chunk-6WGRO25Q.js";
import "./chunk-YLVDSGH3.js";
export {
  LINT_OPTIONS,
  LINT_OPTIONS_HELP,
  cliLintPorts,
  cwdPrefix,
  lintCommand,
  printRun,
  shownFromCwd
};
