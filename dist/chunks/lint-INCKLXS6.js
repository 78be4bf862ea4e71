import {
  LINT_OPTIONS,
  LINT_OPTIONS_HELP,
  cliLintPorts,
  lintCommand,
  printRun
} from "./chunk-FHO677M7.js";
import "./chunk-2YUO6KFV.js";
import "./chunk-AMRI276Y.js";
import "./chunk-3FV72BOW.js";
import "./chunk-VC3ZV3GN.js";
import "./chunk-MDGUUJEU.js";
import "./chunk-FIERP6HJ.js";
import "./chunk-N2YZCOB7.js";
import "./chunk-HOZ3T3AG.js";
import "./chunk-NBI2NMOY.js";
import "./chunk-PRLAEPIX.js";
import "./chunk-M6HMDD4M.js";
import "./chunk-22PJIZ42.js";
import "./chunk-UVFLJJJR.js";
import "./chunk-OZJ4M35K.js";
import "./chunk-5TBM3YKZ.js";
import "./chunk-GGPTOJQB.js";
import "./chunk-QR3A3VEL.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-IMNS3PY3.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-6WGRO25Q.js";
import "./chunk-YLVDSGH3.js";
export {
  LINT_OPTIONS,
  LINT_OPTIONS_HELP,
  cliLintPorts,
  lintCommand,
  printRun
};
