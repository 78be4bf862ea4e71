import {
  LINT_OPTIONS,
  LINT_OPTIONS_HELP,
  cliLintPorts,
  lintCommand,
  printRun
} from "./chunk-X7RJVRVZ.js";
import "./chunk-2YUO6KFV.js";
import "./chunk-AMRI276Y.js";
import "./chunk-HGKBZIRV.js";
import "./chunk-HOZ3T3AG.js";
import "./chunk-N2YZCOB7.js";
import "./chunk-F4I34OOD.js";
import "./chunk-WQQNAXZS.js";
import "./chunk-MDGUUJEU.js";
import "./chunk-IEGUFCAI.js";
import "./chunk-PRLAEPIX.js";
import "./chunk-M6HMDD4M.js";
import "./chunk-PNOU3647.js";
import "./chunk-S6FRUNAK.js";
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
