/**
 * What the update engine needs from Nix: a subset of the `Nix` port of src/nix-cli (the only code that runs Nix).
 *
 * REQUEST to src/nix-cli (found by the update integration tests, __tests__/integration/update/update.test.ts):
 * `Nix.build()` maps the JSON of a successful `nix build --keep-going --no-link --json A B C` to the installables
 * by position, but Nix 2.8 prints those results sorted by path, not in the order of the installables (the
 * `--dry-run --json` form keeps the order). Reproduce: two installables whose outputs sort the other way round,
 * e.g. `.#top .#good` prints good first. Every configuration then gets another one's closure. A fix that keeps the
 * number of processes fixed: `nix build --dry-run --json` first (evaluates, maps installable → drvPath in order),
 * then build those `.drv` paths (no second evaluation) and map the results by drvPath.
 */
import type { Nix } from '../nix-cli/nix.js';

export type UpdateNix = Pick<
  Nix,
  'features' | 'version' | 'updateLock' | 'build' | 'log' | 'pathInfoClosure' | 'evalExprJson'
>;

/** The port's methods as a plain object (bound), so the engine and tests can replace one of them. */
export function updatePort(nix: Nix): UpdateNix {
  return {
    features: nix.features,
    version: () => nix.version(),
    updateLock: (dir, inputs) => nix.updateLock(dir, inputs),
    build: (installables) => nix.build(installables),
    log: (drv) => nix.log(drv),
    pathInfoClosure: (paths, opts) => nix.pathInfoClosure(paths, opts),
    evalExprJson: (expr, apply) => nix.evalExprJson(expr, apply),
  };
}
