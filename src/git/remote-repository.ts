/**
 * The GitHub repository a git remote URL names, for `flake-steward update --open-pr` without `--repository`. Pure:
 * the URL comes from the Git port (`remoteUrl(dir, 'origin')`).
 *
 * Accepted forms (`.git` and a trailing `/` optional):
 *   https://HOST/owner/repo      (http:// too, and credentials before HOST, which are never shown)
 *   git@HOST:owner/repo          (scp-like, any user)
 *   ssh://git@HOST[:PORT]/owner/repo
 * HOST must be the GitHub server's (GITHUB_SERVER_URL, github.com by default), compared without port and case: the
 * API the pull request goes to is that server's.
 */
import { parseRepository } from '../core/config.js';
import { UsageError } from '../core/errors.js';

export type RemoteRepository = { readonly owner: string; readonly repo: string };

/** `url` without the credentials an https remote may carry (`https://user:token@host/…`), for messages. */
export function shownRemote(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, (_m, scheme: string) => scheme);
}

/** Host and `owner/repo` path of a remote URL; undefined for a form we do not read (a local path, file://). */
export function splitRemote(url: string): { host: string; path: string } | undefined {
  const u = url.trim();
  const scheme = /^(https?|ssh|git\+ssh|ssh\+git):\/\/(?:[^@/]*@)?(\[[^\]]+\]|[^/:]+)(?::\d*)?\/(.*)$/i.exec(u);
  if (scheme) return { host: scheme[2]!, path: scheme[3]! };
  // scp-like `user@host:path` (git treats it so when there is no `://` and a `:` comes before any `/`)
  const scp = /^(?:[^@/:]+@)?([^/:]+):(?!\/\/)(.*)$/.exec(u);
  if (scp && !u.includes('://')) return { host: scp[1]!, path: scp[2]! };
  return undefined;
}

function hostname(serverUrl: string): string {
  try {
    return new URL(serverUrl).hostname.toLowerCase();
  } catch {
    return serverUrl.toLowerCase();
  }
}

/**
 * `owner/repo` from the URL of the remote `remote`, checked against the GitHub server; a UsageError (one line,
 * saying to pass --repository) for any other URL.
 */
export function repositoryOfRemote(url: string, serverUrl: string, remote = 'origin'): RemoteRepository {
  const shown = shownRemote(url);
  const hint = 'pass --repository owner/repo';
  const parts = splitRemote(url);
  if (!parts) {
    throw new UsageError(`cannot tell the GitHub repository from the ${remote} remote '${shown}'`, hint);
  }
  const expected = hostname(serverUrl);
  const host = parts.host.replace(/^\[|\]$/g, '').toLowerCase();
  if (host !== expected) {
    throw new UsageError(
      `the ${remote} remote '${shown}' is not on the GitHub server ${expected} (GITHUB_SERVER_URL)`,
      hint,
    );
  }
  const m = /^\/*([^/]+)\/([^/]+?)(?:\.git)?\/*$/.exec(parts.path);
  if (!m) throw new UsageError(`cannot tell the GitHub repository from the ${remote} remote '${shown}'`, hint);
  try {
    return parseRepository(`the ${remote} remote`, `${m[1]}/${m[2]}`);
  } catch {
    throw new UsageError(`cannot tell the GitHub repository from the ${remote} remote '${shown}'`, hint);
  }
}
