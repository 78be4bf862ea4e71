import {
  LINT_OPTIONS,
  LINT_OPTIONS_HELP,
  cliLintPorts,
  cwdPrefix,
  lintCommand,
  printRun,
  shownFromCwd
} from "./chunk-UN6LJQDS.js";
import "./chunk-SVOASHVP.js";
import "./chunk-VC3ZV3GN.js";
import "./chunk-Z7SOK7HU.js";
import "./chunk-MDGUUJEU.js";
import "./chunk-LBPWHTNX.js";
import "./chunk-F7YA7X7Y.js";
import "./chunk-5S4UUHI5.js";
import "./chunk-JFLY4LNI.js";
import "./chunk-HOZ3T3AG.js";
import "./chunk-5YAWDXD3.js";
import "./chunk-GYRCVODP.js";
import "./chunk-GCMNXKNT.js";
import "./chunk-FSOVZGCB.js";
import "./chunk-PRLAEPIX.js";
import "./chunk-5Z4T2RLS.js";
import "./chunk-M6HMDD4M.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-22PJIZ42.js";
import "./chunk-UJJMNWUW.js";
import "./chunk-6BMM2CUD.js";
import "./chunk-H56A37KT.js";
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
