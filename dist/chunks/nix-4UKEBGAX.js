import {
  NixSyntaxError,
  check,
  literalString,
  parse,
  parseFile,
  staticString,
  unparen
} from "./chunk-M6HMDD4M.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";
export {
  NixSyntaxError,
  check,
  literalString,
  parse,
  parseFile,
  staticString,
  unparen
};
