import type { Rule } from '../lint-types.js';
import { flakeNames } from '../schema-names.js';
import { spanRegion } from '../where.js';

export const schemaMissingOutputs: Rule = {
  id: 'schema/missing-outputs',
  defaultSeverity: 'error',
  needs: ['nix'],
  docs: {
    summary: 'flake.nix has no `outputs` attribute (often a misspelling such as `ouputs`).',
    why: "Nix refuses the flake on every command: `flake '…' lacks attribute 'outputs'`.",
    fix: 'Add `outputs = { self, ... }: { … };`, or correct the misspelt name to `outputs`.',
    example: '{\n  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";\n  ouputs = { self, nixpkgs }: { };\n}',
  },
  check(ctx) {
    const shape = ctx.flake!.shape;
    if (!shape || shape.outputs) return [];
    const typo = flakeNames(ctx).outputsTypo;
    if (typo)
      return [
        {
          in: 'nix',
          ...spanRegion(typo.name.span),
          message: `flake lacks attribute 'outputs': did you mean 'outputs' instead of '${typo.name.value}'?`,
        },
      ];
    const at = shape.span.start;
    return [
      {
        in: 'nix',
        line: at.line,
        column: at.column,
        endLine: at.line,
        endColumn: at.column + 1,
        message: "flake lacks attribute 'outputs': add outputs = { self, ... }: { … };",
      },
    ];
  },
};
