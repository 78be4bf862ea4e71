/**
 * A review's result directory read back by `report` on `workflow_run` is an artifact a pull request's job wrote:
 * hostile input. Files on disk (real reads through the stage files), the checks of the review use case: an oversized
 * file is refused before it is read, a result naming another pull request or head commit is refused, and every
 * string of it (package names, log tails, lint messages, input names) comes out inert in the comment.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkReviewTarget, readReviewResult, reviewMarkdown } from '../../../src/app/review-publish.js';
import { UserError } from '../../../src/core/errors.js';
import { MemoryLogger, systemClock } from '../../../src/core/ports.js';
import { serializeBuild } from '../../../src/update/build-file.js';
import { LINT_MAX_BYTES, serializeLint } from '../../../src/update/lint-file.js';
import { assignShards, PLAN_FORMAT, sealPlan, serializePlan, type Plan } from '../../../src/update/plan-file.js';
import { stageFiles } from '../../../src/workspace/stage-files.js';

const EVIL = '@octocat <img src=x onerror=alert(1)> <script>alert(1)</script> </details> ::error::pwn \u001b[2J #1 www.evil.example';
const SHA = (c: string): string => c.repeat(40);
const LOCK = (rev: string) =>
  `${JSON.stringify(
    {
      nodes: {
        root: { inputs: { [`nixpkgs${EVIL}`]: 'n' } },
        n: {
          locked: { lastModified: 1_700_000_000, narHash: 'sha256-x', owner: 'NixOS', repo: 'nixpkgs', rev, type: 'github' },
          original: { owner: 'NixOS', ref: 'nixos-unstable', repo: 'nixpkgs', type: 'github' },
        },
      },
      root: 'root',
      version: 7,
    },
    null,
    2,
  )}\n`;

let dir: string;
let plan: Plan;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'fs-review-artifact-'));
  const drv = (n: string) => `/nix/store/${'d'.repeat(32)}-${n}.drv`;
  plan = sealPlan(
    assignShards(
      {
        format: PLAN_FORMAT,
        nixVersion: 'nix (Nix) 2.8.0',
        requestedInputs: [],
        flakes: [
          {
            dir: '.',
            lockFile: 'flake.lock',
            flakeNixSha256: 'f'.repeat(64),
            skipped: [],
            lock: { before: LOCK(SHA('a')), after: LOCK(SHA('b')) },
            targets: [
              {
                attr: 'nixosConfigurations.host.config.system.build.toplevel',
                kind: 'nixos',
                name: `host${EVIL}`,
                before: { drvPath: drv('a') },
                after: { drvPath: drv('b') },
                shard: null,
              },
            ],
          },
        ],
        review: {
          base: { ref: 'main', sha: SHA('1') },
          head: { ref: 'HEAD', sha: SHA('2') },
          pullRequest: { number: 7, headSha: SHA('3') },
        },
      },
      1,
    ),
  );
  const attr = plan.flakes[0]!.targets[0]!.attr;
  writeFileSync(path.join(dir, 'plan.json'), serializePlan(plan));
  writeFileSync(
    path.join(dir, 'build-0.json'),
    serializeBuild({
      format: 1,
      planId: plan.id,
      shard: '0',
      flakes: [
        {
          dir: '.',
          configurations: [
            {
              attr,
              kind: 'nixos',
              name: `host${EVIL}`,
              before: { status: 'built', outPaths: ['/nix/store/x-a'], closureSize: 10 },
              after: {
                status: 'failed',
                failure: { side: 'after', attr, message: `builder failed ${EVIL}`, logTail: `log ${EVIL}\n${EVIL}` },
              },
            },
          ],
        },
      ],
    }),
  );
  writeFileSync(
    path.join(dir, 'lint.json'),
    serializeLint(
      plan.id,
      [
        {
          rule: 'hygiene/insecure-url',
          severity: 'error',
          message: `input ${EVIL} is fetched over http`,
          file: `flake.nix${EVIL}`,
          input: EVIL,
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 2,
        },
      ],
      [],
    ),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = () => readReviewResult(stageFiles(), dir, { clock: systemClock, logger: new MemoryLogger() });

describe('a hostile review result', () => {
  test('every string of it comes out inert in the comment', async () => {
    const md = reviewMarkdown(await read());
    // outside code spans and fenced blocks: no HTML from the data, no @-mention that notifies, no raw escape
    const outsideCode = md.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1$/gm, '').replace(/(`+)[^`]*?\1/g, '');
    expect(md).toContain('octocat');
    expect(outsideCode).not.toMatch(/<(img|script)\b/i);
    expect(outsideCode).not.toMatch(/(^|[^\w\u200b])@octocat/);
    expect(md).not.toContain('\u001b');
    expect(md).not.toMatch(/^\s*::/m);
  });

  test('a result for another pull request, or another head commit, is refused', async () => {
    const { sides } = await read();
    expect(checkReviewTarget(sides, { number: 7, headSha: SHA('3') })).toBe(7);
    expect(() => checkReviewTarget(sides, { number: 8, headSha: SHA('3') })).toThrow(
      'the review result is for pull request #7, but the triggering run is for #8',
    );
    expect(() => checkReviewTarget(sides, { number: 7, headSha: SHA('4') })).toThrow(
      'the review result is for head 333333333333, but the triggering run built 444444444444',
    );
    expect(() => checkReviewTarget(sides, { number: undefined, headSha: SHA('3') })).toThrow(UserError);
  });

  test('an oversized lint.json is refused before it is read, naming the file and the limit', async () => {
    const big = path.join(dir, 'big');
    mkdirSync(big);
    copyFileSync(path.join(dir, 'plan.json'), path.join(big, 'plan.json'));
    copyFileSync(path.join(dir, 'build-0.json'), path.join(big, 'build-0.json'));
    writeFileSync(path.join(big, 'lint.json'), '');
    truncateSync(path.join(big, 'lint.json'), LINT_MAX_BYTES + 1);
    await expect(
      readReviewResult(stageFiles(), big, { clock: systemClock, logger: new MemoryLogger() }),
    ).rejects.toThrow(`lint.json is ${LINT_MAX_BYTES + 1} bytes, larger than the 16 MiB flake-steward reads`);
  });
});
