import type { RawFinding, Rule } from '../lint-types.js';
import { flakeNames } from '../schema-names.js';
import { spanRegion } from '../where.js';

export const schemaUnknownOutputsArgument: Rule = {
  id: 'schema/unknown-outputs-argument',
  defaultSeverity: 'error',
  needs: ['nix'],
  docs: {
    summary:
      'An argument of `outputs` is not a declared input but nearly the name of one (`home-manger` beside the input `home-manager`).',
    why: "Nix takes every `outputs` argument that is not a declared input as an input from the flake registry (`flake:home-manger`): it fails with `cannot find flake 'flake:home-manger' in the flake registries`, or, where a registry has that name, locks an unrelated flake. Running `nix flake lock` would not help.",
    fix: 'Correct the argument (and its uses in the body) to the declared input name.',
    example:
      '{\n  inputs.home-manager.url = "github:nix-community/home-manager";\n  outputs = { self, nixpkgs, home-manger }: { };\n}',
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const [name, m] of flakeNames(ctx).misspeltArguments) {
      out.push({
        in: 'nix',
        ...spanRegion(m.name.span),
        input: name,
        message: `outputs argument '${name}' is not a declared input, so Nix looks it up in the flake registry ("cannot find flake 'flake:${name}' in the flake registries"): did you mean '${m.suggestion}'?`,
      });
    }
    return out;
  },
};
