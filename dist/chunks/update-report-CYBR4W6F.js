import {
  MARKER_PREFIX,
  MAX_LENGTH,
  commitKey,
  degrade,
  failureBlock,
  failureBlocks,
  flakeSection,
  marker,
  maxRows,
  orderedChanges,
  renderReport,
  tagBumpLines,
  title
} from "./chunk-EQITHXKP.js";
import "./chunk-WGFYKTD6.js";
import "./chunk-QQERTKHH.js";
import "./chunk-5B3WRTDH.js";
import "./chunk-GYRCVODP.js";
import "./chunk-7HIKED5Z.js";
import "./chunk-6WGRO25Q.js";
import "./chunk-YLVDSGH3.js";
export {
  MARKER_PREFIX,
  MAX_LENGTH,
  commitKey,
  degrade,
  failureBlock,
  failureBlocks,
  flakeSection,
  marker,
  maxRows,
  orderedChanges,
  renderReport,
  tagBumpLines,
  title
};
