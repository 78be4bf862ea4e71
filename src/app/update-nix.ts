/**
 * What the update engine needs from Nix: a subset of the `Nix` port of src/nix-cli (the only code that runs Nix).
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
    build: (drvPaths) => nix.build(drvPaths),
    log: (drv) => nix.log(drv),
    pathInfoClosure: (paths, opts) => nix.pathInfoClosure(paths, opts),
    evalExprJson: (expr, apply) => nix.evalExprJson(expr, apply),
  };
}
