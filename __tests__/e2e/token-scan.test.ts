/**
 * The token scan of the e2e tests must see the temp directory: a bundle that writes the token to os.tmpdir() (a
 * library's temp file, an askpass script left behind) would otherwise pass it, since the machine's /tmp is outside
 * every scanned directory. Runs made by `runBundledAction` get TMPDIR, TMP, TEMP and RUNNER_TEMP inside the world;
 * here a deliberately leaking bundle-like script is run exactly as the action is, and scanned exactly as
 * update-pr.test.ts and update-gate.test.ts scan their runs (their texts and the world's directory).
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runBundledAction } from '../fixtures/e2e/update-world.js';
import { findToken } from '../support/github/secrets.js';
import { World } from '../support/world.js';

const TOKEN = 'ghs_e2eTokenScan_5ca77e2ed0c0ffee4242';

/** Writes the token where temp files go (each variable a library may read), prints the paths it wrote. */
const LEAKY_BUNDLE = `import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
const token = process.env.INPUT_TOKEN;
const dirs = [os.tmpdir(), process.env.TMP, process.env.TEMP, process.env.RUNNER_TEMP].filter(Boolean);
for (const dir of new Set(dirs)) {
  const file = path.join(dir, 'flake-steward-leak-' + process.pid);
  writeFileSync(file, 'Authorization: token ' + token + '\\n');
  console.log(file);
}
`;

let world: World;
let bundle: string;
const written: string[] = [];

beforeAll(async () => {
  world = await World.create({ name: 'fs-e2e-scan' });
  bundle = world.path('leaky-bundle.mjs');
  await writeFile(bundle, LEAKY_BUNDLE);
  await mkdir(world.path('runs'));
});

afterAll(async () => {
  // Wherever it went (outside the world when the temp directory is not pointed into it), the leak is removed.
  for (const f of written) await rm(f, { force: true });
  await world?.cleanup();
});

test('a bundle that writes the token into the temp directory is caught by the scan', async () => {
  const r = await runBundledAction({ command: 'update', token: TOKEN }, world.env, world.path('runs'), bundle);
  written.push(...r.stdout.trim().split('\n').filter(Boolean));
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
  expect(written.length).toBeGreaterThan(0);
  const hits = await findToken(TOKEN, { texts: { stdout: r.stdout, stderr: r.stderr }, dirs: [world.dir] });
  // Every file it wrote is inside the scanned world, and the scan finds each of them.
  expect(hits.sort()).toEqual([...written].sort());
  expect(written.every((f) => f.startsWith(world.dir + path.sep))).toBe(true);
});
