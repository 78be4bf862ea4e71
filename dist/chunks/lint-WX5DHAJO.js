import {
  LINT_OPTIONS,
  LINT_OPTIONS_HELP,
  cliLintPorts,
  lintCommand,
  printRun
} from "./chunk-Y5WPG7PH.js";
import "./chunk-2YUO6KFV.js";
import "./chunk-HGKBZIRV.js";
import "./chunk-HOZ3T3AG.js";
import "./chunk-N2YZCOB7.js";
import "./chunk-F4I34OOD.js";
import "./chunk-XUP5FTTX.js";
import "./chunk-IEGUFCAI.js";
import "./chunk-PRLAEPIX.js";
import "./chunk-M6HMDD4M.js";
import "./chunk-VAGOUCD6.js";
import "./chunk-S6FRUNAK.js";
import "./chunk-SWOYKWWQ.js";
import "./chunk-OTUWSOVN.js";
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
