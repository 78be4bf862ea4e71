import {
  MemoryLogger,
  systemClock
} from "./chunk-22PJIZ42.js";
import "./chunk-YLVDSGH3.js";
export {
  MemoryLogger,
  systemClock
};
