import {
  closureGraph,
  createNix,
  detectNix,
  nixConfigWithToken
} from "./chunk-HOSKHC2M.js";
import "./chunk-ZRNIQLM2.js";
import "./chunk-ZPSPCVQY.js";
import "./chunk-YCZEATSK.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";
export {
  closureGraph,
  createNix,
  detectNix,
  nixConfigWithToken
};
