import type { Rule } from '../lint-types.js';

export const lockInvalid: Rule = {
  id: 'lock/invalid',
  defaultSeverity: 'error',
  needs: [],
  docs: {
    summary:
      'flake.lock is not a lock file Nix can read: not JSON, merge-conflict markers, an unknown version, or an input pointing at a node that does not exist.',
    why: 'Every Nix command on the flake fails on it, and the lock rules cannot check anything until it reads.',
    fix: 'Resolve the conflict or the JSON error at the position given, or delete flake.lock and run `nix flake lock` to write it again (that re-locks every input to its newest revision).',
    example:
      '{\n  "nodes": {\n<<<<<<< HEAD\n    "nixpkgs": { … }\n=======\n    "nixpkgs": { … }\n>>>>>>> update\n  },\n  "root": "root",\n  "version": 7\n}',
  },
  check(ctx) {
    const p = ctx.lockProblem;
    if (!p) return [];
    return [
      {
        in: 'lock',
        line: p.line,
        column: p.column,
        endLine: p.line,
        endColumn: p.column + 1,
        message: p.hint ? `${p.message} (${p.hint})` : p.message,
      },
    ];
  },
};
