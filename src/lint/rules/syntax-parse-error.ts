import type { Rule } from '../lint-types.js';

export const syntaxParseError: Rule = {
  id: 'syntax/parse-error',
  defaultSeverity: 'error',
  needs: [],
  docs: {
    summary: 'flake.nix does not parse as Nix.',
    why: 'Nix cannot evaluate the flake at all; every other check of flake.nix is skipped until it parses.',
    fix: "Correct the syntax at the position given (the message is worded like Nix's own parser error).",
    example: '{\n  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable"\n  outputs = { self, nixpkgs }: { };\n}',
  },
  check(ctx) {
    const p = ctx.nixProblem;
    if (!p || p.unknownAttribute) return []; // schema/unknown-attribute reports it
    return [
      {
        in: 'nix',
        line: p.line,
        column: p.column,
        endLine: p.line,
        endColumn: p.column + 1,
        message: p.hint ? `${p.message} (${p.hint})` : p.message,
      },
    ];
  },
};
