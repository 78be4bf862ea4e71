/**
 * Lint on every corpus flake.lock (lock-only) and every seed guide's flake.nix without a crash; five corpus locks,
 * checked by hand, are snapshot-tested (a fixed clock makes the dates stable).
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DEFAULTS } from '../../../src/core/config.js';
import type { Clock } from '../../../src/core/ports.js';
import { formatText } from '../../../src/render/lint-text.js';
import { lint, type LintRequest } from '../../../src/app/lint.js';

const CORPUS = path.resolve('..', 'shared', 'corpus');
const SEEDS = path.resolve('__tests__', 'fixtures', 'lint', 'seeds');
const HAVE_CORPUS = existsSync(CORPUS);
if (!HAVE_CORPUS) console.warn(`NOTE: ${CORPUS} does not exist: the corpus lint tests are skipped.`);

const clock: Clock = { now: () => new Date('2026-11-21T00:00:00Z') };

function request(workspace: string, paths: string[]): LintRequest {
  return {
    workspace,
    paths,
    settings: { failOn: 'error', rules: {}, maxAge: DEFAULTS.maxAge, maxAgeByInput: {}, ignore: [], allowedOwners: [] },
    rulesSetting: '--rules',
    clock,
  };
}

const folders = HAVE_CORPUS
  ? readdirSync(CORPUS)
      .filter((f) => existsSync(path.join(CORPUS, f, 'flake.lock')))
      .sort()
  : [];

(HAVE_CORPUS ? describe : describe.skip)('lint on the corpus (lock-only)', () => {
  test.each(folders)('%s: no crash, every finding well-formed', async (folder) => {
    const run = await lint(request(CORPUS, [folder]));
    const flake = run.flakes[0]!;
    expect(flake.notices.filter((n) => /failed/.test(n))).toEqual([]);
    for (const f of flake.findings) {
      expect(f.file).toBe(`${folder}/flake.lock`);
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.endLine).toBeGreaterThanOrEqual(f.line);
    }
  });

  test.each([
    'NixOS__nix',
    'NixOS__nix__rev-1205b41-lockv6',
    'ghostty-org__ghostty',
    'micmine__logfetcher',
    'nix-community__infra',
  ])('%s: findings checked by hand', async (folder) => {
    const run = await lint(request(CORPUS, [folder]));
    const f = run.flakes[0]!;
    expect(formatText(f.findings, f.notices, { color: false, flakes: 1 })).toMatchSnapshot();
  });
});

describe("the seed guides' flake.nix examples", () => {
  const seeds = readdirSync(SEEDS).filter((d) => existsSync(path.join(SEEDS, d, 'flake.nix')));
  test.each(seeds)('%s: no crash', async (seed) => {
    const run = await lint(request(SEEDS, [seed]));
    const f = run.flakes[0]!;
    expect(f.notices.filter((n) => /failed/.test(n))).toEqual([]);
    expect(formatText(f.findings, f.notices, { color: false, flakes: 1 })).toMatchSnapshot();
  });
});
