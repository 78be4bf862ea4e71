// src/core/text-order.ts
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  compareText
};
