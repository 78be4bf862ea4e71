import {
  neutraliseText
} from "./chunk-6WGRO25Q.js";

// src/render/lint-display.ts
function displayFinding(f) {
  return {
    ...f,
    message: neutraliseText(f.message),
    file: neutraliseText(f.file),
    ...f.input !== void 0 ? { input: neutraliseText(f.input) } : {},
    ...f.fix ? { fix: { ...f.fix, description: neutraliseText(f.fix.description), text: neutraliseText(f.fix.text) } } : {}
  };
}
var displayNotice = (n) => neutraliseText(n);

export {
  displayFinding,
  displayNotice
};
