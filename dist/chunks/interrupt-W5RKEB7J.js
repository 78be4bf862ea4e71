import {
  EXIT_CODE,
  InterruptController,
  InterruptedError,
  installInterruptHandler,
  interruption,
  processInterrupts
} from "./chunk-SRPXZV7O.js";
import "./chunk-YCZEATSK.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-6WGRO25Q.js";
import "./chunk-YLVDSGH3.js";
export {
  EXIT_CODE,
  InterruptController,
  InterruptedError,
  installInterruptHandler,
  interruption,
  processInterrupts
};
