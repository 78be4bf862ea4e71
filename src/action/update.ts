import type { Config } from '../engine/config.js';
import { UsageError } from '../engine/errors.js';
import type { Logger } from '../engine/ports.js';

// Foundation placeholder, replaced by the update engine (issues 5 and 6).
export async function runUpdateAction(config: Config, _logger: Logger): Promise<void> {
  throw new UsageError(`command '${config.command}' is not available yet in this version`);
}
