/**
 * Which forge and repository a flake reference lives on: the one reading of references for the whole tree (lint
 * identifies sources and owners with it, update builds links and lists commits with it).
 *
 * A reference names a repository when its `type` says so (`github`, `gitlab`, `sourcehut`, with `host` for GitHub
 * Enterprise and self-hosted GitLab/sourcehut), when it is a git (or Mercurial) remote URL, or when it is a tarball
 * URL of a repository archive. Its host is a known forge (github.com, gitlab.com, git.sr.ht, `gitlab.*`, or a host
 * the caller names in `ForgeHosts`) or not: on an unknown host the repository is still read from the path (Gitea,
 * Forgejo, cgit name repositories the same way), but no forge is claimed, so no link is built for it.
 */
import type { FlakeRefAttrs } from '../flake/flake-types.js';

export type Forge = 'github' | 'gitlab' | 'sourcehut';

/** A repository on a host; `forge` when the host is a known forge. */
export interface RepoLocation {
  readonly forge?: Forge;
  /** Web host, lower case, e.g. `github.com`, `github.example.com`, `gitlab.freedesktop.org`, `git.sr.ht`. */
  readonly host: string;
  /** Owner as shown in web URLs: GitLab subgroups as `group/sub`, sourcehut users with their `~`. */
  readonly owner: string;
  readonly repo: string;
}

/** A repository on a known forge: one we can link to. */
export interface ForgeRepo extends RepoLocation {
  readonly forge: Forge;
}

/** Extra hosts (beyond github.com, gitlab.com, git.sr.ht) whose git and tarball URLs are recognised. */
export interface ForgeHosts {
  readonly github?: readonly string[];
  readonly gitlab?: readonly string[];
  readonly sourcehut?: readonly string[];
}

export const DEFAULT_HOST: Readonly<Record<Forge, string>> = {
  github: 'github.com',
  gitlab: 'gitlab.com',
  sourcehut: 'git.sr.ht',
};

const FLAKEHUB = 'flakehub.com';

/** A full commit id: SHA-1 (40 hex digits) or SHA-256 (64), as git and Mercurial write them. */
export const FULL_REV = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

function str(attrs: FlakeRefAttrs, key: string): string | undefined {
  const v = attrs[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function isForgeType(type: string): type is Forge {
  return type === 'github' || type === 'gitlab' || type === 'sourcehut';
}

/** The forge a host (lower case, with its port when it has one) belongs to, if known. */
export function forgeOfHost(host: string, hosts?: ForgeHosts): Forge | undefined {
  const h = host.toLowerCase();
  for (const forge of ['github', 'gitlab', 'sourcehut'] as const) {
    if (h === DEFAULT_HOST[forge]) return forge;
    if (hosts?.[forge]?.some((x) => x.toLowerCase() === h)) return forge;
  }
  // Self-hosted GitLab is usually named so (gitlab.freedesktop.org, gitlab.gnome.org, gitlab.haskell.org).
  if (h.startsWith('gitlab.')) return 'gitlab';
  return undefined;
}

/** Non-empty path segments, without a trailing `.git`. */
function segments(pathname: string): string[] {
  const parts = pathname.split('/').filter((s) => s !== '');
  if (parts.length > 0) parts[parts.length - 1] = parts[parts.length - 1]!.replace(/\.git$/, '');
  return parts.filter((s) => s !== '');
}

/**
 * Repository from a remote's path, by the forge's path rules: GitHub `owner/repo` exactly; sourcehut `~owner/repo`;
 * GitLab any depth of groups (`group/sub/repo`, never a `-` segment, which starts a page path). An unknown host is
 * read as GitLab is: the last segment is the repository, the rest its owner.
 */
function repoFromPath(forge: Forge | undefined, host: string, pathname: string): RepoLocation | undefined {
  const parts = segments(pathname);
  if (forge === 'github') {
    if (parts.length !== 2) return undefined;
    return { forge, host, owner: parts[0]!, repo: parts[1]! };
  }
  if (forge === 'sourcehut') {
    if (parts.length !== 2 || !parts[0]!.startsWith('~')) return undefined;
    return { forge, host, owner: parts[0]!, repo: parts[1]! };
  }
  if (parts.length < 2 || parts.includes('-')) return undefined;
  const owner = parts.slice(0, -1).join('/');
  const repo = parts[parts.length - 1]!;
  return forge ? { forge, host, owner, repo } : { host, owner, repo };
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text.replace(/^(?:git|hg|tarball|file)\+/, ''));
  } catch {
    return undefined;
  }
}

/**
 * The repository a git (or Mercurial) remote URL names: `https://`, `http://`, `ssh://`, `git://` (a `git+` or
 * `hg+` prefix allowed), or the scp-like `git@github.com:owner/repo.git` that git accepts. Local (`file:`) URLs name
 * no repository on a host.
 */
export function repoOfRemote(url: string, hosts?: ForgeHosts): RepoLocation | undefined {
  const text = url.trim().replace(/^(?:git|hg)\+/, '');
  // scp-like: `[user@]host:path`, no scheme; the host has a dot or a user, so `file:/x` and `github:o/r` are not.
  const scp = /^(?:([^@/:]+)@)?([^@/:]+):(?!\/\/)([^?#]*)/.exec(text);
  if (scp && (scp[1] !== undefined || scp[2]!.includes('.'))) {
    const host = scp[2]!.toLowerCase();
    return repoFromPath(forgeOfHost(host, hosts), host, scp[3]!);
  }
  const u = parseUrl(text);
  if (!u || !['https:', 'http:', 'ssh:', 'git:'].includes(u.protocol)) return undefined;
  // The web host keeps an https port (a GHES at ghe:8443); an ssh port is not part of the web address.
  const host = (u.protocol === 'https:' || u.protocol === 'http:' ? u.host : u.hostname).toLowerCase();
  if (host === '') return undefined;
  return repoFromPath(forgeOfHost(host, hosts), host, u.pathname);
}

export interface TarballSource {
  readonly repo: RepoLocation;
  /** The revision or tag the URL names, when it names one. */
  readonly ref?: string;
}

const ARCHIVE_EXT = /\.(?:tar\.gz|tar\.xz|tar\.bz2|tar\.zst|tgz|zip)$/;

/** `/owner/repo/archive/<ref>.tar.gz` (also `refs/tags/…`) and `/owner/repo/tarball/<ref>`: GitHub, Gitea, Forgejo. */
function githubStyleArchive(forge: Forge | undefined, host: string, parts: string[]): TarballSource | undefined {
  if (parts.length < 4 || (parts[2] !== 'archive' && parts[2] !== 'tarball')) return undefined;
  const ref = parts
    .slice(3)
    .join('/')
    .replace(ARCHIVE_EXT, '')
    .replace(/^refs\/(?:tags|heads)\//, '');
  const repo = { host, owner: parts[0]!, repo: parts[1]! };
  return { repo: forge ? { forge, ...repo } : repo, ...(ref ? { ref } : {}) };
}

/** `/group/sub/repo/-/archive/<rev>/<repo>-<rev>.tar.gz`: GitLab. */
function gitlabStyleArchive(forge: Forge | undefined, host: string, parts: string[]): TarballSource | undefined {
  const dash = parts.indexOf('-');
  if (dash < 2 || parts[dash + 1] !== 'archive' || parts[dash + 2] === undefined) return undefined;
  const repo = { host, owner: parts.slice(0, dash - 1).join('/'), repo: parts[dash - 1]! };
  return { repo: forge ? { forge, ...repo } : repo, ref: parts[dash + 2]! };
}

/**
 * Repository (and revision) behind a tarball URL: GitHub `archive/<rev>.tar.gz` (also `refs/tags/…`) and
 * `tarball/<rev>`, GitLab `-/archive/<rev>/…`, sourcehut `archive/<rev>.tar.gz`, the same shapes on an unknown host
 * (without a forge), FlakeHub (`flakehub.com/f/OWNER/REPO/…`, `api.flakehub.com/f/pinned/OWNER/REPO/…`: host
 * `flakehub.com`) and nixpkgs channel tarballs on releases.nixos.org and channels.nixos.org (NixOS/nixpkgs).
 */
export function tarballSource(url: string, hosts?: ForgeHosts): TarballSource | undefined {
  const u = parseUrl(url.trim());
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) return undefined;
  const host = u.host.toLowerCase();
  const parts = u.pathname.split('/').filter((s) => s !== '');
  if (host === FLAKEHUB || host === `api.${FLAKEHUB}`) {
    const at = parts[0] === 'f' ? (parts[1] === 'pinned' ? 2 : 1) : -1;
    if (at < 0 || parts.length < at + 3) return undefined;
    return { repo: { host: FLAKEHUB, owner: parts[at]!, repo: parts[at + 1]! } };
  }
  if (host === 'releases.nixos.org' || host === 'channels.nixos.org') {
    return { repo: { forge: 'github', host: 'github.com', owner: 'NixOS', repo: 'nixpkgs' } };
  }
  const forge = forgeOfHost(host, hosts);
  if (forge === 'github') return githubStyleArchive(forge, host, parts);
  if (forge === 'gitlab') return gitlabStyleArchive(forge, host, parts);
  if (forge === 'sourcehut') {
    return parts.length === 4 && parts[0]!.startsWith('~') && parts[2] === 'archive'
      ? githubStyleArchive(forge, host, parts)
      : undefined;
  }
  return gitlabStyleArchive(undefined, host, parts) ?? githubStyleArchive(undefined, host, parts);
}

/**
 * The repository a locked (or original) reference is fetched from, on a known forge or not; undefined for paths,
 * registry (`indirect`) references, local URLs and URLs that name no repository.
 */
export function repoLocationOf(attrs: FlakeRefAttrs, hosts?: ForgeHosts): RepoLocation | undefined {
  const type = attrs.type;
  if (isForgeType(type)) {
    const owner = str(attrs, 'owner');
    const repo = str(attrs, 'repo');
    if (!owner || !repo) return undefined;
    const host = (str(attrs, 'host') ?? DEFAULT_HOST[type]).toLowerCase();
    // `gitlab:group%2Fsub/repo` stores the owner percent-encoded in some Nix versions; sourcehut owners carry a `~`.
    if (type === 'gitlab') return { forge: type, host, owner: owner.replace(/%2F/gi, '/'), repo };
    if (type === 'sourcehut') return { forge: type, host, owner: owner.startsWith('~') ? owner : `~${owner}`, repo };
    return { forge: type, host, owner, repo };
  }
  const url = str(attrs, 'url');
  if (!url) return undefined;
  if (type === 'git' || type === 'hg' || /^(?:git|hg)\+/.test(url)) return repoOfRemote(url, hosts);
  if (type === 'tarball' || type === 'file') return tarballSource(url, hosts)?.repo;
  return undefined;
}

/**
 * The forge repository a locked (or original) reference lives in, when it is on a known forge: where its history
 * is, for links and commit lists. A FlakeHub flake is published from the GitHub repository of the same owner and
 * name (flakehub-push), so it is that repository.
 */
export function forgeRepoOf(attrs: FlakeRefAttrs, hosts?: ForgeHosts): ForgeRepo | undefined {
  const loc = repoLocationOf(attrs, hosts);
  if (!loc) return undefined;
  if (loc.forge) return { forge: loc.forge, host: loc.host, owner: loc.owner, repo: loc.repo };
  if (loc.host === FLAKEHUB) return { forge: 'github', host: DEFAULT_HOST.github, owner: loc.owner, repo: loc.repo };
  return undefined;
}

/** The ref a tarball reference's URL names on a known forge. */
function archiveRef(attrs: FlakeRefAttrs, hosts: ForgeHosts | undefined): string | undefined {
  const url = str(attrs, 'url');
  if (!url || (attrs.type !== 'tarball' && attrs.type !== 'file')) return undefined;
  const t = tarballSource(url, hosts);
  return t?.repo.forge ? t.ref : undefined;
}

/** The revision a locked reference pins: `rev`, or the commit a GitHub/GitLab/sourcehut archive URL names. */
export function lockedRev(attrs: FlakeRefAttrs, hosts?: ForgeHosts): string | undefined {
  const rev = str(attrs, 'rev');
  if (rev) return rev;
  const ref = archiveRef(attrs, hosts);
  return ref && FULL_REV.test(ref) ? ref : undefined;
}

/** The tag a tarball URL names (`…/archive/refs/tags/v1.2.tar.gz`), when it names a tag rather than a commit. */
export function lockedTag(attrs: FlakeRefAttrs, hosts?: ForgeHosts): string | undefined {
  const ref = archiveRef(attrs, hosts);
  return ref && !FULL_REV.test(ref) ? ref : undefined;
}
