/**
 * Finds a file inside an installed package by walking up to `node_modules`, without `require.resolve` (some
 * packages export only their ESM entry, which Jest's CommonJS resolver cannot see).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageFile(pkg: string, file: string): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'node_modules', pkg, file);
    if (existsSync(candidate)) return candidate;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`cannot find ${pkg}/${file}; is ${pkg} installed (npm ci)?`);
    dir = up;
  }
}
