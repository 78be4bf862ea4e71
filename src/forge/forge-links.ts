/**
 * Pure URL builders for the forges an input can live on: the repository, a commit, and the comparison of two
 * revisions. A locked reference (the `locked` attribute set of a lock node) is mapped to a forge repository when its
 * type says so (`github`, `gitlab`, `sourcehut`, with `host` for GitHub Enterprise and self-hosted GitLab/sourcehut),
 * or when it is a git or tarball URL on one of those hosts.
 */
import type { FlakeRefAttrs } from '../flake/flake-types.js';

export type Forge = 'github' | 'gitlab' | 'sourcehut';

export interface ForgeRepo {
  readonly forge: Forge;
  /** Web host, e.g. `github.com`, `github.example.com`, `gitlab.freedesktop.org`, `git.sr.ht`. */
  readonly host: string;
  /** Owner as shown in web URLs: GitLab subgroups as `group/sub`, sourcehut users with their `~`. */
  readonly owner: string;
  readonly repo: string;
}

/** Extra hosts (beyond github.com, gitlab.com, git.sr.ht) whose git and tarball URLs are recognised. */
export interface ForgeHosts {
  readonly github?: readonly string[];
  readonly gitlab?: readonly string[];
  readonly sourcehut?: readonly string[];
}

const DEFAULT_HOST: Readonly<Record<Forge, string>> = {
  github: 'github.com',
  gitlab: 'gitlab.com',
  sourcehut: 'git.sr.ht',
};

const FULL_REV = /^[0-9a-f]{40}$/;

function str(attrs: FlakeRefAttrs, key: string): string | undefined {
  const v = attrs[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function decodeOwner(owner: string): string {
  // `gitlab:group%2Fsub/repo` stores the owner percent-encoded in some Nix versions.
  return owner.replace(/%2F/gi, '/');
}

function sourcehutOwner(owner: string): string {
  return owner.startsWith('~') ? owner : `~${owner}`;
}

function hostForgeOf(host: string, hosts: ForgeHosts | undefined): Forge | undefined {
  const h = host.toLowerCase();
  for (const forge of ['github', 'gitlab', 'sourcehut'] as const) {
    if (h === DEFAULT_HOST[forge]) return forge;
    if (hosts?.[forge]?.some((x) => x.toLowerCase() === h)) return forge;
  }
  // Self-hosted GitLab is usually named so (gitlab.freedesktop.org, gitlab.gnome.org, gitlab.haskell.org).
  if (h.startsWith('gitlab.')) return 'gitlab';
  return undefined;
}

/** Repository from a web path (`/owner/repo(.git)`), by the forge's path rules. */
function repoFromPath(forge: Forge, host: string, pathname: string): ForgeRepo | undefined {
  const parts = pathname
    .replace(/\.git$/, '')
    .split('/')
    .filter((s) => s !== '');
  if (forge === 'github') {
    if (parts.length !== 2) return undefined;
    return { forge, host, owner: parts[0]!, repo: parts[1]! };
  }
  if (forge === 'sourcehut') {
    if (parts.length !== 2 || !parts[0]!.startsWith('~')) return undefined;
    return { forge, host, owner: parts[0]!, repo: parts[1]! };
  }
  if (parts.length < 2 || parts.includes('-')) return undefined;
  return { forge, host, owner: parts.slice(0, -1).join('/'), repo: parts[parts.length - 1]! };
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text.replace(/^(git|tarball|file)\+/, ''));
  } catch {
    return undefined;
  }
}

interface TarballSource {
  readonly repo: ForgeRepo;
  /** The revision or tag the URL names, when it names one. */
  readonly ref?: string;
}

/**
 * Repository (and revision) behind a tarball URL: GitHub `archive/<rev>.tar.gz` (also `refs/tags/…`), GitLab
 * `-/archive/<rev>/…`, sourcehut `archive/<rev>.tar.gz`, FlakeHub pinned URLs (published from the GitHub
 * repository of the same owner and name) and nixpkgs channel tarballs on releases.nixos.org.
 */
export function tarballSource(url: string, hosts?: ForgeHosts): TarballSource | undefined {
  const u = parseUrl(url);
  if (!u) return undefined;
  const host = u.host.toLowerCase();
  const parts = u.pathname.split('/').filter((s) => s !== '');
  if (host === 'api.flakehub.com' && parts[0] === 'f' && parts[1] === 'pinned' && parts.length >= 4) {
    return { repo: { forge: 'github', host: 'github.com', owner: parts[2]!, repo: parts[3]! } };
  }
  if (host === 'releases.nixos.org' || host === 'channels.nixos.org') {
    return { repo: { forge: 'github', host: 'github.com', owner: 'NixOS', repo: 'nixpkgs' } };
  }
  const forge = hostForgeOf(host, hosts);
  if (!forge) return undefined;
  const strip = (s: string): string => s.replace(/\.(tar\.gz|tar\.xz|tar\.bz2|tar\.zst|tgz|zip)$/, '');
  if (forge === 'github') {
    // /owner/repo/archive/<rev>.tar.gz, /owner/repo/archive/refs/tags/<tag>.tar.gz
    if (parts.length >= 4 && parts[2] === 'archive') {
      const rest = parts.slice(3).join('/');
      const ref = strip(rest).replace(/^refs\/(tags|heads)\//, '');
      return { repo: { forge, host, owner: parts[0]!, repo: parts[1]! }, ref };
    }
    return undefined;
  }
  if (forge === 'gitlab') {
    // /group/sub/repo/-/archive/<rev>/<repo>-<rev>.tar.gz
    const dash = parts.indexOf('-');
    if (dash >= 2 && parts[dash + 1] === 'archive' && parts[dash + 2] !== undefined) {
      return {
        repo: { forge, host, owner: parts.slice(0, dash - 1).join('/'), repo: parts[dash - 1]! },
        ref: parts[dash + 2]!,
      };
    }
    return undefined;
  }
  // sourcehut: /~owner/repo/archive/<rev>.tar.gz
  if (parts.length === 4 && parts[0]!.startsWith('~') && parts[2] === 'archive') {
    return { repo: { forge, host, owner: parts[0]!, repo: parts[1]! }, ref: strip(parts[3]!) };
  }
  return undefined;
}

/** The forge repository a locked (or original) reference lives in, when it is on a known forge. */
export function forgeRepoOf(attrs: FlakeRefAttrs, hosts?: ForgeHosts): ForgeRepo | undefined {
  const type = attrs.type;
  const owner = str(attrs, 'owner');
  const repo = str(attrs, 'repo');
  if ((type === 'github' || type === 'gitlab' || type === 'sourcehut') && owner && repo) {
    const host = str(attrs, 'host') ?? DEFAULT_HOST[type];
    if (type === 'github') return { forge: type, host, owner, repo };
    if (type === 'gitlab') return { forge: type, host, owner: decodeOwner(owner), repo };
    return { forge: type, host, owner: sourcehutOwner(owner), repo };
  }
  const url = str(attrs, 'url');
  if (!url) return undefined;
  if (type === 'git' || /^git\+/.test(url)) {
    const u = parseUrl(url);
    if (!u || !['https:', 'http:', 'ssh:', 'git:'].includes(u.protocol)) return undefined;
    // The web host keeps an https port (a GHES at ghe:8443); an ssh port is not part of the web address.
    const host = (u.protocol === 'https:' || u.protocol === 'http:' ? u.host : u.hostname).toLowerCase();
    const forge = hostForgeOf(host, hosts);
    return forge ? repoFromPath(forge, host, u.pathname) : undefined;
  }
  if (type === 'tarball' || type === 'file') return tarballSource(url, hosts)?.repo;
  return undefined;
}

/** The revision a locked reference pins: `rev`, or the commit a GitHub/GitLab/sourcehut archive URL names. */
export function lockedRev(attrs: FlakeRefAttrs, hosts?: ForgeHosts): string | undefined {
  const rev = str(attrs, 'rev');
  if (rev) return rev;
  const url = str(attrs, 'url');
  if (url && (attrs.type === 'tarball' || attrs.type === 'file')) {
    const ref = tarballSource(url, hosts)?.ref;
    if (ref && FULL_REV.test(ref)) return ref;
  }
  return undefined;
}

/** The tag a tarball URL names (`…/archive/refs/tags/v1.2.tar.gz`), when it names a tag rather than a commit. */
export function lockedTag(attrs: FlakeRefAttrs, hosts?: ForgeHosts): string | undefined {
  const url = str(attrs, 'url');
  if (!url || (attrs.type !== 'tarball' && attrs.type !== 'file')) return undefined;
  const ref = tarballSource(url, hosts)?.ref;
  return ref && !FULL_REV.test(ref) ? ref : undefined;
}

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

/** `abc1234` (seven characters, as git and GitHub show a revision). */
export function shortRev(rev: string): string {
  return FULL_REV.test(rev) ? rev.slice(0, 7) : rev;
}
