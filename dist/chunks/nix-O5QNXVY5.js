import {
  closureGraph,
  createNix,
  detectNix,
  nixConfigWithToken
} from "./chunk-3HI5GIVX.js";
import "./chunk-ZRNIQLM2.js";
import "./chunk-NSMJC5KK.js";
import "./chunk-CARTIHEC.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";
export {
  closureGraph,
  createNix,
  detectNix,
  nixConfigWithToken
};
