import type { Rule } from '../lint-types.js';
import { spanRegion } from '../where.js';

export const schemaOutputsNotAFunction: Rule = {
  id: 'schema/outputs-not-a-function',
  defaultSeverity: 'error',
  needs: ['nix'],
  docs: {
    summary: '`outputs` is written as a set, a string, a list or another value that is not a function.',
    why: 'Nix calls `outputs` with the inputs, so it refuses the flake on every command: `expected a function but got a set`.',
    fix: 'Make it a function of the inputs: `outputs = { self, nixpkgs, ... }: { … };`.',
    example: '{\n  inputs = { };\n  outputs = {\n    # omit some configuration...\n  };\n}',
  },
  check(ctx) {
    const outputs = ctx.flake!.shape?.outputs;
    if (!outputs?.type || outputs.type === 'a function') return [];
    return [
      {
        in: 'nix',
        ...spanRegion(outputs.span),
        message: `expected a function but got ${outputs.type}: outputs must be a function of the inputs, e.g. outputs = { self, ... }: { … };`,
      },
    ];
  },
};
