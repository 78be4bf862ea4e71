import { showPath, type FlakeRefAttrs } from '../../flake/flake-types.js';
import type { RawFinding, Rule } from '../lint-types.js';
import { inputFinding, pathsByNode } from '../where.js';

function absoluteLocal(a: FlakeRefAttrs | undefined): string | undefined {
  if (!a) return undefined;
  const path = a['path'];
  // a store path locked with its narHash can be substituted from a binary cache, so it is not machine-bound
  if (
    a.type === 'path' &&
    typeof path === 'string' &&
    path.startsWith('/nix/store/') &&
    typeof a['narHash'] === 'string'
  )
    return undefined;
  if (a.type === 'path' && typeof path === 'string' && path.startsWith('/')) return `path:${path}`;
  const url = a['url'];
  if ((a.type === 'git' || a.type === 'hg' || a.type === 'tarball' || a.type === 'file') && typeof url === 'string') {
    if (/^file:\/\//i.test(url) || url.startsWith('/')) return `${a.type === 'git' ? 'git+' : ''}${url}`;
  }
  return undefined;
}

export const hygieneLocalPathInput: Rule = {
  id: 'hygiene/local-path-input',
  defaultSeverity: 'warning',
  needs: ['lock'],
  docs: {
    summary: 'flake.lock pins an input by an absolute local path (`path:/home/…`, `git+file:///…`).',
    why: 'A committed lock with a path on your machine does not work anywhere else: CI and other users cannot fetch it. (A `/nix/store/…` path locked with its `narHash` is not reported: Nix can substitute it from a binary cache.)',
    fix: 'Point the input at a forge or URL others can reach, or use a path relative to the flake (`path:./sub`, which lock version 7 records relative to its parent).',
    example: 'inputs.mylib.url = "git+file:///home/alice/src/mylib";',
  },
  check(ctx) {
    const lock = ctx.lock!;
    const out: RawFinding[] = [];
    for (const [key, paths] of pathsByNode(ctx)) {
      const node = lock.nodes.get(key);
      const where = absoluteLocal(node?.locked) ?? (node?.locked ? undefined : absoluteLocal(node?.original));
      if (!where) continue;
      const path = paths[0]!;
      out.push(
        inputFinding(
          ctx,
          path,
          `${showPath(path)} is locked from a local absolute path (${where}), which only exists on one machine`,
        ),
      );
    }
    return out;
  },
};
