/**
 * `on-build-failure` decided in one place: for every setting and every kind of run, whether the run fails, the
 * line that says what failed, and what happens to each flake's pull request.
 */
import { describe, expect, test } from '@jest/globals';
import { ON_BUILD_FAILURE, type OnBuildFailure } from '../../../src/core/config.js';
import {
  decideOnBuildFailure,
  planFlake,
  reviewBreakage,
  type FlakePlan,
} from '../../../src/update/build-failure-policy.js';
import type { ConfigurationReport, FlakeReport, UpdateReport } from '../../../src/update/update-result.js';

const BUILT = { status: 'built', outPaths: [`/nix/store/${'a'.repeat(32)}-x`], closureSize: 1 } as const;

function configuration(attr: string, failed: boolean): ConfigurationReport {
  return {
    attr,
    kind: 'package',
    name: attr.split('.').pop()!,
    before: BUILT,
    after: failed
      ? { status: 'failed', failure: { side: 'after', attr, message: 'failed', logTail: 'error: broke' } }
      : BUILT,
  };
}

function flake(dir: string, opts: { failed?: string[]; built?: string[]; changed?: boolean } = {}): FlakeReport {
  return {
    dir,
    lockFile: dir === '.' ? 'flake.lock' : `${dir}/flake.lock`,
    inputs: [],
    configurations: [
      ...(opts.built ?? []).map((a) => configuration(a, false)),
      ...(opts.failed ?? []).map((a) => configuration(a, true)),
    ],
    skipped: [],
    lock: { before: 'old', after: (opts.changed ?? true) ? 'new' : 'old' },
  };
}

const report = (...flakes: FlakeReport[]): UpdateReport => ({
  version: 1,
  nixVersion: 'nix (Nix) 2.8.0',
  dryRun: false,
  requestedInputs: [],
  flakes,
});

const fine = flake('.', { built: ['packages.x86_64-linux.app'] });
const failing = flake('.', { failed: ['packages.x86_64-linux.app'] });
const unchanged = flake('.', { changed: false });

describe('one flake', () => {
  test.each<[string, FlakeReport, OnBuildFailure, boolean, FlakePlan]>([
    ['builds fine, draft off', fine, 'draft', false, { kind: 'publish', draft: false, failed: [] }],
    ['builds fine, draft setting on', fine, 'skip-pr', true, { kind: 'publish', draft: true, failed: [] }],
    ['builds fine, fail', fine, 'fail', false, { kind: 'publish', draft: false, failed: [] }],
    [
      'failure, draft',
      failing,
      'draft',
      false,
      { kind: 'publish', draft: true, failed: ['packages.x86_64-linux.app'] },
    ],
    [
      'failure, report',
      failing,
      'report',
      false,
      { kind: 'publish', draft: false, failed: ['packages.x86_64-linux.app'] },
    ],
    [
      'failure, report, draft on',
      failing,
      'report',
      true,
      { kind: 'publish', draft: true, failed: ['packages.x86_64-linux.app'] },
    ],
    [
      'failure, skip-pr',
      failing,
      'skip-pr',
      false,
      {
        kind: 'skip',
        why: '1 build(s) failed after the update: packages.x86_64-linux.app (on-build-failure: skip-pr)',
        warn: true,
      },
    ],
    [
      'failure, fail',
      failing,
      'fail',
      false,
      { kind: 'skip', why: 'builds failed after the update (on-build-failure: fail)', warn: false },
    ],
    ['lock unchanged', unchanged, 'draft', false, { kind: 'close' }],
    ['lock unchanged, report', unchanged, 'report', false, { kind: 'close' }],
  ])('%s', (_name, f, setting, draft, expected) => {
    expect(
      planFlake(
        f,
        setting,
        draft,
        f.configurations.some((c) => c.after.status === 'failed'),
      ),
    ).toEqual(expected);
    expect(decideOnBuildFailure(report(f), setting, draft).flakes).toEqual([expected]);
  });
});

describe('the run', () => {
  test.each(ON_BUILD_FAILURE.map((s) => [s]))('%s: nothing failed: the run passes, no failure line', (setting) => {
    const d = decideOnBuildFailure(report(fine, { ...unchanged, dir: 'b' }), setting, false);
    expect(d.failRun).toBe(false);
    expect(d.failure).toBeUndefined();
    expect(d.flakes.map((f) => f.kind)).toEqual(['publish', 'close']);
  });

  test.each<[OnBuildFailure, boolean, string[]]>([
    // fail: the run is red and no flake is proposed, not even the one that built, nor closed
    ['fail', true, ['skip', 'skip', 'skip']],
    ['draft', false, ['publish', 'publish', 'close']],
    ['skip-pr', false, ['publish', 'skip', 'close']],
    ['report', false, ['publish', 'publish', 'close']],
  ])('%s with one flake of three failing: fails the run: %s; plans %j', (setting, failRun, kinds) => {
    const r = report(
      { ...fine, dir: 'a' },
      flake('b', {
        built: ['packages.x86_64-linux.lib'],
        failed: ['packages.x86_64-linux.app', 'checks.x86_64-linux.t'],
      }),
      { ...unchanged, dir: 'c' },
    );
    const d = decideOnBuildFailure(r, setting, false);
    expect(d.failRun).toBe(failRun);
    expect(d.failure).toBe('2 build(s) failed after the update: packages.x86_64-linux.app, checks.x86_64-linux.t');
    expect(d.flakes.map((f) => f.kind)).toEqual(kinds);
  });

  test('a failure on the before side only is not a failure of the update', () => {
    const before = flake('.');
    const c: ConfigurationReport = {
      ...configuration('packages.x86_64-linux.app', false),
      before: { status: 'failed', failure: { side: 'before', attr: 'x', message: 'm', logTail: '' } },
    };
    const d = decideOnBuildFailure(report({ ...before, configurations: [c] }), 'fail', false);
    expect(d).toEqual({ failRun: false, flakes: [{ kind: 'publish', draft: false, failed: [] }] });
  });
});

describe('reviewBreakage: what a review holds against the head', () => {
  const failure = (side: 'before' | 'after') => ({
    status: 'failed' as const,
    failure: { side, attr: 'x', message: 'm', logTail: 't' },
  });
  const c = (attr: string, before: ConfigurationReport['before'], after: ConfigurationReport['after']) => ({
    attr,
    kind: 'package' as const,
    name: attr,
    before,
    after,
  });
  test('broken on the head only, or new and broken: breaks; failing on the base too: only a warning', () => {
    const r = report({
      ...fine,
      configurations: [
        c('broke', BUILT, failure('after')),
        c('new', { status: 'absent' }, failure('after')),
        c('both', failure('before'), failure('after')),
        c('fine', BUILT, BUILT),
        c('fixed', failure('before'), BUILT),
      ],
    });
    expect(reviewBreakage(r)).toEqual({ breaks: ['broke', 'new'], alsoOnBase: ['both'] });
  });
});

describe('a bisection that proposes the update without its culprits', () => {
  const held = (proposal: 'proposed' | 'still-fails') => ({
    ...failing,
    bisect: {
      builds: 3,
      maxBuilds: 8,
      proposal,
      heldBack: [
        {
          input: 'nixpkgs',
          targets: ['packages.x86_64-linux.app'],
          evidence: { message: 'builder failed', logTail: 'tail' },
          exact: true,
        },
      ],
    },
  });
  test('proposed: the pull request moves the rest as configured, the run does not fail', () => {
    const d = decideOnBuildFailure(report(held('proposed')), 'fail', false);
    expect([d.failRun, d.failure, d.flakes]).toEqual([false, undefined, [{ kind: 'publish', draft: false, failed: [] }]]);
  });
  test('still failing with the held-back inputs out: on-build-failure decides as before', () => {
    const d = decideOnBuildFailure(report(held('still-fails')), 'fail', false);
    expect(d.failRun).toBe(true);
  });
});
