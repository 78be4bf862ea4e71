import {
  createNix,
  detectNix
} from "./chunk-HOSKHC2M.js";
import "./chunk-ZRNIQLM2.js";
import {
  processInterrupts
} from "./chunk-SRPXZV7O.js";
import {
  nodeFs
} from "./chunk-GXW3FERZ.js";
import {
  nixNotInstalled
} from "./chunk-777FHHKZ.js";
import "./chunk-LNUD2RHY.js";
import "./chunk-VC3ZV3GN.js";
import "./chunk-IDKHNEBE.js";
import "./chunk-MDGUUJEU.js";
import "./chunk-GYRCVODP.js";
import "./chunk-ELKPDDDQ.js";
import "./chunk-LQO26QTC.js";
import "./chunk-MYWD7JSL.js";
import "./chunk-GCMNXKNT.js";
import "./chunk-ZPSPCVQY.js";
import "./chunk-5Z4T2RLS.js";
import {
  createGit
} from "./chunk-TTFCFZ4G.js";
import "./chunk-YCZEATSK.js";
import "./chunk-M6HMDD4M.js";
import "./chunk-5GZB3ASF.js";
import {
  systemClock
} from "./chunk-22PJIZ42.js";
import "./chunk-QR34APMT.js";
import "./chunk-HFN6JY3P.js";
import "./chunk-T54OW3UP.js";
import "./chunk-LOBXAA3U.js";
import "./chunk-7HIKED5Z.js";
import "./chunk-OTUWSOVN.js";
import {
  UserError
} from "./chunk-6FGB7YHV.js";
import "./chunk-6WGRO25Q.js";
import "./chunk-YLVDSGH3.js";

// src/app/update-nix.ts
function updatePort(nix) {
  return {
    features: nix.features,
    version: () => nix.version(),
    updateLock: (dir, inputs) => nix.updateLock(dir, inputs),
    build: (drvPaths) => nix.build(drvPaths),
    log: (drv) => nix.log(drv),
    pathInfoClosure: (paths, opts) => nix.pathInfoClosure(paths, opts),
    evalExprJson: (expr, apply) => nix.evalExprJson(expr, apply)
  };
}

// src/app/update-ports.ts
function tokenHost(serverUrl = "https://github.com") {
  let host = "";
  try {
    host = new URL(serverUrl).host;
  } catch {
  }
  if (host === "") {
    throw new UserError(
      `cannot read the GitHub server URL '${serverUrl}'`,
      void 0,
      void 0,
      "expected a URL such as https://github.com or https://ghe.example.com (GITHUB_SERVER_URL)"
    );
  }
  return host;
}
async function wireUpdate(p) {
  const options = { nixOptions: p.settings.nixOptions, acceptFlakeConfig: p.settings.acceptFlakeConfig };
  let detected;
  try {
    detected = await detectNix({
      ...p.runner ? { runner: p.runner } : {},
      ...p.nixBin ? { nixBin: p.nixBin } : {},
      ...p.env ? { env: p.env } : {}
    });
  } catch (e) {
    throw nixNotInstalled(e);
  }
  p.logger.info(`Nix: ${detected.version.raw}`);
  const common = {
    ...p.runner ? { runner: p.runner } : {},
    ...p.token ? { token: p.token, tokenHost: tokenHost(p.serverUrl) } : {},
    logger: p.logger
  };
  const env = { ...p.nixBin ? { nixBin: p.nixBin } : {}, ...p.env ? { env: p.env } : {} };
  const nix = createNix({ ...common, features: detected.features, options: { ...options, ...env } });
  const version = detected.version;
  return {
    // `nix --version` was read once above; the engine's preflight reuses it.
    nix: { ...updatePort(nix), version: () => Promise.resolve(version) },
    fs: p.fs ?? nodeFs,
    logger: p.logger,
    clock: p.clock ?? systemClock,
    interrupts: p.interrupts ?? processInterrupts,
    // the tags of inputs pinned to a release tag (git ls-remote; no token: public tags)
    tags: createGit({ ...p.runner ? { runner: p.runner } : {}, ...p.env ? { env: p.env } : {} })
  };
}
export {
  tokenHost,
  wireUpdate
};
