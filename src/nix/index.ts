/** The Nix language: parse text into an AST with spans (src/nix/ast.ts), or a NixSyntaxError saying why not. */
export { check, parse, parseFile } from './parser.js';
export { NixSyntaxError } from './syntax-error.js';
export type * from './ast.js';
export { staticString, literalString, unparen } from './ast.js';
