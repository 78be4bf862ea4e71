/**
 * The flake model every other part stands on. Contracts between modules:
 *   nix/                  parses Nix text into an AST with spans (src/nix/ast.ts; `Span` is src/nix/location.ts)
 *   flake/declared-inputs AST of flake.nix  → FlakeNix (declared inputs with spans)
 *   flake/lock            flake.lock text   → LockFile (typed node graph, v5-v7)
 *   flake/follows         LockFile          → resolved input paths (follows resolved exactly as Nix does)
 *   flake/flakeref        reference string ⇄ FlakeRefAttrs (the attribute form Nix writes as `original`)
 * Everything is keyed by input path (`home-manager/nixpkgs`), never by lock node key.
 */
import type { Span } from '../nix/location.js';

/**
 * A flake reference in attribute form, as `flake.lock` stores `original` and `locked`. Integers are numbers up to
 * 2^53 - 1; a larger one (Nix reads them as unsigned 64-bit: `lastModified: -1` is 18446744073709551615) is its
 * decimal digits, a string, so it is kept exactly and every reader that expects a date or a count skips it.
 */
export type FlakeRefAttrs = { readonly type: string } & { readonly [key: string]: string | number | boolean };

/** An input path from the root: `['home-manager', 'nixpkgs']`; shown `/`-joined. */
export type InputPath = readonly string[];

export const showPath = (p: InputPath): string => p.join('/');

// ---------------------------------------------------------------- flake.nix

export interface Located<T> {
  readonly value: T;
  readonly span: Span;
}

/** One `inputs.<name>` declaration (or a nested override `inputs.a.inputs.b`), merged over every syntax. */
export interface DeclaredInput {
  readonly name: string;
  /** Path from the root flake: `['home-manager']`, or `['home-manager', 'nixpkgs']` for an override. */
  readonly path: InputPath;
  /** `url = "…"` (or a path literal as written, `../..`, or a shorthand `inputs.x = "github:…"`). */
  readonly url?: Located<string>;
  /** Attribute-form reference (`type = "github"; owner = …;`), when written that way; `url` is absent then. */
  readonly attrs?: Located<FlakeRefAttrs>;
  readonly flake?: Located<boolean>;
  /** `follows = "a/b"` exactly as written: relative to the flake that declares it; `""` is that flake itself. */
  readonly follows?: Located<string>;
  /** Nested overrides: `inputs.<name>.inputs.<x>…`. */
  readonly inputs: readonly DeclaredInput[];
  /** Span of the first binding that mentions this input (where a fix is anchored). */
  readonly span: Span;
  /** Every binding that contributes to this input, in file order. */
  readonly bindings: readonly Span[];
  /** How it is written: `inputs.x.url = …` (dotted) or `x = { … }` / `inputs = { x.url = …; }` (block). */
  readonly style: 'dotted' | 'block';
}

export interface FlakeNix {
  readonly file: string;
  readonly text: string;
  /** Root inputs in declaration order (nested overrides live in their `inputs`). */
  readonly inputs: readonly DeclaredInput[];
  /** Formals of `outputs = { self, nixpkgs, ... }:` (names Nix resolves through the registry when undeclared). */
  readonly outputsFormals: readonly Located<string>[];
  /** The top-level attributes and what `outputs` is: what Nix checks when it loads the flake (absent in hand-built models). */
  readonly shape?: FlakeShape;
  /** Span of the `inputs` attribute (block or the first dotted binding), when there is one. */
  readonly inputsSpan?: Span;
  /** How the root's inputs are written, to emit fixes in the same style. */
  readonly inputsStyle: 'block' | 'dotted' | 'none';
}

/** What Nix checks of flake.nix's top level when it loads the flake, read without evaluating anything. */
export interface FlakeShape {
  /** The top-level attribute set. */
  readonly span: Span;
  /** Every top-level attribute, by the name as first written, in file order. */
  readonly attributes: readonly Located<string>[];
  /** `outputs`, when there is one: the span of its name, and its type in Nix's words when the syntax tells it. */
  readonly outputs?: { readonly span: Span; readonly type?: string };
}

// ---------------------------------------------------------------- flake.lock

/** What an input entry of a lock node points at: another node, or an absolute follows path from the root. */
export type LockEdge =
  { readonly kind: 'node'; readonly key: string } | { readonly kind: 'follows'; readonly path: InputPath };

export interface LockNode {
  readonly key: string;
  /** Input name → edge, in the lock's order. */
  readonly inputs: ReadonlyMap<string, LockEdge>;
  readonly locked?: FlakeRefAttrs;
  readonly original?: FlakeRefAttrs;
  /** `flake = false` inputs are plain sources. Default true. */
  readonly flake: boolean;
  /** Lock v7 `parent`: the input path of the flake this one is relative to (for relative path inputs). */
  readonly parent?: InputPath;
  /** 1-based line of the node's key in the lock text (for annotations). */
  readonly line: number;
}

export interface LockFile {
  readonly file: string;
  readonly version: 5 | 6 | 7;
  readonly root: string;
  readonly nodes: ReadonlyMap<string, LockNode>;
}

// ---------------------------------------------------------------- resolution

export interface ResolvedInput {
  /** Path from the root. */
  readonly path: InputPath;
  /** Node key the path finally resolves to; `undefined` when it dangles (a follows to nothing). */
  readonly node?: string;
  /** Present when this path's own lock entry is a follows: the absolute target path. */
  readonly follows?: InputPath;
}
