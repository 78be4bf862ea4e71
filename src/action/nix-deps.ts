/**
 * The update engine's ports as every Nix-running command of the action wires them (update, plan, build, review):
 * Nix detected once, the token given to Nix for the GitHub server's host only, the file system confined to the
 * workspace.
 */
import type { Config } from '../core/config.js';
import type { Logger } from '../core/ports.js';
import { confinedFs } from '../workspace/fs.js';
import type { UpdateDeps } from '../app/plan.js';
import { wireUpdate } from '../app/update-ports.js';

/** `withToken: false`: Nix fetches without the token (a review of a fork's pull request needs none of it). */
export function actionNixDeps(config: Config, logger: Logger, opts: { readonly withToken?: boolean } = {}): Promise<UpdateDeps> {
  const token = opts.withToken === false ? undefined : config.pr.token;
  return wireUpdate({
    settings: config.update,
    logger,
    serverUrl: config.pr.serverUrl,
    fs: confinedFs(config.workspace),
    ...(token ? { token } : {}),
  });
}
