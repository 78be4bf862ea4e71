// src/closure/format.ts
function formatKiB(delta) {
  const abs = Math.abs(Math.trunc(delta));
  const scaled = abs * 5;
  let q = Math.floor(scaled / 512);
  const r = scaled - q * 512;
  if (2 * r > 512 || 2 * r === 512 && q % 2 === 1) q++;
  const sign = delta < 0 ? "-" : "+";
  return `${sign}${Math.floor(q / 10)}.${q % 10} KiB`;
}
function showVersions(versions) {
  if (versions.length === 0) return "∅";
  return versions.map((v) => v === "" ? "ε" : v).join(", ");
}
var UNITS = ["B", "KiB", "MiB", "GiB", "TiB"];
function formatBytes(bytes, signed = false) {
  const sign = signed ? bytes < 0 ? "-" : "+" : bytes < 0 ? "-" : "";
  let v = Math.abs(bytes);
  let u = 0;
  while (v >= 1024 && u < UNITS.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${sign}${v} ${UNITS[0]}` : `${sign}${v.toFixed(1)} ${UNITS[u]}`;
}

export {
  formatKiB,
  showVersions,
  formatBytes
};
