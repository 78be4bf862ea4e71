// src/forge/forge-repo.ts
var DEFAULT_HOST = {
  github: "github.com",
  gitlab: "gitlab.com",
  sourcehut: "git.sr.ht"
};
var FLAKEHUB = "flakehub.com";
var FULL_REV = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function str(attrs, key) {
  const v = attrs[key];
  return typeof v === "string" && v !== "" ? v : void 0;
}
function isForgeType(type) {
  return type === "github" || type === "gitlab" || type === "sourcehut";
}
function forgeOfHost(host, hosts) {
  const h = host.toLowerCase();
  for (const forge of ["github", "gitlab", "sourcehut"]) {
    if (h === DEFAULT_HOST[forge]) return forge;
    if (hosts?.[forge]?.some((x) => x.toLowerCase() === h)) return forge;
  }
  if (h.startsWith("gitlab.")) return "gitlab";
  return void 0;
}
function segments(pathname) {
  const parts = pathname.split("/").filter((s) => s !== "");
  if (parts.length > 0) parts[parts.length - 1] = parts[parts.length - 1].replace(/\.git$/, "");
  return parts.filter((s) => s !== "");
}
function repoFromPath(forge, host, pathname) {
  const parts = segments(pathname);
  if (forge === "github") {
    if (parts.length !== 2) return void 0;
    return { forge, host, owner: parts[0], repo: parts[1] };
  }
  if (forge === "sourcehut") {
    if (parts.length !== 2 || !parts[0].startsWith("~")) return void 0;
    return { forge, host, owner: parts[0], repo: parts[1] };
  }
  if (parts.length < 2 || parts.includes("-")) return void 0;
  const owner = parts.slice(0, -1).join("/");
  const repo = parts[parts.length - 1];
  return forge ? { forge, host, owner, repo } : { host, owner, repo };
}
function parseUrl(text) {
  try {
    return new URL(text.replace(/^(?:git|hg|tarball|file)\+/, ""));
  } catch {
    return void 0;
  }
}
function repoOfRemote(url, hosts) {
  const text = url.trim().replace(/^(?:git|hg)\+/, "");
  const scp = /^(?:([^@/:]+)@)?([^@/:]+):(?!\/\/)([^?#]*)/.exec(text);
  if (scp && (scp[1] !== void 0 || scp[2].includes("."))) {
    const host2 = scp[2].toLowerCase();
    return repoFromPath(forgeOfHost(host2, hosts), host2, scp[3]);
  }
  const u = parseUrl(text);
  if (!u || !["https:", "http:", "ssh:", "git:"].includes(u.protocol)) return void 0;
  const host = (u.protocol === "https:" || u.protocol === "http:" ? u.host : u.hostname).toLowerCase();
  if (host === "") return void 0;
  return repoFromPath(forgeOfHost(host, hosts), host, u.pathname);
}
var ARCHIVE_EXT = /\.(?:tar\.gz|tar\.xz|tar\.bz2|tar\.zst|tgz|zip)$/;
function githubStyleArchive(forge, host, parts) {
  if (parts.length < 4 || parts[2] !== "archive" && parts[2] !== "tarball") return void 0;
  const ref = parts.slice(3).join("/").replace(ARCHIVE_EXT, "").replace(/^refs\/(?:tags|heads)\//, "");
  const repo = { host, owner: parts[0], repo: parts[1] };
  return { repo: forge ? { forge, ...repo } : repo, ...ref ? { ref } : {} };
}
function gitlabStyleArchive(forge, host, parts) {
  const dash = parts.indexOf("-");
  if (dash < 2 || parts[dash + 1] !== "archive" || parts[dash + 2] === void 0) return void 0;
  const repo = { host, owner: parts.slice(0, dash - 1).join("/"), repo: parts[dash - 1] };
  return { repo: forge ? { forge, ...repo } : repo, ref: parts[dash + 2] };
}
function tarballSource(url, hosts) {
  const u = parseUrl(url.trim());
  if (!u || u.protocol !== "https:" && u.protocol !== "http:") return void 0;
  const host = u.host.toLowerCase();
  const parts = u.pathname.split("/").filter((s) => s !== "");
  if (host === FLAKEHUB || host === `api.${FLAKEHUB}`) {
    const at = parts[0] === "f" ? parts[1] === "pinned" ? 2 : 1 : -1;
    if (at < 0 || parts.length < at + 3) return void 0;
    return { repo: { host: FLAKEHUB, owner: parts[at], repo: parts[at + 1] } };
  }
  if (host === "releases.nixos.org" || host === "channels.nixos.org") {
    return { repo: { forge: "github", host: "github.com", owner: "NixOS", repo: "nixpkgs" } };
  }
  const forge = forgeOfHost(host, hosts);
  if (forge === "github") return githubStyleArchive(forge, host, parts);
  if (forge === "gitlab") return gitlabStyleArchive(forge, host, parts);
  if (forge === "sourcehut") {
    return parts.length === 4 && parts[0].startsWith("~") && parts[2] === "archive" ? githubStyleArchive(forge, host, parts) : void 0;
  }
  return gitlabStyleArchive(void 0, host, parts) ?? githubStyleArchive(void 0, host, parts);
}
function repoLocationOf(attrs, hosts) {
  const type = attrs.type;
  if (isForgeType(type)) {
    const owner = str(attrs, "owner");
    const repo = str(attrs, "repo");
    if (!owner || !repo) return void 0;
    const host = (str(attrs, "host") ?? DEFAULT_HOST[type]).toLowerCase();
    if (type === "gitlab") return { forge: type, host, owner: owner.replace(/%2F/gi, "/"), repo };
    if (type === "sourcehut") return { forge: type, host, owner: owner.startsWith("~") ? owner : `~${owner}`, repo };
    return { forge: type, host, owner, repo };
  }
  const url = str(attrs, "url");
  if (!url) return void 0;
  if (type === "git" || type === "hg" || /^(?:git|hg)\+/.test(url)) return repoOfRemote(url, hosts);
  if (type === "tarball" || type === "file") return tarballSource(url, hosts)?.repo;
  return void 0;
}
function forgeRepoOf(attrs, hosts) {
  const loc = repoLocationOf(attrs, hosts);
  if (!loc) return void 0;
  if (loc.forge) return { forge: loc.forge, host: loc.host, owner: loc.owner, repo: loc.repo };
  if (loc.host === FLAKEHUB) return { forge: "github", host: DEFAULT_HOST.github, owner: loc.owner, repo: loc.repo };
  return void 0;
}
function archiveRef(attrs, hosts) {
  const url = str(attrs, "url");
  if (!url || attrs.type !== "tarball" && attrs.type !== "file") return void 0;
  const t = tarballSource(url, hosts);
  return t?.repo.forge ? t.ref : void 0;
}
function lockedRev(attrs, hosts) {
  const rev = str(attrs, "rev");
  if (rev) return rev;
  const ref = archiveRef(attrs, hosts);
  return ref && FULL_REV.test(ref) ? ref : void 0;
}
function lockedTag(attrs, hosts) {
  const ref = archiveRef(attrs, hosts);
  return ref && !FULL_REV.test(ref) ? ref : void 0;
}

export {
  DEFAULT_HOST,
  FULL_REV,
  repoLocationOf,
  forgeRepoOf,
  lockedRev,
  lockedTag
};
