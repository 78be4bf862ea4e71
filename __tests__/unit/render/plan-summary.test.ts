/**
 * The plan summary (`flake-steward plan`, the action's plan step): with grouped pull requests it lists each flake's
 * groups — name, inputs, how many of its outputs changed — and the refused groups with why, neutralised like the
 * rest (issue 14: it listed shards and targets only). Without grouping it says nothing of groups.
 */
import { describe, expect, test } from '@jest/globals';
import { renderPlanSummary } from '../../../src/render/plan-summary.js';
import {
  assignShards,
  PLAN_FORMAT,
  sealPlan,
  type PlannedFlake,
  type PlannedGrouping,
  type PlannedTarget,
} from '../../../src/update/plan-file.js';

const drv = (s: string) => `/nix/store/${s.padEnd(32, '0')}-${s}.drv`;

function target(name: string, before: string, after: string): PlannedTarget {
  return {
    attr: `packages.x86_64-linux.${name}`,
    kind: 'package',
    name,
    before: { drvPath: drv(before) },
    after: { drvPath: drv(after) },
    shard: null,
  };
}

function plan(grouping?: PlannedGrouping) {
  const flake: PlannedFlake = {
    dir: '.',
    lockFile: 'flake.lock',
    flakeNixSha256: 'f'.repeat(64),
    skipped: [],
    lock: { before: 'before', after: 'after' },
    targets: [target('a', 'a1', 'a2'), target('b', 'b1', 'b1'), target('c', 'c1', 'c2')],
    ...(grouping ? { grouping } : {}),
  };
  return sealPlan(assignShards({ format: PLAN_FORMAT, nixVersion: 'nix (Nix) 2.8.0', requestedInputs: [], flakes: [flake] }));
}

const body = (text: string) => text.split('\n').slice(1).join('\n'); // without the plan id

describe('renderPlanSummary', () => {
  test('without grouping: the flake and its shards only', () => {
    expect(body(renderPlanSummary(plan()))).toBe(
      ['flake.lock: updated; 2 output(s) to build, 1 unchanged', '  shard 0: a', '  shard 1: c', ''].join('\n'),
    );
  });

  test("groups: name, inputs, how many of its outputs changed; refused groups with why; each flake's under it", () => {
    const many = Array.from({ length: 12 }, (_, i) => `in${i}`);
    const text = renderPlanSummary(
      plan({
        groups: [
          { name: 'nix', inputs: ['nixpkgs', 'home-manager'], lock: 'x', skipped: [], targets: [target('a', 'a1', 'a2'), target('b', 'b1', 'b1'), target('c', 'c1', 'c1')] },
          { name: 'rest', inputs: many, lock: 'y', skipped: [], targets: [target('a', 'a1', 'a1'), target('b', 'b1', 'b1'), target('c', 'c1', 'c2')] },
        ],
        refused: [{ name: 'fonts', why: 'its lock cannot be made: input \u001b[31m\n::error::boom' }],
      }),
    );
    expect(body(text)).toBe(
      [
        'flake.lock: updated; 2 output(s) to build, 1 unchanged',
        '  group nix (nixpkgs, home-manager): 1 of 3 output(s) changed',
        '  group rest (in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, and 2 more): 1 of 3 output(s) changed',
        '  group fonts: refused: its lock cannot be made: input \\u001b[31m\\n::error::boom',
        '  shard 0: a',
        '  shard 1: c',
        '',
      ].join('\n'),
    );
  });

  test('hostile group and input names are neutralised', () => {
    const text = renderPlanSummary(
      plan({
        groups: [{ name: 'g', inputs: ['x\u202e\n::warning::y'], lock: 'x', skipped: [], targets: [] }],
        refused: [],
      }),
    );
    expect(text).toContain('  group g (x\\u202e\\n::warning::y): 0 of 0 output(s) changed');
    expect(text.split('\n').every((l) => !l.startsWith('::'))).toBe(true);
  });
});
