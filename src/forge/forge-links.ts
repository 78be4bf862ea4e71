/**
 * What a person reads about a forge repository: its web address, a commit's and a comparison's pages, a short
 * name for tables, and a revision shortened as git shows it. Pure; the repository comes from ./forge-repo.ts.
 */
import { DEFAULT_HOST, FULL_REV, type ForgeRepo } from './forge-repo.js';

export function repoUrl(r: ForgeRepo): string {
  return `https://${r.host}/${r.owner}/${r.repo}`;
}

export function commitUrl(r: ForgeRepo, rev: string): string {
  const base = repoUrl(r);
  if (r.forge === 'gitlab') return `${base}/-/commit/${rev}`;
  return `${base}/commit/${rev}`;
}

/**
 * The web page comparing two revisions (or tags). GitHub and GitLab have a compare view; sourcehut has none, so its
 * link is the log starting at the new revision (the old one is further down that page).
 */
export function compareUrl(r: ForgeRepo, from: string, to: string): string {
  const base = repoUrl(r);
  if (r.forge === 'github') return `${base}/compare/${from}...${to}`;
  if (r.forge === 'gitlab') return `${base}/-/compare/${from}...${to}`;
  return `${base}/log/${to}`;
}

/** `NixOS/nixpkgs` for github.com, `github.example.com/org/repo` elsewhere: a short name for tables. */
export function repoLabel(r: ForgeRepo): string {
  return r.host === DEFAULT_HOST[r.forge] ? `${r.owner}/${r.repo}` : `${r.host}/${r.owner}/${r.repo}`;
}

/**
 * `abc1234`: a full commit id (SHA-1 or SHA-256) cut to seven characters, as git and GitHub show it. Anything else
 * (a tag, a branch, a malformed `rev`) is not a commit id and is kept whole: its first seven characters would name
 * nothing (`v1.2.3-rc1` is not `v1.2.3-`).
 */
export function shortRev(rev: string): string;
export function shortRev(rev: string | undefined): string | undefined;
export function shortRev(rev: string | undefined): string | undefined {
  if (rev === undefined) return undefined;
  return FULL_REV.test(rev) ? rev.slice(0, 7) : rev;
}
