import {
  DEFAULT_HOST,
  FULL_REV
} from "./chunk-7HIKED5Z.js";

// src/forge/forge-links.ts
function repoUrl(r) {
  return `https://${r.host}/${r.owner}/${r.repo}`;
}
function commitUrl(r, rev) {
  const base = repoUrl(r);
  if (r.forge === "gitlab") return `${base}/-/commit/${rev}`;
  return `${base}/commit/${rev}`;
}
function compareUrl(r, from, to) {
  const base = repoUrl(r);
  if (r.forge === "github") return `${base}/compare/${from}...${to}`;
  if (r.forge === "gitlab") return `${base}/-/compare/${from}...${to}`;
  return `${base}/log/${to}`;
}
function repoLabel(r) {
  return r.host === DEFAULT_HOST[r.forge] ? `${r.owner}/${r.repo}` : `${r.host}/${r.owner}/${r.repo}`;
}
function shortRev(rev) {
  if (rev === void 0) return void 0;
  return FULL_REV.test(rev) ? rev.slice(0, 7) : rev;
}

export {
  repoUrl,
  commitUrl,
  compareUrl,
  repoLabel,
  shortRev
};
