import {
  LINT_OPTIONS,
  LINT_OPTIONS_HELP,
  cliLintPorts,
  cwdPrefix,
  lintCommand,
  printRun,
  shownFromCwd
} from "./chunk-XGM3NBE3.js";
import "./chunk-YO7SSYIK.js";
import "./chunk-M3YNSMDV.js";
import "./chunk-VC3ZV3GN.js";
import "./chunk-ARQFUMT7.js";
import "./chunk-MDGUUJEU.js";
import "./chunk-QO5E7G6C.js";
import "./chunk-F7YA7X7Y.js";
import "./chunk-WI2ORBNR.js";
import "./chunk-JFLY4LNI.js";
import "./chunk-HOZ3T3AG.js";
import "./chunk-2DZ4LEG2.js";
import "./chunk-5YAWDXD3.js";
import "./chunk-GYRCVODP.js";
import "./chunk-GCMNXKNT.js";
import "./chunk-NSMJC5KK.js";
import "./chunk-ELKPDDDQ.js";
import "./chunk-PRLAEPIX.js";
import "./chunk-5Z4T2RLS.js";
import "./chunk-27CG5CUI.js";
import "./chunk-CARTIHEC.js";
import "./chunk-M6HMDD4M.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-22PJIZ42.js";
import "./chunk-4PZFZ5BC.js";
import "./chunk-5E5K7WIF.js";
import "./chunk-QR34APMT.js";
import "./chunk-BMNEXWVU.js";
import "./chunk-7HIKED5Z.js";
import "./chunk-T54OW3UP.js";
import "./chunk-GJL3B6YX.js";
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
