import type { Rule } from '../lint-types.js';
import { lockLineRegion } from '../where.js';

export const lockOldVersion: Rule = {
  id: 'lock/old-version',
  defaultSeverity: 'warning',
  needs: ['lock'],
  docs: {
    summary: 'flake.lock is in format version 5 or 6; current Nix writes version 7.',
    why: 'Old formats still read, but tools (and Nix itself in future) drop them; version 7 adds relative path inputs (`parent`).',
    fix: 'Let Nix rewrite the lock: any command that changes it writes version 7, such as `nix flake update` (or updating one input: `nix flake update NAME` on Nix 2.19 and later, `nix flake lock --update-input NAME` before).',
    example: '{\n  "nodes": { … },\n  "root": "root",\n  "version": 5\n}',
  },
  check(ctx) {
    const lock = ctx.lock!;
    if (lock.version === 7) return [];
    const lines = (ctx.lockText ?? '').split('\n');
    const at = lines.findIndex((l) => /"version"\s*:/.test(l));
    return [
      {
        in: 'lock',
        ...lockLineRegion(ctx, at >= 0 ? at + 1 : 1),
        message: `flake.lock is in format version ${lock.version}; Nix writes version 7 whenever it rewrites the lock: run \`nix flake update\` (or update one input) to move it to version 7`,
      },
    ];
  },
};
