import {
  MARKER_PREFIX,
  MAX_LENGTH,
  commitKey,
  marker,
  orderedChanges,
  renderReport
} from "./chunk-CPYTC6DY.js";
import "./chunk-WGFYKTD6.js";
import "./chunk-QQERTKHH.js";
import "./chunk-NL6DXGGY.js";
import "./chunk-QR3A3VEL.js";
import "./chunk-6WGRO25Q.js";
import "./chunk-YLVDSGH3.js";
export {
  MARKER_PREFIX,
  MAX_LENGTH,
  commitKey,
  marker,
  orderedChanges,
  renderReport
};
