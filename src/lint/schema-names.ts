/**
 * Which names in flake.nix are typos of a name Nix expects: a top-level attribute that is not one Nix reads
 * (`ouputs`, `descripton`), and an `outputs` argument that is not a declared input but nearly one (`home-manger`
 * beside `home-manager`). The schema rules report them; the sync and hygiene rules leave a misspelt argument alone,
 * because their advice for an undeclared argument (lock it, declare its registry reference) would make the typo
 * real: `nix flake lock` would look `home-manger` up in the flake registry. One answer per lint of a flake, cached.
 */
import { Suggester } from '../core/did-you-mean.js';
import { FLAKE_ATTRIBUTES } from '../flake/declared-inputs.js';
import type { Located } from '../flake/flake-types.js';
import type { LintContext } from './lint-types.js';

export interface Misspelling {
  readonly name: Located<string>;
  /** The name meant. */
  readonly suggestion: string;
}

export interface FlakeNames {
  /** Top-level attributes Nix does not read, each with the attribute meant when there is a near one. */
  readonly unknownAttributes: readonly { readonly name: Located<string>; readonly suggestion?: string }[];
  /** The attribute written for `outputs` when `outputs` itself is missing (`ouputs`). */
  readonly outputsTypo?: Misspelling;
  /** `outputs` arguments that are not declared inputs but nearly one, by argument name. */
  readonly misspeltArguments: ReadonlyMap<string, Misspelling>;
}

/**
 * Ids of the default global registry (github.com/NixOS/flake-registry) that flakes take as undeclared `outputs`
 * arguments: Nix finds them, so such an argument is a registry input (hygiene/indirect-input's), not a typo of a
 * declared input with a near name (`nixpkgs` beside `nixpkgz`). A missing id only costs a did-you-mean too many.
 */
const REGISTRY_IDS: ReadonlySet<string> = new Set([
  'nixpkgs',
  'home-manager',
  'nix-darwin',
  'flake-utils',
  'flake-parts',
  'nixos-hardware',
  'nur',
  'sops-nix',
  'disko',
  'systems',
  'templates',
  'nix',
  'hydra',
  'fenix',
  'poetry2nix',
  'emacs-overlay',
  'nixops',
  'patchelf',
]);

const cache = new WeakMap<LintContext, FlakeNames>();

/**
 * The misspellings in the context's flake.nix. An argument the lock's root already holds is not one (Nix found
 * that name in a registry when it locked, so the flake loads), nor a well-known registry id; hygiene/indirect-input
 * says to declare those.
 */
export function flakeNames(ctx: LintContext): FlakeNames {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const flake = ctx.flake;
  if (!flake) return { unknownAttributes: [], misspeltArguments: new Map() };
  const locked = ctx.lock?.nodes.get(ctx.lock.root)?.inputs;
  const known = new Set(FLAKE_ATTRIBUTES);
  const top = new Suggester(FLAKE_ATTRIBUTES);
  const unknownAttributes: { name: Located<string>; suggestion?: string }[] = [];
  let outputsTypo: Misspelling | undefined;
  for (const a of flake.shape?.attributes ?? []) {
    if (known.has(a.value)) continue;
    const suggestion = top.suggest(a.value);
    if (suggestion === 'outputs' && !flake.shape?.outputs && !outputsTypo) outputsTypo = { name: a, suggestion };
    unknownAttributes.push({ name: a, ...(suggestion ? { suggestion } : {}) });
  }
  const declared = new Set(flake.inputs.map((d) => d.name));
  const inputs = new Suggester(flake.inputs.map((d) => d.name));
  const misspeltArguments = new Map<string, Misspelling>();
  for (const f of flake.outputsFormals) {
    if (f.value === 'self' || declared.has(f.value) || misspeltArguments.has(f.value)) continue;
    if (locked?.has(f.value) || REGISTRY_IDS.has(f.value)) continue;
    const suggestion = inputs.suggest(f.value);
    if (suggestion) misspeltArguments.set(f.value, { name: f, suggestion });
  }
  const out: FlakeNames = { unknownAttributes, ...(outputsTypo ? { outputsTypo } : {}), misspeltArguments };
  cache.set(ctx, out);
  return out;
}
