import { FLAKE_ATTRIBUTES } from '../../flake/declared-inputs.js';
import type { RawFinding, Rule } from '../lint-types.js';
import { flakeNames } from '../schema-names.js';
import { spanRegion } from '../where.js';

export const schemaUnknownAttribute: Rule = {
  id: 'schema/unknown-attribute',
  defaultSeverity: 'error',
  needs: [],
  docs: {
    summary:
      'flake.nix has an attribute Nix does not read: at the top (`descripton`), in an input (`ulr` instead of `url`), or in a reference written as attributes (`ownr` in `{ type = "github"; … }`).',
    why: "Nix refuses the flake on every command: `flake '…' has an unsupported attribute 'descripton'`, `unexpected flake input attribute 'ulr'`, or `unsupported input attribute 'ownr'`.",
    fix: 'Correct the name (the finding says which one is meant when there is a near one), or remove the attribute. A flake has `description`, `inputs`, `outputs` and `nixConfig`; an input has `url`, `flake`, `follows` and `inputs` (or a reference written as attributes with a `type`, and then the attributes its fetcher takes).',
    example:
      '{\n  inputs.home-manager.ulr = "github:nix-community/home-manager";\n  outputs = { self, home-manager }: { };\n}',
  },
  check(ctx) {
    const out: RawFinding[] = [];
    const p = ctx.nixProblem;
    if (p?.unknownAttribute) {
      const near = p.unknownAttribute.suggestion;
      out.push({
        in: 'nix',
        line: p.line,
        column: p.column,
        endLine: p.line,
        endColumn: p.column + p.unknownAttribute.name.length,
        message: near ? `${p.message}: did you mean '${near}'?` : p.hint ? `${p.message} (${p.hint})` : p.message,
      });
    }
    if (!ctx.flake) return out;
    const names = flakeNames(ctx);
    for (const a of names.unknownAttributes) {
      if (a.name === names.outputsTypo?.name) continue; // schema/missing-outputs says it
      out.push({
        in: 'nix',
        ...spanRegion(a.name.span),
        message: a.suggestion
          ? `flake has an unsupported attribute '${a.name.value}': did you mean '${a.suggestion}'?`
          : `flake has an unsupported attribute '${a.name.value}' (a flake has ${FLAKE_ATTRIBUTES.join(', ')})`,
      });
    }
    return out;
  },
};
