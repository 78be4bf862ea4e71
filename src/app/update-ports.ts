/**
 * Builds the engine's ports for a real run: Nix detected once (`nix --version`) and its adapter, the expression
 * evaluator, the file system, the clock. Shared by the CLI and the action so both run the same engine.
 */
import type { UpdateSettings } from '../core/config.js';
import { UserError } from '../core/errors.js';
import { systemClock, type Clock, type Logger } from '../core/ports.js';
import { processInterrupts, type Interrupts } from '../exec/interrupt.js';
import type { ProcessRunner } from '../exec/process.js';
import { createNix, detectNix } from '../nix-cli/nix.js';
import { createGit } from '../git/git.js';
import { updatePort } from './update-nix.js';
import { nodeFs, type Fs } from '../workspace/fs.js';
import { nixNotInstalled, type UpdateDeps } from './plan.js';

export interface WireParams {
  readonly settings: Pick<UpdateSettings, 'nixOptions' | 'acceptFlakeConfig'>;
  readonly logger: Logger;
  /** GitHub token for fetching inputs (reaches Nix only through NIX_CONFIG). */
  readonly token?: string;
  /**
   * The GitHub server the token belongs to (`GITHUB_SERVER_URL`); default https://github.com. On GitHub Enterprise
   * Server the token is given to Nix for that server's host, not for github.com.
   */
  readonly serverUrl?: string;
  readonly runner?: ProcessRunner;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly nixBin?: string;
  readonly fs?: Fs;
  readonly clock?: Clock;
  /** Where the engine registers its restores for SIGINT/SIGTERM; default this process's (src/exec/interrupt.ts). */
  readonly interrupts?: Interrupts;
}

/** The host of the GitHub server (`github.com`, `ghe.example.com:8443`); a URL that is not one is a user error. */
export function tokenHost(serverUrl = 'https://github.com'): string {
  let host = '';
  try {
    host = new URL(serverUrl).host;
  } catch {
    // reported below
  }
  if (host === '') {
    throw new UserError(
      `cannot read the GitHub server URL '${serverUrl}'`,
      undefined,
      undefined,
      'expected a URL such as https://github.com or https://ghe.example.com (GITHUB_SERVER_URL)',
    );
  }
  return host;
}

export async function wireUpdate(p: WireParams): Promise<UpdateDeps> {
  const options = { nixOptions: p.settings.nixOptions, acceptFlakeConfig: p.settings.acceptFlakeConfig };
  let detected;
  try {
    detected = await detectNix({
      ...(p.runner ? { runner: p.runner } : {}),
      ...(p.nixBin ? { nixBin: p.nixBin } : {}),
      ...(p.env ? { env: p.env } : {}),
    });
  } catch (e) {
    throw nixNotInstalled(e);
  }
  p.logger.info(`Nix: ${detected.version.raw}`);
  const common = {
    ...(p.runner ? { runner: p.runner } : {}),
    ...(p.token ? { token: p.token, tokenHost: tokenHost(p.serverUrl) } : {}),
    logger: p.logger,
  };
  const env = { ...(p.nixBin ? { nixBin: p.nixBin } : {}), ...(p.env ? { env: p.env } : {}) };
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
    tags: createGit({ ...(p.runner ? { runner: p.runner } : {}), ...(p.env ? { env: p.env } : {}) }),
  };
}
