import {
  LINT_OPTIONS,
  LINT_OPTIONS_HELP,
  cliLintPorts,
  cwdPrefix,
  lintCommand,
  printRun,
  shownFromCwd
} from "./chunk-SM3T7JQM.js";
import "./chunk-ZHIYUYUX.js";
import "./chunk-VC3ZV3GN.js";
import "./chunk-DUXKYF7H.js";
import "./chunk-MDGUUJEU.js";
import "./chunk-PSTBPLSM.js";
import "./chunk-F7YA7X7Y.js";
import "./chunk-HKN5LX6L.js";
import "./chunk-JFLY4LNI.js";
import "./chunk-HOZ3T3AG.js";
import "./chunk-5YAWDXD3.js";
import "./chunk-GYRCVODP.js";
import "./chunk-GCMNXKNT.js";
import "./chunk-DTUGL6IJ.js";
import "./chunk-PRLAEPIX.js";
import "./chunk-5Z4T2RLS.js";
import "./chunk-M6HMDD4M.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-22PJIZ42.js";
import "./chunk-QHRECMY7.js";
import "./chunk-BAQUMSDF.js";
import "./chunk-QR34APMT.js";
import "./chunk-T54OW3UP.js";
import "./chunk-BMNEXWVU.js";
import "./chunk-7HIKED5Z.js";
import "./chunk-GJL3B6YX.js";
import "./chunk-FTEZJX46.js";
import "./chunk-6FGB7YHV.js";
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
