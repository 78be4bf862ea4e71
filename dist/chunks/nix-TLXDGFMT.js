import {
  closureGraph,
  createNix,
  detectNix,
  nixConfigWithToken
} from "./chunk-6JY6CD2T.js";
import "./chunk-ZRNIQLM2.js";
import "./chunk-CARTIHEC.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";
export {
  closureGraph,
  createNix,
  detectNix,
  nixConfigWithToken
};
