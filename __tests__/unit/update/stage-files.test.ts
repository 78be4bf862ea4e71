/**
 * The files between the stages (plan.json, build-<shard>.json) and their merge: shards, ids, the checks of untrusted
 * files, and what the report makes of missing, foreign and mismatched build files.
 */
import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { UserError } from '../../../src/core/errors.js';
import { renderReport } from '../../../src/render/update-report.js';
import { parseBuild, serializeBuild, type BuildFile } from '../../../src/update/build-file.js';
import { mergeBisections, mergeBuilds, missingShards } from '../../../src/update/merge-builds.js';
import {
  assignShards,
  matrixOf,
  MAX_SHARDS,
  parsePlan,
  PLAN_FORMAT,
  sealPlan,
  serializePlan,
  shardIndexes,
  type Plan,
  type PlannedGroup,
  type PlannedTarget,
} from '../../../src/update/plan-file.js';
import { lockText, REV_A, REV_B } from './fake-nix.js';

const LOCK = `${JSON.stringify({ nodes: { root: { inputs: {} } }, root: 'root', version: 7 }, null, 2)}\n`;
const drv = (name: string): string => `/nix/store/${'a'.repeat(32)}-${name}.drv`;

function target(name: string, before: string | null, after: string | null): PlannedTarget {
  return {
    attr: `packages.x86_64-linux.${name}`,
    kind: 'package',
    name,
    before: before === null ? null : { drvPath: drv(before) },
    after: after === null ? null : { drvPath: drv(after) },
    shard: null,
  };
}

function plan(targets: PlannedTarget[], shards?: number): Plan {
  return sealPlan(
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
            lock: { before: LOCK, after: LOCK },
            targets,
          },
        ],
      },
      shards,
    ),
  );
}

const THREE = [target('a', 'a1', 'a2'), target('b', 'b1', 'b1'), target('c', 'c1', 'c2')];

function build(p: Plan, shard: string, over: Partial<BuildFile> = {}): BuildFile {
  const configurations = p.flakes[0]!.targets
    .filter((t) => t.shard === shard)
    .map((t) => ({
      attr: t.attr,
      kind: t.kind,
      name: t.name,
      before: { status: 'built' as const, outPaths: ['/nix/store/x-a'], closureSize: 1 },
      after: { status: 'built' as const, outPaths: ['/nix/store/y-a'], closureSize: 2 },
    }));
  return { format: 1, planId: p.id, shard, flakes: [{ dir: '.', configurations }], ...over };
}

function userError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return `${(e as UserError).file ?? ''}: ${(e as Error).message}`;
  }
  throw new Error('no error');
}

describe('shards', () => {
  test('one per changed target by default; unchanged targets in none', () => {
    const p = plan(THREE);
    expect(p.shards).toEqual(['0', '1']);
    expect(p.flakes[0]!.targets.map((t) => [t.name, t.shard])).toEqual([
      ['a', '0'],
      ['b', null],
      ['c', '1'],
    ]);
    expect(matrixOf(p)).toEqual({
      include: [
        { shard: '0', targets: 'a' },
        { shard: '1', targets: 'c' },
      ],
    });
  });

  test('a plan of 300 targets makes at most 256 shards, sizes differing by one at most, neighbours together', () => {
    const idx = shardIndexes(300);
    expect(new Set(idx).size).toBe(MAX_SHARDS);
    const sizes = [...new Set(idx)].map((s) => idx.filter((x) => x === s).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(idx).toEqual([...idx].sort((a, b) => a - b));
    const p = plan(
      Array.from({ length: 300 }, (_, i) => target(`t${i}`, `b${i}`, `a${i}`)),
      undefined,
    );
    expect(p.shards).toHaveLength(256);
    expect(matrixOf(p).include).toHaveLength(256);
  });

  test('shards: N splits into N (never more than the targets); nothing changed: no shard', () => {
    expect(shardIndexes(10, 3)).toEqual([0, 0, 0, 0, 1, 1, 1, 2, 2, 2]);
    expect(shardIndexes(2, 8)).toEqual([0, 1]);
    expect(shardIndexes(0)).toEqual([]);
    expect(plan([target('b', 'b1', 'b1')]).shards).toEqual([]);
    expect(matrixOf(plan([target('b', 'b1', 'b1')]))).toEqual({ include: [] });
  });
});

describe('plan.json read back', () => {
  test('round trip, whatever the order of keys in the file', () => {
    const p = plan(THREE);
    expect(parsePlan(serializePlan(p), 'plan.json')).toEqual(p);
    // every object's keys in reverse order: the id is the hash of the content, not of one spelling of it
    const reversed = JSON.stringify(JSON.parse(serializePlan(p)), (_k, v: unknown) =>
      v !== null && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).reverse())
        : v,
    );
    expect(reversed.startsWith('{"format"')).toBe(false);
    expect(parsePlan(reversed, 'plan.json')).toEqual(p);
  });

  test.each([
    ['not JSON', (_t: string) => '{', /^plan\.json: the plan is not valid JSON/],
    ['another format', (t: string) => t.replace('"format": 1', '"format": 2'), /^plan\.json: the plan has format 2; this flake-steward reads format 1$/],
    ['a wrong field', (t: string) => t.replace('"kind": "package"', '"kind": "rocket"'), /^plan\.json: the plan is malformed: flakes\[0\]\.targets\[0\]\.kind: /],
    ['an unknown field', (t: string) => t.replace('"nixVersion"', '"extra": 1, "nixVersion"'), /^plan\.json: the plan is malformed: extra: /],
    ['a derivation that is no store path', (t: string) => t.replace(drv('a1'), 'rm -rf /'), /^plan\.json: the plan is malformed: flakes\[0\]\.targets\[0\]\.before\.drvPath: /],
    ['an edited target (id no longer its hash)', (t: string) => t.replace('"name": "a"', '"name": "z"'), /^plan\.json: the plan's id [0-9a-f]{16} is not the hash of its content \([0-9a-f]{16}\): it was edited$/],
    ['a shard the plan does not list', (t: string) => t.replace('"shard": "1"', '"shard": "7"'), /^plan\.json: the plan puts packages\.x86_64-linux\.c in shard 7, which it does not list$/],
  ])('%s: one UserError naming the file', (_what, edit, expected) => {
    expect(userError(() => parsePlan(edit(serializePlan(plan(THREE))), 'plan.json'))).toMatch(expected);
  });
});

describe('build files', () => {
  test('round trip; malformed, other format', () => {
    const p = plan(THREE);
    const b = build(p, '0');
    expect(parseBuild(serializeBuild(b), 'b.json')).toEqual(b);
    expect(userError(() => parseBuild(serializeBuild(b).replace('"format": 1', '"format": 9'), 'b.json'))).toBe(
      'b.json: the build file has format 9; this flake-steward reads format 1',
    );
    expect(userError(() => parseBuild(serializeBuild(b).replace('"closureSize": 2', '"closureSize": -2'), 'b.json'))).toMatch(
      /^b\.json: the build file is malformed: flakes\[0\]\.configurations\[0\]\.after\.closureSize: /,
    );
  });
});

describe('merge', () => {
  const p = plan(THREE);
  const merge = (builds: { file: string; build: BuildFile }[]) => mergeBuilds(p, builds, { dryRun: true });

  test('every shard: the plan order, unchanged targets from the plan', () => {
    const r = merge([
      { file: 'b1', build: build(p, '1') },
      { file: 'b0', build: build(p, '0') },
    ]);
    expect(r.flakes[0]!.configurations.map((c) => [c.name, c.before.status, c.after.status])).toEqual([
      ['a', 'built', 'built'],
      ['b', 'unchanged', 'unchanged'],
      ['c', 'built', 'built'],
    ]);
    expect(missingShards(p, [])).toEqual([
      { shard: '0', targets: ['a'] },
      { shard: '1', targets: ['c'] },
    ]);
  });

  test('a missing shard: its targets fail after the update, saying so', () => {
    const r = merge([{ file: 'b0', build: build(p, '0') }]);
    const c = r.flakes[0]!.configurations[2]!;
    expect([c.before.status, c.after.status, c.after.failure?.message]).toEqual([
      'absent',
      'failed',
      'not built: shard 1 left no build file (its job failed or was cancelled)',
    ]);
  });

  test.each([
    ['another plan', () => build(p, '0', { planId: '0123456789abcdef' }), `b: the build file belongs to plan 0123456789abcdef, not to this plan ${p.id}`],
    ['a shard the plan does not have', () => build(p, '0', { shard: '5' }), 'b: the build file is for shard 5, which the plan does not have'],
    ['a target of another shard', () => ({ ...build(p, '1'), shard: '0' }), 'b: the build file reports packages.x86_64-linux.c in ., which is not a target of shard 0 in the plan'],
    ['a target left out', () => build(p, '0', { flakes: [{ dir: '.', configurations: [] }] }), 'b: the build file has no result for packages.x86_64-linux.a in ., a target of shard 0'],
  ])('%s: refused, naming the file', (_what, make, expected) => {
    expect(userError(() => merge([{ file: 'b', build: make() }]))).toBe(expected);
  });

  test('two build files for one shard: refused, naming both', () => {
    expect(
      userError(() =>
        merge([
          { file: 'x/build-0.json', build: build(p, '0') },
          { file: 'y/build-0.json', build: build(p, '0') },
        ]),
      ),
    ).toBe('y/build-0.json: two build files for shard 0: x/build-0.json and y/build-0.json');
  });
});

describe('a hostile build file (an artifact another job wrote)', () => {
  test('log tails and messages with workflow commands and control characters come out inert in the report', () => {
    const p = plan(THREE);
    const ESC = '\u001b';
    const evil = `x\n::error file=README.md::INJECTED\n::add-mask::y${ESC}[2J\u202e<img src=x onerror=alert(1)>`;
    const b = build(p, '0');
    const hostile: BuildFile = {
      ...b,
      flakes: [
        {
          dir: '.',
          configurations: [
            {
              ...b.flakes[0]!.configurations[0]!,
              after: {
                status: 'failed',
                failure: { side: 'after', attr: b.flakes[0]!.configurations[0]!.attr, message: evil, logTail: evil },
              },
            },
          ],
        },
      ],
    };
    const parsed = parseBuild(serializeBuild(hostile), 'build-0.json');
    const md = renderReport(mergeBuilds(p, [{ file: 'build-0.json', build: parsed }], { dryRun: true })).markdown;
    expect(md).not.toMatch(/^::/m);
    expect(md).not.toContain(ESC);
    expect(md).not.toContain('\u202e');
    // HTML only inside code (a fenced block or a code span), where GitHub shows it as text
    const outsideCode = md.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1$/gm, '').replace(/(`+)[^`]*?\1/g, '');
    expect(md).toContain('<img');
    expect(outsideCode).not.toContain('<img');
  });
});

describe('bisections of several shards', () => {
  const part = (input: string, target: string, lock?: string) => ({
    builds: 3,
    maxBuilds: 8,
    heldBack: [{ input, targets: [target], evidence: { message: 'm', logTail: 't' }, exact: true }],
    proposal: lock !== undefined ? ('proposed' as const) : ('still-fails' as const),
    ...(lock !== undefined ? { lock } : {}),
  });
  test('one shard: its outcome and its lock', () => {
    expect(mergeBisections([part('nixpkgs', 'a', 'L')])).toEqual({
      outcome: { builds: 3, maxBuilds: 8, heldBack: part('nixpkgs', 'a').heldBack, proposal: 'proposed' },
      lock: 'L',
    });
  });
  test('shards proposing the same lock: held-back inputs together, builds added, that lock', () => {
    const m = mergeBisections([part('nixpkgs', 'a', 'L'), part('nixpkgs', 'b', 'L')])!;
    expect([m.outcome.builds, m.outcome.proposal, m.lock, m.outcome.heldBack.map((h) => [h.input, h.targets])]).toEqual([
      6,
      'proposed',
      'L',
      [['nixpkgs', ['a', 'b']]],
    ]);
  });
  test('shards proposing different locks: no lock proposed, and the report says why', () => {
    const m = mergeBisections([part('nixpkgs', 'a', 'L1'), part('themes', 'b', 'L2')])!;
    expect([m.outcome.proposal, m.lock, m.outcome.note]).toEqual([
      'still-fails',
      undefined,
      'bisected in 2 shards, whose proposals differ: the lock without every held-back input was not built',
    ]);
  });
  test('same lock, different flake.nix: the proposals differ, nothing is proposed', () => {
    const m = mergeBisections([
      { ...part('tool', 'a', 'L'), flakeNix: 'N1' },
      { ...part('tool', 'b', 'L'), flakeNix: 'N2' },
    ])!;
    expect([m.outcome.proposal, m.lock, m.flakeNix]).toEqual(['still-fails', undefined, undefined]);
    const same = mergeBisections([
      { ...part('tool', 'a', 'L'), flakeNix: 'N' },
      { ...part('tool', 'b', 'L'), flakeNix: 'N' },
    ])!;
    expect([same.outcome.proposal, same.lock, same.flakeNix]).toEqual(['proposed', 'L', 'N']);
  });
  test('a build file carries its bisection through the schema; a malformed one is refused', () => {
    const p = plan(THREE);
    const b = build(p, '0');
    const withBisect: BuildFile = { ...b, flakes: [{ ...b.flakes[0]!, bisect: part('nixpkgs', 'a', 'L') }] };
    expect(parseBuild(serializeBuild(withBisect), 'b.json')).toEqual(withBisect);
    expect(() =>
      parseBuild(serializeBuild(withBisect).replace('"proposal": "proposed"', '"proposal": "maybe"'), 'b.json'),
    ).toThrow(/flakes\[0\]\.bisect\.proposal/);
  });
});

describe('a bisection that held back a release-tag bump, across shards', () => {
  const NIX = `{
  inputs.tool.url = "git+https://example.org/tool?ref=v1.0.0";
  inputs.themes.url = "git+https://example.org/themes?ref=v0.1.0";
  outputs = _: { };
}
`;
  const BUMPS = [
    { input: 'tool', from: 'v1.0.0', to: 'v1.2.0' },
    { input: 'themes', from: 'v0.1.0', to: 'v0.2.0' },
  ];
  const AFTER = NIX.replace('v1.0.0', 'v1.2.0').replace('v0.1.0', 'v0.2.0');
  const WITHOUT_TOOL = NIX.replace('v0.1.0', 'v0.2.0');
  const p: Plan = (() => {
    const base = plan(THREE, 1);
    return sealPlan({ ...base, flakes: [{ ...base.flakes[0]!, flakeNix: { before: NIX, after: AFTER }, tagBumps: BUMPS }] });
  })();
  const held = {
    builds: 3,
    maxBuilds: 8,
    heldBack: [
      { input: 'tool', targets: ['packages.x86_64-linux.a'], evidence: { message: 'm', logTail: 't' }, exact: true, tagBump: { from: 'v1.0.0', to: 'v1.2.0' } },
    ],
    proposal: 'proposed' as const,
    lock: LOCK,
  };
  const withBisect = (bisect: object): BuildFile => {
    const b = build(p, '0');
    return { ...b, flakes: [{ ...b.flakes[0]!, bisect: bisect as never }] };
  };
  const merged = (b: BuildFile) =>
    mergeBuilds(p, [{ file: 'build-0.json', build: parseBuild(serializeBuild(b), 'build-0.json') }], { dryRun: true });

  test('the report proposes flake.nix without the held-back bump, and lists only the bumps it keeps', () => {
    const f = merged(withBisect({ ...held, flakeNix: WITHOUT_TOOL })).flakes[0]!;
    expect(f.flakeNix).toEqual({ before: NIX, after: WITHOUT_TOOL });
    expect(f.tagBumps).toEqual([BUMPS[1]]);
    expect(f.bisect?.heldBack[0]!.tagBump).toEqual({ from: 'v1.0.0', to: 'v1.2.0' });
    const md = renderReport(merged(withBisect({ ...held, flakeNix: WITHOUT_TOOL }))).markdown;
    expect(md).toContain('updating it to release tag v1.2.0 alone breaks');
    expect(md).toContain('`flake.nix` keeps v1.0.0.');
    expect(md).toContain('- `themes`: v0.1.0 → v0.2.0 (release tag)');
    expect(md).not.toContain('- `tool`: v1.0.0 → v1.2.0 (release tag)');
  });

  test('no proposal: the full update’s flake.nix and every bump stay', () => {
    const { lock: _lock, ...rest } = held;
    const f = merged(withBisect({ ...rest, proposal: 'still-fails' })).flakes[0]!;
    expect(f.flakeNix).toEqual({ before: NIX, after: AFTER });
    expect(f.tagBumps).toEqual(BUMPS);
  });

  test.each([
    ['the full update’s flake.nix', AFTER],
    ['a flake.nix of its own', `${WITHOUT_TOOL}# and something more\n`],
    ['none at all', undefined],
  ])('a build file proposing %s with that lock: refused', (_what, flakeNix) => {
    expect(userError(() => merged(withBisect({ ...held, ...(flakeNix !== undefined ? { flakeNix } : {}) })))).toBe(
      "flake.lock: the bisection of flake.lock proposes a flake.nix that is not the plan's with the release-tag bumps of the inputs it moves",
    );
  });

  test('a held-back tag bump that is no release tag is refused by the schema', () => {
    const bad = withBisect({ ...held, heldBack: [{ ...held.heldBack[0]!, tagBump: { from: 'v1.0.0', to: 'x"; evil' } }] });
    expect(() => parseBuild(serializeBuild(bad), 'b.json')).toThrow(/tagBump\.to/);
  });
});

describe('groups (group: per-input or named groups) in the plan and the build files', () => {
  const BEFORE = lockText(REV_A, 'nixpkgs', 1_700_000_000);
  const AFTER = lockText(REV_B, 'nixpkgs_2', 1_700_864_000).replace('c'.repeat(40), 'd'.repeat(40));
  const ONLY_NIXPKGS = lockText(REV_B, 'nixpkgs', 1_700_864_000);
  const ONLY_HM = BEFORE.replace('c'.repeat(40), 'd'.repeat(40));
  const group = (name: string, inputs: string[], lock: string, targets: PlannedTarget[]): PlannedGroup => ({
    name,
    inputs,
    lock,
    skipped: [],
    targets,
  });

  /** a and c move with the full update; nixpkgs alone moves a as the full update does; home-manager alone moves b and c. */
  function grouped(shards?: number): Plan {
    return sealPlan(
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
              lock: { before: BEFORE, after: AFTER },
              targets: THREE,
              grouping: {
                groups: [
                  group('nixpkgs', ['nixpkgs'], ONLY_NIXPKGS, [target('a', 'a1', 'a2'), target('b', 'b1', 'b1'), target('c', 'c1', 'c1')]),
                  group('home-manager', ['home-manager'], ONLY_HM, [target('a', 'a1', 'a1'), target('b', 'b1', 'b3'), target('c', 'c1', 'c3')]),
                ],
                refused: [{ name: 'fonts', why: 'its lock cannot be made' }],
              },
            },
          ],
        },
        shards,
      ),
    );
  }

  /** The build file of `shard` of a grouped plan: every target of the shard (full update and groups) built. */
  function groupedBuild(p: Plan, shard: string): BuildFile {
    const built = (t: PlannedTarget) => ({
      attr: t.attr,
      kind: t.kind,
      name: t.name,
      before: { status: 'built' as const, outPaths: [`/nix/store/x-${t.name}`], closureSize: 1 },
      after: { status: 'built' as const, outPaths: [`/nix/store/y-${t.after!.drvPath!.slice(-6)}`], closureSize: 2 },
    });
    const f = p.flakes[0]!;
    return {
      format: 1,
      planId: p.id,
      shard,
      flakes: [
        {
          dir: '.',
          configurations: f.targets.filter((t) => t.shard === shard).map(built),
          groups: f.grouping!.groups.map((g) => ({
            name: g.name,
            configurations: g.targets.filter((t) => t.shard === shard).map(built),
          })),
        },
      ],
    };
  }

  test("a group's target goes in the shard of the full update's target of the same attribute; one of its own only when no other has it", () => {
    const p = grouped();
    const f = p.flakes[0]!;
    expect(p.shards).toEqual(['0', '1', '2']);
    expect(f.targets.map((t) => [t.name, t.shard])).toEqual([
      ['a', '0'],
      ['b', null],
      ['c', '1'],
    ]);
    expect(f.grouping!.groups.map((g) => [g.name, g.targets.map((t) => t.shard)])).toEqual([
      ['nixpkgs', ['0', null, null]],
      ['home-manager', [null, '2', '1']],
    ]);
    expect(matrixOf(p)).toEqual({
      include: [
        { shard: '0', targets: 'a' },
        { shard: '1', targets: 'c' },
        { shard: '2', targets: 'b' },
      ],
    });
    expect(grouped(1).flakes[0]!.grouping!.groups.flatMap((g) => g.targets.map((t) => t.shard))).toEqual([
      '0',
      null,
      null,
      null,
      '0',
      '0',
    ]);
  });

  test('plan.json round trip; the groups are covered by the id', () => {
    const p = grouped();
    expect(parsePlan(serializePlan(p), 'plan.json')).toEqual(p);
    const edited = serializePlan(p).replace('"name": "home-manager"', '"name": "hm"');
    expect(userError(() => parsePlan(edited, 'plan.json'))).toMatch(/it was edited$/);
  });

  test.each([
    ['a group name that is no flake id', (t: string) => t.replace('"name": "home-manager"', '"name": "../x"'), /^plan\.json: the plan is malformed: flakes\[0\]\.grouping\.groups\[1\]\.name: /],
    ['a group of no input', (t: string) => t.replace(/"inputs": \[\s*"nixpkgs"\s*\]/, '"inputs": []'), /^plan\.json: the plan is malformed: flakes\[0\]\.grouping\.groups\[0\]\.inputs: /],
    ['an unknown field in a group', (t: string) => t.replace('"name": "nixpkgs"', '"name": "nixpkgs", "branch": "main"'), /^plan\.json: the plan is malformed: flakes\[0\]\.grouping\.groups\[0\]\.branch: /],
    ['a changed group target in no shard', (t: string) => t.replace(/"shard": "2"/, '"shard": null'), /^plan\.json: the plan builds packages\.x86_64-linux\.b in no shard, though it changed$/],
    ['a group named twice', (t: string) => t.replace('"name": "fonts"', '"name": "nixpkgs"'), /^plan\.json: the plan names group nixpkgs of \. twice$/],
  ])('%s: refused', (_what, edit, expected) => {
    expect(userError(() => parsePlan(edit(serializePlan(grouped())), 'plan.json'))).toMatch(expected);
  });

  test('groups of a flake whose lock did not move: refused', () => {
    const p = grouped();
    const f = p.flakes[0]!;
    const content = { ...p, flakes: [{ ...f, lock: { before: BEFORE, after: BEFORE } }] };
    const { id: _id, ...rest } = content;
    expect(userError(() => parsePlan(serializePlan(sealPlan(rest)), 'plan.json'))).toBe(
      'plan.json: the plan groups ., whose update cannot be grouped',
    );
  });

  test('a build file carries its groups through the schema; a malformed group is refused', () => {
    const p = grouped();
    const b = groupedBuild(p, '1');
    expect(parseBuild(serializeBuild(b), 'b.json')).toEqual(b);
    expect(userError(() => parseBuild(serializeBuild(b).replace('"name": "home-manager"', '"name": "a b"'), 'b.json'))).toMatch(
      /^b\.json: the build file is malformed: flakes\[0\]\.groups\[1\]\.name: /,
    );
  });

  test('the merge gives each group its report: its lock, its inputs, its builds, the plan for the rest; refused groups kept', () => {
    const p = grouped();
    const r = mergeBuilds(p, ['0', '1', '2'].map((s) => ({ file: s, build: groupedBuild(p, s) })), { dryRun: false });
    expect(r.flakes[0]!.configurations.map((c) => [c.name, c.after.status])).toEqual([
      ['a', 'built'],
      ['b', 'unchanged'],
      ['c', 'built'],
    ]);
    const fg = r.groups![0]!;
    expect(fg.refused).toEqual([{ name: 'fonts', why: 'its lock cannot be made' }]);
    expect(fg.groups.map((g) => [g.name, g.inputs, g.flake.lock.after === (g.name === 'nixpkgs' ? ONLY_NIXPKGS : ONLY_HM)])).toEqual([
      ['nixpkgs', ['nixpkgs'], true],
      ['home-manager', ['home-manager'], true],
    ]);
    const [np, hm] = fg.groups.map((g) => g.flake);
    expect(np!.inputs.map((c) => c.name)).toEqual(['nixpkgs']);
    expect(hm!.inputs.map((c) => c.name)).toEqual(['home-manager']);
    expect(np!.configurations.map((c) => [c.name, c.after.status])).toEqual([
      ['a', 'built'],
      ['b', 'unchanged'],
      ['c', 'unchanged'],
    ]);
    expect(hm!.configurations.map((c) => [c.name, c.after.status, c.after.outPaths])).toEqual([
      ['a', 'unchanged', undefined],
      ['b', 'built', ['/nix/store/y-b3.drv']],
      ['c', 'built', ['/nix/store/y-c3.drv']],
    ]);
    // without groups in the plan, none in the report
    expect(mergeBuilds(plan(THREE), [], { dryRun: false }).groups).toBeUndefined();
  });

  test("a missing shard: the group's targets in it fail after the update, saying so", () => {
    const p = grouped();
    const r = mergeBuilds(p, ['0', '1'].map((s) => ({ file: s, build: groupedBuild(p, s) })), { dryRun: false });
    const b = r.groups![0]!.groups[1]!.flake.configurations[1]!;
    expect([b.name, b.after.status, b.after.failure?.message]).toEqual([
      'b',
      'failed',
      'not built: shard 2 left no build file (its job failed or was cancelled)',
    ]);
  });

  test.each([
    ['a group the plan lacks', (b: BuildFile) => ({ ...b, flakes: [{ ...b.flakes[0]!, groups: [{ name: 'rogue', configurations: [] }] }] }), 'b: the build file reports group rogue of ., which the plan does not have'],
    ["a group's target left out", (b: BuildFile) => ({ ...b, flakes: [{ ...b.flakes[0]!, groups: [] }] }), 'b: the build file has no result for packages.x86_64-linux.c in . (group home-manager), a target of shard 1'],
    [
      "a group's target of another shard",
      (b: BuildFile) => ({
        ...b,
        flakes: [{ ...b.flakes[0]!, groups: [...b.flakes[0]!.groups!, { name: 'nixpkgs', configurations: [b.flakes[0]!.configurations[0]!] }] }],
      }),
      'b: the build file reports packages.x86_64-linux.c in . (group nixpkgs), which is not a target of shard 1 in the plan',
    ],
  ])('%s: refused, naming the file', (_what, edit, expected) => {
    const p = grouped();
    expect(userError(() => mergeBuilds(p, [{ file: 'b', build: edit(groupedBuild(p, '1')) }], { dryRun: false }))).toBe(expected);
  });
});

describe('groups of an update that moved release tags: each group its own flake.nix (issue 14)', () => {
  const BEFORE = lockText(REV_A, 'nixpkgs', 1_700_000_000);
  const AFTER = lockText(REV_B, 'nixpkgs_2', 1_700_864_000).replace('c'.repeat(40), 'd'.repeat(40));
  const ONLY_NIXPKGS = lockText(REV_B, 'nixpkgs', 1_700_864_000);
  const ONLY_HM = BEFORE.replace('c'.repeat(40), 'd'.repeat(40));
  const NIX = `{
  inputs.nixpkgs.url   = "github:NixOS/nixpkgs/v1.0.0";   # odd spacing kept
  inputs.home-manager.url = "github:nix-community/home-manager";
  outputs = _: { };
}
`;
  const NIX_AFTER = NIX.replace('v1.0.0', 'v1.1.0');
  const BUMP = { input: 'nixpkgs', from: 'v1.0.0', to: 'v1.1.0' };
  const sha = (t: string): string => createHash('sha256').update(t, 'utf8').digest('hex');
  const g = (name: string, inputs: string[], lock: string, over: Partial<PlannedGroup> = {}): PlannedGroup => ({
    name,
    inputs,
    lock,
    skipped: [],
    targets: [target('a', 'a1', `a-${name}`)],
    ...over,
  });
  const NP = g('nixpkgs', ['nixpkgs'], ONLY_NIXPKGS, { flakeNix: NIX_AFTER, tagBumps: [BUMP] });
  const HM = g('home-manager', ['home-manager'], ONLY_HM);
  const BOTH = g('all', ['home-manager', 'nixpkgs'], AFTER, { flakeNix: NIX_AFTER, tagBumps: [BUMP] });

  function tagged(groups: PlannedGroup[], flakeNix: boolean = true): Plan {
    return sealPlan(
      assignShards({
        format: PLAN_FORMAT,
        nixVersion: 'nix (Nix) 2.8.0',
        requestedInputs: [],
        flakes: [
          {
            dir: '.',
            lockFile: 'flake.lock',
            flakeNixSha256: sha(NIX),
            skipped: [],
            lock: { before: BEFORE, after: AFTER },
            ...(flakeNix ? { flakeNix: { before: NIX, after: NIX_AFTER }, tagBumps: [BUMP] } : {}),
            targets: [target('a', 'a1', 'a2')],
            grouping: { groups, refused: [] },
          },
        ],
      }),
    );
  }

  test("plan.json round trip: the bumped input's group carries flake.nix with its bump; the other group none", () => {
    const p = tagged([NP, HM, BOTH]);
    expect(parsePlan(serializePlan(p), 'plan.json')).toEqual(p);
    const edited = serializePlan(p).replace('"to": "v1.1.0"', '"to": "v1.2.0"');
    expect(userError(() => parsePlan(edited, 'plan.json'))).toMatch(/plan\.json: the plan/);
  });

  test.each([
    ['a flake.nix of its own', [{ ...NP, flakeNix: `${NIX_AFTER}# more\n` }, HM]],
    ['the bump without flake.nix', [{ ...NP, flakeNix: undefined }, HM]],
    ['no bump, though its input moved a tag', [{ ...NP, flakeNix: undefined, tagBumps: undefined }, HM]],
    ["another group's bump", [NP, { ...HM, flakeNix: NIX_AFTER, tagBumps: [BUMP] }]],
    ['flake.nix unchanged, written out', [NP, { ...HM, flakeNix: NIX, tagBumps: [] }]],
  ])('a group with %s: refused', (_what, groups) => {
    const clean = (x: PlannedGroup): PlannedGroup =>
      Object.fromEntries(Object.entries(x).filter(([, v]) => v !== undefined)) as unknown as PlannedGroup;
    expect(userError(() => parsePlan(serializePlan(tagged(groups.map(clean))), 'plan.json'))).toMatch(
      /^plan\.json: the plan's flake\.nix of group (nixpkgs|home-manager) of \. is not the plan's with the release-tag bumps of the group's inputs$/,
    );
  });

  test('a group flake.nix in a plan that moved no release tag: refused', () => {
    const p = tagged([NP, HM], false);
    expect(userError(() => parsePlan(serializePlan({ ...p, flakes: [{ ...p.flakes[0]!, flakeNixSha256: 'f'.repeat(64) }] } as Plan), 'plan.json'))).toMatch(
      /flake\.nix of group nixpkgs of \. is not the plan's/,
    );
  });

  /** The build file of a tagged plan's one shard: every target built, `bisect` on group `all`. */
  function taggedBuild(p: Plan, bisect?: object): BuildFile {
    const built = (t: PlannedTarget) => ({
      attr: t.attr,
      kind: t.kind,
      name: t.name,
      before: { status: 'built' as const, outPaths: ['/nix/store/x-a'], closureSize: 1 },
      after: { status: 'built' as const, outPaths: [`/nix/store/y-${t.after!.drvPath!.slice(-8)}`], closureSize: 2 },
    });
    const f = p.flakes[0]!;
    return {
      format: 1,
      planId: p.id,
      shard: '0',
      flakes: [
        {
          dir: '.',
          configurations: f.targets.map(built),
          groups: f.grouping!.groups.map((x) => ({
            name: x.name,
            configurations: x.targets.map(built),
            ...(x.name === 'all' && bisect ? { bisect: bisect as never } : {}),
          })),
        },
      ],
    };
  }
  const merge = (p: Plan, b: BuildFile) =>
    mergeBuilds(p, [{ file: 'build-0.json', build: parseBuild(serializeBuild(b), 'build-0.json') }], { dryRun: false });

  test("the merge: the bumped input's group reports its flake.nix and bump (what its pull request commits); the other none", () => {
    const p = tagged([NP, HM]);
    const [np, hm] = merge(p, taggedBuild(p)).groups![0]!.groups.map((x) => x.flake);
    expect([np!.flakeNix, np!.tagBumps, np!.lock.after]).toEqual([{ before: NIX, after: NIX_AFTER }, [BUMP], ONLY_NIXPKGS]);
    expect([hm!.flakeNix, hm!.tagBumps, hm!.lock.after]).toEqual([undefined, undefined, ONLY_HM]);
  });

  const heldNixpkgs = {
    builds: 3,
    maxBuilds: 8,
    heldBack: [
      { input: 'nixpkgs', targets: ['packages.x86_64-linux.a'], evidence: { message: 'm', logTail: 't' }, exact: true, tagBump: { from: 'v1.0.0', to: 'v1.1.0' } },
    ],
    proposal: 'proposed' as const,
    lock: ONLY_HM,
  };

  test("a group's bisection: its proposal (the group's lock without the culprit, flake.nix without its bump) is the group's", () => {
    const p = tagged([NP, HM, BOTH]);
    const r = merge(p, taggedBuild(p, { ...heldNixpkgs, flakeNix: NIX }));
    const all = r.groups![0]!.groups[2]!.flake;
    expect(all.bisect?.heldBack.map((h) => h.input)).toEqual(['nixpkgs']);
    expect(all.bisect?.proposal).toBe('proposed');
    expect(all.lock).toEqual({ before: BEFORE, after: ONLY_HM });
    expect(all.flakeNix).toEqual({ before: NIX, after: NIX });
    expect(all.tagBumps).toEqual([]);
    // the full update and the other groups as they were
    expect(r.flakes[0]!.bisect).toBeUndefined();
    expect(r.groups![0]!.groups[0]!.flake.bisect).toBeUndefined();
  });

  test("a group's bisection proposing a flake.nix with the held-back bump: refused", () => {
    const p = tagged([NP, HM, BOTH]);
    expect(userError(() => merge(p, taggedBuild(p, { ...heldNixpkgs, flakeNix: NIX_AFTER })))).toBe(
      "flake.lock: the bisection of flake.lock proposes a flake.nix that is not the plan's with the release-tag bumps of the inputs it moves",
    );
  });

  test("a group's bisection proposing its lock without a flake.nix, though the group moved a tag: refused", () => {
    const p = tagged([NP, HM, BOTH]);
    expect(userError(() => merge(p, taggedBuild(p, heldNixpkgs)))).toMatch(/proposes a flake\.nix that is not the plan's/);
  });
});
