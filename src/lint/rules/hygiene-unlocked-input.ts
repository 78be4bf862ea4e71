import { showPath } from '../../flake/flake-types.js';
import type { RawFinding, Rule } from '../lint-types.js';
import { inputFinding, pathsByNode } from '../where.js';

const GIT_LIKE = new Set(['git', 'github', 'gitlab', 'sourcehut', 'hg']);

export const hygieneUnlockedInput: Rule = {
  id: 'hygiene/unlocked-input',
  defaultSeverity: 'error',
  needs: ['lock'],
  docs: {
    summary:
      'A lock entry does not pin its input: no `narHash`, or no `rev` for a git-like input (git, github, gitlab, sourcehut, hg).',
    why: 'Nix refuses such a lock entry ("Lock file contains unlocked input", unless `--allow-dirty-locks`), or fetches whatever the source serves today: the build is not reproducible.',
    fix: 'Lock from a clean state: commit or stash local changes in path/git inputs, then run `nix flake lock` (or `nix flake update NAME`) and commit flake.lock.',
    example: '"locked": { "type": "git", "url": "file:///home/me/src/dep" }',
  },
  check(ctx) {
    const lock = ctx.lock!;
    const out: RawFinding[] = [];
    for (const [key, paths] of pathsByNode(ctx)) {
      if (key === lock.root) continue;
      const node = lock.nodes.get(key);
      if (!node) continue;
      const path = paths[0]!;
      const locked = node.locked;
      if (!locked) {
        out.push(
          inputFinding(ctx, path, `${showPath(path)} has no "locked" entry in flake.lock`, { preferNode: true }),
        );
        continue;
      }
      const relative = locked.type === 'path' && typeof locked['path'] === 'string' && !locked['path'].startsWith('/');
      if (relative || node.parent !== undefined) continue; // relative path inputs are locked with their parent
      const missing: string[] = [];
      if (GIT_LIKE.has(locked.type) && typeof locked['rev'] !== 'string') missing.push('rev');
      if (typeof locked['narHash'] !== 'string') missing.push('narHash');
      if (missing.length === 0) continue;
      out.push(
        inputFinding(
          ctx,
          path,
          `${showPath(path)} is not locked: its lock entry has no ${missing.join(' and no ')}; run \`nix flake lock\` from a clean state`,
          { preferNode: true },
        ),
      );
    }
    return out;
  },
};
