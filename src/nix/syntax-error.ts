import { UserError } from '../core/errors.js';
import type { Loc } from './location.js';

/**
 * A Nix file that Nix itself would refuse to parse: a syntax error, or one of the checks Nix makes while parsing
 * (duplicate attribute, duplicate formal argument, undefined variable, dynamic attribute in `let`/`inherit`,
 * integer or float out of range, path with a trailing slash). Formats as `FILE:LINE:COL: error: MESSAGE`, with the
 * same meaning as Nix's own message.
 */
export class NixSyntaxError extends UserError {
  override readonly name = 'NixSyntaxError' as 'UserError';
  constructor(
    message: string,
    file: string,
    readonly loc: Loc,
  ) {
    super(message, file, { line: loc.line, column: loc.column });
  }
}
