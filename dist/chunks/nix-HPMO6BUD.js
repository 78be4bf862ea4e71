import {
  closureGraph,
  createNix,
  detectNix,
  nixConfigWithToken
} from "./chunk-V2WT7NZG.js";
import "./chunk-ZRNIQLM2.js";
import "./chunk-364K447V.js";
import "./chunk-CARTIHEC.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";
export {
  closureGraph,
  createNix,
  detectNix,
  nixConfigWithToken
};
