import {
  firstError,
  nixNotInstalled,
  runUpdate,
  serverForgeHosts,
  updateRequest
} from "./chunk-F5AOPTYK.js";
import "./chunk-OQMH6UXG.js";
import "./chunk-ZRNIQLM2.js";
import "./chunk-SWOYKWWQ.js";
import "./chunk-OTUWSOVN.js";
import "./chunk-QR3A3VEL.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";
export {
  firstError,
  nixNotInstalled,
  runUpdate,
  serverForgeHosts,
  updateRequest
};
